import BaclofenText
import BaclofenUI
import CNCurses
import Foundation

/// Draws screen buffers, sending curses only the cells that changed since the last frame.
struct Painter {
  var colors: Bool
  var utf8: Bool
  private var previous: ScreenBuffer?

  init(colors: Bool, utf8: Bool) {
    self.colors = colors
    self.utf8 = utf8
    if colors {
      start_color()
      use_default_colors()  // keep the terminal's own background
      init_pair(Pair.heading, Int16(COLOR_CYAN), -1)
      init_pair(Pair.highlight, Int16(COLOR_BLACK), Int16(COLOR_YELLOW))
      init_pair(Pair.warning, Int16(COLOR_RED), -1)
      init_pair(Pair.key, Int16(COLOR_CYAN), -1)
    }
  }

  private enum Pair {
    static let heading: Int16 = 1
    static let highlight: Int16 = 2
    static let warning: Int16 = 3
    static let key: Int16 = 4
  }

  /// Forgets the last frame so the next one repaints everything (Ctrl-L, after `fg`).
  mutating func invalidate() {
    previous = nil
    clearok(shim_curscr(), true)
  }

  mutating func draw(_ screen: ScreenBuffer) {
    let old = previous.flatMap { $0.width == screen.width && $0.height == screen.height ? $0 : nil }
    if old == nil { erase() }
    // Runs of cells share a style: its curses attributes are worked out once per run.
    var style: TextStyle?
    var styled: (attr_t, Int16) = (0, 0)
    for y in 0..<screen.height {
      var changed = (0..<screen.width).map { x in old.map { $0[x, y] != screen[x, y] } ?? true }
      // A wide character and its continuation cell are drawn together.
      for x in 0..<screen.width where changed[x] {
        if screen[x, y].isContinuation, x > 0 { changed[x - 1] = true }
      }
      for x in 0..<screen.width where changed[x] {
        let cell = screen[x, y]
        if cell.isContinuation { continue }
        // After `erase` a plain blank is already on the screen: most of a first frame.
        if old == nil, cell.character == " ", cell.style.isEmpty { continue }
        if cell.style != style {
          style = cell.style
          styled = attributes(cell.style)
        }
        put(cell, x: x, y: y, width: screen.width, attributes: styled)
      }
    }
    if let cursor = screen.cursor, cursor.y < screen.height, cursor.x < screen.width {
      curs_set(1)
      move(Int32(cursor.y), Int32(cursor.x))
    } else {
      curs_set(0)
    }
    refresh()
    previous = screen
  }

  private func put(_ cell: Cell, x: Int, y: Int, width: Int, attributes: (attr_t, Int16)) {
    let (attrs, pair) = attributes
    // The last line of defence: whatever a screen holds, no control character reaches the
    // terminal (and a line break or tab in a cell would move the cursor).
    // Printable ASCII, nearly every cell: no arrays to build (one UTF-8 byte is ASCII;
    // `asciiValue` cost a third of drawing a first frame's cells).
    let bytes = cell.character.utf8
    if bytes.count == 1, let ascii = bytes.first, ascii >= 0x20, ascii != 0x7F {
      var text: (wchar_t, wchar_t) = (wchar_t(ascii), 0)
      _ = withUnsafePointer(to: &text) {
        $0.withMemoryRebound(to: wchar_t.self, capacity: 2) {
          shim_put_cell(Int32(y), Int32(x), $0, attrs, pair)
        }
      }
      return
    }
    var text: [wchar_t]
    if utf8 {
      // A cell is one spacing character and the marks on it. A joined emoji sequence (ZWJ)
      // keeps its first picture only: terminals disagree on how wide the whole is, and a
      // guess that differs from layout's two columns breaks the borders.
      let scalars = cell.character.unicodeScalars
      let marks = scalars.dropFirst().prefix { $0 != "\u{200D}" }.filter { $0.displayWidth == 0 }
      text = ([scalars.first ?? " "] + marks).prefix(5).map {
        wchar_t(bitPattern: $0 == "\n" || $0 == "\t" ? 32 : $0.terminalSafe.value)
      }
    } else {
      let scalar = Self.ascii(cell.character)
      text = [wchar_t(scalar.value < 0x20 || scalar.value == 0x7F ? 0x3F : scalar.value)]
    }
    text.append(0)
    _ = shim_put_cell(Int32(y), Int32(x), text, attrs, pair)
    if !utf8 && cell.width == 2 && x + 1 < width {
      _ = shim_put_cell(Int32(y), Int32(x + 1), [32, 0], attrs, pair)
    }
  }

  private func attributes(_ style: TextStyle) -> (attr_t, Int16) {
    var attrs: attr_t = 0
    if style.contains(.bold) { attrs |= shim_a_bold() }
    if style.contains(.underline) { attrs |= shim_a_underline() }
    if style.contains(.reverse) || style.contains(.selected) { attrs |= shim_a_reverse() }
    if style.contains(.dim) { attrs |= shim_a_dim() }
    var pair: Int16 = 0
    if style.contains(.highlight) {
      // Without colour a match must still stand out: reverse, or underline on a
      // reversed row.
      attrs |= shim_a_bold()
      if colors {
        pair = Pair.highlight
      } else {
        attrs ^= shim_a_reverse()
        attrs |= shim_a_underline()
      }
    } else if colors {
      if style.contains(.warning) {
        pair = Pair.warning
      } else if style.contains(.heading) {
        pair = Pair.heading
      } else if style.contains(.key) {
        pair = Pair.key
      }
    }
    return (attrs, pair)
  }

  /// A printable ASCII stand-in when the locale cannot show Unicode.
  static func ascii(_ character: Character) -> Unicode.Scalar {
    if let scalar = character.unicodeScalars.first, scalar.isASCII { return scalar }
    switch character {
    case "‘", "’", "′": return "'"
    case "“", "”", "″": return "\""
    case "–", "—", "─", "·": return "-"
    case "…": return "."
    case "•": return "*"
    case "×": return "x"
    case "│": return "|"
    case "┌", "┐", "└", "┘": return "+"
    case "\u{A0}": return " "
    default:
      let base = String(character).decomposedStringWithCanonicalMapping.unicodeScalars.first
      return base.flatMap { $0.isASCII ? $0 : nil } ?? "?"
    }
  }
}
