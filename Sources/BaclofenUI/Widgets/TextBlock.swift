/// Lines drawn from `offset` down, clipped to the area: the reader, help, any page of text.
struct TextBlock: Widget {
  var lines: [StyledLine]
  var offset = 0

  func render(in area: Rect, buffer: inout ScreenBuffer) {
    for (row, line) in lines.dropFirst(max(0, offset)).prefix(area.height).enumerated() {
      buffer.put(line, x: area.x, y: area.y + row, limit: area.right)
    }
  }
}
