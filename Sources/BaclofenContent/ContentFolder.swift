import Foundation

/// Reads a content folder from disk into `ContentFiles` (the only file I/O of this module).
public enum ContentFolder {
  /// Files larger than this are refused rather than read: content is hand-edited text.
  public static let maximumFileSize = 4 * 1024 * 1024

  public static func read(_ directory: URL) throws(ContentErrors) -> ContentFiles {
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
        at: directory, includingPropertiesForKeys: [.isRegularFileKey, .fileSizeKey])
    else {
      throw ContentErrors([ContentIssue(path: origin, line: nil, message: "cannot be read")])
    }
    var files: [ContentFile] = []
    var issues: [ContentIssue] = []
    let root = directory.standardizedFileURL.path
    for case let url as URL in walker {
      let relative = String(url.standardizedFileURL.path.dropFirst(root.count + 1))
      if relative.hasPrefix("sources/") || url.lastPathComponent.hasPrefix(".") { continue }
      let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .fileSizeKey])
      guard values?.isRegularFile == true else { continue }
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

extension Double {
  fileprivate func rounded(toPlaces places: Int) -> Double {
    let scale = pow(10, Double(places))
    return (self * scale).rounded() / scale
  }
}
