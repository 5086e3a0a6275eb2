import BaclofenText

/// The safety line at the top of every screen: the one thing nobody should miss, with the key
/// that opens the withdrawal warning on the screen in front.
struct Banner: Widget {
  var glyphs: Glyphs
  /// "w", or "F2" where letters are typed into a search line.
  var key = "w"

  /// The longest wording that fits `width` columns.
  func text(width: Int) -> String {
    let sign = glyphs.warning
    let dash = glyphs.dash
    let candidates = [
      "\(sign) Never stop baclofen suddenly \(dash) press \(key) for the withdrawal warning",
      "\(sign) Never stop baclofen suddenly \(dash) press \(key) for the warning",
      "\(sign) Never stop baclofen suddenly \(dash) press \(key)",
      "Never stop baclofen suddenly: press \(key)",
      "Never stop baclofen suddenly (\(key))",
    ]
    return candidates.first { $0.displayWidth <= width - 2 } ?? candidates.last!
  }

  func render(in area: Rect, buffer: inout ScreenBuffer) {
    let text = self.text(width: area.width)
    let style: TextStyle = [.warning, .reverse, .bold]
    buffer.fill(y: area.y, from: area.x, to: area.right, style: style)
    buffer.put(
      text, x: area.x + max(0, (area.width - text.displayWidth) / 2), y: area.y, style: style,
      limit: area.right)
  }
}
