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

  /// Parses text in which matches are wrapped in `open`/`close` marker characters. Works on
  /// scalars (comparing Characters to the private-use marks was slow) and counts Characters
  /// a piece at a time.
  static func parse(marked: String, open: Character, close: Character) -> Snippet {
    guard let openMark = open.unicodeScalars.first, let closeMark = close.unicodeScalars.first
    else { return Snippet(text: marked) }
    var text = ""
    var highlights: [Range<Int>] = []
    var count = 0
    var start: Int?
    var piece = String.UnicodeScalarView()
    func flush() {
      guard !piece.isEmpty else { return }
      let part = String(piece)
      text += part
      count += part.count
      piece.removeAll(keepingCapacity: true)
    }
    for scalar in marked.unicodeScalars {
      if scalar == openMark {
        flush()
        start = count
      } else if scalar == closeMark {
        flush()
        if let begin = start, begin < count { highlights.append(begin..<count) }
        start = nil
      } else {
        piece.append(scalar == "\n" ? " " : scalar)
      }
    }
    flush()
    return Snippet(text: text, highlights: highlights)
  }
}

/// Words as runs of letters and digits, the way the index tokenizer sees them.
enum WordScanner {
  static func words(in text: String) -> [Range<String.Index>] {
    var ranges: [Range<String.Index>] = []
    var start: String.Index?
    var index = text.startIndex
    while index < text.endIndex {
      let next = text.index(after: index)
      let character = text[index]
      if character.isLetter || character.isNumber {
        if start == nil { start = index }
      } else if let begin = start {
        ranges.append(begin..<index)
        start = nil
      }
      index = next
    }
    if let begin = start { ranges.append(begin..<text.endIndex) }
    return ranges
  }
}
