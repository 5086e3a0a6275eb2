import Foundation

/// Reads a content folder from disk into `ContentFiles` (the only file I/O of this module).
public enum ContentFolder {
  /// Files larger than this are refused rather than read: content is hand-edited text.
  public static let maximumFileSize = 4 * 1024 * 1024

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
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: origin, isDirectory: &isDirectory) else {
      throw ContentErrors([ContentIssue(path: origin, line: nil, message: "no such folder")])
    }
    guard isDirectory.boolValue else {
      throw ContentErrors([
        ContentIssue(path: origin, line: nil, message: "not a folder (give the content folder)")
      ])
    }
    guard
      let walker = FileManager.default.enumerator(
        at: directory,
        includingPropertiesForKeys: [.isRegularFileKey, .isDirectoryKey, .fileSizeKey])
    else {
      throw ContentErrors([ContentIssue(path: origin, line: nil, message: "cannot be read")])
    }
    var files: [ContentFile] = []
    var issues: [ContentIssue] = []
    let root = directory.standardizedFileURL.path
    for case let url as URL in walker {
      let relative = String(url.standardizedFileURL.path.dropFirst(root.count + 1))
      if relative.hasPrefix("sources/") || url.lastPathComponent.hasPrefix(".") { continue }
      let values = try? url.resourceValues(
        forKeys: [.isRegularFileKey, .isDirectoryKey, .fileSizeKey])
      if values?.isDirectory == true {
        if !include(relative + "/") { walker.skipDescendants() }
        continue
      }
      guard include(relative), values?.isRegularFile == true else { continue }
      if let size = values?.fileSize, size > maximumFileSize {
        let megabytes = Double(size) / 1_048_576
        issues.append(
          ContentIssue(
            path: origin + "/" + relative, line: nil,
            message: "file is too large (\(megabytes.rounded(toPlaces: 1)) MB; limit 4 MB)"))
        continue
      }
      guard let data = FileManager.default.contents(atPath: url.path) else {
        issues.append(
          ContentIssue(path: origin + "/" + relative, line: nil, message: "cannot be read"))
        continue
      }
      files.append(ContentFile(path: relative, bytes: [UInt8](data)))
    }
    guard issues.isEmpty else { throw ContentErrors(issues) }
    return ContentFiles(origin: origin, files: files)
  }
}

/// What identifies a version of a file without reading it.
public struct FileStamp: Sendable, Equatable {
  public var path: String
  public var size: Int
  /// Modification time in nanoseconds since 1970.
  public var modified: Int64
}

extension ContentFolder {
  /// Path, size and modification time of every article file (`articles/**/*.md`), sorted by
  /// path; stat only, no reading. Empty when the folder has no articles folder.
  public static func articleStamps(_ directory: URL) -> [FileStamp] {
    let root = directory.appendingPathComponent(LibraryLoader.articleFolder).path
    var stamps: [FileStamp] = []
    walk(root, relative: "", into: &stamps)
    return stamps.sorted { $0.path < $1.path }
  }

  /// readdir + fstatat: FileManager's enumerator took most of a warm start on Linux.
  private static func walk(_ folder: String, relative: String, into stamps: inout [FileStamp]) {
    guard let handle = opendir(folder) else { return }
    defer { closedir(handle) }
    let descriptor = dirfd(handle)
    while let entry = readdir(handle) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      guard !name.hasPrefix(".") else { continue }
      var info = stat()
      guard fstatat(descriptor, name, &info, 0) == 0 else { continue }
      let path = relative.isEmpty ? name : relative + "/" + name
      if (info.st_mode & S_IFMT) == S_IFDIR {
        walk(folder + "/" + name, relative: path, into: &stamps)
      } else if (info.st_mode & S_IFMT) == S_IFREG, name.hasSuffix(".md") {
        #if canImport(Darwin)
          let time = info.st_mtimespec
        #else
          let time = info.st_mtim
        #endif
        stamps.append(
          FileStamp(
            path: LibraryLoader.articleFolder + path, size: Int(info.st_size),
            modified: Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)))
      }
    }
  }
}

extension Double {
  fileprivate func rounded(toPlaces places: Int) -> Double {
    let scale = pow(10, Double(places))
    return (self * scale).rounded() / scale
  }
}
