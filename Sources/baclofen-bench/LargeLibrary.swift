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

  static func benchmarks(articles: Int, quick: Bool) throws -> [Measurement] {
    let label = articles % 1000 == 0 ? "\(articles / 1000)k" : "\(articles)"
    let files = generate(articles: articles)
    let articleBytes = files.files.filter { $0.path.hasPrefix("articles/") }
      .map(\.bytes.count).reduce(0, +)
    let library = LibraryLoader.load(files).0
    let synonyms = Synonyms.load(files).0
    var results: [Measurement] = []
    var index: SearchIndex?
    var build = try measure("index.\(label)", warmup: 1, runs: quick ? 2 : 3) { _ in
      index = try SearchIndex(library: library, synonyms: synonyms)
    }
    build.note = String(
      format: "%.1f MB/s (%.1f MB of articles)",
      Double(articleBytes) / 1e6 / (build.median / 1000), Double(articleBytes) / 1e6)
    results.append(build)
    guard let index else { return results }
    results += Bench.queryBenchmarks(label, runs: quick ? 100 : 500, index: index) {
      library.section(id: $0)
    }
    return results
  }
}
