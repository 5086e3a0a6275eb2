import BaclofenContent
import Foundation
import GRDBSQLite

/// The names in each folder of a content folder's articles as they were last listed, kept
/// beside its index cache so that a folder unchanged since is not listed again
/// (`ArticleKey`). Checking that the cache is fresh still stats every article, as an article
/// edited in place changes only its own stamp; but a name added, removed or renamed changes
/// its folder's modification time, which the folder's own stat, made anyway, shows. Listing
/// 10,000 names was a quarter of that check. Git's untracked cache trusts the same times.
///
/// A folder's listing is kept only when its last change is at least `settled` older than the
/// moment it was listed: a change after the listing then gives the folder another time even
/// where file times move in coarse ticks (of up to 2 s).
struct FolderListings: Equatable {
  /// One folder as it was listed: its identity and times, and its names.
  struct Listing: Equatable {
    var device: UInt64
    var inode: UInt64
    /// Modification and status-change times, in nanoseconds since 1970.
    var modified: Int64
    var changed: Int64
    /// The names the walk visits (not hidden), each ended by a zero.
    var names: [UInt8]

    init(device: UInt64, inode: UInt64, modified: Int64, changed: Int64, names: [UInt8] = []) {
      self.device = device
      self.inode = inode
      self.modified = modified
      self.changed = changed
      self.names = names
    }

    /// The folder as `fstat` gives it now.
    init(_ info: stat) {
      self.init(
        device: UInt64(info.st_dev), inode: UInt64(info.st_ino),
        modified: FileStamp.nanoseconds(info), changed: FileStamp.changeNanoseconds(info))
    }

    /// Whether `now` is the same folder, unchanged (its names aside).
    func isUnchanged(_ now: Listing) -> Bool {
      device == now.device && inode == now.inode && modified == now.modified
        && changed == now.changed
    }

    /// Whether the folder had last changed `settled` nanoseconds before `listedAt`.
    func isSettled(listedAt: Int64, by settled: Int64) -> Bool {
      max(modified, changed) <= listedAt - settled
    }
  }

  /// Each folder's listing by its path from the content folder (`articles/…/`).
  var folders: [[UInt8]: Listing] = [:]

  static let settled: Int64 = 3_000_000_000
  private static let key = "folder listings 1"

  /// Beside the cache `file`.
  static func file(_ file: URL) -> URL {
    file.deletingPathExtension().appendingPathExtension("listing")
  }

  /// The current time in nanoseconds since 1970, as file times count it.
  static func now() -> Int64 {
    var time = timespec()
    clock_gettime(CLOCK_REALTIME, &time)
    return FileStamp.nanoseconds(time)
  }

  /// The listings stored in `file`; empty when there are none or they are damaged.
  static func read(_ file: URL) -> FolderListings {
    guard let read = IndexCache.read(file, key: { key }) else { return FolderListings() }
    defer { sqlite3_free(read.bytes) }
    return decode(UnsafeRawBufferPointer(start: read.bytes, count: read.count))
      ?? FolderListings()
  }

  /// Stores the listings in `file`. Best effort: without them the next check lists again.
  func write(_ file: URL) {
    try? encoded().withUnsafeBytes { try IndexCache.write(file, key: Self.key, image: $0) }
  }

  /// Each folder as its path's length and bytes, its four numbers, and its names' length and
  /// bytes, all numbers eight bytes little-endian.
  func encoded() -> [UInt8] {
    var bytes: [UInt8] = []
    func add(_ number: UInt64) { withUnsafeBytes(of: number.littleEndian) { bytes += $0 } }
    for (relative, listing) in folders.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
      add(UInt64(relative.count))
      bytes += relative
      add(listing.device)
      add(listing.inode)
      add(UInt64(bitPattern: listing.modified))
      add(UInt64(bitPattern: listing.changed))
      add(UInt64(listing.names.count))
      bytes += listing.names
    }
    return bytes
  }

  /// The listings `encoded` gave; nil when `bytes` are not such bytes.
  static func decode(_ bytes: UnsafeRawBufferPointer) -> FolderListings? {
    var listings = FolderListings()
    var offset = 0
    func number() -> UInt64? {
      guard bytes.count - offset >= 8 else { return nil }
      defer { offset += 8 }
      return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }
    func run() -> [UInt8]? {
      guard let count = number(), count <= UInt64(bytes.count - offset) else { return nil }
      defer { offset += Int(count) }
      return Array(bytes[offset..<offset + Int(count)])
    }
    while offset < bytes.count {
      guard let relative = run(), let device = number(), let inode = number(),
        let modified = number(), let changed = number(), let names = run(),
        names.last ?? 0 == 0, listings.folders[relative] == nil
      else { return nil }
      listings.folders[relative] = Listing(
        device: device, inode: inode, modified: Int64(bitPattern: modified),
        changed: Int64(bitPattern: changed), names: names)
    }
    return listings
  }
}
