import BaclofenContent

/// The library without section bodies — ids, titles, nesting, provenance — packed into one
/// blob of the index cache, so opening a large library reads one value instead of parsing
/// every article. Fields end with 0x1F and records with 0x1E; 0x00 alone stands for nil.
/// Content cannot hold these bytes: the parser rejects control characters.
enum Outline {
  static func encode(_ library: Library) -> [UInt8] {
    var bytes: [UInt8] = []
    func field(_ text: String?) {
      if let text { bytes += text.utf8 } else { bytes.append(0) }
      bytes.append(0x1F)
    }
    for article in library.articles {
      let p = article.provenance
      bytes.append(UInt8(ascii: "A"))
      for text in [
        article.id, article.title, article.editorialTitle ? "1" : "0", p.publisher, p.reviewed,
        p.reviewer, p.created, p.source, article.path, p.publisherKind?.rawValue,
      ] {
        field(text)
      }
      bytes.append(0x1E)
      for section in article.sections {
        bytes.append(UInt8(ascii: "S"))
        for text in [
          section.id, section.title, String(section.level), section.parentID,
          section.editorial ? "1" : "0", String(section.line),
        ] {
          field(text)
        }
        bytes.append(0x1E)
      }
    }
    return bytes
  }

  /// The outline as a `Library` whose sections have no blocks; nil when the blob is damaged.
  static func decode(_ bytes: [UInt8]) -> Library? {
    var articles: [Article] = []
    var fields: [String?] = []
    var kind: UInt8 = 0
    var start = 0
    for index in bytes.indices {
      let byte = bytes[index]
      if byte == 0x1F {
        let first = kind == 0 ? start + 1 : start
        if kind == 0 {
          guard first <= index else { return nil }
          kind = bytes[start]
        }
        fields.append(
          index - first == 1 && bytes[first] == 0
            ? nil : String(decoding: bytes[first..<index], as: UTF8.self))
        start = index + 1
      } else if byte == 0x1E {
        guard record(kind, fields, into: &articles) else { return nil }
        fields.removeAll(keepingCapacity: true)
        kind = 0
        start = index + 1
      }
    }
    return start == bytes.count ? Library(articles: articles) : nil
  }

  private static func record(_ kind: UInt8, _ f: [String?], into articles: inout [Article])
    -> Bool
  {
    if kind == UInt8(ascii: "A"), f.count == 10, let id = f[0], let title = f[1], let path = f[8] {
      articles.append(
        Article(
          id: id, title: title, editorialTitle: f[2] == "1",
          provenance: Provenance(
            publisher: f[3], publisherKind: f[9].flatMap(PublisherKind.init(rawValue:)),
            reviewed: f[4], reviewer: f[5], created: f[6], source: f[7]),
          sections: [], path: path))
      return true
    }
    guard kind == UInt8(ascii: "S"), f.count == 6, !articles.isEmpty, let id = f[0],
      let title = f[1], let level = f[2].flatMap({ Int($0) }), let line = f[5].flatMap({ Int($0) })
    else { return false }
    let last = articles.count - 1
    articles[last].sections.append(
      Section(
        id: id, articleID: articles[last].id, title: title, level: level, parentID: f[3],
        editorial: f[4] == "1", blocks: [], line: line))
    return true
  }
}
