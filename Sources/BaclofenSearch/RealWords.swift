import BaclofenContent
import Foundation

/// English words, from `lexicon/english-words.txt` (SCOWL's, filtered; see the licence file
/// beside it): a word on this list is a real word even when the articles do not use it, so
/// spelling correction leaves it alone ("shelf" must not become "self", "feeding" must not
/// become "feeling"). English's commonest words carry their SCOWL size (10 or 20) after a
/// tab: a common word the articles lack says less about what a question is about than a rare
/// one (see `Ranking.strength`).
public struct RealWords: Sendable, Equatable {
  public static let path = "lexicon/english-words.txt"

  /// The words one a line, each ending in "\n", in byte order: looked up by binary search
  /// over the bytes, so loading the list is checking its order (a set of its 30,000 words
  /// took over two thirds of a bundled search's instructions to build, an index of its lines
  /// a tenth).
  private let sorted: TableBytes

  public init(_ words: some Sequence<String>) {
    var bytes: [UInt8] = []
    for line in Set(words).sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    where !line.isEmpty {
      bytes += line.utf8
      bytes.append(0x0A)
    }
    sorted = TableBytes(copying: bytes)
  }

  /// The list in `files`, or an empty one when the folder has none (it is optional).
  public static func load(_ files: ContentFiles) -> RealWords {
    guard let file = files.file(path), case .success(let text) = files.text(of: file) else {
      return RealWords([])
    }
    return RealWords(listed: Array(text.utf8))
      ?? RealWords(text.split(separator: "\n").map(String.init))
  }

  /// The list as it is when its lines are already in byte order (as the bundled one is);
  /// nil when they are not, repeat or leave a line empty. Without `checkingOrder` the caller
  /// vouches for the order: the bundled list's is checked when the binary is built.
  public init?(listed bytes: [UInt8], checkingOrder: Bool = true) {
    guard bytes.withUnsafeBufferPointer({ Self.isList($0, checkingOrder: checkingOrder) }) else {
      return nil
    }
    sorted = TableBytes(copying: bytes)
  }

  /// The list in `bytes` that live as long as the program (a file compiled into the binary),
  /// read where they are, as `init(listed:checkingOrder:)` reads it.
  public init?(static bytes: UnsafeBufferPointer<UInt8>, checkingOrder: Bool = true) {
    guard Self.isList(bytes, checkingOrder: checkingOrder) else { return nil }
    sorted = TableBytes(static: bytes)
  }

  private static func isList(_ all: UnsafeBufferPointer<UInt8>, checkingOrder: Bool) -> Bool {
    guard !all.isEmpty, let base = all.baseAddress else { return true }
    guard all.last == 0x0A else { return false }
    guard checkingOrder else { return true }
    var previous = 0..<0
    var start = 0
    while start < all.count {
      // `memchr` and `memcmp`: a loop over the bytes was most of loading the list.
      guard let newline = memchr(base + start, 0x0A, all.count - start) else { return false }
      let end = base.distance(to: newline.assumingMemoryBound(to: UInt8.self))
      guard end > start, previous.isEmpty || compare(base, previous, start..<end) < 0
      else { return false }
      previous = start..<end
      start = end + 1
    }
    return true
  }

  public static func == (a: RealWords, b: RealWords) -> Bool {
    a.sorted.count == b.sorted.count
      && (a.sorted.count == 0 || memcmp(a.sorted.base, b.sorted.base, a.sorted.count) == 0)
  }

  /// Below, equal to or above 0 as the bytes at `a` sort before, with or after those at `b`.
  private static func compare(
    _ base: UnsafePointer<UInt8>, _ a: Range<Int>, _ b: Range<Int>
  ) -> Int {
    let order = memcmp(base + a.lowerBound, base + b.lowerBound, min(a.count, b.count))
    return order != 0 ? Int(order) : a.count - b.count
  }

  /// The line of `word`, by binary search over byte offsets: the range searched always holds
  /// whole lines, and its middle is taken back to a line's start. A line's word ends at a tab
  /// (then its size) or at the newline; a tab sorts before every letter, so lines in byte
  /// order are words in byte order.
  private func entry(_ word: String) -> Entry? {
    sorted.withLine(keyed: word) { all, keyEnd, _ in Entry(common: all[keyEnd] == 0x09) }
  }

  private struct Entry {
    /// The line gives the word a SCOWL size of 10 or 20: one of English's commonest words.
    var common: Bool
  }

  public var isEmpty: Bool { sorted.count == 0 }

  /// True when `word` (folded) is listed, or is a regular inflection of a listed word: the
  /// list leaves those out ("feeding" is "feed" + "ing").
  public func contains(_ word: String) -> Bool {
    lookUp(word) != nil
  }

  /// True when `word` (folded), or the listed word it inflects, is one of English's commonest
  /// words ("lunchtime", "weekend", "coffee"), not a rarer one ("dialysis", "grapefruit").
  public func isCommon(_ word: String) -> Bool {
    lookUp(word)?.common ?? false
  }

  private func lookUp(_ word: String) -> Entry? {
    if let entry = entry(word) { return entry }
    for base in Self.bases(of: word) {
      if let entry = entry(base) { return entry }
    }
    return nil
  }

  /// The words `word` may be an inflection of, by its regular English endings.
  static func bases(of word: String) -> [String] {
    var bases: [String] = []
    func strip(_ ending: String, _ replacements: [String] = [""]) {
      guard word.count > ending.count + 2, word.hasSuffix(ending) else { return }
      let stem = String(word.dropLast(ending.count))
      // A word of one syllable ending in a vowel and a consonant doubles it before "ed" and
      // "ing": "stoping" is no form of "stop" (it may be of "stope").
      bases += replacements.filter {
        !($0.isEmpty && ["ed", "ing", "er", "est"].contains(ending) && Self.doubles(stem))
      }
      .map { stem + $0 }
      // A doubled last consonant after a vowel: "stopped", "stopping" (not "misssed", which
      // doubles the end of "miss").
      let base = stem.dropLast()
      if let last = stem.last, base.last == last, ending == "ed" || ending == "ing",
        let before = base.dropLast().last, "aeiou".contains(before)
      {
        bases.append(String(base))
      }
    }
    strip("s")
    strip("es")
    strip("ies", ["y"])
    strip("ed", ["", "e"])
    strip("ied", ["y"])
    strip("ing", ["", "e"])
    strip("ly")
    strip("er", ["", "e"])
    strip("est", ["", "e"])
    return bases
  }

  /// True for a word of one syllable ending in one vowel and one consonant (not w, x or y),
  /// whose last letter is doubled before a vowel ending: "stop", "plan", not "feed", "help",
  /// "visit".
  private static func doubles(_ stem: String) -> Bool {
    let letters = Array(stem)
    let vowels = "aeiou"
    guard letters.count >= 3, let last = letters.last, !vowels.contains(last),
      !"wxy".contains(last), vowels.contains(letters[letters.count - 2]),
      !vowels.contains(letters[letters.count - 3])
    else { return false }
    // One group of vowels: one syllable.
    var groups = 0
    var previous = false
    for letter in letters {
      let vowel = vowels.contains(letter)
      if vowel, !previous { groups += 1 }
      previous = vowel
    }
    return groups == 1
  }
}
