import BaclofenQuiz
import BaclofenText
import Foundation

/// `quiz --saved`: the answers the reader saved as they were given, and the command that
/// shows what the articles say for them.
enum QuizSaved {
  struct Listing: Encodable {
    struct Item: Encodable {
      var question: String
      var option: String
      /// Null when the questionnaire no longer has this question or option.
      var questionText: String?
      var optionLabel: String?
    }
    var saved: Bool
    var savedAt: String?
    var finished: Bool
    var currentQuestion: String?
    var answers: [Item]
    var progress: QuizResult.Progress
    /// The `baclofen quiz` command that evaluates these answers.
    var command: String?

    enum CodingKeys: String, CodingKey {
      case saved, savedAt, finished, currentQuestion, answers, progress, command
    }
    // Every key present, null when there is nothing, so scripts need not test for them.
    func encode(to encoder: Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(saved, forKey: .saved)
      try container.encode(savedAt, forKey: .savedAt)
      try container.encode(finished, forKey: .finished)
      try container.encode(currentQuestion, forKey: .currentQuestion)
      try container.encode(answers, forKey: .answers)
      try container.encode(progress, forKey: .progress)
      try container.encode(command, forKey: .command)
    }
  }

  /// Loads the saved answers (a damaged file is set aside, with a notice) and prints them.
  static func print(_ questionnaire: Questionnaire, json: Bool) throws {
    let (progress, notice) = ProgressStore.standard().store.load()
    if let notice { Output.error(notice) }
    let output = output(progress, questionnaire: questionnaire)
    if json {
      try Output.json(output)
    } else {
      Output.text(text(output, questionnaire: questionnaire))
    }
  }

  static func output(_ progress: QuizProgress?, questionnaire: Questionnaire) -> Listing {
    let answers = progress?.answers ?? Answers()
    let items = answers.entries.map { entry in
      let question = questionnaire.question(id: entry.question)
      return Listing.Item(
        question: entry.question, option: entry.option, questionText: question?.text,
        optionLabel: question?.option(id: entry.option)?.label)
    }
    let known = items.filter { $0.optionLabel != nil }
    let (answered, total) = questionnaire.progress(answers)
    return Listing(
      saved: progress != nil, savedAt: progress?.savedAt, finished: progress?.finished ?? false,
      currentQuestion: progress?.currentQuestion, answers: items,
      progress: .init(answered: answered, total: total),
      command: known.isEmpty
        ? nil
        : (["baclofen quiz"] + known.map { "--answer \($0.question)=\($0.option)" })
          .joined(separator: " "))
  }

  static func text(_ output: Listing, questionnaire: Questionnaire) -> String {
    guard output.saved, !output.answers.isEmpty else {
      return "No answers are saved. The reader saves them as you answer: run `baclofen` and "
        + "press s for \"\(questionnaire.title)\".\n"
    }
    var lines = [
      "Answers saved from the reader" + (output.savedAt.map { " at \($0)" } ?? "") + ": "
        + "\(output.progress.answered) of \(output.progress.total) questions answered"
        + (output.finished ? ", finished." : ", not finished."),
      "",
    ]
    for item in output.answers {
      lines.append("\(item.questionText ?? "(no longer in the questionnaire)")  [\(item.question)]")
      lines.append(
        "  \(item.question)=\(item.option)  \(item.optionLabel ?? "(no longer an option)")")
    }
    if !output.finished, let current = output.currentQuestion,
      let question = questionnaire.question(id: current)
    {
      lines += ["", "The reader resumes at: \(question.text)  [\(current)]"]
    }
    if let command = output.command {
      lines += ["", "What the articles say for these answers:", "  " + command]
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
