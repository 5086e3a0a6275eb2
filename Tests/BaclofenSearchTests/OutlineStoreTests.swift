import GRDB
import Testing

@testable import BaclofenContent
@testable import BaclofenSearch

/// The outline a cache stores for the reader's contents: the library's articles and sections
/// without their text, and each article file's stamp.
@Suite struct OutlineStoreTests {
  /// A fresh build's outline, read back from its cache, is the library's outline: the same
  /// ids, titles, files and nesting as a full parse without the blocks.
  @Test func theOutlineReadBackFromAFreshCacheIsTheLibrarysOutline() throws {
    let disk = try LibraryOnDisk(articles: 20)
    let built = try disk.open()
    #expect(!built.reusedCache)
    var outline = try LibraryLoader.loadStrict(ContentFolder.read(disk.folder))
    for a in outline.articles.indices {
      for s in outline.articles[a].sections.indices { outline.articles[a].sections[s].blocks = [] }
    }
    #expect(built.library == outline)
    let reread = try disk.open()
    #expect(reread.reusedCache)
    #expect(reread.library == outline)
    #expect(reread.library.articles.map(\.path) == outline.articles.map(\.path))
  }

  /// Each article row keeps its file's stamp; one without a stamp gets size -1 (and time 0),
  /// so its text is never trusted.
  @Test func anArticleWithoutAStampIsStoredWithSizeMinusOne() throws {
    let articles = (0..<3).map { offset in
      Article(
        id: "a\(offset)", title: "A\(offset)", provenance: Provenance(),
        sections: [
          Section(
            id: "a\(offset)/s", articleID: "a\(offset)", title: "S", level: 2, parentID: nil,
            editorial: false, blocks: [], line: 3)
        ], path: "/c/articles/a\(offset).md")
    }
    let stamps = [
      FileStamp(path: "articles/a0.md", size: 120, modified: 7),
      FileStamp(path: "articles/a2.md", size: 0, modified: 9),
    ]
    let queue = try DatabaseQueue()
    let rows = try queue.write { db in
      try Outline.store(db, library: Library(articles: articles), origin: "/c", stamps: stamps)
      return try Row.fetchAll(db, sql: "SELECT file, size, modified FROM articles ORDER BY rowid")
    }
    #expect(rows.map { $0[0] as String } == ["articles/a0.md", "articles/a1.md", "articles/a2.md"])
    #expect(rows.map { $0[1] as Int } == [120, -1, 0])
    #expect(rows.map { $0[2] as Int64 } == [7, 0, 9])
  }
}
