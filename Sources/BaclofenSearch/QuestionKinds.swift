import BaclofenContent
import Foundation

/// Kinds of question ("how much", "what if I missed one", "is it addictive") and the section
/// headings that answer each, read from `question-kinds.txt` (see its header for the format).
/// A query asks every kind one of whose phrases (`asks`, `frames`) it holds; a frame phrase's
/// words are how the question is put, and weigh as question words (see `Ranking`). A section
/// heading answers every kind one of whose phrases it holds, but a phrase inside a longer one
/// of another kind (`kinds(ofHeading:)`). The ranking lifts a section of a kind the query
/// asks (see `Ranking.kindBonus`).
public struct QuestionKinds: Sendable, Equatable {
  public static let path = "question-kinds.txt"

  public struct Kind: Sendable, Equatable {
    public var name: String
    /// Phrases of a question, each as its words (folded, split as the index splits words).
    public var asks: [[String]] = []
    /// Phrases of a heading that answers it.
    public var headings: [[String]] = []
    /// Phrases that ask it and are only how the question is put ("does it work for"): their
    /// words are the question's frame, never what it is about.
    public var frames: [[String]] = []

    public init(
      name: String, asks: [[String]] = [], headings: [[String]] = [], frames: [[String]] = []
    ) {
      self.name = name
      self.asks = asks
      self.headings = headings
      self.frames = frames
    }
  }

  /// In file order, at most `maximumKinds` (a set of kinds is a bit mask).
  public var kinds: [Kind]
  static let maximumKinds = 64

  public init(_ kinds: [Kind] = []) { self.kinds = Array(kinds.prefix(Self.maximumKinds)) }

  /// The kinds in `files`, or none when the folder has no such file (it is optional), with
  /// every problem at its line.
  public static func load(_ files: ContentFiles) -> (QuestionKinds, [ContentIssue]) {
    files.parsedOptional(path, empty: QuestionKinds(), parse)
  }

  /// Parses the text of a question kinds file shown as `path` in messages.
  public static func parse(_ text: String, path: String) -> (QuestionKinds, [ContentIssue]) {
    var kinds: [Kind] = []
    var issues: [ContentIssue] = []
    // Bytes, not characters: the file is read at every start, and splitting and trimming it
    // character by character cost 13 M instructions, half of a whole bundled search.
    let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    for (index, raw) in lines.enumerated() {
      let line = trimmed(Substring(raw))
      func issue(_ message: String) {
        issues.append(ContentIssue(path: path, line: index + 1, message: message))
      }
      if line.isEmpty || line.hasPrefix("#") { continue }
      if line.hasPrefix("["), line.hasSuffix("]") {
        let name = trimmed(line.dropFirst().dropLast())
        if name.isEmpty { issue("a kind needs a name: `[how much]`") }
        if kinds.contains(where: { $0.name == name }) { issue("the kind `\(name)` appears twice") }
        if kinds.count == maximumKinds { issue("more than \(maximumKinds) kinds") }
        kinds.append(Kind(name: name))
        continue
      }
      guard let colon = line.firstIndex(of: ":"),
        case let key = trimmed(line[..<colon]),
        key == "asks" || key == "headings" || key == "frames"
      else {
        issue(
          "expected `[kind]`, `asks: phrase, phrase`, `frames: phrase, phrase` or"
            + " `headings: phrase, phrase`")
        continue
      }
      guard !kinds.isEmpty else {
        issue("`\(key):` before any `[kind]`")
        continue
      }
      let phrases = line.utf8[line.utf8.index(after: colon)...]
        .split(separator: UInt8(ascii: ","))
        .map { words(Substring($0)) }
      if phrases.isEmpty || phrases.contains(where: \.isEmpty) { issue("an empty phrase") }
      let found = phrases.filter { !$0.isEmpty }
      if key == "asks" {
        kinds[kinds.count - 1].asks += found
      } else if key == "frames" {
        kinds[kinds.count - 1].frames += found
      } else {
        kinds[kinds.count - 1].headings += found
      }
    }
    return (QuestionKinds(kinds), issues)
  }

