extension QuickSnippet {
  /// The query's words to mark in a snippet, with a first-byte filter so that most words of
  /// a text are ruled out without folding them into a new string.
  struct Matcher {
    let words: Set<String>
    let prefixes: [String]
    let phrases: [PhraseMatch]
    let phraseOnly: Set<String>
    private var firstBytes = [Bool](repeating: false, count: 128)

    init(_ response: SearchResponse) {
      words = response.matchWords
      prefixes = response.matchPrefixes
      phrases = response.matchPhrases
      phraseOnly = response.phraseOnlyWords
      for word in words.union(prefixes) {
        if let byte = word.utf8.first, byte < 0x80 { firstBytes[Int(byte)] = true }
      }
    }

    /// The folded word when it is one of the query's words or starts with a prefix.
    func folded(_ word: Substring) -> String? {
      guard var byte = word.utf8.first else { return nil }
      if byte >= 0x41 && byte <= 0x5A { byte += 0x20 }
      guard byte >= 0x80 || firstBytes[Int(byte)] else { return nil }
      let folded = Folding.fold(word)
      return words.contains(folded) || prefixes.contains(where: folded.hasPrefix) ? folded : nil
    }

    /// Each word's folded form when it may match, whether it is marked (a word that belongs
    /// only to phrases, only inside one), and which words join the next into one highlight.
    func match(_ text: String, words: [Range<String.Index>])
      -> (folded: [String?], matched: [Bool], joined: [Bool])
    {
      let folded = words.map { self.folded(text[$0]) }
      let joined = joins(folded)
      let matched = folded.indices.map { index in
        guard let word = folded[index] else { return false }
        return !phraseOnly.contains(word) || joined[index] || (index > 0 && joined[index - 1])
          || prefixes.contains(where: word.hasPrefix)
      }
      return (folded, matched, joined)
    }

    /// `joined[i]` is true when words i and i + 1 are inside one occurrence of a phrase, so
    /// their highlights become one run, as FTS5 marks a phrase.
    private func joins(_ folded: [String?]) -> [Bool] {
      var joined = [Bool](repeating: false, count: folded.count)
      for phrase in phrases where phrase.words.count > 1 && phrase.words.count <= folded.count {
        for start in 0...(folded.count - phrase.words.count)
        where phrase.words.indices.allSatisfy({ offset in
          folded[start + offset].map { phrase.matches($0, at: offset) } ?? false
        }) {
          for index in start..<(start + phrase.words.count - 1) { joined[index] = true }
        }
      }
      return joined
    }
  }
}
