import BaclofenBundled
import BaclofenContent
import Foundation
import Testing

@Suite struct LoaderTests {
  func files(_ entries: [String: [UInt8]]) -> ContentFiles {
    ContentFiles(origin: "dir", files: entries.map { ContentFile(path: $0.key, bytes: $0.value) })
  }

  let article = Array("---\nid: one\ntitle: One\n---\n## A\n\ntext\n".utf8)

  @Test func bundledContentLoadsCleanly() {
    let (library, issues) = LibraryLoader.load(BundledContent.files)
    #expect(issues.isEmpty, "\(issues)")
    #expect(
      library.articles.map(\.id) == [
        "ria-aud", "oxford-addiction", "august-overview", "cabin-dependence", "spasticity-primer",
      ])
    #expect(library.articles.allSatisfy { !$0.sections.isEmpty && $0.provenance.source != nil })
  }

  @Test func bundledSectionIdsAreStable() throws {
    // Section ids are part of the interface (search results, questionnaire citations, saved
    // progress). This list changes only on purpose.
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appending(path: "section-ids.txt")
    let expected = try String(contentsOf: url, encoding: .utf8)
      .split(separator: "\n").map(String.init)
    let library = LibraryLoader.load(BundledContent.files).0
    #expect(library.sections.map(\.id) == expected)
  }

  @Test func provenanceMatchesTheArticles() throws {
    let library = LibraryLoader.load(BundledContent.files).0
    let ria = try #require(library.article(id: "ria-aud"))
    #expect(ria.provenance.reviewed == "2023-03-02")
    #expect(ria.provenance.reviewer == "Dr. Paul R. Linde, MD")
    #expect(ria.provenance.publisher == "Ria Health")
    #expect(library.article(id: "august-overview")?.provenance.created == "2025-01-13")
    #expect(library.article(id: "cabin-dependence")?.editorialTitle == true)
    #expect(library.article(id: "spasticity-primer")?.provenance.publisher == nil)
  }

  @Test func invalidUTF8IsReportedWithItsLine() {
    let bytes = Array("---\nid: one\ntitle: One\n---\n## A\n\nbad ".utf8) + [0xFF, 0xFE] + [10]
    let (_, issues) = LibraryLoader.load(files(["articles/one.md": bytes]))
    #expect(
      issues.map(\.description) == [
        "dir/articles/one.md:7: not valid UTF-8 text (save the file as UTF-8)"
      ])
  }

  @Test func duplicateArticleIdsNameBothFiles() {
    let (library, issues) = LibraryLoader.load(
      files(["articles/a.md": article, "articles/b.md": article]))
    #expect(library.articles.count == 1)
    #expect(issues.count == 1)
    #expect(issues.first?.description.contains("already used by dir/articles/a.md") == true)
  }

  @Test func emptyFolderSaysWhatIsExpected() {
    let (_, issues) = LibraryLoader.load(files([:]))
    #expect(issues.first?.message.contains("no articles found") == true)
  }

  @Test func problemsInSeveralFilesAreAllReported() {
    let broken = Array("---\nid: two\n---\n## A\n".utf8)
    let (_, issues) = LibraryLoader.load(
      files(["articles/one.md": article, "articles/two.md": broken, "articles/three.md": [0xC3]]))
    let paths = Set(issues.map(\.path))
    #expect(paths == ["dir/articles/two.md", "dir/articles/three.md"])
  }

  @Test func readsAFolderFromDiskAndRefusesMissingOnes() throws {
    let folder = FileManager.default.temporaryDirectory.appending(path: "content-\(UUID())")
    try FileManager.default.createDirectory(
      at: folder.appending(path: "articles"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(article).write(to: folder.appending(path: "articles/one.md"))
    let read = try ContentFolder.read(folder)
    #expect(read.files.map(\.path) == ["articles/one.md"])
    #expect(throws: ContentErrors.self) { try ContentFolder.read(folder.appending(path: "nope")) }
  }
}
