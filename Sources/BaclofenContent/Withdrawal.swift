/// The withdrawal warning: groups of short points, each citing the sections it comes from.
/// Read from `withdrawal.md`: front matter with `title`, then `## Group` headings and `- `
/// items ending in `{cite: article/section other/section}`.
public struct WithdrawalWarning: Sendable, Equatable {
  public struct Point: Sendable, Equatable {
    public var text: String
    public var sources: [String]
    public var group: String
    public init(text: String, sources: [String], group: String) {
      self.text = text
      self.sources = sources
      self.group = group
    }
  }

  public var title: String
  public var points: [Point]

  public init(title: String, points: [Point]) {
    self.title = title
    self.points = points
  }

  public static let path = "withdrawal.md"

  /// Group names in order of first appearance.
  public var groups: [String] {
    var seen: [String] = []
    for point in points where !seen.contains(point.group) { seen.append(point.group) }
    return seen
  }

  /// Parses the file and checks that every cited id exists in `library`.
  public static func load(_ content: ContentFiles, library: Library) -> (
    WithdrawalWarning?, [ContentIssue]
  ) {
    guard let file = content.file(path) else {
      return (
        nil,
        [ContentIssue(path: content.displayPath(path), line: nil, message: "file is missing")]
      )
    }
    let displayPath = content.displayPath(path)
    let text: String
    switch content.text(of: file) {
    case .failure(let issue): return (nil, [issue])
    case .success(let decoded): text = decoded
    }
    var issues = ControlCharacters.issues(in: text, path: displayPath)
    var title: String?
    var group = ""
    var points: [Point] = []
    var inComment = false
    for (index, raw) in text.utf8Lines.enumerated() {
      let line = raw.trimmingSpaces
      let number = index + 1
      if inComment || line.hasPrefix("<!--") {
        inComment = !line.hasSuffix("-->")
      } else if line.isEmpty || line == "---" {
        continue
      } else if line.hasPrefix("title:") {
        title = unquoted(String(line.dropFirst(6)).trimmingSpaces) {
          issues.append(ContentIssue(path: displayPath, line: number, message: $0))
        }
      } else if line.hasPrefix("## ") {
        group = String(line.dropFirst(3)).trimmingSpaces
      } else if line.hasPrefix("- ") {
        guard let open = line[...].utf8Range(of: "{cite:"), line.hasSuffix("}") else {
          issues.append(
            ContentIssue(
              path: displayPath, line: number,
              message: "point has no `{cite: article/section}` at its end"))
          continue
        }
        let body = String(line[line.index(line.startIndex, offsetBy: 2)..<open.lowerBound])
        // Split on bytes: a split by Character was a third of reading the warning.
        let ids = line[open.upperBound..<line.index(before: line.endIndex)].utf8
          .split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
        if ids.isEmpty {
          issues.append(ContentIssue(path: displayPath, line: number, message: "empty `{cite:}`"))
        }
        for id in ids where library.section(id: id) == nil && library.article(id: id) == nil {
          issues.append(
            ContentIssue(path: displayPath, line: number, message: "cites unknown section `\(id)`"))
        }
        if group.isEmpty {
          issues.append(
            ContentIssue(path: displayPath, line: number, message: "point before any `## ` group"))
        }
        points.append(Point(text: body.trimmingSpaces, sources: ids, group: group))
      } else {
        // Shown nowhere, so not allowed: it would read as part of the warning to an editor.
        issues.append(
          ContentIssue(
            path: displayPath, line: number,
            message: "text outside the point list (make it a `- point {cite: …}` "
              + "or an `<!-- editor's note -->`)"))
      }
    }
    if title == nil {
      issues.append(ContentIssue(path: displayPath, line: 1, message: "no `title:` line"))
    }
    if points.isEmpty {
      issues.append(ContentIssue(path: displayPath, line: nil, message: "no points"))
    }
    return (WithdrawalWarning(title: title ?? "Withdrawal", points: points), issues)
  }

  /// A title in "double" or 'single' quotes, as YAML would write it, without its quotes.
  /// Escapes are not read: `report` gets a problem instead.
  private static func unquoted(_ text: String, report: (String) -> Void) -> String {
    guard let first = text.first, first == "\"" || first == "'", text.count >= 2,
      text.last == first
    else { return text }
    let inner = String(text.dropFirst().dropLast())
    if first == "\"" && inner.contains("\\") {
      report("the title cannot hold escapes (write the characters themselves)")
    }
    return inner
  }
}
