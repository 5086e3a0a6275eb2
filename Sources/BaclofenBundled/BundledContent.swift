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

  /// The articles as `LibraryLoader` parses them from `files`, parsed when the binary was
  /// built; nil when they have a problem (parse `files` to find it).
  public static var library: Library? { embeddedLibrary.flatMap(PreparsedLibrary.decode) }
}
