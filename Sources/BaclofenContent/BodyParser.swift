/// The line-by-line state machine behind `ArticleParser` for the Markdown body.
struct BodyParser {
  let articleID: String
  let path: String
  private(set) var issues: [ContentIssue] = []
  private var sections: [Section] = []
  private var pending: Pending?
  private var inComment: Int?  // line where an unclosed `<!--` started
  private var slugLines: [String: Int] = [:]
  /// Parsing one section's lines alone (`ArticleParser.sectionText`): a `###` heading needs
  /// no `##` before it, and a section without blocks is not reported (its subsections are
  /// not read).
  var standalone = false

  /// The block being gathered, with the line it started on.
  private enum Pending {
    case paragraph([String], line: Int)
    case list([[String]], line: Int)
    case callout([String], line: Int)
  }

  init(articleID: String, path: String) {
    self.articleID = articleID
    self.path = path
  }

  mutating func consume(_ raw: Substring, line: Int) {
    let text = raw.trimmingTrailingSpaces
    // Decisions look at leading ASCII bytes: Character comparisons were the parse's cost.
    let bytes = text.utf8
    if inComment != nil {
      if text.utf8Contains("-->") { inComment = nil }
      return
    }
    let indent = bytes.prefix { $0 == 0x20 || $0 == 0x09 }.count
    if bytes.dropFirst(indent).starts(with: "<!--".utf8) {
      flush()
      if !text.utf8Contains("-->") { inComment = line }
      return
    }
    guard let first = bytes.first else {
      flush()
      return
    }
    if first == UInt8(ascii: "#") {
      flush()
      heading(String(text), line: line)
      return
    }
    if first == UInt8(ascii: "-") && (bytes.count == 1 || bytes.dropFirst().first == 0x20) {
      let item = String(text.dropFirst(min(2, bytes.count)))
      if case .list(var items, let start) = pending {
        pending = nil  // keeps `items` uniquely referenced while appending
        items.append([item])
        pending = .list(items, line: start)
      } else {
        flush()
        pending = .list([[item]], line: line)
      }
      return
    }
    if indent >= 2, bytes.starts(with: "  ".utf8), case .list(var items, let start) = pending {
      pending = nil
      items[items.count - 1].append(text.trimmingSpaces)
      pending = .list(items, line: start)
      return
    }
    if first == UInt8(ascii: ">") {
      let content = String(text.dropFirst(bytes.dropFirst().first == 0x20 ? 2 : 1))
      if case .callout(var parts, let start) = pending {
        pending = nil
        parts.append(content)
        pending = .callout(parts, line: start)
      } else {
        flush()
        pending = .callout([content], line: line)
      }
      return
    }
    if case .paragraph(var parts, let start) = pending {
      pending = nil
      parts.append(text.trimmingSpaces)
      pending = .paragraph(parts, line: start)
    } else {
      flush()
      pending = .paragraph([text.trimmingSpaces], line: line)
    }
  }

  mutating func finish() -> [Section] {
    flush()
    if let start = inComment {
      issue(start, "comment `<!--` is never closed by `-->`")
    }
    for section in sections where section.blocks.isEmpty && !standalone {
      if !sections.contains(where: { $0.parentID == section.id }) {
        issue(section.line, "section “\(section.title)” is empty (give it text or remove it)")
      }
    }
    return sections
  }

