import Testing

/// Figures for the tenth set, beside plain FTS5 and grep, with its misses: held back until
/// its figures were reported (MRR@10 0.888 when written, 0.902 when an eleventh set was
/// written to take its place), tuning data since, so a little below its current figures is
/// asserted.
@Suite struct TenthJudgedQueriesTests {
  @Test func judgedTenthSetFigures() throws {
    let figures = try JudgedSetReport.printFigures("tenth", tenthQueries, showMisses: true)
    #expect(figures.mrr >= 0.94)
    #expect(figures.topThree >= 0.97)
    #expect(figures.coveredCalledWeak <= 9)
    #expect(figures.honestShare >= 0.95)
    #expect(figures.mrr(.everyday) >= 0.96)
    #expect(figures.first(.relative) >= 0.775)
  }

  @Test func judgedTenthSetIsWellFormed() {
    JudgedSetReport.expectWellFormed(tenthQueries, atLeast: 200)
  }
}
