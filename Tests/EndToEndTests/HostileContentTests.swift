import Foundation
import Testing

/// A copy of the project's content folder with one line replaced, for attacks on `check` and
/// on every command that loads content.
struct ContentCopy {
  let folder: URL

  static let original = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appending(path: "Content")

  init() throws {
    folder = FileManager.default.temporaryDirectory.appending(path: "content-\(UUID())")
    try FileManager.default.copyItem(at: Self.original, to: folder)
  }

  func remove() { try? FileManager.default.removeItem(at: folder) }

  /// Replaces the first line of `file` that starts with `prefix`; returns its line number.
  @discardableResult
  func replaceLine(in file: String, startingWith prefix: String, with line: String) throws -> Int {
    let url = folder.appending(path: file)
    var lines = try String(contentsOf: url, encoding: .utf8)
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let index = try #require(lines.firstIndex { $0.hasPrefix(prefix) }, "\(file): \(prefix)")
    lines[index] = line
    try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
    return index + 1
  }

  func append(to file: String, _ text: String) throws {
    let handle = try FileHandle(forWritingTo: folder.appending(path: file))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(text.utf8))
    try handle.close()
  }
}

/// Control characters in content are reported with `path:line` however they are written
/// (raw bytes or YAML escapes), in every content file, and the folder then does not load:
/// nothing from it reaches the screen, line mode, JSON or an exported file.
@Suite struct HostileContentTests {
  static let article = "articles/spasticity-primer.md"

