import BaclofenUI
import Testing

/// Styles that the text screens cannot show: highlights, warnings, selection.
@Suite struct StyleTests {
  @Test func searchResultsHighlightTheMatchedWords() {
    var app = bundledApp()
    app.type("/stop")
    let screen = app.screen
    let marked = (0..<screen.height).flatMap { screen.runs(withStyle: .highlight, y: $0) }
    #expect(!marked.isEmpty)
    #expect(marked.allSatisfy { $0.lowercased() == "stop" }, "\(marked)")
  }

  @Test func openedSectionHighlightsEveryMatch() {
    var app = bundledApp(width: 120, height: 40)
    app.type("/stopping")
    app.press(.enter)
    let screen = app.screen
    let marked = (0..<screen.height).flatMap { screen.runs(withStyle: .highlight, y: $0) }
    #expect(marked.count >= 2, "\(marked)")
    #expect(marked.allSatisfy { $0.lowercased() == "stopping" }, "\(marked)")
  }

  @Test func bannerIsAWarningOnEveryScreen() {
    for keys in ["", "?", "w", "s", "/"] {
      var app = bundledApp()
      app.type(keys)
      let banner = app.screen.runs(withStyle: [.warning, .reverse], y: 0).joined()
      #expect(banner.contains("Never stop baclofen suddenly"), "after \(keys): \(banner)")
    }
  }

  @Test func withdrawalIsFramedAsAWarningInWords() {
    var app = bundledApp()
    app.type("w")
    let screen = app.screen
    #expect(screen.runs(withStyle: [.frame, .warning], y: 1).joined().count > 70)
    #expect(app.lines[2].contains("WARNING"))
  }

  @Test func selectedContentsRowIsMarkedAndHoldsTheCursor() {
    var app = bundledApp()
    app.press(.down)
    let screen = app.screen
    #expect(screen.runs(withStyle: .selected, y: 3).joined().contains("Introduction"))
    #expect(screen.cursor == Point(x: 0, y: 3))
  }
}
