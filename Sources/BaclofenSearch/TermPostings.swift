import Foundation
import GRDB
import GRDBSQLite

/// The postings of an index cache's frequent terms — every section holding the term, with
/// how often as `PhrasePostings` weighs it — stored in a compact form beside the FTS5 index:
/// reading a common word's doclist through FTS5 took about 700 instructions a section, a
/// quarter of a warm search of 10,000 articles; decoding these takes a few.
///
/// They are gathered while the words are counted (`SectionWords.count`) from the same texts
/// FTS5 indexes, tokenized the same way, and checked against FTS5 before they are stored:
/// when any checked term differs, none are stored and every phrase is read from FTS5.
///
/// Each term's blob is one pair of varints a section: the row's distance from the previous
/// one, then its uses in half units (section title 16, article title 1, body 2: the weights
/// of `PostingsReader.columnWeights`, doubled to whole numbers, so the frequency is exactly
/// the `Float` FTS5's positions sum to).
enum TermPostings {
  static let schema =
    "CREATE TABLE termPostings(term TEXT PRIMARY KEY, postings BLOB) WITHOUT ROWID"
  /// FTS5's row count and total tokens, for bm25's IDF and average length.
  static let totalsSchema = "CREATE TABLE termTotals(rows INTEGER, tokens INTEGER)"
  /// Terms in fewer sections are read from FTS5, quick enough for them.
  static let minimumRows = 32
  /// How many stored terms are compared with FTS5's own postings before storing.
  static let checkedTerms = 8
  /// Half units per use in each column (section title, article title, body).
  static let sectionTitleUnits: UInt32 = 16
  static let articleTitleUnits: UInt32 = 1
  static let bodyUnits: UInt32 = 2

  /// Each section's weighed uses of every word it holds, by word number, gathered while
  /// the words are numbered.
  struct Gathering {
    /// Per word number: `row << 32 | units` for every section using it, in row order.
    private(set) var lists: [[UInt64]] = []
    private var units: [UInt32] = []
    private var touched: [Int] = []

    mutating func add(_ number: Int, _ weight: UInt32) {
      if number >= units.count {
        let grown = max(number + 1, units.count * 2)
        units += repeatElement(0, count: grown - units.count)
        lists += repeatElement([], count: grown - lists.count)
      }
      if units[number] == 0 { touched.append(number) }
      units[number] &+= weight
    }

    /// Ends section `row`'s uses.
    mutating func endSection(row: Int) {
      for number in touched {
        lists[number].append(UInt64(row) << 32 | UInt64(units[number]))
        units[number] = 0
      }
      touched.removeAll(keepingCapacity: true)
    }

    /// The postings of every term in at least `minimumRows` sections, keyed by stem, from
    /// `words` (word number → its surface and stem); with one surface of each term, to ask
    /// FTS5 for it. Empty when `words` does not number the gathered words.
    func terms(_ words: [Word], surfaces: [String]) -> [Term] {
      guard words.count == surfaces.count, zip(words, surfaces).allSatisfy({ $0.surface == $1 })
      else { return [] }
      var byStem: [String: [Int]] = [:]
      for (number, word) in words.enumerated() where number < lists.count {
        if !lists[number].isEmpty { byStem[word.stem, default: []].append(number) }
      }
      var terms: [Term] = []
      for (stem, numbers) in byStem {
        let total = numbers.reduce(0) { $0 + lists[$1].count }
        guard total >= minimumRows else { continue }
        var merged: [UInt64]
        if numbers.count == 1 {
          merged = lists[numbers[0]]
        } else {
          // Several surfaces of one stem: their sections merged, uses summed.
          let all = numbers.flatMap { lists[$0] }.sorted()
          merged = []
          merged.reserveCapacity(all.count)
          for entry in all {
            if let last = merged.last, last >> 32 == entry >> 32 {
              merged[merged.count - 1] = last &+ (entry & 0xFFFF_FFFF)
            } else {
              merged.append(entry)
            }
          }
        }
        guard merged.count >= minimumRows else { continue }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(merged.count * 2)
        var previous = 0
        for entry in merged {
          let row = Int(entry >> 32)
          Varints.append(row - previous, to: &bytes)
          Varints.append(Int(entry & 0xFFFF_FFFF), to: &bytes)
          previous = row
        }
        terms.append(
          Term(stem: stem, surface: words[numbers[0]].surface, rows: merged.count, blob: bytes))
      }
      return terms
    }
  }

  struct Term: Sendable {
    var stem: String
    var surface: String
    var rows: Int
    var blob: [UInt8]
  }

