#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A parsed library written as plain records, so the bundled articles are parsed once when
/// the binary is built and only read at start (parsing them was two fifths of the
/// instructions to the reader's first frame). Articles pass the control-character check, so
/// control characters can separate the records and fields:
///
///     A␟id␟title␟editorial␟path␟publisher␟kind␟reviewed␟reviewer␟created␟source␞
///     S␟id␟title␟level␟parent␟editorial␟line␞   (a section of the last article)
///     P␟run…␞   L␞ I␟run…␞ …   C␟label␟run…␞     (blocks of the last section)
///
/// An optional field is empty when absent and starts with `=` when present; a run starts with
/// `1` when strong and `0` when not.
public enum PreparsedLibrary {
  private static let recordEnd: UInt8 = 0x1E
  private static let fieldStart: UInt8 = 0x1F

  /// The records of `library`; nil when a text holds a separator (not a checked library).
  public static func encode(_ library: Library) -> String? {
    var records = Writer()
    for article in library.articles {
      let provenance = article.provenance
      records.record(
        "A", article.id, article.title, flag(article.editorialTitle), article.path,
        optional(provenance.publisher), optional(provenance.publisherKind?.rawValue),
        optional(provenance.reviewed), optional(provenance.reviewer),
        optional(provenance.created), optional(provenance.source))
      for section in article.sections {
        guard section.articleID == article.id else { return nil }
        records.record(
          "S", section.id, section.title, String(section.level), optional(section.parentID),
          flag(section.editorial), String(section.line))
        for block in section.blocks {
          switch block {
          case .paragraph(let text): records.record("P", runs(text))
          case .list(let items):
            records.record("L")
            for item in items { records.record("I", runs(item)) }
          case .callout(let label, let body): records.record("C", [optional(label)] + runs(body))
          }
        }
      }
    }
    return records.isClean ? records.text : nil
  }

  /// The library written by `encode`; nil when `text` is not such records.
  public static func decode(_ text: String) -> Library? {
    var text = text
    return text.withUTF8 { bytes in
      var reader = Reader(bytes: bytes)
      var built = Builder()
      while let record = reader.next() {
        guard let tag = record.tag, built.add(tag, record.fields) else { return nil }
      }
      return reader.isAtEnd ? built.library : nil
    }
  }

  /// The library as its records arrive: the open article, section and list are kept apart
  /// and put in place when the next one starts, so nothing is copied twice.
  private struct Builder {
    private var articles: [Article] = []
    private var sections: [Section] = []
    private var blocks: [Block] = []
    private var items: [RichText]?

    var library: Library {
      var finished = self
      finished.closeArticle()
      return Library(articles: finished.articles)
    }

    /// False when the record is malformed or out of place.
    mutating func add(_ tag: UInt8, _ fields: [Field]) -> Bool {
      switch (tag, fields.count) {
      case (UInt8(ascii: "A"), 10):
        let kind = fields[5].optional.map { PublisherKind(rawValue: $0) }
        guard kind != .some(nil) else { return false }
        closeArticle()
        let provenance = Provenance(
          publisher: fields[4].optional, publisherKind: kind ?? nil,
          reviewed: fields[6].optional, reviewer: fields[7].optional,
          created: fields[8].optional, source: fields[9].optional)
        articles.append(
          Article(
            id: fields[0].text, title: fields[1].text, editorialTitle: fields[2].flag,
            provenance: provenance, sections: [], path: fields[3].text))
      case (UInt8(ascii: "S"), 6):
        guard let articleID = articles.last?.id, let level = Int(fields[2].text),
          let line = Int(fields[5].text)
        else { return false }
        closeSection()
        sections.append(
          Section(
            id: fields[0].text, articleID: articleID, title: fields[1].text, level: level,
            parentID: fields[3].optional, editorial: fields[4].flag, blocks: [], line: line))
      case (UInt8(ascii: "I"), _):
        guard items != nil else { return false }
        items?.append(RichText(runs: fields.map(\.run)))
      case (UInt8(ascii: "L"), 0), (UInt8(ascii: "P"), _), (UInt8(ascii: "C"), 1...):
        guard !sections.isEmpty else { return false }
        closeList()
        switch tag {
        case UInt8(ascii: "L"): items = []
        case UInt8(ascii: "P"): blocks.append(.paragraph(RichText(runs: fields.map(\.run))))
        default:
          let body = RichText(runs: fields.dropFirst().map(\.run))
          blocks.append(.callout(label: fields[0].optional, body: body))
        }
      default: return false
      }
      return true
    }