  /// A phrase's words as the index's tokenizer splits and folds them ("won't" → won, t).
  static func words(_ phrase: some StringProtocol) -> [String] {
    guard phrase.utf8.allSatisfy({ $0 < 0x80 }) else {
      return phrase.split { !$0.isLetter && !$0.isNumber }.map { Folding.fold($0) }
    }
    // ASCII letters and digits are its only letters and numbers.
    func isWordByte(_ byte: UInt8) -> Bool {
      (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
    }
    return phrase.utf8.split { !isWordByte($0) }.map { word in
      String(decoding: word.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }
  }

  /// `text` without the spaces and tabs (any Unicode space when it is not ASCII) at its ends.
  static func trimmed(_ text: Substring) -> String {
    guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
      return text.trimmingCharacters(in: .whitespaces)
    }
    let bytes = text.utf8
    let isBlank = { (byte: UInt8) in byte == 0x20 || byte == 0x09 }
    guard let first = bytes.firstIndex(where: { !isBlank($0) }),
      let last = bytes.lastIndex(where: { !isBlank($0) })
    else { return "" }
    return String(decoding: bytes[first...last], as: UTF8.self)
  }

  /// The kinds a section with this heading (its words) answers, as a bit mask: every kind one
  /// of whose phrases it holds, but a phrase inside a longer one of another kind ("dose" in
  /// "missed dose"). "How Do You Take Baclofen for Alcohol Use Disorder?" answers how to take
  /// it and treating drinking.
  func kinds(ofHeading heading: [String]) -> UInt64 {
    let lengths = heading.map(\.utf8.count)
    let anywhere: (Int) -> Bool = { _ in true }
    var found: [(kind: Int, place: Range<Int>)] = []
    for (index, kind) in kinds.enumerated() {
      for phrase in kind.headings {
        for place in Self.places(of: phrase, in: heading, lengths: lengths, mayStart: anywhere) {
          found.append((index, place))
        }
      }
    }
    var mask: UInt64 = 0
    for entry in found
    where !found.contains(where: { other in
      other.kind != entry.kind && other.place.count > entry.place.count
        && other.place.lowerBound <= entry.place.lowerBound
        && entry.place.upperBound <= other.place.upperBound
    }) {
      mask |= 1 << UInt64(entry.kind)
    }
    return mask
  }

  /// The kinds a query asks, as a bit mask, from its words (`words`, "" where nothing is)
  /// and whether a phrase may start and end at each place: `starts[i]` (`ends[i]`) is false
  /// inside a longer term of the query, so a cue matches whole terms only.
  func asked(_ words: [String], starts: [Bool], ends: [Bool]) -> UInt64 {
    framed(words, starts: starts, ends: ends).kinds
  }

  /// `asked`, and where in `words` a frame phrase of a kind asked is (see `Kind.frames`).
  func framed(_ words: [String], starts: [Bool], ends: [Bool])
    -> (kinds: UInt64, frames: [Range<Int>], framedKinds: UInt64)
  {
    var mask: UInt64 = 0
    let lengths = words.map(\.utf8.count)
    func places(_ phrase: [String]) -> [Range<Int>] {
      Self.places(of: phrase, in: words, lengths: lengths) {
        starts[$0] && ends[$0 + phrase.count - 1]
      }
    }
    let framing = kinds.indices.flatMap { index in
      kinds[index].frames.flatMap(places).map { (kind: index, place: $0) }
    }
    // A frame inside a longer one of another kind is part of that one: "how does it work"
    // asks how it works, not whether it does.
    let kept = framing.filter { frame in
      !framing.contains { other in
        other.kind != frame.kind && other.place.count > frame.place.count
          && other.place.lowerBound <= frame.place.lowerBound
          && frame.place.upperBound <= other.place.upperBound
      }
    }
    for frame in kept { mask |= 1 << UInt64(frame.kind) }
    let framedKinds = mask
    for (index, kind) in kinds.enumerated() where kind.asks.contains(where: { !places($0).isEmpty })
    {
      mask |= 1 << UInt64(index)
    }
    return (mask, kept.map(\.place), framedKinds)
  }

  /// The places of `phrase` in `words` (whose lengths in UTF-8 are `lengths`), in order,
  /// starting where `mayStart` allows. A length is compared before a word: most differ, and
  /// comparing every phrase with the words at every place was two thirds of analysing a
  /// query (0.65 M instructions of a bundled search; hashing the words cost as much).
  static func places(
    of phrase: [String], in words: [String], lengths: [Int], mayStart: (Int) -> Bool
  ) -> [Range<Int>] {
    guard let first = phrase.first, phrase.count <= words.count else { return [] }
    let length = first.utf8.count
    var found: [Range<Int>] = []
    for start in 0...(words.count - phrase.count)
    where lengths[start] == length && mayStart(start)
      && words[start..<(start + phrase.count)].elementsEqual(phrase)
    {
      found.append(start..<(start + phrase.count))
    }
    return found
  }
}

extension ContentFiles {
  /// The optional file at `path` parsed (`parse` takes its text and the path to show), or
  /// `empty` with no problem when the folder has no such file.
  func parsedOptional<Value>(
    _ path: String, empty: Value, _ parse: (String, String) -> (Value, [ContentIssue])
  ) -> (Value, [ContentIssue]) {
    guard let file = file(path) else { return (empty, []) }
    switch text(of: file) {
    case .failure(let issue): return (empty, [issue])
    case .success(let text): return parse(text, displayPath(path))
    }
  }
}
