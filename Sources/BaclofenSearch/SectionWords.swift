import BaclofenContent
import GRDB
import GRDBSQLite

/// Each section's words as the ranking's last step reads them — its title, then the first
/// `bodyLimit` characters of its text — stored in the index cache as numbers into the stored
/// vocabulary (one varint each; the first is the title's word count). Without them the last
/// step parsed the article file of every section it looked at: on the 10,000-article library
/// 343 M of the warm search's 654 M instructions.
struct SectionWords: Sendable {
  static let schema = "CREATE TABLE sectionWords(rowid INTEGER PRIMARY KEY, words BLOB)"
  /// Longer bodies are cut here: enough to judge proximity, bounded for a huge section.
  static let bodyLimit = 20_000

  /// The vocabulary in stored order: word number `n` is `words[n]` (nil for a word no
  /// section's words may hold).
  private let words: NumberedWords
  /// Prepared on the connection of the index this belongs to.
  private let statements = PreparedStatements()

  /// The words of a cache whose `vocabulary` (as read, in stored order) they number; nil when
  /// the index has no `sectionWords` table (then words come from the section texts).
  init?(_ db: Database, vocabulary: [(word: Word, uses: Int)]) {
    guard Self.isStored(db) else { return nil }
    words = NumberedWords(vocabulary.map(\.word))
  }

  /// The words of the bundled image, numbered by their place in its opening tables' words
  /// (see `numbered`): each surface with the stem those list it under.
  init?(_ db: Database, sorted: SortedWords) {
    guard Self.isStored(db) else { return nil }
    words = NumberedWords(sorted)
  }

  /// Whether `db` has the table, asked of the schema table: GRDB's `tableExists` reads the
  /// whole schema, which cost more than the ranking of a bundled search, and its
  /// `Int.fetchOne` built a request whose SQL it joined through the runtime's generic path
  /// (0.6 M instructions of a bundled search).
  private static func isStored(_ db: Database) -> Bool {
    let sql = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sectionWords'"
    return ((try? db.firstRow(sql, { _ in true })) ?? nil) != nil
  }

  private static func words(_ sorted: SortedWords) -> [Word?] {
    var words = [Word?](repeating: nil, count: sorted.surfaces.count)
    for (stem, index) in zip(sorted.stems, sorted.stems.indices) {
      for place in sorted.places[sorted.starts[index]..<sorted.starts[index + 1]] {
        words[place] = Word(surface: sorted.surfaces[place], stem: stem)
      }
    }
    return words
  }

  /// Each section of `library` as its words (`title` and cut body, as the ranking reads
  /// them from its text) numbered into `sorted`, for `store`; nil for a section with a word
  /// `init(_:sorted:)` would not give back as it is (not listed, or under another stem).
  static func numbered(_ library: Library, into sorted: SortedWords, tokenizers: Tokenizers)
    throws -> [[UInt8]?]
  {
    let words = Self.words(sorted)
    func append(_ word: Word, to bytes: inout [UInt8]) -> Bool {
      guard let place = SortedWords.place(of: word.surface, in: sorted.surfaces),
        words[place] == word
      else { return false }
      Varints.append(place, to: &bytes)
      return true
    }
    return try library.articles.flatMap(\.sections).map { section in
      let title = try tokenizers.words(section.title)
      let body = try tokenizers.words(String(section.plainText.prefix(bodyLimit)))
      var bytes: [UInt8] = []
      Varints.append(title.count, to: &bytes)
      for word in title + body where !append(word, to: &bytes) { return nil }
      return bytes
    }
  }

  /// The stored words of section `row`; nil when it has none or they do not decode (a number
  /// past the vocabulary, a cut varint): the caller then reads the section's text.
  func rowWords(_ db: Database, _ row: Int64) throws -> RowWords? {
    let s = try statements.statement(db, "SELECT words FROM sectionWords WHERE rowid = ?")
    sqlite3_reset(s)
    sqlite3_bind_int64(s, 1, row)
    defer { sqlite3_reset(s) }
    let code = sqlite3_step(s)
    // A failed read (a damaged page) is the cache's damage, not a section without words.
    guard code == SQLITE_ROW || code == SQLITE_DONE else {
      throw DatabaseError(resultCode: ResultCode(rawValue: code))
    }
    guard code == SQLITE_ROW, sqlite3_column_type(s, 0) == SQLITE_BLOB,
      let blob = sqlite3_column_blob(s, 0)
    else { return nil }
    let bytes = UnsafeRawBufferPointer(start: blob, count: Int(sqlite3_column_bytes(s, 0)))
    var reader = Varints(bytes)
    guard let titleCount = reader.next(), titleCount <= bytes.count else { return nil }
    // Laid out as `RowWords` reads them, in one array: copying each word again was a
    // tenth of decoding.
    var all: [Word] = []
    all.reserveCapacity(bytes.count + Ranking.proximityWindow)
    while let number = reader.next() {
      guard number < words.count, let word = words[number] else { return nil }
      if all.count == titleCount {
        all.append(contentsOf: repeatElement(RowWords.gap, count: Ranking.proximityWindow))
      }
      all.append(word)
    }
    guard reader.isAtEnd, all.count >= titleCount else { return nil }
    let title = Array(all[..<titleCount])
    if all.count == titleCount {
      all.append(contentsOf: repeatElement(RowWords.gap, count: Ranking.proximityWindow))
    }
    return RowWords(title: title, laidOut: all)
  }

