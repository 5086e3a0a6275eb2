import Testing

/// Figures for the tenth set, beside plain FTS5 and grep: printed, never asserted, and no
/// misses shown, since a threshold or a list of misses would invite tuning on a set nobody has
/// looked at query by query.
@Suite struct TenthJudgedQueriesTests {
  @Test func judgedTenthSetFigures() throws {
    _ = try JudgedSetReport.printFigures("tenth", tenthQueries, showMisses: false)
  }

  @Test func judgedTenthSetIsWellFormed() {
    JudgedSetReport.expectWellFormed(tenthQueries, atLeast: 200)
  }
}
