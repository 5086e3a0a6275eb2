/// What a search returns: ranked sections, the correction applied to the query if any, and
/// enough about the query's words for the reader to highlight them.
public struct SearchResponse: Sendable, Equatable {
  /// The text as the user typed it.
  public var query: String
  /// The query with misspelt words replaced ("baclofen withdrawal" for "baclofin withdrawl"),
  /// or nil when every word was found as typed.
  public var correctedQuery: String?
  public var results: [SearchResult]
  /// True when the query is about stopping or quitting (stop, quit, withdrawal, taper, …), so
  /// the caller can point to the withdrawal warning.
  public var aboutStopping: Bool
  /// Folded words (lowercase, no diacritics) to highlight, including stem variants.
  var matchWords: Set<String>
  /// Folded beginnings of words to highlight (the word still being typed).
  var matchPrefixes: [String]
  /// Multi-word alternatives, highlighted as one run where their words follow each other
  /// (as FTS5 marks a phrase).
  var matchPhrases: [PhraseMatch] = []
  /// Words of `matchWords` that only belong to phrases: a snippet marks them only where the
  /// whole phrase is ("spinal fluid" does not mark a lone "spinal").
  var phraseOnlyWords: Set<String> = []

  public init(
    query: String, correctedQuery: String? = nil, results: [SearchResult] = [],
    aboutStopping: Bool = false, matchWords: Set<String> = [], matchPrefixes: [String] = []
  ) {
    self.query = query
    self.correctedQuery = correctedQuery
    self.results = results
    self.aboutStopping = aboutStopping
    self.matchWords = matchWords
    self.matchPrefixes = matchPrefixes
  }

  /// Ranges in `text` that match the (corrected, expanded) query words — used by the reader to
  /// highlight every match inside a section. Case- and diacritic-insensitive, whole words and
  /// stem variants (e.g. "seizure" also marks "seizures").
  public func matchRanges(in text: String) -> [Range<String.Index>] {
    guard !matchWords.isEmpty || !matchPrefixes.isEmpty else { return [] }
    return WordScanner.words(in: text).filter { range in
      let word = Folding.fold(text[range])
      return matchWords.contains(word) || matchPrefixes.contains { word.hasPrefix($0) }
    }
  }
}

/// A phrase to highlight: each position's folded surface words, the last one possibly the
/// beginning of a word still being typed.
struct PhraseMatch: Sendable, Equatable {
  var words: [Set<String>]
  var lastPrefix: String?

  func matches(_ folded: String, at position: Int) -> Bool {
    if position == words.count - 1, let lastPrefix { return folded.hasPrefix(lastPrefix) }
    return words[position].contains(folded)
  }
}

public struct SearchResult: Sendable, Equatable {
  public var sectionID: String
  public var articleID: String
  public var articleTitle: String
  public var sectionTitle: String
  /// Higher is better; only meaningful for comparing results of one query.
  public var score: Double
  public var snippet: Snippet

  public init(
    sectionID: String, articleID: String, articleTitle: String, sectionTitle: String,
    score: Double, snippet: Snippet
  ) {
    self.sectionID = sectionID
    self.articleID = articleID
    self.articleTitle = articleTitle
    self.sectionTitle = sectionTitle
    self.score = score
    self.snippet = snippet
  }
}

/// A short fragment of a section with the matched words located.
public struct Snippet: Sendable, Equatable {
  public var text: String
  /// Character offsets in `text` of the matched words, in order, not overlapping.
  public var highlights: [Range<Int>]

  public init(text: String, highlights: [Range<Int>] = []) {
    self.text = text
    self.highlights = highlights
  }

  /// The text with every highlight wrapped in `open` and `close`.
  public func marked(open: String = "**", close: String = "**") -> String {
    var result = ""
    var position = 0
    let characters = Array(text)
    for range in highlights
    where range.lowerBound >= position && range.upperBound <= characters.count {
      result += String(characters[position..<range.lowerBound])
      result += open + String(characters[range]) + close
      position = range.upperBound
    }
    return result + String(characters[position...])
  }
}

/// Words as runs of letters and digits, the way the index tokenizer sees them.
enum WordScanner {
  /// Works on UTF-8 bytes: walking Characters was most of a snippet's cost. A scalar is
  /// classed as its Character would be (`isLetter`/`isNumber` look at the first scalar);
  /// combining marks and other extenders continue the Character before them.
  static func words(in text: String) -> [Range<String.Index>] {
    let utf8 = text.utf8
    var ranges: [Range<String.Index>] = []
    var start: String.Index?
    var index = utf8.startIndex
    var previousIsWord = false
    while index < utf8.endIndex {
      let byte = utf8[index]
      let isWord: Bool
      let next: String.Index
      if byte < 0x80 {
        isWord =
          (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
          || (byte >= 0x30 && byte <= 0x39)
        next = utf8.index(after: index)
      } else {
        let scalar = text.unicodeScalars[index]
        let properties = scalar.properties
        if properties.isGraphemeExtend || properties.generalCategory == .spacingMark
          || scalar == "\u{200D}"
        {
          isWord = previousIsWord
        } else {
          isWord = properties.isAlphabetic || properties.numericType != nil
        }
        next = text.unicodeScalars.index(after: index)
      }
      if isWord {
        if start == nil { start = index }
      } else if let begin = start {
        ranges.append(begin..<index)
        start = nil
      }
      previousIsWord = isWord
      index = next
    }
    if let begin = start { ranges.append(begin..<text.endIndex) }
    return ranges
  }
}
