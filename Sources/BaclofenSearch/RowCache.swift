import Foundation
import GRDB
import GRDBSQLite

/// Per-row data kept in memory once read, at most `capacity` rows (then it starts afresh):
/// all of a small library's (for the bundled articles, reading section details and scanning
/// their text again on every query was a third of its time), and the rows recent queries
/// reached in a large one (there reading a section's text means parsing its article file,
/// and typing a query reaches mostly the same sections at every key).
final class RowCache<Value: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var values: [Int64: Value] = [:]
  private let capacity: Int

  init(capacity: Int) { self.capacity = capacity }

  func get(_ row: Int64, read: (Int64) throws -> Value?) rethrows -> Value? {
    lock.lock()
    let kept = values[row]
    lock.unlock()
    if let kept { return kept }
    guard let value = try read(row) else { return nil }
    lock.lock()
    if values.count >= capacity { values.removeAll(keepingCapacity: true) }
    values[row] = value
    lock.unlock()
    return value
  }
}

/// SQLITE_TRANSIENT, a macro Swift does not import: SQLite copies the text or bytes bound
/// with it.
enum SQLiteBinding {
  static let transient = unsafeBitCast(
    OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
}

extension DatabaseError {
  /// The error of a statement of `db` stepped through SQLite's own calls that returned `code`.
  static func failed(_ db: Database, _ code: Int32) -> DatabaseError {
    DatabaseError(
      resultCode: ResultCode(rawValue: code),
      message: sqlite3_errmsg(db.sqliteConnection).map { String(cString: $0) })
  }
}

extension Database {
  /// What `read` takes from the first row `sql` selects (nil when it selects none), read
  /// straight from SQLite: making GRDB's request for a one-value query cost a bundled search
  /// 20 K instructions each.
  func firstRow<Result>(_ sql: String, _ read: (OpaquePointer) -> Result) throws -> Result? {
    var statement: OpaquePointer?
    let prepared = sqlite3_prepare_v2(sqliteConnection, sql, -1, &statement, nil)
    defer { sqlite3_finalize(statement) }
    guard prepared == SQLITE_OK, let statement else {
      throw DatabaseError(resultCode: ResultCode(rawValue: prepared))
    }
    let code = sqlite3_step(statement)
    guard code == SQLITE_ROW else {
      if code == SQLITE_DONE { return nil }
      throw DatabaseError(resultCode: ResultCode(rawValue: code))
    }
    return read(statement)
  }

  /// The text columns `columns` of the row `sql` selects with `row` as its one argument
  /// (NULL as ""), nil when it selects none: read straight from SQLite's statement, as GRDB's
  /// `Row` copies each value it fetches first (fetching ten rows so was a tenth of a bundled
  /// search).
  func texts(
    _ sql: String, row: Int64, columns: Range<Int32>, in statements: PreparedStatements
  ) throws -> [String]? {
    let s = try statements.statement(self, sql)
    sqlite3_reset(s)
    sqlite3_bind_int64(s, 1, row)
    defer { sqlite3_reset(s) }
    let code = sqlite3_step(s)
    guard code == SQLITE_ROW else {
      if code == SQLITE_DONE { return nil }
      throw DatabaseError(resultCode: ResultCode(rawValue: code))
    }
    return columns.map { column in
      sqlite3_column_text(s, column).map { String(cString: $0) } ?? ""
    }
  }
}
