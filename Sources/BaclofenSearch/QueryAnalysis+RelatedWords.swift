extension SearchIndex {
  /// How many related words one word typed may bring: its commonest senses' few.
  static let maximumRelatedWords = 6

  /// A word the user typed that the library never uses, and no synonym term covers, also
  /// matches the words WordNet relates to it that the library does use ("woozy" finds
  /// "dizzy", "tummy" finds "stomach"): one way only, weighing as a synonym would, never
  /// as the word itself. Read only for such a word, so most queries never touch the table.
  func relate(
    _ concepts: inout [Concept], tokenizers: Tokenizers, vocabulary: Vocabulary
  ) throws {
    guard !relatedWords.isEmpty else { return }
    for c in concepts.indices {
      let concept = concepts[c]
      guard concept.words.count == 1, concept.alternatives.count == 1, !concept.isPhrase,
        !concept.isStopWord, !concept.isPrefix, !concept.isImplied,
        !vocabulary.stems.contains(concept.words[0].stem)
      else { continue }
      let word = concept.words[0]
      var seen: Set<String> = [word.stem]
      for related in relatedWords.relatedToAnyForm(of: word.surface)
      where concepts[c].alternatives.count <= Self.maximumRelatedWords {
        guard let found = try tokenizers.words(related).first, seen.insert(found.stem).inserted,
          vocabulary.stems.contains(found.stem)
        else { continue }
        concepts[c].alternatives.append([found])
      }
    }
  }
}
