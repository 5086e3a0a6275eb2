import BaclofenContent
import BaclofenSearch
import BaclofenUI
import Foundation

/// Whether the top results of a large library are exact: for a fixed query set (the
/// benchmark's queries and every query the keystroke workload types, prefix by prefix), the
/// top 10 equal those of an exhaustive ranking (every match scored by the full model). The
/// exhaustive ranking takes a second or more per query at 10,000 articles, so this runs only
/// when asked (`--exactness`).
enum Exactness {
  static var queries: [String] {
    var typed: [String] = []
    var line = ""
    for key in Workloads.keystrokes {
      switch key {
      case .character(let character):
        line.append(character)
        if line.last != " " { typed.append(line) }
      default: line = ""
      }
    }
    var seen = Set<String>()
    return (Workloads.queries + typed).filter { seen.insert($0).inserted }
  }

  /// The share of `queries` whose top 10 in `index` differ from the exhaustive ranking's
  /// (goal: at most 1 %), with those queries listed on standard error.
  static func check(_ label: String, index: SearchIndex) -> Ratio {
    let queries = Self.queries
    var differing: [String] = []
    let start = DispatchTime.now().uptimeNanoseconds
    for query in queries {
      let fast = index.search(query, limit: 10).results.map(\.sectionID)
      let exhaustive = index.search(query, limit: 10, exhaustive: true).results.map(\.sectionID)
      if fast != exhaustive { differing.append(query) }
    }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    for query in differing {
      warn("top 10 not exact at \(label): \(query)")
    }
    return Ratio(
      "exact.\(label).differing", Double(differing.count) / Double(queries.count), goal: 0.01,
      String(
        format: "share of %d queries whose top 10 differ from an exhaustive ranking (%.0f s)",
        queries.count, seconds))
  }
}
