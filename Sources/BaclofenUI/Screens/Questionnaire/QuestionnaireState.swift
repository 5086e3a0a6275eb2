import BaclofenQuiz

/// Where someone is in "Is baclofen for you?": which page, the answers so far, the
/// highlighted row and the scroll position. The full screen and line mode both drive it.
/// Kept by `AppState` while it is closed (`QuestionnaireScreen.closing`), so `s` comes back to
/// the same page.
struct QuestionnaireState: Sendable, Equatable {
  enum Step: Sendable, Equatable {
    /// What the questionnaire is, how to answer, and resume / start over.
    case intro
    /// Asking the question with this id.
    case question(String)
    /// The findings, urgent first; also shown early when an answer raises something urgent.
    case result
    /// Every answer given, to change any of them.
    case review
  }

  var step: Step = .intro
  var answers = Answers()
  /// The highlighted item of the page (a choice, an option, a source, an answer).
  var selected: Int? = 0
  /// First body line shown.
  var top = 0
  /// The question "Resume" goes to (saved, or the one left with Backspace).
  var resumeAt: String?
  /// When the answers were saved on disk ("2026-11-21T…"), for the intro.
  var savedAt: String?
  /// Set while a question is re-asked from the review: answering it returns to the result.
  var reviewing = false
  /// About saved answers (damaged, or cannot be saved), shown on the intro.
  var notice: String?

  init(
    answers: Answers = Answers(), resumeAt: String? = nil, savedAt: String? = nil,
    notice: String? = nil
  ) {
    self.answers = answers
    self.resumeAt = resumeAt
    self.savedAt = savedAt
    self.notice = notice
  }

  /// Answers saved by an earlier session, offered on the intro, and any notice about them
  /// (for example that a damaged file was set aside); nil when there is neither.
  init?(offering progress: QuizProgress?, notice: String?) {
    guard let progress, !progress.answers.isEmpty else {
      guard let notice else { return nil }
      self.init(notice: notice)
      return
    }
    self.init(
      answers: progress.answers, resumeAt: progress.currentQuestion, savedAt: progress.savedAt,
      notice: notice)
  }

  var isAsking: Bool {
    if case .question = step { true } else { false }
  }

  /// What the terminal side saves after each change.
  var progress: QuizProgress {
    switch step {
    case .question(let id): QuizProgress(answers: answers, currentQuestion: id)
    case .intro: QuizProgress(answers: answers, currentQuestion: resumeAt)
    case .result, .review: QuizProgress(answers: answers, finished: true)
    }
  }
}

/// What a key on the questionnaire asks the app to do besides changing `QuestionnaireState`.
enum QuizAction: Sendable, Equatable {
  /// Save progress (after an answer, or on leaving).
  case save
  /// Forget saved answers ("Start over").
  case clearSaved
  case leave
  /// Open the withdrawal warning over the questionnaire; Esc comes back.
  case warning
  /// Open "Get medical help now" over the questionnaire; Esc comes back.
  case emergency
  case openSource(String)
  case export
  case message(String)
}

/// Page changes, given the questionnaire. Pure: no layout here (see QuestionnairePage.swift).
extension QuestionnaireState {
  mutating func ask(_ id: String, in questionnaire: Questionnaire) {
    step = .question(id)
    let answered = answers[id].flatMap { answer in
      questionnaire.question(id: id)?.options.firstIndex { $0.id == answer }
    }
    selected = answered ?? 0
    top = 0
  }

  /// Shows the result; in front of it "Get medical help now" when an answer is urgent,
  /// else the withdrawal warning when the evaluation calls for it.
  mutating func showResult(in questionnaire: Questionnaire) -> [QuizAction] {
    step = .result
    selected = nil
    top = 0
    reviewing = false
    let evaluation = questionnaire.evaluate(answers)
    if evaluation.emergency { return [.emergency] }
    return evaluation.withdrawalWarning ? [.warning] : []
  }

  /// "Resume": the saved question if it is still asked, else the next unanswered one, else
  /// the result.
  mutating func resume(in questionnaire: Questionnaire) -> [QuizAction] {
    if let id = resumeAt, let question = questionnaire.question(id: id),
      questionnaire.isAsked(question, given: answers)
    {
      ask(id, in: questionnaire)
      return []
    }
    if let next = questionnaire.nextQuestion(after: answers) {
      ask(next.id, in: questionnaire)
      return []
    }
    return showResult(in: questionnaire)
  }

