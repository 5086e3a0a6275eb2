import BaclofenQuiz
import BaclofenText

/// Draws the questionnaire page: the header row (where you are, and how much more there is
/// to scroll), the body lines, the highlighted item with the real cursor on it.
extension AppState {
  func renderQuestionnaire(_ quiz: QuestionnaireState, into screen: inout ScreenBuffer) {
    let body = quizBody
    guard let questionnaire = env.questionnaire else {
      screen.put("Is baclofen for you?", x: body.x, y: 2, style: [.bold, .heading])
      screen.put(
        "The questionnaire is not available.", x: body.x, y: 4, limit: width - 1)
      screen.cursor = Point(x: body.x, y: 2)
      return
    }
    let page = quizPage(quiz, questionnaire)
    let view = quizView(page)
    let limit = max(0, page.lines.count - view.height)
    let top = min(quiz.top, limit)
    var right = ""
    if limit > 0 {
      let shown = min(100, (top + view.height) * 100 / max(1, page.lines.count))
      right = "\(shown)% \(env.glyphs.arrows.up)\(env.glyphs.arrows.down)"
    }
    let rightX = body.x + body.width - right.displayWidth
    screen.put(right, x: rightX, y: 1, style: .dim)
    screen.put(
      page.header.truncated(toWidth: max(1, rightX - body.x - 1)), x: body.x, y: 1,
      style: [.bold, .heading], limit: rightX)

    let selected = quiz.selected.flatMap { page.items.indices.contains($0) ? page.items[$0] : nil }
    for (row, line) in page.pinned.enumerated() {
      screen.put(line, x: body.x, y: body.top + row, limit: width - 1)
    }
    var cursor = Point(x: body.x, y: body.top)
    for row in 0..<view.height {
      let index = top + row
      guard index < page.lines.count else { break }
      let y = view.top + row
      if let selected, selected.lines.contains(index) {
        screen.fill(y: y, from: body.x - 1, to: body.x + body.width + 1, style: .selected)
        if index == selected.lines.lowerBound { cursor = Point(x: body.x, y: y) }
      }
      screen.put(page.lines[index], x: body.x, y: y, limit: width - 1)
      if let selected, selected.lines.contains(index) {
        screen.addStyle(.selected, y: y, from: body.x - 1, to: body.x + body.width + 1)
      }
    }
    screen.cursor = cursor
  }

  /// The footer for the page in front: how to answer, move and leave.
  func quizFooterItems(_ quiz: QuestionnaireState) -> [(item: FooterItem, dropOrder: Int)] {
    let arrows = env.glyphs.arrows
    let updown = "\(arrows.up)\(arrows.down)"
    let warning = FooterItem(
      key: "w", label: "withdrawal warning", short: "warning", action: .character("w"))
    let quit = FooterItem(key: "q", label: "quit", short: "quit", action: .character("q"))
    let leave = FooterItem(key: "Esc", label: "leave", short: "leave", action: .escape)
    let count = env.questionnaire.map { quizPage(quiz, $0).items.count } ?? 0
    switch quiz.step {
    case .intro:
      let choose =
        count > 1
        ? FooterItem(key: "1-\(min(9, count))", label: "choose", short: "choose", action: .enter)
        : FooterItem(key: "Enter", label: "start", short: "start", action: .enter)
      return [
        (choose, 9),
        (leave, 8), (warning, 2), (quit, 1),
      ]
    case .question:
      return [
        (
          FooterItem(
            key: "1-\(min(9, count))", label: "answer", short: "answer", action: .enter), 9
        ),
        (FooterItem(key: updown, label: "move", short: "move", action: .down), 3),
        (
          FooterItem(
            key: "Bksp", label: "previous question", short: "back", action: .backspace), 7
        ),
        (
          FooterItem(key: "Esc", label: "leave (answers kept)", short: "leave", action: .escape),
          6
        ),
        (warning, 2), (quit, 1),
      ]
    case .result:
      return [
        (FooterItem(key: "Tab", label: "next source", short: "source", action: .tab), 9),
        (FooterItem(key: "Enter", label: "open it", short: "open", action: .enter), 8),
        (
          FooterItem(key: "r", label: "change answers", short: "answers", action: .character("r")),
          7
        ),
        (FooterItem(key: "e", label: "export", short: "export", action: .character("e")), 6),
        (FooterItem(key: updown, label: "scroll", short: "scroll", action: .down), 3),
        (leave, 5), (warning, 4), (quit, 1),
      ]
    case .review:
      return [
        (FooterItem(key: updown, label: "choose", short: "choose", action: .down), 8),
        (FooterItem(key: "Enter", label: "change it", short: "change", action: .enter), 9),
        (FooterItem(key: "Esc", label: "back to result", short: "back", action: .escape), 7),
        (warning, 2), (quit, 1),
      ]
    }
  }
}
