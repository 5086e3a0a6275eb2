import Foundation

/// Bytes as the text of a Swift string literal compiled into the binary, and back. Bytes
/// below 0x80 are themselves (escaped where a literal needs it); each byte above is the
/// scalar U+0800 + byte, three UTF-8 bytes that always begin 0xE0, so reading it back is
/// copying the runs between those with `memchr`: base64 took 7 instructions a byte, and the
/// image was then copied three times.
public enum ImageLiteral {
  /// The literal's text, without its quotes.
  public static func encode(_ bytes: [UInt8]) -> String {
    var text = ""
    text.reserveCapacity(bytes.count + bytes.count / 4)
    for byte in bytes {
      switch byte {
      case 0: text += "\\0"
      case 0x09: text += "\\t"
      case 0x0A: text += "\\n"
      case 0x0D: text += "\\r"
      case 0x22: text += "\\\""
      case 0x5C: text += "\\\\"
      case 0x20..<0x7F: text.unicodeScalars.append(Unicode.Scalar(byte))
      default: text += "\\u{" + String(byte < 0x80 ? Int(byte) : 0x800 + Int(byte), radix: 16) + "}"
      }
    }
    return text
  }

  /// The number of bytes `literal` (the UTF-8 of an encoded literal) holds.
  public static func count(_ literal: UnsafeBufferPointer<UInt8>) -> Int {
    var count = literal.count
    forEachHighByte(literal) { _, _ in count -= 2 }
    return count
  }

  /// Writes the bytes of `literal` into `output`, which should hold `count(literal)` bytes
  /// (the count written with the literal); never past its end when it holds fewer.
  public static func decode(
    _ literal: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableRawBufferPointer
  ) {
    guard let source = literal.baseAddress, let target = output.baseAddress else { return }
    var read = 0
    var written = 0
    forEachHighByte(literal) { at, byte in
      let run = min(at - read, output.count - written)
      target.advanced(by: written).copyMemory(from: source + read, byteCount: run)
      written += run
      if written < output.count {
        target.storeBytes(of: byte, toByteOffset: written, as: UInt8.self)
        written += 1
      }
      read = at + 3
    }
    let run = min(literal.count - read, output.count - written)
    target.advanced(by: written).copyMemory(from: source + read, byteCount: max(0, run))
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

  /// Calls `body` with the offset of each encoded byte above 0x80 and its value.
  private static func forEachHighByte(
    _ literal: UnsafeBufferPointer<UInt8>, _ body: (Int, UInt8) -> Void
  ) {
    guard let base = literal.baseAddress else { return }
    var at = 0
    while at < literal.count, let found = memchr(base + at, 0xE0, literal.count - at) {
      at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
      guard at + 2 < literal.count else { return }
      body(at, (literal[at + 1] & 0x03) << 6 | (literal[at + 2] & 0x3F))
      at += 3
    }
  }
}
