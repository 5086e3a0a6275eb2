import GRDB

/// The words of the terms an index tokenizes when it opens (every synonym term, the stopping
/// words), tokenized when an image is built and stored in it: tokenizing them through FTS5
/// at every start was most of opening the bundled index. Keyed by the term's text, which
/// tokenizes the same way every time, so a term that is not stored is simply tokenized.
struct TermWords {
  private var stored: [String: [Word]] = [:]

  /// The terms `SearchIndex` tokenizes on opening with `synonyms`.
  static func openingTerms(_ synonyms: Synonyms) -> [String] {
    synonyms.groups.flatMap { $0 } + synonyms.oneWay.flatMap { [$0.term] + $0.expansions }
      + StoppingWords.words + [SearchIndex.substances]
  }

  /// Stores the words of `terms` in `db` as `term TAB surface TAB stem …` lines (terms and
  /// words never hold tabs or line breaks).
  static func store(_ db: Database, terms: [String]) throws {
    let tokenizers = try Tokenizers(db)
    var text = ""
    for term in Set(terms).sorted() where !term.contains(where: { $0 == "\t" || $0 == "\n" }) {
      text += term
      for word in try tokenizers.words(term) { text += "\t" + word.surface + "\t" + word.stem }
      text += "\n"
    }
    try db.execute(sql: "CREATE TABLE termWords(words TEXT)")
    try db.execute(sql: "INSERT INTO termWords VALUES (?)", arguments: [text])
  }

  /// The stored words of `db`, or none when it has no such table.
  init(_ db: Database) throws {
    // Asked of the schema directly: GRDB's `tableExists` cost more than reading the words.
    let sql = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'termWords'"
    guard try Int.fetchOne(db, sql: sql) != nil,
      var text = try String.fetchOne(db, sql: "SELECT words FROM termWords")
    else { return }
    stored = text.withUTF8 { bytes in
      var stored: [String: [Word]] = [:]
      var fields: [String] = []
      var start = 0
      for (i, byte) in bytes.enumerated() where byte == 0x09 || byte == 0x0A {
        fields.append(
          String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
        start = i + 1
        guard byte == 0x0A else { continue }
        if fields.count % 2 == 1 {
          stored[fields[0]] = stride(from: 1, to: fields.count, by: 2).map {
            Word(surface: fields[$0], stem: fields[$0 + 1])
          }
        }
        fields.removeAll(keepingCapacity: true)
      }
      return stored
    }
  }

  /// The words of `term`: stored, or tokenized now.
  func words(_ term: String, _ tokenizers: Tokenizers) throws -> [Word] {
    try stored[term] ?? tokenizers.words(term)
  }
}
