import BaclofenText

/// Parses one article: YAML front matter, then the Markdown subset the content uses —
/// `##`/`###` headings with optional `{#slug .editorial}`, paragraphs, `- ` lists (two-space
/// continuation), `> ` callouts with an optional `**Label:**`, `**strong**`, and
/// `<!-- editor's notes -->`. Reports every problem with its line; never traps.
public enum ArticleParser {
  public static func parse(_ text: String, path: String) -> (Article?, [ContentIssue]) {
    var issues: [ContentIssue] = []
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for (index, line) in lines.enumerated() {
      if let bad = line.unicodeScalars.first(where: \.isUnsafeForTerminal) {
        issues.append(
          ContentIssue(
            path: path, line: index + 1,
            message: "control character U+\(hex(bad.value)) (remove it or use plain text)"))
      }
    }
    guard lines.first?.trimmingTrailingSpaces == "---" else {
      issues.append(
        ContentIssue(path: path, line: 1, message: "an article starts with `---` front matter"))
      return (nil, issues)
    }
    guard let close = lines.dropFirst().firstIndex(where: { $0.trimmingTrailingSpaces == "---" })
    else {
      issues.append(
        ContentIssue(path: path, line: 1, message: "front matter is not closed by a `---` line"))
      return (nil, issues)
    }
    let yaml = lines[1..<close].joined(separator: "\n")
    let (matter, matterIssues) = FrontMatter.parse(yaml, path: path, firstLine: 2)
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

  static func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }
}

extension String {
  var trimmingTrailingSpaces: String {
    var result = self
    while result.last == " " || result.last == "\t" { result.removeLast() }
    return result
  }

  var trimmingSpaces: String {
    String(trimmingTrailingSpaces.drop { $0 == " " || $0 == "\t" })
  }
}
