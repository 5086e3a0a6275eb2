import BaclofenBundled
import BaclofenContent
import BaclofenSearch
import BaclofenSynthetic
import Foundation
import GRDB
import Testing

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
      .filter { $0.pathExtension == "sqlite" } ?? []
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

  /// Damage of each kind is noticed when opening, and the cache is rebuilt in its place.
  @Test(arguments: ["garbage", "truncated", "empty", "other version"])
  func aDamagedCacheIsRebuilt(_ damage: String) throws {
    let disk = try LibraryOnDisk(articles: 30)
    let expected = try disk.open().index.search("withdrawal").results
    let file = try #require(disk.cacheFiles.first)
    switch damage {
    case "garbage":
      let handle = try FileHandle(forWritingTo: file)
      try handle.write(contentsOf: Data(repeating: 0x5A, count: 4096))
      try handle.close()
    case "truncated":
      let size = try #require(
        FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int)
      try FileHandle(forWritingTo: file).truncate(atOffset: UInt64(size / 2))
    case "empty":
      try Data().write(to: file)
    default:
      let queue = try DatabaseQueue(path: file.path)
      try queue.write { db in
        try db.execute(sql: "UPDATE meta SET value = 'baclofen-index-0' WHERE name = 'format'")
      }
      try queue.close()
    }
    let reopened = try disk.open()
    #expect(!reopened.reusedCache)
    #expect(reopened.index.search("withdrawal").results == expected)
    #expect(try disk.open().reusedCache)
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
