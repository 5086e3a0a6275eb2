import BaclofenContent
import Foundation
import GRDB
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
/// The file is a plain SQLite database, its key in a table of its own (`keyTable`), opened
/// read-only and read in place (`open`): a search reads the few hundred pages it needs, not
/// the whole file. Reading the 71 MB cache of 10,000 articles whole and hashing it, as
/// before, was most of a warm search. Damage is found when read instead: every page ends in
/// a checksum that each read checks (`CheckedPages`), the file's length must be the one its
/// header records, and any damage SQLite meets — corrupt, not a database, an I/O error, a
/// page that does not match — has the cache rebuilt and the work retried (see
/// `CachedLibrary`). Pages are read with `pread`, never memory-mapped: a mapped file cut
/// short by another process ends the reader with SIGBUS. A new cache replaces the old by
/// rename, so a reader's open file is never rewritten under it.
public enum IndexCache {
  /// Bump whenever the cache layout, the parser's output or the index schema changes: an
  /// older cache then no longer matches and is rebuilt.
  public static let formatVersion = "baclofen-index-11"
  static let magic = Array("BACLOFEN-INDEX4\n".utf8)
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
    // In any order (the walk does not sort): each stamp is hashed alone and the hashes are
    // summed. A stamp is laid out with its path ended by a zero and padded to whole 8-byte
    // words, so its size and time are words of their own, and hashed by two chains of
    // bijections: a change to any one word changes its hash, and so the sum.
    // Laid out in one zeroed buffer sized first: appending piece by piece was most of the
    // key's instructions on a large library.
    var ends: [Int] = []
    ends.reserveCapacity(stamps.count)
    var length = 0
    for stamp in stamps {
      length += stamp.path.utf8.count
      length += 8 - length % 8 + 16
      ends.append(length)
    }
    var bytes = [UInt8](repeating: 0, count: length)
    bytes.withUnsafeMutableBytes { raw in
      var start = 0
      for (stamp, end) in zip(stamps, ends) {
        var path = stamp.path
        path.withUTF8 { utf8 in
          if let base = utf8.baseAddress {
            (raw.baseAddress! + start).copyMemory(from: base, byteCount: utf8.count)
          }
        }
        raw.storeBytes(of: Int64(stamp.size).littleEndian, toByteOffset: end - 16, as: Int64.self)
        raw.storeBytes(of: stamp.modified.littleEndian, toByteOffset: end - 8, as: Int64.self)
        start = end
      }
    }
    var total: (UInt64, UInt64) = (0, 0)
    bytes.withUnsafeBytes { raw in
      var start = 0
      for end in ends {
        let lanes = Self.lanes(UnsafeRawBufferPointer(rebasing: raw[start..<end]))
        total = (total.0 &+ lanes.0, total.1 &+ lanes.1)
        start = end
      }
    }
    return key(count: stamps.count, sums: total, version: version)
  }

  /// One stamp's pair of hashes, of its words (laid out as `key` lays them out).
  @inline(__always)
  static func lanes(_ words: UnsafeRawBufferPointer) -> (UInt64, UInt64) {
    @inline(__always) func step(_ lane: UInt64, _ word: UInt64, _ prime: UInt64) -> UInt64 {
      let mixed = (lane ^ word) &* prime
      return (mixed << 29) | (mixed >> 35)
    }
    var lanes: (UInt64, UInt64) = (0x243F_6A88_85A3_08D3, 0x1319_8A2E_0370_7344)
    for offset in stride(from: 0, to: words.count, by: 8) {
      let word = words.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      lanes = (
        step(lanes.0, word, 0x9E37_79B1_85EB_CA87), step(lanes.1, word, 0xC2B2_AE3D_27D4_EB4F)
      )
    }
    return (ContentHash.finish(lanes.0), ContentHash.finish(lanes.1))
  }

  /// The key of `count` stamps whose pairs of hashes (`lanes`) sum to `sums`.
  static func key(count: Int, sums: (UInt64, UInt64), version: String = formatVersion)
    -> String
  {
    let total = [(UInt64(count) &+ sums.0).littleEndian, sums.1.littleEndian]
    let (first, second) = total.withUnsafeBytes { ContentHash.of($0, seed: Array(version.utf8)) }
    return hex(first) + hex(second)
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

  /// The header of a file holding `image` for `key` (the check mark beside a cache, small
  /// enough to read and hash whole). The image is summed before `key` is asked for.
  static func header(key: () -> String, image: UnsafeRawBufferPointer) -> [UInt8] {
    let sums = ContentHash.Sums(image)
    let key = key()
    var bytes = magic
    bytes += Array(key.utf8.prefix(32)) + Array(repeating: 0x20, count: max(0, 32 - key.utf8.count))
    withUnsafeBytes(of: UInt64(image.count).littleEndian) { bytes += $0 }
    let (first, second) = sums.hash(seed: Array(key.utf8))
    withUnsafeBytes(of: first.littleEndian) { bytes += $0 }
    withUnsafeBytes(of: second.littleEndian) { bytes += $0 }
    return bytes
  }

  /// Writes `image` with its header atomically (see `writeAtomically`): the check mark.
  static func write(_ file: URL, key: String, image: UnsafeRawBufferPointer) throws {
    let head = header(key: { key }, image: image)
    try head.withUnsafeBytes { try writeAtomically(file, [$0, image]) }
  }

  /// The table of an index database that holds its key.
  static let keyTable = "cacheKey"

  /// Records `key` in the index database `db`, for `storedKey` when it is opened again.
  static func storeKey(_ db: Database, key: String) throws {
    try db.execute(sql: "CREATE TABLE \(keyTable)(key TEXT)")
    try db.execute(sql: "INSERT INTO \(keyTable) VALUES (?)", arguments: [key])
  }

  /// The key an index database was stored with; nil when it has none.
  static func storedKey(_ db: Database) throws -> String? {
    try String.fetchOne(db, sql: "SELECT key FROM \(keyTable)")
  }

  /// Writes the index database `image` (serialized from a database made with
  /// `CheckedPages.reserve`) as the cache `file`, each page sealed with its checksum, which
  /// it writes into `image`.
  static func writeIndex(_ file: URL, image: UnsafeMutableRawBufferPointer) throws {
    guard CheckedPages.seal(image) else { throw IndexCacheError.notSealable }
    try writeAtomically(file, [UnsafeRawBufferPointer(image)])
  }

  /// The index database in the cache `file`, opened read-only and read in place through
  /// `CheckedPages`; nil when the file is missing, not a regular file, not an index database
  /// or not of the length its header records (cut short, or grown). Opening never blocks: a
  /// FIFO in its place is refused, not waited on. Damage anywhere else is found when the
  /// page holding it is read.
  static func openIndex(_ file: URL) -> DatabaseQueue? {
    guard CheckedPages.isRegistered, isWholeDatabase(file) else { return nil }
    var configuration = SearchIndex.readOnlyConfiguration()
    configuration.readonly = true
    // `immutable`: no process rewrites the file in place (a new cache is renamed over it),
    // so SQLite takes no locks and looks for no journal.
    return try? DatabaseQueue(
      path: uri(file) + "?vfs=\(CheckedPages.vfsName)&immutable=1", configuration: configuration)
  }

  private static func isWholeDatabase(_ file: URL) -> Bool {
    let descriptor = open(file.path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG,
      Int(info.st_size) <= maximumSize
    else { return false }
    var head = [UInt8](repeating: 0, count: 100)
    return head.withUnsafeMutableBytes { head in
      guard readAll(descriptor, head, at: 0),
        let pageSize = CheckedPages.pageSize(header: UnsafeRawBufferPointer(head))
      else { return false }
      return CheckedPages.pageCount(header: UnsafeRawBufferPointer(head)) * pageSize
        == Int(info.st_size)
    }
  }

  /// `file` as an SQLite URI: every byte of its path but letters, digits and `/-_.~`
  /// percent-encoded, so a `?`, `#` or `%` in a folder's name stays part of the path.
  static func uri(_ file: URL) -> String {
    let digits = Array("0123456789ABCDEF".utf8)
    var bytes = Array("file:".utf8)
    for byte in file.path.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "/"), UInt8(ascii: "-"),
        UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
        bytes.append(byte)
      default: bytes += [UInt8(ascii: "%"), digits[Int(byte >> 4)], digits[Int(byte & 15)]]
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The whole of `file` in memory SQLite owns (`sqlite3_malloc64`), unchecked: for a test
  /// that edits a cache's database; nil when it cannot be read.
  static func readWhole(_ file: URL) -> (bytes: UnsafeMutableRawPointer, count: Int)? {
    let descriptor = open(file.path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size > 0,
      let bytes = sqlite3_malloc64(UInt64(info.st_size))
    else { return nil }
    let buffer = UnsafeMutableRawBufferPointer(start: bytes, count: Int(info.st_size))
    guard readAll(descriptor, buffer, at: 0) else {
      sqlite3_free(bytes)
      return nil
    }
    return (bytes, buffer.count)
  }

  /// Writes `parts` one after the other into a temporary file in the same folder, flushed to
  /// disk, then renamed over `file`: a reader sees the old file or the new one, never half
  /// of one, and one that has the old file open keeps reading it as it was.
  private static func writeAtomically(_ file: URL, _ parts: [UnsafeRawBufferPointer]) throws {
    let directory = file.deletingLastPathComponent()
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let temporary = directory.appendingPathComponent(
      ".\(file.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    defer { unlink(temporary.path) }
    let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw IndexCacheError.system("cannot create", errno) }
    defer { close(descriptor) }
    for part in parts { try writeAll(descriptor, part) }
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

  /// The image stored in `file` for `key` by `write` (the check mark), in memory SQLite owns
  /// (`sqlite3_malloc64`: free it); nil when the file is missing, not a regular file, of
  /// another version or key, shorter or longer than its header says, or damaged anywhere.
  /// Opening never blocks (a FIFO in its place is refused, not waited on).
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
      header(key: key, image: UnsafeRawBufferPointer(buffer)) == head
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
  case notSealable

  var description: String {
    switch self {
    case .system(let what, let code): "\(what): \(String(cString: strerror(code)))"
    case .notSealable: "the index has no room for its pages' checksums"
    }
  }
}
