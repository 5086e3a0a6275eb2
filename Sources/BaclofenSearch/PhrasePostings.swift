import Foundation
import GRDB
import GRDBSQLite

/// Every section holding one FTS5 phrase, in rowid order, with how often it holds it: the
/// occurrences per column weighed as `Ranking.bm25` weighs the columns (section title 8,
/// article title 0.5, body 1).
struct PhrasePostings: Sendable {
  var rows: [Int32] = []
  var frequencies: [Float] = []
}

/// Reads a phrase's postings in one pass over its doclist inside FTS5, through an auxiliary
/// function (`baclofen_postings`) that asks FTS5 to run the phrase over the whole table
/// (`xQueryPhrase`) and walks each row's positions. Asking SQL for `bm25()` instead cost
/// about a microsecond per matching row: a statement step, and a lookup of the row's size.
enum PostingsReader {
  static let functionName = "baclofen_postings"
  /// Column weights of `Ranking.bm25`, in table order (section title, article title, body).
  static let columnWeights: [Float] = [8.0, 0.5, 1.0]
  /// The pointer type the function accepts its output under (`sqlite3_bind_pointer`).
  private static let pointerType: StaticString = "baclofen_postings"

  /// What one call fills in.
  final class Output {
    /// Appended to once a row, only by `collect` during one call: checking each access for
    /// overlap cost more than the append.
    @exclusivity(unchecked) var postings = PhrasePostings()
    var rowCount: Int64 = 0
    var totalTokens: Int64 = 0
  }

  /// Registers the function on `db`'s connection.
  static func register(_ db: Database) {
    let api = FTS5.api(db)
    _ = api.pointee.xCreateFunction(
      UnsafeMutablePointer(mutating: api), functionName, nil, function, nil)
  }

  /// The postings of `phrase` (one quoted FTS5 phrase, optionally with ` *`) with the table's
  /// row count and total tokens, for bm25's IDF and average length; empty when no row holds it.
  /// The statement is kept in `statements` when given, else in GRDB's cache.
  static func read(_ db: Database, phrase: String, statements: PreparedStatements? = nil) throws
    -> Output
  {
    let output = Output()
    let sql = "SELECT \(functionName)(sections, ?) FROM sections WHERE sections MATCH ? LIMIT 1"
    let handle = try statements?.statement(db, sql) ?? db.cachedStatement(sql: sql).sqliteStatement
    defer { sqlite3_reset(handle) }
    let code = withExtendedLifetime(output) { () -> Int32 in
      let pointer = Unmanaged.passUnretained(output).toOpaque()
      pointerType.withUTF8Buffer { type in
        type.withMemoryRebound(to: CChar.self) {
          _ = sqlite3_bind_pointer(handle, 1, pointer, $0.baseAddress, nil)
        }
      }
      sqlite3_bind_text(handle, 2, phrase, -1, SQLiteBinding.transient)
      var code = sqlite3_step(handle)
      while code == SQLITE_ROW { code = sqlite3_step(handle) }
      return code
    }
    guard code == SQLITE_DONE else { throw DatabaseError(resultCode: ResultCode(rawValue: code)) }
    return output
  }

  /// `baclofen_postings(sections, output)`: on the first matching row, fills `output` with
  /// the postings of the query's one phrase.
  private static let function: fts5_extension_function = { api, fts, context, count, values in
    guard let api, count == 1, let values,
      let raw = pointerType.withUTF8Buffer({ type in
        type.withMemoryRebound(to: CChar.self) {
          sqlite3_value_pointer(values[0], $0.baseAddress)
        }
      })
    else {
      sqlite3_result_error(context, "baclofen_postings: no output", -1)
      return
    }
    let output = Unmanaged<Output>.fromOpaque(raw).takeUnretainedValue()
    guard output.rowCount == 0 else { return }
    var code = api.pointee.xRowCount(fts, &output.rowCount)
    if code == SQLITE_OK { code = api.pointee.xColumnTotalSize(fts, -1, &output.totalTokens) }
    if code == SQLITE_OK, api.pointee.xPhraseCount(fts) == 1 {
      code = api.pointee.xQueryPhrase(fts, 0, raw, collect)
    }
    if code != SQLITE_OK { sqlite3_result_error_code(context, code) }
  }

  /// One row of the phrase: its rowid and weighed occurrences.
  private static let collect:
    @convention(c) (UnsafePointer<Fts5ExtensionApi>?, OpaquePointer?, UnsafeMutableRawPointer?)
      -> Int32 = { api, fts, raw in
        guard let api, let raw else { return SQLITE_ERROR }
        let output = Unmanaged<Output>.fromOpaque(raw).takeUnretainedValue()
        var iterator = Fts5PhraseIter()
        var column: Int32 = 0
        var offset: Int32 = 0
        var frequency: Float = 0
        let code = api.pointee.xPhraseFirst(fts, 0, &iterator, &column, &offset)
        guard code == SQLITE_OK else { return code }
        while column >= 0 {
          frequency += column < 3 ? columnWeights[Int(column)] : 1
          api.pointee.xPhraseNext(fts, &iterator, &column, &offset)
        }
        output.postings.rows.append(Int32(truncatingIfNeeded: api.pointee.xRowid(fts)))
        output.postings.frequencies.append(frequency)
        return SQLITE_OK
      }
}
