import GRDB
import Testing

@testable import BaclofenSearch

/// The ranking's bm25, computed from postings, is FTS5's own `bm25()` to the last bit: the
/// same rows and the same doubles, whatever the phrases (prefixes, phrases of several
/// words, words in many sections or in none, ORs of several).
@Suite struct Bm25Tests {
  static let phraseLists: [[String]] = [
    ["\"withdrawal\""], ["\"seizures\""], ["\"baclofen\""], ["\"dose\""], ["\"musc\" *"],
    ["\"multiple sclerosis\""], ["\"side effects\""], ["\"kidney\"", "\"renal\""],
    ["\"10 mg\"", "\"10mg\""], ["\"pregnan\" *", "\"pregnant\"", "\"breastfeeding\""],
    ["\"zzzqqq\""], ["\"zzzqqq\"", "\"alcohol\""], ["\"a\"", "\"the\""],
  ]

  /// What FTS5 says for the same phrases: its bm25 of every matching row, negated.
  static func fts5(_ index: SearchIndex, _ phrases: [String]) throws -> [Int32: Double] {
    try index.queue.inDatabase { db in
      var found: [Int32: Double] = [:]
      let rows = try Row.fetchAll(
        db, sql: "SELECT rowid, \(Ranking.bm25) FROM sections WHERE sections MATCH ?",
        arguments: [Concept.expression(phrases)])
      for row in rows { found[Int32(row[0] as Int64)] = -(row[1] as Double) }
      return found
    }
  }

  static func ours(_ index: SearchIndex, _ phrases: [String]) throws -> [Int32: Double] {
    let (rows, scores) = try index.queue.inDatabase { try index.bm25.scores($0, phrases: phrases) }
    #expect(rows == rows.sorted(), "rows in rowid order")
    return Dictionary(zip(rows, scores)) { a, _ in a }
  }

  @Test(arguments: phraseLists)
  func equalsFTS5sBm25InTheBundledIndex(_ phrases: [String]) throws {
    let expected = try Self.fts5(bundledIndex, phrases)
    #expect(try Self.ours(bundledIndex, phrases) == expected, "\(phrases)")
    // Asked again, from the kept postings.
    #expect(try Self.ours(bundledIndex, phrases) == expected, "\(phrases)")
  }

  @Test(arguments: phraseLists)
  func equalsFTS5sBm25InALargeIndex(_ phrases: [String]) throws {
    let expected = try Self.fts5(largeIndex, phrases)
    #expect(try Self.ours(largeIndex, phrases) == expected, "\(phrases)")
  }
}
