import BaclofenBundled
import BaclofenSynthetic
import Foundation
import GRDB
import Testing

@testable import BaclofenContent
@testable import BaclofenSearch

/// A generated library on disk with its own cache folder, removed afterwards. Every test
/// passes its cache folder explicitly: none touches the process environment.
final class LibraryOnDisk {
  let root: URL
  let folder: URL
  let cache: URL
  let synonyms: Synonyms

  init(articles: Int) throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "baclofen-cache-test-\(UUID().uuidString)")
    folder = root.appendingPathComponent("content")
    cache = root.appendingPathComponent("cache")
    let base = BundledContent.files
    let files = SyntheticLibrary(articleCount: articles, seed: 7).files(
      vocabularyFrom: LibraryLoader.load(base).0, base: base, keepingBaseArticles: true)
    try SyntheticLibrary.write(files, to: folder)
    synonyms = Synonyms.load(files).0
  }

  deinit { try? FileManager.default.removeItem(at: root) }

  func open(cacheDirectory: URL?? = nil, notices: inout [String]) throws -> CachedLibrary {
    var seen: [String] = []
    defer { notices += seen }
    return try CachedLibrary.open(
      folder: folder, synonyms: synonyms, cacheDirectory: cacheDirectory ?? cache
    ) { seen.append($0) }
  }

  func open() throws -> CachedLibrary {
    var notices: [String] = []
    let opened = try open(notices: &notices)
    #expect(notices.isEmpty, "\(notices)")
    return opened
  }

  var cacheFiles: [URL] {
    (try? FileManager.default.contentsOfDirectory(at: cache, includingPropertiesForKeys: nil))?
      .filter { $0.pathExtension == "cache" } ?? []
  }
}

/// A small deterministic generator, so a failing damage case can be rerun.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return state ^ (state >> 29)
  }
}

