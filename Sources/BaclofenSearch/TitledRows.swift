import Foundation
import GRDB
import GRDBSQLite

/// The sections whose title holds a heading phrase of a kind of question, found through the
/// index, kind by kind: the rows of a set of kinds are the union of each kind's (as the
/// phrases of all of them joined by OR would match). An index cache stores each kind's rows
/// when it is built, keyed by the kind's query, so a heading of a question-kinds file changed
/// since is simply matched: matching the title column still reads every section's use of a
/// common word such as "withdrawal", a sixth of a warm search of 10,000 articles.
enum TitledRows {
  /// The table an index cache keeps them in.
  static let table = "titledRows"

  /// The FTS5 query of the titles holding a heading phrase of `kind`; nil when it has none.
  static func match(_ kind: QuestionKinds.Kind) -> String? {
    // Quoted and joined by this module's code: Foundation's replacing and the generic
    // joined looked types up at their first call (0.9 M instructions of a warm search).
    let phrases = kind.headings.filter { !$0.isEmpty }.map { Concept.quote($0.joined(with: " ")) }
    return phrases.isEmpty ? nil : "sectionTitle : (" + phrases.joined(with: " OR ") + ")"
  }

  /// Stores the rows of every kind of `kinds` in the index `db`.
  static func store(_ db: Database, kinds: QuestionKinds) throws {
    try db.execute(sql: "CREATE TABLE \(table)(match TEXT PRIMARY KEY, rows BLOB) WITHOUT ROWID")
    let insert = try db.makeStatement(sql: "INSERT OR IGNORE INTO \(table) VALUES (?, ?)")
    for match in Set(kinds.kinds.compactMap(match)).sorted() {
      let rows = try matched(db, match)
      let bytes = rows.flatMap { row in withUnsafeBytes(of: row.littleEndian) { Array($0) } }
      try insert.execute(arguments: [match, Data(bytes)])
    }
  }

  /// The rows of `match`: stored (`hasTable`: the index has the table), or matched now.
  static func rows(_ db: Database, _ match: String, hasTable: Bool) throws -> [Int64] {
    if hasTable, let stored = try stored(db, match) { return stored }
    return try matched(db, match)
  }

  /// Whether the index `db` keeps the rows of kinds.
  static func hasTable(_ db: Database) throws -> Bool {
    try Int.fetchOne(
      db, sql: "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '\(table)'") != nil
  }

  private static func stored(_ db: Database, _ match: String) throws -> [Int64]? {
    // Stepped by hand: GRDB's generic fetch cost the runtime's conformance scans.
    let statement = try db.cachedStatement(sql: "SELECT rows FROM \(table) WHERE match = ?")
    let handle = statement.sqliteStatement
    defer { sqlite3_reset(handle) }
    sqlite3_bind_text(handle, 1, match, -1, SQLiteBinding.transient)
    let step = sqlite3_step(handle)
    guard step == SQLITE_ROW else {
      if step == SQLITE_DONE { return nil }
      throw DatabaseError(resultCode: ResultCode(rawValue: step))
    }
    let count = Int(sqlite3_column_bytes(handle, 0)) / 8
    guard count > 0, let bytes = sqlite3_column_blob(handle, 0) else { return [] }
    return (0..<count).map {
      Int64(littleEndian: bytes.loadUnaligned(fromByteOffset: $0 * 8, as: Int64.self))
    }
  }

  private static func matched(_ db: Database, _ match: String) throws -> [Int64] {
    var rows: [Int64] = []
    let statement = try db.cachedStatement(
      sql: "SELECT rowid FROM sections WHERE sections MATCH ?")
    let handle = statement.sqliteStatement
    defer { sqlite3_reset(handle) }
    sqlite3_bind_text(handle, 1, match, -1, SQLiteBinding.transient)
    while sqlite3_step(handle) == SQLITE_ROW { rows.append(sqlite3_column_int64(handle, 0)) }
    return rows
  }
}
