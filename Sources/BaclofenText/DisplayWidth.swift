/// Terminal column widths of text, so layout agrees with what the terminal draws.
extension Character {
  /// Columns this grapheme occupies: 0 for combining marks and format characters,
  /// 2 for East Asian wide and emoji presentation, otherwise 1.
  public var displayWidth: Int {
    // ASCII first: layout asks this of every character it wraps.
    if utf8.count == 1, let byte = utf8.first { return byte < 0x20 || byte == 0x7F ? 0 : 1 }
    let scalars = unicodeScalars
    guard let first = scalars.first else { return 0 }
    if scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
    return first.displayWidth
  }
}

extension Unicode.Scalar {
  public var displayWidth: Int {
    let v = value
    if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
    if v < 0x300 { return 1 }
    switch properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if (0x1160...0x11FF).contains(v) || v == 0x200B { return 0 }
    if isWide { return 2 }
    return 1
  }

  /// East Asian Wide/Fullwidth ranges and emoji shown as pictures by default.
  private var isWide: Bool {
    let v = value
    if properties.isEmojiPresentation { return true }
    return (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v)
      || (0x3041...0x33FF).contains(v) || (0x3400...0x4DBF).contains(v)
      || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
      || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v)
      || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
      || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
  }
}

extension StringProtocol {
  /// Columns the whole string occupies on a terminal. Inlinable, so that callers in other
  /// modules get it specialized for `String`: through the generic witnesses it cost 12 K
  /// instructions a title at start-up.
  @inlinable public var displayWidth: Int {
    var ascii = 0
    for byte in utf8 {
      guard byte < 0x80 else { return reduce(0) { $0 + $1.displayWidth } }
      if byte >= 0x20 && byte != 0x7F { ascii += 1 }
    }
    return ascii
  }
}

extension String {
  /// The longest prefix that fits in `width` columns, with "…" when something was cut.
  public func truncated(toWidth width: Int) -> String {
    guard displayWidth > width else { return self }
    guard width > 0 else { return "" }
    var result = ""
    var used = 0
    for character in self {
      let w = character.displayWidth
      if used + w > width - 1 { break }
      result.append(character)
      used += w
    }
    return result + "…"
  }

  /// Pads with spaces on the right to exactly `width` columns (truncating if longer).
  public func padded(toWidth width: Int) -> String {
    let fitted = truncated(toWidth: width)
    return fitted + String(repeating: " ", count: max(0, width - fitted.displayWidth))
  }
}
