import Foundation

extension TableBytes {
  /// The line whose first field (up to a tab or the line's end) is `key`, in bytes holding
  /// newline-ended lines sorted by that field, found by binary search in place. `found` gets
  /// the bytes, where the key ends and where its line ends; nil when no line has the key.
  func withLine<Result>(
    keyed key: String,
    _ found: (UnsafeBufferPointer<UInt8>, _ keyEnd: Int, _ lineEnd: Int) -> Result
  ) -> Result? {
    var key = key
    return key.withUTF8 { key in
      withBytes { all in
        guard let base = all.baseAddress, !all.isEmpty else { return nil }
        let keyBase = key.baseAddress ?? base
        var low = 0
        var high = all.count
        while low < high {
          var middle = (low + high) / 2
          while middle > low, all[middle - 1] != 0x0A { middle -= 1 }
          var end = middle
          while all[end] != 0x0A, all[end] != 0x09 { end += 1 }
          var order = Int(memcmp(base + middle, keyBase, min(end - middle, key.count)))
          if order == 0 { order = end - middle - key.count }
          var lineEnd = end
          while all[lineEnd] != 0x0A { lineEnd += 1 }
          if order == 0 { return found(all, end, lineEnd) }
          if order < 0 {
            low = lineEnd + 1
          } else {
            high = middle
          }
        }
        return nil
      }
    }
  }
}
