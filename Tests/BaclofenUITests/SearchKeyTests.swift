import Testing

@testable import BaclofenUI

/// Keys in the search line and after a search: typing, choosing, opening, walking matches.
@Suite struct SearchKeyTests {
  @Test func searchAsYouTypeChooseAndOpen() {
    var app = bundledApp()
    app.type("/")
    #expect(app.state.screenName == "search")
    app.type("sto")
    let three = app.state.search?.outcome.hits.count ?? 0
    app.type("p")
    #expect(app.state.search?.query == "stop")
    #expect((app.state.search?.outcome.hits.count ?? 0) <= three)
    app.press(.down, .down, .up)
    #expect(app.state.search?.selected == 1)
    let chosen = app.state.search!.outcome.hits[1].sectionID
    app.press(.enter)
    #expect(app.state.screenName == "home")
    #expect(app.state.currentSectionID == chosen)
    #expect(app.lines.last?.contains("n next") == true)
  }

  @Test func theCountSaysWhenOnlyTheBestResultsAreShown() {
    let standIn = StandInSearch.provider(for: bundledLibrary)
    let capped: SearchProvider = { query in
      var outcome = standIn(query)
      outcome.results.hits = Array(outcome.hits.prefix(2))
      outcome.moreHits = true
      return outcome
    }
    var app = HeadlessApp(
      AppState(
        library: bundledLibrary, withdrawal: testWithdrawal, search: capped, width: 80,
        height: 24))
    app.type("/baclofen")
    #expect(app.lines[2].contains("The best 2 sections; more match."))
    var plain = bundledApp()
    plain.type("/tizanidine")
    #expect(plain.lines[2].contains("sections") && !plain.lines[2].contains("more match"))
  }

  @Test func nextAndPreviousMatchWalkResultsInOrder() {
    var app = bundledApp()
    app.type("/stopping\n")
    let hits = app.state.home.activeSearch!.outcome.hits
    let matches = app.state.home.matchLocations(app.state.home.activeSearch!)
    #expect(matches.count > hits.count)
    var seen: [Int] = []
    for _ in matches {
      seen.append(app.state.home.activeSearch!.current!)
      app.type("n")
    }
    #expect(seen == Array(matches.indices))
    #expect(app.state.home.activeSearch?.current == 0)  // wrapped
    app.type("N")
    #expect(app.state.home.activeSearch?.current == matches.count - 1)
    #expect(app.state.currentSectionID == hits.last?.sectionID)
  }

  @Test func nWithoutASearchExplains() {
    var app = bundledApp()
    app.type("n")
    #expect(app.lines.last?.contains("press / to search") == true)
  }

  @Test func searchLineEditing() {
    var app = bundledApp()
    app.type("/abc")
    app.press(.backspace)
    #expect(app.state.search?.query == "ab")
    app.press(.control("u"))
    #expect(app.state.search?.query == "")
    app.press(.backspace)  // on an empty line: closes
    #expect(app.state.screenName == "home")
    app.type("/xy")
    app.press(.escape)
    #expect(app.state.screenName == "home")
    app.type("/")
    #expect(app.state.search?.query == "xy")  // offered again
  }

  /// The last query, offered again, is typed over by a new one and kept by an edit.
  @Test func theOfferedQueryIsReplacedByTyping() {
    var app = bundledApp()
    app.type("/seizures")
    app.press(.escape)
    app.type("/kidney")
    #expect(app.state.search?.query == "kidney")
    app.press(.escape)
    app.type("/")
    app.press(.left)
    app.type("s")
    #expect(app.state.search?.query == "kidnesy")
    app.press(.escape)
    app.type("/")
    app.press(.backspace)
    #expect(app.state.search?.query == "kidnes")
  }

  @Test func wInsideTheSearchLine() {
    var app = bundledApp()
    app.type("/")
    let empty = app.text
    app.type("w")  // a letter like any other: "weakness", "withdrawal"
    #expect(app.state.search?.query == "w")
    app.press(.control("u"))
    #expect(app.text == empty)
    app.type("sw")
    #expect(app.state.search?.query == "sw")
    app.press(.function(2))
    #expect(app.state.screenName == "withdrawal")
    app.press(.escape)
    #expect(app.state.search?.query == "sw")
  }

  @Test func qIsTypedInASearchLine() {
    var app = bundledApp()
    app.type("/q")
    #expect(!app.quit)
    #expect(app.state.search?.query == "q")
  }

  @Test func controlCharactersInQueriesAreShownInert() {
    var app = bundledApp()
    app.type("/\u{07}x")
    #expect(app.lines[1].contains("␇x"))
  }
}
