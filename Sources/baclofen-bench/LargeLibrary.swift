import BaclofenBundled
import BaclofenContent
import BaclofenSearch
import BaclofenSynthetic
import Foundation
import GRDB

/// Benchmarks of a generated library of many articles (10,000 unless told otherwise).
enum LargeLibrary {
  /// `articles` generated articles plus the bundled ones, so the folder is valid content.
  static func generate(articles: Int) -> ContentFiles {
    let base = BundledContent.files
    let library = LibraryLoader.load(base).0
    return SyntheticLibrary(articleCount: articles).files(
      vocabularyFrom: library, base: base, keepingBaseArticles: true)
  }

  /// `index.N` (cold: read, parse, index and write the cache) beside `fts5.bare.N` (the same
  /// sections' text into a plain FTS5 table with the same tokenizer), the cache's size,
  /// `start.N.warm` (open with the cache in place), then queries and keystrokes over the
  /// cached index, and `whileOnDisk`'s figures. The library and the cache live in a
  /// temporary folder, removed at the end.
  static func benchmarks(
    articles: Int, quick: Bool, exactness: Bool,
    whileOnDisk: (_ label: String, _ folder: URL, _ cache: URL) -> ([Measurement], [Ratio])
  ) throws -> ([Measurement], [Ratio]) {
    let label = articles % 1000 == 0 ? "\(articles / 1000)k" : "\(articles)"
    let files = generate(articles: articles)
    let articleBytes = files.files.filter { $0.path.hasPrefix("articles/") }
      .map(\.bytes.count).reduce(0, +)
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
      "baclofen-bench-\(ProcessInfo.processInfo.processIdentifier)")
    defer { try? FileManager.default.removeItem(at: scratch) }
    let folder = scratch.appendingPathComponent("content")
    let cache = scratch.appendingPathComponent("cache/baclofen")
    try SyntheticLibrary.write(files, to: folder)
    let synonyms = Synonyms.load(files).0
    func open() throws -> CachedLibrary {
      try CachedLibrary.open(folder: folder, synonyms: synonyms, cacheDirectory: cache) {
        warn($0)
      }
    }
    var results: [Measurement] = []
    var ratios: [Ratio] = []
    let bare = try bareBuild(LibraryLoader.load(files).0, in: scratch, runs: quick ? 1 : 3)
    var build = try measure("index.\(label)", warmup: 0, runs: quick ? 1 : 3) { _ in
      try? FileManager.default.removeItem(at: cache)
      consume(try open())
    }
    build.note = String(
      format: "%.1f MB/s (%.1f MB of articles; read, parse, index, write cache)",
      Double(articleBytes) / 1e6 / (build.median / 1000), Double(articleBytes) / 1e6)
    results += [build, bare]
    ratios.append(
      Ratio(
        "index.\(label)/fts5.bare", build.median / bare.median, goal: 1.5,
        "cold build of the cache / the same sections into a bare FTS5 table"))
    let cacheBytes =
      (try? FileManager.default.contentsOfDirectory(
        at: cache, includingPropertiesForKeys: [.fileSizeKey]))?.compactMap {
        try? $0.resourceValues(forKeys: [.fileSizeKey]).fileSize
      }.reduce(0, +) ?? 0
    ratios.append(
      Ratio(
        "cache.\(label)/articles", Double(cacheBytes) / Double(articleBytes), goal: 1.5,
        String(
          format: "index cache %.1f MB / articles %.1f MB", Double(cacheBytes) / 1e6,
          Double(articleBytes) / 1e6)))
    var opened: CachedLibrary?
    results.append(
      try measure("start.\(label).warm", warmup: 2, runs: quick ? 10 : 30) { _ in
        opened = try open()
      })
    guard let opened, opened.reusedCache else {
      warn("the cache was not reused")
      return (results, ratios)
    }
    let queries = Bench.queryBenchmarks(
      label, runs: quick ? 100 : 500, index: opened.index, library: opened.library)
    results += queries
    // The first query after opening, nothing yet read or kept: what `search --content` pays.
    var times: [Double] = []
    for query in Workloads.queries {
      let fresh = try open()
      let start = DispatchTime.now().uptimeNanoseconds
      consume(fresh.index.search(query))
      times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
    }
    var firsts = summary("query.\(label).first", times)
    firsts.note = "each query once, on a library just opened"
    results.append(firsts)
    for measurement in queries {
      ratios.append(
        Ratio(
          "\(measurement.name).p99", measurement.p99, goal: 16, strictly: true,
          "p99 in ms (not a ratio): under 16 ms, one frame at 60 Hz"))
    }
    let (processes, processRatios) = whileOnDisk(label, folder, cache)
    if exactness {
      // In memory, where reading a section's words for the exhaustive ranking is cheapest;
      // the ranking is the same code over the same index.
      let index = try SearchIndex(library: LibraryLoader.load(files).0, synonyms: synonyms)
      ratios.append(Exactness.check(label, index: index))
    }
    return (results + processes, ratios + processRatios)
  }

  /// The sections of `library` indexed into a plain FTS5 table on disk, in one transaction,
  /// with the tokenizer the index uses: the least any index of the same text costs.
  static func bareBuild(_ library: Library, in scratch: URL, runs: Int) throws -> Measurement {
    let rows = library.articles.flatMap { article in
      article.sections.map { [$0.title, article.title, $0.plainText] }
    }
    let file = scratch.appendingPathComponent("bare.sqlite")
    var configuration = Configuration()
    configuration.prepareDatabase { db in
      try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF")
    }
    return try measure("fts5.bare.\(library.articles.count / 1000)k", warmup: 0, runs: runs) { _ in
      try? FileManager.default.removeItem(at: file)
      let queue = try DatabaseQueue(path: file.path, configuration: configuration)
      try queue.write { db in
        try db.execute(
          sql: """
            CREATE VIRTUAL TABLE sections USING fts5(
              sectionTitle, articleTitle, body, tokenize='\(SearchIndex.tokenizerArguments)')
            """)
        let insert = try db.makeStatement(sql: "INSERT INTO sections VALUES (?, ?, ?)")
        for row in rows { try insert.execute(arguments: StatementArguments(row)) }
      }
      try queue.close()
    }
  }
}
