import Testing

/// Figures for the ninth set, beside plain FTS5 and grep: printed, never asserted, and no
/// misses shown, since a threshold or a list of misses would invite tuning on a set nobody has
/// looked at query by query.
@Suite struct NinthJudgedQueriesTests {
  @Test func judgedNinthSetFigures() throws {
    _ = try JudgedSetReport.printFigures("ninth", ninthQueries, showMisses: false)
  }

  @Test func judgedNinthSetIsWellFormed() {
    JudgedSetReport.expectWellFormed(ninthQueries, atLeast: 200)
  }
}
