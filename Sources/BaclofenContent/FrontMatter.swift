import Yams

/// The YAML block between `---` lines at the top of an article.
struct FrontMatter {
  var id: String?
  var title: String?
  var editorialTitle = false
  var provenance = Provenance()

  static let knownKeys = [
    "id", "title", "editorialTitle", "publisher", "publisherKind", "reviewed", "reviewer",
    "created", "source",
  ]

  /// Parses the front matter `lines`, the first of which is line `firstLine` of `path`.
  /// Plain `key: value` lines — all that articles use — are read directly; anything else
  /// (quoting beyond a simple "…", comments, nesting, duplicates) goes through Yams, whose
  /// set-up alone cost more than parsing a whole article.
  /// `reportedLines` already have an issue about control characters.
  static func parse(
    lines: ArraySlice<Substring>, path: String, firstLine: Int, reportedLines: Set<Int> = []
  ) -> (FrontMatter, [ContentIssue]) {
    if let pairs = simplePairs(lines) {
      return interpret(pairs, path: path, firstLine: firstLine, issues: [])
    }
    return parse(
      lines.joined(separator: "\n"), path: path, firstLine: firstLine,
      reportedLines: reportedLines)
  }

  /// Parses `yaml` with Yams; its first line is line `firstLine` of the file at `path`.
  static func parse(
    _ yaml: String, path: String, firstLine: Int, reportedLines: Set<Int> = []
  ) -> (FrontMatter, [ContentIssue]) {
    var issues: [ContentIssue] = []
    func issue(_ line: Int?, _ message: String) {
      issues.append(ContentIssue(path: path, line: line, message: message))
    }
    let node: Node?
    do {
      node = try Yams.compose(yaml: yaml)
    } catch let error as YamlError {
      // libyaml may point just past the end; the problem is in the YAML's own lines.
      let lastLine =
        firstLine + max(0, yaml.split(separator: "\n", omittingEmptySubsequences: false).count - 1)
      issue(
        min(firstLine + error.lineOffset, lastLine),
        "front matter is not valid YAML: \(error.summary)")
      return (FrontMatter(), issues)
    } catch {
      issue(firstLine, "front matter is not valid YAML")
      return (FrontMatter(), issues)
    }
    issues += ControlCharacters.issues(
      in: node, path: path, firstLine: firstLine, skipping: reportedLines)
    guard let mapping = node?.mapping else {
      issue(firstLine, "front matter must be `key: value` lines")
      return (FrontMatter(), issues)
    }
    var pairs: [(key: String, value: String?, line: Int)] = []
    for (keyNode, valueNode) in mapping {
      let line = firstLine + (keyNode.mark?.line ?? 1) - 1
      pairs.append((keyNode.scalar?.string ?? "", valueNode.scalar?.string, line - firstLine))
    }
    return interpret(pairs, path: path, firstLine: firstLine, issues: issues)
  }

  /// `key: value` pairs when every line is one with a known key, an unquoted value that YAML
  /// reads as the same text, or a value in double quotes without escapes; nil otherwise.
  /// `line` counts from 0.
  static func simplePairs(_ lines: ArraySlice<Substring>) -> [(
    key: String, value: String?, line: Int
  )]? {
    var pairs: [(key: String, value: String?, line: Int)] = []
    for (offset, line) in lines.enumerated() {
      let bytes = line.utf8
      guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")),
        bytes[bytes.index(after: colon)...].first == 0x20
      else { return nil }
      let key = String(line[..<colon])
      guard knownKeys.contains(key), !pairs.contains(where: { $0.key == key }) else { return nil }
      var value = line[bytes.index(colon, offsetBy: 2)...]
      let valueBytes = value.utf8
      guard let first = valueBytes.first, let last = valueBytes.last, last != 0x20, last != 0x09
      else { return nil }
      if first == UInt8(ascii: "\"") {
        let inner = valueBytes.dropFirst().dropLast()
        guard valueBytes.count >= 2, last == first,
          !inner.contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") })
        else { return nil }
        value = value[inner.startIndex..<inner.endIndex]
      } else {
        // Characters that start YAML syntax, and `: ` / ` #` inside, need the real parser.
        guard !Array("-?:,[]{}#&*!|>'%@`\t ".utf8).contains(first), last != UInt8(ascii: ":"),
          !value.utf8Contains(": "), !value.utf8Contains(" #"), !value.utf8Contains("\t#")
        else { return nil }
      }
      pairs.append((key, String(value), offset))
    }
    return pairs
  }

