import BaclofenQuiz
import Foundation
import Testing

@testable import BaclofenUI

/// The reader's result page says what the engine (and so `quiz --json` and line mode) says.
@Suite struct QuestionnaireAgreementTests {
  @Test(arguments: tableProfiles)
  func resultPageShowsEveryFindingAndNote(_ profile: [String]) throws {
    let questionnaire = bundledQuestionnaire
    let answers = try AnswerParser.parse(profile, in: questionnaire)
    let app = bundledApp()
    var quiz = QuestionnaireState(answers: answers)
    quiz.step = .result
    let page = app.state.context.resultPage(quiz, questionnaire)
    func flat(_ text: String) -> String {
      text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
    let shown = flat(page.lines.map(\.plainText).joined(separator: " "))
    let evaluation = questionnaire.evaluate(answers)
    for finding in evaluation.findings {
      #expect(shown.contains(flat(finding.text)), "\(finding.id)")
    }
    for note in evaluation.notes {
      #expect(shown.contains(flat("\(note.topic): \(note.text)")), "\(note.id)")
    }
    #expect(shown.contains(flat(evaluation.completeness.summary)))
    #expect(!shown.contains("None for your answers"))
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
