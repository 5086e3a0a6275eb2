/// JSON text exactly as Foundation's `JSONEncoder` writes it with `.prettyPrinted`,
/// `.sortedKeys` and `.withoutEscapingSlashes` (two-space indent, `"key" : value`, keys in
/// UTF-8 order, C0 controls escaped): written directly, as encoding a search's few results
/// through the encoder's generic walk was a twentieth of a whole bundled search.
public enum PrettyJSON {
  case object([(key: String, value: PrettyJSON)])
  case array([PrettyJSON])
  case string(String)
  /// A finite number (the encoder refuses the others).
  case number(Double)
  case bool(Bool)
  case null

  /// The text, without a final line break.
  public var text: String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(1 << 14)
    write(into: &bytes, indent: 0)
    return String(decoding: bytes, as: UTF8.self)
  }

  private func write(into bytes: inout [UInt8], indent: Int) {
    switch self {
    case .object(let members):
      bytes.append(UInt8(ascii: "{"))
      bytes.append(0x0A)
      let sorted = members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
      for (offset, member) in sorted.enumerated() {
        if offset > 0 { bytes += [UInt8(ascii: ","), 0x0A] }
        Self.indent(&bytes, indent + 1)
        Self.string(member.key, into: &bytes)
        bytes += Array(" : ".utf8)
        member.value.write(into: &bytes, indent: indent + 1)
      }
      bytes.append(0x0A)
      Self.indent(&bytes, indent)
      bytes.append(UInt8(ascii: "}"))
    case .array(let elements):
      bytes.append(UInt8(ascii: "["))
      bytes.append(0x0A)
      for (offset, element) in elements.enumerated() {
        if offset > 0 { bytes += [UInt8(ascii: ","), 0x0A] }
        Self.indent(&bytes, indent + 1)
        element.write(into: &bytes, indent: indent + 1)
      }
      bytes.append(0x0A)
      Self.indent(&bytes, indent)
      bytes.append(UInt8(ascii: "]"))
    case .string(let string): Self.string(string, into: &bytes)
    case .number(let number):
      // The encoder writes a Double's description without a trailing ".0".
      var text = number.description
      if text.hasSuffix(".0") { text.removeLast(2) }
      bytes += text.utf8
    case .bool(let value): bytes += (value ? "true" : "false").utf8
    case .null: bytes += "null".utf8
    }
  }

  private static func indent(_ bytes: inout [UInt8], _ level: Int) {
    bytes += repeatElement(UInt8(ascii: " "), count: 2 * level)
  }

  private static let hex = Array("0123456789abcdef".utf8)

  /// The string quoted, escaped as the encoder escapes: runs that need no escape are copied
  /// whole.
  private static func string(_ string: String, into bytes: inout [UInt8]) {
    var string = string
    bytes.append(UInt8(ascii: "\""))
    string.withUTF8 { utf8 in
      var start = 0
      for (i, byte) in utf8.enumerated()
      where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
        bytes += UnsafeBufferPointer(rebasing: utf8[start..<i])
        start = i + 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), byte]
        case 0x08: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
        case 0x0C: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
        case 0x0A: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
        case 0x0D: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
        case 0x09: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
        default: bytes += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
        }
      }
      bytes += UnsafeBufferPointer(rebasing: utf8[start...])
    }
    bytes.append(UInt8(ascii: "\""))
  }
}
