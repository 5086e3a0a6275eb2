import Foundation
import Testing

@testable import BaclofenContent
@testable import BaclofenSearch

/// The key worked out while a search runs (`ArticleKey`, on two threads) is the walk's: a
/// cache is reused exactly when its articles are the ones it was built from.
@Suite struct ArticleKeyTests {
  /// A folder with articles in nested folders, hidden and other files, links, names that
  /// are not ASCII or not UTF-8, and more names than one chunk.
  private static func oddFolder() throws -> URL {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "baclofen-key-test-\(UUID().uuidString)")
    let articles = root.appendingPathComponent("articles")
    let manager = FileManager.default
    try manager.createDirectory(
      at: articles.appendingPathComponent("nested/deeper"), withIntermediateDirectories: true)
    try manager.createDirectory(
      at: articles.appendingPathComponent("folder.md"), withIntermediateDirectories: true)
    try manager.createDirectory(
      at: root.appendingPathComponent("lexicon"), withIntermediateDirectories: true)
    func write(_ path: String, _ text: String) throws {
      try Data(text.utf8).write(to: root.appendingPathComponent(path))
    }
    for number in 0..<300 {
      try write("articles/a\(number).md", String(repeating: "x", count: number))
    }
    try write("articles/nested/b.md", "b")
    try write("articles/nested/deeper/c.md", "c")
    try write("articles/folder.md/d.md", "d")
    try write("articles/.hidden.md", "hidden")
    try write("articles/notes.txt", "not an article")
    try write("articles/e\u{301}.md", "combining accent")
    try write("articles/.\u{301}dot.md", "a dot a mark joins")
    try write("articles/x.m\u{301}d", "not markdown")
    try write("withdrawal.md", "not an article")
    try write("lexicon/english-words.txt", "words")
    try manager.createSymbolicLink(
      atPath: articles.appendingPathComponent("link.md").path, withDestinationPath: "a1.md")
    try manager.createSymbolicLink(
      atPath: articles.appendingPathComponent("linked-folder").path,
      withDestinationPath: "nested")
    // A name that is not UTF-8.
    let raw = Array(articles.path.utf8) + [UInt8(ascii: "/"), 0xFF] + Array("bad.md\0".utf8)
    let descriptor = raw.withUnsafeBufferPointer {
      open(
        UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY,
        0o644)
    }
    if descriptor >= 0 { close(descriptor) }
    return root
  }

  @Test func theKeyWorkedOutWhileSearchingIsTheWalksKey() throws {
    let root = try Self.oddFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let stamps = ContentFolder.articleStamps(root)
    #expect(stamps.count > 300)
    #expect(ArticleKey(root).value() == IndexCache.key(stamps))

    // An article changed, added or removed changes both the same way.
    let file = root.appendingPathComponent("articles/nested/deeper/c.md")
    try Data("changed".utf8).write(to: file)
    #expect(ArticleKey(root).value() == IndexCache.key(ContentFolder.articleStamps(root)))
    #expect(IndexCache.key(ContentFolder.articleStamps(root)) != IndexCache.key(stamps))
    try Data("new".utf8).write(to: root.appendingPathComponent("articles/nested/new.md"))
    #expect(ArticleKey(root).value() == IndexCache.key(ContentFolder.articleStamps(root)))
    try FileManager.default.removeItem(at: root.appendingPathComponent("articles/a7.md"))
    #expect(ArticleKey(root).value() == IndexCache.key(ContentFolder.articleStamps(root)))
  }

  /// The changes a warm search must notice without reading a file: a rename, an edit that
  /// keeps the size and changes only the time, and an article that turned into a folder.
  @Test func aRenameASameSizeEditAndAFolderInAnArticlesPlaceChangeTheKey() throws {
    let root = try Self.oddFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let manager = FileManager.default
    var keys: Set<String> = []
    func expectNewKey() {
      let key = ArticleKey(root).value()
      #expect(key == IndexCache.key(ContentFolder.articleStamps(root)))
      #expect(keys.insert(key).inserted)
    }
    expectNewKey()
    let articles = root.appendingPathComponent("articles")
    try manager.moveItem(
      at: articles.appendingPathComponent("a20.md"), to: articles.appendingPathComponent("z20.md"))
    expectNewKey()
    let file = articles.appendingPathComponent("a21.md")
    let modified = try #require(
      manager.attributesOfItem(atPath: file.path)[.modificationDate] as? Date)
    try Data(String(repeating: "y", count: 21).utf8).write(to: file)
    try manager.setAttributes(
      [.modificationDate: modified.addingTimeInterval(5)], ofItemAtPath: file.path)
    expectNewKey()
    try manager.removeItem(at: articles.appendingPathComponent("a22.md"))
    try manager.createDirectory(
      at: articles.appendingPathComponent("a22.md"), withIntermediateDirectories: false)
    expectNewKey()
  }

  @Test func aFolderWithoutArticlesHasTheKeyOfNone() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "baclofen-key-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    #expect(ArticleKey(root).value() == IndexCache.key([]))
    #expect(ArticleKey(root.appendingPathComponent("missing")).value() == IndexCache.key([]))
  }

  /// A search answered while the articles are stat-ed counts only when they are the ones the
  /// cache was built from: after an edit, an addition or a removal the library is built again
  /// and its answer, not the early one, is the one a user sees.
  @Test func anEarlyAnswerCountsOnlyForTheArticlesTheCacheHolds() throws {
    let disk = try LibraryOnDisk(articles: 30)
    _ = try disk.open()
    func open() throws -> (CachedLibrary, early: SearchIndex?, answers: [String: [String]]) {
      var early: SearchIndex?
      var answers: [String: [String]] = [:]
      let opened = try CachedLibrary.open(
        folder: disk.folder, synonyms: disk.synonyms, cacheDirectory: disk.cache,
        meanwhile: { library in
          early = library.index
          for query in ["quokka", "wombat", "withdrawal seizures"] {
            answers[query] = library.index.search(query, limit: 10).results.map(\.sectionID)
          }
        })
      return (opened, early, answers)
    }
    func found(_ library: CachedLibrary, _ query: String) -> [String] {
      library.index.search(query, limit: 10).results.map(\.sectionID)
    }

    // Unchanged: the early answer is the library's own.
    let warm = try open()
    #expect(warm.0.reusedCache && warm.early === warm.0.index)
    #expect(warm.answers["withdrawal seizures"] == found(warm.0, "withdrawal seizures"))

    // Edited: the early answer is of the old text; the library returned is built anew.
    let file = disk.folder.appendingPathComponent("articles/gen-00003.md")
    let original = try String(contentsOf: file, encoding: .utf8)
    try (original + "\n## Zanzibar Quokka\n\nA quokka visited Zanzibar.\n").write(
      to: file, atomically: true, encoding: .utf8)
    let edited = try open()
    #expect(edited.answers["quokka"] == [])
    #expect(!edited.0.reusedCache && edited.early !== edited.0.index)
    #expect(found(edited.0, "quokka") == ["gen-00003/zanzibar-quokka"])

    // Edited again, in place of the first edit.
    try (original + "\n## Zanzibar Wombats\n\nTwo wombats visited Zanzibar.\n").write(
      to: file, atomically: true, encoding: .utf8)
    let again = try open()
    #expect(again.answers["quokka"] == ["gen-00003/zanzibar-quokka"])
    #expect(found(again.0, "quokka") == [])
    #expect(found(again.0, "wombat") == ["gen-00003/zanzibar-wombats"])

    // Added, then removed.
    let added = disk.folder.appendingPathComponent("articles/added.md")
    try """
    ---
    id: added
    title: "Added Later"
    publisher: Synthetic Health Library
    reviewed: 2024-04-13
    source: added.txt
    ---

    ## A Quokka Returns {#back}

    The quokka came back to Zanzibar.

    """.write(to: added, atomically: true, encoding: .utf8)
    let withAdded = try open()
    #expect(withAdded.answers["quokka"] == [])
    #expect(found(withAdded.0, "quokka") == ["added/back"])
    try FileManager.default.removeItem(at: added)
    let withoutAdded = try open()
    #expect(withoutAdded.answers["quokka"] == ["added/back"])
    #expect(found(withoutAdded.0, "quokka") == [])
    #expect(try open().0.reusedCache)
  }
}
