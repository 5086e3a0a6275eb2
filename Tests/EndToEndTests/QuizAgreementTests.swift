import BaclofenBundled
import BaclofenContent
import BaclofenQuiz
import Foundation
import Testing

/// `quiz --json`, line mode and the engine the reader uses must say the same for the same
/// answers: the same findings, notes, emergency and warning, and how complete it is.
@Suite struct QuizAgreementTests {
  static let library = LibraryLoader.load(BundledContent.files).0
  static let questionnaire = Questionnaire.load(BundledContent.files, library: library).0!

  func json(_ answers: [String]) throws -> [String: Any] {
    let result = try Binary.run(["quiz", "--json"] + answers.flatMap { ["--answer", $0] })
    #expect(result.status == 0, "\(result.stderr)")
    return try #require(
      JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
  }

  @Test(arguments: tableProfiles)
  func jsonAgreesWithTheEngine(_ answers: [String]) throws {
    let questionnaire = Self.questionnaire
    let evaluation = questionnaire.evaluate(try AnswerParser.parse(answers, in: questionnaire))
    let result = try json(answers)
    let findings = try #require(result["findings"] as? [[String: Any]])
    #expect(findings.compactMap { $0["text"] as? String } == evaluation.findings.map(\.text))
    #expect(
      findings.compactMap { $0["kind"] as? String } == evaluation.findings.map(\.kind.rawValue))
    #expect(result["emergency"] as? Bool == evaluation.emergency)
    #expect(result["withdrawalWarning"] as? Bool == evaluation.withdrawalWarning)
    let everyone = try #require(result["everyone"] as? [String: Any])
    let notes = try #require(everyone["notes"] as? [[String: Any]])
    #expect(notes.compactMap { $0["id"] as? String } == evaluation.everyone?.notes.map(\.id))
    let decision = try #require(result["decision"] as? [[String: Any]])
    let decided = decision.flatMap { ($0["notes"] as? [[String: Any]]) ?? [] }
    let options = evaluation.decision.flatMap(\.notes)
    #expect(decided.compactMap { $0["id"] as? String } == options.map(\.id))
    let complete = try #require(result["completeness"] as? [String: Any])
    #expect(complete["answered"] as? Int == evaluation.completeness.answered)
    #expect(
      complete["unanswered"] as? [String] == evaluation.completeness.unanswered.map(\.id))
    let dates = try #require(result["dates"] as? [[String: Any]])
    #expect(dates.allSatisfy { $0["publisherKind"] is String })
  }

  /// Answers every question in line mode: the profile's answer, else "No"/"Neither"/the
  /// first option. Returns the typed lines and the full answers given.
  func lineModeInput(_ profile: [String]) throws -> (input: [String], answers: [String]) {
    let questionnaire = Self.questionnaire
    let wanted = try AnswerParser.parse(profile, in: questionnaire)
    var answers = Answers()
    var input = ["s"]
    while let question = questionnaire.nextQuestion(after: answers) {
      let fallback = ["no", "neither", "adult"].first { question.option(id: $0) != nil }
      let id = wanted[question.id] ?? fallback ?? question.options[0].id
      let index = question.options.firstIndex { $0.id == id }!
      answers[question.id] = id
      input.append("\(index + 1)")
    }
    return (input + ["q"], answers.entries.map { "\($0.question)=\($0.option)" })
  }

  @Test(arguments: tableProfiles)
  func lineModeAgreesWithJSON(_ profile: [String]) throws {
    let (input, answers) = try lineModeInput(profile)
    let plain = try Binary.run(["--plain"], input: input.joined(separator: "\n") + "\n")
    #expect(plain.status == 0, "\(plain.stderr)")
    let said = plain.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    let result = try json(answers)
    for finding in try #require(result["findings"] as? [[String: Any]]) {
      let text = try #require(finding["text"] as? String)
      #expect(said.contains(text.split(whereSeparator: \.isWhitespace).joined(separator: " ")))
    }
    if result["emergency"] as? Bool == true {
      // "Get medical help now" comes before the next question is asked.
      let help = try #require(said.range(of: "Get medical help now"))
      let nextQuestion = try #require(said.range(of: "Question 4 of about"))
      #expect(help.lowerBound < nextQuestion.lowerBound)
      #expect(said.contains("call emergency services right away"))
    }
  }
}

/// Every profile of `Tests/answer-profiles.txt` (the questionnaire's table, checked against
/// `ProfileTests`' by a test there, and more paths), read from the source tree.
let tableProfiles: [[String]] = {
  let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("answer-profiles.txt")
  let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
  return text.split(separator: "\n", omittingEmptySubsequences: false)
    .filter { !$0.hasPrefix("#") }.dropLast()
    .map { $0.split(separator: " ").map(String.init) }
}()
