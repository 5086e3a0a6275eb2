import Foundation

/// The folder for what the program remembers between runs: `$XDG_STATE_HOME/baclofen/`
/// (an absolute `XDG_STATE_HOME` only, as the XDG spec asks), else
/// `~/.local/state/baclofen/`; nil without an absolute home folder.
public enum StateFolder {
  public static func standard(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> URL? {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      return URL(fileURLWithPath: state).appendingPathComponent("baclofen")
    }
    guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
    return URL(fileURLWithPath: home).appendingPathComponent(".local/state/baclofen")
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
    url = folder?.appendingPathComponent(name)
    self.maximumBytes = maximumBytes
  }

  /// The saved value; `isCurrent` rejects a decodable value of another version as damaged.
  public func load(now: Date = Date(), isCurrent: (Value) -> Bool = { _ in true }) -> Loaded {
    guard let url else { return .none }
    let data: Data
    do {
      let size = try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int
      guard (size ?? 0) <= maximumBytes else { return setAside(url, now: now) }
      data = try Data(contentsOf: url)
    } catch let error as CocoaError
      where error.code == .fileReadNoSuchFile || error.code == .fileNoSuchFile
    {
      return .none
    } catch {
      return .unreadable(error.localizedDescription)
    }
    if data.count <= maximumBytes, let value = try? JSONDecoder().decode(Value.self, from: data),
      isCurrent(value)
    {
      return .value(value)
    }
    return setAside(url, now: now)
  }

  /// Saves atomically, creating the folder (owner only: it holds health information).
  public func save(_ value: Value) throws {
    guard let url else { throw StateFileError.noFolder }
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true,
      attributes: [.posixPermissions: 0o700])
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

  private func setAside(_ url: URL, now: Date) -> Loaded {
    let aside = url.path + ".damaged-" + Self.timestamp(now)
    return .damaged(setAside: rename(url.path, aside) == 0 ? aside : nil)
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
