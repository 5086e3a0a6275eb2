import BaclofenText

/// `?`: every key, grouped. Any key closes it (scroll keys scroll first when it is taller
/// than the screen).
struct HelpScreen: Sendable, Hashable {
  var scroll = 0

  struct HelpGroup {
    var title: String
    var keys: [(String, String)]
  }

  /// Help's own keys before the global ones: `?` and F1 close it rather than open it again.
  static func claims(_ key: Key) -> Bool { [.character("?"), .function(1)].contains(key) }

  static func groups(_ glyphs: Glyphs) -> [HelpGroup] {
    let a = glyphs.arrows
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
  private static func column(_ groups: [HelpGroup], width: Int) -> [StyledLine] {
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
  static func lines(_ context: ScreenContext) -> [StyledLine] {
    let groups = Self.groups(context.glyphs)
    let width = min(context.width, 96)
    var lines = [StyledLine("Keys", [.bold, .heading]), StyledLine()]
    if width >= 80 {
      let column = (width - 4) / 2
      let left = Self.column([groups[0]], width: column)
      let right = Self.column(Array(groups[1...]), width: column)
      for index in 0..<max(left.count, right.count) {
        var line = index < left.count ? left[index] : StyledLine()
        let pad = column - line.plainText.displayWidth
        line.spans.append(Span(String(repeating: " ", count: max(1, pad))))
        if index < right.count { line.spans += right[index].spans }
        lines.append(line)
      }
    } else {
      lines += Self.column(groups, width: width - 4)
    }
    lines.append(StyledLine())
    lines.append(
      StyledLine(
        "Information, not medical advice: talk to your prescriber before any change.", .dim))
    return lines
  }

  private static func rows(_ context: ScreenContext) -> Int { context.height - 2 }

  mutating func update(_ event: Event, _ context: ScreenContext) -> [Message] {
    let lines = Self.lines(context)
    let height = Self.rows(context)
    let limit = max(0, lines.count - height)
    switch event {
    case .key(let key):
      if limit > 0, let moved = AppState.scrolled(scroll, by: key, page: height - 1, limit: limit) {
        scroll = moved
        return []
      }
      return [.pop]
    case .mouse(let mouse):
      switch mouse.action {
      case .wheelUp: scroll = max(0, scroll - 3)
      case .wheelDown: scroll = min(limit, scroll + 3)
      case .click: return [.pop]
      }
    default: break
    }
    return []
  }

  func render(in area: Rect, buffer screen: inout ScreenBuffer, _ context: ScreenContext) {
    let lines = Self.lines(context)
    let height = Self.rows(context)
    TextBlock(lines: lines, offset: scroll).render(
      in: Rect(x: 2, y: 1, width: context.width - 3, height: height), buffer: &screen)
    if lines.count > height {
      let more = "\(context.glyphs.arrows.up)\(context.glyphs.arrows.down) more"
      screen.put(more, x: context.width - more.displayWidth - 1, y: 1, style: .dim)
    }
    screen.cursor = Point(x: 2, y: 1)
  }
}
