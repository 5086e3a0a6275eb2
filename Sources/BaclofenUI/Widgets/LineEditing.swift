import BaclofenText

/// A one-line editor's moves, as a shell line has them: the cursor is a character offset.
enum LineEditing {
  /// ← → Home End (and Ctrl-B Ctrl-F Ctrl-A Ctrl-E): where the cursor goes.
  static func move(_ cursor: Int, by key: Key, in text: String) -> Int {
    let target: Int
    switch key {
    case .left, .control("b"): target = cursor - 1
    case .right, .control("f"): target = cursor + 1
    case .home, .control("a"): target = 0
    case .end, .control("e"): target = text.count
    default: target = cursor
    }
    return min(max(0, target), text.count)
  }

  /// What an editing key does to the line (typing, Backspace, Ctrl-W, Ctrl-U and the moves):
  /// the new text and cursor, nil for a key that does not edit.
  static func edit(_ text: String, cursor: Int, key: Key) -> (text: String, cursor: Int)? {
    var characters = Array(text)
    let cursor = min(max(0, cursor), characters.count)
    switch key {
    case .character(let c):
      characters.insert(c, at: cursor)
      return (String(characters), cursor + 1)
    case .backspace:
      guard cursor > 0 else { return (text, 0) }
      characters.remove(at: cursor - 1)
      return (String(characters), cursor - 1)
    case .control("w"):
      let start = wordStart(before: cursor, in: text)
      characters.removeSubrange(start..<cursor)
      return (String(characters), start)
    case .control("u"): return ("", 0)
    case .left, .right, .home, .end, .control("a"), .control("e"), .control("b"), .control("f"):
      return (text, move(cursor, by: key, in: text))
    default: return nil
    }
  }

  /// Ctrl-W: the start of the word before the cursor (spaces before it go with it).
  static func wordStart(before cursor: Int, in text: String) -> Int {
    let characters = Array(text)
    var start = min(cursor, characters.count)
    while start > 0, characters[start - 1] == " " { start -= 1 }
    while start > 0, characters[start - 1] != " " { start -= 1 }
    return start
  }

  /// The part of `text` shown in `width` columns, keeping the cursor in sight, and the
  /// cursor's column in it. A cut at either end is marked "…".
  static func window(_ text: String, cursor: Int, width: Int) -> (shown: String, column: Int) {
    let width = max(2, width)
    let characters = Array(text.terminalSafe)
    let cursor = min(max(0, cursor), characters.count)
    let before = String(characters[..<cursor])
    if before.displayWidth < width {
      return (String(characters).truncated(toWidth: width), before.displayWidth)
    }
    // The cursor near the right edge: as much before it as fits after a leading "…".
    var start = cursor
    var used = 1
    while start > 0, used + characters[start - 1].displayWidth < width {
      start -= 1
      used += characters[start].displayWidth
    }
    let rest = String(characters[cursor...]).truncated(toWidth: max(0, width - used))
    return ("…" + String(characters[start..<cursor]) + rest, used)
  }
}
