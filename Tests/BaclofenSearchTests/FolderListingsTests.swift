import Foundation
import Testing

@testable import BaclofenContent
@testable import BaclofenSearch

/// A folder of articles unchanged since it was listed is not listed again (its names are kept
/// beside the cache, see `FolderListings`), and the key stays the walk's whatever changes:
/// a name added, removed or renamed, an article edited in place, a damaged listings file.
@Suite struct FolderListingsTests {
  /// A content folder with articles in `articles/` and `articles/nested/`, each folder's
  /// times an hour back, as a library left alone since it was last opened; and a listings
  /// file beside it.
  private static func settledFolder() throws -> (root: URL, listings: URL) {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "baclofen-listing-test-\(UUID().uuidString)")
    let nested = root.appendingPathComponent("articles/nested")
    try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
    for number in 0..<300 {
      try Data("article \(number)".utf8).write(
        to: root.appendingPathComponent("articles/a\(number).md"))
    }
    try Data("nested".utf8).write(to: nested.appendingPathComponent("b.md"))
    try Data("hidden".utf8).write(to: nested.appendingPathComponent(".hidden.md"))
    backdate(nested, seconds: 3600)
    backdate(root.appendingPathComponent("articles"), seconds: 3600)
    return (root, root.appendingPathComponent("listings.listing"))
  }

  /// Sets the folder's modification time `seconds` back, as if its last change were that
  /// old (its status-change time becomes now: `key` keeps listings changed up to now).
  private static func backdate(_ folder: URL, seconds: Int) {
    let times = [timespec(tv_sec: time(nil) - seconds, tv_nsec: 0)]
    _ = utimensat(AT_FDCWD, folder.path, times + times, 0)
  }

  /// The key of `root` with its listings in `listings`, and how many folders it read; a
  /// listing is kept however recent its folder's last change, which each test sets back
  /// itself (a change moments after a listing may leave a coarse clock's time as it was).
  private static func key(_ root: URL, _ listings: URL) -> (key: String, read: Int) {
    let key = ArticleKey(root, listings: listings, settled: 0)
    return (key.value(), key.foldersRead)
  }

  private static func walkKey(_ root: URL) -> String {
    IndexCache.key(ContentFolder.articleStamps(root))
  }

  @Test func anUnchangedFolderIsNotListedAgainAndItsKeyIsTheWalks() throws {
    let (root, listings) = try Self.settledFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let first = Self.key(root, listings)
    #expect(first.key == Self.walkKey(root))
    #expect(first.read == 2)
    let second = Self.key(root, listings)
    #expect(second.key == first.key)
    #expect(second.read == 0)
  }

  @Test func aNameAddedRemovedOrRenamedIsSeenThroughItsFoldersTime() throws {
    let (root, listings) = try Self.settledFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let manager = FileManager.default
    let articles = root.appendingPathComponent("articles")
    var keys: Set<String> = [Self.key(root, listings).key]
    var age = 3600
    func expectNewKey(reading folders: Int, changed: [String] = ["articles"]) {
      age += 10
      for folder in changed { Self.backdate(root.appendingPathComponent(folder), seconds: age) }
      let (key, read) = Self.key(root, listings)
      #expect(key == Self.walkKey(root))
      #expect(keys.insert(key).inserted)
      #expect(read == folders)
    }
    try Data("new".utf8).write(to: articles.appendingPathComponent("nested/new.md"))
    expectNewKey(reading: 1, changed: ["articles/nested"])
    try manager.removeItem(at: articles.appendingPathComponent("a7.md"))
    expectNewKey(reading: 1)
    try manager.moveItem(
      at: articles.appendingPathComponent("a8.md"), to: articles.appendingPathComponent("z8.md"))
    expectNewKey(reading: 1)
    try manager.createDirectory(
      at: articles.appendingPathComponent("more"), withIntermediateDirectories: false)
    try Data("more".utf8).write(to: articles.appendingPathComponent("more/c.md"))
    expectNewKey(reading: 2, changed: ["articles", "articles/more"])
  }

  @Test func anArticleEditedInPlaceChangesTheKeyWithoutAListing() throws {
    let (root, listings) = try Self.settledFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let before = Self.key(root, listings)
    let handle = try FileHandle(
      forWritingTo: root.appendingPathComponent("articles/nested/b.md"))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(" edited".utf8))
    try handle.close()
    let after = Self.key(root, listings)
    #expect(after.key != before.key)
    #expect(after.key == Self.walkKey(root))
    #expect(after.read == 0)
  }

  /// A folder changed moments ago is listed every time: its listing is not kept until a
  /// change after it would show in the folder's time whatever the file system's clock.
  @Test func aFolderChangedJustNowIsListedEachTime() throws {
    let (root, listings) = try Self.settledFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    try Data("new".utf8).write(to: root.appendingPathComponent("articles/nested/new.md"))
    for _ in 0..<2 {
      let key = ArticleKey(root, listings: listings)
      #expect(key.value() == Self.walkKey(root))
      #expect(key.foldersRead >= 1)
    }
  }

  @Test func aDamagedListingsFileIsListedAgain() throws {
    let (root, listings) = try Self.settledFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    _ = Self.key(root, listings)
    var bytes = try [UInt8](Data(contentsOf: listings))
    bytes[bytes.count / 2] ^= 0xFF
    try Data(bytes).write(to: listings)
    let key = Self.key(root, listings)
    #expect(key.key == Self.walkKey(root))
    #expect(key.read == 2)
    #expect(Self.key(root, listings).read == 0)
  }

  @Test func listingsReadBackAsWrittenAndCutShortAreRefused() throws {
    var listings = FolderListings()
    listings.folders[Array("articles/".utf8)] = FolderListings.Listing(
      device: 1, inode: 2, modified: 3, changed: -4, names: Array("a.md\0b\u{301}.md\0".utf8))
    listings.folders[Array("articles/empty/".utf8)] = FolderListings.Listing(
      device: 1, inode: 5, modified: 6, changed: 7)
    let bytes = listings.encoded()
    #expect(bytes.withUnsafeBytes(FolderListings.decode) == listings)
    for cut in [1, 8, bytes.count / 2] {
      #expect(bytes.dropLast(cut).withUnsafeBytes(FolderListings.decode) == nil)
    }
  }
}
