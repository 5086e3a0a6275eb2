import BaclofenBundled
import BaclofenContent
import Foundation
import Testing

/// Reading a content folder from disk: only the files the format names, never through a
/// symbolic link, never blocking on a special file, every refusal named with its path.
@Suite struct FolderWalkTests {
  /// The bundled content written to a fresh folder.
  func contentFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appending(path: "walk-\(UUID())")
    for file in BundledContent.files.files {
      let url = folder.appending(path: file.path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(file.bytes).write(to: url)
    }
    return folder
  }

  func messages(_ folder: URL) -> [String] {
    do {
      _ = try ContentFolder.read(folder)
      return []
    } catch {
      return error.issues.map { "\($0.path.dropFirst(folder.path.count + 1)): \($0.message)" }
    }
  }

  @Test func symbolicLinkLoopsAreRefusedNotFollowed() throws {
    let folder = try contentFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    for (name, target) in [("a", "."), ("b", "."), ("up", "..")] {
      try FileManager.default.createSymbolicLink(
        atPath: folder.appending(path: "articles/\(name)").path, withDestinationPath: target)
    }
    #expect(
      messages(folder) == [
        "articles/a: is a symbolic link (not followed; put the file itself here)",
        "articles/b: is a symbolic link (not followed; put the file itself here)",
        "articles/up: is a symbolic link (not followed; put the file itself here)",
      ])
    // The cache key's walk takes the same route: five articles and three links, once each.
    #expect(ContentFolder.articleStamps(folder).count == 8)
  }

  @Test func linkedAndSpecialContentFilesAreRefusedByName() throws {
    let folder = try contentFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let questionnaire = folder.appending(path: "questionnaire.yaml")
    let elsewhere = folder.appending(path: "kept-elsewhere.yaml")
    try FileManager.default.moveItem(at: questionnaire, to: elsewhere)
    try FileManager.default.createSymbolicLink(at: questionnaire, withDestinationURL: elsewhere)
    try FileManager.default.removeItem(at: folder.appending(path: "withdrawal.md"))
    #expect(mkfifo(folder.appending(path: "withdrawal.md").path, 0o600) == 0)
    #expect(mkfifo(folder.appending(path: "articles/extra.md").path, 0o600) == 0)
    #expect(
      messages(folder) == [
        "articles/extra.md: is a FIFO, not a regular file",
        "questionnaire.yaml: is a symbolic link (not followed; put the file itself here)",
        "withdrawal.md: is a FIFO, not a regular file",
      ])
  }

  /// Files the format does not name are never opened: a FIFO would block, a large file
  /// would fill memory or fail the folder.
  @Test func filesTheFormatDoesNotNameAreNotRead() throws {
    let folder = try contentFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let large = Data(count: ContentFolder.maximumFileSize + 1)
    for path in ["manual.pdf", "articles/scan.png", "sources/huge.txt", "notes/big.md"] {
      let url = folder.appending(path: path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try large.write(to: url)
    }
    #expect(mkfifo(folder.appending(path: "pipe").path, 0o600) == 0)
    #expect(mkfifo(folder.appending(path: "articles/pipe.txt").path, 0o600) == 0)
    let read = try ContentFolder.read(folder)
    // The bundled folder also embeds the word list's licence, which no loader reads.
    let named = BundledContent.files.files.map(\.path).filter(ContentFolder.isContentFile)
    #expect(read.files.map(\.path) == named)
    #expect(named.contains("lexicon/english-words.txt"))
  }

  @Test func deepFoldersAreBounded() throws {
    let folder = try contentFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let deep = (0..<40).map { "d\($0)" }.joined(separator: "/")
    try FileManager.default.createDirectory(
      at: folder.appending(path: "articles/\(deep)"), withIntermediateDirectories: true)
    let found = messages(folder)
    #expect(found.count == 1)
    #expect(found.first?.hasSuffix("folders nested too deeply (more than 16)") == true)
  }

  @Test func theRootFolderIsReportedPlainly() throws {
    do {
      _ = try ContentFolder.read(URL(fileURLWithPath: "/nonexistent-folder"))
      Issue.record("a missing folder was read")
    } catch {
      #expect(error.issues.map(\.message) == ["no such folder"])
    }
  }
}
