import BaclofenText

/// The withdrawal warning in reading order, composed once: the reader's screen, the command
/// line, line mode and an exported result each render these parts in their own form.
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

  /// The parts as plain text lines: the title in capitals, the groups, each point with
  /// "[sources: …]", every source named by `name`; wrapped at `width` when given, a point's
  /// later lines indented under its text. The command line, line mode and the exported
  /// result all print this.
  public func plainLines(width: Int? = nil, name: (String) -> String) -> [String] {
    func wrapped(_ text: String, first: String = "", rest: String = "") -> [String] {
      guard let width else { return [first + text] }
      let lines = Wrap.strings(
        text, width: width - rest.displayWidth, firstLineWidth: width - first.displayWidth)
      return lines.enumerated().map { ($0.offset == 0 ? first : rest) + $0.element }
    }
    var lines: [String] = []
    for part in parts {
      switch part {
      case .title(let title): lines += wrapped(title.uppercased())
      case .group(let group): lines += [""] + wrapped(group)
      case .point(let text, let sources):
        let names = sources.map(name).joined(separator: "; ")
        lines += wrapped("\(text) [sources: \(names)]", first: "  - ", rest: "    ")
      }
    }
    return lines
  }
}
