import Testing

/// Figures for the thirteenth set, beside plain FTS5 and grep: printed, never asserted, and no
/// misses shown, since a threshold or a list of misses would invite tuning on a set nobody has
/// looked at query by query.
@Suite struct ThirteenthJudgedQueriesTests {
  @Test func judgedThirteenthSetFigures() throws {
    _ = try JudgedSetReport.printFigures("thirteenth", thirteenthQueries, showMisses: false)
  }

  @Test func judgedThirteenthSetIsWellFormed() {
    JudgedSetReport.expectWellFormed(thirteenthQueries, atLeast: 200)
  }
}
