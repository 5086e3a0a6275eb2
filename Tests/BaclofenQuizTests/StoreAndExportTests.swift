import BaclofenBundled
import BaclofenContent
import BaclofenQuiz
import Foundation
import Testing

@Suite struct ProgressStoreTests {
  @Test func resumesAfterASimulatedCrash() throws {
    let folder = try temporaryFolder()
    defer { cleanUp(folder) }
    let state = folder.appendingPathComponent("state/baclofen")
    let progress = QuizProgress(
      answers: Answers(["purpose": "alcohol", "taking": "no"]), currentQuestion: "symptoms-now")
    #expect(ProgressStore(directory: state).save(progress) == nil)
    // A crash mid-write leaves only a stray temporary file; the saved file is whole.
    try Data("{\"ver".utf8).write(
      to: state.appendingPathComponent(".\(ProgressStore.fileName).tmp-1-2"))
    let (loaded, notice) = ProgressStore(directory: state).load()
    #expect(notice == nil)
    #expect(loaded?.answers == progress.answers)
    #expect(loaded?.currentQuestion == "symptoms-now")
    #expect(loaded?.savedAt.isEmpty == false)
  }

  /// Two instances saving at once: every save is a whole file renamed into place, so the
  /// reader always finds one complete saved state, never a mixture or a torn file.
  @Test func concurrentSavesNeverCorruptTheFile() throws {
    let folder = try temporaryFolder()
    defer { cleanUp(folder) }
    let options = ["alcohol", "spasticity", "other-substance", "something-else"]
    DispatchQueue.concurrentPerform(iterations: 200) { number in
      let store = ProgressStore(directory: folder)
      let option = options[number % options.count]
      _ = store.save(QuizProgress(answers: Answers(["purpose": option, "taking": "no"])))
      let (loaded, notice) = store.load()
      #expect(notice == nil)
      #expect(loaded.map { options.contains($0.answers["purpose"] ?? "") } == true)
    }
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(leftovers == [ProgressStore.fileName])
  }

  @Test func savingLeavesNoTemporaryFiles() throws {
    let folder = try temporaryFolder()
    defer { cleanUp(folder) }
    let store = ProgressStore(directory: folder)
    for option in ["alcohol", "spasticity"] {
      #expect(store.save(QuizProgress(answers: Answers(["purpose": option]))) == nil)
    }
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(names == [ProgressStore.fileName])
    #expect(store.load().progress?.answers["purpose"] == "spasticity")
  }

  @Test func damagedFileIsSetAsideWithANotice() throws {
    let folder = try temporaryFolder()
    defer { cleanUp(folder) }
    let store = ProgressStore(directory: folder)
    try Data("not json {".utf8).write(to: store.fileURL!)
    let (progress, notice) = store.load()
    #expect(progress == nil)
    #expect(notice?.contains("could not be read") == true)
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(names.count == 1)
    #expect(names.first?.hasPrefix(ProgressStore.fileName + ".damaged-") == true)
    // The next save starts a fresh file.
    #expect(store.save(QuizProgress()) == nil)
    #expect(store.load().notice == nil)
  }

  @Test func missingFileIsAFreshStart() throws {
    let folder = try temporaryFolder()
    defer { cleanUp(folder) }
    let (progress, notice) = ProgressStore(directory: folder).load()
    #expect(progress == nil && notice == nil)
  }

  @Test func unwritableFolderGivesANoticeNotACrash() throws {
    let folder = try temporaryFolder()
    defer { cleanUp(folder) }
    let file = folder.appendingPathComponent("a-file")
    try Data().write(to: file)
    let store = ProgressStore(directory: file.appendingPathComponent("baclofen"))
    #expect(store.save(QuizProgress())?.contains("could not be saved") == true)
    #expect(store.load().progress == nil)
  }

