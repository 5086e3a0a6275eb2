import BaclofenQuiz
import BaclofenText

/// Draws the questionnaire page: the header row (where you are, and how much more there is
/// to scroll), the body lines, the highlighted item with the real cursor on it.
extension ScreenContext {
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
}
