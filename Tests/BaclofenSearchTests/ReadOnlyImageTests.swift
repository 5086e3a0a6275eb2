import BaclofenBundledIndex
import BaclofenContent
import GRDB
import GRDBSQLite
import Testing

@testable import BaclofenSearch

/// The bundled index as the binary opens it: read only, in place, its statements prepared
/// once and kept by the index. Opened again and again it answers the same; damaged, it
/// answers nothing or what it still can, and never traps.
@Suite struct ReadOnlyImageTests {
  /// The compiled-in image opened as the binary opens it, from `bytes`.
  static func open(_ bytes: [UInt8], tables: OpeningTables?) throws -> SearchIndex {
    try SearchIndex(
      imageCount: bytes.count,
      writing: { target in
        bytes.withUnsafeBytes { target.copyMemory(from: $0) }
      }, tables: tables, synonyms: bundledSynonyms)
  }

  static let queries = [
    "withdrawal seizures", "can I drink on it", "siezures", "what if I miss a dose", "\"NEAR(",
  ]

  /// What a person sees of a search: each result's section and fragment, and the fix of a
  /// misspelling.
  static func answers(_ index: SearchIndex) -> [String] {
    queries.map { query in
      let response = index.search(query, limit: 10)
      return
        ([response.correctedQuery ?? "-"]
        + response.results.map { $0.sectionID + " " + $0.snippet.text }).joined(separator: "\n")
    }
  }

  /// Indexes opened one after another, the earlier ones let go while later ones search,
  /// answer exactly as the index the tests share: each keeps its own statements, and
  /// letting one go closes its connection only once they are finalized.
  @Test func theBundledIndexOpenedAgainAndAgainAnswersTheSame() throws {
    let expected = Self.answers(bundledIndex)
    #expect(expected.contains { $0.contains("\n") })
    var earlier: SearchIndex? = try BundledIndex.open(synonyms: bundledSynonyms)
    for _ in 0..<4 {
      let index = try BundledIndex.open(synonyms: bundledSynonyms)
      #expect(Self.answers(index) == expected)
      if let earlier { #expect(Self.answers(earlier) == expected) }
      earlier = index
    }
    earlier = nil
    #expect(Self.answers(try BundledIndex.open(synonyms: bundledSynonyms)) == expected)
  }

  /// Each page of the image wiped in turn (zeros, then other bytes): the index is refused
  /// with an error, or it answers every query, with fewer results or none, and never traps.
  @Test func anImageWithADamagedPageIsRefusedOrAnswersWithoutTrapping() throws {
    let image = BundledIndex.image
    let tables = OpeningTables(bytes: try OpeningTables.bytes(of: bundledIndex))
    let pageSize = 4096
    #expect(image.count % pageSize == 0)
    var refused = 0
    var answered = 0
    for page in 0..<(image.count / pageSize) {
      for fill: UInt8 in [0, 0xA5] {
        var damaged = image
        for offset in page * pageSize..<(page + 1) * pageSize { damaged[offset] = fill }
        guard let index = try? Self.open(damaged, tables: tables) else {
          refused += 1
          continue
        }
        _ = Self.answers(index)
        answered += 1
      }
    }
    // The first page holds the header and schema: wiped, the image is no database.
    #expect(refused > 0)
    #expect(answered > 0)
  }

  /// Bytes that are no index (pages of zeros, of text) are refused when opened, with an
  /// error rather than a trap.
  @Test(arguments: [UInt8(0), UInt8(ascii: "x")])
  func bytesThatAreNoIndexAreRefusedWhenOpenedReadOnly(fill: UInt8) {
    let bytes = [UInt8](repeating: fill, count: 8192)
    #expect(throws: (any Error).self) { try Self.open(bytes, tables: nil) }
  }

  /// A cache whose stored term totals are empty values answers as one without stored terms:
  /// the totals are read from FTS5.
  @Test func storedTotalsWithoutValuesAreIgnored() throws {
    let image = try SearchIndex.image(of: bundledLibrary, synonyms: bundledSynonyms)
    let plain = try SearchIndex(image: image, synonyms: bundledSynonyms)
    let queue = try DatabaseQueue()
    let altered: [UInt8] = try queue.inDatabase { db in
      let copy = try #require(sqlite3_malloc64(sqlite3_uint64(image.count)))
      image.withUnsafeBytes { copy.copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
      let flags = UInt32(SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE)
      let size = sqlite3_int64(image.count)
      #expect(
        sqlite3_deserialize(
          db.sqliteConnection, "main", copy.assumingMemoryBound(to: UInt8.self), size, size, flags)
          == SQLITE_OK)
      try db.execute(
        sql: """
          CREATE TABLE termTotals(rows INTEGER, tokens INTEGER);
          INSERT INTO termTotals VALUES (NULL, NULL);
          """)
      return try SearchIndex.serialize(db) { Array($0) }
    }
    let withTotals = try SearchIndex(image: altered, synonyms: bundledSynonyms)
    #expect(Self.answers(withTotals) == Self.answers(plain))
  }
}