  /// A library's vocabulary (each distinct word of titles and bodies with how often the
  /// content uses it, in the order first met) and, when `keepingSections`, each section's
  /// words numbered into it (`sections`, in reading order; nil for a section whose cut body
  /// ends inside a word, which the vocabulary does not hold).
  /// With them, the frequent terms' postings (`TermPostings`), gathered from the same words.
  struct Counted: Sendable {
    var vocabulary: [(word: Word, uses: Int)] = []
    var sections: [[UInt8]?] = []
    var postings: [TermPostings.Term] = []
  }

  static func count(_ library: Library, tokenizers: Tokenizers, keepingSections: Bool) throws
    -> Counted
  {
    var numbering = Numbering()
    var counted = Counted()
    var bytes: [UInt8] = []
    var gathering = TermPostings.Gathering()
    var row = 0
    for article in library.articles {
      let articleTitle = try tokenizers.surfaces(article.title).map { numbering.number($0) }
      for section in article.sections {
        row += 1
        // Numbered as they are counted, straight into the stored bytes.
        bytes.removeAll(keepingCapacity: true)
        let title = try tokenizers.surfaces(section.title)
        Varints.append(title.count, to: &bytes)
        for surface in title {
          let number = numbering.number(surface)
          Varints.append(number, to: &bytes)
          if keepingSections { gathering.add(number, TermPostings.sectionTitleUnits) }
        }
        let text = section.plainText
        let body = try tokenizers.surfaces(text)
        for surface in body {
          let number = numbering.number(surface)
          Varints.append(number, to: &bytes)
          if keepingSections { gathering.add(number, TermPostings.bodyUnits) }
        }
        guard keepingSections else { continue }
        // Every section's row holds its article's title too (FTS5's second column).
        for number in articleTitle { gathering.add(number, TermPostings.articleTitleUnits) }
        gathering.endSection(row: row)
        // Counting by bytes first: most bodies are far shorter, and counting characters is not.
        if text.utf8.count > bodyLimit, case let cut = String(text.prefix(bodyLimit)),
          cut.utf8.count < text.utf8.count
        {
          let cutNumbers = try tokenizers.surfaces(cut).map { numbering.numbers[$0] }
          guard !cutNumbers.contains(nil) else {
            counted.sections.append(nil)
            continue
          }
          bytes.removeAll(keepingCapacity: true)
          Varints.append(title.count, to: &bytes)
          for surface in title { Varints.append(numbering.numbers[surface]!, to: &bytes) }
          for number in cutNumbers { Varints.append(number!, to: &bytes) }
        }
        counted.sections.append(bytes)
      }
    }
    counted.vocabulary = try tokenizers.words(ofSingleWords: numbering.surfaces).enumerated().map {
      (word: $1, uses: numbering.uses[$0])
    }
    if keepingSections {
      counted.postings = gathering.terms(
        counted.vocabulary.map(\.word), surfaces: numbering.surfaces)
    }
    return counted
  }

  /// Numbers words in the order first met and counts their uses, one hash lookup a word.
  private struct Numbering {
    var numbers: [String: Int] = [:]
    var surfaces: [String] = []
    var uses: [Int] = []

    mutating func number(_ surface: String) -> Int {
      let next = surfaces.count
      // The default is inserted when the word is new: one lookup either way.
      let number = Self.read(&numbers[surface, default: next])
      if number == next {
        surfaces.append(surface)
        uses.append(1)
      } else {
        uses[number] += 1
      }
      return number
    }

    private static func read(_ slot: inout Int) -> Int { slot }
  }

  /// Writes `sections` (from `count`) as the `sectionWords` table, row `n + 1` for section `n`.
  static func store(_ db: Database, sections: [[UInt8]?]) throws {
    try db.execute(sql: schema)
    let insert = try db.makeStatement(sql: "INSERT INTO sectionWords VALUES (?, ?)")
    let s = insert.sqliteStatement
    defer { withExtendedLifetime(insert) {} }  // it finalizes `s` when it goes
    let transient = SQLiteBinding.transient
    for (offset, bytes) in sections.enumerated() {
      sqlite3_reset(s)
      sqlite3_bind_int64(s, 1, Int64(offset + 1))
      if let bytes {
        bytes.withUnsafeBytes { raw in
          _ = sqlite3_bind_blob(s, 2, raw.baseAddress, Int32(raw.count), transient)
        }
      } else {
        sqlite3_bind_null(s, 2)
      }
      let code = sqlite3_step(s)
      guard code == SQLITE_DONE else { throw DatabaseError(resultCode: ResultCode(rawValue: code)) }
    }
    sqlite3_reset(s)
  }
}

/// Unsigned LEB128: seven bits a byte, low first, the high bit set on all but the last.
struct Varints {
  private let bytes: UnsafeRawBufferPointer
  private var offset = 0

  init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

  var isAtEnd: Bool { offset == bytes.count }

  /// The next number; nil at the end or when the bytes end inside one (or it is too long).
  mutating func next() -> Int? {
    guard offset < bytes.count else { return nil }
    var value = 0
    var shift = 0
    while offset < bytes.count, shift < 35 {
      let byte = bytes[offset]
      offset += 1
      value |= Int(byte & 0x7F) << shift
      if byte < 0x80 { return value }
      shift += 7
    }
    offset = bytes.count + 1
    return nil
  }

  static func append(_ value: Int, to bytes: inout [UInt8]) {
    var value = value
    while value >= 0x80 {
      bytes.append(UInt8(value & 0x7F) | 0x80)
      value >>= 7
    }
    bytes.append(UInt8(value))
  }
}
