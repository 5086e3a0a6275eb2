import Foundation

#if canImport(Glibc)
  import Glibc
  private let posixWrite = Glibc.write
#elseif canImport(Darwin)
  import Darwin
  private let posixWrite = Darwin.write
#endif

public enum AtomicFileError: Error, CustomStringConvertible {
  case system(String, path: String, errno: Int32)
  public var description: String {
    switch self {
    case .system(let call, let path, let code):
      "\(call) \(path): \(String(cString: strerror(code)))"
    }
  }
}

/// Writes a whole file or nothing: a temporary file in the same folder, flushed to disk,
/// then renamed over the target (rename is atomic within one file system).
public enum AtomicFile {
  /// Writes all of `bytes` to `descriptor`, through short writes and interruptions; the
  /// errno of the failure, or nil.
  public static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32? {
    var offset = 0
    while offset < bytes.count {
      let written = posixWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
      if written < 0 {
        if errno == EINTR { continue }
        return errno
      }
      offset += written
    }
    return nil
  }

  public static func write(_ data: Data, to url: URL, permissions: mode_t = 0o600) throws {
    let target = url.path
    let temporary = url.deletingLastPathComponent().appendingPathComponent(
      ".\(url.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    ).path
    let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL, permissions)
    guard fd >= 0 else { throw AtomicFileError.system("open", path: temporary, errno: errno) }
    var failure: AtomicFileError?
    if let code = data.withUnsafeBytes({ writeAll(fd, $0) }) {
      failure = .system("write", path: temporary, errno: code)
    }
    if failure == nil && fsync(fd) != 0 {
      failure = .system("fsync", path: temporary, errno: errno)
    }
    close(fd)
    if failure == nil && rename(temporary, target) != 0 {
      failure = .system("rename", path: target, errno: errno)
    }
    if let failure {
      unlink(temporary)
      throw failure
    }
    // Make the rename itself durable.
    let folder = open(url.deletingLastPathComponent().path, O_RDONLY)
    if folder >= 0 {
      fsync(folder)
      close(folder)
    }
  }
}
