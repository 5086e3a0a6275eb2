import BaclofenContent
import Foundation

@testable import BaclofenSearch

// libFuzzer entry point for the index cache reader: any file where the cache belongs is
// refused or opened, and an opened one searches, lists and shows articles — never a trap.
// An input whose first byte is odd is sealed first (each page given the checksum a cache
// written with its bytes would have), so mutations reach SQLite and the outline reader past
// the page checks; damage met while searching has the library built again, never a trap.
// Run from the package root (Tests/Scripts/fuzz.sh does): articles are read from Content/.
let content = URL(fileURLWithPath: "Content")
let files = try! ContentFolder.read(content)
let synonyms = Synonyms.load(files).0
let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
  "baclofen-fuzz-cache-\(ProcessInfo.processInfo.processIdentifier)")
let cacheFile = scratch.appendingPathComponent("index.cache")

/// Writes a valid cache of the bundled articles into the corpus folder (argv's first
/// folder), so the fuzzer starts from a real image.
@_cdecl("LLVMFuzzerInitialize")
public func initialize(
  _ argc: UnsafeMutablePointer<Int32>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
) -> Int32 {
  try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
  let arguments = (1..<Int(argc.pointee)).compactMap {
    argv.pointee?[$0].map { String(cString: $0) }
  }
  guard let corpus = arguments.first(where: { !$0.hasPrefix("-") }) else { return 0 }
  let cache = scratch.appendingPathComponent("seed")
  guard
    let opened = try? CachedLibrary.open(
      folder: content, synonyms: synonyms, cacheDirectory: cache),
    !opened.index.search("withdrawal").results.isEmpty,
    let made = try? FileManager.default.contentsOfDirectory(
      at: cache, includingPropertiesForKeys: nil
    )
    .first,
    let bytes = try? Data(contentsOf: made)
  else { return 0 }
  let seed = URL(fileURLWithPath: corpus).appendingPathComponent("sealed-bundled")
  try? (Data([1]) + bytes).write(to: seed)
  return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  var bytes = Array(UnsafeBufferPointer(start: data, count: size))
  if let first = bytes.first, first & 1 == 1 {
    bytes.removeFirst()
    _ = bytes.withUnsafeMutableBytes { CheckedPages.seal($0) }
  }
  guard (try? Data(bytes).write(to: cacheFile)) != nil,
    let queue = IndexCache.openIndex(cacheFile),
    let stored = try? queue.inDatabase(IndexCache.storedKey),
    let opened = CachedLibrary.opening(
      queue, folder: content, synonyms: synonyms, file: cacheFile, key: { stored })
  else { return 0 }
  for query in ["withdrawal seizures", "baclofin", "kid*", "\"multiple sclerosis\""] {
    for result in opened.index.search(query, limit: 5).results {
      _ = opened.section(id: result.sectionID)
    }
  }
  for article in opened.library.articles.prefix(3) {
    _ = opened.withText(article)
  }
  return 0
}
