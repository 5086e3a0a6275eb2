import Testing

/// Figures for the fifth set, beside plain FTS5 and grep, with its misses: held back until
/// its figures were reported, tuning data since, so a little below its figures is asserted.
@Suite struct FifthJudgedQueriesTests {
  @Test func judgedFifthSetFigures() throws {
    let figures = try JudgedSetReport.printFigures("fifth", fifthQueries, showMisses: true)
    figures.expectAtLeast(mrr: 0.955, topThree: 0.97, coveredCalledWeak: 5)
    #expect(figures.mrr(.everyday) >= 0.94)
    #expect(figures.first(.relative) >= 0.9)
  }

  @Test func judgedFifthSetIsWellFormed() {
    JudgedSetReport.expectWellFormed(fifthQueries, atLeast: 200)
  }
}
