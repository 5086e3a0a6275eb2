import Foundation
import Testing

/// The real binary in tmux: browse, search, resize, quit, and the terminal restored after
/// every way out (`stty -g` identical before and after).
@Suite(.serialized, .enabled(if: Tmux.available, "tmux is not installed: end-to-end tests skipped"))
struct ReaderEndToEndTests {
  /// Starts the reader in the pane; its pid goes to a file so that signals can be sent.
  private func launch(_ tmux: Tmux, environment: String = "") throws -> (
    settings: String, pid: pid_t
  ) {
    let binary = try #require(baclofenBinary, "baclofen binary not found next to the tests")
    let settings = try tmux.terminalSettings("before")
    let pidFile = tmux.directory.appendingPathComponent("pid").path
    try tmux.shell(
      "sh -c 'echo $$ > \(pidFile); exec env \(environment) \(binary.path)'; echo EXIT=$?")
    try tmux.waitFor("Never stop baclofen suddenly")
    let text = try String(contentsOfFile: pidFile, encoding: .utf8)
    let pid = try #require(pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)))
    return (settings, pid)
  }

  private func expectRestored(_ tmux: Tmux, _ before: String, exit: String) throws {
    try tmux.waitFor("EXIT=\(exit)")
    #expect(try tmux.terminalSettings("after") == before)
  }

  @Test func browseSearchResizeAndQuit() throws {
    let tmux = try Tmux(width: 100, height: 30)
    let (before, _) = try launch(tmux)
    try tmux.waitFor("Contents")
    try tmux.send("Tab", "Down", "Down", "Enter")  // the reader has the keys at start
    try tmux.waitFor("Section 2 of ")
    try tmux.send("]")
    try tmux.waitFor("Section 3 of ")
    try tmux.send("/")
    try tmux.waitFor("Search:")
    try tmux.type("kidney")
    try tmux.waitFor("Kidney disease")
    try tmux.send("Enter")
    let opened = try tmux.waitFor("Match 1 of")
    #expect(opened.contains("Kidney disease"))
    try tmux.resize(width: 60, height: 20)
    let narrow = try tmux.waitFor("Kidney disease   ")
    #expect(narrow.split(separator: "\n").allSatisfy { $0.count <= 60 })
    #expect(narrow.contains("Kidney disease"))
    try tmux.resize(width: 30, height: 8)
    try tmux.waitFor("Terminal too small")
    try tmux.resize(width: 100, height: 30)
    try tmux.waitFor(" Contents ")
    try tmux.send("?")
    try tmux.waitFor("Keys")
    try tmux.send("x", "w")
    try tmux.waitFor("WARNING")
    try tmux.send("Escape")
    try tmux.waitFor("Kidney disease")
    try tmux.send("q")
    try expectRestored(tmux, before, exit: "0")
  }

  @Test func ctrlCRestoresTheTerminal() throws {
    let tmux = try Tmux()
    let (before, _) = try launch(tmux)
    try tmux.send("C-c")
    try expectRestored(tmux, before, exit: "130")
  }

  /// Every signal that ends a process and can be caught: the terminal comes back cooked,
  /// out of the alternate screen, with the exit status the signal would have given.
  @Test(arguments: [SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE, SIGXCPU])
  func signalsRestoreTheTerminal(_ signal: Int32) throws {
    let tmux = try Tmux()
    let (before, pid) = try launch(tmux)
    kill(pid, signal)
    try expectRestored(tmux, before, exit: "\(128 + signal)")
  }

  /// A crash (a Swift trap is SIGILL or SIGTRAP) restores the terminal before it ends the
  /// process. Swift's backtracer is off so the test does not wait for it.
  @Test(arguments: [SIGSEGV, SIGBUS, SIGILL, SIGABRT, SIGFPE])
  func crashesRestoreTheTerminal(_ signal: Int32) throws {
    let tmux = try Tmux()
    let (before, pid) = try launch(tmux, environment: "SWIFT_BACKTRACE=enable=no")
    kill(pid, signal)
    try expectRestored(tmux, before, exit: "\(128 + signal)")
  }

  /// A 100 KB paste into the search line is capped and searched a few times at most, so
  /// the keys and signals that follow it work at once.
  @Test(arguments: ["keys", "SIGTERM", "SIGHUP"])
  func aHugePasteLeavesTheReaderResponsive(_ way: String) throws {
    let tmux = try Tmux()
    let (before, pid) = try launch(tmux)
    try tmux.send("/")
    try tmux.waitFor("Search:")
    let paste = tmux.directory.appendingPathComponent("paste.txt")
    try String(repeating: "baclofen kidney dose ", count: 5_000)
      .write(to: paste, atomically: true, encoding: .utf8)
    try tmux.run(["load-buffer", paste.path])
    try tmux.run(["paste-buffer", "-t", "0"])
    try tmux.waitFor("holds up to 200 characters")
    switch way {
    case "keys":
      try tmux.send("Escape")
      try tmux.send("q")
      try expectRestored(tmux, before, exit: "0")
    default:
      let signal = way == "SIGTERM" ? SIGTERM : SIGHUP
      kill(pid, signal)
      try expectRestored(tmux, before, exit: "\(128 + signal)")
    }
  }

