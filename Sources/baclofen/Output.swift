import BaclofenQuiz
import BaclofenStore
import BaclofenText
import Foundation

/// The only way the commands write to stdout and stderr. Every string passes the same
/// terminal-safe step here (`terminalSafe` for text; JSON escapes the same characters), and
/// every write is checked: when one fails (a full disk, a closed or broken pipe), nothing
/// more is written and the command ends with `exitCode` (74, EX_IOERR) instead of a crash or
/// a success with its output lost. The program is single-threaded, hence the plain statics.
enum Output {
  /// "Could not write the output", as in sysexits.h.
  static let exitCode: Int32 = 74

  nonisolated(unsafe) private static var buffer: [UInt8] = []
  /// The first failed write: stream name and errno.
  nonisolated(unsafe) private(set) static var failure: (stream: String, code: Int32)?
  /// Standard streams the program was started with closed.
  nonisolated(unsafe) private static var closed: Set<Int32> = []

  /// Call first. A closed stdin, stdout or stderr would let the next file opened take its
  /// number, and output meant for the terminal would land in that file: /dev/null holds
  /// the place, and writing to a stream that was closed counts as a failed write.
  static func holdStandardStreams() {
    for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO]
    where fcntl(descriptor, F_GETFD) == -1 {
      let null = open("/dev/null", descriptor == STDIN_FILENO ? O_RDONLY : O_WRONLY)
      if null >= 0 && null != descriptor {
        dup2(null, descriptor)
        close(null)
      }
      closed.insert(descriptor)
    }
  }

  /// One line of text on stdout, made terminal-safe.
  static func line(_ text: String = "") { append(text.terminalSafe + "\n") }

  /// Text on stdout, made terminal-safe, without a line end added.
  static func text(_ text: String) { append(text.terminalSafe) }

  /// One line of pieces, the marked ones shown in `style`: the pieces are made safe, the
  /// style's own codes are added after.
  static func line(_ pieces: [(text: Substring, marked: Bool)], style: HighlightStyle) {
    let line = pieces.map { piece in
      let safe = String(piece.text).terminalSafe
      return piece.marked ? style.open + safe + style.close : safe
    }
    append(line.joined() + "\n")
  }

  /// Pretty JSON with sorted keys on stdout. The encoder escapes C0 controls; DEL and the C1
  /// range (which some terminals obey as escape sequences) are escaped here too, so no
  /// control character reaches the terminal raw while the data stays exact.
  static func json<T: Encodable>(_ value: T) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    json(text: String(decoding: try encoder.encode(value), as: UTF8.self))
  }

  /// `json(value)` for a value that writes its own text, as the encoder would (see
  /// `PrettyJSON`).
  static func json(_ value: PrettyJSON) { json(text: value.text) }

  private static func json(text: String) {
    // Nearly always nothing to escape: appending scalar by scalar cost more than encoding.
    guard text.unicodeScalars.contains(where: \.isUnsafeForTerminal) else {
      append(text + "\n")
      return
    }
    var escaped = ""
    escaped.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    for scalar in text.unicodeScalars {
      if scalar.isUnsafeForTerminal {
        let hex = String(scalar.value, radix: 16)
        escaped += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      } else {
        escaped.unicodeScalars.append(scalar)
      }
    }
    append(escaped + "\n")
  }

  /// A message on stderr (after what stdout holds so far), made terminal-safe.
  static func error(_ message: String) {
    flush()
    send(Array((message.terminalSafe + "\n").utf8), to: STDERR_FILENO, stream: "stderr")
  }

  /// Writes what is buffered for stdout.
  static func flush() {
    guard !buffer.isEmpty else { return }
    send(buffer, to: STDOUT_FILENO, stream: "stdout")
    buffer.removeAll(keepingCapacity: true)
  }

  /// Flushes, then the status to exit with: `exitCode` after a failed write, else `status`.
  /// On a failed stdout the reason goes to stderr, if that still works.
  static func finish(_ status: Int32) -> Int32 {
    flush()
    guard let failure else { return status }
    if failure.stream == "stdout" {
      let message =
        "baclofen: could not write the output: \(String(cString: strerror(failure.code)))\n"
      _ = message.utf8CString.withUnsafeBytes {
        AtomicFile.writeAll(STDERR_FILENO, UnsafeRawBufferPointer(rebasing: $0.dropLast()))
      }
    }
    return exitCode
  }

  private static func append(_ text: String) {
    buffer += text.utf8
    if buffer.count >= 1 << 16 { flush() }
  }

  private static func send(_ bytes: [UInt8], to descriptor: Int32, stream: String) {
    guard failure == nil else { return }
    if closed.contains(descriptor) {
      failure = (stream, EBADF)
      return
    }
    if let code = bytes.withUnsafeBytes({ AtomicFile.writeAll(descriptor, $0) }) {
      failure = (stream, code)
    }
  }
}
