import Foundation

/// Bytes as the text of a Swift string literal compiled into the binary, and back. Each seven
/// bytes are their low seven bits, then one byte of their seven high bits (escaped where a
/// literal needs it): every byte of the text is below 0x80, so the compiler keeps it as it is,
/// and reading it back takes a few instructions for every seven bytes, one eight-byte word at
/// a time. Base64 took 7 instructions a byte; bytes above 0x80 written as three-byte scalars,
/// copied between with `memchr`, took 4 (a tenth of a bundled search).
public enum ImageLiteral {
  /// The literal's text, without its quotes.
  public static func encode(_ bytes: [UInt8]) -> String {
    var text = ""
    text.reserveCapacity(bytes.count + bytes.count / 2)
    func append(_ byte: UInt8) {
      switch byte {
      case 0: text += "\\0"
      case 0x09: text += "\\t"
      case 0x0A: text += "\\n"
      case 0x0D: text += "\\r"
      case 0x22: text += "\\\""
      case 0x5C: text += "\\\\"
      case 0x20..<0x7F: text.unicodeScalars.append(Unicode.Scalar(byte))
      default: text += "\\u{" + String(byte, radix: 16) + "}"
      }
    }
    var start = 0
    while start < bytes.count {
      var high: UInt8 = 0
      for i in 0..<min(7, bytes.count - start) {
        append(bytes[start + i] & 0x7F)
        high |= (bytes[start + i] >> 7) << i
      }
      append(high)
      start += 7
    }
    return text
  }

  /// The number of bytes `literal` (the UTF-8 of an encoded literal) holds.
  public static func count(_ literal: UnsafeBufferPointer<UInt8>) -> Int {
    literal.count / 8 * 7 + max(0, literal.count % 8 - 1)
  }

  /// Writes the bytes of `literal` into `output`, which should hold `count(literal)` bytes
  /// (the count written with the literal); never past its end when it holds fewer.
  public static func decode(
    _ literal: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableRawBufferPointer
  ) {
    guard let source = literal.baseAddress, let target = output.baseAddress else { return }
    // Bit i of a group's high byte moves to the top of its byte i: the seven shifted copies
    // of the high byte the multiplication adds never overlap.
    let spread: UInt64 = 0x0002_0408_1020_4080
    let groups = literal.count / 8
    var group = 0
    // Eight bytes stored for each seven (the eighth, zero, overwritten by the next group)
    // while they fit.
    while group < groups, group * 7 + 8 <= output.count {
      let word = UInt64(
        littleEndian: UnsafeRawPointer(source + group * 8).loadUnaligned(as: UInt64.self))
      let bytes =
        (word & 0x00FF_FFFF_FFFF_FFFF) | ((word >> 56) &* spread & 0x0080_8080_8080_8080)
      target.storeBytes(of: bytes.littleEndian, toByteOffset: group * 7, as: UInt64.self)
      group += 1
    }
    // The rest byte by byte, the last group perhaps short.
    while group * 8 < literal.count {
      let start = group * 8
      let count = min(7, literal.count - start - 1)
      guard count > 0 else { return }
      let high = literal[start + count]
      for i in 0..<count where group * 7 + i < output.count {
        let byte = literal[start + i] | ((high >> i) & 1) << 7
        target.storeBytes(of: byte, toByteOffset: group * 7 + i, as: UInt8.self)
      }
      group += 1
    }
  }

  /// Gives the memory holding `literal`'s whole pages back to the system once it is decoded:
  /// they are the binary's own, unchanged, and read again from it if ever needed. The
  /// decoded image is a copy, so without this the search held the image twice (0.4 MB).
  public static func release(_ literal: UnsafeBufferPointer<UInt8>) {
    #if os(Linux)
      guard let base = literal.baseAddress else { return }
      let page = UInt(sysconf(Int32(_SC_PAGESIZE)))
      let start = (UInt(bitPattern: base) + page - 1) / page * page
      let end = (UInt(bitPattern: base) + UInt(literal.count)) / page * page
      guard end > start, let pointer = UnsafeMutableRawPointer(bitPattern: start) else { return }
      madvise(pointer, Int(end - start), MADV_DONTNEED)
    #endif
  }
}
