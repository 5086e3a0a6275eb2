import BaclofenQuiz
import Testing

@testable import BaclofenUI

/// "Is baclofen for you?" screens, compared with `Screens/questionnaire-*.txt`.
@Suite struct QuestionnaireScreenTests {
  @Test(arguments: [(80, 24), (40, 12)])
  func intro(width: Int, height: Int) throws {
    var app = bundledApp(width: width, height: height)
    app.type("s")
    try expectScreen(app, "questionnaire-intro-\(width)x\(height)")
  }

  @Test(arguments: [(80, 24), (40, 12)])
  func introOffersToResume(width: Int, height: Int) throws {
    var app = resumedApp(
      ["purpose": "spasticity", "taking": "no"], at: "symptoms-now",
      notice: "Your answers are not being saved (no home folder).", width: width, height: height)
    app.type("s")
    app.press(.down)
    try expectScreen(app, "questionnaire-resume-\(width)x\(height)")
  }

  @Test(arguments: [(80, 24), (40, 12)])
  func question(width: Int, height: Int) throws {
    var app = bundledApp(width: width, height: height)
    app.type("s")
    app.press(.enter, .down)
    try expectScreen(app, "questionnaire-question-\(width)x\(height)")
  }

  @Test(arguments: [(80, 24), (40, 12)])
  func urgentResultWithDisagreement(width: Int, height: Int) throws {
    var app = urgentResultApp(width: width, height: height)
    try expectScreen(app, "questionnaire-result-\(width)x\(height)")
    for _ in 0..<30 where !app.text.contains("Where the articles disagree") {
      app.press(.pageDown)
    }
    app.press(.tab)
    try expectScreen(app, "questionnaire-disagree-\(width)x\(height)")
  }

  @Test(arguments: [(80, 24), (40, 12)])
  func emergency(width: Int, height: Int) throws {
    var app = bundledApp(width: width, height: height)
    app.type("s")
    app.press(.enter)
    app.answerAll(["purpose": "spasticity", "taking": "yes", "symptoms-now": "yes"])
    try expectScreen(app, "questionnaire-emergency-\(width)x\(height)")
  }

  @Test(arguments: [(80, 24), (40, 12)])
  func review(width: Int, height: Int) throws {
    var app = urgentResultApp(width: width, height: height)
    app.type("r")
    app.press(.down)
    try expectScreen(app, "questionnaire-review-\(width)x\(height)")
  }
}

