import BaclofenContent
import Foundation

/// The index cache's key of a folder's articles — `IndexCache.key` of
/// `ContentFolder.articleStamps`, the same walk with the same result — worked out without a
/// stamp: each article is stat-ed and hashed into two sums on the spot. A thread started now
/// lists the articles' folders in chunks of names and stat-s them, and a thread that asks for
/// the key takes the chunks left; one lists while the other stat-s (stat-ing 10,000 articles
/// after listing them, on one core, was most of a warm search of them).
///
/// The sums do not depend on the order: only a folder reached by two paths (a bind mount)
/// may be counted under either, as the walk counts it under the first it meets; the key then
/// differs from the stored one and the library is built again, as for any change.
///
/// Given the file of its `FolderListings`, a folder whose times show it unchanged since it was
/// last listed has its names read from there instead of listed again; its articles are
/// stat-ed all the same.
public final class ArticleKey: @unchecked Sendable {
  /// Names listed and stat-ed per turn: enough that taking a turn costs nothing beside them.
  private static let chunk = 128

  /// A folder of the articles, open until it is listed and its last chunk is stat-ed.
  private final class Folder {
    let handle: OpaquePointer
    /// The folder's path from the content folder, ending in "/" (`articles/…/`).
    let relative: [UInt8]
    /// The folder's path on disk (for its subfolders' paths), without a trailing "/".
    let path: [UInt8]
    let depth: Int
    var listing = false
    var listed = false
    /// Chunks listed and not yet stat-ed.
    var chunks = 0
    /// The folder as opened, with the names listed so far (all of them once `listed`).
    var names: FolderListings.Listing
    /// True when `names` are the stored ones, handed out from `position` instead of listed.
    let isStored: Bool
    private var position = 0

    init(
      handle: OpaquePointer, relative: [UInt8], path: [UInt8], depth: Int,
      names: FolderListings.Listing, isStored: Bool
    ) {
      self.handle = handle
      self.relative = relative
      self.path = path
      self.depth = depth
      self.names = names
      self.isStored = isStored
    }

    /// Up to `count` more names, and whether the folder has no more.
    func list(_ count: Int) -> (Chunk, done: Bool) {
      isStored ? handOut(count) : read(count)
    }

    /// The next `count` stored names.
    private func handOut(_ count: Int) -> (Chunk, done: Bool) {
      var chunk = Chunk(folder: self)
      let stored = names.names
      var end = position
      stored.withUnsafeBytes { bytes in
        while end < stored.count, chunk.starts.count <= count {
          chunk.starts.append(end - position)
          let zero = memchr(bytes.baseAddress! + end, 0, stored.count - end)
          end = zero.map { bytes.baseAddress!.distance(to: $0) + 1 } ?? stored.count
        }
      }
      chunk.names = Array(stored[position..<end])
      position = end
      return (chunk, end == stored.count)
    }

    /// The next `count` names listed, kept in `names` as well.
    private func read(_ count: Int) -> (Chunk, done: Bool) {
      var chunk = Chunk(folder: self)
      defer { names.names += chunk.names }
      while chunk.starts.count <= count {
        guard let entry = readdir(handle) else { return (chunk, true) }
        withUnsafeBytes(of: entry.pointee.d_name) { raw in
          let name = raw.prefix { $0 != 0 }
          guard !Self.isHidden(name) else { return }
          chunk.starts.append(chunk.names.count)
          chunk.names += name
          chunk.names.append(0)
        }
      }
      return (chunk, false)
    }

    /// A name the walk skips: it starts with "." (as a character: a dot that a combining
    /// mark joins does not count).
    static func isHidden(_ name: Slice<UnsafeRawBufferPointer>) -> Bool {
      guard name.first == UInt8(ascii: ".") else { return false }
      guard name.count > 1, name[name.startIndex + 1] >= 0x80 else { return true }
      return String(decoding: name, as: UTF8.self).hasPrefix(".")
    }
  }

  /// Names of a folder to stat: each ended by a zero, one after the other, from `starts`.
  private struct Chunk {
    let folder: Folder
    var names: [UInt8] = []
    var starts: [Int] = []
  }

