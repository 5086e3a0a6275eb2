import Foundation

#if canImport(Glibc)
  import Glibc
  private let posixRead = Glibc.read
#elseif canImport(Darwin)
  import Darwin
  private let posixRead = Darwin.read
#endif

/// Reads a content folder from disk into `ContentFiles` (the only file I/O of this module).
/// Only the files the content format names are read — `articles/**/*.md`, `withdrawal.md`,
/// `questionnaire.yaml`, `synonyms.yaml`, `question-kinds.txt`, `lexicon/english-words.txt`,
/// `lexicon/wordnet-links.txt` —
/// and only the folders that hold them are entered, so an unrelated tree costs nothing.
/// Symbolic links are never followed, a folder is entered once however it is reached, and
/// anything that is not a small regular file is refused with `path: reason`: no walk can loop,
/// block or fill memory.
public enum ContentFolder {
  /// Files larger than this are refused rather than read: content is hand-edited text.
  public static let maximumFileSize = 4 * 1024 * 1024
  /// Deeper folders are refused: no real library nests its articles this far.
  public static let maximumDepth = 16
  /// The content files outside `articles/`.
  public static let namedFiles: Set<String> = [
    "withdrawal.md", "questionnaire.yaml", "synonyms.yaml", "question-kinds.txt",
    "lexicon/english-words.txt", "lexicon/wordnet-links.txt",
  ]

  public static func read(_ directory: URL) throws(ContentErrors) -> ContentFiles {
    try read(directory, including: { _ in true })
  }

  /// Reads only the files whose relative path `include` accepts (e.g. all but the articles,
  /// when a cached index already holds them). A folder is entered only when `include` accepts
  /// its path with a trailing "/": skipping 10,000 articles unlisted was most of the time.
  public static func read(_ directory: URL, including include: (String) -> Bool)
    throws(ContentErrors) -> ContentFiles
  {
    let origin = directory.path
    try checkRoot(origin)
    var files: [ContentFile] = []
    var issues: [ContentIssue] = []
    var walk = Walk(root: origin)
    walk.run { relative, info in
      guard include(relative) else { return }
      switch readFile(ContentFiles.join(origin, relative), info: info) {
      case .success(let bytes): files.append(ContentFile(path: relative, bytes: bytes))
      case .failure(let refused):
        issues.append(
          ContentIssue(
            path: ContentFiles.join(origin, relative), line: nil, message: refused.reason))
      }
    } entering: {
      include($0 + "/")
    }
    issues += walk.issues
    guard issues.isEmpty else { throw ContentErrors(issues) }
    return ContentFiles(origin: origin, files: files)
  }

  /// True for a path (relative to the folder) that the content format names.
  public static func isContentFile(_ relative: String) -> Bool {
    namedFiles.contains(relative)
      || (relative.hasPrefix(LibraryLoader.articleFolder) && relative.hasSuffix(".md"))
  }

  private static func checkRoot(_ origin: String) throws(ContentErrors) {
    func fail(_ message: String) -> ContentErrors {
      ContentErrors([ContentIssue(path: origin, line: nil, message: message)])
    }
    guard !origin.isEmpty else { throw fail("no folder given") }
    // The folder itself may be a link: it was named on purpose.
    var info = stat()
    guard stat(origin, &info) == 0 else {
      throw fail(errno == ENOENT ? "no such folder" : "cannot be read (\(reason(errno)))")
    }
    guard (info.st_mode & S_IFMT) == S_IFDIR else {
      throw fail("not a folder (give the content folder)")
    }
  }

