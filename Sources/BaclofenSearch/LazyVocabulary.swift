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
    case ready(Vocabulary)
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
    case .ready(let ready):
      vocabulary = ready
      source = nil
      return ready
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
    try store(db, text: text(of: library, tokenizers: Tokenizers(db)))
  }

  static func store(_ db: Database, text: String) throws {
    try db.execute(sql: "CREATE TABLE vocabulary(words TEXT)")
    try db.execute(sql: "INSERT INTO vocabulary VALUES (?)", arguments: [text])
  }

  private static func text(of library: Library, tokenizers: Tokenizers) throws -> String {
    text(try SearchIndex.countWords(library, tokenizers: tokenizers))
  }

  /// The stored form of `words`, in their order (`read` gives them back in it).
  static func text(_ words: [(word: Word, uses: Int)]) -> String {
    var text = ""
    text.reserveCapacity(words.count * 24)
    for (word, uses) in words {
      text += word.surface + "\t" + word.stem + "\t" + String(uses) + "\n"
    }
    return text
  }

  static func read(_ db: Database) throws -> [(word: Word, uses: Int)] {
    var text = try String.fetchOne(db, sql: "SELECT words FROM vocabulary") ?? ""
    // Walks the bytes once: splitting into substrings took longer than the query after it.
    return text.withUTF8 { bytes in
      var words: [(word: Word, uses: Int)] = []
      var fields: [String] = []
      var start = 0
      for (i, byte) in bytes.enumerated() where byte == 0x09 || byte == 0x0A {
        let field = UnsafeBufferPointer(rebasing: bytes[start..<i])
        start = i + 1
        guard byte == 0x0A else {
          fields.append(String(decoding: field, as: UTF8.self))
          continue
        }
        var uses = 0
        for digit in field { uses = uses &* 10 &+ Int(digit &- 0x30) }
        if fields.count == 2 { words.append((Word(surface: fields[0], stem: fields[1]), uses)) }
        fields.removeAll(keepingCapacity: true)
      }
      return words
    }
  }
}
