import Testing

@testable import BaclofenUI

/// Every key of the README's key table, on the screens where it means something.
@Suite struct KeyTests {
  @Test func arrowsAndVimKeysMoveTheContentsSelection() {
    var app = bundledApp()
    #expect(app.state.home.focus == .contents)
    app.press(.down)
    #expect(app.state.home.selection == .section(0, 0))
    app.type("jj")
    #expect(app.state.home.selection == .section(0, 2))
    app.press(.up)
    app.type("k")
    #expect(app.state.home.selection == .section(0, 0))
  }

  @Test func pagingHomeAndEndInContents() {
    var app = bundledApp()
    app.press(.pageDown)
    let paged = app.state.home.selectedRow
    #expect(paged > 10)
    app.type("b")
    #expect(app.state.home.selectedRow == 0)
    app.type(" ")
    #expect(app.state.home.selectedRow == paged)
    app.press(.home)
    #expect(app.state.home.selectedRow == 0)
    app.press(.end)
    #expect(app.state.home.selection == .article(bundledLibrary.articles.count - 1))
    app.type("g")
    #expect(app.state.home.selectedRow == 0)
    app.type("G")
    #expect(app.state.home.selection == .article(bundledLibrary.articles.count - 1))
  }

  @Test func enterOpensASectionAndFocusesTheReader() {
    var app = bundledApp()
    app.press(.down, .down, .enter)
    #expect(app.state.currentSectionID == "ria-aud/what-is-baclofen")
    #expect(app.state.home.focus == .reader)
    #expect(app.lines[1].contains("What Is Baclofen?"))
  }

  @Test func enterOnAnArticleOpensOrFoldsIt() {
    var app = bundledApp()
    app.press(.down, .down, .enter, .tab, .home, .enter)  // article 0 is open: fold it
    #expect(!app.state.home.expanded.contains(0))
    app.press(.down, .enter)
    #expect(app.state.home.expanded == [1])
    #expect(app.state.home.reader.article == 1)
    #expect(app.state.home.reader.top == 0)
  }

  @Test func tabSwitchesPanes() {
    var app = bundledApp(width: 40, height: 12)
    #expect(app.lines[1].contains("Contents"))
    app.press(.tab)
    #expect(app.state.home.focus == .reader)
    #expect(!app.lines[1].contains("Contents"))
    app.press(.backTab)
    #expect(app.state.home.focus == .contents)
  }

  @Test func cShowsOnePaneAtATimeWhereBothFitAndBack() {
    var app = bundledApp(width: 100, height: 30)
    app.press(.tab)
    let sideBySide = app.text
    #expect(sideBySide.contains("Contents"))
    app.type("c")
    #expect(!app.lines[1].contains("Contents"), "the reader has the whole width")
    #expect(app.lines.contains { $0.hasPrefix(" ") && $0.count > 80 && $0.contains("Baclofen") })
    app.press(.tab)
    #expect(app.state.home.focus == .contents)
    #expect(app.lines[1].contains("Contents"))
    app.press(.tab)
    app.type("c")
    #expect(app.text == sideBySide)
  }

