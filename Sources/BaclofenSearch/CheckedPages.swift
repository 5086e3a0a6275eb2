import Foundation
import GRDBSQLite

/// The index cache's pages each end in a checksum of the rest, checked by SQLite's own reads
/// as they happen: the cache is read in place, page by page, so damage is found in the pages
/// a query reads, when it reads them, and never costs a pass over the whole file.
///
/// The database is built with `reserved` bytes left free at the end of every page (SQLite's
/// "reserved space", which it never uses), `seal` fills them before the file is written, and
/// a connection opened through the VFS named `vfsName` checks every whole page it reads. A
/// page that does not match — a flipped byte, garbage, zeros, a page past the end of a file
/// cut short — fails the read with `SQLITE_IOERR_DATA`, which the cache treats as damage
/// (see `CachedLibrary`). Reads go through SQLite's default VFS (`pread`), never `mmap`: a
/// mapped file cut short by another process ends the reader with SIGBUS.
enum CheckedPages {
  static let vfsName = "baclofen-checked"
  /// Bytes at the end of each page holding its checksum.
  static let reserved: Int32 = 8
  static let ioErrorData: Int32 = 10 | (32 << 8)
  private static let shortRead: Int32 = 10 | (2 << 8)

  /// Registers the VFS with SQLite, once; false when there is no default VFS to read through.
  static let isRegistered: Bool = {
    guard let root = sqlite3_vfs_find(nil) else { return false }
    let vfs = UnsafeMutablePointer<sqlite3_vfs>.allocate(capacity: 1)
    vfs.initialize(to: root.pointee)
    vfs.pointee.iVersion = min(root.pointee.iVersion, 2)
    vfs.pointee.pNext = nil
    vfs.pointee.zName = UnsafePointer(strdup(vfsName))
    vfs.pointee.pAppData = UnsafeMutableRawPointer(root)
    vfs.pointee.szOsFile = Int32(innerOffset) + root.pointee.szOsFile
    vfs.pointee.xOpen = { vfs, name, file, flags, outFlags in
      guard let vfs, let file,
        let root = vfs.pointee.pAppData?.assumingMemoryBound(
          to: sqlite3_vfs.self), let open = root.pointee.xOpen
      else { return SQLITE_CANTOPEN }
      // Only the database itself is checked; anything else (a temporary file) is the default
      // VFS's own file, which fits in the larger space.
      guard flags & SQLITE_OPEN_MAIN_DB != 0 else { return open(root, name, file, flags, outFlags) }
      file.pointee.pMethods = nil
      let inner = CheckedPages.inner(file)
      let code = open(root, name, inner, flags, outFlags)
      if inner.pointee.pMethods != nil { file.pointee.pMethods = UnsafePointer(methods) }
      return code
    }
    return sqlite3_vfs_register(vfs, 0) == SQLITE_OK
  }()

  /// The default VFS's file inside ours, after our `sqlite3_file` (one pointer).
  private static let innerOffset = 16

  private static func inner(_ file: UnsafeMutablePointer<sqlite3_file>?)
    -> UnsafeMutablePointer<sqlite3_file>
  {
    UnsafeMutableRawPointer(file!).advanced(by: innerOffset).assumingMemoryBound(
      to: sqlite3_file.self)
  }

  private static func forward(_ file: UnsafeMutablePointer<sqlite3_file>?)
    -> (UnsafeMutablePointer<sqlite3_file>, sqlite3_io_methods)
  {
    let inner = inner(file)
    return (inner, inner.pointee.pMethods.pointee)
  }

