import BaclofenQuiz
import Testing

@Suite struct EngineTests {
  let questionnaire = Bundled.questionnaire
  let alcoholOnly = ["cravings", "motivation", "other-medicines", "cocaine", "sleep-anxiety"]

  func asked(_ answers: [String]) throws -> [String] {
    questionnaire.askedQuestions(try AnswerParser.parse(answers, in: questionnaire)).map(\.id)
  }

  @Test func drinkingQuestionsOnlyWhenAlcoholIsThePurpose() throws {
    let alcohol = try asked(["purpose=alcohol"])
    for id in alcoholOnly { #expect(alcohol.contains(id)) }
    for purpose in ["spasticity", "other-substance", "something-else", "not-sure"] {
      let ids = try asked(["purpose=\(purpose)"])
      for id in alcoholOnly { #expect(!ids.contains(id), "\(id) asked for \(purpose)") }
      // Everyone is asked whether they drink (mixing is dangerous); nothing else about it.
      for question in questionnaire.questions
      where ids.contains(question.id) && question.id != "substances" {
        let text = question.text.lowercased()
        #expect(!text.contains("drink") && !text.contains("alcohol"), "\(question.id)")
      }
    }
    // Before the purpose is known, nothing about drinking is asked yet.
    for id in alcoholOnly { #expect(try !asked([]).contains(id)) }
  }

  @Test func longestPathStaysShort() throws {
    let answers = try AnswerParser.parse(["purpose=alcohol", "taking=yes"], in: questionnaire)
    #expect(questionnaire.askedQuestions(answers).count <= 19)
    let spasticity = try AnswerParser.parse(["purpose=spasticity", "taking=no"], in: questionnaire)
    #expect(questionnaire.askedQuestions(spasticity).count <= 15)
  }

  @Test func noAnswersGivesNoVerdictOnlyTheDisclaimer() {
    let evaluation = questionnaire.evaluate(Answers())
    #expect(evaluation.findings(.urgent).isEmpty)
    #expect(evaluation.findings(.against).isEmpty)
    #expect(!evaluation.withdrawalWarning)
    #expect(evaluation.disclaimer.contains("not a recommendation to start or stop"))
    #expect(!evaluation.evidenceNote.isEmpty && !evaluation.evidenceSources.isEmpty)
  }

  @Test func walkingForwardAndBack() throws {
    var answers = Answers()
    #expect(questionnaire.nextQuestion(after: answers)?.id == "purpose")
    #expect(questionnaire.previousQuestion(before: "purpose", given: answers) == nil)
    answers["purpose"] = "spasticity"
    answers["taking"] = "no"
    answers["symptoms-now"] = "no"
    // Alcohol questions are skipped, both forwards and back.
    #expect(questionnaire.nextQuestion(after: answers)?.id == "substance-history")
    #expect(
      questionnaire.previousQuestion(before: "substance-history", given: answers)?.id
        == "symptoms-now")
    answers["purpose"] = "alcohol"
    #expect(questionnaire.nextQuestion(after: answers)?.id == "cravings")
  }

  @Test func progressCountsAndNeverGrows() throws {
    var answers = Answers()
    var last = questionnaire.progress(answers)
    #expect(last.answered == 0 && last.total >= 13)
    while let question = questionnaire.nextQuestion(after: answers) {
      answers[question.id] = question.id == "purpose" ? "alcohol" : question.options[0].id
      let now = questionnaire.progress(answers)
      #expect(now.answered == last.answered + 1)
      #expect(now.total <= last.total && now.total >= now.answered)
      last = now
    }
    #expect(last.answered == last.total)
  }

  @Test func changingAnAnswerHidesAndRestoresDependentAnswers() throws {
    var answers = try AnswerParser.parse(["purpose=alcohol", "cocaine=yes"], in: questionnaire)
    #expect(questionnaire.evaluate(answers).disagreements.contains { $0.id == "cocaine" })
    answers["purpose"] = "spasticity"
    #expect(questionnaire.ignoredAnswers(answers) == ["cocaine"])
    #expect(!questionnaire.review(answers).contains { $0.question.id == "cocaine" })
    #expect(!questionnaire.evaluate(answers).disagreements.contains { $0.id == "cocaine" })
    answers["purpose"] = "alcohol"
    #expect(questionnaire.review(answers).map(\.question.id) == ["purpose", "cocaine"])
  }

  @Test func answersKeepOrderAndReplaceInPlace() {
    var answers = Answers(["taking": "no", "purpose": "alcohol"])
    answers["taking"] = "yes"
    #expect(answers.entries.map(\.question) == ["taking", "purpose"])
    #expect(answers["taking"] == "yes")
    answers["taking"] = nil
    #expect(answers.count == 1)
  }

  @Test func disagreementsShowBothSidesEachCited() throws {
    let cases: [(String, [String], [String], [String])] = [
      (
        "liver", ["purpose=alcohol", "kidney-liver=liver"],
        ["ria-aud/baclofen-for-patients-with-liver-disease"],
        ["august-overview/who-should-not-take-baclofen"]
      ),
      (
        "addictive", [], ["ria-aud/pros-and-cons"],
        ["cabin-dependence/is-baclofen-addictive", "cabin-dependence/can-baclofen-be-abused"]
      ),
      (
        "alcohol-evidence", ["purpose=alcohol"],
        ["ria-aud/evidence-for-baclofen-as-a-treatment-for-aud"],
        [
          "oxford-addiction/alcohol-use-disorders",
          "spasticity-primer/off-label-uses-you-might-hear-about",
        ]
      ),
    ]
    for (id, given, favouring, cautioning) in cases {
      let evaluation = questionnaire.evaluate(try AnswerParser.parse(given, in: questionnaire))
      let disagreement = try #require(evaluation.disagreements.first { $0.id == id })
      let favours = try #require(disagreement.sides.first { $0.kind == .favours })
      let caution = try #require(disagreement.sides.first { $0.kind != .favours })
      for source in favouring { #expect(favours.sources.contains(source), "\(id)") }
      for source in cautioning { #expect(caution.sources.contains(source), "\(id)") }
      // Both sides are also findings, tagged with the topic.
      #expect(evaluation.findings.filter { $0.topic == disagreement.topic }.count == 2)
    }
  }

  @Test func everyCitedIDResolves() {
    let library = Bundled.library
    let cited =
      questionnaire.rules.flatMap(\.sources) + questionnaire.evidenceSources
      + questionnaire.disagreements.flatMap(\.sides).flatMap(\.sources)
    for id in cited { #expect(library.section(id: id) != nil, "\(id)") }
    for rule in questionnaire.rules { #expect(!rule.sources.isEmpty, "\(rule.id)") }
  }
}
