import Foundation
import Testing

/// `baclofen quiz` and `baclofen withdrawal` as scripts and people call them.
@Suite struct QuizCommandTests {
  func json(_ arguments: [String]) throws -> [String: Any] {
    let result = try Binary.run(arguments)
    #expect(result.status == 0, "\(result.stderr)")
    return try #require(
      JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
  }

  @Test func listNamesEveryQuestionWithItsOptions() throws {
    let list = try json(["quiz", "--list", "--json"])
    let questions = try #require(list["questions"] as? [[String: Any]])
    #expect(questions.count >= 10)
    for question in questions {
      #expect(question["id"] is String && question["text"] is String)
      #expect(((question["options"] as? [[String: Any]])?.count ?? 0) >= 2)
    }
  }

  @Test func noAnswersGiveOnlyTheDisclaimerAndNoAlarm() throws {
    let result = try json(["quiz", "--json"])
    let findings = try #require(result["findings"] as? [[String: Any]])
    let kinds = Set(findings.compactMap { $0["kind"] as? String })
    #expect(!kinds.contains("against") && !kinds.contains("urgent"))
    #expect((result["disclaimer"] as? String)?.contains("prescriber") == true)
    #expect(result["withdrawalWarning"] as? Bool == false)
  }

  @Test func urgentSymptomsComeFirstAndRaiseGetHelpNow() throws {
    let result = try json([
      "quiz", "--answer", "purpose=spasticity", "--answer", "symptoms-now=yes", "--json",
    ])
    let findings = try #require(result["findings"] as? [[String: Any]])
    #expect(findings.first?["kind"] as? String == "urgent")
    #expect(result["emergency"] as? Bool == true)
    #expect(((result["emergencySheet"] as? [[String: Any]]) ?? []).count >= 5)
    // Help now, not the warning about stopping: nothing says this person takes baclofen.
    #expect(result["withdrawalWarning"] as? Bool == false)
    for finding in findings {
      #expect(((finding["sources"] as? [String]) ?? []).isEmpty == false, "every finding cites")
    }
  }

  @Test func drinkingQuestionsAreOnlyForAlcohol() throws {
    let result = try Binary.run([
      "quiz", "--answer", "purpose=spasticity", "--answer", "cravings=yes", "--json",
    ])
    #expect(result.status == 0)
    #expect(result.stderr.contains("cravings"), "the ignored answer is named on stderr")
  }

  @Test func unknownQuestionOrOptionNamesTheValidOnes() throws {
    let badQuestion = try Binary.run(["quiz", "--answer", "purpse=alcohol"])
    #expect(badQuestion.status == 64)
    #expect(badQuestion.stderr.contains("purpose"))
    let badOption = try Binary.run(["quiz", "--answer", "purpose=beer"])
    #expect(badOption.status == 64)
    #expect(badOption.stderr.contains("alcohol") && badOption.stderr.contains("spasticity"))
  }

  @Test func withdrawalWarningCitesEveryPoint() throws {
    let warning = try json(["withdrawal", "--json"])
    #expect((warning["title"] as? String)?.isEmpty == false)
    let points = try #require(warning["points"] as? [[String: Any]])
    #expect(points.count >= 10)
    #expect(points.allSatisfy { (($0["sources"] as? [String]) ?? []).isEmpty == false })
    let text = points.compactMap { $0["text"] as? String }.joined(separator: " ").lowercased()
    for word in ["suddenly", "hallucinations", "seizures", "taper", "double dose", "emergency"] {
      #expect(text.contains(word), "withdrawal warning mentions \(word)")
    }
  }
}
