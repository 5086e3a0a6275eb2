import BaclofenContent
import Foundation

/// The index cache's key of a folder's articles — `IndexCache.key` of
/// `ContentFolder.articleStamps`, the same walk with the same result — worked out without a
/// stamp: each article is stat-ed and hashed into two sums on the spot. A thread started now
/// walks the articles in chunks, and a thread that asks for the key takes the chunks left
/// (stat-ing 10,000 articles on one core was most of a warm search of them).
public final class ArticleKey: @unchecked Sendable {
  /// Names stat-ed per turn: enough that taking a turn costs nothing beside them.
  private static let chunk = 128

  /// A folder of the articles being stat-ed, open until its last chunk is done.
  private final class Folder {
    let handle: OpaquePointer
    /// The folder's path from the content folder, ending in "/" (`articles/…/`).
    let relative: [UInt8]
    /// The folder's path on disk (for its subfolders' paths), without a trailing "/".
    let path: [UInt8]
    let depth: Int
    /// Every name, each ended by a zero, one after the other; `starts` has each one's start.
    let names: [UInt8]
    let starts: [Int]
    var next = 0
    var busy = 0

    init(handle: OpaquePointer, relative: [UInt8], path: [UInt8], depth: Int) {
      self.handle = handle
      self.relative = relative
      self.path = path
      self.depth = depth
      var names: [UInt8] = []
      var starts: [Int] = []
      while let entry = readdir(handle) {
        withUnsafeBytes(of: entry.pointee.d_name) { raw in
          let name = raw.prefix { $0 != 0 }
          guard !Self.isHidden(name) else { return }
          starts.append(names.count)
          names += name
          names.append(0)
        }
      }
      starts.append(names.count)
      self.names = names
      self.starts = starts
    }

    /// A name the walk skips: it starts with "." (as a character: a dot that a combining
    /// mark joins does not count).
    static func isHidden(_ name: Slice<UnsafeRawBufferPointer>) -> Bool {
      guard name.first == UInt8(ascii: ".") else { return false }
      guard name.count > 1, name[name.startIndex + 1] >= 0x80 else { return true }
      return String(decoding: name, as: UTF8.self).hasPrefix(".")
    }
  }

  /// A folder found in the articles, to be listed.
  private typealias Found = (path: [UInt8], relative: [UInt8], depth: Int)

  private let condition = NSCondition()
  private var folders: [Folder] = []
  private var found: [Found] = []
  /// Chunks being stat-ed and folders being listed.
  private var working = 0
  private var entered = Set<[UInt64]>()
  private var count = 0
  private var sums: (UInt64, UInt64) = (0, 0)
  private var key: String?

  /// Starts stat-ing the articles of `folder` on another thread.
  public init(_ folder: URL) {
    let root = folder.path
    var info = stat()
    // The walk enters the articles folder from a listing of the folder, after the folder
    // itself (the same folder is never entered twice).
    if let handle = opendir(root) {
      if fstat(dirfd(handle), &info) == 0 {
        entered.insert([UInt64(info.st_dev), UInt64(info.st_ino)])
      }
      if fstatat(dirfd(handle), "articles", &info, AT_SYMLINK_NOFOLLOW) == 0,
        info.st_mode & S_IFMT == S_IFDIR
      {
        found.append((Array((root + "/articles").utf8), Array("articles/".utf8), 1))
      }
      closedir(handle)
    }
    DispatchQueue.global().async { self.work() }
  }

  /// The key, once every article is stat-ed; this thread stat-s what is left meanwhile.
  public func value() -> String {
    work()
    condition.lock()
    defer { condition.unlock() }
    if let key { return key }
    let made = IndexCache.key(count: count, sums: sums)
    key = made
    return made
  }

  /// Takes chunks and folders until none are left and none are being worked on.
  private func work() {
    var scratch = [UInt8](repeating: 0, count: 256)
    condition.lock()
    while true {
      if let folder = folders.last(where: { $0.next < $0.starts.count - 1 }) {
        let start = folder.next
        let end = min(start + Self.chunk, folder.starts.count - 1)
        folder.next = end
        folder.busy += 1
        working += 1
        condition.unlock()
        var part = (0, (UInt64(0), UInt64(0)))
        let inside = statNames(folder, start..<end, into: &part, scratch: &scratch)
        condition.lock()
        working -= 1
        folder.busy -= 1
        count += part.0
        sums = (sums.0 &+ part.1.0, sums.1 &+ part.1.1)
        found += inside
        if folder.next == folder.starts.count - 1, folder.busy == 0 {
          closedir(folder.handle)
          folders.removeAll { $0 === folder }
        }
        condition.broadcast()
      } else if let next = found.popLast() {
        working += 1
        condition.unlock()
        let folder = list(next)
        condition.lock()
        working -= 1
        if let (folder, identity) = folder {
          if identity.map({ entered.insert($0).inserted }) ?? true, folder.starts.count > 1 {
            folders.append(folder)
          } else {
            closedir(folder.handle)
          }
        }
        condition.broadcast()
      } else if working > 0 {
        condition.wait()
      } else {
        break
      }
    }
    condition.unlock()
  }

