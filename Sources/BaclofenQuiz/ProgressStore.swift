import BaclofenText
import Foundation

#if canImport(Glibc)
  import Glibc
  private let posixWrite = Glibc.write
  private let posixRead = Glibc.read
#elseif canImport(Darwin)
  import Darwin
  private let posixWrite = Darwin.write
  private let posixRead = Darwin.read
#endif

/// Saves questionnaire progress as JSON under `$XDG_STATE_HOME/baclofen/` (else
/// `~/.local/state/baclofen/`), so an interrupted session can resume. Never fatal: without a
/// usable folder it works without saving, and a damaged file is set aside; both give a
/// notice to show instead of an error.
public struct ProgressStore: Sendable {
  public static let fileName = "questionnaire-progress.json"

  /// Nil when progress cannot be saved (no home folder).
  public let directory: URL?

  public init(directory: URL?) { self.directory = directory }

  public var fileURL: URL? { directory?.appendingPathComponent(Self.fileName) }

  /// The standard location for `environment`, with a notice when there is none.
  public static func standard(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> (store: ProgressStore, notice: String?) {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      return (
        ProgressStore(directory: URL(fileURLWithPath: state).appendingPathComponent("baclofen")),
        nil
      )
    }
    guard let home = environment["HOME"], home.hasPrefix("/") else {
      return (
        ProgressStore(directory: nil),
        "No home folder found: your answers will not be saved if you leave."
      )
    }
    let directory = URL(fileURLWithPath: home).appendingPathComponent(".local/state/baclofen")
    return (ProgressStore(directory: directory), nil)
  }

  /// Saved progress is a few hundred bytes; anything much larger is not progress.
  public static let maximumFileSize = 256 * 1024

  /// The saved progress, if any. A file that cannot be read as progress (damaged, too large,
  /// not a regular file) is renamed to `*.damaged-<timestamp>` and a notice says so; nothing
  /// is lost, nothing crashes, and nothing blocks or fills memory.
  public func load(now: Date = Date()) -> (progress: QuizProgress?, notice: String?) {
    guard let url = fileURL else { return (nil, nil) }
    let data: Data
    switch Self.readSmallFile(url.path) {
    case .missing: return (nil, nil)
    case .unreadable(let code):
      return (nil, "Could not read your saved answers (\(String(cString: strerror(code)))).")
    case .unsuitable: data = Data()
    case .read(let bytes): data = bytes
    }
    if let progress = try? JSONDecoder().decode(QuizProgress.self, from: data),
      progress.version == QuizProgress.currentVersion
    {
      return (progress, nil)
    }
    if let aside = Self.setAside(url.path, now: now) {
      return (
        nil,
        "Your saved answers could not be read, so the questionnaire starts afresh. "
          + "The damaged file was kept as \(aside)."
      )
    }
    return (nil, "Your saved answers could not be read, so the questionnaire starts afresh.")
  }

  enum Read {
    case missing
    case unreadable(Int32)
    /// Not a regular file, or larger than `maximumFileSize`.
    case unsuitable
    case read(Data)
  }

  /// The file's bytes when it is a regular file of at most `maximumFileSize`. Opened without
  /// blocking, so a FIFO in its place cannot hang the reader.
  static func readSmallFile(_ path: String) -> Read {
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { return errno == ENOENT ? .missing : .unreadable(errno) }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG,
      Int(info.st_size) <= maximumFileSize
    else { return .unsuitable }
    var bytes = [UInt8](repeating: 0, count: maximumFileSize + 1)
    var count = 0
    while count < bytes.count {
      let got = bytes.withUnsafeMutableBytes {
        posixRead(descriptor, $0.baseAddress! + count, $0.count - count)
      }
      if got < 0 && errno == EINTR { continue }
      guard got >= 0 else { return .unreadable(errno) }
      if got == 0 { break }
      count += got
    }
    return count > maximumFileSize ? .unsuitable : .read(Data(bytes.prefix(count)))
  }

  /// Renames `path` to `path.damaged-<timestamp>`, with `-2`, `-3`, … when that name is
  /// taken (two damaged files in one second): a set-aside file is never overwritten.
  /// The new path, or nil when it could not be renamed.
  static func setAside(_ path: String, now: Date) -> String? {
    let base = path + ".damaged-" + timestamp(now)
    for number in 1...1000 {
      let candidate = number == 1 ? base : "\(base)-\(number)"
      // link fails rather than replace an existing name; a folder cannot be linked, so it
      // is renamed once the name is known to be free.
      if link(path, candidate) == 0 {
        unlink(path)
        return candidate
      }
      if errno == EEXIST { continue }
      guard access(candidate, F_OK) != 0 else { continue }
      return rename(path, candidate) == 0 ? candidate : nil
    }
    return nil
  }

