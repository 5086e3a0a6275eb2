import Foundation
import Testing

/// The real `baclofen` binary, run as a user would from a shell.
@Suite struct CommandLineTests {
  @Test func runsFromAnyDirectoryWithoutTheSourceTree() throws {
    let elsewhere = FileManager.default.temporaryDirectory.appending(path: "bin-\(UUID())")
    try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: elsewhere) }
    let copy = elsewhere.appending(path: "baclofen")
    // A hard link where possible: a copy is open for writing while other tests start
    // processes, and a child forked then holds it open, so running it fails "text file busy".
    do {
      try FileManager.default.linkItem(at: Binary.url, to: copy)
    } catch {
      try FileManager.default.copyItem(at: Binary.url, to: copy)
    }
    let result = try Binary.run(["sections"], executable: copy, directory: elsewhere)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Baclofen for Alcohol Use Disorder  [ria-aud]"))
    #expect(result.stdout.contains("[spasticity-primer/major-caution]"))
  }

  @Test func sectionsJSONHasTheContractFields() throws {
    let result = try Binary.run(["sections", "--json"])
    let rows = try #require(
      JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    #expect(rows.count == 72)
    for row in rows {
      #expect(Set(row.keys).isSuperset(of: ["id", "articleId", "article", "title", "level"]))
    }
  }

  @Test(arguments: [24, 40, 60, 100])
  func showWrapsWithinTheWidth(width: Int) throws {
    let result = try Binary.run(["show", "august-overview", "--width", "\(width)"])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count > 50)
    let widest = lines.map { $0.count }.max() ?? 0
    #expect(widest <= width, "a line is \(widest) columns at --width \(width)")
    let flowing = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(flowing.contains("Never take a double dose to make up for a missed one"))
  }

  @Test func showPrintsASectionWithItsNestedSections() throws {
    let result = try Binary.run(["show", "ria-aud/is-baclofen-for-you", "--width", "80"])
    #expect(result.stdout.hasPrefix("Is Baclofen For You?\n"))
    #expect(result.stdout.contains("• You have liver disease and cannot take naltrexone"))
    #expect(result.stdout.contains("Baclofen May Not Be Best If"))
  }

  @Test func unknownIdExitsWithUsageAndAHint() throws {
    let result = try Binary.run(["show", "ria-aud/side-efects-of-baclofen"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("Did you mean `ria-aud/side-effects-of-baclofen`?"))
    #expect(result.stderr.contains("baclofen sections"))
    #expect(result.stdout.isEmpty)
  }

  @Test func checkReportsEveryProblemWithPathAndLine() throws {
    let folder = FileManager.default.temporaryDirectory.appending(path: "bad-\(UUID())")
    try FileManager.default.createDirectory(
      at: folder.appending(path: "articles"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("---\nid: a\ntitle: A\n---\n## One\n\n## One\n\ntext\n".utf8)
      .write(to: folder.appending(path: "articles/a.md"))
    try Data("---\nid: a\n---\n## X\n\nbell\u{07}\n".utf8)
      .write(to: folder.appending(path: "articles/b.md"))
    let result = try Binary.run(["check", "--content", folder.path])
    #expect(result.status == 65)
    #expect(result.stderr.contains("articles/a.md:7: section id `a/one` is already used on line 5"))
    #expect(result.stderr.contains("articles/b.md:6: control character U+0007"))
    #expect(result.stderr.contains("articles/b.md:2: front matter has no `title`"))
    #expect(!result.stderr.contains("\u{07}"), "control characters never reach the terminal")
  }

  @Test func bundledContentChecksClean() throws {
    let result = try Binary.run(["check"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("5 articles"))
  }

  @Test func missingContentFolderIsAClearError() throws {
    let result = try Binary.run(["sections", "--content", "/nonexistent/folder"])
    #expect(result.status == 65)
    #expect(result.stderr.contains("/nonexistent/folder: no such folder"))
  }

  @Test func emptyFolderAndHugeFileGetClearMessages() throws {
    let folder = FileManager.default.temporaryDirectory.appending(path: "odd-\(UUID())")
    try FileManager.default.createDirectory(
      at: folder.appending(path: "articles"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let empty = try Binary.run(["check", "--content", folder.path])
    #expect(empty.status == 65)
    #expect(empty.stderr.contains("no articles found"))
    let huge = Data(repeating: UInt8(ascii: "a"), count: 10 * 1024 * 1024)
    try huge.write(to: folder.appending(path: "articles/huge.md"))
    let tooLarge = try Binary.run(["sections", "--content", folder.path])
    #expect(tooLarge.status == 65)
    #expect(tooLarge.stderr.contains("articles/huge.md: file is too large (10.0 MB; limit 4 MB)"))
  }

  @Test func readerWithoutATerminalPrintsAHint() throws {
    let result = try Binary.run([])
    #expect(result.status == 64)
    #expect(result.stderr.contains("baclofen sections"))
    #expect(result.stderr.split(separator: "\n").count == 1)
  }

  @Test func versionAndHelpWork() throws {
    #expect(try Binary.run(["--version"]).stdout.contains("."))
    let help = try Binary.run(["--help"])
    #expect(help.status == 0)
    for command in ["sections", "show", "check"] { #expect(help.stdout.contains(command)) }
  }
}

/// Locates and runs the built `baclofen` executable.
enum Binary {
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// The executable next to the test bundle (`.build/<config>/baclofen`).
  static var url: URL {
    var directory = Bundle.main.bundleURL
    for _ in 0..<4 {
      let candidate = directory.appending(path: "baclofen")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      directory.deleteLastPathComponent()
    }
    return URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appending(path: ".build/debug/baclofen")
  }

  static func run(
    _ arguments: [String], executable: URL = url, directory: URL? = nil,
    environment: [String: String] = [:], input: String? = nil
  ) throws -> Result {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    let stdin = Pipe()
    process.standardInput = input == nil ? FileHandle.nullDevice : stdin
    try process.run()
    if let input {
      stdin.fileHandleForWriting.write(Data(input.utf8))
      try stdin.fileHandleForWriting.close()
    }
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self))
  }
}
