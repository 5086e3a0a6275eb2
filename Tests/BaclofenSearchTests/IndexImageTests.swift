import BaclofenBundled
import BaclofenBundledIndex
import BaclofenContent
import BaclofenSynthetic
import GRDB
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

  /// The image decoded from the binary holds what one built now holds (its vocabulary in no
  /// particular order, as counted).
  @Test func theCompiledInImageHoldsWhatAnImageBuiltNowHolds() throws {
    func tables(_ image: [UInt8]) throws -> [String] {
      try SearchIndex(image: image, synonyms: bundledSynonyms).queue.read { db in
        let rows = try Row.fetchAll(
          db,
          sql:
            "SELECT * FROM sections JOIN sectionInfo ON sectionInfo.rowid = sections.rowid ORDER BY sections.rowid"
        )
        let sizes = try Row.fetchAll(db, sql: "SELECT * FROM rowSizes, termWords")
        let words = try String.fetchOne(db, sql: "SELECT words FROM vocabulary") ?? ""
        return rows.map(\.description) + sizes.map(\.description)
          + words.split(separator: "\n").map(String.init).sorted()
      }
    }
    let built = try tables(SearchIndex.image(of: bundledLibrary, synonyms: bundledSynonyms))
    #expect(built.count > 1000)
    #expect(try tables(BundledIndex.image) == built)
  }

  /// The bundled index opens with tables computed when the binary was built: they equal what
  /// opening its image computes, and what an index built now from the articles holds.
  @Test func theCompiledInTablesAreThoseOpeningTheImageComputes() throws {
    let computed = try OpeningTables.text(
      of: SearchIndex(image: BundledIndex.image, synonyms: bundledSynonyms))
    #expect(try OpeningTables.text(of: bundledIndex) == computed)
    let built = try SearchIndex(library: bundledLibrary, synonyms: bundledSynonyms)
    #expect(try OpeningTables.text(of: built) == computed)
    #expect(computed.contains("\nW\twithdrawal\t") && computed.contains("\nP\t"))
  }

  /// The ranking's last step reads each bundled section's words from the image: they are
  /// the words of the section's text, and those of an image built now.
  @Test func theCompiledInImageHoldsEachSectionsWords() throws {
    let stored = try #require(bundledIndex.storedWords)
    let tokenizers = try bundledIndex.queue.inDatabase { try Tokenizers($0) }
    let sections = bundledLibrary.articles.flatMap(\.sections)
    for (offset, section) in sections.enumerated() {
      let words = try bundledIndex.queue.inDatabase { try stored.rowWords($0, Int64(offset + 1)) }
      let expected = RowWords(
        title: try tokenizers.words(section.title),
        body: try tokenizers.words(String(section.plainText.prefix(SectionWords.bodyLimit))))
      #expect(words?.title == expected.title, "\(section.id)")
      #expect(words?.words == expected.words, "\(section.id)")
    }
    func rows(_ image: [UInt8]) throws -> [String] {
      try SearchIndex(image: image, synonyms: bundledSynonyms).queue.read { db in
        try Row.fetchAll(db, sql: "SELECT * FROM sectionWords ORDER BY rowid").map(\.description)
      }
    }
    let built = try SearchIndex.bundledImage(of: bundledLibrary, synonyms: bundledSynonyms)
    #expect(try rows(BundledIndex.image) == rows(built.image))
    #expect(try rows(built.image).count == sections.count)
  }

  @Test func otherSynonymsOpenTheCompiledInImageWithTablesComputedNow() throws {
    let other = Synonyms(groups: [["fits", "seizures", "convulsions"]])
    let opened = try BundledIndex.open(synonyms: other)
    let fresh = try SearchIndex(library: bundledLibrary, synonyms: other)
    #expect(opened.synonymTable.groups == fresh.synonymTable.groups)
    #expect(try OpeningTables.text(of: opened) == OpeningTables.text(of: fresh))
  }

  /// Tables cut short, or of bytes that are no tables, are refused when opened.
  @Test func tablesCutShortOrOfOtherBytesAreRefused() throws {
    let bytes = try OpeningTables.bytes(of: bundledIndex)
    #expect(OpeningTables(bytes: bytes) != nil)
    for count in [0, 3, 4, 20, 49, bytes.count / 2, bytes.count - 1] {
      #expect(OpeningTables(bytes: Array(bytes.prefix(count))) == nil, "\(count)")
    }
    #expect(OpeningTables(bytes: bytes + [0]) == nil)
    #expect(OpeningTables(bytes: Array("not tables at all, only text".utf8)) == nil)
    #expect(OpeningTables(bytes: [UInt8](repeating: 0x7F, count: 4096)) == nil)
  }

  /// Damaged tables are refused or, where the damage still reads as tables (a word's letters,
  /// a count of uses), read without ever reaching past their bytes: every word, stem, group
  /// and term is read back from each damaged copy.
  @Test func damagedTablesAreRefusedOrReadWithinTheirBytes() throws {
    let bytes = try OpeningTables.bytes(of: bundledIndex)
    var refused = 0
    var seed: UInt64 = 0x2545_F491_4F6C_DD1D
    for round in 0..<120 {
      var damaged = bytes
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let at = round < 60 ? Int(seed >> 33) % 200 : Int(seed >> 33) % bytes.count
      damaged[at] = UInt8(truncatingIfNeeded: seed >> 20) & 0x7F
      guard let tables = OpeningTables(bytes: damaged) else {
        refused += 1
        continue
      }
      let words = tables.words
      for stem in words.stems {
        _ = words.surfaces(ofStem: stem)
        _ = words.holds(stem: stem)
        _ = tables.synonymTable.terms(firstStem: stem)
      }
      for surface in words.surfaces { _ = words.weight(of: surface) }
      let numbered = NumberedWords(words)
      for number in -1...numbered.count { _ = numbered[number] }
      _ = tables.synonymTable.groups.map { $0 }
      _ = tables.synonymTable.mixingGroup
      _ = tables.vocabulary.hasLongerWord(startingWith: "with")
    }
    #expect(refused > 0)
  }

  /// The tables read in place answer every question the vocabulary and synonyms are asked as
  /// those of an index built now, for words with letters beyond ASCII too.
  @Test func tablesReadInPlaceAnswerAsTheIndexTheyCameFrom() throws {
    let words = ["naïve", "straße", "Ärger", "日本語", "zebra", "zéro", "abc", "ab"]
    let section = Section(
      id: "u/s", articleID: "u", title: "Unicode words", level: 2, parentID: nil,
      editorial: false, blocks: [.paragraph(RichText(words.joined(separator: " ")))], line: 3)
    let article = Article(
      id: "u", title: "Words", provenance: Provenance(publisher: "p"), sections: [section],
      path: "/c/articles/u.md")
    let synonyms = Synonyms(groups: [["naïve", "zebra crossing"], ["mixing", "ärger"]])
    for index in [
      try SearchIndex(library: Library(articles: [article]), synonyms: synonyms), bundledIndex,
    ] {
      let built = try index.queue.inDatabase(index.vocabulary)
      let read = try #require(OpeningTables(bytes: OpeningTables.bytes(of: index)))
      let vocabulary = read.vocabulary
      let keys = built.sortedSurfaces + built.allStems + words + ["", "z", "straß", "日", "ﬁ"]
      for key in keys {
        #expect(vocabulary.weights[key] == built.weights[key], "\(key)")
        #expect(vocabulary.stems.contains(key) == built.stems.contains(key), "\(key)")
        #expect(
          vocabulary.surfacesByStem[key].map { Set($0) }
            == built.surfacesByStem[key].map { Set($0) })
        #expect(vocabulary.hasWord(startingWith: key) == built.hasWord(startingWith: key))
        #expect(
          vocabulary.hasLongerWord(startingWith: key) == built.hasLongerWord(startingWith: key))
        #expect(
          read.synonymTable.terms(firstStem: key) == index.synonymTable.terms(firstStem: key),
          "\(key)")
      }
      #expect(read.synonymTable.groups == index.synonymTable.groups)
      #expect(read.synonymTable.mixingGroup == index.synonymTable.mixingGroup)
      #expect(read.stoppingTerms == index.stoppingTerms)
    }
  }

  /// Every byte value survives the trip through a compiled literal (its escapes read as the
  /// compiler reads them).
  @Test func bytesSurviveTheTripThroughALiteral() {
    var bytes = (0...255).map(UInt8.init)
    var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<4096 {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      bytes.append(UInt8(truncatingIfNeeded: seed >> 33))
    }
    let compiled = Array(Self.compile(ImageLiteral.encode(bytes)).utf8)
    let decoded = compiled.withUnsafeBufferPointer { literal in
      [UInt8](unsafeUninitializedCapacity: ImageLiteral.count(literal)) { buffer, count in
        ImageLiteral.decode(literal, into: UnsafeMutableRawBufferPointer(buffer))
        count = buffer.count
      }
    }
    #expect(decoded == bytes)
  }

  /// The string a Swift string literal of `text` holds (the escapes `ImageLiteral` writes).
  static func compile(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    var scalars = text.unicodeScalars.makeIterator()
    while let scalar = scalars.next() {
      guard scalar == "\\", let escape = scalars.next() else {
        result.append(scalar)
        continue
      }
      switch escape {
      case "0": result.append("\0")
      case "t": result.append("\t")
      case "n": result.append("\n")
      case "r": result.append("\r")
      case "u":
        _ = scalars.next()
        var hex = ""
        while let digit = scalars.next(), digit != "}" { hex.unicodeScalars.append(digit) }
        result.append(Unicode.Scalar(UInt32(hex, radix: 16)!)!)
      default: result.append(escape)
      }
    }
    return String(result)
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
