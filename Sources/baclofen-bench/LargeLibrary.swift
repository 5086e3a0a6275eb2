import BaclofenBundled
import BaclofenContent
import BaclofenSearch
import BaclofenSynthetic
import Foundation

/// Benchmarks of a generated library of many articles (10,000 unless told otherwise).
enum LargeLibrary {
  /// `articles` generated articles plus the bundled ones, so the folder is valid content.
  static func generate(articles: Int) -> ContentFiles {
    let base = BundledContent.files
    let library = LibraryLoader.load(base).0
    return SyntheticLibrary(articleCount: articles).files(
      vocabularyFrom: library, base: base, keepingBaseArticles: true)
  }

  /// `index.N` (cold: read, parse, index and write the cache), `start.N.warm` (open with the
  /// cache in place), then queries and keystrokes over the cached index. The library and
  /// the cache live in a temporary folder, removed at the end.
  static func benchmarks(articles: Int, quick: Bool) throws -> [Measurement] {
    let label = articles % 1000 == 0 ? "\(articles / 1000)k" : "\(articles)"
    let files = generate(articles: articles)
    let articleBytes = files.files.filter { $0.path.hasPrefix("articles/") }
      .map(\.bytes.count).reduce(0, +)
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
      "baclofen-bench-\(ProcessInfo.processInfo.processIdentifier)")
    defer { try? FileManager.default.removeItem(at: scratch) }
    let folder = scratch.appendingPathComponent("content")
    let cache = scratch.appendingPathComponent("cache")
    try SyntheticLibrary.write(files, to: folder)
    let synonyms = Synonyms.load(files).0
    func open() throws -> CachedLibrary {
      try CachedLibrary.open(folder: folder, synonyms: synonyms, cacheDirectory: cache) {
        FileHandle.standardError.write(Data(($0 + "\n").utf8))
      }
    }
    var results: [Measurement] = []
    var build = try measure("index.\(label)", warmup: 0, runs: quick ? 1 : 3) { _ in
      try? FileManager.default.removeItem(at: cache)
      consume(try open())
    }
    build.note = String(
      format: "%.1f MB/s (%.1f MB of articles; read, parse, index, write cache)",
      Double(articleBytes) / 1e6 / (build.median / 1000), Double(articleBytes) / 1e6)
    results.append(build)
    var opened: CachedLibrary?
    results.append(
      try measure("start.\(label).warm", warmup: 2, runs: quick ? 10 : 30) { _ in
        opened = try open()
      })
    guard let opened, opened.reusedCache else {
      FileHandle.standardError.write(Data("the cache was not reused\n".utf8))
      return results
    }
    results += Bench.queryBenchmarks(
      label, runs: quick ? 100 : 500, index: opened.index, library: opened.library)
    return results
  }
}
