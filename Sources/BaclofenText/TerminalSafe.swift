/// Untrusted text (content folders, queries) must never drive the terminal: control
/// characters and escape sequences are turned into visible placeholders before display.
extension String {
  /// The text with every C0/C1 control character (except newline and tab, which become a
  /// space-like layout) replaced by a visible symbol, so escape sequences print inertly.
  public var terminalSafe: String {
    guard unicodeScalars.contains(where: \.isUnsafeForTerminal) else { return self }
    var scalars = String.UnicodeScalarView()
    for scalar in unicodeScalars {
      scalars.append(scalar.isUnsafeForTerminal ? scalar.visiblePlaceholder : scalar)
    }
    return String(scalars)
  }

  /// True when the text holds a character that `terminalSafe` would replace.
  public var containsControlCharacters: Bool {
    unicodeScalars.contains(where: \.isUnsafeForTerminal)
  }
}

extension Unicode.Scalar {
  /// C0 controls other than newline and tab, DEL, and the C1 range.
  public var isUnsafeForTerminal: Bool {
    let v = value
    return (v < 0x20 && v != 0x0A && v != 0x09) || (0x7F...0x9F).contains(v)
  }

  /// This scalar, or its visible placeholder when it is unsafe: one cell on the screen.
  public var terminalSafe: Unicode.Scalar { isUnsafeForTerminal ? visiblePlaceholder : self }

  /// U+2400 "Control Pictures" for C0 (␛ for ESC, ␇ for BEL), ␡ for DEL, � for C1.
  var visiblePlaceholder: Unicode.Scalar {
    let v = value
    if v < 0x20 { return Unicode.Scalar(0x2400 + v)! }
    if v == 0x7F { return "\u{2421}" }
    return "\u{FFFD}"
  }
}
