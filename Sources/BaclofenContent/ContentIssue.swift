/// A problem found in a content file, reported as `path:line: message`.
public struct ContentIssue: Error, Sendable, Equatable, CustomStringConvertible {
  public var path: String
  /// 1-based line, or nil when the problem concerns the whole file or folder.
  public var line: Int?
  public var message: String

  public init(path: String, line: Int?, message: String) {
    self.path = path
    self.line = line
    self.message = message
  }

  public var description: String {
    if let line { return "\(path):\(line): \(message)" }
    return "\(path): \(message)"
  }
}

/// Every problem of a content folder at once, so an editor can fix them in one pass.
public struct ContentErrors: Error, Sendable, CustomStringConvertible {
  public var issues: [ContentIssue]
  public init(_ issues: [ContentIssue]) { self.issues = issues }
  public var description: String { issues.map(\.description).joined(separator: "\n") }
}
