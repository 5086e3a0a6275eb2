import Foundation
import Testing

/// A private tmux server (its own socket) with one pane running an interactive bash, for
/// driving the real binary as a person would.
final class Tmux {
  let socket = "test-\(getpid())-\(UUID().uuidString.prefix(8))"
  let directory: URL

  static var available: Bool { executable("tmux") != nil }

  init(width: Int = 100, height: Int = 30) throws {
    directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("baclofen-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
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

  /// Runs a tmux command against this server; returns its output when asked for it.
  /// posix_spawn and waitpid rather than Foundation's Process, whose waitUntilExit hung here
  /// once `new-session` had left a daemon behind.
  @discardableResult
  func run(_ arguments: [String], output wanted: Bool = false) throws -> String {
    var pipeEnds: [Int32] = [-1, -1]
    guard pipe(&pipeEnds) == 0 else { throw SpawnFailed() }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    if wanted {
      posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
    } else {
      posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    }
    posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
    posix_spawn_file_actions_addclose(&actions, pipeEnds[1])
    let argv = (["tmux", "-L", socket] + arguments).map { strdup($0) } + [nil]
    defer { for argument in argv { free(argument) } }
    // Test threads block signals; the pane must start with none blocked, as in a terminal.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t()
    sigemptyset(&none)
    posix_spawnattr_setsigmask(&attributes, &none)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGINT, SIGTERM, SIGHUP, SIGTSTP, SIGCONT, SIGWINCH, SIGPIPE, SIGCHLD] {
      sigaddset(&defaults, signal)
    }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var pid: pid_t = 0
    let status = posix_spawn(
      &pid, Self.executable("tmux")!.path, &actions, &attributes, argv, environ)
    close(pipeEnds[1])
    defer { close(pipeEnds[0]) }
    guard status == 0 else { throw SpawnFailed() }
    var data = [UInt8]()
    if wanted {
      var buffer = [UInt8](repeating: 0, count: 4096)
      while case let count = read(pipeEnds[0], &buffer, buffer.count), count > 0 {
        data += buffer.prefix(count)
      }
    }
    var exitStatus: Int32 = 0
    waitpid(pid, &exitStatus, 0)
    return String(decoding: data, as: UTF8.self)
  }

  struct SpawnFailed: Error {}

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

  func capture() throws -> String { try run(["capture-pane", "-p", "-t", "0"], output: true) }

  /// Polls the pane until `text` appears and returns the screen; on timeout the test fails
  /// showing the screen.
  @discardableResult
  func waitFor(
    _ text: String, timeout: Double = 10, sourceLocation: SourceLocation = #_sourceLocation
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

  static func executable(_ name: String) -> URL? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":")
      .map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
      .first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }
}

/// The `baclofen` binary built next to the test bundle.
let baclofenBinary: URL? = {
  let candidates = [
    Bundle.main.bundleURL.appendingPathComponent("baclofen"),
    Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("baclofen"),
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent(".build/debug/baclofen"),
  ]
  return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
}()
