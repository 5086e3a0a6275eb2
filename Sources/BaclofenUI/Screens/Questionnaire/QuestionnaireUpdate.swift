import BaclofenQuiz

/// Keys and mouse on the questionnaire, by its keymap: 1–9 or ↑ ↓ + Enter answer, Backspace
/// goes to the previous question, Esc leaves with the answers kept. Saving and exporting are
/// effects the terminal side performs; nothing here touches a file.
extension ScreenContext {
  func questionnaireUpdate(_ event: Event, _ quiz: inout QuestionnaireState) -> [Message] {
    guard let questionnaire = env.questionnaire else {
      // Without questionnaire content the page only says so; leaving closes it.
      guard case .key(let key) = event,
        [.leave, .back].contains(QuestionnaireScreen.keymap(nil).action(for: key))
      else { return [] }
      return [.pop]
    }
    let page = quizPage(quiz, questionnaire)
    var actions: [QuizAction] = []
    switch event {
    case .key(let key):
      actions = quizKey(key, &quiz, page, questionnaire)
    case .mouse(let mouse):
      switch mouse.action {
      case .wheelUp, .wheelDown:
        let by = mouse.action == .wheelUp ? -3 : 3
        quiz.top = min(max(0, quiz.top + by), quizScrollLimit(page))
        if quiz.step == .result { dropHiddenSelection(&quiz, page) }
      case .click:
        let line = mouse.y - quizView(page).top + quiz.top
        if mouse.y >= quizView(page).top, let item = page.item(atLine: line) {
          quiz.selected = item
          actions = choose(page.items[item].target, &quiz, questionnaire)
        }
      }
    default: break
    }
    return messages(actions, quiz)
  }

  /// The questionnaire's own keys, by the keymap of the page in front.
  private func quizKey(
    _ key: Key, _ quiz: inout QuestionnaireState, _ page: QuizPage, _ questionnaire: Questionnaire
  ) -> [QuizAction] {
    let keymap = QuestionnaireScreen.keymap(.init(quiz.step), choices: page.items.count)
    switch keymap.action(for: key) {
    case .leave:
      return quiz.step == .review ? quiz.back(in: questionnaire) : [.leave]
    case .back:
      return quiz.back(in: questionnaire)
    case .number:
      guard case .character(let c) = key, let number = Int(String(c)),
        page.items.indices.contains(number - 1)
      else {
        return [.message("Choose 1 to \(min(9, page.items.count)).")]
      }
      quiz.selected = number - 1
      return choose(page.items[number - 1].target, &quiz, questionnaire)
    case .choose:
      guard let selected = quiz.selected, page.items.indices.contains(selected) else {
        return [.message("Tab highlights a source; Enter opens it.")]
      }
      return choose(page.items[selected].target, &quiz, questionnaire)
    case .move:
      let last = page.items.count - 1
      let from = quiz.selected ?? 0
      let to: Int
      switch key {
      case .up, .character("k"): to = from - 1
      case .down, .character("j"): to = from + 1
      case .home: to = 0
      default: to = last
      }
      quiz.selected = min(max(0, to), max(0, last))
      revealSelection(&quiz, page)
    case .scroll:
      quiz.top =
        ScrollKeys.offset(
          quiz.top, by: key, page: quizView(page).height - 1, limit: quizScrollLimit(page))
        ?? quiz.top
      if quiz.step == .result { dropHiddenSelection(&quiz, page) }
    case .source:
      let visible = quiz.top..<(quiz.top + quizView(page).height)
      guard let next = page.nextItem(after: quiz.selected, forward: key == .tab, visible: visible)
      else {
        return [.message(key == .tab ? "That was the last source." : "That was the first source.")]
      }
      quiz.selected = next
      revealSelection(&quiz, page)
    case .review:
      quiz.step = .review
      quiz.selected = 0
      quiz.top = 0
    case .export:
      return [.export]
    case .emergency where questionnaire.evaluate(quiz.answers).emergency:
      return [.emergency]
    case .goOn:
      guard quiz.goOn(in: questionnaire) else {
        return [.message("Every question is answered; r changes an answer.")]
      }
    case .emergency, .global, nil:
      break
    }
    return []
  }

  private func choose(
    _ target: QuizPage.Target, _ quiz: inout QuestionnaireState, _ questionnaire: Questionnaire
  ) -> [QuizAction] {
    switch target {
    case .start, .resume: return quiz.resume(in: questionnaire)
    case .startOver: return quiz.startOver(in: questionnaire)
    case .option(let index):
      guard case .question(let id) = quiz.step else { return [] }
      return quiz.answer(id, option: index, in: questionnaire)
    case .source(let id): return [.openSource(id)]
    case .reask(let id):
      quiz.reviewing = true
      quiz.ask(id, in: questionnaire)
      return []
    }
  }

  /// What the page asked for, as navigation messages.
  private func messages(_ actions: [QuizAction], _ quiz: QuestionnaireState) -> [Message] {
    actions.map { action in
      switch action {
      case .save: .effect(.file(.saveProgress(quiz.progress)))
      case .clearSaved: .effect(.file(.clearProgress))
      case .leave: .pop
      case .warning: .push(WithdrawalScreen())
      case .emergency: .push(WithdrawalScreen(emergency: true))
      case .openSource(let id): .openSection(id)
      case .export: .effect(.file(.exportResult(quiz.answers)))
      case .message(let text): .notice(text)
      }
    }
  }

  private func quizScrollLimit(_ page: QuizPage) -> Int {
    max(0, page.lines.count - quizView(page).height)
  }

  /// A highlight scrolled out of sight would make Enter act on something unseen.
  private func dropHiddenSelection(_ quiz: inout QuestionnaireState, _ page: QuizPage) {
    if let selected = quiz.selected,
      !page.isShown(selected, in: quiz.top..<(quiz.top + quizView(page).height))
    {
      quiz.selected = nil
    }
  }

  /// Scrolls so the highlighted item is on screen (its first line at least).
  private func revealSelection(_ quiz: inout QuestionnaireState, _ page: QuizPage) {
    guard let selected = quiz.selected else { return }
    quiz.top = page.top(revealing: selected, from: quiz.top, height: quizView(page).height)
  }
}
