import GRDB

/// Snippets cut in Swift from the section's stored text. FTS5's `snippet()` re-runs the whole
/// match expression for each row: most of a query's time in the bundled library, and longer
/// than finding the rows in a 10,000-article one.
enum QuickSnippet {
  static let windowWords = 24

  /// The `windowWords` words with the most distinct matches (then the most matches), with
  /// every match marked, "…" where text was cut; the title when the body has no match.
  static func make(body scanned: ScannedText, title: String, matcher: Matcher) -> Snippet {
    let body = scanned.text
    let (words, folded, matched, joined) = matcher.match(scanned)
    guard matched.contains(true) else {
      return fallback(body: body, title: title, words: words, matcher: matcher)
    }
    var best = (start: 0, distinct: -1, count: -1)
    var seen: [String] = []
    for start in words.indices where matched[start] || start == 0 {
      seen.removeAll(keepingCapacity: true)
      var count = 0
      for index in start..<min(words.count, start + windowWords) where matched[index] {
        guard let word = folded[index] else { continue }
        count += 1
        if !seen.contains(word) { seen.append(word) }
      }
      if (seen.count, count) > (best.distinct, best.count) {
        best = (start, seen.count, count)
      }
    }
    // Start a few words before the first match, as FTS5 does, when the window allows.
    let start = max(0, min(best.start - 3, words.count - windowWords))
    return cut(body, words: words, matched: matched, joined: joined, from: start)
  }

  private static func fallback(
    body: String, title: String, words: [Range<String.Index>], matcher: Matcher
  ) -> Snippet {
    if !words.isEmpty {
      return cut(body, words: words, matched: words.map { _ in false }, from: 0)
    }
    let (titleWords, _, matched, joined) = matcher.match(title)
    return cut(title, words: titleWords, matched: matched, joined: joined, from: 0)
  }

  private static func cut(
    _ text: String, words: [Range<String.Index>], matched: [Bool], joined: [Bool] = [],
    from start: Int
  ) -> Snippet {
    guard !words.isEmpty else { return Snippet(text: String(clip(text[...]))) }
    let end = min(words.count, start + windowWords)
    let lower = start == 0 ? text.startIndex : words[start].lowerBound
    let upper = end == words.count ? text.endIndex : words[end - 1].upperBound
    var output = start == 0 ? "" : "…"
    var count = output.count
    var highlights: [Range<Int>] = []
    var position = lower
    var previous = -1
    for index in start..<end where matched[index] {
      let piece = clip(oneLine(text[position..<words[index].lowerBound]))
      // `append(contentsOf:)` of a `Substring`, not the generic `+=` of a sequence, whose
      // first use cost a search a scan of the runtime's conformance records.
      output.append(contentsOf: piece)
      let word = clip(text[words[index]])
      output.append(contentsOf: word)
      if index == previous + 1, index > start, index - 1 < joined.count,
        joined[index - 1], let last = highlights.last
      {
        highlights[highlights.count - 1] = last.lowerBound..<(count + piece.count + word.count)
      } else {
        highlights.append((count + piece.count)..<(count + piece.count + word.count))
      }
      count += piece.count + word.count
      position = words[index].upperBound
      previous = index
    }
    output.append(contentsOf: clip(oneLine(text[position..<upper])))
    if end < words.count { output += "…" }
    return Snippet(text: output, highlights: highlights)
  }

  /// Longer runs are cut with "…": a snippet stays a few lines whatever the text holds (a
  /// megabyte-long "word" must not become a megabyte-long snippet).
  static let maximumRun = 200

  private static func clip(_ text: Substring) -> Substring {
    guard text.utf8.count > maximumRun, text.count > maximumRun else { return text }
    return text.prefix(maximumRun - 1) + "…"
  }

  /// Text between matches on one line. A line break after a sentence becomes a space; one
  /// after a list item or heading that has no closing punctuation becomes " · ", so that
  /// "cravings for alcohol" and "You have liver disease" do not run into one sentence.
  private static func oneLine(_ text: Substring) -> Substring {
    // The stored text breaks lines with "\n" only; bytes keep this cheap on every snippet.
    guard text.utf8.contains(0x0A) else { return text }
    let base = text.base.utf8
    // The byte before this text may end the match just before it.
    var previous: [UInt8] = []
    var index = text.startIndex
    while index > base.startIndex, previous.count < 3 {
      index = base.index(before: index)
      previous.insert(base[index], at: 0)
    }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count + 8)
    for byte in text.utf8 {
      guard byte == 0x0A else {
        bytes.append(byte)
        continue
      }
      let before = bytes.isEmpty ? previous : Array(bytes.suffix(3))
      bytes += endsSentence(before) ? [0x20] : Array(" \u{B7} ".utf8)
    }
    return Substring(String(decoding: bytes, as: UTF8.self))
  }

  /// Bytes after which a line break is already a pause: closing punctuation and spaces.
  private static let pauses = Array(".!?:;, \n".utf8)

  /// Whether text ending in `bytes` ends a sentence or clause (or is nothing, or a space).
  private static func endsSentence(_ bytes: [UInt8]) -> Bool {
    guard let last = bytes.last else { return true }
    return pauses.contains(last) || bytes.suffix(3).elementsEqual("…".utf8)
  }
}

extension SearchIndex {
  /// Snippets of `rows` cut in Swift (see `QuickSnippet`).
  func quickSnippets(_ db: Database, rows: [Int64], response: SearchResponse) throws
    -> [Int64: Snippet]
  {
    var snippets: [Int64: Snippet] = [:]
    let matcher = QuickSnippet.Matcher(response)
    for rowID in rows {
      guard
        let section = try scannedSections.get(
          rowID,
          read: { row in
            try db.texts(
              "SELECT body, sectionTitle FROM sections WHERE rowid = ?", row: row, columns: 0..<2,
              in: statements
            ).map { (body: ScannedText($0[0]), title: $0[1]) }
          })
      else { continue }
      snippets[rowID] = QuickSnippet.make(
        body: section.body, title: section.title, matcher: matcher)
    }
    return snippets
  }
}
