import Foundation

/// A fast 128-bit hash of a block of bytes, to notice damage (not to resist forgery: whoever
/// can write the cache can write a valid one). Four lanes of 64-bit words, each summed and
/// its running sums summed (Fletcher's checksum, modulo 2^64): a change confined to one
/// 8-byte word changes its lane's sum, and the first half of the result with it, since
/// the sums are mixed by bijections. Adding costs a quarter of the chain of multiplications
/// used before (0.23 instructions a byte against 0.85).
enum ContentHash {
  static func of(_ bytes: UnsafeRawBufferPointer, seed: [UInt8]) -> (UInt64, UInt64) {
    Sums(bytes).hash(seed: seed)
  }

  /// A bijection that spreads every bit of `value` over all of the result's (MurmurHash3's
  /// finaliser).
  static func finish(_ value: UInt64) -> UInt64 {
    var x = value
    x = (x ^ (x >> 33)) &* 0xFF51_AFD7_ED55_8CCD
    x = (x ^ (x >> 33)) &* 0xC4CE_B9FE_1A85_EC53
    return x ^ (x >> 33)
  }

  /// The lanes' sums of a block: lane `k` holds the words `k`, `k + 4`, `k + 8`, … (two
  /// lanes a vector, 0.23 instructions a byte; four scalar lanes took 0.34).
  struct Sums {
    private var sums = (SIMD2<UInt64>(), SIMD2<UInt64>())
    private var orders = (SIMD2<UInt64>(), SIMD2<UInt64>())
    private let length: UInt64

    init(_ bytes: UnsafeRawBufferPointer) {
      length = UInt64(bytes.count)
      let blocks = bytes.count / 32
      if let base = bytes.baseAddress {
        for index in 0..<blocks { add(base + index * 32) }
      }
      var tail = Array(bytes[(blocks * 32)...])
      tail += Array(repeating: 0, count: 32 - tail.count)
      tail.withUnsafeBytes { add($0.baseAddress!) }
    }

    @inline(__always) private mutating func add(_ at: UnsafeRawPointer) {
      sums.0 &+= at.loadUnaligned(as: SIMD2<UInt64>.self)
      sums.1 &+= at.loadUnaligned(fromByteOffset: 16, as: SIMD2<UInt64>.self)
      orders.0 &+= sums.0
      orders.1 &+= sums.1
    }

    /// The 128-bit hash of the block and `seed`: each half is a bijection of any one of its
    /// inputs while the others stay.
    func hash(seed: [UInt8]) -> (UInt64, UInt64) {
      func rotated(_ value: UInt64, _ by: UInt64) -> UInt64 {
        (value << by) | (value >> (64 - by))
      }
      let seed = IndexCache.fnv1a(seed)
      let finish = ContentHash.finish
      return (
        finish(
          sums.0[0] ^ rotated(sums.0[1], 16) ^ rotated(sums.1[0], 32) ^ rotated(sums.1[1], 48)
            ^ length ^ seed),
        finish(
          orders.0[0] ^ rotated(orders.0[1], 16) ^ rotated(orders.1[0], 32)
            ^ rotated(orders.1[1], 48) ^ rotated(length, 8) ^ rotated(seed, 40))
      )
    }
  }
}