  /// Saves atomically; returns a notice when it could not (the session goes on unsaved).
  @discardableResult
  public func save(_ progress: QuizProgress, now: Date = Date()) -> String? {
    guard let directory, let url = fileURL else {
      return "Your answers are not being saved (no home folder)."
    }
    var progress = progress
    progress.savedAt = ISO8601DateFormatter().string(from: now)
    do {
      try Self.makeFolders(directory.path)
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
      try AtomicFile.write(encoder.encode(progress), to: url)
      return nil
    } catch {
      return
        "Your answers could not be saved (\(Self.reason(error))); you can go on without saving."
    }
  }

  /// The system's short reason for a file error, not Foundation's "NSCocoaErrorDomain
  /// error 512".
  static func reason(_ error: Error) -> String {
    if case AtomicFileError.system(_, _, let code) = error {
      return String(cString: strerror(code))
    }
    return "the folder cannot be written"
  }

  /// `mkdir -p` with mode 0700, failing with the errno of the folder that could not be made.
  static func makeFolders(_ path: String) throws {
    var partial = ""
    for component in path.split(separator: "/") {
      partial += "/" + component
      if mkdir(partial, 0o700) != 0 && errno != EEXIST {
        throw AtomicFileError.system("mkdir", path: partial, errno: errno)
      }
    }
  }

  /// Forgets saved progress (after finishing, or "start again").
  public func clear() {
    guard let url = fileURL else { return }
    try? FileManager.default.removeItem(at: url)
  }

  /// `20261121-143005` in UTC: sorts by time and is safe in a file name.
  static func timestamp(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyyMMdd-HHmmss"
    return formatter.string(from: date)
  }
}

public enum AtomicFileError: Error, CustomStringConvertible {
  case system(String, path: String, errno: Int32)
  public var description: String {
    switch self {
    case .system(let call, let path, let code):
      "\(call) \(path): \(String(cString: strerror(code)))"
    }
  }
}

/// Writes a whole file or nothing: a temporary file in the same folder, flushed to disk,
/// then renamed over the target (rename is atomic within one file system).
public enum AtomicFile {
  /// Writes all of `bytes` to `descriptor`, through short writes and interruptions; the
  /// errno of the failure, or nil.
  public static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32? {
    var offset = 0
    while offset < bytes.count {
      let written = posixWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
      if written < 0 {
        if errno == EINTR { continue }
        return errno
      }
      offset += written
    }
    return nil
  }

  public static func write(_ data: Data, to url: URL, permissions: mode_t = 0o600) throws {
    let target = url.path
    let temporary = url.deletingLastPathComponent().appendingPathComponent(
      ".\(url.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    ).path
    let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL, permissions)
    guard fd >= 0 else { throw AtomicFileError.system("open", path: temporary, errno: errno) }
    var failure: AtomicFileError?
    if let code = data.withUnsafeBytes({ writeAll(fd, $0) }) {
      failure = .system("write", path: temporary, errno: code)
    }
    if failure == nil && fsync(fd) != 0 {
      failure = .system("fsync", path: temporary, errno: errno)
    }
    close(fd)
    if failure == nil && rename(temporary, target) != 0 {
      failure = .system("rename", path: target, errno: errno)
    }
    if let failure {
      unlink(temporary)
      throw failure
    }
    // Make the rename itself durable.
    let folder = open(url.deletingLastPathComponent().path, O_RDONLY)
    if folder >= 0 {
      fsync(folder)
      close(folder)
    }
  }
}

extension ResultExport {
  /// Writes an exported result atomically; the file is readable by its owner only, since
  /// it holds health information. Made terminal-safe like all output: such a file is read
  /// with `cat` and `less`.
  public static func write(_ text: String, to path: String) throws {
    try AtomicFile.write(Data(text.terminalSafe.utf8), to: URL(fileURLWithPath: path))
  }

  /// Today's date as YYYY-MM-DD, in local time (for the file name and "Exported …").
  public static func today(_ now: Date = Date()) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.dateFormat = "yyyy-MM-dd"
    return formatter.string(from: now)
  }
}

extension QuizProgress {
  /// The progress without the answers `questionnaire` does not have (a question or option
  /// renamed or removed since, or a hand-edited file), and the ids of the questions whose
  /// answers were dropped. The CLI refuses the same answers.
  public func keepingValidAnswers(for questionnaire: Questionnaire) -> (
    progress: QuizProgress, dropped: [String]
  ) {
    var progress = self
    var dropped: [String] = []
    for entry in answers.entries
    where questionnaire.question(id: entry.question)?.option(id: entry.option) == nil {
      progress.answers[entry.question] = nil
      dropped.append(entry.question)
    }
    if let current = currentQuestion, questionnaire.question(id: current) == nil {
      progress.currentQuestion = nil
    }
    return (progress, dropped)
  }
}
