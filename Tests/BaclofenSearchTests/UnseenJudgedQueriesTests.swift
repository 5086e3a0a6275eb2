import Testing

/// Figures for the unseen set, beside plain FTS5 and grep: printed, never asserted, and no
/// misses shown, since a threshold or a list of misses would invite tuning on the one set
/// nobody has looked at query by query.
@Suite struct UnseenJudgedQueriesTests {
  @Test func judgedUnseenSetFigures() throws {
    _ = try JudgedSetReport.printFigures("unseen", unseenQueries, showMisses: false)
  }

  @Test func judgedUnseenSetIsWellFormed() {
    JudgedSetReport.expectWellFormed(unseenQueries, atLeast: 200)
  }
}
