import Testing

/// Figures for the fifth set, beside plain FTS5 and grep, with its misses: held back until
/// its figures were reported, tuning data since, so a little below its figures is asserted.
/// Four of its thirty uncovered questions name another medicine's side effects or dose and
/// still get a direct answer, so the honest share asserted is its own 26 in 30.
@Suite struct FifthJudgedQueriesTests {
  @Test func judgedFifthSetFigures() throws {
    let figures = try JudgedSetReport.printFigures("fifth", fifthQueries, showMisses: true)
    figures.expectAtLeast(mrr: 0.915, topThree: 0.935, coveredCalledWeak: 26, honest: 0.86)
    #expect(figures.mrr(.everyday) >= 0.845)
    #expect(figures.first(.relative) >= 0.825)
  }

  @Test func judgedFifthSetIsWellFormed() {
    JudgedSetReport.expectWellFormed(fifthQueries, atLeast: 200)
  }
}