/// The questionnaire's keys, effects and the ways in and out.
@Suite struct QuestionnaireKeyTests {
  @Test func numbersAnswerAndSaveAfterEveryAnswer() {
    var app = bundledApp()
    app.type("s")
    app.press(.enter)
    #expect(app.questionID == "purpose")
    #expect(app.text.contains("Question 1 of about"))
    app.type("1")
    #expect(app.questionID == "taking")
    #expect(app.quiz?.answers["purpose"] == "spasticity")
    #expect(
      app.effects.last
        == .file(
          .saveProgress(
            QuizProgress(answers: Answers(["purpose": "spasticity"]), currentQuestion: "taking"))))
    app.type("9")
    #expect(app.questionID == "taking")
    #expect(app.text.contains("Choose 1 to 7."))
  }

  @Test func arrowsAndEnterAnswer() {
    var app = bundledApp()
    app.type("s")
    app.press(.enter, .down, .down, .up, .enter)
    #expect(app.quiz?.answers["purpose"] == "alcohol")
    #expect(app.screen.cursor?.y == app.lines.firstIndex { $0.contains("1. No, and I have") })
  }

  @Test func backspaceGoesToThePreviousQuestionWithItsAnswer() {
    var app = bundledApp()
    app.type("s")
    app.press(.enter)
    app.type("2")
    app.press(.backspace)
    #expect(app.questionID == "purpose")
    #expect(app.quiz?.selected == 1)
    #expect(app.text.contains("2. Alcohol use (cutting down or stopping drinking) (your answer)"))
    app.press(.backspace)
    #expect(app.quiz?.step == .intro)
    #expect(app.text.contains("1. Resume where you left off"))
    app.press(.enter)
    #expect(app.questionID == "purpose")
  }

  @Test func escLeavesAndSResumesAtTheSameQuestion() {
    var app = bundledApp()
    app.type("s")
    app.press(.enter)
    app.type("12")
    let here = app.questionID
    app.press(.escape)
    #expect(app.state.screenName == "home")
    #expect(
      app.effects.last
        == .file(
          .saveProgress(
            QuizProgress(
              answers: Answers(["purpose": "spasticity", "taking": "before"]),
              currentQuestion: here))))
    app.type("s")
    #expect(app.questionID == here)
  }

  @Test func savedProgressIsOfferedAndStartOverForgetsIt() {
    var app = resumedApp(["purpose": "alcohol"], at: "taking")
    app.type("s")
    #expect(app.text.contains("You have answered 1 of about"))
    #expect(app.text.contains("(saved 2026-11-20)"))
    app.type("1")
    #expect(app.questionID == "taking")

    var fresh = resumedApp(["purpose": "alcohol"], at: "taking")
    fresh.type("s2")
    #expect(fresh.questionID == "purpose")
    #expect(fresh.quiz?.answers.isEmpty == true)
    #expect(fresh.effects == [.file(.clearProgress)])
  }

  @Test func urgentAnswersShowGetHelpNowThenTheResult() {
    var app = bundledApp()
    app.type("s")
    app.press(.enter)
    app.answerAll(["purpose": "spasticity", "taking": "stopping", "symptoms-now": "yes"])
    // Its own screen, at once: the signs and what to do, not the withdrawal warning.
    #expect(app.state.screenName == "emergency")
    #expect(app.text.contains("GET MEDICAL HELP NOW"))
    #expect(app.text.contains("Call emergency services right away"))
    #expect(!app.text.contains("WARNING: Never stop"))
    // The withdrawal warning stays one key away; Esc retraces the way back to the result.
    app.type("w")
    #expect(app.state.screenName == "withdrawal")
    app.press(.escape)
    #expect(app.state.screenName == "emergency")
    app.press(.escape)
    #expect(app.quiz?.step == .result)
    // Help first, then the boxed withdrawal warning (this person is stopping).
    let help = app.text.range(of: "Get medical help now")
    let warning = app.text.range(of: "WARNING: Never stop baclofen suddenly")
    #expect(help != nil && warning != nil && help!.lowerBound < warning!.lowerBound)
    #expect(app.text.contains("Not finished"))
    app.type("!")
    #expect(app.state.screenName == "emergency")
    app.press(.escape)
    app.type("c")
    #expect(app.questionID != nil)
  }

  /// Someone who does not take baclofen and has symptoms now is sent to help, not to a
  /// warning about stopping a medicine they do not take.
  @Test func overdoseWithoutBaclofenShowsHelpNotTheWithdrawalWarning() {
    var app = bundledApp()
    app.type("s")
    app.press(.enter)
    app.answerAll(["purpose": "not-sure", "taking": "no", "symptoms-now": "overdose"])
    #expect(app.state.screenName == "emergency")
    #expect(app.text.contains("Severe drowsiness, confusion, difficulty breathing"))
    app.press(.escape)
    #expect(app.quiz?.step == .result)
    #expect(!app.text.contains("WARNING: Never stop baclofen suddenly"))
  }

  @Test func findingsComeUrgentFirstWithBothSidesOfADisagreement() {
    var app = urgentResultApp(width: 80, height: 400)
    let text = app.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    let order = [
      "Get medical help now", "How complete this result is",
      "Risks the articles describe for everyone", "For your answers", "Take care",
      "Where the articles disagree", "The options the articles name",
      "What may matter to you", "The evidence and its uncertainty",
      "Who published the articles, and when",
    ]
    let positions = order.map { text.range(of: $0)?.lowerBound }
    #expect(positions.allSatisfy { $0 != nil })
    #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
    #expect(text.contains("Liver disease"))
    #expect(text.contains("In favour: One article says that, unlike many medications"))
    #expect(text.contains("Take care: Another article says people with liver disease"))
    #expect(text.contains("The evidence and its uncertainty"))
    #expect(text.contains(bundledQuestionnaire.disclaimer.prefix(40)))
    app.press(.end)
    #expect(app.quiz?.step == .result)
  }

  @Test func wFromAQuestionOpensTheWarningAndEscReturns() {
    var app = bundledApp()
    app.type("s")
    app.press(.enter)
    app.type("1")
    app.type("w")
    #expect(app.state.screenName == "withdrawal")
    app.press(.escape)
    #expect(app.questionID == "taking")
    app.type("?")
    #expect(app.state.screenName == "help")
    app.type("x")
    #expect(app.questionID == "taking")
  }

  @Test func eEmitsTheExportEffectAndShowsTheNotice() {
    var app = urgentResultApp()
    app.perform = { effect in
      if case .exportResult = effect {
        "Result saved to /home/x/baclofen-questionnaire.txt"
      } else {
        nil
      }
    }
    app.type("e")
    guard case .file(.exportResult(let answers))? = app.effects.last else {
      Issue.record("no export effect")
      return
    }
    #expect(answers["symptoms-now"] == "yes")
    #expect(app.lines[23].contains("Result saved to /home/x/baclofen-questionnaire.txt"))
  }

  @Test func aSourceOpensTheReaderAtThatSection() throws {
    var app = urgentResultApp()
    app.press(.tab)
    let selected = try #require(app.quiz?.selected)
    guard
      case .source(let id) = app.state.context.quizPage(app.quiz!, bundledQuestionnaire)
        .items[selected].target
    else {
      Issue.record("the highlight is not on a source")
      return
    }
    app.press(.enter)
    #expect(app.state.screenName == "home")
    #expect(app.state.currentSectionID == id)
    #expect(app.text.contains("Esc returns to your result."))
    app.type("s")
    #expect(app.quiz?.step == .result)
  }

  @Test func theWheelDropsASourceHighlightItScrollsAway() throws {
    var app = urgentResultApp(width: 60, height: 14)
    app.press(.tab)
    _ = try #require(app.quiz?.selected)
    for _ in 0..<20 { app.send(.mouse(MouseEvent(.wheelDown, x: 5, y: 5))) }
    #expect(app.quiz?.selected == nil)
    app.press(.enter)  // nothing highlighted: says how to open a source, opens nothing
    #expect(app.state.screenName == "questionnaire")
  }

  @Test func reviewChangesAnAnswerAndReturnsToTheResult() {
    var app = urgentResultApp()
    app.type("r")
    #expect(app.text.contains("Your answers"))
    app.press(.down, .enter)  // "Are you taking baclofen at the moment?"
    #expect(app.questionID == "taking")
    app.choose("before")
    #expect(app.state.screenName == "emergency")  // still urgent
    app.press(.escape)
    #expect(app.quiz?.step == .result)
    #expect(app.quiz?.answers["taking"] == "before")
  }

  @Test func aClickOnAnOptionAnswersIt() {
    var app = bundledApp()
    app.type("s")
    app.press(.enter)
    let row = app.lines.firstIndex { $0.contains("4. Something else") }!
    app.send(.mouse(MouseEvent(.click, x: 10, y: row)))
    #expect(app.quiz?.answers["purpose"] == "something-else")
  }
}
