import Foundation
import Testing

@testable import BaclofenContent
@testable import BaclofenSearch

/// The tables an index cache opens with are kept beside it (`StoredTables`): a search through
/// them answers as one that computes them, and synonyms changed since are used as they are now.
@Suite struct StoredTablesTests {
  @Test func searchesWithStoredTablesAnswerAsWithoutThemAndFollowChangedSynonyms() throws {
    let disk = try LibraryOnDisk(articles: 40)
    _ = try disk.open()
    let queries = [
      "withdrawal seizures", "baclofin withdrawl", "can i drink alco", "kidney", "quokka",
      "what if i miss a dose", "\"muscle spasms\"",
    ]
    func answers(_ library: CachedLibrary) -> [[SearchResult]] {
      queries.map { library.index.search($0, limit: 10).results }
    }
    let computed = try disk.open()
    let tables = disk.cacheFiles.map(StoredTables.file)
    #expect(
      tables.count == 1 && tables.allSatisfy { FileManager.default.fileExists(atPath: $0.path) })
    let read = try disk.open()
    #expect(read.reusedCache)
    #expect(answers(read) == answers(computed))
    #expect(read.index.search("quokka").results.isEmpty)

    // Synonyms that make "quokka" mean seizures: the stored tables are not theirs.
    var synonyms = disk.synonyms
    synonyms.groups.append(["quokka", "seizures"])
    let changed = try CachedLibrary.open(
      folder: disk.folder, synonyms: synonyms, cacheDirectory: disk.cache)
    #expect(changed.reusedCache)
    let quokka = changed.index.search("quokka", limit: 10).results.map(\.sectionID)
    #expect(!quokka.isEmpty)
    let seizures = changed.index.search("seizures", limit: 100).results.map(\.sectionID)
    #expect(Set(quokka).isSubset(of: seizures), "\(quokka)")
    let again = try CachedLibrary.open(
      folder: disk.folder, synonyms: synonyms, cacheDirectory: disk.cache)
    #expect(again.index.search("quokka", limit: 10).results.map(\.sectionID) == quokka)
    #expect(try disk.open().index.search("quokka").results.isEmpty)
  }
}
