import BaclofenContent

/// English words, from `lexicon/english-words.txt` (SCOWL's, filtered; see the licence file
/// beside it): a word on this list is a real word even when the articles do not use it, so
/// spelling correction leaves it alone ("shelf" must not become "self", "feeding" must not
/// become "feeling").
public struct RealWords: Sendable, Equatable {
  public static let path = "lexicon/english-words.txt"

  /// The words one a line, each ending in "\n", in byte order: looked up by binary search, so
  /// loading the list is copying its bytes (a set of its 30,000 words took over two thirds of
  /// a bundled search's instructions to build).
  private let sorted: [UInt8]
  /// Where each line of `sorted` starts.
  private let starts: [Int32]

  public init(_ words: some Sequence<String>) {
    self.init(lines: Set(words).sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }))
  }

  private init(lines: [String]) {
    var bytes: [UInt8] = []
    var starts: [Int32] = []
    for line in lines where !line.isEmpty {
      starts.append(Int32(bytes.count))
      bytes += line.utf8
      bytes.append(0x0A)
    }
    sorted = bytes
    self.starts = starts
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
  /// nil when they are not, repeat or leave a line empty.
  private init?(listed bytes: [UInt8]) {
    var starts: [Int32] = []
    starts.reserveCapacity(bytes.count / 8)
    let ordered = bytes.withUnsafeBufferPointer { all -> Bool in
      var previous = 0..<0
      var start = 0
      while start < all.count {
        var end = start
        while end < all.count, all[end] != 0x0A { end += 1 }
        guard end > start, previous.isEmpty || Self.compare(all, previous, start..<end) < 0
        else { return false }
        starts.append(Int32(start))
        previous = start..<end
        start = end + 1
      }
      return true
    }
    guard ordered, bytes.last == 0x0A || bytes.isEmpty else { return nil }
    sorted = bytes
    self.starts = starts
  }

  /// -1, 0 or 1 as the bytes at `a` sort before, with or after those at `b`.
  private static func compare(_ all: UnsafeBufferPointer<UInt8>, _ a: Range<Int>, _ b: Range<Int>)
    -> Int
  {
    var i = a.lowerBound
    var j = b.lowerBound
    while i < a.upperBound, j < b.upperBound {
      if all[i] != all[j] { return all[i] < all[j] ? -1 : 1 }
      i += 1
      j += 1
    }
    return i < a.upperBound ? 1 : j < b.upperBound ? -1 : 0
  }

  /// True when `word` is one of the lines, by binary search.
  private func listed(_ word: String) -> Bool {
    var word = word
    return word.withUTF8 { key in
      sorted.withUnsafeBufferPointer { all in
        var low = 0
        var high = starts.count
        while low < high {
          let middle = (low + high) / 2
          let start = Int(starts[middle])
          var end = start
          while all[end] != 0x0A { end += 1 }
          var order = 0
          for (offset, byte) in key.enumerated() {
            guard start + offset < end else {
              order = -1
              break
            }
            if all[start + offset] != byte {
              order = all[start + offset] < byte ? -1 : 1
              break
            }
          }
          if order == 0, end - start != key.count { order = 1 }
          if order == 0 { return true }
          if order < 0 { low = middle + 1 } else { high = middle }
        }
        return false
      }
    }
  }

  public var isEmpty: Bool { starts.isEmpty }

  /// True when `word` (folded) is listed, or is a regular inflection of a listed word: the
  /// list leaves those out ("feeding" is "feed" + "ing").
  public func contains(_ word: String) -> Bool {
    if listed(word) { return true }
    return Self.bases(of: word).contains(where: listed)
  }

  /// The words `word` may be an inflection of, by its regular English endings.
  static func bases(of word: String) -> [String] {
    var bases: [String] = []
    func strip(_ ending: String, _ replacements: [String] = [""]) {
      guard word.count > ending.count + 2, word.hasSuffix(ending) else { return }
      let stem = String(word.dropLast(ending.count))
      bases += replacements.map { stem + $0 }
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
}
