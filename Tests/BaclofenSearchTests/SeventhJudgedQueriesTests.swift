import Testing

/// Figures for the seventh set, beside plain FTS5 and grep: printed, never asserted, and no
/// misses shown, since a threshold or a list of misses would invite tuning on a set nobody has
/// looked at query by query.
@Suite struct SeventhJudgedQueriesTests {
  @Test func judgedSeventhSetFigures() throws {
    _ = try JudgedSetReport.printFigures("seventh", seventhQueries, showMisses: false)
  }

  @Test func judgedSeventhSetIsWellFormed() {
    JudgedSetReport.expectWellFormed(seventhQueries, atLeast: 200)
  }
}
