import Foundation
import GRDB
import GRDBSQLite

/// FTS5's `bm25(sections, 8.0, 0.5, 1.0)` (`Ranking.bm25`) of every row matching an OR of
/// phrases, computed from each phrase's postings (`PostingsReader`) and each row's size
/// kept in memory, as FTS5 computes it (same formula, same order of operations, so the same
/// doubles): for each phrase in order, its IDF over the rows times its weighed frequency
/// saturated by the row's length against the average.
///
/// A phrase's postings are kept for later queries, up to `keptPostings` in all: typing a
/// query asks for its finished words again at every key.
final class Bm25: @unchecked Sendable {
  static let k1 = 1.2
  static let b = 0.75
  static let keptPostings = 2_000_000

  private let lock = NSLock()
  private var sizes: [Int32]?
  private var table: (rows: Int64, tokens: Int64)?
  private var kept: [String: PhrasePostings] = [:]
  private var keptOrder: [String] = []
  private var keptCount = 0
  /// The index cache's stored postings of frequent terms (see `TermPostings`), looked for
  /// once: `.some(nil)` when it has none.
  private var storedTerms: TermPostings.Reader??
  /// Prepared on the index's connection, which this belongs to.
  private let statements = PreparedStatements()

  /// The rows matching any of `phrases` (rowid order) with their bm25 as a positive number
  /// (FTS5's is its negation).
  func scores(_ db: Database, phrases: [String]) throws -> (rows: [Int32], scores: [Double]) {
    lock.lock()
    defer { lock.unlock() }
    let lists = try phrases.map { try postings(db, $0) }
    guard let table, table.rows > 0, lists.contains(where: { !$0.rows.isEmpty }) else {
      return ([], [])
    }
    let sizes = try rowSizes(db)
    let average = Double(table.tokens) / Double(table.rows)
    let idfs = lists.map { list -> Double in
      let hits = Int64(list.rows.count)
      let idf = log((Double(table.rows - hits) + 0.5) / (Double(hits) + 0.5))
      return idf <= 0 ? 1e-6 : idf
    }
    func term(_ idf: Double, _ frequency: Float, _ row: Int32) -> Double {
      let f = Double(frequency)
      let d = Int(row) < sizes.count ? Double(sizes[Int(row)]) : 0
      return idf * ((f * (Self.k1 + 1.0)) / (f + Self.k1 * (1 - Self.b + Self.b * d / average)))
    }
    if lists.count == 1 {
      let list = lists[0]
      return (
        list.rows, list.rows.indices.map { term(idfs[0], list.frequencies[$0], list.rows[$0]) }
      )
    }
    // Summed per row in phrase order, as FTS5 does.
    let last = Int(lists.compactMap(\.rows.last).max() ?? 0)
    var sums = [Double](repeating: 0, count: last + 1)
    var matched = [Bool](repeating: false, count: last + 1)
    for (list, idf) in zip(lists, idfs) {
      for (row, frequency) in zip(list.rows, list.frequencies) where row >= 0 {
        sums[Int(row)] += term(idf, frequency, row)
        matched[Int(row)] = true
      }
    }
    // Room for every row of the lists: growing the arrays copied them into fresh pages.
    let most = lists.map(\.rows.count).reduce(0, +)
    var rows: [Int32] = []
    var scores: [Double] = []
    rows.reserveCapacity(min(most, matched.count))
    scores.reserveCapacity(min(most, matched.count))
    for row in matched.indices where matched[row] {
      rows.append(Int32(row))
      scores.append(sums[row])
    }
    return (rows, scores)
  }

  private func postings(_ db: Database, _ phrase: String) throws -> PhrasePostings {
    if let found = kept[phrase] { return found }
    let postings: PhrasePostings
    if storedTerms == nil { storedTerms = .some(try TermPostings.Reader(db)) }
    if let stored = storedTerms ?? nil, let read = try stored.postings(db, phrase: phrase) {
      table = stored.totals
      postings = read
    } else {
      let output = try PostingsReader.read(db, phrase: phrase, statements: statements)
      if output.rowCount > 0 { table = (output.rowCount, output.totalTokens) }
      postings = output.postings
    }
    while keptCount + postings.rows.count > Self.keptPostings, !keptOrder.isEmpty {
      let oldest = keptOrder.removeFirst()
      keptCount -= kept.removeValue(forKey: oldest)?.rows.count ?? 0
    }
    if postings.rows.count <= Self.keptPostings {
      kept[phrase] = postings
      keptOrder.append(phrase)
      keptCount += postings.rows.count
    }
    return postings
  }

  /// Every row's length in tokens, all columns (what bm25 calls the document's length), by
  /// rowid: read once, from the table `store` wrote (or from FTS5's own table of sizes,
  /// which takes a statement step per row).
  private func rowSizes(_ db: Database) throws -> [Int32] {
    if let sizes { return sizes }
    let read: [Int32]
    // Asked of the schema directly: GRDB's `tableExists` cost as much as a bundled query.
    let stored = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'rowSizes'"
    if try db.firstRow(stored, { _ in true }) != nil,
      let blob = try db.firstRow("SELECT sizes FROM rowSizes", Self.sizes) ?? nil
    {
      read = blob
    } else {
      read = try Self.fts5RowSizes(db)
    }
    sizes = read
    return read
  }

  /// The sizes in the blob of the row `statement` is at (nil for NULL).
  private static func sizes(_ statement: OpaquePointer) -> [Int32]? {
    guard sqlite3_column_type(statement, 0) != SQLITE_NULL else { return nil }
    let bytes = UnsafeRawBufferPointer(
      start: sqlite3_column_blob(statement, 0), count: Int(sqlite3_column_bytes(statement, 0)))
    let count = bytes.count / 4
    return [Int32](unsafeUninitializedCapacity: count) { buffer, initialized in
      for row in 0..<count {
        buffer[row] = Int32(
          littleEndian: bytes.loadUnaligned(fromByteOffset: 4 * row, as: Int32.self))
      }
      initialized = count
    }
  }

  /// Stores every row's length for `rowSizes`: 4 bytes a row, one blob.
  static func store(_ db: Database) throws {
    var bytes: [UInt8] = []
    for size in try fts5RowSizes(db) { withUnsafeBytes(of: size.littleEndian) { bytes += $0 } }
    try db.execute(sql: "CREATE TABLE rowSizes(sizes BLOB)")
    try db.execute(sql: "INSERT INTO rowSizes VALUES (?)", arguments: [Data(bytes)])
  }

  private static func fts5RowSizes(_ db: Database) throws -> [Int32] {
    let statement = try db.makeStatement(sql: "SELECT id, sz FROM sections_docsize")
    let handle = statement.sqliteStatement
    defer { withExtendedLifetime(statement) {} }  // it finalizes `handle` when it goes
    var read: [Int32] = []
    while sqlite3_step(handle) == SQLITE_ROW {
      let row = Int(sqlite3_column_int64(handle, 0))
      guard row >= 0, row < 1 << 28 else { continue }
      var total: Int32 = 0
      if let blob = sqlite3_column_blob(handle, 1) {
        let bytes = UnsafeRawBufferPointer(
          start: blob, count: Int(sqlite3_column_bytes(handle, 1)))
        // One varint per column (SQLite's encoding: 7 bits a byte, high bit = more).
        var value: Int32 = 0
        for byte in bytes {
          value = (value &<< 7) | Int32(byte & 0x7F)
          if byte < 0x80 {
            total &+= value
            value = 0
          }
        }
      }
      if row >= read.count { read += repeatElement(0, count: row - read.count + 1) }
      read[row] = total
    }
    return read
  }
}
