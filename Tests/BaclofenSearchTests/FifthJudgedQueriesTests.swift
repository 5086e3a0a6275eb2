import Testing

/// Figures for the fifth set, beside plain FTS5 and grep: printed, never asserted, and no
/// misses shown, since a threshold or a list of misses would invite tuning on the one set
/// nobody has looked at query by query.
@Suite struct FifthJudgedQueriesTests {
  @Test func judgedFifthSetFigures() throws {
    _ = try JudgedSetReport.printFigures("fifth", fifthQueries, showMisses: false)
  }

  @Test func judgedFifthSetIsWellFormed() {
    JudgedSetReport.expectWellFormed(fifthQueries, atLeast: 200)
  }
}
