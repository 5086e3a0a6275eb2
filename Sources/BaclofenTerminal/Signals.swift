import CNCurses
import Glibc

/// Signals become bytes on a self-pipe; the event loop reads them and turns them into events.
/// A handler does nothing else, because almost nothing is safe inside one, with two
/// exceptions that cannot wait for the loop: a crash (SIGSEGV, SIGILL from a Swift trap, …)
/// and a second terminating signal while the loop has not yet taken the first. Both restore
/// the terminal from the handler with async-signal-safe calls only (`tcsetattr`, `write`).
enum Signals {
  nonisolated(unsafe) private static var writeEnd: Int32 = -1
  nonisolated(unsafe) private(set) static var readEnd: Int32 = -1
  /// Terminating signals caught but not yet drained by the loop.
  nonisolated(unsafe) private static var pending: Int32 = 0
  /// The terminal settings from before curses, and the bytes that undo its modes.
  nonisolated(unsafe) private static var saved = termios()
  nonisolated(unsafe) private static var haveSaved = false
  nonisolated(unsafe) private static var reset: UnsafeMutableBufferPointer<UInt8>?
  /// What the crash signals did before (Swift's backtracer, usually), to hand them on.
  nonisolated(unsafe) private static let previous = UnsafeMutablePointer<sigaction>.allocate(
    capacity: 65)

  /// Ends the reader through the loop, which restores the terminal and exits 128 + signal.
  /// Every signal whose default action ends the process and that can be caught, except the
  /// crash signals below.
  static let terminating: [Int32] =
    [
      SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE, SIGVTALRM, SIGPROF,
      SIGXCPU, SIGXFSZ, SIGIO, SIGPWR, SIGSTKFLT,
    ] + Array(__libc_current_sigrtmin()...__libc_current_sigrtmax())
  /// Signals that mean the program itself failed: handled at once, then passed on.
  static let crashes: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGSYS]
  static let handled: [Int32] = terminating + [SIGTSTP, SIGCONT]

  /// Call before curses takes the terminal: remembers its settings for the handlers.
  static func saveTerminal() {
    haveSaved = tcgetattr(STDOUT_FILENO, &saved) == 0
  }

  static func install() {
    var ends: [Int32] = [-1, -1]
    guard pipe(&ends) == 0 else { return }
    for end in ends {
      _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
      _ = fcntl(end, F_SETFD, FD_CLOEXEC)
    }
    readEnd = ends[0]
    writeEnd = ends[1]
    prepareReset()
    pending = 0
    for signal in handled { catchSignal(signal) }
    for signal in crashes { catchCrash(signal) }
    // A parent may have started us with signals blocked; Ctrl-C, resizes and SIGTERM must
    // still arrive.
    var set = sigset_t()
    sigemptyset(&set)
    for signal in handled + crashes + [SIGWINCH] { sigaddset(&set, signal) }
    pthread_sigmask(SIG_UNBLOCK, &set, nil)
  }

  static func catchSignal(_ number: Int32) {
    _ = signal(number) { number in
      // A second terminating signal before the loop took the first: the loop is busy, so
      // the terminal is given back here and the process ends as the signal asked.
      if number != SIGTSTP && number != SIGCONT {
        Signals.pending += 1
        if Signals.pending > 1 {
          Signals.restoreTerminal()
          _exit(128 + number)
        }
      }
      var byte = UInt8(truncatingIfNeeded: number)
      _ = write(Signals.writeEnd, &byte, 1)
    }
  }

  private static func catchCrash(_ number: Int32) {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { number in
      Signals.restoreTerminal()
      // The earlier handler (or the default action) takes over once this one returns.
      _ = sigaction(number, Signals.previous + Int(number), nil)
      raise(number)
    }
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    _ = sigaction(number, &action, previous + Int(number))
  }

  /// Back to the default actions, and the pipe closed.
  static func uninstall() {
    for number in handled { _ = signal(number, SIG_DFL) }
    for number in crashes { _ = sigaction(number, previous + Int(number), nil) }
    if readEnd >= 0 { close(readEnd) }
    if writeEnd >= 0 { close(writeEnd) }
    readEnd = -1
    writeEnd = -1
  }

  /// Signals received since the last call, in order.
  static func drain() -> [Int32] {
    var received: [Int32] = []
    var buffer = [UInt8](repeating: 0, count: 64)
    while true {
      let count = read(readEnd, &buffer, buffer.count)
      if count <= 0 { break }
      received += buffer.prefix(count).map { Int32($0) }
    }
    pending = 0
    return received
  }

  /// Leaves the alternate screen, turns mouse tracking and keypad mode off, shows the cursor
  /// and puts back the settings from before curses. Only async-signal-safe calls.
  private static func restoreTerminal() {
    if let reset { _ = write(STDOUT_FILENO, reset.baseAddress, reset.count) }
    if haveSaved { _ = tcsetattr(STDOUT_FILENO, TCSANOW, &saved) }
  }

  /// The terminal's own strings for undoing what curses set up, looked up once in advance.
  private static func prepareReset() {
    guard reset == nil else { return }
    var bytes: [UInt8] = []
    func capability(_ name: String) -> [UInt8]? {
      guard let value = name.withCString({ tigetstr(UnsafeMutablePointer(mutating: $0)) }),
        Int(bitPattern: value) != -1
      else { return nil }
      return Array(String(cString: value).utf8)
    }
    bytes += capability("sgr0") ?? []
    // The xterm mouse modes curses turns on, when the terminal reports a mouse at all.
    if capability("kmous") != nil { bytes += Array("\u{1B}[?1006l\u{1B}[?1002l\u{1B}[?1000l".utf8) }
    bytes += capability("rmkx") ?? []
    bytes += capability("cnorm") ?? []
    bytes += capability("rmcup") ?? []
    let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
    _ = buffer.initialize(from: bytes)
    reset = buffer
  }
}
