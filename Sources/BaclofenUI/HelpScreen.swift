import BaclofenText

/// `?`: every key, grouped. Any key closes it (scroll keys scroll first when it is taller
/// than the screen).
extension AppState {
  struct HelpGroup {
    var title: String
    var keys: [(String, String)]
  }

  var helpGroups: [HelpGroup] {
    let a = env.glyphs.arrows
    return [
      HelpGroup(
        title: "Reading",
        keys: [
          ("\(a.up) \(a.down) j k", "line up / down"),
          ("PgUp PgDn", "page up / down"),
          ("space b", "page down / up"),
          ("g G Home End", "top / bottom"),
          ("[ ]", "prev / next section"),
          ("Tab", "contents / reader"),
          ("c", "full-width reading"),
          ("Enter", "open; fold an article"),
          ("Esc \(a.left) h Bksp", "back"),
          ("\(a.right) l", "forward"),
        ]),
      HelpGroup(
        title: "Search",
        keys: [
          ("/", "search as you type"),
          ("\(a.up) \(a.down) Enter", "choose, open a result"),
          ("n N", "next / previous match"),
          ("Ctrl-U", "clear the search line"),
          ("Esc", "close the search"),
        ]),
      HelpGroup(
        title: "Is baclofen for you?",
        keys: [
          ("1-9", "choose an answer"),
          ("\(a.up) \(a.down) Enter", "move, choose"),
          ("Bksp", "previous question"),
          ("Tab Enter", "open a source"),
          ("r e", "change answers, save"),
        ]),
      HelpGroup(
        title: "Anywhere",
        keys: [
          ("w", "withdrawal warning"),
          ("Ctrl-W F2", "it, while searching"),
          ("s F3", "Is baclofen for you?"),
          ("? F1", "this help"),
          ("q Ctrl-C", "quit"),
          ("Mouse", "wheel, click to open"),
        ]),
    ]
  }

  /// One column of groups as lines `width` wide.
  private func helpColumn(_ groups: [HelpGroup], width: Int) -> [StyledLine] {
    let keyWidth = 14
    let width = width - 1
    let indent = " "
    var lines: [StyledLine] = []
    for group in groups {
      if !lines.isEmpty { lines.append(StyledLine()) }
      lines.append(StyledLine(group.title, [.bold, .heading]))
      for (key, does) in group.keys {
        lines.append(
          StyledLine([
            Span(indent + key.padded(toWidth: keyWidth - indent.count), [.key, .bold]),
            Span(does.truncated(toWidth: max(1, width - keyWidth))),
          ]))
      }
    }
    return lines
  }

  /// The help text at the current width: two columns when there is room.
  var helpLines: [StyledLine] {
    let groups = helpGroups
    let width = min(width, 96)
    var lines = [StyledLine("Keys", [.bold, .heading]), StyledLine()]
    if width >= 80 {
      let column = (width - 4) / 2
      let left = helpColumn([groups[0]], width: column)
      let right = helpColumn(Array(groups[1...]), width: column)
      for index in 0..<max(left.count, right.count) {
        var line = index < left.count ? left[index] : StyledLine()
        let pad = column - line.plainText.displayWidth
        line.spans.append(Span(String(repeating: " ", count: max(1, pad))))
        if index < right.count { line.spans += right[index].spans }
        lines.append(line)
      }
    } else {
      lines += helpColumn(groups, width: width - 4)
    }
    lines.append(StyledLine())
    lines.append(
      StyledLine(
        "Information, not medical advice: talk to your prescriber before any change.", .dim))
    return lines
  }

  private var helpHeight: Int { height - 2 }

  mutating func handleHelp(_ event: Event, scroll: Int) -> [Effect] {
    let limit = max(0, helpLines.count - helpHeight)
    switch event {
    case .key(let key):
      if limit > 0, let moved = Self.scrolled(scroll, by: key, page: helpHeight - 1, limit: limit) {
        overlay = .help(scroll: moved)
        return []
      }
      switch key {
      case .character("w"), .control("w"), .function(2), .character("s"), .function(3),
        .character("/"), .character("q"), .control("c"):
        overlay = nil
        return handleGlobal(key) ?? []
      default:
        closeOverlay()
      }
    case .mouse(let mouse):
      switch mouse.action {
      case .wheelUp: overlay = .help(scroll: max(0, scroll - 3))
      case .wheelDown: overlay = .help(scroll: min(limit, scroll + 3))
      case .click: closeOverlay()
      }
    default: break
    }
    return []
  }

  func renderHelp(into screen: inout ScreenBuffer, scroll: Int) {
    let lines = helpLines
    for (offset, line) in lines.dropFirst(scroll).prefix(helpHeight).enumerated() {
      screen.put(line, x: 2, y: 1 + offset, limit: width - 1)
    }
    if lines.count > helpHeight {
      let more = "\(env.glyphs.arrows.up)\(env.glyphs.arrows.down) more"
      screen.put(more, x: width - more.displayWidth - 1, y: 1, style: .dim)
    }
    screen.cursor = Point(x: 2, y: 1)
  }
}
