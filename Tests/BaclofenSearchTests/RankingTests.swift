import BaclofenBundled
import BaclofenBundledIndex
import BaclofenContent
import BaclofenSearch
import GRDB
import Testing

/// The bundled content and its index as the program opens it (built with the binary), once
/// for every test.
let bundledLibrary = LibraryLoader.load(BundledContent.files).0
let bundledSynonyms = Synonyms.load(BundledContent.files).0
let bundledIndex = try! BundledIndex.open(synonyms: bundledSynonyms)

@Suite struct RankingTests {
  /// The index answers a query for the judged set: its ranked ids, and whether it said
  /// that nothing answers directly.
  static func indexAnswer(_ query: String) -> RankedAnswer {
    let response = bundledIndex.search(query, limit: 10)
    return RankedAnswer(
      ids: response.results.map(\.sectionID), saysNoDirectAnswer: response.match != .strong)
  }

  /// Both halves with the baselines beside them. Only the tuning half lists its misses: the
  /// held-back half is for measuring, not for tuning.
  @Test func judgedQueriesFindTheAnsweringSectionFirst() throws {
    #expect(tuningQueries.count + heldBackQueries.count >= 170)
    let plain = try PlainFTS5(bundledLibrary)
    let grep = GrepBaseline(bundledLibrary)
    for (name, queries) in [("tuning", tuningQueries), ("held-back", heldBackQueries)] {
      let ours = RankingFigures(queries, ranked: Self.indexAnswer)
      print("Judged \(name) half (\(queries.count) queries): search index \(ours)")
      print("Judged \(name) half: plain FTS5 \(RankingFigures(queries, ranked: plain.search))")
      print("Judged \(name) half: grep \(RankingFigures(queries, ranked: grep.search))")
      if name == "tuning" {
        for miss in ours.misses { print("  not in top 3: \(miss)") }
      }
    }
    // A little below the figures reached, so a regression fails and nothing flakes (the
    // index is deterministic).
    let tuning = RankingFigures(tuningQueries, ranked: Self.indexAnswer)
    #expect(tuning.mrr >= 0.93)
    #expect(tuning.topThree >= 0.96)
    #expect(tuning.honestShare >= 0.9)
    let heldBack = RankingFigures(heldBackQueries, ranked: Self.indexAnswer)
    #expect(heldBack.mrr >= 0.87)
    #expect(heldBack.topThree >= 0.91)
    #expect(heldBack.mrr(.everyday) >= 0.9)
    #expect(heldBack.honestShare >= 0.9)
  }

  @Test func judgedSectionIDsExist() {
    for judged in judgedQueries {
      for id in judged.relevant {
        #expect(bundledLibrary.section(id: id) != nil, "\(judged.query): unknown id \(id)")
      }
    }
  }
}
