import BaclofenBundled
import BaclofenContent
import BaclofenSynthetic
import Foundation
import Testing

@testable import BaclofenSearch

/// Generated articles plus the bundled ones, indexed in memory.
func syntheticIndex(articles: Int) -> SearchIndex {
  let files = SyntheticLibrary(articleCount: articles).files(
    vocabularyFrom: bundledLibrary, base: BundledContent.files, keepingBaseArticles: true)
  return try! SearchIndex(library: LibraryLoader.load(files).0, synonyms: bundledSynonyms)
}

/// Past `SearchIndex.largeLibrarySections` (300 articles are about 2,700 sections).
let largeIndex = syntheticIndex(articles: 300)

/// The top results are exact: the same as scoring every matching section by the full model,
/// in a small library and in a large one; short words are found at any size.
@Suite(.serialized) struct ScaleTests {
  /// A fixed query set: every other query of the tuning half, and the benchmark's.
  static let queries =
    stride(from: 0, to: tuningQueries.count, by: 2).map { tuningQueries[$0].query } + [
      "withdrawal seizures", "baclofin withdrawl", "can i drink booze on it", "pregnan", "musc",
      "\"multiple sclerosis\"", "stopping suddenly hallucinations", "spastisity",
    ]

  /// The queries whose top results in `index`, at any of `limits`, differ from those of an
  /// exhaustive ranking.
  static func differing(_ queries: [String], in index: SearchIndex, limits: [Int] = [10])
    -> [String]
  {
    queries.filter { query in
      let exhaustive = index.search(query, limit: limits.max() ?? 10, exhaustive: true).results
        .map(\.sectionID)
      return limits.contains { limit in
        index.search(query, limit: limit).results.map(\.sectionID)
          != Array(exhaustive.prefix(limit))
      }
    }
  }

  @Test func theTopResultsOfALargeLibraryEqualAnExhaustiveRanking() {
    #expect(largeIndex.isLarge)
    let queries = stride(from: 0, to: Self.queries.count, by: 4).map { Self.queries[$0] }
    #expect(Self.differing(queries, in: largeIndex, limits: [3, 10]).isEmpty)
  }

  @Test func theTopResultsOfTheBundledLibraryEqualAnExhaustiveRanking() {
    #expect(Self.differing(Self.queries, in: bundledIndex, limits: [1, 5, 20]).isEmpty)
  }

  /// Minutes in a debug build (the exhaustive ranking reads every matching section's words),
  /// so only with `BACLOFEN_SCALE_TESTS=1`; `baclofen-bench --exactness` checks the same on a
  /// release build at every run of the benchmark that asks for it.
  @Test(.enabled(if: ProcessInfo.processInfo.environment["BACLOFEN_SCALE_TESTS"] != nil))
  func theTopTenAtTenThousandArticlesEqualAnExhaustiveRanking() {
    let largeIndex = syntheticIndex(articles: 10_000)
    #expect(largeIndex.isLarge)
    let different = Self.differing(Self.queries, in: largeIndex)
    let same = Self.queries.count - different.count
    print("Top 10 at 10,000 articles equal to an exhaustive ranking: \(same)/\(Self.queries.count)")
    for query in different { print("  differs: \(query)") }
    #expect(Double(same) >= 0.99 * Double(Self.queries.count), "\(different)")
  }

  @Test(arguments: ["mg", "ms", "do", "10mg"])
  func shortWordsAreFoundAtAnySize(_ query: String) {
    #expect(largeIndex.isLarge)
    #expect(!largeIndex.search(query).results.isEmpty, "\(query)")
  }
}
