import BaclofenContent
import Foundation
import GRDBSQLite

/// A content folder's synonyms, word list and question kinds as `Synonyms.load` reads them,
/// kept beside its index cache under a key of those three files' bytes and the program's own
/// file: parsing them at every start was a tenth of a warm search of 10,000 articles.
///
/// The key is checked like the cache's (the file's header, its length and a hash of all of
/// it, see `IndexCache.read`): a file edited in any byte, added or removed gives another key,
/// and the files are parsed again (and stored again when they have no problem). Only files
/// without problems are stored, so a stored copy never hides one.
public enum StoredSynonyms {
  /// The files `Synonyms.load` reads.
  static let paths = [Synonyms.path, RealWords.path, QuestionKinds.path, RelatedWords.path]

  /// `Synonyms.load(files)` of the folder `folder`, read from beside its index cache in
  /// `cacheDirectory` when stored for these files, by this build; stored there when not.
  public static func load(_ files: ContentFiles, folder: URL, cacheDirectory: URL?) -> (
    Synonyms, [ContentIssue]
  ) {
    guard let cacheDirectory, let key = key(files) else { return Synonyms.load(files) }
    let stored = IndexCache.file(for: folder, in: cacheDirectory).deletingPathExtension()
      .appendingPathExtension("synonyms")
    if let read = IndexCache.read(stored, key: { key }) {
      defer { sqlite3_free(read.bytes) }
      let bytes = UnsafeRawBufferPointer(start: read.bytes, count: read.count)
      if let synonyms = decode(String(decoding: bytes, as: UTF8.self), files: files) {
        return (synonyms, [])
      }
    }
    let (synonyms, issues) = Synonyms.load(files)
    // Stored only when it reads back as it is.
    if issues.isEmpty, let text = encode(synonyms, files: files),
      decode(text, files: files) == synonyms
    {
      try? Array(text.utf8).withUnsafeBytes { try IndexCache.write(stored, key: key, image: $0) }
    }
    return (synonyms, issues)
  }

  /// The key of the three files' bytes (or absence) for this build of the program; nil when
  /// the program's file cannot be found.
  static func key(_ files: ContentFiles) -> String? {
    guard let programStamp = IndexCache.programStamp else { return nil }
    var bytes = Array((IndexCache.formatVersion + "\n" + programStamp + "\n").utf8)
    for path in paths {
      guard let file = files.file(path) else {
        bytes += "\(path)\0absent\n".utf8
        continue
      }
      let (first, second) = file.bytes.withUnsafeBytes { ContentHash.of($0, seed: []) }
      bytes += "\(path)\0\(file.bytes.count) \(first) \(second)\n".utf8
    }
    return IndexCache.hex(IndexCache.fnv1a(bytes))
      + IndexCache.hex(IndexCache.fnv1a(bytes, seed: 0x6C62_272E_07BB_0142))
  }

  /// One record a line, fields separated by tabs: `G term …` a group, `O term expansion …` a
  /// one-way entry, `K name` a question kind with its `A word …` question, `H word …`
  /// heading and `F word …` frame phrases after it, and `L 1` when the word list is in order (read without
  /// checking it again; `L 0`: read as `RealWords.load` reads it). Nil when some text holds
  /// a tab or line break or is empty, which the lines could not give back.
  static func encode(_ synonyms: Synonyms, files: ContentFiles) -> String? {
    var text = ""
    var fine = true
    func line(_ tag: String, _ fields: [String]) {
      for field in fields
      where field.isEmpty || field.contains(where: { $0 == "\t" || $0.isNewline }) {
        fine = false
      }
      text += tag
      for field in fields { text += "\t" + field }
      text += "\n"
    }
    for group in synonyms.groups { line("G", group) }
    for entry in synonyms.oneWay { line("O", [entry.term] + entry.expansions) }
    for kind in synonyms.questionKinds.kinds {
      line("K", [kind.name])
      for phrase in kind.asks { line("A", phrase) }
      for phrase in kind.headings { line("H", phrase) }
      for phrase in kind.frames { line("F", phrase) }
    }
    line("L", [listedInOrder(files) ? "1" : "0"])
    return fine ? text : nil
  }