  /// (file, line prefix, replacement): each puts a control character into one content file.
  static let attacks: [(String, String, String)] = [
    (article, "title:", #"title: "Baclofen \e[31mRED\e]0;PWN\a for Spasticity""#),
    (article, "title:", #"title: "Baclofen \x9b6n for Spasticity""#),
    (article, "title:", #"title: "Baclofen \u001b[2J for Spasticity""#),
    (article, "title:", #"title: "Baclofen \N next line""#),
    (article, "title:", "title: 'Baclofen \u{1B}[7m raw'"),
    (article, "## ", "## Heading \u{9B}31m raw C1"),
    ("withdrawal.md", "## Do not", "## Do not \u{1B}[7mstop suddenly"),
    ("withdrawal.md", "title:", "title: Never \u{1B}]0;PWN\u{07} stop"),
    ("questionnaire.yaml", "title:", #"title: "Q \e]0;QTITLE\a title""#),
    (
      "questionnaire.yaml", "      - {id: alcohol,",
      #"      - {id: alcohol, label: "Alcohol \x1b[2J use"}"#
    ),
    ("questionnaire.yaml", "# ", "# a comment with a raw \u{07} bell"),
    ("synonyms.yaml", "  - [ms,", #"  - [ms, "multiple \e[1m sclerosis"]"#),
  ]

  @Test(arguments: 0..<attacks.count)
  func checkReportsControlCharactersHoweverWritten(_ attack: Int) throws {
    let (file, prefix, line) = Self.attacks[attack]
    let copy = try ContentCopy()
    defer { copy.remove() }
    let number = try copy.replaceLine(in: file, startingWith: prefix, with: line)
    let result = try Binary.run(["check", "--content", copy.folder.path])
    #expect(result.status == 65, "\(line.debugDescription): \(result.stdout)")
    #expect(
      result.stderr.contains("\(file):\(number): control character"),
      "\(line.debugDescription): \(result.stderr)")
  }

  /// Every way of showing content refuses such a folder, with nothing raw on any stream and
  /// no file exported.
  @Test(arguments: [0, 6, 8, 9])
  func everyCommandRefusesTheFolderInertly(_ attack: Int) throws {
    let (file, prefix, line) = Self.attacks[attack]
    let copy = try ContentCopy()
    defer { copy.remove() }
    try copy.replaceLine(in: file, startingWith: prefix, with: line)
    let home = copy.folder.appending(path: "home")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    let environment = [
      "HOME": home.path, "XDG_STATE_HOME": home.appending(path: "state").path,
      "XDG_CACHE_HOME": home.appending(path: "cache").path,
    ]
    let commands = [
      ["--plain"], ["sections"], ["sections", "--json"], ["show", "spasticity-primer"],
      ["search", "baclofen"], ["withdrawal"], ["quiz", "--list"],
      ["quiz", "--answer", "purpose=alcohol", "--export"],
    ]
    for command in commands {
      let result = try Binary.run(
        command + ["--content", copy.folder.path], environment: environment, input: "c\n1\nq\n")
      #expect(result.status == 65, "\(command): \(result.status)")
      HostileInputTests().expectInert(result, "\(command)")
    }
    let exported = try FileManager.default.contentsOfDirectory(atPath: home.path)
    #expect(!exported.contains { $0.hasPrefix("baclofen-questionnaire") })
  }

  /// A folder whose name holds escape sequences is named inertly, on success too.
  @Test func aFolderNameWithEscapesIsPrintedInertly() throws {
    let parent = FileManager.default.temporaryDirectory.appending(path: "named-\(UUID())")
    defer { try? FileManager.default.removeItem(at: parent) }
    try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
    let folder = parent.appending(path: "evil\u{1B}]0;PWN\u{07}\u{1B}[2Jdir")
    try FileManager.default.copyItem(at: ContentCopy.original, to: folder)
    let result = try Binary.run(["check", "--content", folder.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("OK"))
    HostileInputTests().expectInert(result, "check")
  }

  /// Unreadable folders and files are named, not skipped. Permissions do not bind root, so
  /// as root the binary runs as `nobody` through setpriv.
  @Test func unreadableFoldersAndFilesAreReported() throws {
    let copy = try ContentCopy()
    defer {
      chmod(copy.folder.appending(path: "articles/hidden").path, 0o755)
      copy.remove()
    }
    let hidden = copy.folder.appending(path: "articles/hidden")
    try FileManager.default.createDirectory(at: hidden, withIntermediateDirectories: true)
    try Data("---\nid: x\ntitle: X\n---\n## A\n\nText.\n".utf8)
      .write(to: hidden.appending(path: "x.md"))
    let synonyms = copy.folder.appending(path: "synonyms.yaml").path
    chmod(copy.folder.path, 0o755)
    chmod(hidden.path, 0o000)
    chmod(synonyms, 0o000)
    var arguments = ["check", "--content", copy.folder.path]
    var executable = Binary.url
    if getuid() == 0 {
      let setpriv = try #require(Tmux.executable("setpriv"), "setpriv is needed as root")
      arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", Binary.url.path] + arguments
      executable = setpriv
    }
    let result = try Binary.run(arguments, executable: executable)
    #expect(result.status == 65, "\(result.stdout)")
    #expect(result.stderr.contains("articles/hidden: cannot be read (permission denied)"))
    #expect(result.stderr.contains("synonyms.yaml: cannot be read (permission denied)"))
  }

  @Test func anEmptyContentFolderNameIsAUsageError() throws {
    for command in [["check"], ["search", "baclofen"], ["sections", "--json"]] {
      let result = try Binary.run(command + ["--content", ""])
      #expect(result.status == 64, "\(command)")
      #expect(result.stderr.contains("--content needs a folder"))
    }
  }

  /// A relative HOME counts as none: no cache folder appears under the current folder.
  @Test func aRelativeHomeGetsNoCacheFolder() throws {
    let copy = try ContentCopy()
    defer { copy.remove() }
    let result = try Binary.run(
      ["search", "kidney", "--content", copy.folder.path], directory: copy.folder,
      environment: ["HOME": "relhome", "XDG_CACHE_HOME": ""])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(!FileManager.default.fileExists(atPath: copy.folder.appending(path: "relhome").path))
  }
}
