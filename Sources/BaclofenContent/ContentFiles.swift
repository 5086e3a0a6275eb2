import BaclofenText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The files of a content folder, already read: a path relative to the folder and raw bytes.
/// Parsing works on this, so the bundled copy and a folder on disk go through the same code.
public struct ContentFile: Sendable, Equatable {
  public var path: String
  public var bytes: [UInt8]
  public init(path: String, bytes: [UInt8]) {
    self.path = path
    self.bytes = bytes
  }
}

public struct ContentFiles: Sendable {
  /// Where the files came from, used as the prefix of every reported path.
  public var origin: String
  public var files: [ContentFile]

  public init(origin: String, files: [ContentFile]) {
    self.origin = origin
    self.files = files.sorted { $0.path < $1.path }
  }

  public func file(_ path: String) -> ContentFile? { files.first { $0.path == path } }

  /// The path as shown in messages: `origin/path`.
  public func displayPath(_ path: String) -> String { Self.join(origin, path) }

  /// `folder/path`, with one slash also when the folder is `/`.
  public static func join(_ folder: String, _ path: String) -> String {
    folder.isEmpty ? path : folder.hasSuffix("/") ? folder + path : folder + "/" + path
  }

  /// The file as text, or an issue naming the line of the first byte that is not UTF-8.
  public func text(of file: ContentFile) -> Result<String, ContentIssue> {
    if var text = String(validating: file.bytes, as: UTF8.self) {
      if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
      // Most files have no carriage return at all: a scan of the bytes tells (`memchr`; a
      // search of the string's UTF-8 view took a tenth of a bundled search's instructions).
      let carriageReturn = file.bytes.withUnsafeBytes {
        $0.baseAddress.map { memchr($0, 0x0D, file.bytes.count) != nil } ?? false
      }
      return .success(carriageReturn ? text.replacingCRLF : text)
    }
    var decoder = UTF8()
    var iterator = file.bytes.makeIterator()
    var line = 1
    loop: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar): if scalar == "\n" { line += 1 }
      case .emptyInput: break loop
      case .error: break loop
      }
    }
    return .failure(
      ContentIssue(
        path: displayPath(file.path), line: line,
        message: "not valid UTF-8 text (save the file as UTF-8)"))
  }
}

extension String {
  fileprivate var replacingCRLF: String {
    contains("\r\n")
      ? split(separator: "\r\n", omittingEmptySubsequences: false)
        .joined(separator: "\n") : self
  }
}
