import BaclofenContent
import Foundation
import GRDBSQLite

/// Where the search index of a content folder is kept between runs, how a version of the
/// folder is named, and the file that holds it.
///
/// The key hashes the path, size and modification time of every article file, plus the
/// format version — not the bytes. Measured on the 10,000-article library (73 MB): stat-ing
/// every file takes a few milliseconds, reading and hashing every byte over 100 ms, more than
/// the whole warm start may take. An edit that keeps both size and modification time (to
/// the nanosecond) is the only change this misses.
///
/// The file is a header — magic, key, image length, a 128-bit hash of key and image — then
/// an SQLite database image. It is read whole into memory and hashed before SQLite sees it:
/// a flipped byte anywhere is damage and the cache is rebuilt, and another process that
/// truncates or rewrites the file cannot reach a reader that has it in memory (a memory-mapped
/// file ends the process with SIGBUS when truncated).
public enum IndexCache {
  /// Bump whenever the cache layout, the parser's output or the index schema changes: an
  /// older cache then no longer matches and is rebuilt.
  public static let formatVersion = "baclofen-index-7"
  static let magic = Array("BACLOFEN-INDEX3\n".utf8)
  static let headerSize = 16 + 32 + 8 + 16
  /// Larger files are not read: far more than a library of 100,000 articles needs.
  static let maximumSize = 4 << 30

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
    let name = "index-" + hex(fnv1a(Array(folder.standardizedFileURL.path.utf8))) + ".cache"
    return directory.appendingPathComponent(name)
  }

  /// Beside a cache `file`: the mark of the folder version checked in full (`checkedVersion`),
  /// in the cache's own format with that version as key and image.
  static func checkMark(_ file: URL) -> URL {
    file.deletingPathExtension().appendingPathExtension("checked")
  }

  /// A folder's version for its check mark: the articles' key, every other file's path and
  /// bytes, and the program's own file, so a new build with other checks checks again; nil
  /// when the program's file cannot be found (then there is no mark).
  static func checkedVersion(articles key: String, others: ContentFiles) -> String? {
    guard let programStamp else { return nil }
    var bytes = Array((key + "\n" + programStamp + "\n").utf8)
    for file in others.files {
      let (first, second) = file.bytes.withUnsafeBytes { ContentHash.of($0, seed: []) }
      bytes += "\(file.path)\0\(first) \(second)\n".utf8
    }
    return hex(fnv1a(bytes)) + hex(fnv1a(bytes, seed: 0x6C62_272E_07BB_0142))
  }

  /// The running executable's size and modification time.
  static let programStamp: String? = {
    var info = stat()
    guard let path = Bundle.main.executablePath, stat(path, &info) == 0 else { return nil }
    #if canImport(Darwin)
      let time = info.st_mtimespec
    #else
      let time = info.st_mtim
    #endif
    return "\(path) \(info.st_size) \(time.tv_sec).\(time.tv_nsec)"
  }()

  /// The key of articles with `stamps` for a cache of format `version` (another version's
  /// key is another key: a cache written by an older build is rebuilt, not misread).
  static func key(_ stamps: [FileStamp], version: String = formatVersion) -> String {
    // Two differently seeded 64-bit hashes: 128 bits make an accidental match negligible.
    // Fed field by field: formatting every stamp as text first took a third as long as
    // stat-ing the files.
    var hashes: (UInt64, UInt64) = (0xCBF2_9CE4_8422_2325, 0x6C62_272E_07BB_0142)
    func add(byte: UInt8) {
      hashes.0 = (hashes.0 ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
      hashes.1 = (hashes.1 ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }
    func add(number: Int64) {
      withUnsafeBytes(of: number.littleEndian) { for byte in $0 { add(byte: byte) } }
    }
    for byte in version.utf8 { add(byte: byte) }
    for stamp in stamps {
      for byte in stamp.path.utf8 { add(byte: byte) }
      add(byte: 0)
      add(number: Int64(stamp.size))
      add(number: stamp.modified)
    }
    return hex(hashes.0) + hex(hashes.1)
  }

  static func fnv1a(_ bytes: [UInt8], seed: UInt64 = 0xCBF2_9CE4_8422_2325) -> UInt64 {
    var hash = seed
    for byte in bytes {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01B3
    }
    return hash
  }

  static func hex(_ value: UInt64) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }

  /// The header of a cache holding `image` for `key`.
  static func header(key: String, image: UnsafeRawBufferPointer) -> [UInt8] {
    var bytes = magic
    bytes += Array(key.utf8.prefix(32)) + Array(repeating: 0x20, count: max(0, 32 - key.utf8.count))
    withUnsafeBytes(of: UInt64(image.count).littleEndian) { bytes += $0 }
    let (first, second) = ContentHash.of(image, seed: Array(key.utf8))
    withUnsafeBytes(of: first.littleEndian) { bytes += $0 }
    withUnsafeBytes(of: second.littleEndian) { bytes += $0 }
    return bytes
  }

  /// Writes `image` with its header atomically: into a temporary file in the same folder,
  /// flushed to disk, then renamed over `file`, so a reader sees the old file or the new one,
  /// never half of one.
  static func write(_ file: URL, key: String, image: UnsafeRawBufferPointer) throws {
    let directory = file.deletingLastPathComponent()
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let temporary = directory.appendingPathComponent(
      ".\(file.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    defer { unlink(temporary.path) }
    let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw IndexCacheError.system("cannot create", errno) }
    defer { close(descriptor) }
    let head = header(key: key, image: image)
    try head.withUnsafeBytes { try writeAll(descriptor, $0) }
    try writeAll(descriptor, image)
    guard fsync(descriptor) == 0 else { throw IndexCacheError.system("cannot flush", errno) }
    guard rename(temporary.path, file.path) == 0 else {
      throw IndexCacheError.system("cannot rename", errno)
    }
    // Makes the rename durable; not possible everywhere.
    let folder = open(directory.path, O_RDONLY | O_CLOEXEC)
    if folder >= 0 {
      fsync(folder)
      close(folder)
    }
  }

  private static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) throws {
    var offset = 0
    while offset < bytes.count {
      let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
      if written < 0, errno == EINTR { continue }
      guard written > 0 else { throw IndexCacheError.system("cannot write", errno) }
      offset += written
    }
  }

  /// The image stored in `file` for `key`, in memory SQLite owns (`sqlite3_malloc64`: hand
  /// it to `SearchIndex.deserialize`, or free it); nil when the file is missing, not a
  /// regular file, of another version or key, shorter or longer than its header says, or
  /// damaged anywhere. `key` is asked for once the file is read: working it out takes about
  /// as long. Opening never blocks (a FIFO in its place is refused, not waited on).
  static func read(_ file: URL, key: () -> String) -> (bytes: UnsafeMutableRawPointer, count: Int)?
  {
    let descriptor = open(file.path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG,
      Int(info.st_size) > headerSize, Int(info.st_size) <= maximumSize
    else { return nil }
    var head = [UInt8](repeating: 0, count: headerSize)
    guard head.withUnsafeMutableBytes({ readAll(descriptor, $0, at: 0) }) else { return nil }
    let count = Int(info.st_size) - headerSize
    guard head.starts(with: magic), littleEndian(head, at: 48) == UInt64(count),
      let bytes = sqlite3_malloc64(UInt64(count))
    else { return nil }
    let buffer = UnsafeMutableRawBufferPointer(start: bytes, count: count)
    guard readAll(descriptor, buffer, at: headerSize),
      header(key: key(), image: UnsafeRawBufferPointer(buffer)) == head
    else {
      sqlite3_free(bytes)
      return nil
    }
    return (bytes, count)
  }

  private static func readAll(
    _ descriptor: Int32, _ buffer: UnsafeMutableRawBufferPointer, at start: Int
  )
    -> Bool
  {
    var offset = 0
    while offset < buffer.count {
      let count = pread(
        descriptor, buffer.baseAddress! + offset, buffer.count - offset, off_t(start + offset))
      if count < 0, errno == EINTR { continue }
      // Zero: the file was cut short while being read.
      guard count > 0 else { return false }
      offset += count
    }
    return true
  }

  private static func littleEndian(_ bytes: [UInt8], at offset: Int) -> UInt64 {
    (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[offset + $1]) << (8 * UInt64($1)) }
  }
}