  @Test func suspendAndResume() throws {
    let tmux = try Tmux()
    let (before, _) = try launch(tmux)
    try tmux.send("Tab", "Down", "Down", "Enter")  // the reader has the keys at start
    try tmux.waitFor("Section 2 of ")
    try tmux.send("C-z")
    try tmux.waitFor("Stopped")
    #expect(try tmux.terminalSettings("stopped") == before)
    try tmux.shell("fg; echo FG=$?")
    let back = try tmux.waitFor("Section 2 of ")
    #expect(back.contains("Never stop baclofen suddenly"))
    try tmux.send("q")
    try tmux.waitFor("FG=0")
    #expect(try tmux.terminalSettings("after") == before)
  }

  /// A terminal that cannot take a full screen gets the plain line mode, with a notice.
  @Test(arguments: [
    ("env -u TERM", "TERM is not set"), ("env TERM=dumb", "TERM is dumb"),
    ("env TERM=no-such-terminal", "(TERM=no-such-terminal) is unknown"),
  ])
  func unusableTerminalsFallBackToPlainMode(prefix: String, notice: String) throws {
    let binary = try #require(baclofenBinary)
    let tmux = try Tmux()
    let before = try tmux.terminalSettings("before")
    try tmux.shell("\(prefix) \(binary.path); echo EXIT=$?")
    try tmux.waitFor(notice)
    try tmux.waitFor("plain mode")
    try tmux.type("c")
    try tmux.send("Enter")
    try tmux.waitFor("1. Baclofen for Alcohol Use Disorder")
    try tmux.type("q")
    try tmux.send("Enter")
    try expectRestored(tmux, before, exit: "0")
  }

  /// The automatic line mode over a `--content` folder (opened through the index cache)
  /// shows the sections' text, not just their headings.
  @Test func automaticLineModeWithAContentFolderShowsTheText() throws {
    let binary = try #require(baclofenBinary)
    let tmux = try Tmux()
    let content = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Content")
    let cache = tmux.directory.appendingPathComponent("cache").path
    try tmux.shell("env TERM=dumb XDG_CACHE_HOME=\(cache) \(binary.path) --content \(content.path)")
    try tmux.waitFor("plain mode")
    for line in ["c", "1", "1"] {
      try tmux.type(line)
      try tmux.send("Enter")
    }
    try tmux.waitFor("Baclofen is a muscle relaxant used to treat muscle spasms")
    try tmux.type("q")
    try tmux.send("Enter")
  }

  /// A joined emoji (ZWJ family) in a title keeps the contents pane's border in line.
  @Test func aJoinedEmojiInATitleKeepsTheBorderInLine() throws {
    let binary = try #require(baclofenBinary)
    let tmux = try Tmux(width: 120, height: 30)
    let content = tmux.directory.appendingPathComponent("content")
    let original = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Content")
    try FileManager.default.copyItem(at: original, to: content)
    let article = content.appendingPathComponent("articles/spasticity-primer.md")
    let text = try String(contentsOf: article, encoding: .utf8).replacingOccurrences(
      of: "title: \"Baclofen for Spasticity: Uses and Safety in Brief\"",
      with: "title: \"Baclofen \u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467} family for Spasticity\"")
    try text.write(to: article, atomically: true, encoding: .utf8)
    let cache = tmux.directory.appendingPathComponent("cache").path
    try tmux.shell("XDG_CACHE_HOME=\(cache) \(binary.path) --content \(content.path); echo EXIT=$?")
    try tmux.waitFor("Contents")
    try tmux.send("G")
    let screen = try tmux.waitFor("family")
    /// Columns before the border: an emoji picture takes two.
    func borderColumn(_ row: Substring) -> Int? {
      guard let bar = row.firstIndex(of: "│") else { return nil }
      return row[..<bar].reduce(0) {
        $0 + (($1.unicodeScalars.first?.value ?? 0) >= 0x1F000 ? 2 : 1)
      }
    }
    let rows = screen.split(separator: "\n").filter { $0.contains("│") }
    let family = try #require(rows.first { $0.contains("family") })
    #expect(!family.unicodeScalars.contains("\u{200D}"))
    #expect(borderColumn(family) == borderColumn(rows[1]), "\(family)")
    try tmux.send("q")
    try tmux.waitFor("EXIT=0")
  }

  @Test func withoutATerminalItPrintsAHint() throws {
    let binary = try #require(baclofenBinary)
    let process = Process()
    process.executableURL = binary
    process.standardInput = Pipe()
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = Pipe()
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 64)
    let message = String(
      decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(message.contains("baclofen sections"))
  }
}
