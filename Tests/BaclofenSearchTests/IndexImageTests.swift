import BaclofenBundled
import BaclofenBundledIndex
import BaclofenContent
import BaclofenSynthetic
import Testing

@testable import BaclofenSearch

/// The index built with the binary holds exactly the bundled sections and answers exactly as
/// an index built now from the same articles; any library survives the trip through an image.
@Suite struct IndexImageTests {
  @Test func theCompiledInIndexAnswersLikeOneBuiltNow() throws {
    let built = try SearchIndex(library: bundledLibrary, synonyms: bundledSynonyms)
    for judged in judgedQueries + [
      JudgedQuery(uncovered: "zzz qqq"), JudgedQuery(uncovered: "\"NEAR("),
    ] {
      let shipped = bundledIndex.search(judged.query, limit: 20)
      let fresh = built.search(judged.query, limit: 20)
      #expect(shipped.results.map(\.sectionID) == fresh.results.map(\.sectionID), "\(judged.query)")
      #expect(shipped.results.map(\.snippet.text) == fresh.results.map(\.snippet.text))
      #expect(shipped.correctedQuery == fresh.correctedQuery, "\(judged.query)")
    }
  }

  @Test func theCompiledInIndexHoldsEveryBundledSectionInOrder() throws {
    let ids = try bundledIndex.queue.read { db in
      try String.fetchAll(db, sql: "SELECT sectionID FROM sectionInfo ORDER BY rowid")
    }
    #expect(ids == bundledLibrary.articles.flatMap { $0.sections.map(\.id) })
  }

  @Test func anyLibrarySurvivesTheTripThroughAnImage() throws {
    let files = SyntheticLibrary(articleCount: 40).files(
      vocabularyFrom: bundledLibrary, base: BundledContent.files, keepingBaseArticles: false)
    let library = LibraryLoader.load(files).0
    let image = try SearchIndex.image(of: library)
    let opened = try SearchIndex(image: image, synonyms: bundledSynonyms)
    let built = try SearchIndex(library: library, synonyms: bundledSynonyms)
    let word = try #require(library.articles.first?.sections.first?.title)
    let fromImage = opened.search(word).results.map(\.sectionID)
    #expect(!fromImage.isEmpty)
    #expect(fromImage == built.search(word).results.map(\.sectionID))
  }

  @Test func theCompiledInSynonymsAreThoseReadFromTheBundledFiles() throws {
    let (read, issues) = Synonyms.load(BundledContent.files)
    #expect(issues.isEmpty, "\(issues)")
    let compiled = try #require(BundledIndex.synonyms)
    #expect(compiled == read)
    #expect(!compiled.oneWay.isEmpty && !compiled.realWords.isEmpty)
  }

  @Test func theCompiledInIndexKnowsTheSynonymsAsTheTokenizerReadsThem() throws {
    let built = try SearchIndex(library: bundledLibrary, synonyms: bundledSynonyms)
    #expect(!bundledSynonyms.groups.isEmpty)
    #expect(bundledIndex.synonymTable.groups == built.synonymTable.groups)
    #expect(bundledIndex.stoppingTerms == built.stoppingTerms)
    #expect(bundledIndex.substanceStems == built.substanceStems)
    // Terms the image does not hold are tokenized when it opens.
    let other = Synonyms(groups: [["fits", "seizures", "convulsions"]])
    let image = try SearchIndex.image(of: bundledLibrary, synonyms: bundledSynonyms)
    let opened = try SearchIndex(image: image, synonyms: other)
    let fresh = try SearchIndex(library: bundledLibrary, synonyms: other)
    #expect(opened.synonymTable.groups.count == 1)
    #expect(opened.synonymTable.groups == fresh.synonymTable.groups)
  }

  @Test(arguments: [[], [UInt8](repeating: 0, count: 4096), Array("not an index".utf8)])
  func bytesThatAreNoIndexAreRefused(bytes: [UInt8]) {
    #expect(throws: (any Error).self) { try SearchIndex(image: bytes, synonyms: bundledSynonyms) }
  }

  @Test func aTruncatedImageIsRefusedOrAnswersNothingButNeverTraps() throws {
    let image = try SearchIndex.image(of: bundledLibrary)
    for fraction in [2, 3, 10] {
      let cut = Array(image.prefix(image.count / fraction))
      if let index = try? SearchIndex(image: cut, synonyms: bundledSynonyms) {
        _ = index.search("withdrawal seizures")
      }
    }
  }
}
