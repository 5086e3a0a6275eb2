import BaclofenContent
import BaclofenQuiz
import BaclofenText

/// The result page: the blocks of `ResultDocument` (the same the export and line mode
/// show), each cited point with its sources as selectable items, the withdrawal warning as a
/// box with the key to press, and, when answers are missing, how to go on.
extension ScreenContext {
  func resultPage(_ quiz: QuestionnaireState, _ questionnaire: Questionnaire) -> QuizPage {
    let evaluation = questionnaire.evaluate(quiz.answers)
    let remaining = quiz.remaining(in: questionnaire)
    var page = QuizPage(header: remaining > 0 ? "Your result so far" : "Your result")
    let document = ResultDocument(
      evaluation, questionnaire: questionnaire, library: env.library)
    let bullet = env.glyphs.bullet + " "
    for block in document.blocks {
      switch block {
      case .heading(let title, let id, let urgent):
        if id == "completeness" { addGuide(remaining, evaluation, to: &page) }
        if !page.lines.isEmpty { page.blank() }
        let style: TextStyle = urgent ? [.bold, .heading, .warning] : [.bold, .heading]
        page.add(paragraph((urgent ? env.glyphs.warning + " " : "") + title, style))
      case .subheading(let title):
        page.blank()
        page.add(paragraph(title, .bold))
      case .paragraph(let text, let emphasis):
        if text == evaluation.disclaimer { page.blank() }
        page.add(paragraph(text, emphasis == .strong ? .bold : emphasis == .quiet ? .dim : []))
      case .point(let label, let text, let sources, let urgent):
        page.add(
          quizLayout().wrap(
            RichText(label.map { "\($0): \(text)" } ?? text), style: urgent ? .bold : [],
            indent: bullet, hanging: "  "))
        addSources(sources, to: &page)
      case .withdrawal:
        if !page.lines.isEmpty { page.blank() }
        page.add(warningBox())
      }
    }
    return page
  }

  /// Before the result proper: what is missing and the keys, in words.
  private func addGuide(_ remaining: Int, _ evaluation: Evaluation, to page: inout QuizPage) {
    if remaining > 0 {
      let questions = remaining == 1 ? "1 question is" : "about \(remaining) questions are"
      if !page.lines.isEmpty { page.blank() }
      page.add(paragraph("Not finished: \(questions) left. Press c to go on.", .bold))
    }
    if evaluation.emergency {
      if !page.lines.isEmpty { page.blank() }
      page.add(paragraph("Press ! to see how to get medical help now again.", [.bold, .warning]))
    }
    if !page.lines.isEmpty { page.blank() }
    page.add(
      paragraph(
        "What the articles say, with the section each point comes from. Information to "
          + "discuss with a prescriber, not a recommendation. Tab and Enter open a source; r "
          + "changes an answer; e saves this result to a file.", .dim))
  }

  private func addSources(_ ids: [String], to page: inout QuizPage) {
    addSources(ids, to: &page, layout: quizLayout())
  }

  /// An unmissable box at the top of the result: the word WARNING and the key to press.
  private func warningBox() -> [StyledLine] {
    let g = env.glyphs
    let inner = quizBody.width - 4
    let layout = SectionLayout(width: inner, ascii: g.ascii)
    let text = layout.wrap(
      RichText("\(g.warning) WARNING: \(env.withdrawal.title). Press w to read it."),
      style: [.bold, .warning], indent: "", hanging: "")
    let frame: TextStyle = [.frame, .warning, .bold]
    let bar = String(repeating: g.horizontal, count: max(0, inner + 2))
    var lines = [StyledLine(g.corners.topLeft + bar + g.corners.topRight, frame)]
    for line in text {
      let pad = String(repeating: " ", count: max(0, inner - line.plainText.displayWidth))
      lines.append(
        StyledLine(
          [Span(g.vertical + " ", frame)] + line.spans + [Span(pad + " " + g.vertical, frame)]))
    }
    lines.append(StyledLine(g.corners.bottomLeft + bar + g.corners.bottomRight, frame))
    return lines
  }
}
