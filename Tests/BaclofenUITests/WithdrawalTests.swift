import Testing

@testable import BaclofenUI

/// The withdrawal warning's sources: Tab highlights one, Enter or a click opens it.
@Suite struct WithdrawalTests {
  private func highlighted(_ app: HeadlessApp) -> Int? {
    guard let view = app.state.top as? WithdrawalScreen else { return nil }
    return view.list.selected
  }

  /// The rows drawn highlighted, as text.
  private func highlightedText(_ app: HeadlessApp) -> String {
    (0..<app.screen.height).flatMap { app.screen.runs(withStyle: .selected, y: $0) }.joined()
  }

  @Test func tabHighlightsASourceAndEnterOpensItInTheReader() {
    var app = bundledApp(width: 120, height: 40)
    app.type("w")
    #expect(highlighted(app) == nil)
    app.press(.tab)
    #expect(highlighted(app) == 0)
    #expect(highlightedText(app).contains("Stopping baclofen"))
    app.press(.enter)
    #expect(app.state.screenName == "home")
    #expect(app.state.currentSectionID == "august-overview/stopping-baclofen")
    #expect(app.text.contains("Esc returns to the warning."))
    app.type("w")
    #expect(app.state.screenName == "withdrawal")
    #expect(highlighted(app) == nil)
  }

  @Test func tabWalksEverySourceInOrderAndSaysWhenThereAreNoMore() {
    var app = bundledApp(width: 120, height: 40)
    app.type("w")
    app.press(.tab, .tab, .tab)
    #expect(highlighted(app) == 2)
    #expect(highlightedText(app).contains("Take Baclofen For?"))
    app.press(.tab)
    #expect(highlighted(app) == 2)
    #expect(app.text.contains("That was the last source."))
    app.press(.backTab)
    #expect(highlighted(app) == 1)
    app.press(.enter)
    // The second point cites the same section first.
    #expect(app.state.currentSectionID == "august-overview/stopping-baclofen")
  }

  @Test func shiftTabStartsFromTheLastSourceShown() {
    var app = bundledApp()
    app.type("w")
    app.press(.backTab)
    #expect(highlighted(app) == 2)
    app.press(.enter)
    #expect(app.state.currentSectionID == "august-overview/how-long-should-i-take-baclofen-for")
  }

  @Test func enterWithNothingHighlightedClosesTheWarning() {
    var app = bundledApp()
    let before = app.state.currentSectionID
    app.type("w")
    app.press(.enter)
    #expect(app.state.screenName == "home")
    #expect(app.state.currentSectionID == before)
  }

  @Test func aClickOnASourceOpensIt() throws {
    var app = bundledApp(width: 120, height: 40)
    app.type("w")
    let row = try #require(app.lines.firstIndex { $0.contains("Take Baclofen For?") })
    app.send(.mouse(MouseEvent(.click, x: 30, y: row)))
    #expect(app.state.currentSectionID == "august-overview/how-long-should-i-take-baclofen-for")
    // A click on a point's own text opens nothing.
    app.type("w")
    let point = try #require(app.lines.firstIndex { $0.contains("lowers the dose slowly") })
    app.send(.mouse(MouseEvent(.click, x: 30, y: point)))
    #expect(app.state.screenName == "withdrawal")
  }

  @Test func aHighlightScrolledOutOfSightIsDropped() {
    var app = bundledApp(width: 40, height: 12)
    app.type("w")
    app.press(.tab)
    let selected = highlighted(app)
    #expect(selected != nil)
    #expect(!highlightedText(app).isEmpty)  // scrolled into view if it was below
    app.press(.home)
    // At the top the first source is out of sight: Enter must not open something unseen.
    #expect(highlighted(app) == nil)
    app.press(.enter)
    #expect(app.state.screenName == "home")
    // The wheel drops it the same way.
    app.type("w")
    app.press(.tab)
    #expect(highlighted(app) != nil)
    app.send(.mouse(MouseEvent(.wheelUp, x: 5, y: 5)), .mouse(MouseEvent(.wheelUp, x: 5, y: 5)))
    #expect(highlighted(app) == nil)
  }

  @Test func aSourceOpenedFromTheQuestionnairesWarningLeavesItKept() {
    var app = bundledApp()
    app.type("s")
    app.type("w")
    #expect(app.state.screenName == "withdrawal")
    app.press(.tab, .enter)
    #expect(app.state.screenName == "home")
    #expect(app.state.currentSectionID == "august-overview/stopping-baclofen")
    app.type("s")
    #expect(app.state.screenName == "questionnaire")
  }
}