@Suite struct IndexCacheTests {
  @Test func aThousandArticleLibraryLoadsSearchesAndIsReused() throws {
    let disk = try LibraryOnDisk(articles: 1000)
    let first = try disk.open()
    #expect(!first.reusedCache)
    #expect(first.library.articles.count == 1005)
    #expect(disk.cacheFiles.count == 1)
    for query in ["withdrawal seizures", "baclofin withdrawl", "kidney", "can i drink alco"] {
      let results = first.index.search(query, limit: 10).results
      #expect(!results.isEmpty, "\(query)")
      for result in results {
        let section = first.section(id: result.sectionID)
        #expect(section?.blocks.isEmpty == false, "\(result.sectionID) has its text")
        #expect(first.library.section(id: result.sectionID)?.title == result.sectionTitle)
      }
    }
    let again = try disk.open()
    #expect(again.reusedCache)
    #expect(again.library == first.library)
    #expect(
      again.index.search("withdrawal seizures").results
        == first.index.search("withdrawal seizures").results)
  }

  @Test func theOutlineAndLazyArticlesMatchAFullParse() throws {
    let disk = try LibraryOnDisk(articles: 20)
    let opened = try disk.open()
    let full = try LibraryLoader.loadStrict(ContentFolder.read(disk.folder))
    #expect(opened.library.articles.map(\.id) == full.articles.map(\.id))
    for article in full.articles {
      #expect(opened.article(id: article.id) == article)
      var outline = article
      for index in outline.sections.indices { outline.sections[index].blocks = [] }
      #expect(opened.library.article(id: article.id) == outline)
    }
    #expect(opened.article(id: "no-such-article") == nil)
    #expect(opened.section(id: "gen-00001/no-such-section") == nil)
  }

  @Test func aChangedArticleRebuildsTheCache() throws {
    let disk = try LibraryOnDisk(articles: 30)
    _ = try disk.open()
    let file = disk.folder.appendingPathComponent("articles/gen-00003.md")
    var text = try String(contentsOf: file, encoding: .utf8)
    text += "\n## Zanzibar Quokka\n\nA quokka visited Zanzibar.\n"
    try text.write(to: file, atomically: true, encoding: .utf8)
    let rebuilt = try disk.open()
    #expect(!rebuilt.reusedCache)
    #expect(
      rebuilt.index.search("quokka").results.map(\.sectionID) == ["gen-00003/zanzibar-quokka"])
    #expect(disk.cacheFiles.count == 1, "the old cache is replaced, not kept beside it")
    #expect(try disk.open().reusedCache)
  }

  /// Damage of each kind is noticed when opening — a header that is not a database's, a
  /// length other than the one the header records — and the cache is rebuilt in its place.
  @Test(arguments: ["garbage", "truncated", "last page gone", "empty", "other format", "longer"])
  func aDamagedCacheIsRebuilt(_ damage: String) throws {
    let disk = try LibraryOnDisk(articles: 30)
    let expected = try disk.open().index.search("withdrawal").results
    let file = try #require(disk.cacheFiles.first)
    var bytes = try [UInt8](Data(contentsOf: file))
    switch damage {
    case "garbage": bytes.replaceSubrange(0..<4096, with: repeatElement(0x5A, count: 4096))
    case "truncated": bytes.removeLast(bytes.count / 2)
    case "last page gone": bytes.removeLast(4096)
    case "empty": bytes = []
    case "other format": bytes[14] ^= 0x01  // the format digit of SQLite's magic
    default: bytes += [0]
    }
    try Data(bytes).write(to: file)
    let reopened = try disk.open()
    #expect(!reopened.reusedCache)
    #expect(reopened.index.search("withdrawal").results == expected)
    #expect(try disk.open().reusedCache)
  }

  /// One flipped byte anywhere in the file, with its size and modification time kept as they
  /// were, is noticed when the page holding it is read (each page ends in its checksum): the
  /// outline and the search come out as before, never with invented content, whether the
  /// damage shows when opening or only when searching.
  @Test func aFlippedByteThatKeepsSizeAndTimeIsNoticed() throws {
    let disk = try LibraryOnDisk(articles: 30)
    let first = try disk.open()
    let expected = first.index.search("withdrawal seizures").results
    let outline = first.library
    let file = try #require(disk.cacheFiles.first)
    let original = try [UInt8](Data(contentsOf: file))
    let modified = try #require(
      FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date)
    var generator = SeededGenerator(seed: 60)
    for _ in 0..<40 {
      var bytes = original
      let offset = Int.random(in: 0..<bytes.count, using: &generator)
      bytes[offset] ^= UInt8.random(in: 1...255, using: &generator)
      try Data(bytes).write(to: file)
      try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: file.path)
      let reopened = try disk.open()
      #expect(reopened.index.search("withdrawal seizures").results == expected, "flip at \(offset)")
      #expect(reopened.library == outline, "flip at \(offset)")
    }
  }

  /// Every page of a written cache carries its checksum, and any one changed byte of a page
  /// (its checksum's own included) fails it.
  @Test func everyPageIsSealedAndAnyChangedByteFailsIt() throws {
    let disk = try LibraryOnDisk(articles: 10)
    _ = try disk.open()
    let bytes = try [UInt8](Data(contentsOf: try #require(disk.cacheFiles.first)))
    let size = try #require(bytes.withUnsafeBytes { CheckedPages.pageSize(header: $0) })
    #expect(bytes.count % size == 0)
    var generator = SeededGenerator(seed: 61)
    for start in stride(from: 0, to: bytes.count, by: size) {
      var page = Array(bytes[start..<(start + size)])
      let number = Int64(start / size + 1)
      #expect(page.withUnsafeBytes { CheckedPages.isSound($0, number: number) })
      #expect(!page.withUnsafeBytes { CheckedPages.isSound($0, number: number + 1) })
      page[Int.random(in: 0..<size, using: &generator)] ^= UInt8.random(
        in: 1...255, using: &generator)
      #expect(!page.withUnsafeBytes { CheckedPages.isSound($0, number: number) })
    }
    let zeros = [UInt8](repeating: 0, count: size)
    #expect(!zeros.withUnsafeBytes { CheckedPages.isSound($0, number: 2) })
  }

  /// Another process truncating the file a reader has open (not replacing it, which a
  /// reader never sees): the pages it then reads are missing, the library is built again and
  /// every answer is as before.
  @Test func aCacheCutShortUnderARunningReaderIsBuiltAgain() throws {
    let disk = try LibraryOnDisk(articles: 200)
    let first = try disk.open()
    let queries = ["withdrawal seizures", "kidney"]
    let expected = queries.map { first.index.search($0).results }
    let outline = first.library
    let opened = try disk.open()
    #expect(opened.reusedCache)
    let file = try #require(disk.cacheFiles.first)
    try FileHandle(forWritingTo: file).truncate(atOffset: 0)
    #expect(queries.map { opened.index.search($0).results } == expected)
    #expect(opened.library == outline)
    #expect(opened.section(id: "gen-00150/s0")?.blocks.isEmpty == false)
    #expect(try disk.open().reusedCache, "the cache was written again")
  }

  /// Garbage written over the pages of the file a reader has open, its length kept: found
  /// as each page is read, with the same answers from the library built again.
  @Test(arguments: [0.0, 0.5, 0.9])
  func garbagePagesUnderARunningReaderAreFoundWhenRead(_ from: Double) throws {
    let disk = try LibraryOnDisk(articles: 100)
    let first = try disk.open()
    let queries = ["withdrawal seizures", "kidney", "baclofin withdrawl"]
    let expected = queries.map { first.index.search($0).results }
    let outline = first.library
    let opened = try disk.open()
    let file = try #require(disk.cacheFiles.first)
    let size = try #require(
      FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int)
    let start = max(4096, Int(Double(size) * from) / 4096 * 4096)
    let handle = try FileHandle(forWritingTo: file)
    try handle.seek(toOffset: UInt64(start))
    try handle.write(contentsOf: Data(repeating: 0x5A, count: size - start))
    try handle.close()
    #expect(queries.map { opened.index.search($0).results } == expected)
    #expect(opened.library == outline)
    #expect(opened.section(id: "gen-00050/s0")?.blocks.isEmpty == false)
    let reopened = try disk.open()
    #expect(queries.map { reopened.index.search($0).results } == expected)
  }

  /// A FIFO, a folder or a device where the cache file belongs is never waited on or read.
  @Test(.timeLimit(.minutes(1)), arguments: ["fifo", "folder", "device"])
  func aSpecialFileInPlaceOfTheCacheIsNotRead(_ kind: String) throws {
    let disk = try LibraryOnDisk(articles: 5)
    let file = IndexCache.file(for: disk.folder, in: disk.cache)
    try FileManager.default.createDirectory(at: disk.cache, withIntermediateDirectories: true)
    switch kind {
    case "fifo": #expect(mkfifo(file.path, 0o600) == 0)
    case "folder":
      try FileManager.default.createDirectory(at: file, withIntermediateDirectories: true)
    default:
      try FileManager.default.createSymbolicLink(
        atPath: file.path, withDestinationPath: "/dev/zero")
    }
    var notices: [String] = []
    let opened = try disk.open(notices: &notices)
    #expect(!opened.reusedCache)
    #expect(!opened.index.search("withdrawal").results.isEmpty)
    #expect(kind != "folder" || notices.count == 1, "\(notices)")
  }

  /// Titles are columns, not fields between separator bytes: whatever they hold comes back
  /// as it was, and cannot add articles or shift sections. The publisher's kind comes back too.
  @Test func anOutlineKeepsTitlesWithSeparatorBytesIntact() throws {
    let titles = ["Real\u{1F}0\u{1F}\u{1E}AFake\u{1F}Fake\u{1E}", "\u{1E}", "\u{1F}", ""]
    let articles = titles.enumerated().map { offset, title in
      Article(
        id: "a\(offset)", title: title,
        provenance: Provenance(
          publisher: title, publisherKind: offset == 0 ? .treatmentProvider : nil),
        sections: [
          Section(
            id: "a\(offset)/s", articleID: "a\(offset)", title: title + " section", level: 2,
            parentID: nil, editorial: false, blocks: [], line: 3)
        ], path: "/c/articles/a\(offset).md")
    }
    let library = Library(articles: articles)
    let queue = try DatabaseQueue()
    let read = try queue.write { db in
      try Outline.store(db, library: library, origin: "/c", stamps: [])
      return Outline.read(db, origin: "/elsewhere")
    }
    var moved = library
    for index in moved.articles.indices {
      moved.articles[index].path = "/elsewhere/articles/a\(index).md"
    }
    #expect(read == moved)
  }

  /// An article's text comes from its file while the file is the version that was indexed;
  /// once it changes, the reader says so instead of showing headings without text.
  @Test func anArticleChangedSinceIndexingIsNotShownAsItsOldOutline() throws {
    let disk = try LibraryOnDisk(articles: 5)
    let opened = try disk.open()
    let unchanged = try #require(opened.library.article(id: "gen-00002"))
    #expect(opened.fullArticle(unchanged).sections.allSatisfy { !$0.blocks.isEmpty })
    let outline = try #require(opened.library.article(id: "gen-00003"))
    let file = disk.folder.appendingPathComponent("articles/gen-00003.md")
    try (try String(contentsOf: file, encoding: .utf8) + "\nMore.\n").write(
      to: file, atomically: true, encoding: .utf8)
    #expect(opened.article(id: "gen-00003") == nil)
    let shown = opened.fullArticle(outline)
    #expect(shown == opened.withText(outline))
    #expect(shown.sections.map(\.id) == outline.sections.map(\.id))
    for section in shown.sections {
      #expect(section.plainText.contains("gen-00003.md has changed"), "\(section.plainText)")
    }
    #expect(try disk.open().article(id: "gen-00003")?.sections.first?.blocks.isEmpty == false)
  }

  @Test func anUnwritableOrMissingCacheFolderStillWorksInMemory() throws {
    let disk = try LibraryOnDisk(articles: 10)
    // A folder cannot be made inside a regular file, whoever runs the tests (even root).
    let blocker = disk.root.appendingPathComponent("not-a-folder")
    try Data("x".utf8).write(to: blocker)
    for directory: URL? in [blocker.appendingPathComponent("baclofen"), nil] {
      var notices: [String] = []
      let opened = try disk.open(cacheDirectory: .some(directory), notices: &notices)
      #expect(notices.count == 1, "\(notices)")
      #expect(notices.allSatisfy { !$0.contains("\n") && $0.contains("in memory") })
      #expect(!opened.reusedCache)
      #expect(!opened.index.search("withdrawal").results.isEmpty)
      #expect(opened.section(id: "gen-00001/s0")?.blocks.isEmpty == false)
    }
  }

  /// The key does not depend on the order the folder lists its files in, and any change to a
  /// path, size or time, or a file more or less, gives another key.
  @Test func theKeyIgnoresOrderButNoChangeOfAStamp() {
    let stamps = (0..<50).map {
      FileStamp(
        path: "articles/a\($0).md", size: 1000 + $0, modified: 1_700_000_000_000 + Int64($0))
    }
    let key = IndexCache.key(stamps)
    #expect(IndexCache.key(stamps.reversed()) == key)
    #expect(IndexCache.key(stamps, version: "another") != key)
    var keys: Set<String> = [key]
    for index in [0, 17, 49] {
      for change in 0..<4 {
        var changed = stamps
        switch change {
        case 0: changed[index].modified += 1
        case 1: changed[index].size += 1
        case 2: changed[index].path += "x"
        default: changed.remove(at: index)
        }
        #expect(keys.insert(IndexCache.key(changed)).inserted, "change \(change) of \(index)")
      }
    }
  }

  @Test func theCacheFolderFollowsXDGThenHome() {
    #expect(
      IndexCache.defaultDirectory(environment: ["XDG_CACHE_HOME": "/x", "HOME": "/h"])?.path
        == "/x/baclofen")
    #expect(IndexCache.defaultDirectory(environment: ["HOME": "/h"])?.path == "/h/.cache/baclofen")
    #expect(
      IndexCache.defaultDirectory(environment: ["XDG_CACHE_HOME": "relative", "HOME": "/h"])?.path
        == "/h/.cache/baclofen")
    #expect(IndexCache.defaultDirectory(environment: [:]) == nil)
  }

  @Test func contentProblemsAreReportedNotCached() throws {
    let disk = try LibraryOnDisk(articles: 5)
    let file = disk.folder.appendingPathComponent("articles/gen-00002.md")
    try Data("no front matter\n".utf8).write(to: file)
    var notices: [String] = []
    #expect(throws: ContentErrors.self) { try disk.open(notices: &notices) }
    #expect(disk.cacheFiles.isEmpty)
  }
}