  /// The synonyms `encode` wrote; nil when `text` is not such a text. Split by bytes:
  /// splitting the text by characters took longer than parsing the files.
  static func decode(_ text: String, files: ContentFiles) -> Synonyms? {
    var text = text
    guard text.utf8.last == 0x0A else { return nil }
    var synonyms = Synonyms()
    var kinds: [QuestionKinds.Kind] = []
    var listed: Bool?
    let read = text.withUTF8 { bytes -> Bool in
      // A line's tag is its first field, one byte; the fields after it become the strings
      // kept (a string per tag and a copy of each line's fields were half of this).
      var tag: UInt8 = 0
      var rest: [String] = []
      var start = 0
      for (i, byte) in bytes.enumerated() where byte == 0x09 || byte == 0x0A {
        let field = UnsafeBufferPointer(rebasing: bytes[start..<i])
        if start == 0 || bytes[start - 1] == 0x0A {
          tag = field.count == 1 ? field[0] : 0
        } else {
          rest.append(String(decoding: field, as: UTF8.self))
        }
        start = i + 1
        guard byte == 0x0A else { continue }
        defer {
          rest = []
          rest.reserveCapacity(8)  // (grown field by field, it was copied 1,700 times)
        }
        switch tag {
        case UInt8(ascii: "G"): synonyms.groups.append(rest)
        case UInt8(ascii: "O"):
          guard let term = rest.first else { return false }
          synonyms.oneWay.append(Synonyms.OneWay(term: term, expansions: Array(rest.dropFirst())))
        case UInt8(ascii: "K"):
          guard rest.count == 1 else { return false }
          kinds.append(QuestionKinds.Kind(name: rest[0]))
        case UInt8(ascii: "A"):
          guard !kinds.isEmpty else { return false }
          kinds[kinds.count - 1].asks.append(rest)
        case UInt8(ascii: "H"):
          guard !kinds.isEmpty else { return false }
          kinds[kinds.count - 1].headings.append(rest)
        case UInt8(ascii: "F"):
          guard !kinds.isEmpty else { return false }
          kinds[kinds.count - 1].frames.append(rest)
        case UInt8(ascii: "L"):
          guard rest == ["1"] || rest == ["0"] else { return false }
          listed = rest == ["1"]
        default: return false
        }
      }
      return true
    }
    guard read, let listed else { return nil }
    synonyms.questionKinds = QuestionKinds(kinds)
    if listed, let file = files.file(RealWords.path), let list = textBytes(file, files),
      let words = RealWords(listed: list, checkingOrder: false)
    {
      synonyms.realWords = words
    } else {
      synonyms.realWords = RealWords.load(files)
    }
    // Only a table without problems is stored (see `load`), so none are lost here.
    synonyms.relatedWords = RelatedWords.load(files).0
    return synonyms
  }

  /// The bytes of `file`'s text as `files.text(of:)` reads it: the file's own when they hold
  /// no byte-order mark or carriage return, which that would take out. (The key says they
  /// are the bytes that were read as text when stored: decoding them again as a string,
  /// and copying them out of it, was a fifth of reading the stored synonyms.)
  private static func textBytes(_ file: ContentFile, _ files: ContentFiles) -> [UInt8]? {
    let bytes = file.bytes
    let plain =
      !bytes.starts(with: [0xEF, 0xBB, 0xBF])
      && bytes.withUnsafeBytes { raw in
        raw.baseAddress.map { memchr($0, 0x0D, raw.count) == nil } ?? true
      }
    if plain { return bytes }
    guard case .success(let text) = files.text(of: file) else { return nil }
    return Array(text.utf8)
  }

  /// Whether the folder's word list reads in order as it is (`RealWords.init(listed:)`).
  private static func listedInOrder(_ files: ContentFiles) -> Bool {
    guard let file = files.file(RealWords.path), case .success(let list) = files.text(of: file)
    else { return false }
    return RealWords(listed: Array(list.utf8)) != nil
  }
}
