import Testing

/// Figures for the eighth set, beside plain FTS5 and grep, with its misses: held back until
/// its figures were reported (MRR@10 0.891 when written, 0.909 when a tenth set was written
/// to take its place), tuning data since, so a little below its current figures is asserted.
@Suite struct EighthJudgedQueriesTests {
  @Test func judgedEighthSetFigures() throws {
    let figures = try JudgedSetReport.printFigures("eighth", eighthQueries, showMisses: true)
    #expect(figures.mrr >= 0.94)
    #expect(figures.topThree >= 0.97)
    #expect(figures.coveredCalledWeak <= 8)
    #expect(figures.honestShare >= 0.9)
    #expect(figures.mrr(.everyday) >= 0.94)
    #expect(figures.first(.relative) >= 0.925)
  }

  @Test func judgedEighthSetIsWellFormed() {
    JudgedSetReport.expectWellFormed(eighthQueries, atLeast: 200)
  }
}
