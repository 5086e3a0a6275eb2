import BaclofenText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Parses one article: YAML front matter, then the Markdown subset the content uses —
/// `##`/`###` headings with optional `{#slug .editorial}`, paragraphs, `- ` lists (two-space
/// continuation), `> ` callouts with an optional `**Label:**`, `**strong**`, and
/// `<!-- editor's notes -->`. Reports every problem with its line; never traps.
public enum ArticleParser {
  public static func parse(_ text: String, path: String) -> (Article?, [ContentIssue]) {
    var issues: [ContentIssue] = []
    // Lines are cut on the byte level: splitting by Character was most of the parse time.
    let lines = text.utf8Lines
    issues += ControlCharacters.issues(inLines: lines, path: path)
    guard lines.first.map(isFence) == true else {
      issues.append(
        ContentIssue(path: path, line: 1, message: "an article starts with `---` front matter"))
      return (nil, issues)
    }
    guard let close = lines.dropFirst().firstIndex(where: isFence) else {
      issues.append(
        ContentIssue(path: path, line: 1, message: "front matter is not closed by a `---` line"))
      return (nil, issues)
    }
    let (matter, matterIssues) = FrontMatter.parse(
      lines: lines[1..<close], path: path, firstLine: 2,
      reportedLines: Set(issues.compactMap(\.line)))
    issues += matterIssues
    let articleID = matter.id ?? "article"
    var body = BodyParser(articleID: articleID, path: path)
    for index in (close + 1)..<lines.count { body.consume(lines[index], line: index + 1) }
    let sections = body.finish()
    issues += body.issues
    if sections.isEmpty && body.issues.isEmpty {
      issues.append(
        ContentIssue(path: path, line: close + 1, message: "the article has no `##` sections"))
    }
    guard let id = matter.id, let title = matter.title else { return (nil, issues) }
    let article = Article(
      id: id, title: title, editorialTitle: matter.editorialTitle,
      provenance: matter.provenance, sections: sections, path: path)
    return (article, issues)
  }

  /// The plain text of section `id`, parsing only its own lines: from its heading on line
  /// `line` (as `Section.line` gives it) to before line `end` (the next section's heading;
  /// nil for the end of the text). For a file known to be the version whose full parse gave
  /// that section there (the same text as `parse` would give it); nil when that line does
  /// not start section `id` or its lines have a problem. A snippet needs one section's text:
  /// parsing the whole article was most of a large library's snippets.
  public static func sectionText(_ text: String, path: String, id: String, line: Int, end: Int?)
    -> String?
  {
    let lines = text.utf8Lines
    let stop = min(end ?? (lines.count + 1), lines.count + 1)
    guard line >= 1, line < stop, let slash = id.lastIndex(of: "/") else { return nil }
    var body = BodyParser(articleID: String(id[..<slash]), path: path)
    body.standalone = true
    for index in (line - 1)..<(stop - 1) { body.consume(lines[index], line: index + 1) }
    let sections = body.finish()
    guard body.issues.isEmpty, sections.count == 1, sections[0].id == id, sections[0].line == line
    else { return nil }
    return sections[0].plainText
  }

  private static func isFence(_ line: Substring) -> Bool {
    line.trimmingTrailingSpaces.utf8.elementsEqual("---".utf8)
  }

}

extension String {
  var trimmingTrailingSpaces: Substring { self[...].trimmingTrailingSpaces }
  var trimmingSpaces: String { self[...].trimmingSpaces }
  var utf8Lines: [Substring] { self[...].utf8Lines }
  func utf8Contains(_ needle: String) -> Bool { self[...].utf8Contains(needle) }
}

extension Substring {
  /// Trailing spaces and tabs removed (ASCII, so cut on bytes).
  var trimmingTrailingSpaces: Substring {
    let bytes = utf8
    var end = bytes.endIndex
    while end > bytes.startIndex {
      let before = bytes.index(before: end)
      guard bytes[before] == 0x20 || bytes[before] == 0x09 else { break }
      end = before
    }
    return self[startIndex..<end]
  }

  /// Leading and trailing spaces and tabs removed.
  var trimmingSpaces: String {
    let trailing = trimmingTrailingSpaces
    let start = trailing.utf8.firstIndex { $0 != 0x20 && $0 != 0x09 } ?? trailing.endIndex
    return String(trailing[start...])
  }

  /// The first occurrence of `needle`, found byte by byte: Foundation's `range(of:)` counts
  /// UTF-16 offsets from the start of the whole file at every call.
  func utf8Range(of needle: String) -> Range<Index>? {
    let bytes = utf8
    let pattern = Array(needle.utf8)
    guard let first = pattern.first else { return startIndex..<startIndex }
    var from = bytes.startIndex
    while let found = bytes[from...].firstIndex(of: first) {
      if let end = bytes.index(found, offsetBy: pattern.count, limitedBy: bytes.endIndex),
        bytes[found..<end].elementsEqual(pattern)
      {
        return found..<end
      }
      from = bytes.index(after: found)
    }
    return nil
  }

  func utf8Contains(_ needle: String) -> Bool { utf8Range(of: needle) != nil }

  /// The lines of the text, split at `\n` on the byte level (`memchr` where the bytes are
  /// contiguous: comparing them one by one in Swift was a quarter of reading the warning).
  var utf8Lines: [Substring] {
    let bytes = utf8
    let found = bytes.withContiguousStorageIfAvailable { buffer -> [Substring] in
      var lines: [Substring] = []
      var start = startIndex
      var offset = 0
      while let base = buffer.baseAddress, offset < buffer.count,
        let newline = memchr(base + offset, 0x0A, buffer.count - offset)
      {
        let end = base.distance(to: newline.assumingMemoryBound(to: UInt8.self))
        let index = bytes.index(bytes.startIndex, offsetBy: end)
        lines.append(self[start..<index])
        offset = end + 1
        start = bytes.index(after: index)
      }
      lines.append(self[start...])
      return lines
    }
    return found ?? bytewiseLines
  }

  private var bytewiseLines: [Substring] {
    var lines: [Substring] = []
    var start = startIndex
    let bytes = utf8
    var index = bytes.startIndex
    while let newline = bytes[index...].firstIndex(of: 0x0A) {
      lines.append(self[start..<newline])
      index = bytes.index(after: newline)
      start = index
    }
    lines.append(self[start...])
    return lines
  }
}
