import Testing

@testable import BaclofenUI

/// The search line edits as a shell line does, and every result can be reached.
@Suite struct SearchLineTests {
  @Test func arrowsHomeEndMoveTheCursorAndTypingGoesThere() {
    var app = bundledApp()
    app.type("/side efects")
    app.press(.left, .left, .left, .left)
    app.type("f")
    #expect(app.state.search?.query == "side effects")
    // The cursor is drawn where typing goes: after "side eff".
    #expect(app.screen.cursor == Point(x: 1 + "Search: ".count + "side eff".count, y: 1))
    app.press(.home)
    app.type("the ")
    #expect(app.state.search?.query == "the side effects")
    app.press(.end)
    app.type("!")
    #expect(app.state.search?.query == "the side effects!")
    app.press(.right, .right)
    #expect(app.state.search?.cursor == "the side effects!".count)
  }

  @Test func ctrlWDeletesAWordAndCtrlUClears() {
    var app = bundledApp()
    app.type("/kidney disease  ")
    app.press(.control("w"))
    #expect(app.state.search?.query == "kidney ")
    #expect(app.state.screenName == "search", "Ctrl-W edits here, it does not open the warning")
    app.press(.left, .left, .left, .control("w"))
    #expect(app.state.search?.query == "ey ")
    app.press(.control("u"))
    #expect(app.state.search?.query == "")
    app.press(.backspace)
    #expect(app.state.screenName == "home", "Backspace on an empty line closes it")
  }

  @Test func f2OpensTheWarningAndTheBannerSaysSo() {
    var app = bundledApp()
    #expect(app.lines[0].contains("press w"))
    app.type("/stopping")
    #expect(app.lines[0].contains("press F2"))
    #expect(app.text.contains("press F2 for the withdrawal warning"))
    #expect(!app.text.contains("Ctrl-W"))
    app.press(.function(2))
    #expect(app.state.screenName == "withdrawal")
    #expect(app.lines[0].contains("press w"))
  }

  @Test func aSearchClearedAndLeftTakesItsHighlightsAndNWithIt() {
    var app = bundledApp()
    app.type("/stop\n")
    #expect(app.state.home.activeSearch != nil)
    app.type("/")
    app.press(.control("u"), .escape)
    #expect(app.state.home.activeSearch == nil)
    let highlighted = (0..<app.state.height).flatMap {
      app.screen.runs(withStyle: .highlight, y: $0)
    }
    #expect(highlighted.isEmpty)
    app.type("n")
    #expect(app.text.contains("No search yet"))
    // Left with words in it, the search stays for n.
    app.type("/stop\n/")
    app.press(.escape)
    #expect(app.state.home.activeSearch != nil)
  }

  @Test func everyResultIsReachableByPagingPastTheLast() {
    let standIn = StandInSearch.provider(for: bundledLibrary)
    @Sendable func capped(_ query: String, _ limit: Int) -> SearchOutcome {
      var outcome = standIn(query)
      let all = outcome.hits.count
      outcome.results.hits = Array(outcome.hits.prefix(limit))
      outcome.moreHits = all > limit
      outcome.more = { capped(query, $0) }
      return outcome
    }
    let everything = standIn("baclofen").hits.map(\.sectionID)
    #expect(everything.count > 20)
    var app = HeadlessApp(
      AppState(
        library: bundledLibrary, withdrawal: testWithdrawal, search: { capped($0, 4) },
        width: 80, height: 24))
    app.type("/baclofen")
    #expect(app.lines[2].contains("best 4 sections so far"))
    var seen: [String] = []
    for _ in 0..<(everything.count + 5) {
      let search = app.state.search!
      seen.append(search.outcome.hits[search.selected].sectionID)
      app.press(.down)
    }
    #expect(distinctInOrder(seen) == everything)
    app.press(.pageUp, .pageDown)
    #expect(app.state.search!.outcome.hits.count == everything.count)
  }
}

/// The distinct values in order of first appearance.
private func distinctInOrder(_ values: [String]) -> [String] {
  var seen = Set<String>()
  return values.filter { seen.insert($0).inserted }
}
