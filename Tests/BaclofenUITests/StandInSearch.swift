import BaclofenContent
import BaclofenUI
import Foundation

/// A plain substring search over the library for the UI tests, so screens do not change when
/// the ranked engine does: every word of the query must occur (any case) in a section; it
/// corrects nothing.
enum StandInSearch {
  static func provider(for library: Library) -> SearchProvider {
    let sections = library.sections.map { section in
      (
        section,
        library.article(id: section.articleID)?.title ?? "",
        section.title + "\n" + section.plainText
      )
    }
    return { query in
      let terms = query.split(separator: " ").map(String.init).filter { !$0.isEmpty }
      guard !terms.isEmpty else { return .empty(query) }
      let ranges: @Sendable (String) -> [Range<String.Index>] = { matches(of: terms, in: $0) }
      var scored: [(SearchHit, Int)] = []
      for (section, articleTitle, text) in sections {
        guard terms.allSatisfy({ text.range(of: $0, options: .caseInsensitive) != nil }) else {
          continue
        }
        let found = ranges(text)
        let hit = SearchHit(
          sectionID: section.id, sectionTitle: section.title, articleTitle: articleTitle,
          snippet: "", highlights: [])
        scored.append((snippet(for: hit, body: section.plainText, ranges: ranges), found.count))
      }
      let stopping = ["stop", "quit", "withdraw", "coming off", "taper"]
      return SearchOutcome(
        query: query, hits: scored.sorted { $0.1 > $1.1 }.map(\.0),
        aboutStopping: stopping.contains { query.lowercased().contains($0) },
        matchRanges: ranges)
    }
  }

  /// Every case-insensitive occurrence of any term, sorted, overlaps removed.
  static func matches(of terms: [String], in text: String) -> [Range<String.Index>] {
    var found: [Range<String.Index>] = []
    for term in terms {
      var start = text.startIndex
      while let range = text.range(
        of: term, options: .caseInsensitive, range: start..<text.endIndex)
      {
        found.append(range)
        start = range.upperBound
      }
    }
    var result: [Range<String.Index>] = []
    for range in found.sorted(by: { $0.lowerBound < $1.lowerBound })
    where result.last.map({ $0.upperBound <= range.lowerBound }) ?? true {
      result.append(range)
    }
    return result
  }

  /// About 160 characters of the body around the first match, with the matches marked.
  private static func snippet(
    for hit: SearchHit, body: String, ranges: (String) -> [Range<String.Index>]
  ) -> SearchHit {
    let flat = body.replacingOccurrences(of: "\n", with: " ")
    let first = ranges(flat).first?.lowerBound ?? flat.startIndex
    let start = flat.index(first, offsetBy: -40, limitedBy: flat.startIndex) ?? flat.startIndex
    let end = flat.index(start, offsetBy: 160, limitedBy: flat.endIndex) ?? flat.endIndex
    let text =
      (start > flat.startIndex ? "…" : "") + String(flat[start..<end])
      + (end < flat.endIndex ? "…" : "")
    var hit = hit
    hit.snippet = text
    hit.highlights = ranges(text).map {
      text.distance(
        from: text.startIndex, to: $0.lowerBound)..<text.distance(
          from: text.startIndex, to: $0.upperBound)
    }
    return hit
  }
}