  @Test func readerScrollKeys() {
    var app = bundledApp()
    app.press(.enter, .tab, .down)
    #expect(app.state.home.reader.top == 1)
    app.type("j")
    #expect(app.state.home.reader.top == 2)
    app.type("k")
    app.press(.up)
    #expect(app.state.home.reader.top == 0)
    app.press(.pageDown)
    let page = app.state.home.reader.top
    #expect(page == app.state.home.readerHeight - 2)
    app.type(" ")
    #expect(app.state.home.reader.top == 2 * page)
    app.type("b")
    app.press(.pageUp)
    #expect(app.state.home.reader.top == 0)
    app.press(.end)
    #expect(app.state.home.reader.top == app.state.home.maxTop)
    app.press(.home)
    #expect(app.state.home.reader.top == 0)
    app.type("G")
    #expect(app.lines[22].contains("(END)"))
    app.type("g")
    #expect(!app.lines[22].contains("(END)"))
    app.type("kk")
    // The contents selection follows the reading position.
    app.press(.pageDown, .pageDown)
    #expect(
      app.state.home.selection
        == .section(0, app.state.home.readerLayout.section(at: app.state.home.reader.top)))
  }

  /// less's keys: d/u and Ctrl-D/Ctrl-U half a page, Ctrl-F/Ctrl-B a page, in the reader and
  /// on the withdrawal warning.
  @Test func lessHalfPageAndPageKeys() {
    var app = bundledApp()
    app.press(.tab)
    let page = app.state.home.readerHeight - 2
    app.type("d")
    #expect(app.state.home.reader.top == page / 2)
    app.press(.control("d"))
    #expect(app.state.home.reader.top == 2 * (page / 2))
    app.type("u")
    app.press(.control("u"))
    #expect(app.state.home.reader.top == 0)
    app.press(.control("f"))
    #expect(app.state.home.reader.top == page)
    app.press(.control("b"))
    #expect(app.state.home.reader.top == 0)
    #expect(!app.text.contains("does nothing here"))
    app = bundledApp(width: 40, height: 12)
    app.type("w")
    let warning = app.text
    app.type("d")
    #expect(app.text != warning, "d scrolls the warning")
    #expect(!app.text.contains("does nothing here"))
  }

  @Test func bracketsGoToPreviousAndNextSection() {
    var app = bundledApp()
    app.press(.enter)  // the first article, from its top
    app.type("]")
    #expect(app.state.currentSectionID == "ria-aud/introduction")
    app.type("]]")
    #expect(app.state.currentSectionID == "ria-aud/how-does-baclofen-work")
    app.type("[")
    #expect(app.state.currentSectionID == "ria-aud/what-is-baclofen")
    app.press(.tab, .down)  // inside a section, [ goes back to its heading
    app.type("[")
    #expect(app.state.currentSectionID == "ria-aud/what-is-baclofen")
    #expect(app.state.home.reader.top == app.state.home.readerLayout.sectionStarts[1])
    // ] past the last section opens the next article.
    for _ in 0..<40 where app.state.home.reader.article == 0 { app.type("]") }
    #expect(app.state.home.reader.article == 1)
    #expect(app.state.home.reader.top == 0)
    app.type("[")
    #expect(app.state.home.reader.article == 0)
    #expect(app.state.currentSectionID == bundledLibrary.articles[0].sections.last?.id)
  }

  @Test(arguments: [Key.escape, .backspace, .left, .character("h")])
  func backKeysReturnThroughHistory(_ back: Key) {
    var app = bundledApp()
    app.press(.down, .down, .enter)
    app.type("]")
    #expect(app.state.currentSectionID == "ria-aud/how-does-baclofen-work")
    app.press(back)
    #expect(app.state.currentSectionID == "ria-aud/what-is-baclofen")
    app.press(back)
    #expect(app.state.home.reader.top == 0)
    app.press(back)
    #expect(app.lines.last?.contains("Nothing to go back to") == true)
  }

  @Test(arguments: [Key.right, .character("l")])
  func forwardKeysRedoHistory(_ forward: Key) {
    var app = bundledApp()
    app.press(.down, .down, .enter, .escape)
    #expect(app.state.home.reader.top == 0)
    app.press(forward)
    #expect(app.state.currentSectionID == "ria-aud/what-is-baclofen")
    app.press(forward)
    #expect(app.lines.last?.contains("Nothing to go forward to") == true)
  }

  @Test func backOnANarrowScreenReturnsToContents() {
    var app = bundledApp(width: 40, height: 12)
    app.press(.tab, .escape)
    #expect(app.state.home.focus == .contents)
  }

  @Test func wOpensTheWarningFromAnywhereAndEscReturnsExactly() {
    var app = bundledApp()
    app.press(.down, .down, .enter, .pageDown)
    let before = app.text
    app.type("w")
    #expect(app.state.screenName == "withdrawal")
    app.press(.escape)
    #expect(app.text == before)
    app.type("?w")
    #expect(app.state.screenName == "withdrawal")
    app.press(.escape)  // back to the help it was opened from
    #expect(app.state.screenName == "help")
    app.press(.escape)
    app.type("sw")
    #expect(app.state.screenName == "withdrawal")
    app.press(.escape)  // back to the questionnaire it was opened from
    #expect(app.state.screenName == "questionnaire")
    app.press(.escape)
    #expect(app.text == before)
  }

  @Test func withdrawalScrollsWhenTaller() {
    var app = bundledApp(width: 40, height: 12)
    app.type("w")
    app.press(.down)
    if let view = app.state.top as? WithdrawalScreen {
      #expect(view.list.offset == 1)
    } else {
      Issue.record("not on the warning")
    }
    app.press(.end, .home)
    if let view = app.state.top as? WithdrawalScreen { #expect(view.list.offset == 0) }
  }

  @Test func sOpensTheQuestionnaire() {
    var app = bundledApp()
    app.type("s")
    #expect(app.state.screenName == "questionnaire")
    #expect(app.text.contains("Is baclofen for you?"))
    app.press(.escape)
    #expect(app.state.screenName == "home")
    app.type("/")
    app.press(.function(3))
    #expect(app.state.screenName == "questionnaire")
  }

  @Test func helpShowsKeysAndAnyKeyCloses() {
    var app = bundledApp()
    app.type("?")
    #expect(app.state.screenName == "help")
    #expect(app.text.contains("Ctrl-W F2"))
    app.type("x")
    #expect(app.state.screenName == "home")
    app.press(.function(1))
    #expect(app.state.screenName == "help")
    app.press(.enter)
    #expect(app.state.screenName == "home")
  }

  @Test func helpScrollsOnSmallScreensBeforeClosing() {
    var app = bundledApp(width: 40, height: 12)
    app.type("?")
    app.press(.down)
    #expect(app.state.screenName == "help")
    app.type("x")
    #expect(app.state.screenName == "home")
  }

  @Test(arguments: [Event.key(.character("q")), .key(.control("c")), .interrupt, .terminate])
  func quitting(_ event: Event) {
    var app = bundledApp()
    app.send(event)
    #expect(app.quit)
  }

  @Test func ctrlLAsksForARedraw() {
    var app = bundledApp()
    app.press(.control("l"))
    #expect(app.effects == [.redraw])
  }

  @Test func mouseWheelAndClicks() {
    var app = bundledApp()
    app.send(.mouse(MouseEvent(.wheelDown, x: 50, y: 10)))
    #expect(app.state.home.reader.top == 3)
    app.send(.mouse(MouseEvent(.wheelUp, x: 50, y: 10)))
    #expect(app.state.home.reader.top == 0)
    app.send(.mouse(MouseEvent(.click, x: 5, y: 4)))  // "What is Baclofen?"
    #expect(app.state.currentSectionID == "ria-aud/what-is-baclofen")
    app.send(.mouse(MouseEvent(.click, x: 30, y: 0)))  // the banner
    #expect(app.state.screenName == "withdrawal")
    app.press(.escape)
    app.send(.mouse(MouseEvent(.click, x: 2, y: 23)))  // footer: "/ search"
    #expect(app.state.screenName == "search")
    app.type("kidney")
    let second = app.state.search!.outcome.hits[1].sectionID
    let row = app.lines.firstIndex { $0.contains(app.state.search!.outcome.hits[1].sectionTitle) }!
    app.send(.mouse(MouseEvent(.click, x: 10, y: row)))
    #expect(app.state.currentSectionID == second)
  }

  @Test func resizeKeepsSectionAndParagraph() {
    var app = bundledApp(width: 120, height: 40)
    app.press(.down, .down, .down, .enter, .down, .down, .down, .down)
    let anchor = app.state.home.anchor
    for (width, height) in [(80, 24), (40, 12), (200, 60), (120, 40)] {
      app.resize(width: width, height: height)
      #expect(app.state.home.anchor.section == anchor.section)
      #expect(app.state.home.anchor.block == anchor.block)
    }
    #expect(app.state.home.anchor == anchor)
  }

  @Test func tooSmallIgnoresKeysButQuits() {
    var app = bundledApp()
    app.resize(width: 30, height: 8)
    #expect(app.state.screenName == "too-small")
    app.type("w/")
    app.resize(width: 80, height: 24)
    #expect(app.state.screenName == "home")
    app.resize(width: 10, height: 3)
    app.type("q")
    #expect(app.quit)
  }
}
