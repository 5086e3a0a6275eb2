import BaclofenText

/// A box drawn with line glyphs (ASCII where the terminal cannot show them): the withdrawal
/// warning's frame on screen, and boxes inside laid-out text (callouts, the result's warning).
struct Frame: Widget {
  var glyphs: Glyphs
  var style: TextStyle
  /// Written into the bottom edge at the right ("40% ↑↓").
  var label = ""

  func render(in area: Rect, buffer: inout ScreenBuffer) {
    guard area.width >= 2, area.height >= 2 else { return }
    let c = glyphs.corners
    let bar = String(repeating: glyphs.horizontal, count: area.width - 2)
    buffer.put(c.topLeft + bar + c.topRight, x: area.x, y: area.y, style: style)
    for y in (area.y + 1)..<(area.bottom - 1) {
      buffer.put(glyphs.vertical, x: area.x, y: y, style: style)
      buffer.put(glyphs.vertical, x: area.right - 1, y: y, style: style)
    }
    buffer.put(c.bottomLeft + bar + c.bottomRight, x: area.x, y: area.bottom - 1, style: style)
    if !label.isEmpty {
      buffer.put(
        label, x: area.right - 2 - label.displayWidth, y: area.bottom - 1, style: style)
    }
  }

  /// `content` (laid out `inner` columns wide) inside a box `inner + 4` columns wide, as lines
  /// to place in a page of text.
  func lines(around content: [StyledLine], inner: Int) -> [StyledLine] {
    let c = glyphs.corners
    let bar = String(repeating: glyphs.horizontal, count: max(0, inner + 2))
    var lines = [StyledLine(c.topLeft + bar + c.topRight, style)]
    for line in content {
      let pad = String(repeating: " ", count: max(0, inner - line.plainText.displayWidth))
      lines.append(
        StyledLine(
          [Span(glyphs.vertical + " ", style)] + line.spans
            + [Span(pad + " " + glyphs.vertical, style)]))
    }
    lines.append(StyledLine(c.bottomLeft + bar + c.bottomRight, style))
    return lines
  }
}
