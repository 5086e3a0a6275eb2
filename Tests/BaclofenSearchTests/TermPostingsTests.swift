import BaclofenContent
import Foundation
import GRDB
import Testing

@testable import BaclofenSearch

@Suite struct TermPostingsTests {
  /// Words with accents, capitals, apostrophes, digits and ligatures, added to every
  /// generated article so that each reaches enough sections to be stored.
  static let awkwardText = """

    Café CAFÉ naïve façade Ærø don't it's 3.5mg 10mg co-operate ÉLAN straße ﬁle İstanbul
    relaxing relaxed relaxes RELAX — “quoted” x² ½ tablet.
    """

  /// A generated library whose every article ends with `awkwardText`.
  static func awkwardLibrary(articles: Int) throws -> LibraryOnDisk {
    let disk = try LibraryOnDisk(articles: articles)
    let articleFolder = disk.folder.appendingPathComponent("articles")
    for name in try FileManager.default.contentsOfDirectory(atPath: articleFolder.path)
    where name.hasPrefix("gen-") {
      let file = articleFolder.appendingPathComponent(name)
      let text = try String(contentsOf: file, encoding: .utf8)
      try (text + awkwardText).write(to: file, atomically: true, encoding: .utf8)
    }
    return disk
  }

  @Test func everyStoredTermHasFTS5sOwnPostings() throws {
    let disk = try Self.awkwardLibrary(articles: 300)
    let opened = try disk.open()
    let queue = opened.index.queue
    let checked = try queue.inDatabase { db -> Int in
      PostingsReader.register(db)
      let vocabulary = try LazyVocabulary.read(db)
      let totals = try #require(try TermPostings.Reader(db)).totals
      var checked = 0
      for row in try Row.fetchAll(db, sql: "SELECT term, postings FROM termPostings") {
        let term: String = row[0]
        let blob: Data = row[1]
        let stored = try #require(blob.withUnsafeBytes { TermPostings.decode($0) })
        // Every surface of the stem finds the same sections through FTS5.
        for word in vocabulary.map(\.word) where word.stem == term {
          let fts5 = try PostingsReader.read(db, phrase: Concept.quote(word.surface))
          #expect(fts5.postings.rows == stored.rows, "\(term) (\(word.surface))")
          #expect(fts5.postings.frequencies == stored.frequencies, "\(term) (\(word.surface))")
          #expect(fts5.rowCount == totals.rows && fts5.totalTokens == totals.tokens)
        }
        checked += 1
      }
      return checked
    }
    #expect(checked > 100, "the common words are stored")
    let stems = try queue.inDatabase { db in
      try String.fetchAll(db, sql: "SELECT term FROM termPostings")
    }
    for awkward in ["cafe", "naiv", "elan", "3", "5mg", "don", "t", "relax"] {
      #expect(stems.contains(awkward), "\(awkward) is stored")
    }
  }

  @Test func searchesOfStoredTermsAnswerAsWithoutThem() throws {
    let disk = try Self.awkwardLibrary(articles: 300)
    let opened = try disk.open()
    let read = try LibraryLoader.loadStrict(ContentFolder.read(disk.folder))
    let inMemory = try SearchIndex(library: read, synonyms: disk.synonyms)
    for query in [
      "cafe", "CAFÉ naïve", "relaxing", "withdrawal seizures", "don't drink", "10mg dose",
      "relax muscle", "\"multiple sclerosis\"", "straße", "ﬁle", "kidney", "a",
    ] {
      let cached = opened.index.search(query, limit: 10)
      let fresh = inMemory.search(query, limit: 10)
      // The ranking, not the snippets (the cache reads them from the article files).
      #expect(
        cached.results.map { [$0.sectionID, "\($0.score)"] }
          == fresh.results.map { [$0.sectionID, "\($0.score)"] }, "\(query)")
      #expect(cached.moreResults == fresh.moreResults, "\(query)")
      #expect(cached.match == fresh.match, "\(query)")
    }
  }

  @Test func aDamagedBlobIsNotRead() {
    // A row going back, a cut varint, nothing at all.
    for bytes: [UInt8] in [[2, 2, 0, 2], [3, 0x80], [0, 2]] {
      #expect(bytes.withUnsafeBytes { TermPostings.decode($0) } == nil, "\(bytes)")
    }
    let good: [UInt8] = [1, 2, 3, 17]
    let decoded = good.withUnsafeBytes { TermPostings.decode($0) }
    #expect(decoded?.rows == [1, 4])
    #expect(decoded?.frequencies == [1, 8.5])
  }
}

