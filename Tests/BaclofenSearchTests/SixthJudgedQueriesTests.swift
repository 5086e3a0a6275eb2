import Testing

/// Figures for the sixth set, beside plain FTS5 and grep: printed, never asserted, and no
/// misses shown, since a threshold or a list of misses would invite tuning on the one set
/// nobody has looked at query by query.
@Suite struct SixthJudgedQueriesTests {
  @Test func judgedSixthSetFigures() throws {
    _ = try JudgedSetReport.printFigures("sixth", sixthQueries, showMisses: false)
  }

  @Test func judgedSixthSetIsWellFormed() {
    JudgedSetReport.expectWellFormed(sixthQueries, atLeast: 200)
  }
}
