import GRDB
import GRDBSQLite

/// Statements prepared once and kept for the life of their owner, keyed by their SQL, for one
/// connection (the owner's index's): used only inside that connection's queue, so never by
/// two threads at once. GRDB's own cache is a dictionary of its `Statement` class that GRDB's
/// module makes from a mangled name: its first use in a process cost the runtime's scan of
/// every conformance record (0.4 M instructions of a bundled search).
final class PreparedStatements: @unchecked Sendable {
  private var statements: [String: OpaquePointer] = [:]

  /// The statement of `sql` on `db`'s connection, prepared now if it was not.
  func statement(_ db: Database, _ sql: String) throws -> OpaquePointer {
    if let kept = statements[sql] { return kept }
    var statement: OpaquePointer?
    let code = sqlite3_prepare_v3(
      db.sqliteConnection, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
    guard code == SQLITE_OK, let statement else {
      sqlite3_finalize(statement)
      throw DatabaseError(
        resultCode: ResultCode(rawValue: code),
        message: db.sqliteConnection.map { String(cString: sqlite3_errmsg($0)) }, sql: sql)
    }
    statements[sql] = statement
    return statement
  }

  // The connection closes with `sqlite3_close_v2` (GRDB's queue), which waits for these.
  deinit {
    for statement in statements.values { sqlite3_finalize(statement) }
  }
}
