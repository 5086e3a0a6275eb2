import BaclofenContent
import BaclofenText

/// `w`: the withdrawal warning, from anywhere. A bordered box with the word WARNING (so it
/// does not depend on colour), the points by group, each with the sections it comes from.
extension AppState {
  /// The box: columns and rows.
  private var withdrawalBox: (x: Int, width: Int, top: Int, height: Int) {
    let boxWidth = min(width, 92)
    return ((width - boxWidth) / 2, boxWidth, 1, height - 2)
  }

  /// Inner lines, `width` columns wide.
  func withdrawalLines(width inner: Int) -> [StyledLine] {
    let warning = env.withdrawal
    let layout = SectionLayout(width: inner, ascii: env.glyphs.ascii)
    var lines = layout.wrap(
      RichText("\(env.glyphs.warning) WARNING: \(warning.title.terminalSafe)"),
      style: [.bold, .warning], indent: "", hanging: "")
    lines += layout.wrap(
      RichText(
        "Information, not medical advice. Talk to your prescriber before lowering or "
          + "stopping a dose."), style: .dim, indent: "", hanging: "")
    for group in warning.groups {
      lines.append(StyledLine())
      lines += layout.wrap(
        RichText(group.terminalSafe), style: [.bold, .heading], indent: "", hanging: "")
      for point in warning.points where point.group == group {
        lines += layout.wrap(
          RichText(point.text), style: [], indent: env.glyphs.bullet + " ", hanging: "  ")
        let sources = env.sourceNames(point.sources)
        lines += layout.wrap(
          RichText("Source: " + sources), style: .dim, indent: "  ", hanging: "  ")
      }
    }
    return lines
  }

  private var withdrawalInner: (width: Int, height: Int) {
    let box = withdrawalBox
    return (max(8, box.width - 4), max(1, box.height - 2))
  }

  mutating func handleWithdrawal(_ event: Event, scroll: Int) -> [Effect] {
    let inner = withdrawalInner
    let limit = max(0, withdrawalLines(width: inner.width).count - inner.height)
    switch event {
    case .key(let key):
      if let moved = Self.scrolled(scroll, by: key, page: inner.height - 1, limit: limit) {
        overlay = .withdrawal(scroll: moved)
        return []
      }
      switch key {
      case .character("w"), .control("w"), .function(2):
        // The warning key always shows the warning, never hides it: back to its top.
        overlay = .withdrawal(scroll: 0)
      case .escape, .backspace, .left, .character("h"), .enter:
        closeOverlay()
      default:
        return handleGlobal(key) ?? []
      }
    case .mouse(let mouse):
      switch mouse.action {
      case .wheelUp: overlay = .withdrawal(scroll: max(0, scroll - 3))
      case .wheelDown: overlay = .withdrawal(scroll: min(limit, scroll + 3))
      case .click:
        if mouse.y == height - 1, let key = footerKey(atColumn: mouse.x) {
          return handleWithdrawal(.key(key), scroll: scroll)
        }
      }
    default: break
    }
    return []
  }

  func renderWithdrawal(into screen: inout ScreenBuffer, scroll: Int) {
    let box = withdrawalBox
    let inner = withdrawalInner
    let g = env.glyphs
    let frame: TextStyle = [.frame, .warning, .bold]
    let right = box.x + box.width - 1
    let bottom = box.top + box.height - 1
    let bar = String(repeating: g.horizontal, count: max(0, box.width - 2))
    screen.put(g.corners.topLeft + bar + g.corners.topRight, x: box.x, y: box.top, style: frame)
    screen.put(
      g.corners.bottomLeft + bar + g.corners.bottomRight, x: box.x, y: bottom, style: frame)
    let lines = withdrawalLines(width: inner.width)
    for row in 0..<inner.height {
      let y = box.top + 1 + row
      screen.put(g.vertical, x: box.x, y: y, style: frame)
      screen.put(g.vertical, x: right, y: y, style: frame)
      let index = scroll + row
      if index < lines.count { screen.put(lines[index], x: box.x + 2, y: y, limit: right - 1) }
    }
    if lines.count > inner.height {
      let shown = min(100, (scroll + inner.height) * 100 / lines.count)
      let more = " \(shown)% \(g.arrows.up)\(g.arrows.down) "
      screen.put(more, x: right - more.displayWidth - 1, y: bottom, style: frame)
    }
    screen.cursor = Point(x: box.x + 2, y: box.top + 1)
  }
}
