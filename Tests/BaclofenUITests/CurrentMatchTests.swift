import BaclofenUI
import Testing

/// The match that `n` / `N` shows is marked apart from the other highlighted matches.
@Suite struct CurrentMatchTests {
  /// Rows whose highlighted words are also reversed: the current match.
  func currentRows(_ app: HeadlessApp) -> [Int] {
    let screen = app.screen
    return (0..<screen.height).filter {
      !screen.runs(withStyle: [.highlight, .reverse], y: $0).isEmpty
    }
  }

  @Test func theCurrentMatchIsMarkedAndMovesWithN() {
    var app = bundledApp(width: 120, height: 40)
    app.type("/stopping")
    app.press(.enter)
    let first = currentRows(app)
    #expect(first.count == 1, "\(first)")
    let highlighted = (0..<app.screen.height).filter {
      !app.screen.runs(withStyle: .highlight, y: $0).isEmpty
    }
    #expect(highlighted.count >= 2)
    app.type("n")
    let second = currentRows(app)
    #expect(second.count == 1)
    #expect(second != first, "n must move the marked match")
  }
}
