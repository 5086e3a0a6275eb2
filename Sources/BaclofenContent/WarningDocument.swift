/// The withdrawal warning in reading order, composed once: the reader's screen, the command
/// line, plain mode and an exported result each render these parts in their own form.
public enum WarningPart: Sendable, Hashable {
  case title(String)
  /// A group's heading ("Why it matters").
  case group(String)
  /// A point with the section ids it cites.
  case point(text: String, sources: [String])
}

extension WithdrawalWarning {
  public var parts: [WarningPart] {
    [.title(title)]
      + groups.flatMap { group in
        [.group(group)]
          + points.filter { $0.group == group }.map { .point(text: $0.text, sources: $0.sources) }
      }
  }
}
