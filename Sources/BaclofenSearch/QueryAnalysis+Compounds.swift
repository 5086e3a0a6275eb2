import Foundation

/// Spelling that splits or joins words: compounds as the library writes them, and whether a
/// correction makes a word with its neighbours.
extension SearchIndex {
  /// True when a correction makes a word or synonym term with a neighbour ("brest feeding":
  /// "breast", which makes "breastfeeding", rather than the more common "best").
  func fitsNeighbours(
    _ word: Word, before: Word?, after: Word?, vocabulary: Vocabulary
  ) -> Bool {
    let pairs = [before.map { [$0, word] }, after.map { [word, $0] }].compactMap { $0 }
    return pairs.contains { pair in
      vocabulary.weights[pair[0].surface + pair[1].surface] != nil
        || synonymTable.match(pair, at: 0).map { $0.length == 2 } ?? false
    }
  }

  /// Compounds written apart or together as the library writes them: "over dose" and
  /// "breast-feeding" become "overdose" and "breastfeeding" when the articles use those, an
  /// unknown "sideeffects" becomes "side effects", and "10mg" becomes "10 mg".
  func compounds(
    _ words: [Word], typingLast: Bool, tokenizers: Tokenizers, vocabulary: Vocabulary
  ) throws -> [Word] {
    var result: [Word] = []
    var index = 0
    while index < words.count {
      let word = words[index]
      let isLast = index == words.count - 1
      // A question word joins nothing: "for MS" is not "forms".
      if !isLast, Self.isLetters(word.surface), Self.isLetters(words[index + 1].surface),
        !StopWords.words.contains(word.surface),
        !StopWords.words.contains(words[index + 1].surface),
        vocabulary.weights[word.surface + words[index + 1].surface] != nil,
        let joined = try tokenizers.words(word.surface + words[index + 1].surface).first
      {
        result.append(joined)
        index += 2
        continue
      }
      let typed = typingLast && isLast && vocabulary.hasWord(startingWith: word.surface)
      if !typed, !vocabulary.contains(word),
        let split = try split(word.surface, tokenizers: tokenizers, vocabulary: vocabulary)
      {
        result += split
      } else {
        result.append(word)
      }
      index += 1
    }
    return result
  }

  /// "10mg" as "10" and "mg"; an unknown run of letters as two words the library uses.
  func split(_ surface: String, tokenizers: Tokenizers, vocabulary: Vocabulary) throws
    -> [Word]?
  {
    if let firstLetter = surface.firstIndex(where: \.isLetter), firstLetter > surface.startIndex,
      surface[..<firstLetter].allSatisfy(\.isNumber), Self.isLetters(surface[firstLetter...])
    {
      return try tokenizers.words(surface[..<firstLetter] + " " + surface[firstLetter...])
    }
    guard Self.isLetters(surface), surface.count >= 7, !realWords.contains(surface) else {
      return nil
    }
    let characters = Array(surface)
    for cut in 3...(characters.count - 3) {
      let left = String(characters[..<cut])
      let right = String(characters[cut...])
      if (vocabulary.weights[left] ?? 0) >= 2, (vocabulary.weights[right] ?? 0) >= 2 {
        return try tokenizers.words(left + " " + right)
      }
    }
    return nil
  }

  static func isLetters(_ text: some StringProtocol) -> Bool {
    !text.isEmpty && text.allSatisfy(\.isLetter)
  }
}