  /// The whole of a regular file no larger than the limit, or why not.
  private static func readFile(_ path: String, info: stat) -> Result<[UInt8], Refused> {
    if let refusal = refusal(info) { return .failure(Refused(refusal)) }
    // No following a link and no waiting on a FIFO swapped in since the walk looked.
    let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { return .failure(Refused("cannot be read (\(reason(errno)))")) }
    defer { close(descriptor) }
    var opened = stat()
    guard fstat(descriptor, &opened) == 0 else {
      return .failure(Refused("cannot be read (\(reason(errno)))"))
    }
    if let refusal = refusal(opened) { return .failure(Refused(refusal)) }
    // Read into memory not zeroed first: zeroing it was 0.4 M instructions of a warm search
    // of a folder, for bytes written over at once.
    var failure: Int32 = 0
    let bytes = [UInt8](unsafeUninitializedCapacity: Int(opened.st_size) + 1) { buffer, count in
      count = 0
      while count < buffer.count {
        let got = posixRead(descriptor, buffer.baseAddress! + count, buffer.count - count)
        if got < 0 && errno == EINTR { continue }
        guard got >= 0 else {
          failure = errno
          return
        }
        if got == 0 { break }
        count += got
      }
    }
    guard failure == 0 else { return .failure(Refused("cannot be read (\(reason(failure)))")) }
    // A file that grew while it was read is refused like any oversize one.
    guard bytes.count <= maximumFileSize else { return .failure(Refused(tooLarge(bytes.count))) }
    return .success(bytes)
  }

  private struct Refused: Error {
    let reason: String
    init(_ reason: String) { self.reason = reason }
  }

  private static func refusal(_ info: stat) -> String? {
    switch info.st_mode & S_IFMT {
    case S_IFREG:
      return Int(info.st_size) > maximumFileSize ? tooLarge(Int(info.st_size)) : nil
    case S_IFLNK: return "is a symbolic link (not followed; put the file itself here)"
    case S_IFDIR: return "is a folder, not a file"
    case S_IFIFO: return "is a FIFO, not a regular file"
    case S_IFSOCK: return "is a socket, not a regular file"
    default: return "is a device, not a regular file"
    }
  }

  private static func tooLarge(_ size: Int) -> String {
    let megabytes = (Double(size) / 1_048_576 * 10).rounded() / 10
    return "file is too large (\(megabytes) MB; limit 4 MB)"
  }

  /// The system's reason, in lower case to read as part of a sentence.
  static func reason(_ code: Int32) -> String {
    let text = String(cString: strerror(code))
    return text.prefix(1).lowercased() + text.dropFirst()
  }
}

/// The walk over a content folder: readdir + lstat, no link followed, each folder (by device
/// and inode) entered once, depth bounded; folders that cannot be read become issues.
struct Walk {
  let root: String
  /// Whether each folder's entries are visited sorted by name, or as the folder lists them.
  let inOrder: Bool
  private(set) var issues: [ContentIssue] = []
  private var entered = Set<[UInt64]>()

  init(root: String, inOrder: Bool = true) {
    self.root = root
    self.inOrder = inOrder
  }

  /// Calls `visit` with every content file's relative path and `lstat`, and enters a folder
  /// only when `enter` accepts its relative path (and it is the articles folder or in it, or
  /// holds a named file).
  mutating func run(
    _ visit: (String, stat) -> Void, entering enter: (String) -> Bool = { _ in true }
  ) {
    walk(root, relative: "", depth: 0, visit, enter)
  }