  private func list(_ found: Found) -> (Folder, [UInt64]?)? {
    var path = found.path
    path.append(0)
    guard
      let handle = path.withUnsafeBufferPointer({
        opendir(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self))
      })
    else { return nil }
    var info = stat()
    // The walk enters a folder it cannot identify.
    let identity =
      fstat(dirfd(handle), &info) == 0 ? [UInt64(info.st_dev), UInt64(info.st_ino)] : nil
    let folder = Folder(
      handle: handle, relative: found.relative, path: found.path, depth: found.depth)
    return (folder, identity)
  }

  /// Stat-s the names `range` of `folder`, adding each article's hash to `part` (count and
  /// sums); returns the folders among them to enter.
  private func statNames(
    _ folder: Folder, _ range: Range<Int>, into part: inout (Int, (UInt64, UInt64)),
    scratch: inout [UInt8]
  ) -> [Found] {
    var inside: [Found] = []
    let descriptor = dirfd(folder.handle)
    var info = stat()
    // `name` is ended by a zero past its count.
    func visit(_ name: UnsafeBufferPointer<UInt8>) {
      let path = UnsafeRawPointer(name.baseAddress!).assumingMemoryBound(to: CChar.self)
      guard fstatat(descriptor, path, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return }
      let type = info.st_mode & S_IFMT
      if type == S_IFDIR {
        if folder.depth < ContentFolder.maximumDepth {
          inside.append(
            (
              folder.path + [UInt8(ascii: "/")] + name,
              folder.relative + name + [UInt8(ascii: "/")], folder.depth + 1
            ))
        }
      } else if type == S_IFLNK || Self.isMarkdown(name) {
        let lanes = Self.hash(folder.relative, name, info, scratch: &scratch)
        part.0 += 1
        part.1 = (part.1.0 &+ lanes.0, part.1.1 &+ lanes.1)
      }
    }
    folder.names.withUnsafeBufferPointer { names in
      for index in range {
        let name = UnsafeBufferPointer(
          rebasing: names[folder.starts[index]..<folder.starts[index + 1] - 1])
        if name.contains(where: { $0 >= 0x80 }) {
          // The walk's way, through a `String`, which repairs bytes that are not UTF-8 as
          // the walk's name does.
          var decoded = Array(String(decoding: name, as: UTF8.self).utf8)
          decoded.append(0)
          decoded.withUnsafeBufferPointer { visit(UnsafeBufferPointer(rebasing: $0.dropLast())) }
        } else {
          visit(name)
        }
      }
    }
    return inside
  }

  /// `name` ends in ".md", as the walk decides it (by its bytes when they tell: see
  /// `Walk.isMarkdown`).
  static func isMarkdown(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
    let count = name.count
    guard count >= 3, name[count - 1] == UInt8(ascii: "d"), name[count - 2] == UInt8(ascii: "m"),
      name[count - 3] == UInt8(ascii: ".")
    else { return false }
    guard count > 3 else { return true }
    return name[count - 4] < 0x80 || String(decoding: name, as: UTF8.self).hasSuffix(".md")
  }

  /// One article's pair of hashes, as `IndexCache.key` works them out of its stamp.
  private static func hash(
    _ relative: [UInt8], _ name: UnsafeBufferPointer<UInt8>, _ info: stat,
    scratch: inout [UInt8]
  ) -> (UInt64, UInt64) {
    var length = relative.count + name.count
    length += 8 - length % 8 + 16
    if scratch.count < length { scratch = [UInt8](repeating: 0, count: length * 2) }
    return scratch.withUnsafeMutableBytes { raw in
      let base = raw.baseAddress!
      relative.withUnsafeBytes { base.copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
      (base + relative.count).copyMemory(from: name.baseAddress!, byteCount: name.count)
      let used = relative.count + name.count
      (base + used).initializeMemory(as: UInt8.self, repeating: 0, count: length - 16 - used)
      raw.storeBytes(
        of: Int64(info.st_size).littleEndian, toByteOffset: length - 16, as: Int64.self)
      raw.storeBytes(
        of: FileStamp.nanoseconds(info).littleEndian, toByteOffset: length - 8, as: Int64.self)
      return IndexCache.lanes(UnsafeRawBufferPointer(start: base, count: length))
    }
  }
}
