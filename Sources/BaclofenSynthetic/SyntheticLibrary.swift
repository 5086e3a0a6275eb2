import BaclofenContent
import Foundation

/// Generates large, deterministic content folders for benchmarks and scale tests: articles of
/// realistic shape (front matter, 6–12 sections, some nested, paragraphs, lists, callouts) whose
/// words are drawn from a real library's vocabulary, so search behaves as on real text.
public struct SyntheticLibrary: Sendable {
  public var articleCount: Int
  public var seed: UInt64

  public init(articleCount: Int, seed: UInt64 = 2026) {
    self.articleCount = articleCount
    self.seed = seed
  }

  /// The generated articles as content files (`articles/gen-00001.md`, …), plus the
  /// non-article files of `base` so the folder is complete. With `keepingBaseArticles`, the
  /// base's own articles stay too, so the questionnaire and withdrawal warning (which cite
  /// them) still validate and the folder works with `baclofen --content`.
  public func files(
    vocabularyFrom library: Library, base: ContentFiles, keepingBaseArticles: Bool = false
  ) -> ContentFiles {
    let vocabulary = Self.vocabulary(library)
    var generator = SplitMix(seed: seed)
    var files = base.files.filter {
      keepingBaseArticles || !$0.path.hasPrefix(LibraryLoader.articleFolder)
    }
    for number in 1...max(1, articleCount) {
      let text = article(number: number, vocabulary: vocabulary, using: &generator)
      files.append(ContentFile(path: "articles/gen-\(pad(number)).md", bytes: Array(text.utf8)))
    }
    return ContentFiles(origin: "synthetic-\(articleCount)", files: files)
  }

  /// Writes `files` under `directory` (created as needed), keeping their relative paths.
  public static func write(_ files: ContentFiles, to directory: URL) throws {
    let manager = FileManager.default
    for file in files.files {
      let url = directory.appendingPathComponent(file.path)
      try manager.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(file.bytes).write(to: url)
    }
  }

  private func article(number: Int, vocabulary: [String], using g: inout SplitMix) -> String {
    func words(_ range: ClosedRange<Int>) -> String {
      (0..<Int.random(in: range, using: &g)).map { _ in vocabulary.randomElement(using: &g)! }
        .joined(separator: " ")
    }
    func sentence() -> String {
      let text = words(6...18)
      return text.prefix(1).uppercased() + text.dropFirst() + "."
    }
    func paragraph() -> String {
      (0..<Int.random(in: 2...5, using: &g)).map { _ in sentence() }
        .joined(separator: " ")
    }
    var lines = [
      "---", "id: gen-\(pad(number))", "title: \"\(titleCase(words(3...7)))\"",
      "publisher: Synthetic Health Library", "reviewed: 2024-0\(1 + number % 9)-1\(number % 10)",
      "source: gen-\(pad(number)).txt", "---", "",
    ]
    for sectionNumber in 0..<Int.random(in: 6...12, using: &g) {
      let nested = sectionNumber > 0 && Int.random(in: 0..<4, using: &g) == 0
      lines += [
        (nested ? "### " : "## ") + titleCase(words(2...6)) + " {#s\(sectionNumber)}", "",
      ]
      for _ in 0..<Int.random(in: 1...3, using: &g) { lines += [paragraph(), ""] }
      switch Int.random(in: 0..<5, using: &g) {
      case 0: lines += (0..<Int.random(in: 3...7, using: &g)).map { _ in "- " + words(2...10) }
      case 1: lines += ["> **Note:** " + sentence()]
      default: break
      }
      lines.append("")
    }
    return lines.joined(separator: "\n")
  }

  /// Distinct lowercase words of the library, in a stable order.
  static func vocabulary(_ library: Library) -> [String] {
    var seen = Set<String>()
    var words: [String] = []
    for section in library.sections {
      for word in (section.title + " " + section.plainText).lowercased()
        .split(whereSeparator: { !$0.isLetter })
      where word.count > 1 && seen.insert(String(word)).inserted {
        words.append(String(word))
      }
    }
    return words.isEmpty ? ["baclofen"] : words
  }

  private func titleCase(_ text: String) -> String {
    text.prefix(1).uppercased() + text.dropFirst()
  }

  private func pad(_ number: Int) -> String {
    let digits = String(number)
    return String(repeating: "0", count: max(0, 5 - digits.count)) + digits
  }
}

/// SplitMix64: small, fast and the same on every platform, so generated libraries repeat.
public struct SplitMix: RandomNumberGenerator, Sendable {
  private var state: UInt64
  public init(seed: UInt64) { state = seed }
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
