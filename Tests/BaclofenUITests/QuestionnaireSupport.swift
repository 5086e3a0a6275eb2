import BaclofenQuiz
import Testing

@testable import BaclofenUI

/// Answers that raise an urgent finding and both disagreements (liver, drinking).
let urgentAnswers: KeyValuePairs<String, String> = [
  "purpose": "alcohol", "taking": "yes", "symptoms-now": "yes", "kidney-liver": "liver",
]

extension HeadlessApp {
  /// The questionnaire in front, if it is.
  var quiz: QuestionnaireState? {
    (state.top as? QuestionnaireScreen)?.quiz
  }

  /// The id of the question on screen.
  var questionID: String? {
    if case .question(let id)? = quiz?.step { id } else { nil }
  }

  /// Presses the number of `option` on the question in front.
  mutating func choose(_ option: String) {
    guard let id = questionID, let question = bundledQuestionnaire.question(id: id),
      let index = question.options.firstIndex(where: { $0.id == option })
    else {
      Issue.record("no option \(option) on \(questionID ?? "this page")")
      return
    }
    type(String(index + 1))
  }

  /// Answers every question in front with `choices`, else "no" / "neither", else the last
  /// option, until the result (or `limit` questions).
  mutating func answerAll(_ choices: [String: String] = [:], limit: Int = 40) {
    for _ in 0..<limit {
      guard let id = questionID, let question = bundledQuestionnaire.question(id: id) else {
        return
      }
      let ids = question.options.map(\.id)
      choose(choices[id] ?? ids.first { $0 == "no" || $0 == "neither" } ?? ids.last!)
    }
  }
}

/// An app whose saved progress (from an earlier session) holds `answers`.
func resumedApp(
  _ answers: KeyValuePairs<String, String>, at question: String? = nil, finished: Bool = false,
  notice: String? = nil, width: Int = 80, height: Int = 24
) -> HeadlessApp {
  var app = bundledApp(width: width, height: height)
  var state = app.state
  state.offerSavedProgress(
    QuizProgress(
      answers: Answers(answers), currentQuestion: question, finished: finished,
      savedAt: "2026-11-20T10:00:00Z"), notice: notice)
  app = HeadlessApp(state)
  return app
}

/// The result for `urgentAnswers` plus "no" to the rest, with the warning closed.
func urgentResultApp(width: Int = 80, height: Int = 24) -> HeadlessApp {
  var app = bundledApp(width: width, height: height)
  app.type("s")
  app.press(.enter)
  app.answerAll(Dictionary(uniqueKeysWithValues: urgentAnswers.map { ($0.key, $0.value) }))
  // The urgent answer shows the result (and the warning) at once; go on, then finish.
  app.press(.escape)
  app.type("c")
  app.answerAll(Dictionary(uniqueKeysWithValues: urgentAnswers.map { ($0.key, $0.value) }))
  app.press(.escape)
  return app
}