    private mutating func closeList() {
      guard let items else { return }
      blocks.append(.list(items))
      self.items = nil
    }

    private mutating func closeSection() {
      closeList()
      guard !sections.isEmpty else { return }
      sections[sections.count - 1].blocks = blocks
      blocks = []
    }

    private mutating func closeArticle() {
      closeSection()
      guard !articles.isEmpty else { return }
      articles[articles.count - 1].sections = sections
      sections = []
    }
  }

  private static func flag(_ value: Bool) -> String { value ? "1" : "0" }
  private static func optional(_ value: String?) -> String { value.map { "=" + $0 } ?? "" }
  private static func runs(_ text: RichText) -> [String] {
    text.runs.map { flag($0.strong) + $0.text }
  }

  /// Records written one after another, noting whether any field held a separator.
  private struct Writer {
    var text = ""
    var isClean = true

    mutating func record(_ tag: String, _ fields: String...) { record(tag, fields) }

    mutating func record(_ tag: String, _ fields: [String]) {
      text += tag
      for field in fields {
        if field.utf8.contains(where: { $0 == recordEnd || $0 == fieldStart }) { isClean = false }
        text.unicodeScalars.append(Unicode.Scalar(fieldStart))
        text += field
      }
      text.unicodeScalars.append(Unicode.Scalar(recordEnd))
    }
  }

  /// The first `byte` in `bytes` at or after `start`. `memchr` reads many bytes at a time:
  /// looking at each one in Swift was half of reading the records.
  private static func index(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int)
    -> Int?
  {
    guard start < bytes.count, let base = bytes.baseAddress,
      let found = memchr(base + start, Int32(byte), bytes.count - start)
    else { return nil }
    return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
  }

  /// Records read from the bytes, one at a time.
  private struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var isAtEnd: Bool { position == bytes.count }

    mutating func next() -> Record? {
      guard position < bytes.count,
        let end = PreparsedLibrary.index(of: recordEnd, in: bytes, from: position)
      else { return nil }
      defer { position = end + 1 }
      return Record(bytes: UnsafeBufferPointer(rebasing: bytes[position..<end]))
    }
  }

  private struct Record {
    let bytes: UnsafeBufferPointer<UInt8>

    /// The tag, when the record is one byte followed by its fields.
    var tag: UInt8? {
      guard let first = bytes.first, first != fieldStart else { return nil }
      return bytes.count == 1 || bytes[1] == fieldStart ? first : nil
    }

    var fields: [Field] {
      guard bytes.count > 1 else { return [] }
      var fields: [Field] = []
      var start = 2
      while let end = PreparsedLibrary.index(of: fieldStart, in: bytes, from: start) {
        fields.append(Field(bytes: UnsafeBufferPointer(rebasing: bytes[start..<end])))
        start = end + 1
      }
      fields.append(Field(bytes: UnsafeBufferPointer(rebasing: bytes[start...])))
      return fields
    }
  }

  private struct Field {
    let bytes: UnsafeBufferPointer<UInt8>

    var text: String { String(decoding: bytes, as: UTF8.self) }
    var flag: Bool { bytes.first == UInt8(ascii: "1") }
    var optional: String? {
      bytes.isEmpty
        ? nil : String(decoding: UnsafeBufferPointer(rebasing: bytes.dropFirst()), as: UTF8.self)
    }
    var run: RichText.Run {
      RichText.Run(
        String(decoding: UnsafeBufferPointer(rebasing: bytes.dropFirst()), as: UTF8.self),
        strong: flag)
    }
  }
}
