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
    // Printable ASCII (no carriage return, the one pair of bytes that is one character):
    // each byte is one character of width one, and splitting into characters, most of the
    // cost of wrapping, is skipped.
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
      return lines(ASCIICells(bytes: Array(text.utf8)), width: fullWidth, firstLineWidth)
    }
    return lines(CharacterCells(characters: Array(text)), width: fullWidth, firstLineWidth)
  }

  /// The characters of a text as wrapping sees them.
  protocol Cells {
    var count: Int { get }
    func isSpace(_ index: Int) -> Bool
    func width(_ index: Int) -> Int
    /// Closing punctuation that never starts a line.
    func neverStartsLine(_ index: Int) -> Bool
  }

  /// Compared by their bytes: `==` on a Character checks canonical equivalence, which took
  /// half of wrapping a line with quotes or dashes in it. Only U+0020 equals a space, and no
  /// character that begins with an ASCII byte is in `noLineStart`.
  struct CharacterCells: Cells {
    let characters: [Character]
    var count: Int { characters.count }
    func isSpace(_ index: Int) -> Bool {
      let bytes = characters[index].utf8
      return bytes.count == 1 && bytes.first == 0x20
    }
    func width(_ index: Int) -> Int { characters[index].displayWidth }
    func neverStartsLine(_ index: Int) -> Bool {
      guard let first = characters[index].utf8.first, first >= 0x80 else { return false }
      return noLineStart.contains(characters[index])
    }
  }

  struct ASCIICells: Cells {
    let bytes: [UInt8]
    var count: Int { bytes.count }
    func isSpace(_ index: Int) -> Bool { bytes[index] == 0x20 }
    func width(_ index: Int) -> Int { 1 }
    func neverStartsLine(_ index: Int) -> Bool { false }
  }

  static func lines<Text: Cells>(_ characters: Text, width fullWidth: Int, _ firstLineWidth: Int?)
    -> [Range<Int>]
  {
    var lines: [Range<Int>] = []
    var width: Int { max(1, lines.isEmpty ? (firstLineWidth ?? fullWidth) : fullWidth) }
    var lineStart = 0
    var lineEnd = 0  // end of the last word placed on the line
    var lineWidth = 0
    var index = 0
    func skipSpaces() {
      while index < characters.count, characters.isSpace(index) { index += 1 }
    }
    skipSpaces()
    lineStart = index
    lineEnd = index
    while index < characters.count {
      // A word: a run of non-space characters, or one wide character on its own.
      let wordStart = index
      var wordWidth = 0
      if characters.width(index) == 2 {
        wordWidth = 2
        index += 1
      } else {
        while index < characters.count, !characters.isSpace(index), characters.width(index) != 2 {
          wordWidth += characters.width(index)
          index += 1
        }
      }
      // Closing punctuation never starts a line (CJK line-breaking rules): keep it with
      // the word before it.
      while index < characters.count, characters.neverStartsLine(index) {
        wordWidth += characters.width(index)
        index += 1
      }
      let gap =
        lineEnd > lineStart ? (lineEnd..<wordStart).reduce(0) { $0 + characters.width($1) } : 0
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
          let w = characters.width(position)
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
}
