import Testing

/// Figures for the seventh set, beside plain FTS5 and grep, with its misses: held back until
/// its figures were reported (MRR@10 0.899), tuning data since (MRR@10 0.932 now), so a
/// little below its current figures is asserted.
@Suite struct SeventhJudgedQueriesTests {
  @Test func judgedSeventhSetFigures() throws {
    let figures = try JudgedSetReport.printFigures("seventh", seventhQueries, showMisses: true)
    // Not `expectAtLeast`: 26 of its 30 uncovered questions are answered honestly, short of
    // the nine in ten that asserts.
    #expect(figures.mrr >= 0.925)
    #expect(figures.topThree >= 0.945)
    #expect(figures.coveredCalledWeak <= 11)
    #expect(figures.honestShare >= 0.85)
    #expect(figures.mrr(.everyday) >= 0.905)
    #expect(figures.first(.relative) >= 0.8)
  }

  @Test func judgedSeventhSetIsWellFormed() {
    JudgedSetReport.expectWellFormed(seventhQueries, atLeast: 200)
  }
}
