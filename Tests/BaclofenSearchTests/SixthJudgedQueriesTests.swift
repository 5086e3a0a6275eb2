import Testing

/// Figures for the sixth set, beside plain FTS5 and grep, with its misses: held back until
/// its figures were reported (MRR@10 0.882), tuning data since (MRR@10 0.968 now), so a
/// little below its current figures is asserted.
@Suite struct SixthJudgedQueriesTests {
  @Test func judgedSixthSetFigures() throws {
    let figures = try JudgedSetReport.printFigures("sixth", sixthQueries, showMisses: true)
    figures.expectAtLeast(mrr: 0.96, topThree: 0.98, coveredCalledWeak: 10)
    #expect(figures.mrr(.everyday) >= 0.96)
    #expect(figures.first(.relative) >= 0.925)
  }

  @Test func judgedSixthSetIsWellFormed() {
    JudgedSetReport.expectWellFormed(sixthQueries, atLeast: 200)
  }
}
