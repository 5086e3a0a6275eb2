import BaclofenContent
import BaclofenQuiz

/// "Is baclofen for you?" in line mode, on the full screen's `QuestionnaireState`: the same
/// pages, the same moves (an urgent answer shows "Get medical help now" and the result so
/// far first, `b` goes back keeping every answer, `s` resumes), printed as lines.
extension LineSession {
  static let howToAnswer =
    "Type the number of an answer; b goes back to the previous question; x leaves "
    + "(your answers are kept)."

  /// `s`: the questionnaire where it was left; with no answers yet, its first question.
  mutating func startQuestionnaire() -> Reply {
    guard let questionnaire = env.questionnaire else {
      return Reply(lines: ["The questionnaire is not available."])
    }
    var quiz = leftQuiz ?? QuestionnaireState()
    leftQuiz = nil
    if case .question(let id) = quiz.step { quiz.resumeAt = id }
    quiz.step = .intro
    var reply = Reply(
      lines: [
        questionnaire.title, questionnaire.intro,
        QuestionnaireState.notAdvice, Self.howToAnswer,
      ] + (quiz.notice.map { [$0] } ?? []))
    guard quiz.answers.isEmpty else {
      self.quiz = quiz
      reply.lines += page(questionnaire)
      return reply
    }
    let actions = quiz.resume(in: questionnaire)
    self.quiz = quiz
    return carryOut(actions, questionnaire, into: reply)
  }

  /// A line typed while the questionnaire is open.
  mutating func answer(_ line: String) -> Reply {
    guard var quiz, let questionnaire = env.questionnaire else { return Reply() }
    let actions: [QuizAction]
    switch line.lowercased() {
    case "!": return Reply(lines: emergency() + page(questionnaire))
    case "w":
      return Reply(lines: withdrawal().dropLast() + page(questionnaire))
    case "x", "q": actions = [.leave]
    case "b": actions = quiz.back(in: questionnaire)
    default:
      let choices = quiz.choices(in: questionnaire)
      guard let number = Int(line), choices.indices.contains(number - 1) else {
        return Reply(lines: [
          "Type a number from 1 to \(max(1, choices.count)), b to go back or x to leave."
        ])
      }
      switch choices[number - 1] {
      case .start, .resume: actions = quiz.resume(in: questionnaire)
      case .startOver: actions = quiz.startOver(in: questionnaire)
      case .option(let index):
        guard case .question(let id) = quiz.step else { return Reply() }
        actions = quiz.answer(id, option: index, in: questionnaire)
      case .source, .reask: return Reply()
      }
    }
    self.quiz = quiz
    return carryOut(actions, questionnaire, into: Reply())
  }

  /// Carries out what the questionnaire asked for, then shows the page it is on.
  private mutating func carryOut(
    _ actions: [QuizAction], _ questionnaire: Questionnaire, into reply: Reply
  ) -> Reply {
    var reply = reply
    guard var quiz else { return reply }
    for action in actions {
      switch action {
      case .save: reply.effects.append(.saveProgress(quiz.progress))
      case .clearSaved: reply.effects.append(.clearProgress)
      case .leave: return leave(into: reply)
      // Help needed now comes first, before the result and any other question.
      case .emergency: reply.lines += emergency() + [""]
      // The result below holds the warning in full.
      case .warning: break
      case .export: reply.effects.append(.exportResult(quiz.answers))
      case .message(let text): reply.lines.append(text)
      case .openSource: break
      }
    }
    if quiz.step == .result {
      let early = quiz.remaining(in: questionnaire) > 0
      reply.lines += [early ? "Your result so far:" : "Your result:"] + result(quiz)
      // No screen to come back to: the questions go on at once, or the questionnaire closes.
      if early, quiz.goOn(in: questionnaire) {
        self.quiz = quiz
        reply.lines.append("When you are ready, go on with the questions (x leaves):")
      } else {
        self.quiz = quiz
        reply.lines.append("Type s to see your result again or to start over.")
        return leave(into: reply, quietly: true)
      }
    }
    reply.lines += page(questionnaire)
    return reply
  }

  /// Closes the questionnaire, keeping it and saving its progress.
  private mutating func leave(into reply: Reply, quietly: Bool = false) -> Reply {
    var reply = reply
    guard let quiz else { return reply }
    leftQuiz = quiz
    self.quiz = nil
    reply.effects.append(.saveProgress(quiz.progress))
    if !quietly {
      reply.lines.append("Questionnaire closed; your answers are kept. Type s to come back.")
    }
    return reply
  }

  /// The page the questionnaire is on: the intro's choices, or the question and its options.
  private func page(_ questionnaire: Questionnaire) -> [String] {
    guard let quiz else { return [] }
    switch quiz.step {
    case .intro:
      return (quiz.answeredSummary(in: questionnaire).map { [$0] } ?? [])
        + quiz.introChoices(in: questionnaire).map(\.label)
    case .question(let id):
      guard let question = questionnaire.question(id: id) else { return [] }
      var lines = [quiz.header(for: question, in: questionnaire) + ": " + question.text]
      if let help = question.help { lines.append(help) }
      return lines
        + question.options.indices.map { "\($0 + 1). \(quiz.optionLabel($0, of: question))" }
    case .result, .review: return []
    }
  }

  /// The result as the export gives it, line by line.
  private func result(_ quiz: QuestionnaireState) -> [String] {
    guard let questionnaire = env.questionnaire else { return [] }
    let text = ResultExport.text(
      questionnaire.evaluate(quiz.answers), questionnaire: questionnaire, library: env.library,
      answers: quiz.answers, withdrawal: env.withdrawal)
    return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }
}

extension QuestionnaireState {
  /// What the numbers typed choose on this page: the intro's choices or the options.
  func choices(in questionnaire: Questionnaire) -> [QuizPage.Target] {
    switch step {
    case .intro: introChoices(in: questionnaire).map(\.target)
    case .question(let id):
      questionnaire.question(id: id)?.options.indices.map { .option($0) } ?? []
    case .result, .review: []
    }
  }
}