  @Test func standardLocation() {
    let xdg = ProgressStore.standard(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"])
    #expect(xdg.store.directory?.path == "/s/baclofen" && xdg.notice == nil)
    let home = ProgressStore.standard(environment: ["HOME": "/h", "XDG_STATE_HOME": "relative"])
    #expect(home.store.directory?.path == "/h/.local/state/baclofen")
    let none = ProgressStore.standard(environment: [:])
    #expect(none.store.directory == nil && none.notice != nil)
    #expect(none.store.save(QuizProgress()) != nil)
    #expect(none.store.load().progress == nil)
  }
}

@Suite struct ResultExportTests {
  let questionnaire = Bundled.questionnaire
  let library = Bundled.library

  @Test func textHoldsFindingsSourcesDatesAndDisclaimer() throws {
    let answers = try AnswerParser.parse(
      [
        "purpose=alcohol", "taking=stopping", "symptoms-now=yes", "kidney-liver=liver",
        "allergy=yes",
      ],
      in: questionnaire)
    let evaluation = questionnaire.evaluate(answers)
    let (withdrawal, _) = WithdrawalWarning.load(BundledContent.files, library: library)
    let text = ResultExport.text(
      evaluation, questionnaire: questionnaire, library: library, answers: answers,
      withdrawal: withdrawal, exportedOn: "2026-11-21")
    let flat = text.collapsed
    for finding in evaluation.findings {
      #expect(flat.contains(finding.text.collapsed), "\(finding.id)")
      for id in finding.sources { #expect(flat.contains("[\(id)]"), "\(id)") }
    }
    #expect(flat.contains(evaluation.disclaimer.collapsed))
    #expect(flat.contains("reviewed 2023-03-02") && flat.contains("created 2025-01-13"))
    #expect(flat.contains("Questionnaire updated \(questionnaire.updated)"))
    #expect(flat.contains(evaluation.evidenceNote.collapsed))
    #expect(flat.contains("Where the articles disagree") && flat.contains("Liver disease"))
    #expect(flat.contains(withdrawal!.title))
    // Urgent comes before everything else.
    let urgent = try #require(text.range(of: ResultExport.heading(.urgent)))
    let against = try #require(text.range(of: ResultExport.heading(.against)))
    #expect(urgent.lowerBound < against.lowerBound)
    #expect(text.split(separator: "\n").allSatisfy { $0.count <= ResultExport.width + 10 })
  }

  @Test func noAnswersStillCarriesDisclaimerAndNoVerdict() throws {
    let text = ResultExport.text(
      questionnaire.evaluate(Answers()), questionnaire: questionnaire, library: library)
    #expect(text.collapsed.contains(questionnaire.disclaimer.collapsed))
    #expect(!text.contains(ResultExport.heading(.urgent)))
    // Nothing for the answers is never an all-clear: the risks for everyone come first.
    #expect(!text.contains("None for your answers"))
    #expect(text.collapsed.contains(ResultDocument.nothingMoreForYou))
    let risks = try #require(text.range(of: "Risks the articles describe for everyone"))
    let nothing = try #require(text.range(of: "The articles raise nothing more"))
    #expect(risks.lowerBound < nothing.lowerBound)
  }

  @Test func defaultPathAvoidsOverwriting() {
    let taken: Set = ["/home/a/baclofen-questionnaire-2026-11-21.txt"]
    #expect(
      ResultExport.defaultPath(
        home: "/home/a", currentDirectory: "/cwd", date: "2026-11-21", exists: taken.contains)
        == "/home/a/baclofen-questionnaire-2026-11-21-2.txt")
    #expect(
      ResultExport.defaultPath(home: nil, currentDirectory: "/cwd", date: "2026-11-21") { _ in
        false
      } == "/cwd/baclofen-questionnaire-2026-11-21.txt")
  }

  @Test func writeIsAtomicAndPrivate() throws {
    let folder = try temporaryFolder()
    defer { cleanUp(folder) }
    let path = folder.appendingPathComponent("result.txt").path
    try ResultExport.write("hello\n", to: path)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "hello\n")
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["result.txt"])
  }
}