  private mutating func heading(_ text: String, line: Int) {
    let hashes = text.prefix { $0 == "#" }.count
    guard hashes == 2 || hashes == 3, text.dropFirst(hashes).first == " " else {
      issue(line, "headings are `## Title` or `### Title` (found `\(text.prefix(12))`)")
      return
    }
    var title = String(text.dropFirst(hashes + 1)).trimmingSpaces
    var slug: String?
    var editorial = false
    if title.hasSuffix("}"), let open = title.lastIndex(of: "{") {
      let attributes = title[title.index(after: open)..<title.index(before: title.endIndex)]
      for attribute in attributes.split(separator: " ") {
        if attribute == ".editorial" {
          editorial = true
        } else if attribute.hasPrefix("#"), FrontMatter.isValidID(String(attribute.dropFirst())) {
          if let slug {
            issue(line, "a heading takes one `{#slug}` (found `#\(slug)` and `\(attribute)`)")
          }
          slug = String(attribute.dropFirst())
        } else {
          issue(line, "unknown heading attribute `\(attribute)` (use `{#slug}` or `{.editorial}`)")
        }
      }
      title = String(title[..<open]).trimmingSpaces
      if title.hasSuffix("}"), title.utf8Contains("{#") || title.utf8Contains("{.") {
        issue(line, "a heading takes one `{…}` of attributes, at its end")
      }
    }
    guard !title.isEmpty else {
      issue(line, "heading has no title")
      return
    }
    var parentID: String?
    if hashes == 3 {
      if let parent = sections.last(where: { $0.level == 1 }) {
        parentID = parent.id
      } else if !standalone {
        issue(line, "`###` heading “\(title)” comes before any `##` heading")
        return
      }
    }
    let finalSlug = slug ?? Slug.make(title)
    if let previous = slugLines[finalSlug] {
      issue(
        line,
        "section id `\(articleID)/\(finalSlug)` is already used on line \(previous) "
          + "(pin another with `{#other-slug}`)")
      return
    }
    slugLines[finalSlug] = line
    sections.append(
      Section(
        id: "\(articleID)/\(finalSlug)", articleID: articleID, title: title, level: hashes - 1,
        parentID: parentID, editorial: editorial, blocks: [], line: line))
  }

  private mutating func flush() {
    guard let block = pending else { return }
    pending = nil
    let startLine: Int
    let made: Block
    switch block {
    case .paragraph(let parts, let line):
      startLine = line
      made = .paragraph(inline(parts.joined(separator: " "), line: line))
    case .list(let items, let line):
      startLine = line
      made = .list(items.map { inline($0.joined(separator: " "), line: line) })
    case .callout(let parts, let line):
      startLine = line
      var body = inline(parts.joined(separator: " ").trimmingSpaces, line: line)
      var label: String?
      if let first = body.runs.first, first.strong, first.text.hasSuffix(":") {
        label = String(first.text.dropLast())
        body.runs.removeFirst()
        if let next = body.runs.first {
          body.runs[0].text = String(next.text.drop { $0 == " " })
        }
      }
      made = .callout(label: label, body: body)
    }
    guard !sections.isEmpty else {
      issue(startLine, "text before the first `##` heading (every block belongs to a section)")
      return
    }
    sections[sections.count - 1].blocks.append(made)
  }

  /// `**strong**` runs; `\*` is a literal asterisk. Scans bytes: `*` and `\` are ASCII and
  /// never part of a multi-byte character, so cutting there keeps the text valid.
  private mutating func inline(_ text: String, line: Int) -> RichText {
    var runs: [RichText.Run] = []
    var current = ""
    var strong = false
    let bytes = Array(text.utf8)
    var start = 0
    var index = 0
    func take(upTo end: Int) {
      if start < end { current += String(decoding: bytes[start..<end], as: UTF8.self) }
    }
    while index < bytes.count {
      let byte = bytes[index]
      let next = index + 1 < bytes.count ? bytes[index + 1] : 0
      if byte == UInt8(ascii: "\\"), next == UInt8(ascii: "*") {
        take(upTo: index)
        current += "*"
        index += 2
        start = index
      } else if byte == UInt8(ascii: "*"), next == UInt8(ascii: "*") {
        take(upTo: index)
        if !current.isEmpty { runs.append(.init(current, strong: strong)) }
        current = ""
        strong.toggle()
        index += 2
        start = index
      } else {
        index += 1
      }
    }
    take(upTo: bytes.count)
    if !current.isEmpty { runs.append(.init(current, strong: strong)) }
    if strong { issue(line, "`**` is opened but never closed") }
    return RichText(runs: runs)
  }

  private mutating func issue(_ line: Int, _ message: String) {
    issues.append(ContentIssue(path: path, line: line, message: message))
  }
}

/// Section ids from titles: lowercase ASCII letters and digits joined by hyphens.
public enum Slug {
  public static func make(_ title: String) -> String {
    var slug = ""
    for scalar in title.lowercased().unicodeScalars {
      if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
        slug.unicodeScalars.append(scalar)
      } else if scalar == "’" || scalar == "'" {
        continue
      } else if !slug.isEmpty, slug.last != "-" {
        slug.append("-")
      }
    }
    while slug.last == "-" { slug.removeLast() }
    return slug.isEmpty ? "section" : slug
  }
}
