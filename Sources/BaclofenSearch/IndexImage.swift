import BaclofenContent
import Foundation
import GRDB
import GRDBSQLite

/// An index as one block of bytes, an SQLite database image: built once — for the bundled
/// articles, when the binary is built; for a content folder, into its cache — and opened later
/// without indexing anything. An opened image lives in memory SQLite owns; nothing touches
/// the disk.
extension SearchIndex {
  public enum ImageError: Error, CustomStringConvertible {
    case sqlite(String)

    public var description: String {
      switch self {
      case .sqlite(let message): "the index image cannot be used: \(message)"
      }
    }
  }

  /// The FTS5 tokenizer every index uses, as table arguments (for comparisons with a bare
  /// FTS5 table).
  public static let tokenizerArguments = Tokenizers.tableArguments

  /// The bytes of a complete index of `library`, vocabulary included, compacted; with the
  /// words of the terms that opening it with `synonyms` tokenizes (see `TermWords`).
  public static func image(of library: Library, synonyms: Synonyms = Synonyms()) throws
    -> [UInt8]
  {
    let queue = try DatabaseQueue()
    try queue.write { db in
      try build(db, library: library)
      try LazyVocabulary.store(db, library: library)
      try TermWords.store(db, terms: TermWords.openingTerms(synonyms))
    }
    return try queue.inDatabase { db in
      try db.execute(sql: "VACUUM")
      return try serialize(db) { Array($0) }
    }
  }