  mutating func startOver(in questionnaire: Questionnaire) -> [QuizAction] {
    answers = Answers()
    resumeAt = nil
    savedAt = nil
    guard let first = questionnaire.nextQuestion(after: answers) else {
      return showResult(in: questionnaire) + [.clearSaved]
    }
    ask(first.id, in: questionnaire)
    return [.clearSaved]
  }

  /// Records option `index` of question `id` and moves on: to the next question in order
  /// (answered ones show their answer), to any new question a changed answer brings in, or
  /// to the result. An answer that raises something urgent shows the result at once.
  mutating func answer(_ id: String, option index: Int, in questionnaire: Questionnaire)
    -> [QuizAction]
  {
    guard let question = questionnaire.question(id: id), question.options.indices.contains(index)
    else { return [] }
    let urgentBefore = Set(questionnaire.evaluate(answers).findings(.urgent).map(\.id))
    answers[id] = question.options[index].id
    let urgentAfter = Set(questionnaire.evaluate(answers).findings(.urgent).map(\.id))
    if !urgentAfter.isSubset(of: urgentBefore) {
      return [.save] + showResult(in: questionnaire)
    }
    let asked = questionnaire.askedQuestions(answers)
    if !reviewing, let here = asked.firstIndex(where: { $0.id == id }), here + 1 < asked.count {
      ask(asked[here + 1].id, in: questionnaire)
    } else if let next = questionnaire.nextQuestion(after: answers) {
      ask(next.id, in: questionnaire)
    } else {
      return [.save] + showResult(in: questionnaire)
    }
    return [.save]
  }

  /// Backspace: the previous question; from the first question the intro; from the review
  /// the result; from the result the last question.
  mutating func back(in questionnaire: Questionnaire) -> [QuizAction] {
    switch step {
    case .intro:
      return [.leave]
    case .question(let id):
      if let previous = questionnaire.previousQuestion(before: id, given: answers) {
        ask(previous.id, in: questionnaire)
      } else {
        resumeAt = id
        step = .intro
        selected = 0
        top = 0
      }
    case .result:
      guard let last = questionnaire.askedQuestions(answers).last else { return [.leave] }
      ask(last.id, in: questionnaire)
    case .review:
      step = .result
      selected = nil
      top = 0
    }
    return [.save]
  }

  /// Said on the intro, in every face.
  static let notAdvice =
    "Information to discuss with a prescriber, not a recommendation to start or stop anything."

  /// The intro's choices: start, or resume and start over when there are answers.
  func introChoices(in questionnaire: Questionnaire) -> [(label: String, target: QuizPage.Target)] {
    guard !answers.isEmpty else { return [("1. Start", .start)] }
    let complete = questionnaire.nextQuestion(after: answers) == nil
    return [
      (complete ? "1. See your result again" : "1. Resume where you left off", .resume),
      ("2. Start over (your answers are forgotten)", .startOver),
    ]
  }

  /// "You have answered 3 of about 12 questions (saved 2026-11-21)."; nil with no answers.
  func answeredSummary(in questionnaire: Questionnaire) -> String? {
    guard !answers.isEmpty else { return nil }
    let progress = questionnaire.progress(answers)
    var kept = "You have answered \(progress.answered) of about \(progress.total) questions"
    if let savedAt, savedAt.count >= 10 { kept += " (saved \(savedAt.prefix(10)))" }
    return kept + "."
  }

  /// "Question 3 of about 12": where `question` is among those asked for these answers.
  func header(for question: Question, in questionnaire: Questionnaire) -> String {
    let asked = questionnaire.askedQuestions(answers)
    let number = (asked.firstIndex { $0.id == question.id } ?? asked.count) + 1
    let total = max(number, questionnaire.progress(answers).total)
    return "Question \(number) of about \(total)"
  }

  /// Option `index` of `question` as listed: its label, marked when it is the answer given.
  func optionLabel(_ index: Int, of question: Question) -> String {
    let option = question.options[index]
    return option.label + (answers[question.id] == option.id ? " (your answer)" : "")
  }

  /// `c` on a result shown early: the next unanswered question; false when all are answered.
  mutating func goOn(in questionnaire: Questionnaire) -> Bool {
    guard let next = questionnaire.nextQuestion(after: answers) else { return false }
    ask(next.id, in: questionnaire)
    return true
  }

  /// Questions still to answer (about), for the result shown early.
  func remaining(in questionnaire: Questionnaire) -> Int {
    let progress = questionnaire.progress(answers)
    return questionnaire.nextQuestion(after: answers) == nil
      ? 0 : max(1, progress.total - progress.answered)
  }
}
