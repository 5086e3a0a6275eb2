import BaclofenContent
import Foundation
import GRDB

/// The vocabulary of an index: read from its `vocabulary` table (a stored index) or counted
/// from the library, on first use, once, under a lock.
final class LazyVocabulary: @unchecked Sendable {
  enum Source {
    case stored([(word: Word, uses: Int)])
    case inTable
    case counting(Library)
  }

  private let lock = NSLock()
  private var source: Source?
  private var vocabulary: Vocabulary?
  private let extraWords: [Word]

  init(_ source: Source, extraWords: [Word]) {
    self.source = source
    self.extraWords = extraWords
  }

  func get(_ db: Database) throws -> Vocabulary {
    lock.lock()
    defer { lock.unlock() }
    if let vocabulary { return vocabulary }
    let words: [(word: Word, uses: Int)]
    switch source {
    case .stored(let stored): words = stored
    case .counting(let library):
      words = try SearchIndex.countWords(library, tokenizers: Tokenizers(db))
    case .inTable, nil: words = try Self.read(db)
    }
    let made = Vocabulary(contentWords: words, extraWords: extraWords)
    vocabulary = made
    source = nil
    return made
  }

  /// Stores the vocabulary of `library` in `db`, for an index opened later: one text of
  /// `surface TAB stem TAB uses` lines (words never hold tabs or line breaks). Reading it
  /// back is one fetch; a row per word took longer to read than building the index.
  static func store(_ db: Database, library: Library) throws {
    let words = try SearchIndex.countWords(library, tokenizers: Tokenizers(db))
    var text = ""
    text.reserveCapacity(words.count * 24)
    for (word, uses) in words {
      text += word.surface + "\t" + word.stem + "\t" + String(uses) + "\n"
    }
    try db.execute(sql: "CREATE TABLE vocabulary(words TEXT)")
    try db.execute(sql: "INSERT INTO vocabulary VALUES (?)", arguments: [text])
  }

  static func read(_ db: Database) throws -> [(word: Word, uses: Int)] {
    let text = try String.fetchOne(db, sql: "SELECT words FROM vocabulary") ?? ""
    return text.utf8.split(separator: UInt8(ascii: "\n")).compactMap { line in
      let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
      guard fields.count == 3, let uses = Int(Substring(fields[2])) else { return nil }
      return (
        word: Word(surface: String(Substring(fields[0])), stem: String(Substring(fields[1]))),
        uses: uses
      )
    }
  }
}
