import BaclofenContent
import BaclofenQuiz
import BaclofenText

/// One questionnaire page laid out at the current width: a fixed header row, body lines that
/// scroll, and the selectable items among them. Update and render both use it, so a key
/// acts on exactly what is drawn.
struct QuizPage {
  enum Target: Equatable {
    case resume, startOver, start
    case option(Int)
    case source(String)
    case reask(String)
  }

  var header: String
  /// Lines that stay above the scrolling ones (the question itself, on a short screen).
  var pinned: [StyledLine] = []
  var lines: [StyledLine] = []
  /// Each selectable item: the body lines it occupies and what choosing it does.
  var items: [(lines: Range<Int>, target: Target)] = []

  init(header: String) { self.header = header }

  mutating func add(_ more: [StyledLine]) { lines += more }

  mutating func blank() { lines.append(StyledLine()) }

  mutating func addItem(_ itemLines: [StyledLine], _ target: Target) {
    items.append((lines.count..<(lines.count + itemLines.count), target))
    lines += itemLines
  }

  /// The item drawn on body line `line`, if any.
  func item(atLine line: Int) -> Int? {
    items.firstIndex { $0.lines.contains(line) }
  }
}

extension ScreenContext {
  /// Where questionnaire pages are drawn: text column and the scrolling body rows.
  var quizBody: (x: Int, width: Int, top: Int, height: Int) {
    let textWidth = min(width - 4, 76)
    let top = height >= 16 ? 3 : 2
    return (max(2, (width - textWidth) / 2), textWidth, top, max(1, height - 1 - top))
  }

  /// The scrolling rows of `page`: below its pinned lines.
  func quizView(_ page: QuizPage) -> (top: Int, height: Int) {
    let body = quizBody
    return (body.top + page.pinned.count, max(1, body.height - page.pinned.count))
  }

  func quizLayout() -> SectionLayout {
    SectionLayout(width: quizBody.width, ascii: env.glyphs.ascii)
  }

  func quizPage(_ quiz: QuestionnaireState, _ questionnaire: Questionnaire) -> QuizPage {
    switch quiz.step {
    case .intro: return introPage(quiz, questionnaire)
    case .question(let id):
      guard let question = questionnaire.question(id: id) else { return QuizPage(header: "") }
      return questionPage(question, quiz, questionnaire)
    case .result: return resultPage(quiz, questionnaire)
    case .review: return reviewPage(quiz, questionnaire)
    }
  }

  func paragraph(_ text: String, _ style: TextStyle = [], indent: String = "") -> [StyledLine] {
    quizLayout().wrap(RichText(text), style: style, indent: indent, hanging: indent)
  }

  private func introPage(_ quiz: QuestionnaireState, _ questionnaire: Questionnaire) -> QuizPage {
    let a = env.glyphs.arrows
    // The heading below states the decision; a header row repeating it would be noise.
    var page = QuizPage(header: "")
    page.add(
      paragraph(
        "\(questionnaire.title) \(env.glyphs.dash) what the articles say for your situation",
        [.bold, .heading]))
    page.blank()
    page.add(paragraph(questionnaire.intro))
    page.blank()
    page.add(paragraph(QuestionnaireState.notAdvice, .bold))
    page.blank()
    page.add(
      paragraph(
        "To answer, press 1 to 9, or \(a.up) \(a.down) and Enter. Backspace goes "
          + "to the previous question. Esc leaves; your answers are kept."))
    if let notice = quiz.notice {
      page.blank()
      page.add(paragraph(notice, [.bold, .warning]))
    }
    page.blank()
    if let answered = quiz.answeredSummary(in: questionnaire) {
      page.add(paragraph(answered))
      page.blank()
    }
    for (label, target) in quiz.introChoices(in: questionnaire) {
      page.addItem(choice(label), target)
    }
    return page
  }

  private func choice(_ text: String) -> [StyledLine] {
    quizLayout().wrap(RichText(text), style: .bold, indent: "", hanging: "   ")
  }

  private func questionPage(
    _ question: Question, _ quiz: QuestionnaireState, _ questionnaire: Questionnaire
  ) -> QuizPage {
    var page = QuizPage(header: quiz.header(for: question, in: questionnaire))
    // The question stays in sight while a long list of options scrolls, when it is short
    // enough to leave most of the screen to them.
    let text = paragraph(question.text, [.bold, .heading])
    if text.count * 3 <= quizBody.height {
      page.pinned = text
    } else {
      page.add(text)
    }
    if let help = question.help {
      page.add(paragraph(help, .dim))
    }
    page.blank()
    let layout = quizLayout()
    for index in question.options.indices {
      let prefix = index < 9 ? "\(index + 1). " : "   "
      let lines = layout.wrap(
        RichText(quiz.optionLabel(index, of: question)), style: [], indent: prefix,
        hanging: "   ")
      page.addItem(lines, .option(index))
    }
    return page
  }

  private func reviewPage(_ quiz: QuestionnaireState, _ questionnaire: Questionnaire) -> QuizPage {
    var page = QuizPage(header: "Your answers")
    page.add(
      paragraph(
        "Choose an answer to change it: \(env.glyphs.arrows.up) \(env.glyphs.arrows.down) and "
          + "Enter. Esc returns to the result.", .dim))
    for (question, option) in questionnaire.review(quiz.answers) {
      page.blank()
      let lines =
        paragraph(question.text, .bold)
        + quizLayout().wrap(
          RichText(option.label), style: [], indent: "  \(env.glyphs.pointer) ", hanging: "    ")
      page.addItem(lines, .reask(question.id))
    }
    return page
  }
}
