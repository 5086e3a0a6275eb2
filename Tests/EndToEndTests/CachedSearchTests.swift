import Foundation
import Testing

/// `search --content DIR` through the on-disk index cache, with the cache folder given to the
/// child process only (this process's environment is left alone).
@Suite struct CachedSearchTests {
  let content = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appending(path: "Content")

  func search(_ environment: [String: String]) throws -> (
    status: Int32, stdout: String, stderr: String
  ) {
    let result = try Binary.run(
      ["search", "withdrawal seizures", "--json", "--content", content.path],
      environment: environment)
    return (result.status, result.stdout, result.stderr)
  }

  @Test func contentFolderSearchesBuildThenReuseTheCache() throws {
    let scratch = FileManager.default.temporaryDirectory.appending(path: "cache-e2e-\(UUID())")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let bundled = try Binary.run(["search", "withdrawal seizures", "--json"])

    let first = try search(["XDG_CACHE_HOME": scratch.path])
    #expect(first.status == 0 && first.stderr.isEmpty, "\(first.stderr)")
    let cached = try FileManager.default.contentsOfDirectory(
      atPath: scratch.appending(path: "baclofen").path)
    #expect(cached.filter { $0.hasSuffix(".cache") }.count == 1, "\(cached)")
    let second = try search(["XDG_CACHE_HOME": scratch.path])
    #expect(second.stdout == first.stdout)
    #expect(first.stdout.contains("\"spasticity-primer/major-caution\""))
    #expect(bundled.stdout.contains("\"spasticity-primer/major-caution\""))

    // A cache folder that cannot be made, or none at all: same answer, one line of notice.
    let blocker = scratch.appending(path: "a-file")
    try Data("x".utf8).write(to: blocker)
    for environment in [
      ["XDG_CACHE_HOME": blocker.appending(path: "cache").path],
      ["XDG_CACHE_HOME": "", "HOME": ""],
    ] {
      let result = try search(environment)
      #expect(result.status == 0)
      #expect(result.stdout == first.stdout)
      let lines = result.stderr.split(separator: "\n")
      #expect(lines.count == 1 && lines[0].contains("in memory"), "\(result.stderr)")
    }
  }