  /// Stores `terms` in the index database `db` (whose FTS5 table is filled) when the few
  /// with the fewest sections decode to FTS5's own postings of them; stores nothing
  /// otherwise, or when there are none.
  static func store(_ db: Database, terms: [Term]) throws {
    guard !terms.isEmpty else { return }
    PostingsReader.register(db)
    var totals: (rows: Int64, tokens: Int64)?
    for term in terms.sorted(by: { ($0.rows, $0.stem) < ($1.rows, $1.stem) }).prefix(checkedTerms) {
      let fts5 = try PostingsReader.read(db, phrase: Concept.quote(term.surface))
      let decoded = term.blob.withUnsafeBytes { decode($0) }
      guard let decoded, fts5.rowCount > 0, decoded.rows == fts5.postings.rows,
        decoded.frequencies == fts5.postings.frequencies
      else { return }
      totals = (fts5.rowCount, fts5.totalTokens)
    }
    guard let totals else { return }
    try db.execute(sql: schema)
    try db.execute(sql: totalsSchema)
    try db.execute(
      sql: "INSERT INTO termTotals VALUES (?, ?)", arguments: [totals.rows, totals.tokens])
    let insert = try db.makeStatement(sql: "INSERT INTO termPostings VALUES (?, ?)")
    let s = insert.sqliteStatement
    defer { withExtendedLifetime(insert) {} }  // it finalizes `s` when it goes
    let transient = SQLiteBinding.transient
    for term in terms {
      sqlite3_reset(s)
      sqlite3_bind_text(s, 1, term.stem, -1, transient)
      term.blob.withUnsafeBytes { raw in
        _ = sqlite3_bind_blob(s, 2, raw.baseAddress, Int32(raw.count), transient)
      }
      let code = sqlite3_step(s)
      guard code == SQLITE_DONE else { throw DatabaseError(resultCode: ResultCode(rawValue: code)) }
    }
    sqlite3_reset(s)
  }

  /// A stored blob as postings; nil when it does not decode (cut, rows not rising, or past
  /// what a row id holds).
  static func decode(_ bytes: UnsafeRawBufferPointer) -> PhrasePostings? {
    var postings = PhrasePostings()
    postings.rows.reserveCapacity(bytes.count / 2)
    postings.frequencies.reserveCapacity(bytes.count / 2)
    var reader = Varints(bytes)
    var row = 0
    while !reader.isAtEnd {
      guard let gap = reader.next(), let units = reader.next(), gap > 0 else { return nil }
      row += gap
      guard row <= Int(Int32.max) else { return nil }
      postings.rows.append(Int32(row))
      postings.frequencies.append(Float(units) / 2)
    }
    return postings
  }

  /// The stored terms of an index cache, asked for one phrase at a time.
  final class Reader {
    let totals: (rows: Int64, tokens: Int64)
    private let porter: any FTS5Tokenizer

    /// The stored terms of `db`; nil when it has none (then FTS5 answers every phrase).
    init?(_ db: Database) throws {
      // Asked of the schema directly: GRDB's `tableExists` reads the whole schema, and its
      // `fetchOne(_:sql:)` joins the SQL through generic code that looked conformances up
      // at run time in a bundled search (which has no stored terms).
      let sql = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'termTotals'"
      guard try db.firstRow(sql, { _ in true }) != nil,
        let stored = try db.firstRow(
          "SELECT rows, tokens FROM termTotals",
          { row -> (rows: Int64, tokens: Int64)? in
            guard sqlite3_column_type(row, 0) != SQLITE_NULL,
              sqlite3_column_type(row, 1) != SQLITE_NULL
            else { return nil }
            return (sqlite3_column_int64(row, 0), sqlite3_column_int64(row, 1))
          }),
        let stored
      else { return nil }
      totals = stored
      porter = try db.makeTokenizer(Tokenizers.porterDescriptor)
    }

    /// The stored postings of `phrase` when it is one quoted word (no prefix) whose stem is
    /// stored; nil otherwise. Throws when the stored blob is damaged.
    func postings(_ db: Database, phrase: String) throws -> PhrasePostings? {
      let utf8 = phrase.utf8
      guard utf8.count > 2, utf8.first == UInt8(ascii: "\""), utf8.last == UInt8(ascii: "\"")
      else { return nil }
      let inner = phrase.dropFirst().dropLast()
      // A quote inside is a doubled quote or the end of the phrase: FTS5 reads those.
      guard !inner.utf8.contains(UInt8(ascii: "\"")) else { return nil }
      let stems = try Tokenizers.tokens(porter, String(inner))
      guard stems.count == 1 else { return nil }
      let statement = try db.cachedStatement(
        sql: "SELECT postings FROM termPostings WHERE term = ?")
      let s = statement.sqliteStatement
      sqlite3_reset(s)
      defer { sqlite3_reset(s) }
      sqlite3_bind_text(s, 1, stems[0], -1, SQLiteBinding.transient)
      let code = sqlite3_step(s)
      // A failed read (a damaged page) is the cache's damage, not a term without postings.
      guard code == SQLITE_ROW || code == SQLITE_DONE else {
        throw DatabaseError(resultCode: ResultCode(rawValue: code))
      }
      guard code == SQLITE_ROW else { return nil }
      let count = Int(sqlite3_column_bytes(s, 0))
      guard sqlite3_column_type(s, 0) == SQLITE_BLOB, let blob = sqlite3_column_blob(s, 0),
        let decoded = Self.decodeChecked(UnsafeRawBufferPointer(start: blob, count: count))
      else { throw DatabaseError(resultCode: .SQLITE_CORRUPT) }
      return decoded
    }

    private static func decodeChecked(_ bytes: UnsafeRawBufferPointer) -> PhrasePostings? {
      guard let decoded = TermPostings.decode(bytes), decoded.rows.count >= minimumRows else {
        return nil
      }
      return decoded
    }
  }
}
