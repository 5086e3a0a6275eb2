import BaclofenContent
import BaclofenQuiz
import Foundation
import Testing

/// Saved progress that cannot be trusted — too large, not a file, damaged twice in a second,
/// answers the questionnaire does not have — is set aside or dropped, with a notice.
@Suite struct StoredStateTests {
  @Test func anOversizeFileIsSetAsideUnread() throws {
    let folder = try temporaryFolder()
    defer { cleanUp(folder) }
    let store = ProgressStore(directory: folder)
    // Valid progress, padded past the limit with whitespace JSON allows.
    var json = try JSONEncoder().encode(QuizProgress(answers: Answers(["purpose": "alcohol"])))
    #expect(try JSONDecoder().decode(QuizProgress.self, from: json).answers["purpose"] != nil)
    json += Data(repeating: 0x20, count: ProgressStore.maximumFileSize)
    try json.write(to: store.fileURL!)
    let (progress, notice) = store.load()
    #expect(progress == nil)
    #expect(notice?.contains("could not be read") == true)
    #expect(!FileManager.default.fileExists(atPath: store.fileURL!.path))
  }

  @Test func aFIFOInPlaceOfTheFileNeitherBlocksNorStays() throws {
    let folder = try temporaryFolder()
    defer { cleanUp(folder) }
    let store = ProgressStore(directory: folder)
    #expect(mkfifo(store.fileURL!.path, 0o600) == 0)
    let (progress, notice) = store.load()
    #expect(progress == nil)
    #expect(notice?.hasPrefix("Your saved answers could not be read") == true)
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(names.count == 1 && names[0].hasPrefix(ProgressStore.fileName + ".damaged-"))
  }

  @Test func twoDamagedFilesInOneSecondAreBothKept() throws {
    let folder = try temporaryFolder()
    defer { cleanUp(folder) }
    let store = ProgressStore(directory: folder)
    let now = Date(timeIntervalSince1970: 1_800_000_000)
    for text in ["first {", "second {", "third {"] {
      try Data(text.utf8).write(to: store.fileURL!)
      #expect(store.load(now: now).notice?.contains("was kept as") == true)
    }
    let kept = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(kept.count == 3)
    let texts = try kept.map {
      try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)
    }
    #expect(Set(texts) == ["first {", "second {", "third {"])
  }

  @Test func answersTheQuestionnaireDoesNotHaveAreDropped() {
    let progress = QuizProgress(
      answers: Answers(["purpose": "bogus", "taking": "no", "no-such-question": "yes"]),
      currentQuestion: "no-such-question")
    let (kept, dropped) = progress.keepingValidAnswers(for: Bundled.questionnaire)
    #expect(dropped == ["purpose", "no-such-question"])
    #expect(kept.answers == Answers(["taking": "no"]))
    #expect(kept.currentQuestion == nil)
  }

  /// A relative HOME counts as no home everywhere: nothing is saved under it, and an export
  /// goes to the current folder as documented.
  @Test func aRelativeHomeCountsAsNone() {
    let (store, notice) = ProgressStore.standard(environment: ["HOME": "relhome"])
    #expect(store.directory == nil)
    #expect(notice != nil)
    let path = ResultExport.defaultPath(
      home: "relhome", currentDirectory: "/work/here", date: "2026-12-01", exists: { _ in false })
    #expect(path == "/work/here/baclofen-questionnaire-2026-12-01.txt")
  }

  /// `askedWhen: []` or `{}` would silently mean "always asked".
  @Test(arguments: ["[]", "{}"])
  func anEmptyConditionIsAnError(_ empty: String) throws {
    let original = "    askedWhen: {purpose: [alcohol]}"
    let lines = Bundled.yaml.components(separatedBy: "\n")
    let line = try #require(lines.firstIndex(of: original)) + 1
    let yaml = Bundled.yaml.replacingOccurrences(of: original, with: "    askedWhen: \(empty)")
    let (_, issues) = Bundled.load(yaml)
    #expect(issues.contains { $0.message.hasPrefix("empty condition") && $0.line == line })
  }

  /// A failed save names the system's reason, not Foundation's error domain and code.
  @Test func aFailedSaveSaysWhyPlainly() throws {
    let folder = try temporaryFolder()
    defer { cleanUp(folder) }
    let file = folder.appendingPathComponent("a-file")
    try Data().write(to: file)
    let notice = ProgressStore(directory: file.appendingPathComponent("baclofen"))
      .save(QuizProgress())
    #expect(notice?.contains("Not a directory") == true, "\(notice ?? "")")
    #expect(notice?.contains("NSCocoaErrorDomain") == false)
  }
}
