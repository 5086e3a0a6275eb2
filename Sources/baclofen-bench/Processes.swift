import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Whole processes, timed from spawn: until they exit (with their peak memory), or until a
/// text appears on the terminal they write to (a pty the bench holds).
enum Processes {
  struct Run {
    var milliseconds: Double
  }

  /// Runs `arguments` with stdout and stderr to /dev/null; nil when it could not start or
  /// did not exit 0.
  static func run(_ arguments: [String], environment: [String: String]) -> Run? {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let start = DispatchTime.now().uptimeNanoseconds
    guard let pid = spawn(arguments, environment: environment, actions: &actions, setsid: false)
    else { return nil }
    return wait(pid, since: start)
  }

  /// The peak resident memory of `arguments` in MB, through `/usr/bin/time`: a child spawned
  /// by the bench itself would report the bench's own peak (Linux keeps the larger across
  /// `exec` of a process that shared its parent's memory), `time`'s own child does not.
  static func peakMegabytes(_ arguments: [String], environment: [String: String], scratch: URL)
    -> Double?
  {
    let output = scratch.appendingPathComponent("maxrss-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: output) }
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/time"),
      run(["/usr/bin/time", "-f", "%M", "-o", output.path] + arguments, environment: environment)
        != nil,
      let text = try? String(contentsOf: output, encoding: .utf8),
      let kilobytes = Double(text.trimmingCharacters(in: .whitespacesAndNewlines))
    else { return nil }
    return kilobytes / 1024
  }

  /// Runs `arguments` on a fresh 80×24 pty and returns the time until `marker` has been
  /// written to it; then types `quit` and waits for the exit.
  static func untilWritten(
    _ marker: String, _ arguments: [String], environment: [String: String], quit: String = "q"
  ) -> Double? {
    // posix_openpt, unlockpt and ptsname as their Linux ioctls: Glibc's Swift module does
    // not declare them (TIOCSPTLCK and TIOCGPTN, as on x86-64 and arm64).
    let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
    guard master >= 0 else { return nil }
    defer { close(master) }
    var unlock: Int32 = 0
    var number: UInt32 = 0
    guard ioctl(master, 0x4004_5431, &unlock) == 0, ioctl(master, 0x8004_5430, &number) == 0
    else { return nil }
    let name = "/dev/pts/\(number)"
    var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    // After setsid the first terminal opened becomes the controlling one.
    posix_spawn_file_actions_addopen(&actions, 0, name, O_RDWR, 0)
    posix_spawn_file_actions_adddup2(&actions, 0, 1)
    posix_spawn_file_actions_adddup2(&actions, 0, 2)
    let start = DispatchTime.now().uptimeNanoseconds
    guard let pid = spawn(arguments, environment: environment, actions: &actions, setsid: true)
    else { return nil }
    let wanted = Array(marker.utf8)
    var seen: [UInt8] = []
    var elapsed: Double?
    var buffer = [UInt8](repeating: 0, count: 65536)
    var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    // Ten seconds at most, so a reader that never draws cannot hang the bench.
    while elapsed == nil, poll(&poller, 1, 10_000) > 0 {
      let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
      guard count > 0 else { break }
      seen += buffer[0..<count]
      if seen.count >= wanted.count,
        seen.withUnsafeBufferPointer({
          contains($0, wanted, from: max(0, $0.count - count - wanted.count))
        })
      {
        elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
      }
    }
    _ = quit.utf8CString.withUnsafeBufferPointer { write(master, $0.baseAddress, quit.utf8.count) }
    // Drain until the child closes the terminal, so it never blocks on a full pty.
    while poll(&poller, 1, 2_000) > 0,
      buffer.withUnsafeMutableBytes({ read(master, $0.baseAddress, $0.count) }) > 0
    {}
    kill(pid, SIGKILL)
    _ = wait(pid, since: start)
    return elapsed
  }

  private static func contains(
    _ bytes: UnsafeBufferPointer<UInt8>, _ wanted: [UInt8], from start: Int
  )
    -> Bool
  {
    guard bytes.count >= wanted.count else { return false }
    for offset in start...(bytes.count - wanted.count)
    where bytes[offset] == wanted[0] && bytes[offset..<offset + wanted.count].elementsEqual(wanted)
    {
      return true
    }
    return false
  }

  private static func spawn(
    _ arguments: [String], environment: [String: String],
    actions: inout posix_spawn_file_actions_t, setsid: Bool
  ) -> pid_t? {
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    // POSIX_SPAWN_SETSID (glibc 2.26), which the Swift module does not declare either.
    if setsid { posix_spawnattr_setflags(&attributes, 0x80) }
    let argv = arguments.map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for pointer in argv + envp { free(pointer) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, arguments[0], &actions, &attributes, argv, envp) == 0 else {
      return nil
    }
    return pid
  }

  private static func wait(_ pid: pid_t, since start: UInt64) -> Run? {
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
      guard errno == EINTR else { return nil }
    }
    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
    // Exited normally with status 0 (the low 7 bits hold a signal number, the next 8 the code).
    guard status & 0x7F == 0, (status >> 8) & 0xFF == 0 else { return nil }
    return Run(milliseconds: elapsed)
  }
}