  /// The image of `library` the binary is built with (`image(of:synonyms:)`), with the tables
  /// opening it with `synonyms` computes (see `OpeningTables`) and each section's words
  /// numbered into those tables' words (see `SectionWords`): the ranking's last step then reads
  /// them instead of tokenizing the sections' texts at every query.
  public static func bundledImage(of library: Library, synonyms: Synonyms) throws
    -> (image: [UInt8], tables: [UInt8])
  {
    let plain = try image(of: library, synonyms: synonyms)
    let tables = try OpeningTables.bytes(of: SearchIndex(image: plain, synonyms: synonyms))
    guard let words = OpeningTables(bytes: tables)?.words else {
      throw ImageError.sqlite("opening tables that do not read back")
    }
    guard let copy = sqlite3_malloc64(sqlite3_uint64(max(1, plain.count))) else {
      throw ImageError.sqlite("out of memory")
    }
    plain.withUnsafeBytes { copy.copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
    let queue = try deserialize(copy, count: plain.count)
    try queue.write { db in
      try SectionWords.store(
        db, sections: SectionWords.numbered(library, into: words, tokenizers: Tokenizers(db)))
    }
    let image = try queue.inDatabase { db in
      try db.execute(sql: "VACUUM")
      return try serialize(db) { Array($0) }
    }
    return (image, tables)
  }

  /// Hands the bytes of the database in `db` to `use`, valid only during the call.
  static func serialize<Result>(_ db: Database, _ use: (UnsafeRawBufferPointer) throws -> Result)
    throws -> Result
  {
    var size: sqlite3_int64 = 0
    guard let data = sqlite3_serialize(db.sqliteConnection, "main", &size, 0) else {
      throw ImageError.sqlite("out of memory")
    }
    defer { sqlite3_free(data) }
    return try use(UnsafeRawBufferPointer(start: data, count: Int(size)))
  }

  /// The set-up of a connection that only ever reads (the bundled image, an index cache).
  /// GRDB's authorizer notes what each statement reads and writes, to tell observers of
  /// changes, which such a connection never has: it is removed before the first statement,
  /// whose noting made the types it records them in (0.85 M instructions of a bundled
  /// search), and every statement after (0.5 M; 1.5 % of a warm 10,000-article search's
  /// time). Foreign keys, switched on by a statement of their own (0.3 M), never apply.
  static func readOnlyConfiguration() -> Configuration {
    var configuration = Configuration()
    configuration.foreignKeysEnabled = false
    configuration.prepareDatabase { sqlite3_set_authorizer($0.sqliteConnection, nil, nil) }
    return configuration
  }

  /// A connection to the database image in `bytes`, which it takes over (memory from
  /// `sqlite3_malloc64`; freed by SQLite, also when this throws); `readOnly` for an image
  /// only ever read.
  static func deserialize(_ bytes: UnsafeMutableRawPointer, count: Int, readOnly: Bool = false)
    throws -> DatabaseQueue
  {
    let queue: DatabaseQueue
    do {
      queue = try DatabaseQueue(configuration: readOnly ? readOnlyConfiguration() : Configuration())
    } catch {
      sqlite3_free(bytes)
      throw error
    }
    try queue.inDatabase { db in
      let flags = UInt32(
        SQLITE_DESERIALIZE_FREEONCLOSE
          | (readOnly ? SQLITE_DESERIALIZE_READONLY : SQLITE_DESERIALIZE_RESIZEABLE))
      let size = sqlite3_int64(count)
      let code = sqlite3_deserialize(
        db.sqliteConnection, "main", bytes.assumingMemoryBound(to: UInt8.self), size, size, flags)
      guard code == SQLITE_OK else {
        throw ImageError.sqlite(String(cString: sqlite3_errstr(code)))
      }
      // An image only read is read in place, not copied page by page into SQLite's cache.
      // Straight to SQLite: GRDB's first statement made the types it parses SQL with.
      // The cache then holds the first page alone: at its default size SQLite set up room
      // for twenty pages at the first read, 87 KB written (22 page faults of a bundled
      // search).
      if readOnly {
        let code = sqlite3_exec(
          db.sqliteConnection, "PRAGMA mmap_size = \(count); PRAGMA cache_size = 2", nil, nil,
          nil)
        guard code == SQLITE_OK else { throw DatabaseError(resultCode: ResultCode(rawValue: code)) }
      }
    }
    return queue
  }

  /// Has the system map the whole pages of `buffer` at once, before they are written: memory
  /// this large comes fresh from the system, and writing it took a page fault for each page
  /// (64 for the bundled image, a tenth of a bundled search's). A kernel without
  /// MADV_POPULATE_WRITE (Linux 5.14) refuses it and the pages fault as before.
  static func prefault(_ buffer: UnsafeMutableRawBufferPointer) {
    #if os(Linux)
      guard let base = buffer.baseAddress else { return }
      let page = UInt(sysconf(Int32(_SC_PAGESIZE)))
      let start = (UInt(bitPattern: base) + page - 1) / page * page
      let end = (UInt(bitPattern: base) + UInt(buffer.count)) / page * page
      guard end > start, let pointer = UnsafeMutableRawPointer(bitPattern: start) else { return }
      let populateWrite: Int32 = 23  // MADV_POPULATE_WRITE, not in Glibc's Swift module
      _ = madvise(pointer, Int(end - start), populateWrite)
    #endif
  }

  /// Opens an index from `image` (made by `image(of:)` with the same version of this code).
  /// Throws when the bytes are not such an index; never traps.
  public convenience init(image: [UInt8], synonyms: Synonyms) throws {
    guard let copy = sqlite3_malloc64(sqlite3_uint64(max(1, image.count))) else {
      throw ImageError.sqlite("out of memory")
    }
    image.withUnsafeBytes { bytes in
      if let base = bytes.baseAddress { copy.copyMemory(from: base, byteCount: bytes.count) }
    }
    let queue = try Self.deserialize(copy, count: image.count)
    try self.init(opening: queue, synonyms: synonyms, readVocabularyNow: false)
  }

  /// Opens a read-only index from an image of `count` bytes that `write` puts in place (as
  /// one decoded from the binary: nothing is copied after), with the `tables` that opening it
  /// with `synonyms` computes (computed when the image was built) or without them.
  public convenience init(
    imageCount count: Int, writing write: (UnsafeMutableRawBufferPointer) -> Void,
    tables: OpeningTables?, synonyms: Synonyms
  ) throws {
    guard let buffer = sqlite3_malloc64(sqlite3_uint64(max(1, count))) else {
      throw ImageError.sqlite("out of memory")
    }
    let image = UnsafeMutableRawBufferPointer(start: buffer, count: count)
    Self.prefault(image)
    write(image)
    let queue = try Self.deserialize(buffer, count: count, readOnly: true)
    if let tables {
      try self.init(queue: queue, tables: tables, synonyms: synonyms)
    } else {
      try self.init(opening: queue, synonyms: synonyms, readVocabularyNow: false)
    }
  }
}
