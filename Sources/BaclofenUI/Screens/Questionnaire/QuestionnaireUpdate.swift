import BaclofenQuiz

/// Keys and mouse on the questionnaire. 1–9 or ↑ ↓ + Enter answer, Backspace goes to the
/// previous question, Esc leaves with the answers kept. Saving and exporting are effects the
/// terminal side performs; nothing here touches a file.
extension AppState {
  mutating func handleQuestionnaire(_ event: Event, _ current: QuestionnaireState) -> [Effect] {
    guard let questionnaire = env.questionnaire else { return handleNoQuestionnaire(event) }
    var quiz = current
    let page = quizPage(quiz, questionnaire)
    var actions: [QuizAction] = []
    switch event {
    case .key(let key):
      guard let keyActions = quizKey(key, &quiz, page, questionnaire) else {
        return []
      }
      actions = keyActions
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
    return apply(actions, quiz, questionnaire)
  }

  /// The questionnaire's own keys; nil for a key it leaves to `handleGlobal`.
  private mutating func quizKey(
    _ key: Key, _ quiz: inout QuestionnaireState, _ page: QuizPage, _ questionnaire: Questionnaire
  ) -> [QuizAction]? {
    switch key {
    case .escape, .character("s"), .function(3):
      return quiz.step == .review ? quiz.back(in: questionnaire) : [.leave]
    case .backspace, .left, .character("h"):
      return quiz.back(in: questionnaire)
    case .character(let c)
    where c.isASCII && c.isNumber && c != "0" && (quiz.step == .intro || quiz.isAsking):
      let index = Int(String(c))! - 1
      guard page.items.indices.contains(index) else {
        return [.message("Choose 1 to \(min(9, page.items.count)).")]
      }
      quiz.selected = index
      return choose(page.items[index].target, &quiz, questionnaire)
    case .enter:
      guard let selected = quiz.selected, page.items.indices.contains(selected) else {
        return [.message("Tab highlights a source; Enter opens it.")]
      }
      return choose(page.items[selected].target, &quiz, questionnaire)
    default:
      break
    }
    if quiz.step == .result { return resultKey(key, &quiz, page, questionnaire) }
    switch key {
    case .up, .character("k"), .down, .character("j"), .home, .end:
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
      return []
    case .pageUp, .pageDown, .character(" "), .character("b"):
      quiz.top =
        ScrollKeys.offset(
          quiz.top, by: key, page: quizView(page).height - 1, limit: quizScrollLimit(page))
        ?? quiz.top
      return []
    default:
      return nil
    }
  }

  /// On the result, arrows scroll the text; Tab moves between sources.
  private func resultKey(
    _ key: Key, _ quiz: inout QuestionnaireState, _ page: QuizPage, _ questionnaire: Questionnaire
  ) -> [QuizAction]? {
    switch key {
    case .tab, .backTab:
      let visible = quiz.top..<(quiz.top + quizView(page).height)
      guard let next = page.nextItem(after: quiz.selected, forward: key == .tab, visible: visible)
      else {
        return [.message(key == .tab ? "That was the last source." : "That was the first source.")]
      }
      quiz.selected = next
      revealSelection(&quiz, page)
      return []
    case .character("r"):
      quiz.step = .review
      quiz.selected = 0
      quiz.top = 0
      return []
    case .character("e"):
      return [.export]
    case .character("!") where questionnaire.evaluate(quiz.answers).emergency:
      return [.emergency]
    case .character("c"):
      guard quiz.goOn(in: questionnaire) else {
        return [.message("Every question is answered; r changes an answer.")]
      }
      return []
    default:
      guard
        let top = ScrollKeys.offset(
          quiz.top, by: key, page: quizView(page).height - 1, limit: quizScrollLimit(page))
      else {
        return nil
      }
      quiz.top = top
      dropHiddenSelection(&quiz, page)
      return []
    }
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

  /// Carries out what the page asked for, as navigation messages.
  private mutating func apply(
    _ actions: [QuizAction], _ quiz: QuestionnaireState, _ questionnaire: Questionnaire
  ) -> [Effect] {
    stack[stack.count - 1] = .questionnaire(quiz)
    let messages: [Message] = actions.map { action in
      switch action {
      case .save: .effect(.file(.saveProgress(quiz.progress)))
      case .clearSaved: .effect(.file(.clearProgress))
      case .leave: .pop
      case .warning: .push(.withdrawal(WithdrawalScreen()))
      case .emergency: .push(.withdrawal(WithdrawalScreen(emergency: true)))
      case .openSource(let id): .openSection(id)
      case .export: .effect(.file(.exportResult(quiz.answers)))
      case .message(let text): .notice(text)
      }
    }
    return apply(messages)
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

  /// Without questionnaire content the page only says so; Esc closes it.
  private mutating func handleNoQuestionnaire(_ event: Event) -> [Effect] {
    guard case .key(let key) = event else { return [] }
    switch key {
    case .escape, .backspace, .left, .character("h"), .character("s"), .function(3):
      return pop()
    default:
      return []
    }
  }
}
