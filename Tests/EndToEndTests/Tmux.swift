import Foundation
import Testing

/// A private tmux server (its own socket) with one pane running an interactive bash, for
/// driving the real binary as a person would.
final class Tmux {
  let socket = "test-\(getpid())-\(UUID().uuidString.prefix(8))"
  let directory: URL

  static var available: Bool { Spawn.executable("tmux") != nil }

  /// The pane's shell and every program in it get an empty home folder of this server's own,
  /// so nothing is read from or left in the real `~/.local/state` or `~/.cache`.
  var home: URL { directory.appendingPathComponent("home") }

  init(width: Int = 100, height: Int = 30) throws {
    directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("baclofen-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: directory.appendingPathComponent("home"), withIntermediateDirectories: true)
    try run([
      "new-session", "-d", "-x", "\(width)", "-y", "\(height)",
      "env PS1='$ ' TERM=tmux-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 bash --norc --noprofile -i",
    ])
    try waitFor("$")
  }

  deinit {
    _ = try? run(["kill-server"])
    // tmux leaves its socket file behind when its server is killed.
    let base = ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp"
    unlink("\(base)/tmux-\(getuid())/\(socket)")
    try? FileManager.default.removeItem(at: directory)
  }

  /// Runs a tmux command against this server (no configuration file read) and returns its
  /// output; a failing command fails the test with tmux's message. The server inherits the
  /// first client's environment: the private home, a UTF-8 locale, nothing from a tmux the
  /// tests may be running in.
  @discardableResult
  func run(_ arguments: [String]) throws -> String {
    var environment = Binary.isolated(home: home)
    environment["LANG"] = "C.UTF-8"
    environment["LC_ALL"] = "C.UTF-8"
    let tmux = try #require(Spawn.executable("tmux"))
    let result = try Spawn.run(
      tmux, ["-f", "/dev/null", "-L", socket] + arguments, environment: environment)
    guard result.status == 0 else {
      throw Spawn.Failed(
        description: "tmux \(arguments.first ?? ""): status \(result.status): \(result.stderr)")
    }
    return result.stdout
  }

  /// Keys as tmux names them ("Down", "Enter", "C-z").
  func send(_ keys: String...) throws { try run(["send-keys", "-t", "0"] + keys) }

  /// Literal text, typed character by character.
  func type(_ text: String) throws { try run(["send-keys", "-l", "-t", "0", text]) }

  func resize(width: Int, height: Int) throws {
    try run(["resize-window", "-t", "0", "-x", "\(width)", "-y", "\(height)"])
  }

  /// Types a shell command line and presses Enter.
  func shell(_ line: String) throws {
    try type(line)
    try send("Enter")
  }

  func capture() throws -> String { try run(["capture-pane", "-p", "-t", "0"]) }

  /// Polls the pane until `text` appears and returns the screen; on timeout the test fails
  /// showing the screen. The deadline is long because it costs nothing when the text comes:
  /// on a loaded 2-core machine a debug build of the reader takes seconds to start.
  @discardableResult
  func waitFor(
    _ text: String, timeout: Double = 120, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var screen = ""
    while Date() < deadline {
      screen = try capture()
      if screen.contains(text) { return screen }
      usleep(30_000)
    }
    Issue.record(
      "timed out waiting for \(text.debugDescription):\n\(screen)", sourceLocation: sourceLocation)
    throw TimedOut()
  }

  struct TimedOut: Error {}

  /// The pane's terminal settings (`stty -g`), through a file to keep the screen clean.
  func terminalSettings(_ name: String) throws -> String {
    let file = directory.appendingPathComponent(name)
    // The marker printed differs from the command typed, so the wait ends only once it ran.
    try shell("stty -g > \(file.path); echo saved-$((40 + 2))-\(name)")
    try waitFor("saved-42-\(name)")
    return try String(contentsOf: file, encoding: .utf8)
  }
}

/// The `baclofen` binary built next to the test bundle.
let baclofenBinary: URL? = {
  FileManager.default.isExecutableFile(atPath: Binary.url.path) ? Binary.url : nil
}()
