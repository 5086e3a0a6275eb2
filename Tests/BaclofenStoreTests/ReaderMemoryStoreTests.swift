import BaclofenStore
import Foundation
import Testing

@Suite struct ReaderMemoryStoreTests {
  typealias Place = ReaderMemory.Place

  func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "reader-memory-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  func sample() -> ReaderMemory {
    var memory = ReaderMemory()
    memory.remember(Place(sectionID: "ria-aud/dosage", line: 12), inArticle: "ria-aud")
    memory.setHistory([
      Place(sectionID: "ria-aud/introduction"), Place(sectionID: "ria-aud/dosage"),
    ])
    memory.setLastSearch("missed dose")
    memory.setBookmark("m", to: Place(sectionID: "spasticity-primer/major-caution", line: 2))
    return memory
  }

  @Test func whatIsSavedIsWhatTheNextRunLoads() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let state = folder.appendingPathComponent("state/baclofen")
    #expect(ReaderMemoryStore(directory: state).save(sample()) == nil)
    let (loaded, notice) = ReaderMemoryStore(directory: state).load()
    #expect(notice == nil)
    #expect(loaded == sample())
    let names = try FileManager.default.contentsOfDirectory(atPath: state.path)
    #expect(names == [ReaderMemoryStore.fileName], "no temporary file is left behind")
    let permissions = try FileManager.default.attributesOfItem(
      atPath: state.appendingPathComponent(ReaderMemoryStore.fileName).path)[.posixPermissions]
    #expect(permissions as? Int == 0o600)
  }

  @Test func firstRunStartsEmptyWithoutANotice() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let (memory, notice) = ReaderMemoryStore(directory: folder).load()
    #expect(memory == ReaderMemory() && notice == nil)
  }

  @Test(arguments: ["not json {", "{\"version\": 99}", "[]"])
  func damagedFileIsSetAsideNotOverwritten(content: String) throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = ReaderMemoryStore(directory: folder)
    try Data(content.utf8).write(to: store.fileURL!)
    let (memory, notice) = store.load()
    #expect(memory == ReaderMemory())
    #expect(notice?.contains("could not be read") == true)
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    let aside = try #require(names.first { $0.hasPrefix(ReaderMemoryStore.fileName + ".damaged-") })
    #expect(names.count == 1)
    #expect(notice?.contains(aside) == true, "the notice says where the file went")
    let kept = try String(contentsOf: folder.appendingPathComponent(aside), encoding: .utf8)
    #expect(kept == content, "the damaged file is kept as it was")
    #expect(store.save(sample()) == nil)
    #expect(store.load() == (sample(), nil))
  }

  @Test func oversizedFileIsSetAsideUnread() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = ReaderMemoryStore(directory: folder)
    let huge = Data(repeating: UInt8(ascii: " "), count: ReaderMemoryStore.maximumBytes + 1)
    try huge.write(to: store.fileURL!)
    let (memory, notice) = store.load()
    #expect(memory == ReaderMemory() && notice != nil)
    #expect(!FileManager.default.fileExists(atPath: store.fileURL!.path))
  }

  @Test func handEditedFileBeyondTheLimitsIsBroughtWithinThem() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = ReaderMemoryStore(directory: folder)
    let history = (0..<300).map { "{\"sectionID\": \"a/\($0)\", \"line\": -3}" }
    let json = """
      {"version": 1, "positions": [], "history": [\(history.joined(separator: ","))],
       "bookmarks": {"ab": {"sectionID": "a/1", "line": 0}, "q": {"sectionID": "a/2", "line": 5}}}
      """
    try Data(json.utf8).write(to: store.fileURL!)
    let (memory, notice) = store.load()
    #expect(notice == nil)
    #expect(memory.history.count == ReaderMemory.Limits.history)
    #expect(memory.history.allSatisfy { $0.line == 0 })
    #expect(memory.bookmarks.keys.sorted() == ["q"])
  }

  @Test func withoutAHomeFolderNothingIsSavedAndNothingFails() {
    let store = ReaderMemoryStore.standard(environment: [:])
    #expect(store.fileURL == nil)
    #expect(store.save(sample())?.contains("no home folder") == true)
    #expect(store.load() == (ReaderMemory(), nil))
  }

  @Test func unwritableFolderGivesANotice() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("a-file")
    try Data().write(to: file)
    let store = ReaderMemoryStore(directory: file.appendingPathComponent("baclofen"))
    #expect(store.save(sample())?.contains("could not be saved") == true)
    #expect(store.load().memory == ReaderMemory())
  }

  @Test func followsXDGStateHome() {
    let xdg = ReaderMemoryStore.standard(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"])
    #expect(xdg.fileURL?.path == "/s/baclofen/reader.json")
    let relative = ReaderMemoryStore.standard(environment: ["XDG_STATE_HOME": "s", "HOME": "/h"])
    #expect(relative.fileURL?.path == "/h/.local/state/baclofen/reader.json")
  }
}
