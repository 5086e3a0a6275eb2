import Testing

/// Figures for the eighth set, beside plain FTS5 and grep: printed, never asserted, and no
/// misses shown, since a threshold or a list of misses would invite tuning on a set nobody has
/// looked at query by query.
@Suite struct EighthJudgedQueriesTests {
  @Test func judgedEighthSetFigures() throws {
    _ = try JudgedSetReport.printFigures("eighth", eighthQueries, showMisses: false)
  }

  @Test func judgedEighthSetIsWellFormed() {
    JudgedSetReport.expectWellFormed(eighthQueries, atLeast: 200)
  }
}
