/// What a search returns: ranked sections, the correction applied to the query if any, and
/// enough about the query's words for the reader to highlight them.
public struct SearchResponse: Sendable, Equatable {
  /// The text as the user typed it.
  public var query: String
  /// The query with misspelt words replaced ("baclofen withdrawal" for "baclofin withdrawl"),
  /// or nil when every word was found as typed.
  public var correctedQuery: String?
  public var results: [SearchResult]
  /// More sections match than `results` holds: it was cut at the limit.
  public var moreResults = false
  /// Whether the best result answers the query directly, or is only the closest match.
  public var match: MatchStrength = .none
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
  /// stem variants (e.g. "seizure" also marks "seizures"); a phrase is one range, and a word
  /// that only belongs to phrases ("the" of "lowering the dose") is marked only inside one, as
  /// in snippets.
  public func matchRanges(in text: String) -> [Range<String.Index>] {
    guard !matchWords.isEmpty || !matchPrefixes.isEmpty else { return [] }
    let (words, _, matched, joined) = QuickSnippet.Matcher(self).match(text)
    var ranges: [Range<String.Index>] = []
    for index in words.indices where matched[index] {
      if index > 0, matched[index - 1], joined[index - 1], let last = ranges.last {
        ranges[ranges.count - 1] = last.lowerBound..<words[index].upperBound
      } else {
        ranges.append(words[index])
      }
    }
    return ranges
  }
}

/// How directly a search's best result answers it: `strong` when it holds most of what the
/// query is about; `weak` when only question or filler words match, or the query's key words
/// are not in the best section or not in the library ("closest matches"); `none` when nothing
/// matches.
public enum MatchStrength: String, Sendable, Equatable {
  case strong, weak, none
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
    // Walks the text's indices once: an array of its characters was half of writing the
    // results of a bundled search.
    let count = text.count
    var result = ""
    var position = 0
    var index = text.startIndex
    for range in highlights where range.lowerBound >= position && range.upperBound <= count {
      let start = text.index(index, offsetBy: range.lowerBound - position)
      let end = text.index(start, offsetBy: range.count)
      // Substrings appended as such: the generic `+` of sequences cost a scan of the
      // runtime's conformance records at its first use.
      result.append(contentsOf: text[index..<start])
      result += open
      result.append(contentsOf: text[start..<end])
      result += close
      (index, position) = (end, range.upperBound)
    }
    result.append(contentsOf: text[index...])
    return result
  }
}

/// Words as runs of letters and digits, the way the index tokenizer sees them.
enum WordScanner {
  static func words(in text: String) -> [Range<String.Index>] {
    var text = text
    return indices(text.withUTF8(byteRanges), in: text)
  }

  /// UTF-8 offsets of `text` as its indices.
  static func indices(_ offsets: [Range<Int>], in text: String) -> [Range<String.Index>] {
    // Each index from the one before: every step is short whatever the text's length.
    let utf8 = text.utf8
    var index = utf8.startIndex
    var offset = 0
    func advance(to target: Int) -> String.Index {
      index = utf8.index(index, offsetBy: target - offset)
      offset = target
      return index
    }
    return offsets.map { advance(to: $0.lowerBound)..<advance(to: $0.upperBound) }
  }

  /// Word ranges as UTF-8 offsets. Works on bytes: walking Characters was most of a
  /// snippet's cost. A scalar is classed as its Character would be (`isLetter`/`isNumber`
  /// look at the first scalar); combining marks and other extenders continue the Character
  /// before them.
  static func byteRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start = -1
    var previousIsWord = false
    var i = 0
    while i < bytes.count {
      let byte = bytes[i]
      var length = 1
      let isWord: Bool
      if byte < 0x80 {
        isWord = (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10
      } else {
        let value: UInt32
        (value, length) = decode(bytes, at: i)
        let properties = Unicode.Scalar(value)?.properties
        if let properties,
          properties.isGraphemeExtend || properties.generalCategory == .spacingMark
            || value == 0x200D
        {
          isWord = previousIsWord
        } else {
          isWord = properties.map { $0.isAlphabetic || $0.numericType != nil } ?? false
        }
      }
      if isWord, start < 0 { start = i }
      if !isWord, start >= 0 {
        ranges.append(start..<i)
        start = -1
      }
      previousIsWord = isWord
      i += length
    }
    if start >= 0 { ranges.append(start..<bytes.count) }
    return ranges
  }

  /// The scalar starting at `i` of valid UTF-8 (a Swift string's bytes) and its length.
  private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
    let lead = UInt32(bytes[i])
    func next(_ k: Int) -> UInt32 { i + k < bytes.count ? UInt32(bytes[i + k] & 0x3F) : 0 }
    if lead < 0xE0 { return ((lead & 0x1F) << 6 | next(1), 2) }
    if lead < 0xF0 { return ((lead & 0x0F) << 12 | next(1) << 6 | next(2), 3) }
    return ((lead & 0x07) << 18 | next(1) << 12 | next(2) << 6 | next(3), 4)
  }
}
