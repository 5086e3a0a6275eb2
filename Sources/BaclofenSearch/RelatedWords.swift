import BaclofenContent
import Foundation

/// Everyday English words and the words WordNet relates to them, from
/// `lexicon/wordnet-links.txt` (derived from WordNet 3.0 by `Tests/Scripts/wordnet-links.py`;
/// see the licence file beside it): "woozy" is dizzy, "tummy" is stomach. Search reads a
/// word's line only when the query uses a word the library does not, and keeps the related
/// words the library does use (see `SearchIndex.relate`), so an everyday word finds the
/// section that says it another way.
///
/// A line is the word, then its related words, each after a tab; lines in byte order, so a
/// word is found by binary search over the bytes where they lie: nothing is parsed at start.
/// A word alone on its line is a word of its own that looks like an inflection of another
/// ("gambling", not "gamble" + "ing"): it has nothing related, and is not read as the other.
public struct RelatedWords: Sendable, Equatable {
  public static let path = "lexicon/wordnet-links.txt"

  private let sorted: TableBytes

  /// The table of `lines` (a word and its related words each), in any order.
  public init(_ lines: [[String]]) {
    var bytes: [UInt8] = []
    var seen = Set<String>()
    for line in lines.sorted(by: { $0[0].utf8.lexicographicallyPrecedes($1[0].utf8) })
    where !line.isEmpty && seen.insert(line[0]).inserted {
      bytes += line.joined(separator: "\t").utf8
      bytes.append(0x0A)
    }
    sorted = TableBytes(copying: bytes)
  }

  /// The table as it is when its lines are already well formed and in byte order (as the
  /// bundled one is); nil when they are not.
  public init?(listed bytes: [UInt8]) {
    guard bytes.withUnsafeBufferPointer({ Self.problem(in: $0) == nil }) else { return nil }
    sorted = TableBytes(copying: bytes)
  }

  /// The table in bytes that live as long as the program (a file compiled into the binary),
  /// read where they are; its form was checked when the binary was built (see the tests).
  public init(static bytes: UnsafeBufferPointer<UInt8>) {
    sorted = TableBytes(static: bytes)
  }

  /// The table in `files`, or an empty one when the folder has none (it is optional); a line
  /// that is not a word and its related words is reported with its line, and the table is
  /// then the well-formed lines.
  public static func load(_ files: ContentFiles) -> (RelatedWords, [ContentIssue]) {
    guard let file = files.file(path) else { return (RelatedWords([]), []) }
    let shown = files.displayPath(path)
    let text: String
    switch files.text(of: file) {
    case .success(let read): text = read
    case .failure(let issue): return (RelatedWords([]), [issue])
    }
    if let listed = RelatedWords(listed: Array(text.utf8)) { return (listed, []) }
    var lines: [[String]] = []
    var issues: [ContentIssue] = []
    for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      guard !line.isEmpty else { continue }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.allSatisfy(isWord) else {
        issues.append(
          ContentIssue(
            path: shown, line: number + 1,
            message: "expected a lowercase word, then any related words, each after a tab"))
        continue
      }
      lines.append(fields)
    }
    return (RelatedWords(lines), issues)
  }

  private static func isWord(_ field: String) -> Bool {
    !field.isEmpty && field.allSatisfy { $0.isLetter && $0.isLowercase || $0 == "-" || $0 == "'" }
  }

  /// Nil when `all` is lines of a word and its related words, tab-separated, in byte order of
  /// their first words; else the first line that is not (0: the last line is unfinished).
  static func problem(in all: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let base = all.baseAddress, !all.isEmpty else { return nil }
    guard all.last == 0x0A else { return 0 }
    // By bytes, without a string or an array a line: a content folder's table is checked
    // at every start.
    var previous = 0..<0
    var line = 1
    var start = 0
    while start < all.count {
      var word = start..<start
      var fieldStart = start
      var end = start
      while true {
        let byte = all[end]
        if byte == 0x09 || byte == 0x0A {
          guard end > fieldStart else { return line }
          if word.isEmpty { word = start..<end }
          fieldStart = end + 1
          if byte == 0x0A { break }
        }
        end += 1
      }
      if !previous.isEmpty {
        let order = memcmp(
          base + previous.lowerBound, base + word.lowerBound, min(previous.count, word.count))
        guard order < 0 || (order == 0 && previous.count < word.count) else { return line }
      }
      previous = word
      line += 1
      start = end + 1
    }
    return nil
  }

  public static func == (a: RelatedWords, b: RelatedWords) -> Bool {
    a.sorted.count == b.sorted.count
      && (a.sorted.count == 0 || memcmp(a.sorted.base, b.sorted.base, a.sorted.count) == 0)
  }

  public var isEmpty: Bool { sorted.count == 0 }

  /// The words related to `word`, best first; nil when it has no line.
  public func related(to word: String) -> [String]? {
    guard !word.isEmpty else { return nil }
    return sorted.withLine(keyed: word) { all, keyEnd, lineEnd in
      guard keyEnd < lineEnd else { return [] }
      return all[(keyEnd + 1)..<lineEnd].split(separator: 0x09).map {
        String(decoding: $0, as: UTF8.self)
      }
    }
  }

  /// The words related to `word` or, when it has no line, to the word it regularly inflects
  /// ("peeing" is "pee" + "ing").
  public func relatedToAnyForm(of word: String) -> [String] {
    if let own = related(to: word) { return own }
    for base in RealWords.bases(of: word) {
      if let related = related(to: base), !related.isEmpty { return related }
    }
    return []
  }
}