  /// Version 1: no shared memory (no WAL) and no memory-mapped pages (`xFetch`).
  nonisolated(unsafe) private static let methods: UnsafeMutablePointer<sqlite3_io_methods> = {
    var m = sqlite3_io_methods()
    m.iVersion = 1
    m.xClose = { file in
      let (inner, methods) = forward(file)
      return methods.xClose(inner)
    }
    m.xRead = { file, buffer, amount, offset in
      let (inner, methods) = forward(file)
      let code = methods.xRead(inner, buffer, amount, offset)
      // A whole page: a power of two of at least 512 bytes at a multiple of its size (the
      // 100-byte header SQLite reads first is checked with page 1).
      guard let buffer, amount >= 512, amount & (amount - 1) == 0, offset % Int64(amount) == 0
      else { return code }
      guard code == SQLITE_OK else { return code == shortRead ? ioErrorData : code }
      let page = UnsafeRawBufferPointer(start: buffer, count: Int(amount))
      return isSound(page, number: offset / Int64(amount) + 1) ? SQLITE_OK : ioErrorData
    }
    m.xWrite = { file, buffer, amount, offset in
      let (inner, methods) = forward(file)
      return methods.xWrite(inner, buffer, amount, offset)
    }
    m.xTruncate = { file, size in
      let (inner, methods) = forward(file)
      return methods.xTruncate(inner, size)
    }
    m.xSync = { file, flags in
      let (inner, methods) = forward(file)
      return methods.xSync(inner, flags)
    }
    m.xFileSize = { file, size in
      let (inner, methods) = forward(file)
      return methods.xFileSize(inner, size)
    }
    m.xLock = { file, lock in
      let (inner, methods) = forward(file)
      return methods.xLock(inner, lock)
    }
    m.xUnlock = { file, lock in
      let (inner, methods) = forward(file)
      return methods.xUnlock(inner, lock)
    }
    m.xCheckReservedLock = { file, out in
      let (inner, methods) = forward(file)
      return methods.xCheckReservedLock(inner, out)
    }
    m.xFileControl = { file, operation, argument in
      let (inner, methods) = forward(file)
      return methods.xFileControl(inner, operation, argument)
    }
    m.xSectorSize = { file in
      let (inner, methods) = forward(file)
      return methods.xSectorSize(inner)
    }
    m.xDeviceCharacteristics = { file in
      let (inner, methods) = forward(file)
      return methods.xDeviceCharacteristics(inner)
    }
    let pointer = UnsafeMutablePointer<sqlite3_io_methods>.allocate(capacity: 1)
    pointer.initialize(to: m)
    return pointer
  }()

  /// Leaves `reserved` bytes free at the end of every page of the empty database `db`.
  static func reserve(_ connection: OpaquePointer?) {
    var count = reserved
    _ = sqlite3_file_control(connection, "main", SQLITE_FCNTL_RESERVE_BYTES, &count)
  }

  /// The page size of a database image whose first 100 bytes are `header`, when its pages
  /// have `reserved` bytes free; nil otherwise.
  static func pageSize(header: UnsafeRawBufferPointer) -> Int? {
    guard header.count >= 100, header.starts(with: "SQLite format 3\0".utf8),
      header[20] == UInt8(reserved)
    else { return nil }
    let size = Int(header[16]) << 8 | Int(header[17])
    let pageSize = size == 1 ? 65536 : size
    guard pageSize >= 512, pageSize & (pageSize - 1) == 0 else { return nil }
    return pageSize
  }

  /// The page count an image's header records (bytes 28…31).
  static func pageCount(header: UnsafeRawBufferPointer) -> Int {
    (28..<32).reduce(0) { $0 << 8 | Int(header[$1]) }
  }

  /// Writes every page's checksum into its reserved bytes; false when `image` is not a
  /// database whose pages have them.
  static func seal(_ image: UnsafeMutableRawBufferPointer) -> Bool {
    guard let size = pageSize(header: UnsafeRawBufferPointer(image)), image.count % size == 0
    else { return false }
    for start in stride(from: 0, to: image.count, by: size) {
      let page = UnsafeMutableRawBufferPointer(rebasing: image[start..<(start + size)])
      let sum = checksum(UnsafeRawBufferPointer(page), number: Int64(start / size + 1))
      page.storeBytes(of: sum.littleEndian, toByteOffset: size - 8, as: UInt64.self)
    }
    return true
  }

  static func isSound(_ page: UnsafeRawBufferPointer, number: Int64) -> Bool {
    let stored = UInt64(
      littleEndian: page.loadUnaligned(fromByteOffset: page.count - 8, as: UInt64.self))
    return stored == checksum(page, number: number)
  }

  /// A 64-bit checksum of a page but its last 8 bytes, seeded by its number (a page in
  /// another page's place, or of zeros, does not match): Fletcher's sums of its 8-byte words,
  /// each brought through a bijection, so a change confined to one word always shows.
  static func checksum(_ page: UnsafeRawBufferPointer, number: Int64) -> UInt64 {
    var sum = UInt64(bitPattern: number) &* 0x9E37_79B9_7F4A_7C15 ^ 0x243F_6A88_85A3_08D3
    var order: UInt64 = 0
    let words = (page.count - 8) / 8
    for index in 0..<words {
      sum &+= page.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)
      order &+= sum
    }
    return ContentHash.finish(sum) ^ ContentHash.finish(order ^ 0x1319_8A2E_0370_7344)
  }
}
