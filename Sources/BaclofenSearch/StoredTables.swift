import Foundation
import GRDBSQLite

/// What opening an index cache with a content folder's synonyms computes (`OpeningTables`:
/// the synonyms as words, the stopping words' and substances' stems, the vocabulary), kept
/// beside the cache under a key of the cache's own key, those synonyms and the program's own
/// file, as the bundled index keeps them in the binary: computing them was a sixth of a warm
/// search of 10,000 articles. Written by the first search that finds them missing, read by
/// the next; any change of the articles (a new cache) or of the synonyms gives another key.
enum StoredTables {
  /// Beside the cache `file`.
  static func file(_ file: URL) -> URL {
    file.deletingPathExtension().appendingPathExtension("tables")
  }

  /// The key of the tables of a cache stored with `key`, opened with `synonyms`; nil when
  /// the program's file cannot be found.
  static func key(cache key: String, synonyms: Synonyms) -> String? {
    guard let programStamp = IndexCache.programStamp else { return nil }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(1 << 15)
    // Each string after its length, each count after a tag no length has: no two lists of
    // strings give the same bytes. Numbers as bytes, not text: writing 2,000 of them as
    // text was most of the key's 2.4 M instructions.
    func add(number: Int, tag: UInt64 = 0) {
      withUnsafeBytes(of: (UInt64(number) | tag).littleEndian) { bytes += $0 }
    }
    func add(_ string: String) {
      add(number: string.utf8.count)
      bytes += string.utf8
    }
    func add(count: Int) { add(number: count, tag: 1 << 63) }
    for part in [IndexCache.formatVersion, programStamp, key] { add(part) }
    add(count: synonyms.groups.count)
    for group in synonyms.groups {
      add(count: group.count)
      group.forEach(add)
    }
    add(count: synonyms.oneWay.count)
    for term in synonyms.oneWay {
      add(term.term)
      add(count: term.expansions.count)
      term.expansions.forEach(add)
    }
    return IndexCache.hex(IndexCache.fnv1a(bytes))
      + IndexCache.hex(IndexCache.fnv1a(bytes, seed: 0x6C62_272E_07BB_0142))
  }

  /// The tables stored in `file` for `key`; nil when there are none (or they are damaged).
  static func read(_ file: URL, key: String) -> OpeningTables? {
    guard let read = IndexCache.read(file, key: { key }) else { return nil }
    defer { sqlite3_free(read.bytes) }
    return OpeningTables(
      bytes: [UInt8](UnsafeRawBufferPointer(start: read.bytes, count: read.count)))
  }

  /// Stores the tables of `index` in `file` for `key`. Best effort: without them the next
  /// search computes them again.
  static func write(_ file: URL, key: String, index: SearchIndex) {
    guard let bytes = try? OpeningTables.bytes(of: index) else { return }
    try? bytes.withUnsafeBytes { try IndexCache.write(file, key: key, image: $0) }
  }
}
