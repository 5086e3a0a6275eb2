import Testing

/// Figures for the third held-back set, beside plain FTS5 and grep: printed, never asserted,
/// since a threshold would invite tuning on the one set nobody has looked at query by query.
@Suite struct UnseenJudgedQueriesTests {
  @Test func judgedUnseenSetFigures() throws {
    let rankers: [(String, (String) -> RankedAnswer)] = [
      ("search index", RankingTests.indexAnswer),
      ("plain FTS5", try PlainFTS5(bundledLibrary).search),
      ("grep", GrepBaseline(bundledLibrary).search),
    ]
    for (name, ranked) in rankers {
      let figures = RankingFigures(unseenHeldBackQueries, ranked: ranked)
      print("Judged unseen set (\(unseenHeldBackQueries.count) queries): \(name) \(figures)")
      print("Judged unseen set: \(name) acceptance: \(FreshJudgedQueriesTests.acceptance(figures))")
    }
  }

  /// Every kind of question is in the set, and every section it names exists.
  @Test func judgedUnseenSetIsWellFormed() {
    #expect(unseenHeldBackQueries.count >= 200)
    #expect(
      Set(unseenHeldBackQueries.map { $0.query.lowercased() }).count == unseenHeldBackQueries.count)
    for kind in QueryKind.allCases {
      #expect(unseenHeldBackQueries.contains { $0.kind == kind }, "no \(kind) queries")
    }
    for judged in unseenHeldBackQueries {
      #expect(judged.kind == .uncovered || !judged.relevant.isEmpty, "\(judged.query)")
      for id in judged.relevant {
        #expect(bundledLibrary.section(id: id) != nil, "\(judged.query): unknown id \(id)")
      }
    }
  }
}