  /// A folder found in the articles, to be opened.
  private typealias Found = (path: [UInt8], relative: [UInt8], depth: Int)

  private let condition = NSCondition()
  private var folders: [Folder] = []
  private var chunks: [Chunk] = []
  private var found: [Found] = []
  /// Turns being taken (listing, stat-ing, opening; the first, finding the articles folder).
  private var working = 1
  private var entered = Set<[UInt64]>()
  private var count = 0
  private var sums: (UInt64, UInt64) = (0, 0)
  private var key: String?
  /// Where the folders' listings are kept (nil: nowhere), those read from there, the time
  /// the walk started, and each folder closed so far with its names.
  private let listingsFile: URL?
  private var stored = FolderListings()
  private var startedAt: Int64 = 0
  private let settled: Int64
  private var closed = FolderListings()
  /// Folders listed by reading them, not from their stored names (for tests).
  private(set) var foldersRead = 0

  /// Starts stat-ing the articles of `folder` on another thread, with the folders' listings
  /// kept in `listings` when given (a folder's only once it had not changed for `settled`
  /// nanoseconds when listed: see `FolderListings`).
  init(_ folder: URL, listings: URL?, settled: Int64 = FolderListings.settled) {
    let root = folder.path
    listingsFile = listings
    self.settled = settled
    DispatchQueue.global().async {
      self.start(root)
      self.work()
    }
  }

  /// Starts stat-ing the articles of `folder`, every folder listed (`CachedLibrary.Opening`
  /// gives a cache's key its stored listings).
  convenience init(_ folder: URL) {
    self.init(folder, listings: nil)
  }

  /// The walk enters the articles folder from a listing of the folder, after the folder
  /// itself (the same folder is never entered twice).
  private func start(_ root: String) {
    let stored = listingsFile.map(FolderListings.read) ?? FolderListings()
    let startedAt = FolderListings.now()
    var info = stat()
    var identity: [UInt64]?
    var articles: Found?
    if let handle = opendir(root) {
      if fstat(dirfd(handle), &info) == 0 {
        identity = [UInt64(info.st_dev), UInt64(info.st_ino)]
      }
      if fstatat(dirfd(handle), "articles", &info, AT_SYMLINK_NOFOLLOW) == 0,
        info.st_mode & S_IFMT == S_IFDIR
      {
        articles = (Array((root + "/articles").utf8), Array("articles/".utf8), 1)
      }
      closedir(handle)
    }
    condition.lock()
    self.stored = stored
    self.startedAt = startedAt
    if let identity { entered.insert(identity) }
    if let articles { found.append(articles) }
    working -= 1
    condition.broadcast()
    condition.unlock()
  }

  /// The key, once every article is stat-ed; this thread takes the turns left meanwhile.
  /// The first call stores the folders' listings when they differ from those stored.
  public func value() -> String {
    work()
    condition.lock()
    defer { condition.unlock() }
    if let key { return key }
    let made = IndexCache.key(count: count, sums: sums)
    key = made
    if let listingsFile, foldersRead > 0 || closed.folders.count != stored.folders.count,
      closed != stored
    {
      closed.write(listingsFile)
    }
    return made
  }

