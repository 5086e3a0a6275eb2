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

/// A large library ranks a bounded set of candidates; its best ten must still be those of a
/// ranking of every match, and short words must still be found.
@Suite(.serialized) struct ScaleTests {
  /// A fixed query set: every other query of the tuning half, and the benchmark's.
  static let queries =
    stride(from: 0, to: tuningQueries.count, by: 2).map { tuningQueries[$0].query } + [
      "withdrawal seizures", "baclofin withdrawl", "can i drink booze on it", "pregnan", "musc",
      "\"multiple sclerosis\"", "stopping suddenly hallucinations", "spastisity",
    ]

  /// Minutes in a debug build, so only with `BACLOFEN_SCALE_TESTS=1`. The bounded ranking
  /// does not reach this yet: 27 of 82 equal at 10,000 articles.
  @Test(.enabled(if: ProcessInfo.processInfo.environment["BACLOFEN_SCALE_TESTS"] != nil))
  func theTopTenAtTenThousandArticlesEqualAnExhaustiveRanking() {
    let largeIndex = syntheticIndex(articles: 10_000)
    #expect(largeIndex.isLarge)
    var same = 0
    var different: [String] = []
    for query in Self.queries {
      let bounded = largeIndex.search(query, limit: 10).results.map(\.sectionID)
      let exhaustive = largeIndex.search(query, limit: 10, exhaustive: true).results.map(
        \.sectionID)
      if bounded == exhaustive { same += 1 } else { different.append(query) }
    }
    let share = Double(same) / Double(Self.queries.count)
    print("Top 10 at 10,000 articles equal to an exhaustive ranking: \(same)/\(Self.queries.count)")
    for query in different { print("  differs: \(query)") }
    #expect(share >= 0.99, "\(different)")
  }

  @Test(arguments: ["mg", "ms", "do", "10mg"])
  func shortWordsAreFoundAtAnySize(_ query: String) {
    #expect(largeIndex.isLarge)
    #expect(!largeIndex.search(query).results.isEmpty, "\(query)")
  }
}
