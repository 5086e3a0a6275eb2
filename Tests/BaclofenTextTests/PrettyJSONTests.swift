import Foundation
import Testing

@testable import BaclofenText

/// The search's JSON is written by hand: it must be byte for byte what `JSONEncoder` writes
/// with the same options, whatever the strings hold.
@Suite struct PrettyJSONTests {
  struct Item: Encodable {
    var title: String
    var score: Double
    var id: String
    var articleId: String

    var pretty: PrettyJSON {
      .object([
        ("title", .string(title)), ("score", .number(score)), ("id", .string(id)),
        ("articleId", .string(articleId)),
      ])
    }
  }

  struct Output: Encodable {
    var query: String
    var correctedQuery: String?
    var moreResults: Bool
    var results: [Item]

    enum CodingKeys: String, CodingKey { case query, correctedQuery, moreResults, results }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(query, forKey: .query)
      try container.encode(correctedQuery, forKey: .correctedQuery)
      try container.encode(moreResults, forKey: .moreResults)
      try container.encode(results, forKey: .results)
    }

    var pretty: PrettyJSON {
      .object([
        ("query", .string(query)), ("correctedQuery", correctedQuery.map { .string($0) } ?? .null),
        ("moreResults", .bool(moreResults)), ("results", .array(results.map(\.pretty))),
      ])
    }
  }

  static let strings = [
    "withdrawal seizures", "", "quote \" and backslash \\ and slash / here",
    "tab\tline\nreturn\rbell\u{7}back\u{8}feed\u{C}nul\u{0}unit\u{1F}esc\u{1B}",
    "del\u{7F} c1\u{85}\u{9B} crème brûlée 中文 👩‍⚕️", "**bold** … — ‘quoted’",
  ]
  static let scores = [0, 0.001, 1, 4.619, 12, 100.125, 1_234_567.891, 0.5, 99.999, 1e-3]

  @Test(arguments: [0, 1, 2, 5])
  func writesWhatTheEncoderWrites(results count: Int) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    for (offset, query) in Self.strings.enumerated() {
      let items = (0..<count).map { n in
        let text = Self.strings[(offset + n) % Self.strings.count]
        return Item(
          title: text, score: Self.scores[(offset + n) % Self.scores.count], id: "a/\(n)",
          articleId: text)
      }
      for corrected in [nil, query] {
        let output = Output(
          query: query, correctedQuery: corrected, moreResults: count > 2, results: items)
        let expected = String(decoding: try encoder.encode(output), as: UTF8.self)
        #expect(output.pretty.text == expected)
      }
    }
  }
}
