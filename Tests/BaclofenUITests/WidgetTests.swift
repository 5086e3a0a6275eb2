import Testing

@testable import BaclofenUI

/// Each widget drawn into a small buffer on its own.
@Suite struct WidgetTests {
  private func rows(_ buffer: ScreenBuffer) -> [String] { buffer.textLines }

  private func list(_ count: Int, items: [Range<Int>]) -> ScrollList {
    ScrollList(lines: (0..<count).map { StyledLine("line \($0)") }, items: items)
  }

  @Test func rectSplitsInsetsAndCentres() {
    let area = Rect(x: 2, y: 1, width: 20, height: 10)
    #expect(area.inset(dx: 2, dy: 1) == Rect(x: 4, y: 2, width: 16, height: 8))
    let (top, rest) = area.splitTop(3)
    #expect(top == Rect(x: 2, y: 1, width: 20, height: 3))
    #expect(rest == Rect(x: 2, y: 4, width: 20, height: 7))
    #expect(area.centred(width: 10) == Rect(x: 7, y: 1, width: 10, height: 10))
    #expect(area.contains(Point(x: 21, y: 10)) && !area.contains(Point(x: 22, y: 10)))
  }

  @Test func scrollListDrawsTheSelectionBarAndPutsTheCursorOnIt() {
    var buffer = ScreenBuffer(width: 12, height: 4)
    let list = list(10, items: [2..<4, 6..<7])
    let cursor = list.render(
      in: Rect(x: 1, y: 0, width: 10, height: 4), buffer: &buffer,
      state: ListState(offset: 1, selected: 0))
    #expect(rows(buffer) == [" line 1", " line 2", " line 3", " line 4"])
    #expect(buffer.runs(withStyle: .selected, y: 1) == [" line 2     "])
    #expect(buffer.runs(withStyle: .selected, y: 3).isEmpty)
    #expect(cursor == Point(x: 1, y: 1))
  }

  @Test func scrollingAwayDropsTheSelection() {
    let list = list(10, items: [0..<1, 5..<6])
    var state = ListState(offset: 0, selected: 0)
    list.scroll(&state, to: 1, height: 3)
    #expect(state == ListState(offset: 1, selected: nil))
    list.scroll(&state, to: 99, height: 3)
    #expect(state.offset == 7)
  }

  @Test func tabWalksTheItemsFromTheFirstInSightAndSaysWhenThereIsNoMore() {
    let list = list(10, items: [0..<1, 5..<6, 8..<10])
    var state = ListState(offset: 4, selected: nil)
    #expect(list.tab(&state, forward: true, height: 3) == nil)
    #expect(state.selected == 1)
    #expect(list.tab(&state, forward: true, height: 3) == nil)
    #expect(state == ListState(offset: 7, selected: 2))
    #expect(list.tab(&state, forward: true, height: 3) == "That was the last source.")
  }

  @Test func percentShownIsNilWhenEverythingFits() {
    #expect(list(3, items: []).percentShown(offset: 0, height: 5) == nil)
    #expect(list(10, items: []).percentShown(offset: 0, height: 5) == 50)
    #expect(list(10, items: []).percentShown(offset: 5, height: 5) == 100)
  }

  @Test func frameDrawsCornersSidesAndItsLabel() {
    var buffer = ScreenBuffer(width: 10, height: 3)
    Frame(glyphs: Glyphs(ascii: true), style: .frame, label: "50%").render(
      in: Rect(x: 0, y: 0, width: 10, height: 3), buffer: &buffer)
    #expect(rows(buffer) == ["+--------+", "|        |", "+----50%-+"])
    #expect(buffer[0, 1].style == .frame)
  }

  @Test func frameLinesBoxLaidOutText() {
    let lines = Frame(glyphs: Glyphs(ascii: false), style: .frame).lines(
      around: [StyledLine("ab", .bold)], inner: 3)
    #expect(lines.map(\.plainText) == ["┌─────┐", "│ ab  │", "└─────┘"])
    #expect(lines[1].spans[1] == Span("ab", .bold))
  }

  @Test func footerShortensThenDropsTheLeastImportantHints() {
    let footer = Footer(items: [
      FooterItem(key: "Esc", label: "go back", short: "back", action: .escape, priority: 9),
      FooterItem(key: "Tab", label: "next source", short: "source", action: .tab, priority: 1),
    ])
    var wide = ScreenBuffer(width: 30, height: 1)
    footer.render(in: Rect(x: 0, y: 0, width: 30, height: 1), buffer: &wide)
    #expect(rows(wide) == [" Esc go back  Tab next source"])
    #expect(wide.runs(withStyle: .key, y: 0) == ["Esc", "Tab"])
    var narrow = ScreenBuffer(width: 22, height: 1)
    footer.render(in: Rect(x: 0, y: 0, width: 22, height: 1), buffer: &narrow)
    #expect(rows(narrow) == [" Esc back  Tab source"])
    #expect(footer.key(atColumn: 15, width: 22) == .tab)
    var tiny = ScreenBuffer(width: 12, height: 1)
    footer.render(in: Rect(x: 0, y: 0, width: 12, height: 1), buffer: &tiny)
    #expect(rows(tiny) == [" Esc back"])
  }

  @Test func footerNoticeReplacesTheHints() {
    var buffer = ScreenBuffer(width: 20, height: 2)
    Footer(items: [], notice: "Saved.").render(
      in: Rect(x: 0, y: 1, width: 20, height: 1), buffer: &buffer)
    #expect(rows(buffer) == ["", " Saved."])
    #expect(buffer[1, 1].style == .bold)
  }

  @Test func bannerNamesTheKeyAndShortensToFit() {
    var wide = ScreenBuffer(width: 80, height: 1)
    Banner(glyphs: Glyphs(ascii: true), key: "F2").render(
      in: Rect(x: 0, y: 0, width: 80, height: 1), buffer: &wide)
    #expect(rows(wide)[0].contains("! Never stop baclofen suddenly - press F2 for the withdrawal"))
    #expect(wide[0, 0].style == [.warning, .reverse, .bold])
    var narrow = ScreenBuffer(width: 34, height: 1)
    Banner(glyphs: Glyphs(ascii: true)).render(
      in: Rect(x: 0, y: 0, width: 34, height: 1), buffer: &narrow)
    #expect(rows(narrow) == [" Never stop baclofen suddenly (w)"])
  }

  @Test func textBlockClipsToItsArea() {
    var buffer = ScreenBuffer(width: 8, height: 3)
    TextBlock(
      lines: [StyledLine("first"), StyledLine("second line"), StyledLine("third")], offset: 1
    )
    .render(in: Rect(x: 1, y: 1, width: 5, height: 1), buffer: &buffer)
    #expect(rows(buffer) == ["", " secon", ""])
  }
}