  /// Takes turns until none are left and none are being taken. Listing comes first, so that
  /// one thread lists while the other stat-s.
  private func work() {
    var scratch = [UInt8](repeating: 0, count: 256)
    condition.lock()
    while true {
      if let folder = folders.last(where: { !$0.listed && !$0.listing }) {
        folder.listing = true
        working += 1
        condition.unlock()
        let (chunk, done) = folder.list(Self.chunk)
        condition.lock()
        working -= 1
        folder.listing = false
        folder.listed = done
        if !chunk.starts.isEmpty {
          folder.chunks += 1
          chunks.append(chunk)
        }
        close(folder)
        condition.broadcast()
      } else if let chunk = chunks.popLast() {
        working += 1
        condition.unlock()
        var part = (0, (UInt64(0), UInt64(0)))
        let inside = statNames(chunk, into: &part, scratch: &scratch)
        condition.lock()
        working -= 1
        chunk.folder.chunks -= 1
        count += part.0
        sums = (sums.0 &+ part.1.0, sums.1 &+ part.1.1)
        found += inside
        close(chunk.folder)
        condition.broadcast()
      } else if let next = found.popLast() {
        working += 1
        condition.unlock()
        let opened = open(next)
        condition.lock()
        working -= 1
        if let (handle, now) = opened {
          if now.map({ entered.insert([$0.device, $0.inode]).inserted }) ?? true {
            let kept = now.flatMap { now in
              stored.folders[next.relative].flatMap { $0.isUnchanged(now) ? $0 : nil }
            }
            if kept == nil { foldersRead += 1 }
            // A folder that cannot be identified is listed, and its names not kept.
            let names =
              kept ?? now
              ?? FolderListings.Listing(
                device: 0, inode: 0, modified: .max, changed: .max)
            folders.append(
              Folder(
                handle: handle, relative: next.relative, path: next.path, depth: next.depth,
                names: names, isStored: kept != nil))
          } else {
            closedir(handle)
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

  /// Closes `folder` once it is listed and stat-ed (with the lock held), keeping its names
  /// when they may be stored (see `FolderListings`).
  private func close(_ folder: Folder) {
    guard folder.listed, folder.chunks == 0 else { return }
    closedir(folder.handle)
    folders.removeAll { $0 === folder }
    if folder.isStored || folder.names.isSettled(listedAt: startedAt, by: settled) {
      closed.folders[folder.relative] = folder.names
    }
  }

  /// The folder `found` opened, with its identity and times when they can be read (the walk
  /// enters a folder it cannot identify).
  private func open(_ found: Found) -> (OpaquePointer, FolderListings.Listing?)? {
    var path = found.path
    path.append(0)
    guard
      let handle = path.withUnsafeBufferPointer({
        opendir(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self))
      })
    else { return nil }
    var info = stat()
    return (handle, fstat(dirfd(handle), &info) == 0 ? FolderListings.Listing(info) : nil)
  }

  /// Stat-s the names of `chunk`, adding each article's hash to `part` (count and sums);
  /// returns the folders among them to enter.
  private func statNames(
    _ chunk: Chunk, into part: inout (Int, (UInt64, UInt64)), scratch: inout [UInt8]
  ) -> [Found] {
    var inside: [Found] = []
    let descriptor = dirfd(chunk.folder.handle)
    chunk.names.withUnsafeBufferPointer { names in
      for (index, start) in chunk.starts.enumerated() {
        let end = index + 1 < chunk.starts.count ? chunk.starts[index + 1] : names.count
        let name = UnsafeBufferPointer(rebasing: names[start..<end - 1])
        if name.contains(where: { $0 >= 0x80 }) {
          // The walk's way, through a `String`, which repairs bytes that are not UTF-8 as
          // the walk's name does.
          var decoded = Array(String(decoding: name, as: UTF8.self).utf8)
          decoded.append(0)
          decoded.withUnsafeBufferPointer {
            Self.visit(
              UnsafeBufferPointer(rebasing: $0.dropLast()), of: chunk.folder, descriptor,
              part: &part, inside: &inside, scratch: &scratch)
          }
        } else {
          Self.visit(
            name, of: chunk.folder, descriptor, part: &part, inside: &inside, scratch: &scratch)
        }
      }
    }
    return inside
  }

  /// Stat-s `name` (ended by a zero past its count) in `folder`, open as `descriptor`: an
  /// article's hash is added to `part`, a folder to enter appended to `inside`. Its state
  /// comes as arguments: captured by a nested function, each name's `stat` buffer was checked
  /// for exclusive access at run time (a tenth of the walk's instructions).
  private static func visit(
    _ name: UnsafeBufferPointer<UInt8>, of folder: Folder, _ descriptor: Int32,
    part: inout (Int, (UInt64, UInt64)), inside: inout [Found], scratch: inout [UInt8]
  ) {
    var info = stat()
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
    } else if type == S_IFLNK || isMarkdown(name) {
      let lanes = hash(folder.relative, name, info, scratch: &scratch)
      part.0 += 1
      part.1 = (part.1.0 &+ lanes.0, part.1.1 &+ lanes.1)
    }
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
