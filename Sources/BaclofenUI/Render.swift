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
    renderBanner(into: &screen)
    switch overlay {
    case .help(let scroll): renderHelp(into: &screen, scroll: scroll)
    case .withdrawal(let view): renderWithdrawal(view, into: &screen)
    case .questionnaire(let questionnaire): renderQuestionnaire(questionnaire, into: &screen)
    case nil:
      if let search {
        renderSearch(search, into: &screen)
      } else {
        renderHome(into: &screen)
      }
    }
    renderFooter(into: &screen)
    return screen
  }

  /// The safety line on every screen: the one thing nobody should miss.
  private func renderBanner(into screen: inout ScreenBuffer) {
    let sign = env.glyphs.warning
    let dash = env.glyphs.dash
    let candidates = [
      "\(sign) Never stop baclofen suddenly \(dash) press w for the withdrawal warning",
      "\(sign) Never stop baclofen suddenly \(dash) press w for the warning",
      "\(sign) Never stop baclofen suddenly \(dash) press w",
      "Never stop baclofen suddenly: press w",
      "Never stop baclofen suddenly (w)",
    ]
    let text = candidates.first { $0.displayWidth <= width - 2 } ?? candidates.last!
    let style: TextStyle = [.warning, .reverse, .bold]
    screen.fill(y: 0, style: style)
    screen.put(text, x: max(0, (width - text.displayWidth) / 2), y: 0, style: style)
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

  struct FooterItem {
    var key: String
    var label: String
    var short: String
    /// What a click on the item does.
    var action: Key
  }

  /// The footer's items for the screen in front, most important last to be dropped.
  private var footerItems: [(item: FooterItem, dropOrder: Int)] {
    let arrows = env.glyphs.arrows
    switch overlay {
    case .help:
      return [
        (FooterItem(key: "any key", label: "closes help", short: "closes", action: .escape), 9)
      ]
    case .withdrawal(let view):
      let warning = FooterItem(
        key: "w", label: "withdrawal warning", short: "warning", action: .character("w"))
      return (view.emergency ? [(warning, 5)] : []) + [
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
    case nil:
      if search != nil {
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
      }
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

  /// The items that fit, each with the columns it occupies.
  private var footerLayout: [(item: FooterItem, useShort: Bool, columns: Range<Int>)] {
    var items = footerItems
    for useShort in [false, true] {
      while !items.isEmpty {
        var x = 1
        var placed: [(FooterItem, Bool, Range<Int>)] = []
        for (item, _) in items {
          let w = item.key.displayWidth + 1 + (useShort ? item.short : item.label).displayWidth
          placed.append((item, useShort, x..<(x + w)))
          x += w + 2
        }
        if x - 2 <= width - 1 { return placed }
        guard useShort else { break }
        let drop = items.indices.min { items[$0].dropOrder < items[$1].dropOrder }!
        items.remove(at: drop)
      }
    }
    return []
  }

  func footerKey(atColumn x: Int) -> Key? {
    footerLayout.first { $0.columns.contains(x) }?.item.action
  }

  private func renderFooter(into screen: inout ScreenBuffer) {
    let y = height - 1
    if let message {
      // A long notice (a file path, an error) takes rows above too rather than be cut.
      let lines = Wrap.strings(message.terminalSafe, width: max(1, width - 2)).prefix(3)
      for (offset, line) in lines.enumerated() {
        let row = y - lines.count + 1 + offset
        screen.fill(y: row, style: [])
        screen.put(line, x: 1, y: row, style: .bold)
      }
      return
    }
    for (item, useShort, columns) in footerLayout {
      let x = screen.put(item.key, x: columns.lowerBound, y: y, style: [.key, .bold])
      screen.put(" " + (useShort ? item.short : item.label), x: x, y: y)
    }
  }
}

extension String {
  /// "×" is not ASCII.
  fileprivate var replacingX: String { replacingOccurrences(of: "×", with: "x") }
}
