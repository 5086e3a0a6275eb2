import Testing

/// Figures for the twelfth set, beside plain FTS5 and grep, with its misses: held back until a
/// thirteenth set was written and measured to take its place (MRR@10 0.927 when opened),
/// tuning data since, so a little below its current figures is asserted.
@Suite struct TwelfthJudgedQueriesTests {
  @Test func judgedTwelfthSetFigures() throws {
    let figures = try JudgedSetReport.printFigures("twelfth", twelfthQueries, showMisses: true)
    #expect(figures.mrr >= 0.965)
    #expect(figures.topThree >= 0.98)
    #expect(figures.coveredCalledWeak <= 7)
    #expect(figures.honestShare >= 0.95)
    #expect(figures.mrr(.everyday) >= 0.97)
    #expect(figures.first(.relative) >= 0.925)
  }

  @Test func judgedTwelfthSetIsWellFormed() {
    JudgedSetReport.expectWellFormed(twelfthQueries, atLeast: 200)
  }
}
