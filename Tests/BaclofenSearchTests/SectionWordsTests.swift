import BaclofenContent
import Foundation
import GRDB
import Testing

@testable import BaclofenSearch

/// The words the ranking's last step reads from the cache are the words of the section's text.
@Suite struct SectionWordsTests {
  /// A section longer than the words kept of a body, cut inside a word (`cutInWord`) or
  /// between two, plus a section of words that are not ASCII.
  static func extraArticle(cutInWord: Bool) -> String {
    // 20,000 characters that end inside a word or between two.
    let filler = String(repeating: "spasm ", count: 3333) + "ab"
    let tail = cutInWord ? "cd quokkas zanzibar" : " quokkas zanzibar"
    return """
      ---
      id: extra
      title: "Long Sections"
      publisher: Synthetic Health Library
      reviewed: 2024-02-11
      source: extra.txt
      ---

      ## A Very Long Section {#long}

      \(filler)\(tail)

      ## Crème Brûlée Über Ärzte {#accents}

      Ärzte empfehlen crème brûlée, naïve façade. Ĳssel œuvre straße.

      """
  }

  static func words(_ index: SearchIndex, row: Int64) throws -> RowWords? {
    try index.queue.inDatabase { db in try index.storedWords?.rowWords(db, row) }
  }

  @Test(arguments: [false, true])
  func storedWordsEqualTheWordsOfEachSectionsText(cutInWord: Bool) throws {
    let disk = try LibraryOnDisk(articles: 30)
    try Data(Self.extraArticle(cutInWord: cutInWord).utf8).write(
      to: disk.folder.appendingPathComponent("articles/zz-extra.md"))
    _ = try disk.open()
    let opened = try disk.open()
    #expect(opened.reusedCache)
    let full = try LibraryLoader.loadStrict(ContentFolder.read(disk.folder))
    let tokenizers = try opened.index.queue.inDatabase { try Tokenizers($0) }
    var row: Int64 = 0
    var stored = 0
    for article in full.articles {
      for section in article.sections {
        row += 1
        let cut = try tokenizers.words(String(section.plainText.prefix(SectionWords.bodyLimit)))
        let whole = try tokenizers.words(section.plainText)
        let expected = RowWords(title: try tokenizers.words(section.title), body: cut)
        let cutsAWord = !cut.isEmpty && cut.last != whole[cut.count - 1]
        if section.id == "extra/long" { #expect(cutsAWord == cutInWord) }
        guard let words = try Self.words(opened.index, row: row) else {
          // Only a body cut inside a word has none: the vocabulary holds no half words.
          #expect(cutsAWord, "\(section.id) has no words")
          continue
        }
        stored += 1
        #expect(words.title == expected.title, "\(section.id)")
        #expect(words.words == expected.words, "\(section.id)")
      }
    }
    #expect(stored >= row - 1)
    #expect(!opened.index.search("zanzibar").results.isEmpty)
    #expect(opened.index.search("creme brulee").results.first?.sectionID == "extra/accents")
  }

  /// Words that do not decode are read from the section's text instead, with the same
  /// ranking; the damaged bytes sealed with a valid header reach the decoder.
  @Test func damagedStoredWordsFallBackToTheSectionsText() throws {
    let disk = try LibraryOnDisk(articles: 30)
    let queries = ["withdrawal seizures", "kidney", "can i drink alco", "baclofin withdrawl"]
    let first = try disk.open()
    let expected = queries.map { first.index.search($0).results }
    let file = try #require(disk.cacheFiles.first)
    let image = try #require(IndexCache.readWhole(file))
    let queue = try SearchIndex.deserialize(image.bytes, count: image.count)
    try queue.write { db in
      try db.execute(
        sql: """
          UPDATE sectionWords SET words = CASE rowid % 3
            WHEN 0 THEN x'FFFFFFFF' WHEN 1 THEN x'05FFFF7F' ELSE x'' END
          """)
    }
    try queue.inDatabase { db in
      try SearchIndex.serialize(db) {
        try IndexCache.writeIndex(file, image: UnsafeMutableRawBufferPointer(mutating: $0))
      }
    }
    let damaged = try disk.open()
    #expect(damaged.reusedCache)
    #expect(try Self.words(damaged.index, row: 1) == nil)
    #expect(try Self.words(damaged.index, row: 2) == nil)
    #expect(try Self.words(damaged.index, row: 3) == nil)
    #expect(queries.map { damaged.index.search($0).results } == expected)
  }

  /// A cache written by a build of another format (here, one without stored words) has
  /// another key: it is rebuilt, with its words.
  @Test func aCacheOfAnOlderFormatIsRebuilt() throws {
    let disk = try LibraryOnDisk(articles: 10)
    let expected = try disk.open().index.search("withdrawal seizures").results
    let file = try #require(disk.cacheFiles.first)
    let stamps = ContentFolder.articleStamps(disk.folder)
    let image = try #require(IndexCache.readWhole(file))
    let queue = try SearchIndex.deserialize(image.bytes, count: image.count)
    let older = IndexCache.key(stamps, version: "baclofen-index-6")
    try queue.write { db in
      try db.execute(sql: "DROP TABLE sectionWords")
      try db.execute(sql: "UPDATE \(IndexCache.keyTable) SET key = ?", arguments: [older])
    }
    try queue.inDatabase { db in
      try SearchIndex.serialize(db) {
        try IndexCache.writeIndex(file, image: UnsafeMutableRawBufferPointer(mutating: $0))
      }
    }
    let reopened = try disk.open()
    #expect(!reopened.reusedCache)
    #expect(reopened.index.storedWords != nil)
    #expect(reopened.index.search("withdrawal seizures").results == expected)
    #expect(try disk.open().reusedCache)
  }

  @Test func varintsRoundTripAndRejectCutNumbers() {
    let numbers = [0, 1, 127, 128, 300, 16_383, 16_384, 1 << 28]
    var bytes: [UInt8] = []
    for number in numbers { Varints.append(number, to: &bytes) }
    bytes.withUnsafeBytes { raw in
      var reader = Varints(raw)
      var read: [Int] = []
      while let number = reader.next() { read.append(number) }
      #expect(read == numbers)
      #expect(reader.isAtEnd)
    }
    [UInt8]([0x81, 0x80]).withUnsafeBytes { raw in
      var reader = Varints(raw)
      #expect(reader.next() == nil)
      #expect(!reader.isAtEnd)
    }
  }
}
