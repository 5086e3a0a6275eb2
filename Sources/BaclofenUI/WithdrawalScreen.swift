import BaclofenContent
import BaclofenText

/// `w`: the withdrawal warning, from anywhere. A bordered box with the word WARNING (so it
/// does not depend on colour), the points by group, each with the sections it comes from.
/// The same box shows "Get medical help now" when a questionnaire answer is urgent.
extension AppState {
  /// The box: columns and rows.
  private var withdrawalBox: (x: Int, width: Int, top: Int, height: Int) {
    let boxWidth = min(width, 92)
    return ((width - boxWidth) / 2, boxWidth, 1, height - 2)
  }

  /// The box's text, `width` columns wide; each source is an item Tab highlights.
  func withdrawalPage(width inner: Int, emergency: Bool = false) -> QuizPage {
    let emergencySheet = emergency ? env.questionnaire?.emergency : nil
    let warning = emergencySheet ?? env.withdrawal
    let layout = SectionLayout(width: inner, ascii: env.glyphs.ascii)
    var page = QuizPage(header: "")
    let title =
      emergencySheet != nil
      ? "\(env.glyphs.warning) \(warning.title.terminalSafe.uppercased())"
      : "\(env.glyphs.warning) WARNING: \(warning.title.terminalSafe)"
    page.add(layout.wrap(RichText(title), style: [.bold, .warning], indent: "", hanging: ""))
    // What to do comes first on the emergency screen; how to move on, last.
    if emergencySheet == nil {
      page.add(
        layout.wrap(
          RichText(
            "Information, not medical advice. Talk to your prescriber before lowering or "
              + "stopping a dose. Tab and Enter open a source."), style: .dim, indent: "",
          hanging: ""))
    }
    for group in warning.groups {
      page.blank()
      page.add(
        layout.wrap(
          RichText(group.terminalSafe), style: [.bold, .heading], indent: "", hanging: ""))
      for point in warning.points where point.group == group {
        page.add(
          layout.wrap(
            RichText(point.text), style: [], indent: env.glyphs.bullet + " ", hanging: "  "))
        addSources(point.sources, to: &page, layout: layout)
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

  private var withdrawalInner: (width: Int, height: Int) {
    let box = withdrawalBox
    return (max(8, box.width - 4), max(1, box.height - 2))
  }

  mutating func handleWithdrawal(_ event: Event, _ view: WithdrawalView) -> [Effect] {
    let inner = withdrawalInner
    let page = withdrawalPage(width: inner.width, emergency: view.emergency)
    let limit = max(0, page.lines.count - inner.height)
    var view = view
    view.scroll = min(view.scroll, limit)
    /// Scrolls; a highlight scrolled out of sight is dropped, so Enter never opens it unseen.
    func scrolled(to top: Int) -> Overlay {
      var moved = view
      moved.scroll = top
      if let selected = moved.selected, !page.isShown(selected, in: top..<(top + inner.height)) {
        moved.selected = nil
      }
      return .withdrawal(moved)
    }
    switch event {
    case .key(let key):
      if let moved = Self.scrolled(view.scroll, by: key, page: inner.height - 1, limit: limit) {
        overlay = scrolled(to: moved)
        return []
      }
      switch key {
      case .character("w"), .control("w"), .function(2):
        // The warning key always shows the warning, never hides it: back to its top.
        overlay = .withdrawal(WithdrawalView())
      case .tab, .backTab:
        let visible = view.scroll..<(view.scroll + inner.height)
        guard
          let next = page.nextItem(after: view.selected, forward: key == .tab, visible: visible)
        else {
          message = key == .tab ? "That was the last source." : "That was the first source."
          return []
        }
        view.selected = next
        view.scroll = page.top(revealing: next, from: view.scroll, height: inner.height)
        overlay = .withdrawal(view)
      case .character("!") where view.emergency:
        overlay = .withdrawal(WithdrawalView(emergency: true))
      case .enter:
        if let selected = view.selected {
          openWithdrawalSource(page.items[selected].target, emergency: view.emergency)
        } else {
          closeOverlay()
        }
      case .escape, .backspace, .left, .character("h"):
        closeOverlay()
      default:
        return handleGlobal(key) ?? []
      }
    case .mouse(let mouse):
      switch mouse.action {
      case .wheelUp: overlay = scrolled(to: max(0, view.scroll - 3))
      case .wheelDown: overlay = scrolled(to: min(limit, view.scroll + 3))
      case .click:
        if mouse.y == height - 1, let key = footerKey(atColumn: mouse.x) {
          return handleWithdrawal(.key(key), view)
        }
        let line = view.scroll + mouse.y - (withdrawalBox.top + 1)
        if mouse.y > withdrawalBox.top, mouse.y <= withdrawalBox.top + inner.height,
          let item = page.item(atLine: line)
        {
          openWithdrawalSource(page.items[item].target, emergency: view.emergency)
        }
      }
    default: break
    }
    return []
  }

  private mutating func openWithdrawalSource(_ target: QuizPage.Target, emergency: Bool) {
    guard case .source(let id) = target, openCitedSection(id) else { return }
    message =
      emergency ? "s returns to your result (help now is at its top)." : "w returns to the warning."
  }

  func renderWithdrawal(_ view: WithdrawalView, into screen: inout ScreenBuffer) {
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
    let page = withdrawalPage(width: inner.width, emergency: view.emergency)
    let lines = page.lines
    let scroll = min(view.scroll, max(0, lines.count - inner.height))
    let selected = view.selected.flatMap { page.items.indices.contains($0) ? page.items[$0] : nil }
    screen.cursor = Point(x: box.x + 2, y: box.top + 1)
    for row in 0..<inner.height {
      let y = box.top + 1 + row
      screen.put(g.vertical, x: box.x, y: y, style: frame)
      screen.put(g.vertical, x: right, y: y, style: frame)
      let index = scroll + row
      guard index < lines.count else { continue }
      let highlighted = selected?.lines.contains(index) ?? false
      if highlighted { screen.fill(y: y, from: box.x + 1, to: right, style: .selected) }
      screen.put(lines[index], x: box.x + 2, y: y, limit: right - 1)
      if highlighted {
        screen.addStyle(.selected, y: y, from: box.x + 1, to: right)
        if index == selected?.lines.lowerBound { screen.cursor = Point(x: box.x + 2, y: y) }
      }
    }
    if lines.count > inner.height {
      let shown = min(100, (scroll + inner.height) * 100 / lines.count)
      let more = " \(shown)% \(g.arrows.up)\(g.arrows.down) "
      screen.put(more, x: right - more.displayWidth - 1, y: bottom, style: frame)
    }
  }
}
