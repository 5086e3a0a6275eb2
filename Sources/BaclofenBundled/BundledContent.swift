import BaclofenContent

/// The content folder that ships inside the binary (compiled from `Content/` at build time).
public enum BundledContent {
  public static let origin = "Content"

  public static var files: ContentFiles {
    ContentFiles(
      origin: origin,
      files: embeddedContentFiles.map { ContentFile(path: $0.path, bytes: $0.bytes) })
  }

  /// The articles as `LibraryLoader` parses them from `files`, parsed when the binary was
  /// built; nil when they have a problem (parse `files` to find it).
  public static var library: Library? { embeddedLibrary.flatMap(PreparsedLibrary.decode) }
}
