import BaclofenBundled
import BaclofenContent
import Foundation
import Testing

@testable import BaclofenSearch

/// The bundled articles' index kept in the cache folder answers exactly as the index built
/// in memory, is reused while the articles are the same, and is rebuilt when they change.
@Suite struct BundledCacheTests {
  let files = BundledContent.files
  let synonyms = Synonyms.load(BundledContent.files).0

  func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appending(path: "bundled-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  @Test func cachedIndexAnswersLikeTheInMemoryOne() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let first = try CachedLibrary.open(
      files: files, name: "bundled", synonyms: synonyms, cacheDirectory: folder)
    let second = try CachedLibrary.open(
      files: files, name: "bundled", synonyms: synonyms, cacheDirectory: folder)
    #expect(!first.reusedCache)
    #expect(second.reusedCache)
    let memory = try SearchIndex(library: LibraryLoader.load(files).0, synonyms: synonyms)
    for query in [
      "withdrawal seizures", "baclofin withdrawl", "kidney", "can i drink on it", "pregn",
    ] {
      let cached = second.index.search(query, limit: 10)
      let built = memory.search(query, limit: 10)
      #expect(cached.results.map(\.sectionID) == built.results.map(\.sectionID), "\(query)")
      #expect(cached.correctedQuery == built.correctedQuery)
    }
  }

  @Test func changedArticlesRebuildTheCache() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try CachedLibrary.open(
      files: files, name: "bundled", synonyms: synonyms, cacheDirectory: folder)
    var edited = files
    let index = try #require(edited.files.firstIndex { $0.path == "articles/ria-aud.md" })
    edited.files[index].bytes += Array("\n## Added Section\n\nA zanzibarian test word.\n".utf8)
    let reopened = try CachedLibrary.open(
      files: edited, name: "bundled", synonyms: synonyms, cacheDirectory: folder)
    #expect(!reopened.reusedCache)
    #expect(
      reopened.index.search("zanzibarian").results.first?.sectionID == "ria-aud/added-section")
  }

  @Test func damageInsideTheFileIsCaughtAndRebuilt() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try CachedLibrary.open(
      files: files, name: "bundled", synonyms: synonyms, cacheDirectory: folder)
    let file = folder.appending(path: "index-bundled.sqlite")
    let handle = try FileHandle(forWritingTo: file)
    let size = try handle.seekToEnd()
    try handle.seek(toOffset: size / 2)
    handle.write(Data(repeating: 0xA5, count: 8192))
    try handle.close()
    let reopened = try CachedLibrary.open(
      files: files, name: "bundled", synonyms: synonyms, cacheDirectory: folder)
    #expect(!reopened.reusedCache)
    #expect(reopened.index.search("kidney").results.isEmpty == false)
  }
}
