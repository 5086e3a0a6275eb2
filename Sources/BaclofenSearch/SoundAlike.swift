/// How a word sounds, roughly, for the spellings edit distance misses: "sirosis" is three
/// edits from "cirrhosis", a different first letter among them, but both sound "sirosis".
/// Soft "c" is "s", hard "c", "ck" and "q" are "k", "ph" is "f", "z" is "s", "y" is "i", an
/// "h" after a consonant is silent, and a doubled letter is one.
enum SoundAlike {
  /// Shorter words are never matched by sound: too many sound alike.
  static let shortest = 6

  static func key(_ word: String) -> String {
    let letters = Array(word.lowercased())
    var sounds: [Character] = []
    for (index, letter) in letters.enumerated() {
      let next = index + 1 < letters.count ? letters[index + 1] : nil
      let previous = index > 0 ? letters[index - 1] : nil
      var sound: Character
      switch letter {
      case "c": sound = next.map { "eiy".contains($0) } == true ? "s" : "k"
      case "q": sound = "k"
      case "z": sound = "s"
      case "y": sound = "i"
      case "p" where next == "h": sound = "f"
      case "h":
        guard let previous, !"aeiou".contains(previous) else {
          sound = "h"
          break
        }
        continue
      default: sound = letter
      }
      if letter == "k", previous == "c" { continue }
      if sounds.last != sound { sounds.append(sound) }
    }
    return String(sounds)
  }
}

extension Vocabulary {
  /// Known words of about the same length that sound like `word` (see `SoundAlike`), the more
  /// used first: the last resort of spelling correction, for a word no known word is a few
  /// edits from.
  /// Only words ending in the same two letters are keyed: endings are rarely misspelt
  /// ("-osis"), and keying every word of a large library would cost a keystroke's time.
  func soundAlikes(of word: String, length: Int) -> [String] {
    let key = SoundAlike.key(word)
    let ending = Array(word.unicodeScalars.suffix(2))
    var found: [(word: String, weight: Int)] = []
    for candidateLength in (length - 1)...(length + 3) {
      for candidate in candidatesByLength[candidateLength] ?? []
      where candidate.scalars.suffix(2).elementsEqual(ending)
        && SoundAlike.key(candidate.word) == key
      {
        found.append((candidate.word, candidate.weight))
      }
    }
    return found.sorted { ($0.weight, $1.word) > ($1.weight, $0.word) }.map(\.word)
  }
}