enum IndexCacheError: Error, CustomStringConvertible {
  case system(String, Int32)

  var description: String {
    switch self {
    case .system(let what, let code): "\(what): \(String(cString: strerror(code)))"
    }
  }
}

/// A fast 128-bit hash of a block of bytes, to notice damage (not to resist forgery: whoever
/// can write the cache can write a valid one). Four lanes, each a chain of bijections of its
/// state, so a change confined to one 8-byte word always changes the result; about 1 ms per
/// 10 MB here.
enum ContentHash {
  static func of(_ bytes: UnsafeRawBufferPointer, seed: [UInt8]) -> (UInt64, UInt64) {
    let prime: UInt64 = 0x9E37_79B1_85EB_CA87
    var lanes: (UInt64, UInt64, UInt64, UInt64) = (
      0x243F_6A88_85A3_08D3, 0x1319_8A2E_0370_7344, 0xA409_3822_299F_31D0, 0x082E_FA98_EC4E_6C89
    )
    lanes.0 ^= IndexCache.fnv1a(seed)
    @inline(__always) func step(_ lane: UInt64, _ word: UInt64) -> UInt64 {
      let mixed = (lane ^ word) &* prime
      return (mixed << 29) | (mixed >> 35)
    }
    let words = bytes.count / 32
    if let base = bytes.baseAddress {
      for index in 0..<words {
        let at = base + index * 32
        lanes.0 = step(lanes.0, at.loadUnaligned(as: UInt64.self))
        lanes.1 = step(lanes.1, at.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        lanes.2 = step(lanes.2, at.loadUnaligned(fromByteOffset: 16, as: UInt64.self))
        lanes.3 = step(lanes.3, at.loadUnaligned(fromByteOffset: 24, as: UInt64.self))
      }
    }
    var tail = Array(bytes[(words * 32)...])
    tail += Array(repeating: 0, count: 32 - tail.count)
    tail.withUnsafeBytes { at in
      lanes.0 = step(lanes.0, at.loadUnaligned(as: UInt64.self))
      lanes.1 = step(lanes.1, at.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
      lanes.2 = step(lanes.2, at.loadUnaligned(fromByteOffset: 16, as: UInt64.self))
      lanes.3 = step(lanes.3, at.loadUnaligned(fromByteOffset: 24, as: UInt64.self))
    }
    let length = UInt64(bytes.count)
    func finish(_ value: UInt64) -> UInt64 {
      var x = value ^ length
      x = (x ^ (x >> 33)) &* 0xFF51_AFD7_ED55_8CCD
      x = (x ^ (x >> 33)) &* 0xC4CE_B9FE_1A85_EC53
      return x ^ (x >> 33)
    }
    return (
      finish(step(step(lanes.0, lanes.1), finish(lanes.2))),
      finish(step(step(lanes.3, lanes.2), finish(lanes.1)) ^ lanes.0)
    )
  }
}
