import Testing

/// Figures for the fresh set, beside plain FTS5 and grep, with its misses: held back when
/// written, tuning data since it was seen, so a little below its figures is asserted too.
@Suite struct FreshJudgedQueriesTests {
  @Test func judgedFreshSetFigures() throws {
    let figures = try JudgedSetReport.printFigures("fresh", freshQueries, showMisses: true)
    figures.expectAtLeast(mrr: 0.985, topThree: 0.99, coveredCalledWeak: 1)
  }

  @Test func judgedFreshSetIsWellFormed() {
    JudgedSetReport.expectWellFormed(freshQueries, atLeast: 100)
  }
}
