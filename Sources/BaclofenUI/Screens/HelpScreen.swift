import BaclofenText

/// `?`: every key, grouped. Any key closes it (scroll keys scroll first when it is taller
/// than the screen).
struct HelpScreen: Screen, Hashable {
  var scroll = 0

  var name: String { "help" }
  var isTransient: Bool { true }
  func keymap(_ context: ScreenContext) -> Keymap<Action> { Self.keymap }

  struct HelpGroup {
    var title: String
    var keys: [(String, String)]
  }

  enum Action: KeyAction, Hashable {
    case global(GlobalAction)
    case close

    var global: GlobalAction? {
      if case .global(let action) = self { action } else { nil }
    }
  }

  /// Scroll keys scroll a help taller than the screen; every other key closes it, `?` and F1
  /// too, rather than open it again. The global keys still work.
  static let keymap = Keymap<Action>(
    title: "Help",
    bindings: [
      Binding(
        [.escape, .character("?"), .function(1), .character("q")], .close, help: "",
        footer: FooterHint("closes help", short: "closes", priority: 9, key: "any key"))
    ])

  /// Every screen's keys, from the keymaps that handle them.
  static func groups(_ glyphs: Glyphs) -> [HelpGroup] {
    [
      HelpGroup(title: "Reading", keys: Keymaps.home().ownHelpRows(glyphs)),
      HelpGroup(title: "Search", keys: SearchScreen.keymap.ownHelpRows(glyphs)),
      HelpGroup(title: "Withdrawal warning", keys: WithdrawalScreen.keymap.ownHelpRows(glyphs)),
      HelpGroup(
        title: "Is baclofen for you?", keys: QuestionnaireScreen.helpKeymap.ownHelpRows(glyphs)),
      HelpGroup(
        title: "Anywhere",
        keys: Keymaps.global.helpRows(glyphs) + [("Mouse", "wheel, click to open")]),
    ]
  }

  /// The number of groups in the left column when there are two.
  private static let leftGroups = 2

  /// One column of groups as lines `width` wide. The keys' column is as wide as the longest
  /// keys (ASCII names them in words: "Esc Left h Bksp"), so keys and words never touch.
  private static func column(_ groups: [HelpGroup], width: Int, keyWidth: Int) -> [StyledLine] {
    let width = width - 1
    let indent = " "
    var lines: [StyledLine] = []
    for group in groups {
      if !lines.isEmpty { lines.append(StyledLine()) }
      lines.append(StyledLine(group.title, [.bold, .heading]))
      for (key, does) in group.keys {
        lines.append(
          StyledLine([
            Span(indent + key.padded(toWidth: keyWidth - indent.count - 1) + " ", [.key, .bold]),
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
    let longest = groups.flatMap(\.keys).map(\.0.displayWidth).max() ?? 0
    let keyWidth = min(max(14, longest + 2), max(14, width / 3))
    var lines = [StyledLine("Keys", [.bold, .heading]), StyledLine()]
    // Two columns where each keeps room for its words beside the keys.
    if width >= 80, (width - 4) / 2 >= keyWidth + 24 {
      let column = (width - 4) / 2
      let left = Self.column(
        Array(groups.prefix(Self.leftGroups)), width: column, keyWidth: keyWidth)
      let right = Self.column(
        Array(groups.dropFirst(Self.leftGroups)), width: column, keyWidth: keyWidth)
      for index in 0..<max(left.count, right.count) {
        var line = index < left.count ? left[index] : StyledLine()
        let pad = column - line.plainText.displayWidth
        line.spans.append(Span(String(repeating: " ", count: max(1, pad))))
        if index < right.count { line.spans += right[index].spans }
        lines.append(line)
      }
    } else {
      lines += Self.column(groups, width: width - 4, keyWidth: keyWidth)
    }
    lines.append(StyledLine())
    lines.append(
      StyledLine(
        "Information, not medical advice: talk to your prescriber before any change.", .dim))
    return lines
  }

  /// Rows for the lines below the title, which stays with the "more" note beside it.
  private static func rows(_ context: ScreenContext) -> Int { context.height - 3 }

  mutating func update(_ event: Event, _ context: ScreenContext) -> [Message] {
    let lines = Array(Self.lines(context).dropFirst())
    let height = Self.rows(context)
    let limit = max(0, lines.count - height)
    switch event {
    case .key(let key):
      if limit > 0, let moved = ScrollKeys.offset(scroll, by: key, page: height - 1, limit: limit) {
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
    let all = Self.lines(context)
    let lines = Array(all.dropFirst())
    let height = Self.rows(context)
    screen.put(all[0], x: 2, y: 1, limit: context.width - 1)
    TextBlock(lines: lines, offset: scroll).render(
      in: Rect(x: 2, y: 2, width: context.width - 3, height: height), buffer: &screen)
    if lines.count > height {
      let arrows = context.glyphs.arrows
      let more = "\(arrows.up)\(context.glyphs.ascii ? "/" : "")\(arrows.down) more"
      screen.put(more, x: context.width - more.displayWidth - 1, y: 1, style: .dim)
    }
    screen.cursor = Point(x: 2, y: 1)
  }
}
