import BaclofenContent
import Foundation
import GRDB

/// Where the search index of a content folder is kept between runs, and how a version of the
/// folder is named.
///
/// The key hashes the path, size and modification time of every article file, plus the
/// format version — not the bytes. Measured on the 10,000-article library (73 MB): stat-ing
/// every file takes a few milliseconds, reading and hashing every byte over 100 ms, more than
/// the whole warm start may take. An edit that keeps both size and modification time (to
/// the nanosecond) is the only change this misses.
public enum IndexCache {
  /// Bump whenever the cache layout, the parser's output or the index schema changes: an
  /// older cache then no longer matches and is rebuilt.
  public static let formatVersion = "baclofen-index-2"

  /// `$XDG_CACHE_HOME/baclofen`, else `$HOME/.cache/baclofen`; nil when neither is set.
  public static func defaultDirectory(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> URL? {
    if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
      return URL(fileURLWithPath: xdg).appendingPathComponent("baclofen")
    }
    // A relative HOME counts as none, as for saved progress and exports.
    guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
    return URL(fileURLWithPath: home).appendingPathComponent(".cache/baclofen")
  }

  /// The cache file of one content folder: one per folder, replaced when its content changes.
  static func file(for folder: URL, in directory: URL) -> URL {
    let name = "index-" + hex(fnv1a(Array(folder.standardizedFileURL.path.utf8))) + ".sqlite"
    return directory.appendingPathComponent(name)
  }

  static func key(_ stamps: [FileStamp]) -> String {
    var bytes = Array(formatVersion.utf8)
    for stamp in stamps {
      bytes += stamp.path.utf8
      bytes.append(0)
      bytes += "\(stamp.size) \(stamp.modified)\n".utf8
    }
    // Two differently seeded 64-bit hashes: 128 bits make an accidental match negligible.
    return hex(fnv1a(bytes)) + hex(fnv1a(bytes, seed: 0x6C62_272E_07BB_0142))
  }

  static func fnv1a(_ bytes: [UInt8], seed: UInt64 = 0xCBF2_9CE4_8422_2325) -> UInt64 {
    var hash = seed
    for byte in bytes {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01B3
    }
    return hash
  }

  private static func hex(_ value: UInt64) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }

  /// Writes a cache file atomically: built in a temporary file in the same folder, flushed
  /// to disk, then renamed over `file`, so a reader sees the old file or the new one, never
  /// half of one. `fill` writes the tables.
  static func write(_ file: URL, fill: (Database) throws -> Void) throws {
    let directory = file.deletingLastPathComponent()
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let temporary = directory.appendingPathComponent(
      ".\(file.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    defer { try? FileManager.default.removeItem(at: temporary) }
    var configuration = Configuration()
    // No journal and no syncs while building: the file is private until the rename, and
    // it is flushed once at the end.
    configuration.prepareDatabase { db in
      try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF")
    }
    let queue = try DatabaseQueue(path: temporary.path, configuration: configuration)
    try queue.write(fill)
    try queue.close()
    try sync(temporary.path)
    guard rename(temporary.path, file.path) == 0 else {
      throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: file.path])
    }
    try? sync(directory.path)  // makes the rename durable; not possible everywhere
  }

  private static func sync(_ path: String) throws {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { throw CocoaError(.fileReadNoPermission) }
    defer { close(descriptor) }
    guard fsync(descriptor) == 0 else { throw CocoaError(.fileWriteUnknown) }
  }

  /// Opens a cache file read-only when it is whole and of this version, with the key it was
  /// written for; nil otherwise (missing, truncated, another version). Damage inside the file
  /// is not looked for: reading every page is too slow to do at every start of a large library.
  static func openIfWhole(_ file: URL) -> (DatabaseQueue, outline: [UInt8], key: String)? {
    guard FileManager.default.fileExists(atPath: file.path) else { return nil }
    var configuration = Configuration()
    configuration.readonly = true
    // Map the file instead of copying pages through read(2) into a 2 MB page cache: a
    // query touches many pages of a large index, and the copies were most of its time.
    configuration.prepareDatabase { db in
      try db.execute(sql: "PRAGMA mmap_size = 1073741824")
    }
    do {
      let queue = try DatabaseQueue(path: file.path, configuration: configuration)
      let found = try queue.read { db -> (outline: [UInt8], key: String)? in
        let meta = try Row.fetchAll(db, sql: "SELECT name, value FROM meta")
        var values: [String: DatabaseValue] = [:]
        for row in meta { values[row[0]] = row[1] as DatabaseValue }
        guard String.fromDatabaseValue(values["format"] ?? .null) == formatVersion,
          let key = String.fromDatabaseValue(values["key"] ?? .null),
          let outline = Data.fromDatabaseValue(values["outline"] ?? .null)
        else { return nil }
        // A truncated file still opens; its header says how long it should be.
        let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
        let pageSize = try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0
        let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size]) as? Int
        guard let size, size >= pages * pageSize else { return nil }
        return ([UInt8](outline), key)
      }
      guard let found else { return nil }
      return (queue, found.outline, found.key)
    } catch {
      return nil
    }
  }
}
