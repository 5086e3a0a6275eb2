import BaclofenContent

/// The content folder that ships inside the binary (compiled from `Content/` at build time).
public enum BundledContent {
  public static let origin = "Content"

  public static var files: ContentFiles {
    ContentFiles(
      origin: origin,
      files: embeddedContentFiles.map { ContentFile(path: $0.path, bytes: $0.bytes.array) })
  }

  /// The bytes of the bundled text file at `path` where the binary holds them, valid as long
  /// as the process runs: nothing is copied, and only the pages read are in memory (a bundled
  /// search reads the word list so, instead of copying every file); nil when there is no such
  /// file or it is not UTF-8 text.
  public static func lastingBytes(_ path: String) -> UnsafeBufferPointer<UInt8>? {
    guard let file = embeddedContentFiles.first(where: { $0.path == path }),
      case .text(let text) = file.bytes
    else { return nil }
    return UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
  }

  /// The articles as `LibraryLoader` parses them from `files`, parsed when the binary was
  /// built; nil when they have a problem (parse `files` to find it).
  public static var library: Library? { embeddedLibrary.flatMap(PreparsedLibrary.decode) }
}

/// A bundled file as compiled in (see embed-content): text as a literal, anything else as its
/// bytes.
enum EmbeddedBytes: Sendable {
  case text(StaticString)
  case bytes([UInt8])

  var array: [UInt8] {
    switch self {
    case .text(let text):
      Array(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    case .bytes(let bytes): bytes
    }
  }
}
