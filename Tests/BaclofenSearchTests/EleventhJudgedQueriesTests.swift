import Testing

/// Figures for the eleventh set, beside plain FTS5 and grep: printed, never asserted, and no
/// misses shown, since a threshold or a list of misses would invite tuning on a set nobody has
/// looked at query by query.
@Suite struct EleventhJudgedQueriesTests {
  @Test func judgedEleventhSetFigures() throws {
    _ = try JudgedSetReport.printFigures("eleventh", eleventhQueries, showMisses: false)
  }

  @Test func judgedEleventhSetIsWellFormed() {
    JudgedSetReport.expectWellFormed(eleventhQueries, atLeast: 200)
  }
}