  private mutating func walk(
    _ folder: String, relative: String, depth: Int, _ visit: (String, stat) -> Void,
    _ enter: (String) -> Bool
  ) {
    guard let handle = opendir(folder) else {
      issue(relative, "cannot be read (\(ContentFolder.reason(errno)))")
      return
    }
    defer { closedir(handle) }
    var folderInfo = stat()
    if fstat(dirfd(handle), &folderInfo) == 0 {
      guard entered.insert([UInt64(folderInfo.st_dev), UInt64(folderInfo.st_ino)]).inserted
      else {
        issue(relative, "is the same folder as one already read (a bind mount?)")
        return
      }
    }
    let descriptor = dirfd(handle)
    var names: [String] = []
    while let entry = readdir(handle) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if !name.hasPrefix(".") { names.append(name) }
    }
    let prefix = relative.isEmpty ? "" : relative + "/"
    // Asked once a folder, not of each of its 10,000 files' paths: every entry of the articles
    // folder or of a folder in it is in it, and is a content file when it ends in ".md" (no
    // named file is in it).
    let folderInArticles =
      LibraryLoader.articleFolder.dropLast() == relative
      || relative.hasPrefix(LibraryLoader.articleFolder)
    for name in inOrder ? names.sorted() : names {
      let path = prefix + name
      // Neither builds `path + "/"` for every file: that was a third of the walk's time.
      let inArticles =
        folderInArticles || (relative.isEmpty && LibraryLoader.articleFolder.dropLast() == name)
      func holdsNamedFile() -> Bool {
        let folder = path + "/"
        return ContentFolder.namedFiles.contains { $0.hasPrefix(folder) }
      }
      var info = stat()
      // `withCString`: passing the name converted it to a new array of bytes for every file.
      guard name.withCString({ fstatat(descriptor, $0, &info, AT_SYMLINK_NOFOLLOW) }) == 0 else {
        if inArticles || ContentFolder.isContentFile(path) {
          issue(path, "cannot be read (\(ContentFolder.reason(errno)))")
        }
        continue
      }
      let type = info.st_mode & S_IFMT
      if type == S_IFDIR {
        guard inArticles || holdsNamedFile(), enter(path) else { continue }
        guard depth < ContentFolder.maximumDepth else {
          issue(path, "folders nested too deeply (more than \(ContentFolder.maximumDepth))")
          continue
        }
        walk(folder + "/" + name, relative: path, depth: depth + 1, visit, enter)
      } else if (folderInArticles ? Self.isMarkdown(name) : ContentFolder.isContentFile(path))
        || (inArticles && type == S_IFLNK)
      {
        visit(path, info)
      }
    }
  }

  /// `name.hasSuffix(".md")`, by its bytes when they tell: they do when the name ends in
  /// ".md" after an ASCII byte (no character can join the dot then) or does not end in
  /// those bytes at all (no other characters equal them).
  static func isMarkdown(_ name: String) -> Bool {
    let utf8 = name.utf8
    var tail = utf8.reversed().makeIterator()
    guard tail.next() == UInt8(ascii: "d"), tail.next() == UInt8(ascii: "m"),
      tail.next() == UInt8(ascii: ".")
    else { return false }
    guard let before = tail.next() else { return true }
    return before < 0x80 || name.hasSuffix(".md")
  }

  private mutating func issue(_ relative: String, _ message: String) {
    let path = ContentFiles.join(root, relative)
    issues.append(ContentIssue(path: path, line: nil, message: message))
  }
}

/// What identifies a version of a file without reading it.
public struct FileStamp: Sendable, Equatable {
  public var path: String
  public var size: Int
  /// Modification time in nanoseconds since 1970.
  public var modified: Int64
}

extension FileStamp {
  /// `time` in nanoseconds since 1970, as stamps record file times.
  public static func nanoseconds(_ time: timespec) -> Int64 {
    Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
  }

  /// The modification time of `info` in nanoseconds since 1970.
  public static func nanoseconds(_ info: stat) -> Int64 {
    #if canImport(Darwin)
      nanoseconds(info.st_mtimespec)
    #else
      nanoseconds(info.st_mtim)
    #endif
  }

  /// The time `info`'s status last changed (a folder's: names added, removed or renamed,
  /// or its own stamp set), in nanoseconds since 1970.
  public static func changeNanoseconds(_ info: stat) -> Int64 {
    #if canImport(Darwin)
      nanoseconds(info.st_ctimespec)
    #else
      nanoseconds(info.st_ctim)
    #endif
  }
}

extension ContentFolder {
  /// Path, size and modification time of every article file (`articles/**/*.md`), in the
  /// order the folders list them (sorting 10,000 names was a quarter of the walk); stat only,
  /// no reading, by the same walk as `read`. Empty when the folder has no articles folder.
  public static func articleStamps(_ directory: URL) -> [FileStamp] {
    var stamps: [FileStamp] = []
    var walk = Walk(root: directory.path, inOrder: false)
    walk.run { path, info in
      guard path.hasPrefix(LibraryLoader.articleFolder) else { return }
      stamps.append(
        FileStamp(path: path, size: Int(info.st_size), modified: FileStamp.nanoseconds(info)))
    }
    return stamps
  }
}
