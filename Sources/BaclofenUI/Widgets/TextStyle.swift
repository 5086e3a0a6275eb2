/// How a piece of text is drawn. Every meaning has a non-colour form (bold, underline,
/// reverse), so nothing depends on colour alone.
public struct TextStyle: OptionSet, Sendable, Hashable {
  public let rawValue: UInt16
  public init(rawValue: UInt16) { self.rawValue = rawValue }

  public static let bold = TextStyle(rawValue: 1 << 0)
  public static let underline = TextStyle(rawValue: 1 << 1)
  public static let reverse = TextStyle(rawValue: 1 << 2)
  public static let dim = TextStyle(rawValue: 1 << 3)
  /// Section and screen headings.
  public static let heading = TextStyle(rawValue: 1 << 4)
  /// Search matches.
  public static let highlight = TextStyle(rawValue: 1 << 5)
  /// Safety warnings (withdrawal, urgent findings).
  public static let warning = TextStyle(rawValue: 1 << 6)
  /// Keys in footers and help.
  public static let key = TextStyle(rawValue: 1 << 7)
  /// The selected row of a list.
  public static let selected = TextStyle(rawValue: 1 << 8)
  /// Callout boxes and frames.
  public static let frame = TextStyle(rawValue: 1 << 9)
}

/// A run of text in one style.
public struct Span: Sendable, Hashable {
  public var text: String
  public var style: TextStyle
  public init(_ text: String, _ style: TextStyle = []) {
    self.text = text
    self.style = style
  }
}

/// One laid-out line: spans whose display width fits the width it was laid out for.
public struct StyledLine: Sendable, Hashable {
  public var spans: [Span]
  public init(_ spans: [Span] = []) { self.spans = spans }
  public init(_ text: String, _ style: TextStyle = []) { self.spans = [Span(text, style)] }

  public var plainText: String { spans.map(\.text).joined() }
}
