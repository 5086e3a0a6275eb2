import Foundation

#if canImport(Glibc)
  import Glibc
  private let posixRead = Glibc.read
#elseif canImport(Darwin)
  import Darwin
  private let posixRead = Darwin.read
#endif

/// The folder for what the program remembers between runs: `$XDG_STATE_HOME/baclofen/`
/// (an absolute `XDG_STATE_HOME` only, as the XDG spec asks), else
/// `~/.local/state/baclofen/`; nil without an absolute home folder.
public enum StateFolder {
  public static func standard(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> URL? {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      return folder(state, "baclofen")
    }
    guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
    return folder(home, ".local/state/baclofen")
  }

  /// `path` and `relative` joined as a string: `appendingPathComponent` builds a set of
  /// characters to escape and asks the file system whether the path is a folder (a thirtieth
  /// of the instructions to the reader's first frame).
  private static func folder(_ path: String, _ relative: String) -> URL {
    URL(fileURLWithPath: (path.hasSuffix("/") ? path : path + "/") + relative, isDirectory: true)
  }
}

/// One JSON file in the state folder, read and written whole. Saving is atomic; a file that
/// cannot be read as a `Value` (or is larger than any the program writes) is renamed to
/// `*.damaged-<timestamp>` rather than overwritten, so nothing a person had is lost.
public struct StateFile<Value: Codable>: Sendable {
  public enum Loaded {
    /// Nothing saved yet (or nowhere to save).
    case none
    case value(Value)
    /// The file exists but could not be read (permissions, I/O); it was left in place.
    case unreadable(String)
    /// The file was not a valid `Value`; `setAside` is where it was moved, nil if it could
    /// not be moved.
    case damaged(setAside: String?)
  }

  /// Nil when nothing can be saved (no home folder).
  public let url: URL?
  /// Files larger than this are treated as damaged: the program never writes one.
  public let maximumBytes: Int

  public init(folder: URL?, name: String, maximumBytes: Int = 1 << 20) {
    // A name of one component: no slashes to escape, no file system to ask.
    url = folder?.appending(component: name, directoryHint: .notDirectory)
    self.maximumBytes = maximumBytes
  }

  /// The saved value; `isCurrent` rejects a decodable value of another version as damaged.
  public func load(now: Date = Date(), isCurrent: (Value) -> Bool = { _ in true }) -> Loaded {
    guard let url else { return .none }
    let data: Data
    // Not `url.path`, which builds a set of bytes to decode with (a thirtieth of the
    // reader's first frame); a file URL's name is the same either way.
    switch Self.readSmallFile(url.path(percentEncoded: false), maximumBytes: maximumBytes) {
    case .missing: return .none
    case .unreadable(let code): return .unreadable(String(cString: strerror(code)))
    case .unsuitable: return .damaged(setAside: Self.setAside(url.path, now: now))
    case .read(let bytes): data = bytes
    }
    if let value = try? JSONDecoder().decode(Value.self, from: data), isCurrent(value) {
      return .value(value)
    }
    return .damaged(setAside: Self.setAside(url.path, now: now))
  }

  /// Saves atomically, creating the folder (owner only: it holds health information).
  public func save(_ value: Value) throws {
    guard let url else { throw StateFileError.noFolder }
    try Self.makeFolders(url.deletingLastPathComponent().path)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    let data = try encoder.encode(value)
    guard data.count <= maximumBytes else { throw StateFileError.tooLarge(data.count) }
    try AtomicFile.write(data, to: url)
  }

  /// Forgets the saved value.
  public func clear() {
    guard let url else { return }
    try? FileManager.default.removeItem(at: url)
  }

  /// The system's short reason for a save error, not Foundation's "NSCocoaErrorDomain
  /// error 512".
  public static func reason(_ error: Error) -> String {
    if case AtomicFileError.system(_, _, let code) = error {
      return String(cString: strerror(code))
    }
    if let error = error as? StateFileError { return error.description }
    return "the folder cannot be written"
  }

  enum Read {
    case missing
    case unreadable(Int32)
    /// Not a regular file, or larger than the limit.
    case unsuitable
    case read(Data)
  }

  /// The file's bytes when it is a regular file of at most `maximumBytes`. Opened without
  /// blocking, so a FIFO in its place cannot hang the reader, and read only up to the limit,
  /// so a huge file cannot fill memory.
  static func readSmallFile(_ path: String, maximumBytes: Int) -> Read {
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { return errno == ENOENT ? .missing : .unreadable(errno) }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG,
      Int(info.st_size) <= maximumBytes
    else { return .unsuitable }
    var bytes = [UInt8](repeating: 0, count: maximumBytes + 1)
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
    return count > maximumBytes ? .unsuitable : .read(Data(bytes.prefix(count)))
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

  /// `20261121-143005` in UTC: sorts by time and is safe in a file name.
  static func timestamp(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyyMMdd-HHmmss"
    return formatter.string(from: date)
  }
}

public enum StateFileError: Error, CustomStringConvertible {
  case noFolder
  case tooLarge(Int)
  public var description: String {
    switch self {
    case .noFolder: "no home folder to save in"
    case .tooLarge(let bytes): "\(bytes) bytes is more than a state file may hold"
    }
  }
}