  /// Damage that keeps the file's size and time, and a FIFO where the file belongs: the same
  /// answer as before, nothing on stderr, and no wait.
  @Test(.timeLimit(.minutes(2))) func aDamagedOrSpecialCacheFileIsRebuiltNotTrusted() throws {
    let scratch = FileManager.default.temporaryDirectory.appending(path: "cache-e2e-\(UUID())")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let environment = ["XDG_CACHE_HOME": scratch.path]
    let first = try search(environment)
    let folder = scratch.appending(path: "baclofen")
    let name = try #require(
      try FileManager.default.contentsOfDirectory(atPath: folder.path).first {
        $0.hasSuffix(".cache")
      })
    let file = folder.appending(path: name)
    let modified = try #require(
      FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date)
    var bytes = try [UInt8](Data(contentsOf: file))
    for offset in stride(from: 100, to: bytes.count, by: bytes.count / 7) { bytes[offset] ^= 0x20 }
    try Data(bytes).write(to: file)
    try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: file.path)
    let damaged = try search(environment)
    #expect(damaged.status == 0 && damaged.stderr.isEmpty, "\(damaged.stderr)")
    #expect(damaged.stdout == first.stdout)

    try FileManager.default.removeItem(at: file)
    #expect(mkfifo(file.path, 0o600) == 0)
    let fifo = try search(environment)
    #expect(fifo.status == 0, "\(fifo.stderr)")
    #expect(fifo.stdout == first.stdout)
  }

  /// A folder is checked in full before its first search and again whenever any file of it
  /// changes, even keeping its size and time: a broken questionnaire is reported with its
  /// line every time, never searched past.
  @Test func aFolderIsCheckedAgainWheneverAFileOfItChanges() throws {
    let scratch = FileManager.default.temporaryDirectory.appending(path: "cache-e2e-\(UUID())")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let folder = scratch.appending(path: "content")
    try FileManager.default.copyItem(at: content, to: folder)
    let environment = ["XDG_CACHE_HOME": scratch.appending(path: "cache").path]
    func search() throws -> Binary.Result {
      try Binary.run(
        ["search", "withdrawal seizures", "--json", "--content", folder.path],
        environment: environment)
    }
    let clean = try search()
    #expect(clean.status == 0 && clean.stderr.isEmpty, "\(clean.stderr)")
    #expect(try search().stdout == clean.stdout)

    // The same length and time, one key misspelt: `title` becomes `titel`.
    let questionnaire = folder.appending(path: "questionnaire.yaml")
    let modified = try #require(
      FileManager.default.attributesOfItem(atPath: questionnaire.path)[.modificationDate] as? Date)
    let original = try String(contentsOf: questionnaire, encoding: .utf8)
    let broken = original.replacingOccurrences(of: "\ntitle:", with: "\ntitel:")
    #expect(broken != original && broken.utf8.count == original.utf8.count)
    try Data(broken.utf8).write(to: questionnaire)
    try FileManager.default.setAttributes(
      [.modificationDate: modified], ofItemAtPath: questionnaire.path)
    for _ in 0..<2 {
      let result = try search()
      #expect(result.status == 65 && result.stdout.isEmpty, "\(result.stdout)")
      #expect(result.stderr.contains("questionnaire.yaml:"), "\(result.stderr)")
    }

    try Data(original.utf8).write(to: questionnaire)
    let again = try search()
    #expect(again.status == 0 && again.stdout == clean.stdout, "\(again.stderr)")
  }

  /// An article added, edited or removed after the cache was built is searched as it is now,
  /// in the run right after the change: found with its new text, not found once removed.
  @Test func articlesChangedSinceTheCacheWasBuiltAreSearchedAsTheyAreNow() throws {
    let scratch = FileManager.default.temporaryDirectory.appending(path: "cache-e2e-\(UUID())")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let folder = scratch.appending(path: "content")
    try FileManager.default.copyItem(at: content, to: folder)
    let environment = ["XDG_CACHE_HOME": scratch.appending(path: "cache").path]
    func search(_ query: String) throws -> (status: Int32, ids: [String], snippets: String) {
      let result = try Binary.run(
        ["search", query, "--json", "--content", folder.path], environment: environment)
      #expect(result.stderr.isEmpty || result.status == 1, "\(result.stderr)")
      let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
      let results = (object as? [String: Any])?["results"] as? [[String: Any]] ?? []
      return (
        result.status, results.compactMap { $0["id"] as? String },
        results.compactMap { $0["snippet"] as? String }.joined(separator: "\n")
      )
    }
    #expect(try search("quokka").status == 1)
    #expect(try search("quokka").status == 1)

    let added = folder.appending(path: "articles/added-notes.md")
    func write(_ section: String, _ body: String) throws {
      try """
      ---
      id: added-notes
      title: "Added Notes"
      publisher: Synthetic Health Library
      reviewed: 2024-04-13
      source: added-notes.txt
      ---

      ## \(section) {#visit}

      \(body)

      """.write(to: added, atomically: true, encoding: .utf8)
    }
    try write("Zanzibar Quokka", "A quokka visited Zanzibar.")
    let found = try search("quokka")
    #expect(found.status == 0 && found.ids.first == "added-notes/visit", "\(found.ids)")
    #expect(found.snippets.contains("visited Zanzibar"), "\(found.snippets)")
    #expect(try search("quokka").ids == found.ids)

    try write("Zanzibar Wombats", "Two wombats visited Zanzibar twice.")
    #expect(try search("quokka").status == 1)
    let edited = try search("wombats")
    #expect(edited.ids.first == "added-notes/visit", "\(edited.ids)")
    #expect(edited.snippets.contains("visited Zanzibar twice"), "\(edited.snippets)")

    try FileManager.default.removeItem(at: added)
    #expect(try search("wombats").status == 1)
    #expect(try search("wombats").status == 1)
  }
}
