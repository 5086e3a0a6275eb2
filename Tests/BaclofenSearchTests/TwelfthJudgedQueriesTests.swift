import Testing

/// Figures for the twelfth set, beside plain FTS5 and grep: printed, never asserted, and no
/// misses shown, since a threshold or a list of misses would invite tuning on a set nobody has
/// looked at query by query.
@Suite struct TwelfthJudgedQueriesTests {
  @Test func judgedTwelfthSetFigures() throws {
    _ = try JudgedSetReport.printFigures("twelfth", twelfthQueries, showMisses: false)
  }

  @Test func judgedTwelfthSetIsWellFormed() {
    JudgedSetReport.expectWellFormed(twelfthQueries, atLeast: 200)
  }
}
