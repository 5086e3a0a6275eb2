import Foundation
import Glibc
import Testing

/// Starts programs as a shell would, from tests that run in parallel in one process: the
/// child gets stdin, stdout and stderr and no other descriptor of this process (else a tmux
/// server started meanwhile keeps another test's pipe or a half-copied binary open), and no
/// signal blocked or ignored. Output goes to files, so a child that fills one stream never
/// blocks, and the end of output never waits for a descriptor someone else holds.
enum Spawn {
  struct Result {
    /// The exit status, or 128 + the signal that ended the process, as a shell reports it.
    var status: Int32
    var stdout: String
    var stderr: String
  }

  struct Failed: Error, CustomStringConvertible {
    var description: String
  }

  /// Runs `executable` to its end; after `deadline` seconds it is killed and the test fails
  /// with what it printed, instead of the whole test run hanging.
  static func run(
    _ executable: String, _ arguments: [String], environment: [String: String],
    directory: String? = nil, input: String? = nil, deadline: Double = 300,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> Result {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("baclofen-spawn-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let inPath = input == nil ? "/dev/null" : folder.appendingPathComponent("stdin").path
    if let input { try Data(input.utf8).write(to: URL(fileURLWithPath: inPath)) }
    let outPath = folder.appendingPathComponent("stdout").path
    let errPath = folder.appendingPathComponent("stderr").path
    let stdin = try openAbove2(inPath, O_RDONLY)
    defer { close(stdin) }
    let stdout = try openAbove2(outPath, O_WRONLY | O_CREAT | O_TRUNC)
    defer { close(stdout) }
    let stderr = try openAbove2(errPath, O_WRONLY | O_CREAT | O_TRUNC)
    defer { close(stderr) }
    let pid = try start(
      executable, arguments, environment: environment, directory: directory,
      stdio: [stdin, stdout, stderr])
    let status = wait(pid, deadline: deadline)
    let result = Result(
      status: status ?? 128 + SIGKILL,
      stdout: text(of: outPath), stderr: text(of: errPath))
    guard status != nil else {
      let message =
        "\(executable) \(arguments) still running after \(deadline) s; killed.\n"
        + "stdout: \(result.stdout)\nstderr: \(result.stderr)"
      Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
      throw Failed(description: "\(executable) timed out")
    }
    return result
  }

  /// A file's bytes as text, invalid UTF-8 repaired (as the tests of hostile input need).
  private static func text(of path: String) -> String {
    String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data(), as: UTF8.self)
  }

  /// The first `name` on `PATH`.
  static func executable(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/\(name)" }
      .first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// Opens `path` on a descriptor above 2 and closed on exec: mapped onto 0, 1 and 2 in the
  /// child, it can never be overwritten by one of the others first.
  private static func openAbove2(_ path: String, _ flags: Int32) throws -> Int32 {
    let raw = Glibc.open(path, flags | O_CLOEXEC, 0o600)
    guard raw >= 0 else {
      throw Failed(description: "\(path): \(String(cString: strerror(errno)))")
    }
    defer { close(raw) }
    let descriptor = fcntl(raw, F_DUPFD_CLOEXEC, 3)
    guard descriptor >= 0 else { throw Failed(description: "\(path): cannot duplicate") }
    return descriptor
  }

  /// Starts the child with `stdio` as its descriptors 0, 1 and 2.
  static func start(
    _ executable: String, _ arguments: [String], environment: [String: String],
    directory: String? = nil, stdio: [Int32]
  ) throws -> pid_t {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    for (target, source) in stdio.enumerated() {
      posix_spawn_file_actions_adddup2(&actions, source, Int32(target))
    }
    // glibc's extensions, looked up at run time: Swift's Glibc module does not declare them.
    let library = dlopen(nil, RTLD_NOW)
    typealias CloseFrom = @convention(c) (UnsafeMutableRawPointer, Int32) -> Int32
    typealias ChangeDirectory =
      @convention(c) (UnsafeMutableRawPointer, UnsafePointer<CChar>) -> Int32
    guard let closeFrom = dlsym(library, "posix_spawn_file_actions_addclosefrom_np") else {
      throw Failed(
        description: "posix_spawn_file_actions_addclosefrom_np is missing (glibc < 2.34)")
    }
    _ = unsafeBitCast(closeFrom, to: CloseFrom.self)(&actions, 3)
    if let directory {
      guard let change = dlsym(library, "posix_spawn_file_actions_addchdir_np") else {
        throw Failed(description: "posix_spawn_file_actions_addchdir_np is missing")
      }
      _ = unsafeBitCast(change, to: ChangeDirectory.self)(&actions, directory)
    }
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    // Test threads block signals, and this process may ignore some: the child starts with
    // none blocked and every one at its default, as from a shell.
    var none = sigset_t()
    sigemptyset(&none)
    posix_spawnattr_setsigmask(&attributes, &none)
    var all = sigset_t()
    sigfillset(&all)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { for argument in argv { free(argument) } }
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for variable in envp { free(variable) } }
    var pid: pid_t = 0
    let status = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
    guard status == 0 else {
      throw Failed(description: "cannot start \(executable): \(String(cString: strerror(status)))")
    }
    return pid
  }

  /// The child's status once it has ended; nil when it was still running at the deadline
  /// (it is then killed and reaped).
  static func wait(_ pid: pid_t, deadline: Double) -> Int32? {
    final class Ended: @unchecked Sendable {
      let signal = DispatchSemaphore(value: 0)
      var status: Int32 = 0
    }
    let ended = Ended()
    let waiter = Thread {
      var status: Int32 = 0
      while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
      ended.status = status
      ended.signal.signal()
    }
    waiter.start()
    var timedOut = false
    if ended.signal.wait(timeout: .now() + deadline) == .timedOut {
      timedOut = true
      kill(pid, SIGKILL)
      ended.signal.wait()
    }
    if timedOut { return nil }
    let status = ended.status
    // WIFEXITED / WEXITSTATUS / WTERMSIG, which Swift does not import.
    return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
  }
}
