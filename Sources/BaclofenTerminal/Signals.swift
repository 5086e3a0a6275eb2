import Glibc

/// Signals become bytes on a self-pipe; the event loop reads them and turns them into events.
/// A handler does nothing else, because almost nothing is safe inside one.
enum Signals {
  nonisolated(unsafe) private static var writeEnd: Int32 = -1
  nonisolated(unsafe) private(set) static var readEnd: Int32 = -1

  static let handled: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGTSTP, SIGCONT]

  static func install() {
    var ends: [Int32] = [-1, -1]
    guard pipe(&ends) == 0 else { return }
    for end in ends {
      _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
      _ = fcntl(end, F_SETFD, FD_CLOEXEC)
    }
    readEnd = ends[0]
    writeEnd = ends[1]
    for signal in handled { catchSignal(signal) }
    // A parent may have started us with signals blocked; Ctrl-C, resizes and SIGTERM must
    // still arrive.
    var set = sigset_t()
    sigemptyset(&set)
    for signal in handled + [SIGWINCH] { sigaddset(&set, signal) }
    pthread_sigmask(SIG_UNBLOCK, &set, nil)
  }

  static func catchSignal(_ number: Int32) {
    _ = signal(number) { number in
      var byte = UInt8(truncatingIfNeeded: number)
      _ = write(Signals.writeEnd, &byte, 1)
    }
  }

  /// Back to the default actions, and the pipe closed.
  static func uninstall() {
    for number in handled { _ = signal(number, SIG_DFL) }
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
    return received
  }
}
