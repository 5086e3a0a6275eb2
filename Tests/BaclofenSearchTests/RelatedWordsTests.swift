import BaclofenBundled
import BaclofenContent
import Testing

@testable import BaclofenSearch

@Suite struct RelatedWordsTests {
  /// A library of two sections, one on fatigue and one on cramps, searched with `related`
  /// as its WordNet table (its first words on the word list, so none is corrected).
  static func index(_ related: [[String]]) throws -> SearchIndex {
    let article = """
      ---
      id: tired
      title: Early Weeks
      source: tired.txt
      ---

      ## Fatigue

      Fatigue is common in the first weeks and fades for most people.

      ## Cramps

      Cramps are common in the first weeks and fade for most people.
      """
    let files = ContentFiles(
      origin: "test", files: [ContentFile(path: "articles/tired.md", bytes: Array(article.utf8))])
    var synonyms = Synonyms()
    synonyms.realWords = RealWords(related.map { $0[0] })
    synonyms.relatedWords = RelatedWords(related)
    return try SearchIndex(library: LibraryLoader.load(files).0, synonyms: synonyms)
  }

  static func table(_ text: String) -> (RelatedWords, [ContentIssue]) {
    RelatedWords.load(
      ContentFiles(
        origin: "folder", files: [ContentFile(path: RelatedWords.path, bytes: Array(text.utf8))]))
  }

  @Test func aWordTheLibraryLacksFindsTheSectionUsingItsRelatedWord() throws {
    let index = try Self.index([["weariness", "fatigue"]])
    let response = index.search("weariness")
    #expect(response.results.first?.sectionID == "tired/fatigue")
    #expect(response.matchWords.contains("fatigue"))
    // Without the table the word finds nothing.
    #expect(try Self.index([]).search("weariness").results.isEmpty)
  }

  @Test func aWordTheLibraryUsesIsNotExpanded() throws {
    let index = try Self.index([["fatigue", "cramps"]])
    let ids = index.search("fatigue").results.map(\.sectionID)
    #expect(ids == ["tired/fatigue"])
  }

  /// A word typed that a section uses counts for more than a related word of another word
  /// typed: the two sections are alike but for which of them they use.
  @Test func aRelatedWordNeverOutranksAWordTyped() throws {
    let index = try Self.index([["weariness", "fatigue"]])
    let ids = index.search("weariness cramps").results.map(\.sectionID)
    #expect(ids == ["tired/cramps", "tired/fatigue"])
  }

  @Test func theBundledTableFindsAnEverydayWordTheArticlesLack() {
    let response = bundledIndex.search("belly")
    #expect(!response.results.isEmpty)
    #expect(response.matchWords.contains("stomach"))
  }

  @Test func theBundledTableIsInOrderAndReadInPlaceAsLoaded() throws {
    let (loaded, issues) = RelatedWords.load(BundledContent.files)
    #expect(issues.isEmpty, "\(issues)")
    #expect(!loaded.isEmpty)
    let file = try #require(BundledContent.files.file(RelatedWords.path))
    #expect(RelatedWords(listed: file.bytes) == loaded)
    let inPlace = RelatedWords(static: try #require(BundledContent.text(RelatedWords.path)))
    #expect(inPlace == loaded)
    // Every line is found by the binary search, the first and the last too.
    let lines = String(decoding: file.bytes, as: UTF8.self).split(separator: "\n")
    let missing = lines.filter { line in
      let fields = line.split(separator: "\t").map(String.init)
      return inPlace.related(to: fields[0]) != Array(fields.dropFirst())
    }
    #expect(missing.isEmpty)
    #expect(inPlace.related(to: "") == nil)
    #expect(inPlace.related(to: "zzzzzz") == nil)
  }

  @Test func aLineOutOfOrderIsSortedAndABadLineIsReportedWithItsLine() {
    let (table, issues) = Self.table("tummy\tstomach\nNot a Line!\nbelly\tstomach\n\n")
    #expect(
      issues.map(\.description) == [
        "folder/lexicon/wordnet-links.txt:2: expected a lowercase word, then any related words,"
          + " each after a tab"
      ])
    #expect(table.related(to: "belly") == ["stomach"])
    #expect(table.related(to: "tummy") == ["stomach"])
    #expect(table.related(to: "not") == nil)
  }

  @Test func aMissingOrEmptyTableIsNoTable() {
    let none = RelatedWords.load(ContentFiles(origin: "folder", files: []))
    #expect(none.0.isEmpty && none.1.isEmpty)
    let empty = Self.table("")
    #expect(empty.0.isEmpty && empty.1.isEmpty)
  }

  @Test func aSynonymsLoadReportsTheTablesProblems() {
    let files = ContentFiles(
      origin: "folder",
      files: [ContentFile(path: RelatedWords.path, bytes: Array("belly\tstomach\n\tdizzy\n".utf8))]
    )
    let (synonyms, issues) = Synonyms.load(files)
    #expect(issues.map(\.line) == [2])
    #expect(synonyms.relatedWords.related(to: "belly") == ["stomach"])
  }

  @Test func anInflectionIsReadAsItsWordUnlessItIsAWordOfItsOwn() {
    let table = RelatedWords([["gamble", "risk"], ["gambling"], ["pee", "urine"]])
    #expect(table.relatedToAnyForm(of: "peeing") == ["urine"])
    #expect(table.relatedToAnyForm(of: "gambles") == ["risk"])
    #expect(table.relatedToAnyForm(of: "gambling") == [])
  }

  @Test func onlyAWellFormedTableInOrderIsReadAsItIs() {
    #expect(RelatedWords(listed: Array("belly\tstomach\ntummy\tstomach\n".utf8)) != nil)
    #expect(RelatedWords(listed: Array("gambling\n".utf8)) != nil)
    for text in [
      "tummy\tstomach\nbelly\tstomach\n", "belly\tstomach\nbelly\tgut\n",
      "belly\t\tstomach\n", "belly\tstomach\t\n", "\tstomach\n", "belly\tstomach",
      "belly\tstomach\n\n",
    ] {
      #expect(RelatedWords(listed: Array(text.utf8)) == nil, "\(text)")
    }
  }
}
