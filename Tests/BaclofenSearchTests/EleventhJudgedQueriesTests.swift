import Testing

/// Figures for the eleventh set, beside plain FTS5 and grep, with its misses: held back until
/// its figures were reported (MRR@10 0.919 when written, 0.930 when a twelfth set was written
/// to take its place), tuning data since, so a little below its current figures is asserted.
@Suite struct EleventhJudgedQueriesTests {
  @Test func judgedEleventhSetFigures() throws {
    let figures = try JudgedSetReport.printFigures("eleventh", eleventhQueries, showMisses: true)
    #expect(figures.mrr >= 0.92)
    #expect(figures.topThree >= 0.96)
    #expect(figures.coveredCalledWeak <= 24)
    #expect(figures.honestShare >= 0.9)
    #expect(figures.mrr(.everyday) >= 0.86)
    #expect(figures.first(.relative) >= 0.82)
  }

  @Test func judgedEleventhSetIsWellFormed() {
    JudgedSetReport.expectWellFormed(eleventhQueries, atLeast: 200)
  }
}
