import BaclofenContent

/// English words, from `lexicon/english-words.txt` (SCOWL's, filtered; see the licence file
/// beside it): a word on this list is a real word even when the articles do not use it, so
/// spelling correction leaves it alone ("shelf" must not become "self", "feeding" must not
/// become "feeling").
public struct RealWords: Sendable, Equatable {
  public static let path = "lexicon/english-words.txt"

  private let words: Set<String>

  public init(_ words: some Sequence<String>) {
    self.words = Set(words)
  }

  /// The list in `files`, or an empty one when the folder has none (it is optional).
  public static func load(_ files: ContentFiles) -> RealWords {
    guard let file = files.file(path), case .success(let text) = files.text(of: file) else {
      return RealWords([])
    }
    return RealWords(text.split(separator: "\n").map { String($0) })
  }

  public var isEmpty: Bool { words.isEmpty }

  /// True when `word` (folded) is listed, or is a regular inflection of a listed word: the
  /// list leaves those out ("feeding" is "feed" + "ing").
  public func contains(_ word: String) -> Bool {
    if words.contains(word) { return true }
    return Self.bases(of: word).contains(where: words.contains)
  }

  /// The words `word` may be an inflection of, by its regular English endings.
  static func bases(of word: String) -> [String] {
    var bases: [String] = []
    func strip(_ ending: String, _ replacements: [String] = [""]) {
      guard word.count > ending.count + 2, word.hasSuffix(ending) else { return }
      let stem = String(word.dropLast(ending.count))
      bases += replacements.map { stem + $0 }
      // A doubled last consonant: "stopped", "stopping".
      if let last = stem.last, stem.dropLast().last == last, ending == "ed" || ending == "ing" {
        bases.append(String(stem.dropLast()))
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
