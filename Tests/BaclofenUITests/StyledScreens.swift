import BaclofenContent
import Foundation
import Testing

@testable import BaclofenUI

/// A small library written for screen tests: editing `Content/` never changes these screens.
let testLibrary = Library(articles: [
  Article(
    id: "guide", title: "A Test Guide to Baclofen",
    provenance: Provenance(publisher: "Test Press", reviewed: "2024-05-01"),
    sections: [
      Section(
        id: "guide/what", articleID: "guide", title: "What it is", level: 1,
        blocks: [
          .paragraph(RichText("Baclofen relaxes muscles that are stiff or in spasm.")),
          .list([RichText("It acts on the spinal cord."), RichText("It is taken by mouth.")]),
        ], line: 1),
      Section(
        id: "guide/stopping", articleID: "guide", title: "Stopping", level: 1,
        blocks: [
          .paragraph(
            RichText("Stopping suddenly can cause withdrawal; the dose is lowered slowly.")),
          .callout(label: "Important", body: RichText("Talk to your prescriber first.")),
        ], line: 8),
    ], path: "guide.md"),
  Article(
    id: "second", title: "Second Article", provenance: Provenance(publisher: "Other Press"),
    sections: [
      Section(
        id: "second/dose", articleID: "second", title: "Dose", level: 1,
        blocks: [.paragraph(RichText("The dose is raised slowly over weeks."))], line: 1)
    ], path: "second.md"),
])

let testLibraryWarning = WithdrawalWarning(
  title: "Never stop baclofen suddenly",
  points: [
    .init(
      text: "Stopping suddenly can cause withdrawal.", sources: ["guide/stopping"],
      group: "Why it matters"),
    .init(
      text: "The dose is lowered slowly.", sources: ["guide/stopping", "second/dose"],
      group: "How to stop safely"),
  ])

/// Begins from the contents, a Tab away at start.
func testLibraryApp(width: Int, height: Int) -> HeadlessApp {
  var app = HeadlessApp(
    AppState(
      library: testLibrary, withdrawal: testLibraryWarning,
      search: StandInSearch.provider(for: testLibrary), width: width, height: height))
  app.press(.tab)
  return app
}

/// A screen as text with a style grid beside it (as ratatui's `assert_buffer` compares
/// styled buffers): one letter per cell, each letter's styles in a legend below.
func styledText(_ screen: ScreenBuffer) -> String {
  let names: [(TextStyle, String)] = [
    (.bold, "bold"), (.underline, "underline"), (.reverse, "reverse"), (.dim, "dim"),
    (.heading, "heading"), (.highlight, "highlight"), (.warning, "warning"), (.key, "key"),
    (.selected, "selected"), (.frame, "frame"),
  ]
  var letters: [TextStyle: Character] = [[]: "."]
  var legend: [String] = []
  let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
  var grid: [String] = []
  for y in 0..<screen.height {
    var row = ""
    for x in 0..<screen.width {
      let style = screen[x, y].style
      if letters[style] == nil {
        let letter = alphabet[min(legend.count, alphabet.count - 1)]
        letters[style] = letter
        let words = names.filter { style.contains($0.0) }.map(\.1)
        legend.append("\(letter) \(words.joined(separator: " "))")
      }
      row.append(letters[style]!)
    }
    grid.append(row)
  }
  return (screen.textLines + ["--- styles"] + grid + ["--- legend"] + legend)
    .joined(separator: "\n") + "\n"
}

/// Compares the styled screen with `Screens/<name>.styled.txt`; on a difference, names the
/// rows that differ, expected above actual. RECORD_SCREENS=1 writes the file instead.
func expectStyledScreen(
  _ app: HeadlessApp, _ name: String, sourceLocation: SourceLocation = #_sourceLocation
) throws {
  let actual = styledText(app.screen)
  let file = "Screens/\(name).styled.txt"
  if ProcessInfo.processInfo.environment["RECORD_SCREENS"] == "1" {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent(file)
    try actual.write(to: url, atomically: true, encoding: .utf8)
    return
  }
  guard let base = Bundle.module.resourceURL,
    case let url = base.appendingPathComponent(file),
    let expected = try? String(contentsOf: url, encoding: .utf8)
  else {
    Issue.record(
      "no expected screen \(file); record it with RECORD_SCREENS=1", sourceLocation: sourceLocation)
    return
  }
  guard actual != expected else { return }
  let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
  let got = actual.split(separator: "\n", omittingEmptySubsequences: false)
  let diff = (0..<max(want.count, got.count)).compactMap { index -> String? in
    let w = index < want.count ? String(want[index]) : "(none)"
    let g = index < got.count ? String(got[index]) : "(none)"
    return w == g ? nil : "line \(index + 1):\n- \(w)\n+ \(g)"
  }
  let report = diff.joined(separator: "\n")
  Issue.record("screen \(name) differs:\n\(report)", sourceLocation: sourceLocation)
}

/// Screens of the test library with their styles: a lost selection bar or warning style fails.
@Suite struct StyledScreenTests {
  @Test func home() throws {
    try expectStyledScreen(testLibraryApp(width: 60, height: 14), "home-60x14")
  }

  @Test func readingWithTheCallout() throws {
    var app = testLibraryApp(width: 60, height: 14)
    app.press(.down, .down, .enter)
    try expectStyledScreen(app, "reading-60x14")
  }

  @Test func searchWithTheSelectionBar() throws {
    var app = testLibraryApp(width: 60, height: 14)
    app.type("/slowly")
    app.press(.down)
    try expectStyledScreen(app, "search-60x14")
  }

  @Test func warningWithAHighlightedSource() throws {
    var app = testLibraryApp(width: 60, height: 18)
    app.type("w")
    app.press(.tab, .tab)
    try expectStyledScreen(app, "withdrawal-60x18")
  }

  @Test func aDifferentStyleIsADifference() {
    var plain = ScreenBuffer(width: 4, height: 1)
    plain.put("ab", x: 0, y: 0)
    var bold = plain
    bold.put("ab", x: 0, y: 0, style: .bold)
    #expect(plain.textLines == bold.textLines)
    #expect(styledText(plain) != styledText(bold))
    #expect(styledText(bold).contains("AA..\n--- legend\nA bold"))
  }
}
