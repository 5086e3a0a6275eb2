import BaclofenContent

/// The content folder that ships inside the binary (compiled from `Content/` at build time).
public enum BundledContent {
  public static let origin = "Content"

  public static var files: ContentFiles { files { _ in true } }

  /// Only the files whose paths `wanted` picks. The reader needs a few small ones to start:
  /// copying every file (the word lists most) was a thirtieth of its first frame.
  public static func files(_ wanted: (String) -> Bool) -> ContentFiles {
    ContentFiles(
      origin: origin,
      files: embeddedContentFiles.filter { wanted($0.path) }.map {
        ContentFile(path: $0.path, bytes: $0.bytes())
      })
  }

  /// The bytes of the text file at `path` where the binary holds them (they never change or
  /// go), nil when there is no such text file: read in place, not copied.
  public static func text(_ path: String) -> UnsafeBufferPointer<UInt8>? {
    guard let text = embeddedContentFiles.first(where: { $0.path == path })?.text,
      text.hasPointerRepresentation
    else { return nil }
    return UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
  }

  /// The articles as `LibraryLoader` parses them from `files`, parsed when the binary was
  /// built; nil when they have a problem (parse `files` to find it).
  public static var library: Library? { embeddedLibrary.flatMap(PreparsedLibrary.decode) }
}
