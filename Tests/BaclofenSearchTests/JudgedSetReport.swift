import Testing

/// What every judged set's suite does: print its figures beside plain FTS5 and grep, and
/// check that it is well formed. A set not yet looked at prints no misses and asserts nothing,
/// so nobody is led to tune on it.
enum JudgedSetReport {
  /// The acceptance figures in one line: MRR@10, top-1, top-3, everyday MRR,
  /// relatives' top-1 and uncovered questions answered honestly.
  static func acceptance(_ figures: RankingFigures) -> String {
    func figure(_ value: Double) -> String { String((value * 1000).rounded() / 1000) }
    return "MRR@10 \(figure(figures.mrr)), top-1 \(figure(figures.overall.firstShare)),"
      + " top-3 \(figure(figures.topThree)), everyday MRR \(figure(figures.mrr(.everyday))),"
      + " relatives' top-1 \(figure(figures.first(.relative))),"
      + " honest on uncovered \(figure(figures.honestShare))"
  }

  /// Prints the figures of search, plain FTS5 and grep on `queries`, and search's misses when
  /// `showMisses`; returns search's figures.
  static func printFigures(_ name: String, _ queries: [JudgedQuery], showMisses: Bool) throws
    -> RankingFigures
  {
    let rankers: [(String, (String) -> RankedAnswer)] = [
      ("search index", RankingTests.indexAnswer),
      ("plain FTS5", try PlainFTS5(bundledLibrary).search),
      ("grep", GrepBaseline(bundledLibrary).search),
    ]
    var searchFigures: RankingFigures?
    for (ranker, ranked) in rankers {
      let figures = RankingFigures(queries, ranked: ranked)
      print("Judged \(name) set (\(queries.count) queries): \(ranker) \(figures)")
      print("Judged \(name) set: \(ranker) acceptance: \(acceptance(figures))")
      guard searchFigures == nil else { continue }
      searchFigures = figures
      guard showMisses else { continue }
      for miss in figures.misses { print("  \(name), missed: \(miss)") }
      for query in figures.calledWeak { print("  \(name), covered called weak: \(query)") }
    }
    return searchFigures!
  }

  /// At least `count` distinct queries, every kind present, every covered query with an
  /// answering section, every section id real.
  static func expectWellFormed(
    _ queries: [JudgedQuery], atLeast count: Int, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(queries.count >= count, sourceLocation: sourceLocation)
    #expect(
      Set(queries.map { $0.query.lowercased() }).count == queries.count, "a query twice",
      sourceLocation: sourceLocation)
    for kind in QueryKind.allCases {
      #expect(
        queries.contains { $0.kind == kind }, "no \(kind) queries", sourceLocation: sourceLocation)
    }
    for judged in queries {
      #expect(
        judged.kind == .uncovered || !judged.relevant.isEmpty, "\(judged.query)",
        sourceLocation: sourceLocation)
      for id in judged.relevant {
        #expect(
          bundledLibrary.section(id: id) != nil, "\(judged.query): unknown id \(id)",
          sourceLocation: sourceLocation)
      }
    }
  }
}