@Suite struct StoredSynonymsTests {
  static func load(_ disk: LibraryOnDisk) throws -> (Synonyms, [ContentIssue]) {
    let files = try ContentFolder.read(disk.folder) { !$0.hasPrefix(LibraryLoader.articleFolder) }
    return StoredSynonyms.load(files, folder: disk.folder, cacheDirectory: disk.cache)
  }

  static func parsed(_ disk: LibraryOnDisk) throws -> (Synonyms, [ContentIssue]) {
    Synonyms.load(try ContentFolder.read(disk.folder))
  }

  var storedFiles: (LibraryOnDisk) -> [URL] = { disk in
    ((try? FileManager.default.contentsOfDirectory(at: disk.cache, includingPropertiesForKeys: nil))
      ?? []).filter { $0.pathExtension == "synonyms" }
  }

  @Test func storedSynonymsReadBackAsParsed() throws {
    let disk = try LibraryOnDisk(articles: 2)
    let first = try Self.load(disk)
    #expect(first.1.isEmpty)
    #expect(storedFiles(disk).count == 1)
    let again = try Self.load(disk)
    #expect(again.0 == first.0)
    #expect(again.0 == (try Self.parsed(disk)).0)
    #expect(!again.0.groups.isEmpty && !again.0.questionKinds.kinds.isEmpty)
    // A question's frames too: without them a folder's search would weigh "does it work" as
    // what the question is about.
    #expect(again.0.questionKinds.kinds.contains { !$0.frames.isEmpty })
  }

  @Test func aChangedSynonymsFileIsSeenAtOnce() throws {
    let disk = try LibraryOnDisk(articles: 2)
    _ = try Self.load(disk)
    let file = disk.folder.appendingPathComponent(Synonyms.path)
    let text = try String(contentsOf: file, encoding: .utf8)
    try text.replacingOccurrences(of: "groups:\n", with: "groups:\n  - [zebra, okapi]\n")
      .write(to: file, atomically: true, encoding: .utf8)
    let changed = try Self.load(disk)
    #expect(changed.0.groups.contains(["zebra", "okapi"]))
    #expect(changed.0 == (try Self.parsed(disk)).0)
    // And the question kinds and word list likewise.
    try "[zebras]\nasks: zebra\nheadings: okapi\n".write(
      to: disk.folder.appendingPathComponent(QuestionKinds.path), atomically: true,
      encoding: .utf8)
    try "aardvark\nzebra\n".write(
      to: disk.folder.appendingPathComponent(RealWords.path), atomically: true, encoding: .utf8)
    let kinds = try Self.load(disk)
    #expect(kinds.0 == (try Self.parsed(disk)).0)
    #expect(kinds.0.questionKinds.kinds.map(\.name) == ["zebras"])
    #expect(kinds.0.realWords.contains("zebra"))
  }

  /// The stored word list is read from the file's bytes when they are its text as they
  /// stand, and through the text otherwise: with a byte-order mark and Windows line ends it
  /// still reads back as parsed.
  @Test(arguments: ["aardvark\nzebra\n", "\u{FEFF}aardvark\r\nzebra\r\n"])
  func aStoredWordListReadsBackAsParsed(_ list: String) throws {
    let disk = try LibraryOnDisk(articles: 2)
    try Data(list.utf8).write(to: disk.folder.appendingPathComponent(RealWords.path))
    let first = try Self.load(disk)
    #expect(first.1.isEmpty)
    #expect(storedFiles(disk).count == 1)
    let again = try Self.load(disk)
    #expect(again.0 == (try Self.parsed(disk)).0)
    #expect(again.0.realWords.contains("zebra") && !again.0.realWords.contains("zebra\r"))
  }

  @Test func aFileWithProblemsIsNotStoredAndReportsThemEveryTime() throws {
    let disk = try LibraryOnDisk(articles: 2)
    try "groups:\n  - [lonely]\n".write(
      to: disk.folder.appendingPathComponent(Synonyms.path), atomically: true, encoding: .utf8)
    let first = try Self.load(disk)
    #expect(!first.1.isEmpty)
    #expect(storedFiles(disk).isEmpty)
    let again = try Self.load(disk)
    #expect(again.1 == first.1)
  }
}
