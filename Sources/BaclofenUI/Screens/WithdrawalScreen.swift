import BaclofenContent
import BaclofenText

/// `w`: the withdrawal warning, from anywhere. A bordered box with the word WARNING (so it
/// does not depend on colour), the points by group, each with the sections it comes from;
/// Tab highlights a source, Enter opens it. The same box shows "Get medical help now"
/// (`emergency`), opened by an urgent answer in the questionnaire.
struct WithdrawalScreen: Screen, Hashable {
  var emergency = false
  var list = ListState()

  var name: String { emergency ? "emergency" : "withdrawal" }
  var returnName: String { emergency ? "“Get medical help now”" : "the warning" }
  func keymap(_ context: ScreenContext) -> Keymap<Action> { Self.keymap(emergency: emergency) }
  /// Opened again, it is shown again from its top.
  func reopened(as other: any Screen) -> any Screen { other }

  /// The box, and the text inside it.
  static func areas(_ context: ScreenContext) -> (box: Rect, text: Rect) {
    let box = context.body.centred(width: min(context.width, 92))
    return (
      box,
      Rect(x: box.x + 2, y: box.y + 1, width: max(8, box.width - 4), height: max(1, box.height - 2))
    )
  }

  /// The box's text, `width` columns wide; each source is an item.
  static func page(width: Int, _ env: AppEnvironment, emergency: Bool = false) -> QuizPage {
    let emergencySheet = emergency ? env.questionnaire?.emergency : nil
    let warning = emergencySheet ?? env.withdrawal
    let layout = SectionLayout(width: width, ascii: env.glyphs.ascii)
    var page = QuizPage(header: "")
    for part in warning.parts {
      switch part {
      case .title(let title) where emergencySheet != nil:
        // What to do comes first on the emergency screen; how to move on, last.
        page.add(
          layout.wrap(
            RichText("\(env.glyphs.warning) \(title.terminalSafe.uppercased())"),
            style: [.bold, .warning], indent: "", hanging: ""))
      case .title(let title):
        page.add(
          layout.wrap(
            RichText("\(env.glyphs.warning) WARNING: \(title.terminalSafe)"),
            style: [.bold, .warning], indent: "", hanging: ""))
        page.add(
          layout.wrap(
            RichText(
              "Information, not medical advice. Talk to your prescriber before lowering or "
                + "stopping a dose. Tab and Enter open a source."), style: .dim, indent: "",
            hanging: ""))
      case .group(let group):
        page.blank()
        page.add(
          layout.wrap(
            RichText(group.terminalSafe), style: [.bold, .heading], indent: "", hanging: ""))
      case .point(let text, let sources):
        page.add(
          layout.wrap(RichText(text), style: [], indent: env.glyphs.bullet + " ", hanging: "  "))
        page.addSources(sources, layout: layout, env: env)
      }
    }
    if emergencySheet != nil {
      page.blank()
      page.add(
        layout.wrap(
          RichText(
            "The signs the articles list and what they say to do; the questionnaire can wait. "
              + "Esc returns to your result; w opens the withdrawal warning; Tab and Enter "
              + "open a source."), style: .dim, indent: "", hanging: ""))
    }
    return page
  }

  static func list(_ page: QuizPage) -> ScrollList {
    ScrollList(lines: page.lines, items: page.items.map(\.lines))
  }

  enum Action: KeyAction, Hashable {
    case global(GlobalAction)
    case scroll, source, open, back, top

    var global: GlobalAction? {
      if case .global(let action) = self { action } else { nil }
    }
  }

  /// The emergency screen also names the warning key in its footer.
  static func keymap(emergency: Bool) -> Keymap<Action> {
    guard emergency else { return keymap }
    var map = keymap
    map.bindings.insert(
      Binding(
        Keymaps.withdrawal, .global(.withdrawal), help: "",
        footer: FooterHint("withdrawal warning", short: "warning", priority: 5)), at: 0)
    return map
  }

  static let keymap = Keymap<Action>(
    title: "Withdrawal warning",
    bindings: [
      Binding(Keymaps.back, .back, help: "", footer: FooterHint("back", priority: 9)),
      Binding(
        [.tab], .source, help: "highlight a source",
        footer: FooterHint("next source", short: "source", priority: 4)),
      Binding([.backTab], .source, help: ""),
      Binding([.enter], .open, help: "open it"),
      Binding(
        Keymaps.scroll, .scroll, help: "",
        footer: FooterHint("scroll", priority: 1, keyCount: 2)),
      Binding(Keymaps.help, .global(.help), help: "", footer: FooterHint("help", priority: 3)),
      Binding([.character("!")], .top, help: ""),
    ])

  mutating func update(_ event: Event, _ context: ScreenContext) -> [Message] {
    let text = Self.areas(context).text
    let page = Self.page(width: text.width, context.env, emergency: emergency)
    let list = Self.list(page)
    switch event {
    case .key(let key):
      if let moved = ScrollKeys.offset(
        self.list.offset, by: key, page: text.height - 1,
        limit: list.maxOffset(height: text.height))
      {
        list.scroll(&self.list, to: moved, height: text.height)
        return []
      }
      switch Self.keymap.action(for: key) {
      case .source:
        if let notice = list.tab(&self.list, forward: key == .tab, height: text.height) {
          return [.notice(notice)]
        }
      case .open:
        guard let selected = self.list.selected else { return [.pop] }
        return open(page.items[selected].target)
      case .back: return [.pop]
      case .top: self.list = ListState()
      case .scroll, .global, nil: break
      }
    case .mouse(let mouse):
      switch mouse.action {
      case .wheelUp: list.scroll(&self.list, to: self.list.offset - 3, height: text.height)
      case .wheelDown: list.scroll(&self.list, to: self.list.offset + 3, height: text.height)
      case .click:
        let line = self.list.offset + mouse.y - text.y
        if text.contains(Point(x: text.x, y: mouse.y)), let item = list.item(atLine: line) {
          return open(page.items[item].target)
        }
      }
    default: break
    }
    return []
  }

  private func open(_ target: QuizPage.Target) -> [Message] {
    guard case .source(let id) = target else { return [] }
    return [.openSection(id)]
  }

  func render(in area: Rect, buffer screen: inout ScreenBuffer, _ context: ScreenContext) {
    let (box, text) = Self.areas(context)
    let list = Self.list(Self.page(width: text.width, context.env, emergency: emergency))
    let g = context.glyphs
    let percent = list.percentShown(offset: self.list.offset, height: text.height)
    Frame(
      glyphs: g, style: [.frame, .warning, .bold],
      label: percent.map { " \($0)% \(g.arrows.up)\(g.arrows.down) " } ?? ""
    ).render(in: box, buffer: &screen)
    screen.cursor = list.render(in: text, buffer: &screen, state: self.list)
  }
}
