import BaclofenText
import Foundation

extension AppState {
  /// Draws the whole screen. Pure: the same state always gives the same cells.
  public func render() -> ScreenBuffer {
    var screen = ScreenBuffer(width: width, height: height)
    if tooSmall {
      renderTooSmall(into: &screen)
      return screen
    }
    let context = self.context
    Banner(glyphs: env.glyphs, key: search != nil ? "F2" : "w").render(
      in: Rect(x: 0, y: 0, width: width, height: 1), buffer: &screen)
    switch top {
    case .help(let help): help.render(in: context.body, buffer: &screen, context)
    case .withdrawal(let warning): warning.render(in: context.body, buffer: &screen, context)
    case .questionnaire(let questionnaire): renderQuestionnaire(questionnaire, into: &screen)
    case .search(let search): search.render(in: context.body, buffer: &screen, context)
    case .reading, nil: renderHome(into: &screen)
    }
    footer.render(in: Rect(x: 0, y: height - 1, width: width, height: 1), buffer: &screen)
    return screen
  }

  /// Never garbage: one clear sentence, wrapped to whatever space there is.
  private func renderTooSmall(into screen: inout ScreenBuffer) {
    let text =
      "Terminal too small \(env.glyphs.dash) make it at least "
      + "\(Self.minimumWidth)×\(Self.minimumHeight) (now \(width)×\(height)). q quits."
    let lines = Wrap.strings(env.glyphs.ascii ? text.replacingX : text, width: max(1, width))
    let top = max(0, (height - lines.count) / 2)
    for (index, line) in lines.enumerated() where top + index < height {
      screen.put(line, x: max(0, (width - line.displayWidth) / 2), y: top + index, style: .bold)
    }
  }

  // MARK: footer

  /// The footer of the screen in front, or the notice in its place.
  var footer: Footer { Footer(items: footerItems, notice: message) }

  /// The footer's items for the screen in front, most important last to be dropped.
  private var footerItems: [FooterItem] {
    footerPriorities.map { item, priority in
      var item = item
      item.priority = priority
      return item
    }
  }

  private var footerPriorities: [(item: FooterItem, dropOrder: Int)] {
    let arrows = env.glyphs.arrows
    switch top {
    case .help:
      return [
        (FooterItem(key: "any key", label: "closes help", short: "closes", action: .escape), 9)
      ]
    case .withdrawal:
      return [
        (FooterItem(key: "Esc", label: "back", short: "back", action: .escape), 9),
        (FooterItem(key: "Tab", label: "next source", short: "source", action: .tab), 4),
        (
          FooterItem(
            key: "\(arrows.up)\(arrows.down)", label: "scroll", short: "scroll", action: .down), 1
        ),
        (FooterItem(key: "?", label: "help", short: "help", action: .character("?")), 3),
        (FooterItem(key: "q", label: "quit", short: "quit", action: .character("q")), 8),
      ]
    case .questionnaire(let quiz):
      return quizFooterItems(quiz)
    case .search:
      return [
        (
          FooterItem(
            key: "\(arrows.up)\(arrows.down)", label: "choose", short: "choose", action: .down), 4
        ),
        (FooterItem(key: "Enter", label: "open", short: "open", action: .enter), 7),
        (FooterItem(key: "Esc", label: "close", short: "close", action: .escape), 9),
        (
          FooterItem(key: "Ctrl-W", label: "withdrawal", short: "warning", action: .control("w")),
          2
        ),
        (FooterItem(key: "F1", label: "help", short: "help", action: .function(1)), 3),
      ]
    case .reading, nil:
      let other = focus == .contents ? "reader" : "contents"
      var items: [(FooterItem, Int)] = [
        (FooterItem(key: "/", label: "search", short: "search", action: .character("/")), 6),
        (
          FooterItem(
            key: "s", label: "Is baclofen for you?", short: "for you?", action: .character("s")), 5
        ),
        (FooterItem(key: "w", label: "withdrawal", short: "warning", action: .character("w")), 2),
        (FooterItem(key: "Tab", label: other, short: other, action: .tab), 0),
        (FooterItem(key: "?", label: "help", short: "help", action: .character("?")), 7),
        (FooterItem(key: "q", label: "quit", short: "quit", action: .character("q")), 8),
      ]
      if activeSearch != nil {
        let match = FooterItem(
          key: "n", label: "next match", short: "match", action: .character("n"))
        items.insert((match, 1), at: 1)
      }
      return items
    }
  }

}

extension String {
  /// "×" is not ASCII.
  fileprivate var replacingX: String { replacingOccurrences(of: "×", with: "x") }
}
