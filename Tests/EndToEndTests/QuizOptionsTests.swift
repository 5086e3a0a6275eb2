import Foundation
import Testing

/// `quiz --export PATH`, `quiz --saved` and hints for mistyped answers.
@Suite struct QuizOptionsTests {
  func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appending(path: "quiz-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  @Test func mistypedQuestionOrOptionGetsDidYouMean() throws {
    let question = try Binary.run(["quiz", "--answer", "purpse=alcohol"])
    #expect(question.status == 64)
    #expect(question.stderr.contains("Did you mean `purpose`?"))
    let option = try Binary.run(["quiz", "--answer", "purpose=alcohl"])
    #expect(option.status == 64)
    #expect(option.stderr.contains("Did you mean `purpose=alcohol`?"))
  }

  @Test func exportWritesToTheGivenPath() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appending(path: "for-my-doctor.txt").path
    let result = try Binary.run(["quiz", "--answer", "purpose=alcohol", "--export", path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("Saved the result to \(path)"))
    let saved = try String(contentsOfFile: path, encoding: .utf8)
    #expect(saved == result.stdout, "the file holds the result as printed")
    #expect(saved.contains("prescriber"))
  }

  @Test func exportIntoAFolderOrAloneUsesTheDefaultName() throws {
    let home = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: home) }
    let environment = ["HOME": home.path]
    let alone = try Binary.run(
      ["quiz", "--export", "--answer", "purpose=alcohol"], environment: environment)
    #expect(alone.status == 0, "\(alone.stderr)")
    let last = try Binary.run(
      ["quiz", "--answer", "purpose=alcohol", "--export"], environment: environment)
    #expect(last.status == 0, "\(last.stderr)")
    let folder = home.appending(path: "exports")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let into = try Binary.run(["quiz", "--export", folder.path], environment: environment)
    #expect(into.status == 0, "\(into.stderr)")
    let names = try FileManager.default.contentsOfDirectory(atPath: home.path).sorted()
    #expect(names.count == 3 && names.contains("exports"))
    #expect(
      names.filter { $0.hasPrefix("baclofen-questionnaire-") }.count == 2, "nothing overwritten")
    let inFolder = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(inFolder.count == 1 && inFolder[0].hasPrefix("baclofen-questionnaire-"))
  }

  @Test func exportToAMissingFolderSaysWhy() throws {
    let result = try Binary.run(["quiz", "--export", "/nonexistent/folder/result.txt"])
    #expect(result.status == 1)
    #expect(
      result.stderr.contains(
        "could not save the result to /nonexistent/folder/result.txt: No such file"))
  }

  /// The file as the reader's questionnaire saves it (`ProgressStore`).
  func saveProgress(in state: URL, answers: [(String, String)], current: String?) throws {
    let folder = state.appending(path: "baclofen")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let entries = answers.map { "{\"question\": \"\($0.0)\", \"option\": \"\($0.1)\"}" }
    let json = """
      {"version": 1, "answers": {"entries": [\(entries.joined(separator: ", "))]},
       "currentQuestion": \(current.map { "\"\($0)\"" } ?? "null"), "finished": false,
       "savedAt": "2026-11-30T18:05:00Z"}
      """
    try Data(json.utf8).write(to: folder.appending(path: "questionnaire-progress.json"))
  }

  @Test func savedPrintsTheReadersAnswersAndTheCommandForTheirResult() throws {
    let state = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: state) }
    try saveProgress(
      in: state, answers: [("purpose", "alcohol"), ("taking", "no")], current: "symptoms-now")
    let environment = ["XDG_STATE_HOME": state.path]
    let text = try Binary.run(["quiz", "--saved"], environment: environment)
    #expect(text.status == 0, "\(text.stderr)")
    #expect(text.stdout.contains("2026-11-30T18:05:00Z"))
    #expect(text.stdout.contains("  purpose=alcohol  "))
    #expect(text.stdout.contains("  taking=no  "))
    #expect(text.stdout.contains("not finished"))
    let command = "baclofen quiz --answer purpose=alcohol --answer taking=no"
    #expect(text.stdout.contains(command))

    let json = try Binary.run(["quiz", "--saved", "--json"], environment: environment)
    let output = try #require(
      JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect(output["saved"] as? Bool == true)
    #expect(output["currentQuestion"] as? String == "symptoms-now")
    #expect(output["command"] as? String == command)
    let answers = try #require(output["answers"] as? [[String: Any]])
    #expect(answers.map { $0["question"] as? String } == ["purpose", "taking"])
    #expect(answers.allSatisfy { $0["questionText"] is String && $0["optionLabel"] is String })
    // The command it prints gives the result for those answers.
    let result = try Binary.run(["quiz", "--answer", "purpose=alcohol", "--answer", "taking=no"])
    #expect(result.status == 0)
  }

  @Test func savedWithNothingSavedSaysSo() throws {
    let state = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: state) }
    let result = try Binary.run(["quiz", "--saved"], environment: ["XDG_STATE_HOME": state.path])
    #expect(result.status == 0)
    #expect(result.stdout.contains("No answers are saved"))
    let json = try Binary.run(
      ["quiz", "--saved", "--json"], environment: ["XDG_STATE_HOME": state.path])
    let output = try #require(
      JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect(output["saved"] as? Bool == false)
    #expect(output["command"] is NSNull)
  }

  @Test func damagedSavedAnswersAreSetAsideWithANotice() throws {
    let state = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: state) }
    let folder = state.appending(path: "baclofen")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data("{ not json".utf8).write(to: folder.appending(path: "questionnaire-progress.json"))
    let result = try Binary.run(["quiz", "--saved"], environment: ["XDG_STATE_HOME": state.path])
    #expect(result.status == 0)
    #expect(result.stderr.contains("could not be read"))
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(names.count == 1 && names[0].contains(".damaged-"), "kept, not overwritten")
  }

  @Test func savedDoesNotMixWithAnswers() throws {
    let result = try Binary.run(["quiz", "--saved", "--answer", "purpose=alcohol"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("--saved does not take --answer"))
  }
}
