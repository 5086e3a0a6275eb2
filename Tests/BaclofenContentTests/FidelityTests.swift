import BaclofenBundled
import BaclofenContent
import Foundation
import Testing

/// Proves that every informational line of each original source made it, word for word and in
/// order, into the content model — except the lines listed in `omittedSourceLines`.
@Suite struct FidelityTests {
  static let contentRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appending(path: "Content")

  let library = LibraryLoader.load(BundledContent.files).0

  @Test(arguments: [
    "000_0ccd9cdd6546020e.txt", "001_b94069a632a89b7d.txt", "002_8da52eed03b09fe8.txt",
    "003_8bf338d99924fc25.txt", "004_240bb0a30feec6b2.txt",
  ])
  func everyInformationalLineIsInTheModel(source: String) throws {
    let article = try #require(library.articles.first { $0.provenance.source == source })
    let raw = try String(
      contentsOf: Self.contentRoot.appending(path: "sources/\(source)"), encoding: .utf8)
    let stream = " " + Self.words(Self.articleText(article)).joined(separator: " ") + " "
    let omitted = omittedSourceLines[source] ?? []
    var checked = 0
    for (number, line) in raw.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty { continue }
      var sentences = [Self.repaired(trimmed)]
      if let rule = omitted.first(where: { trimmed.hasPrefix($0.prefix) }) {
        // A dropped lead-in removes only the line's last sentence; the rest must remain.
        guard rule.reason.hasPrefix("dropped the lead-in") else { continue }
        sentences = Array(Self.sentences(sentences[0]).dropLast())
        #expect(!sentences.isEmpty)
      }
      for sentence in sentences {
        let words = Self.words(sentence)
        guard !words.isEmpty else { continue }
        let present = stream.contains(" " + words.joined(separator: " ") + " ")
        #expect(
          present,
          "\(source):\(number + 1) is missing from \(article.path): \(sentence.prefix(80))")
        checked += 1
      }
    }
    #expect(checked > 10)
  }

  @Test func everyOmissionMatchesASourceLine() throws {
    for (source, rules) in omittedSourceLines {
      let raw = try String(
        contentsOf: Self.contentRoot.appending(path: "sources/\(source)"), encoding: .utf8)
      let lines = raw.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
      for rule in rules {
        #expect(
          lines.contains { $0.hasPrefix(rule.prefix) }, "\(source): stale omission \(rule.prefix)")
      }
    }
  }

  @Test func noEncodingDamageRemainsInContent() throws {
    for file in BundledContent.files.files {
      let text = String(decoding: file.bytes, as: UTF8.self)
      let damaged = text.unicodeScalars.filter {
        (0x0E00...0x0E7F).contains($0.value) || $0.value == 0xFFFD
      }
      #expect(damaged.isEmpty, "\(file.path) still holds mojibake: \(damaged.prefix(3))")
    }
  }

  @Test func mythsAndRealitiesArePaired() throws {
    let section = try #require(library.section(id: "cabin-dependence/is-baclofen-addictive"))
    let labels = section.blocks.compactMap { block -> String? in
      guard case .paragraph(let text) = block, let first = text.runs.first, first.strong else {
        return nil
      }
      return first.text
    }
    #expect(labels.filter { $0 == "Myth:" }.count == 3)
    #expect(labels.filter { $0 == "Reality:" }.count == 3)
  }

  @Test func noFootnoteDigitsOrChromeRemain() {
    let text = library.articles.map(Self.articleText).joined(separator: "\n")
    for chrome in [
      "Table of Contents", "Skip to pros and cons", "footer.", "Loved by 2.5M+", "Call Now",
      "man on tablet", "Schedule an", "brain.2", "seizures.34", "Health Library Logo",
    ] {
      #expect(!text.contains(chrome), "\(chrome) should have been removed")
    }
    #expect(
      text.components(separatedBy: "Here are some Baclofen dependence treatment options").count == 2
    )
  }

  /// Title, headings and blocks in reading order, as the fidelity check sees them.
  static func articleText(_ article: Article) -> String {
    ([article.title] + article.sections.flatMap { [$0.title, $0.plainText] })
      .joined(separator: "\n")
  }

  /// The source's encoding damage undone the way the editors did: U+0E42 stood for a quote or
  /// dash, other Thai-block characters were emoji markers; footnote digits glued to the end of
  /// a sentence ("brain.2", "Verre,”1") are dropped.
  static func repaired(_ line: String) -> String {
    let scalars = line.unicodeScalars.map {
      (0x0E00...0x0E7F).contains($0.value) ? " " : Character($0)
    }
    let text = String(scalars)
    return text.replacingOccurrences(
      of: #"([.,”)])\d{1,2}(?=\s|$)"#, with: "$1", options: .regularExpression)
  }

  static func sentences(_ line: String) -> [String] {
    line.components(separatedBy: ". ").map { $0.trimmingCharacters(in: .whitespaces) }
  }

  /// Lowercased runs of letters and digits: punctuation and quote styles do not matter here.
  static func words(_ text: String) -> [String] {
    text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
  }
}
