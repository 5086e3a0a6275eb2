import BaclofenQuiz
import Testing

@testable import BaclofenUI

/// Line mode and the full screen take the questionnaire the same way on every path of
/// `Tests/answer-profiles.txt`: the same questions in the same order, "Get medical help now"
/// after the same answer, the same answers saved, and a result that says every finding.
@Suite struct LineModeAgreementTests {
  /// One walk through the questionnaire, the profile's answer given where it has one.
  struct Walk: Equatable {
    var asked: [String] = []
    /// The question whose answer brought "Get medical help now" in front.
    var emergencies: [String] = []
    var saved: Answers?
    var finished = false
  }

  /// The option a question gets: the profile's, else "No", "Neither" or the first.
  static func option(_ question: Question, _ wanted: Answers) -> Int {
    let fallback = ["no", "neither", "adult"].first { question.option(id: $0) != nil }
    let id = wanted[question.id] ?? fallback ?? question.options[0].id
    return question.options.firstIndex { $0.id == id }!
  }

  func fullScreen(_ wanted: Answers) -> Walk {
    var app = bundledApp()
    app.type("s")
    app.press(.enter)
    var walk = Walk()
    for _ in 0..<80 {
      if app.state.screenName == "emergency" {
        walk.emergencies.append(walk.asked.last ?? "")
        // Back to the result so far, then on with the questions.
        app.press(.escape)
        app.type("c")
        continue
      }
      guard let id = app.questionID, let question = bundledQuestionnaire.question(id: id) else {
        break
      }
      walk.asked.append(id)
      app.type(String(Self.option(question, wanted) + 1))
    }
    if case .file(.saveProgress(let progress))? = app.effects.last(where: \.isSave) {
      walk.saved = progress.answers
      walk.finished = progress.finished
    }
    return walk
  }

  func lineMode(_ wanted: Answers) -> (Walk, said: String) {
    var session = LineSession(env: bundledApp().state.env)
    var reply = session.handle("s")
    var said = reply.lines
    var walk = Walk()
    let emergencyEnd = session.emergency().last!
    var effects = reply.effects
    for _ in 0..<80 {
      if reply.lines.contains(emergencyEnd) { walk.emergencies.append(walk.asked.last ?? "") }
      guard case .question(let id)? = session.quiz?.step,
        let question = bundledQuestionnaire.question(id: id)
      else { break }
      walk.asked.append(id)
      reply = session.handle(String(Self.option(question, wanted) + 1))
      said += reply.lines
      effects += reply.effects
    }
    if case .saveProgress(let progress)? = effects.last(where: { $0.isSave }) {
      walk.saved = progress.answers
      walk.finished = progress.finished
    }
    return (walk, said.joined(separator: " "))
  }

  @Test(arguments: tableProfiles)
  func bothFacesTakeTheSamePath(_ profile: [String]) throws {
    let wanted = try AnswerParser.parse(profile, in: bundledQuestionnaire)
    let screen = fullScreen(wanted)
    let (line, said) = lineMode(wanted)
    #expect(line == screen)
    #expect(screen.finished && !screen.asked.isEmpty)
    let answers = try #require(screen.saved)
    func flat(_ text: String) -> String {
      text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
    let text = flat(said)
    for finding in bundledQuestionnaire.evaluate(answers).findings {
      #expect(text.contains(flat(finding.text)), "\(finding.id)")
    }
  }

  /// `b` goes back without erasing an answer, and `s` resumes where the questionnaire was
  /// left, as Backspace and `s` do on the full screen.
  @Test func backKeepsAnswersAndSResumes() throws {
    var session = LineSession(env: bundledApp().state.env)
    _ = session.handle("s")
    _ = session.handle("1")
    #expect(session.quiz?.step == .question("taking"))
    // Back from the second question to the first, its answer still marked; back again to
    // the intro, which offers to resume there.
    #expect(session.handle("b").lines.contains { $0.hasSuffix("(your answer)") })
    #expect(session.handle("b").lines.contains("1. Resume where you left off"))
    let left = session.handle("x")
    #expect(session.quiz == nil)
    #expect(left.effects.contains { $0.isSave })
    #expect(session.handle("s").lines.contains { $0.hasPrefix("You have answered 1 of about") })
    _ = session.handle("1")
    #expect(session.quiz?.step == .question("purpose"))
    #expect(session.quiz?.answers["purpose"] != nil)
    // A second answer moves on to the question after it, as on the full screen.
    _ = session.handle("1")
    #expect(session.quiz?.step == .question("taking"))
  }

  /// Answers saved by an earlier session are offered first, as on the full screen's intro.
  @Test func savedProgressIsOfferedOnTheIntro() {
    let saved = QuizProgress(
      answers: Answers(["purpose": "spasticity"]), currentQuestion: "taking", finished: false,
      savedAt: "2026-11-20T10:00:00Z")
    var session = LineSession(env: bundledApp().state.env, saved: saved, notice: nil)
    let lines = session.handle("s").lines
    #expect(
      lines.contains(
        "You have answered 1 of about \(bundledQuestionnaire.progress(saved.answers).total) questions (saved 2026-11-20)."
      ))
    _ = session.handle("1")
    #expect(session.quiz?.step == .question("taking"))
  }
}

extension FileEffect {
  var isSave: Bool {
    if case .saveProgress = self { true } else { false }
  }
}

extension Effect {
  var isSave: Bool {
    if case .file(let work) = self { work.isSave } else { false }
  }
}
