/// Bytes read in place as fixed-layout arrays: numbers of three bytes of seven bits each (so
/// the bytes can be the text of a Swift literal compiled into the binary) and words as runs of
/// UTF-8 between offsets. The binary's own tables are read where they lie, never copied, and
/// a word becomes a `String` only when asked for: making every word a `String` at each start
/// was a quarter of a bundled search.
struct TableBytes: @unchecked Sendable {
  /// Below this every number fits in three bytes of seven bits.
  static let numberLimit = 1 << 21
  static let numberSize = 3

  let base: UnsafePointer<UInt8>
  let count: Int
  /// What keeps bytes not the binary's own alive (`nil` for the binary's).
  private let owner: Owner?

  /// Bytes that live as long as the program (a literal compiled into the binary).
  init(static bytes: UnsafeBufferPointer<UInt8>) {
    guard let start = bytes.baseAddress else {
      self = TableBytes(copying: [])
      return
    }
    base = start
    count = bytes.count
    owner = nil
  }

  /// A copy of `bytes`.
  init(copying bytes: [UInt8]) {
    let owner = Owner(bytes)
    base = UnsafePointer(owner.pointer)
    count = bytes.count
    self.owner = owner
  }

  private final class Owner {
    let pointer: UnsafeMutablePointer<UInt8>

    init(_ bytes: [UInt8]) {
      pointer = .allocate(capacity: max(1, bytes.count))
      _ = UnsafeMutableBufferPointer(start: pointer, count: bytes.count)
        .initialize(fromContentsOf: bytes)
    }

    deinit { pointer.deallocate() }
  }

  /// The number at byte `offset`; the caller keeps `offset + 3` within `count`.
  func number(at offset: Int) -> Int {
    Int(base[offset]) | Int(base[offset + 1]) << 7 | Int(base[offset + 2]) << 14
  }

  /// Appends `value` (below `numberLimit`) as a number.
  static func append(_ value: Int, to bytes: inout [UInt8]) {
    bytes.append(UInt8(value & 0x7F))
    bytes.append(UInt8(value >> 7 & 0x7F))
    bytes.append(UInt8(value >> 14 & 0x7F))
  }

  func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    body(slice(0, count))
  }

  /// The bytes `start..<end` (the caller keeps them within `count`).
  func slice(_ start: Int, _ end: Int) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: base + start, count: end - start)
  }
}

/// An array of numbers in `TableBytes`.
struct TableNumbers: RandomAccessCollection, Sendable {
  let bytes: TableBytes
  /// Where the first number starts.
  let offset: Int
  let count: Int

  var startIndex: Int { 0 }
  var endIndex: Int { count }

  /// The number at `index` (0 outside the array, in damaged tables).
  subscript(index: Int) -> Int {
    guard index >= 0, index < count else { return 0 }
    return bytes.number(at: offset + index * TableBytes.numberSize)
  }

  /// The numbers `index` and `index + 1` as a range, empty unless the first is at most the
  /// second and the second at most `limit`.
  func range(_ index: Int, within limit: Int) -> Range<Int> {
    let start = self[index]
    let end = self[index + 1]
    guard index >= 0, index + 1 < count, start <= end, end <= limit else { return 0..<0 }
    return start..<end
  }
}

/// Words in `TableBytes`: word `i` is the UTF-8 between offsets `i` and `i + 1` into the text.
struct TableWords: RandomAccessCollection, Sendable {
  let offsets: TableNumbers
  /// Where the text the offsets count from starts, and its length.
  let text: Int
  let textCount: Int
  /// Whether every word is ASCII: then byte order is `String` order (else comparisons make
  /// `String`s, as slow as before but the same answers).
  let isASCII: Bool

  var startIndex: Int { 0 }
  var endIndex: Int { Swift.max(0, offsets.count - 1) }

  /// The word's bytes (none when its offsets are not in order within the text).
  func utf8(_ index: Int) -> UnsafeBufferPointer<UInt8> {
    let range = offsets.range(index, within: textCount)
    return offsets.bytes.slice(text + range.lowerBound, text + range.upperBound)
  }

  subscript(index: Int) -> String { String(utf8Word: utf8(index)) }

  /// Where `key` is or would be among these words, which are in order.
  func firstIndex(atLeast key: String) -> Int {
    var key = key
    return key.withUTF8 { key in
      let bytewise = isASCII && key.allSatisfy { $0 < 0x80 }
      var low = 0
      var high = endIndex
      while low < high {
        let middle = (low + high) / 2
        let before =
          bytewise ? Self.compare(utf8(middle), key) < 0 : self[middle] < String(utf8Word: key)
        if before { low = middle + 1 } else { high = middle }
      }
      return low
    }
  }

  /// Where `key` is among these words, which are in order, if it is there.
  func place(of key: String) -> Int? {
    let low = firstIndex(atLeast: key)
    return word(low, is: key) ? low : nil
  }

  /// Whether word `index` starts with `prefix`.
  func word(_ index: Int, hasPrefix prefix: String) -> Bool {
    guard index >= 0, index < endIndex else { return false }
    var prefix = prefix
    return prefix.withUTF8 { prefix in
      guard isASCII, prefix.allSatisfy({ $0 < 0x80 }) else {
        return self[index].hasPrefix(String(utf8Word: prefix))
      }
      let word = utf8(index)
      return word.count >= prefix.count
        && Self.compare(UnsafeBufferPointer(rebasing: word[..<prefix.count]), prefix) == 0
    }
  }

  /// Whether word `index` is `text`.
  func word(_ index: Int, is text: String) -> Bool {
    guard index >= 0, index < endIndex else { return false }
    var text = text
    return text.withUTF8 { text in
      isASCII && text.allSatisfy({ $0 < 0x80 })
        ? Self.compare(utf8(index), text) == 0 : self[index] == String(utf8Word: text)
    }
  }

  private static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>)
    -> Int
  {
    var i = 0
    while i < a.count, i < b.count {
      if a[i] != b[i] { return a[i] < b[i] ? -1 : 1 }
      i += 1
    }
    return a.count > i ? 1 : (b.count > i ? -1 : 0)
  }
}
