extension QuickSnippet {
  /// The query's words to mark in a snippet, with a first-byte filter so that most words of
  /// a text are ruled out without folding them into a new string.
  struct Matcher {
    let words: Set<String>
    let prefixes: [String]
    let phrases: [PhraseMatch]
    let phraseOnly: Set<String>
    /// Lowercased first two bytes (0 for a one-byte word) of the ASCII words to mark.
    private var firstPairs = [Bool](repeating: false, count: 128 * 128)

    init(_ response: SearchResponse) {
      words = response.matchWords
      prefixes = response.matchPrefixes
      phrases = response.matchPhrases
      phraseOnly = response.phraseOnlyWords
      for word in words.union(prefixes) {
        let bytes = Array(word.utf8.prefix(2)) + [0]
        if bytes[0] < 0x80, bytes[1] < 0x80 {
          firstPairs[Int(bytes[0]) * 128 + Int(bytes[1])] = true
        }
      }
    }

    /// The folded word when it is one of the query's words or starts with a prefix.
    private func folded(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String? {
      func lower(_ byte: UInt8) -> UInt8 { byte &- 0x41 < 26 ? byte | 0x20 : byte }
      let first = lower(bytes[range.lowerBound])
      let second = range.count > 1 ? lower(bytes[range.lowerBound + 1]) : 0
      guard first >= 0x80 || second >= 0x80 || firstPairs[Int(first) * 128 + Int(second)]
      else { return nil }
      let folded = Folding.fold(
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
      return words.contains(folded) || prefixes.contains(where: folded.hasPrefix) ? folded : nil
    }

    /// The words of `text`; each one's folded form when it may match; whether it is marked (a
    /// word that belongs only to phrases, only inside one); which words join the next into
    /// one highlight. Scans UTF-8: most words are ruled out by their first two bytes.
    func match(_ text: String)
      -> (words: [Range<String.Index>], folded: [String?], matched: [Bool], joined: [Bool])
    {
      match(ScannedText(text))
    }

    func match(_ scanned: ScannedText)
      -> (words: [Range<String.Index>], folded: [String?], matched: [Bool], joined: [Bool])
    {
      var text = scanned.text
      let folded = text.withUTF8 { bytes in scanned.byteRanges.map { self.folded(bytes, $0) } }
      let joined = joins(folded)
      let matched = folded.indices.map { index in
        guard let word = folded[index] else { return false }
        return !phraseOnly.contains(word) || joined[index] || (index > 0 && joined[index - 1])
          || prefixes.contains(where: word.hasPrefix)
      }
      return (scanned.words, folded, matched, joined)
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

/// A text with its words found (as UTF-8 offsets and as indices), which does not depend on
/// the query: a small library keeps each section's, so a query only matches words.
struct ScannedText: Sendable {
  let text: String
  let byteRanges: [Range<Int>]
  let words: [Range<String.Index>]

  init(_ text: String) {
    var copy = text
    let ranges = copy.withUTF8(WordScanner.byteRanges)
    self.text = text
    byteRanges = ranges
    words = WordScanner.indices(ranges, in: text)
  }
}
