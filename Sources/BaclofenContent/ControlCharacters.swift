import BaclofenText
import Yams

/// Content must not hold control characters (other than tab), however they are written:
/// raw bytes in a file, or YAML escapes (`"\e[31m"`, `"\x9b"`, `"\u001b"`) that become
/// control characters only once the YAML is read. Every content file goes through both.
public enum ControlCharacters {
  /// One issue per line that holds a raw control character; `firstLine` is the line number
  /// of `lines[0]`.
  public static func issues(inLines lines: [Substring], path: String, firstLine: Int = 1)
    -> [ContentIssue]
  {
    var issues: [ContentIssue] = []
    for (index, line) in lines.enumerated() where line.utf8.mayHoldControlCharacters {
      if let bad = line.unicodeScalars.first(where: \.isUnsafeForTerminal) {
        issues.append(
          ContentIssue(
            path: path, line: firstLine + index,
            message: "control character U+\(hex(bad.value)) (remove it or use plain text)"))
      }
    }
    return issues
  }

  /// `issues(inLines:)` for a whole file's text.
  public static func issues(in text: String, path: String) -> [ContentIssue] {
    issues(inLines: text.utf8Lines, path: path)
  }

  /// One issue per YAML key or value whose text holds a control character once read, at its
  /// line; lines in `skipping` (already reported for raw bytes) are left out. `firstLine`
  /// is the file's line number of the YAML's first line.
  public static func issues(
    in root: Node?, path: String, firstLine: Int = 1, skipping: Set<Int> = []
  ) -> [ContentIssue] {
    guard let root else { return [] }
    var issues: [ContentIssue] = []
    var reported = skipping
    // An alias repeats its anchor's node: each anchored node is walked once, so an alias
    // bomb costs no more than its text. The budget bounds everything else.
    var walked = Set<String>()
    var budget = 1_000_000
    var pending = [root]
    while let node = pending.popLast(), budget > 0 {
      budget -= 1
      if let anchor = node.anchor, let mark = node.mark {
        guard walked.insert("\(anchor.rawValue)@\(mark.line):\(mark.column)").inserted else {
          continue
        }
      }
      switch node {
      case .scalar(let scalar):
        guard let bad = scalar.string.unicodeScalars.first(where: \.isUnsafeForTerminal) else {
          continue
        }
        let line = firstLine + (scalar.mark?.line ?? 1) - 1
        guard reported.insert(line).inserted else { continue }
        issues.append(
          ContentIssue(
            path: path, line: line,
            message: "control character U+\(hex(bad.value)), written as an escape "
              + "(remove it or use plain text)"))
      case .mapping(let mapping):
        for (key, value) in mapping.reversed() { pending += [value, key] }
      case .sequence(let sequence): pending += sequence.reversed()
      case .alias: continue
      }
    }
    return issues.sorted { ($0.line ?? 0) < ($1.line ?? 0) }
  }

  static func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }
}

extension Sequence<UInt8> {
  /// False when the UTF-8 bytes surely hold no C0/C1 control other than tab: C1 controls
  /// start with byte 0xC2, so only lines with such bytes need a scalar-by-scalar check.
  var mayHoldControlCharacters: Bool {
    contains { ($0 < 0x20 && $0 != 0x09) || $0 == 0x7F || $0 == 0xC2 }
  }
}
