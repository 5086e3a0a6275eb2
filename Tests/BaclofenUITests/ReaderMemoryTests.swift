import BaclofenStore
import Testing

@testable import BaclofenUI

/// What the reader remembers between runs, through the state it hands the terminal side to
/// save and takes back at the next start.
@Suite struct ReaderMemoryTests {
  /// The memory saved by the last effect asking for it.
  private func saved(_ app: HeadlessApp) -> ReaderMemory? {
    app.effects.reversed().lazy.compactMap { effect -> ReaderMemory? in
      if case .file(.saveReaderMemory(let memory)) = effect { memory } else { nil }
    }.first
  }

  /// A new run given what the last one saved.
  private func restarted(_ memory: ReaderMemory?, width: Int = 80, height: Int = 24)
    -> HeadlessApp
  {
    var app = bundledApp(width: width, height: height, inContents: false)
    var state = app.state
    state.restoreReading(memory ?? ReaderMemory())
    app = HeadlessApp(state)
    return app
  }

  @Test func quittingSavesThePlaceAndTheNextRunOpensThere() throws {
    var app = bundledApp()
    app.press(.down, .down, .down, .enter)
    app.type("jjjj")
    let top = app.state.home.reader.top
    let section = app.state.currentSectionID
    app.type("q")
    #expect(app.quit)
    let memory = try #require(saved(app), "quitting asks for the memory to be saved")
    let next = restarted(memory)
    #expect(next.state.currentSectionID == section)
    #expect(next.state.home.reader.top == top)
    #expect(next.state.home.focus == .reader)
    #expect(next.text.contains("Back where you left off"))
  }

  @Test func ctrlCAndSignalsSaveToo() throws {
    for event in [Event.interrupt, .terminate] {
      var app = bundledApp()
      app.press(.down, .down, .enter)
      app.send(event)
      let memory = try #require(saved(app))
      #expect(memory.lastPosition?.place.sectionID == "ria-aud/what-is-baclofen")
    }
  }

  @Test func thePlaceSurvivesAnotherWidth() throws {
    var app = bundledApp(width: 120, height: 40)
    app.press(.down, .down, .down, .down, .enter)
    app.type("jjjjjj")
    let paragraph = app.state.home.anchor
    app.type("q")
    let next = restarted(saved(app), width: 60, height: 20)
    #expect(next.state.home.anchor.section == paragraph.section)
    #expect(next.state.home.anchor.block == paragraph.block)
  }

  @Test func theWayBackAndTheLastSearchAreRemembered() throws {
    var app = bundledApp()
    app.press(.down, .down, .enter)
    app.type("]")
    app.type("/kidney")
    app.press(.escape)
    app.type("q")
    var next = restarted(saved(app))
    #expect(next.state.currentSectionID == "ria-aud/how-does-baclofen-work")
    next.press(.escape)
    #expect(next.state.currentSectionID == "ria-aud/what-is-baclofen")
    next.type("/")
    #expect(next.lines[1].contains("Search: kidney"))
  }

  @Test func eachArticleReopensWhereItWasLeft() {
    var app = bundledApp()
    app.press(.down, .down, .down, .enter)
    let left = app.state.currentSectionID
    app.press(.tab, .home)
    for _ in 0...bundledLibrary.articles[0].sections.count { app.press(.down) }
    app.press(.enter)  // the next article, from its top
    #expect(app.state.home.reader.article == 1)
    app.press(.home, .enter)
    #expect(app.state.currentSectionID == left)
    #expect(app.text.contains("Where you left this article"))
  }

  @Test func aBookmarkIsSetWithALetterAndJumpedToWithAQuote() throws {
    var app = bundledApp()
    app.press(.down, .down, .down, .enter)
    let marked = app.state.home.anchor
    app.type("mw")  // w is the bookmark's letter here, not the warning
    #expect(app.state.screenName == "home")
    #expect(app.text.contains("Bookmark w:"))
    #expect(saved(app)?.bookmark("w") != nil, "a bookmark is saved at once")
    app.type("]]")
    app.type("'w")
    #expect(app.state.home.anchor == marked)
    app.type("''")  // as in less: back to where the jump was made
    #expect(app.state.home.anchor != marked)
    app.type("'z")
    #expect(app.text.contains("No bookmark z"))
    app.type("m1")
    #expect(app.text.contains("A bookmark is a letter"))
    // Listed on the start page, and kept for the next run.
    app.type("t")
    let page = app.state.home.readerLayout.lines.map(\.plainText)
    #expect(page.contains { $0.hasPrefix("  w  Baclofen for Alcohol Use Disorder") })
    app.type("q")
    var next = restarted(saved(app))
    next.type("'w")
    #expect(next.state.home.anchor == marked)
  }

  @Test func aPlaceWhoseSectionIsGoneOpensTheStartPage() {
    var memory = ReaderMemory()
    memory.remember(.init(sectionID: "gone/section", line: 3), inArticle: "gone")
    let next = restarted(memory)
    #expect(next.state.home.showsStartPage)
  }
}
