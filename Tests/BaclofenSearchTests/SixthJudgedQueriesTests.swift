import Testing

/// Figures for the sixth set, beside plain FTS5 and grep, with its misses: held back until
/// its figures were reported (MRR@10 0.882), tuning data since, so a little below its
/// figures is asserted.
@Suite struct SixthJudgedQueriesTests {
  @Test func judgedSixthSetFigures() throws {
    let figures = try JudgedSetReport.printFigures("sixth", sixthQueries, showMisses: true)
    figures.expectAtLeast(mrr: 0.87, topThree: 0.905, coveredCalledWeak: 33)
    #expect(figures.mrr(.everyday) >= 0.815)
    #expect(figures.first(.relative) >= 0.8)
  }

  @Test func judgedSixthSetIsWellFormed() {
    JudgedSetReport.expectWellFormed(sixthQueries, atLeast: 200)
  }
}