  private static func interpret(
    _ pairs: [(key: String, value: String?, line: Int)], path: String, firstLine: Int,
    issues found: [ContentIssue]
  ) -> (FrontMatter, [ContentIssue]) {
    var matter = FrontMatter()
    var issues = found
    func issue(_ line: Int?, _ message: String) {
      issues.append(ContentIssue(path: path, line: line, message: message))
    }
    for (key, value, offset) in pairs {
      let line = firstLine + offset
      guard let value else {
        issue(line, "`\(key)` must be a single value")
        continue
      }
      switch key {
      case "id": matter.id = value
      case "title": matter.title = value
      case "editorialTitle":
        guard let flag = Bool(value) else {
          issue(line, "`editorialTitle` must be true or false, not `\(value)`")
          continue
        }
        matter.editorialTitle = flag
      case "publisher": matter.provenance.publisher = value
      case "publisherKind":
        guard let kind = PublisherKind(rawValue: value) else {
          let kinds = PublisherKind.allCases.map(\.rawValue).joined(separator: ", ")
          issue(line, "`publisherKind` must be one of \(kinds), not `\(value)`")
          continue
        }
        matter.provenance.publisherKind = kind
      case "reviewer": matter.provenance.reviewer = value
      case "source": matter.provenance.source = value
      case "reviewed", "created":
        guard isISODate(value) else {
          issue(line, "`\(key)` must be a date like 2023-03-02, not `\(value)`")
          continue
        }
        if key == "reviewed" {
          matter.provenance.reviewed = value
        } else {
          matter.provenance.created = value
        }
      default:
        issue(line, "unknown key `\(key)` (known: \(knownKeys.joined(separator: ", ")))")
      }
    }
    if matter.id == nil { issue(firstLine, "front matter has no `id`") }
    if matter.title == nil { issue(firstLine, "front matter has no `title`") }
    if let id = matter.id, !isValidID(id) {
      issue(firstLine, "id `\(id)` must be lowercase letters, digits and hyphens")
    }
    return (matter, issues)
  }

  static func isValidID(_ id: String) -> Bool {
    !id.isEmpty
      && id.unicodeScalars.allSatisfy {
        ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
      }
  }

  private static func isISODate(_ text: String) -> Bool { ISODate.isValid(text) }
}

/// Dates in content files are written as 2023-03-02.
public enum ISODate {
  public static func isValid(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      parts.allSatisfy({ $0.allSatisfy { ("0"..."9").contains($0) } }),
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
      (1...12).contains(month)
    else { return false }
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    return (1...days).contains(day)
  }
}

extension YamlError {
  /// Lines after the start of the YAML text where the error was found (0 when unknown).
  public var lineOffset: Int {
    switch self {
    case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
      return max(0, mark.line - 1)
    case .duplicatedKeysInMapping(_, let context): return max(0, context.mark.line - 1)
    default: return 0
    }
  }

  public var summary: String {
    switch self {
    case .scanner(_, let problem, _, _), .parser(_, let problem, _, _),
      .composer(_, let problem, _, _), .reader(let problem, _, _, _):
      // libyaml's own text, which for deep nesting names its C API and ends in "))".
      return problem.hasPrefix("Maximum nesting level") ? "nested too deeply" : problem
    case .duplicatedKeysInMapping(let duplicates, _):
      return "duplicate key \(duplicates.joined(separator: ", "))"
    default: return "\(self)".split(separator: "\n").first.map(String.init) ?? "error"
    }
  }
}
