/// Word wrapping by display width. Returns character offsets rather than strings so that
/// callers can carry styles (highlights, emphasis) across the line breaks.
public enum Wrap {
  /// Splits `text` into lines of at most `width` columns. Breaks at spaces; a line may also
  /// break before or after a wide (CJK) character, and a word longer than a whole line is cut
  /// between graphemes. Spaces at a break are dropped. Each range indexes `Array(text)`.
  /// `firstLineWidth`, when given, is the room on the first line (after a longer or shorter
  /// lead-in such as a bullet or a label).
  public static func lines(
    _ text: String, width fullWidth: Int, firstLineWidth: Int? = nil
  ) -> [Range<Int>] {
    let characters = Array(text)
    var lines: [Range<Int>] = []
    var width: Int { max(1, lines.isEmpty ? (firstLineWidth ?? fullWidth) : fullWidth) }
    var lineStart = 0
    var lineEnd = 0  // end of the last word placed on the line
    var lineWidth = 0
    var index = 0
    func skipSpaces() {
      while index < characters.count, characters[index] == " " { index += 1 }
    }
    skipSpaces()
    lineStart = index
    lineEnd = index
    while index < characters.count {
      // A word: a run of non-space characters, or one wide character on its own.
      let wordStart = index
      var wordWidth = 0
      if characters[index].displayWidth == 2 {
        wordWidth = 2
        index += 1
      } else {
        while index < characters.count, characters[index] != " ",
          characters[index].displayWidth != 2
        {
          wordWidth += characters[index].displayWidth
          index += 1
        }
      }
      // Closing punctuation never starts a line (CJK line-breaking rules): keep it with
      // the word before it.
      while index < characters.count, noLineStart.contains(characters[index]) {
        wordWidth += characters[index].displayWidth
        index += 1
      }
      let gap = lineEnd > lineStart ? spaceWidth(characters, from: lineEnd, to: wordStart) : 0
      if lineWidth + gap + wordWidth <= width {
        lineWidth += gap + wordWidth
        lineEnd = index
      } else if wordWidth <= width {
        if lineEnd > lineStart { lines.append(lineStart..<lineEnd) }
        lineStart = wordStart
        lineEnd = index
        lineWidth = wordWidth
      } else {
        // Longer than a line: fill the current line, then cut between graphemes.
        if lineEnd > lineStart { lines.append(lineStart..<lineEnd) }
        lineStart = wordStart
        lineWidth = 0
        for position in wordStart..<index {
          let w = characters[position].displayWidth
          if lineWidth + w > width {
            lines.append(lineStart..<position)
            lineStart = position
            lineWidth = 0
          }
          lineWidth += w
        }
        lineEnd = index
      }
      // Spaces after the word count only if another word follows on the same line.
      skipSpaces()
    }
    if lineEnd > lineStart || lines.isEmpty { lines.append(lineStart..<max(lineStart, lineEnd)) }
    return lines
  }

  /// Characters that may not begin a line: CJK closing punctuation and marks.
  static let noLineStart: Set<Character> = [
    "、", "。", "，", "．", "！", "？", "：", "；", "）", "」", "』", "】", "〉", "》", "〕",
    "］", "｝", "ー", "…", "・", "々", "ゝ", "ゞ", "ぁ", "ぃ", "ぅ", "ぇ", "ぉ", "っ", "ゃ", "ゅ",
    "ょ", "ァ", "ィ", "ゥ", "ェ", "ォ", "ッ", "ャ", "ュ", "ョ",
  ]

  /// Wrapped lines as strings.
  public static func strings(_ text: String, width: Int, firstLineWidth: Int? = nil) -> [String] {
    let characters = Array(text)
    return lines(text, width: width, firstLineWidth: firstLineWidth).map { String(characters[$0]) }
  }

  private static func spaceWidth(_ characters: [Character], from: Int, to: Int) -> Int {
    guard from < to else { return 0 }
    return characters[from..<to].reduce(0) { $0 + $1.displayWidth }
  }
}
