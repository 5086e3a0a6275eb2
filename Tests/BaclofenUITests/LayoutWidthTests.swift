import BaclofenContent
import BaclofenText
import Foundation
import Testing

@testable import BaclofenUI

/// The layout at any width: wide screens use their room, narrow ones cut no hint, ASCII help
/// keeps its columns apart, and run-in headings read as their sources do.
@Suite struct LayoutWidthTests {
  @Test func at200ColumnsTheContentsShowWholeTitlesAndTheTextFollowsThem() throws {
    var app = bundledApp(width: 200, height: 50)
    app.press(.end, .enter)  // every article listed, the last one open
    let rows = app.lines.dropFirst().prefix(47)
    let contents = rows.map { String($0.prefix { $0 != "│" }) }
    for article in bundledLibrary.articles {
      #expect(contents.contains { $0.contains(article.title) }, "\(article.title) cut")
    }
    #expect(!contents.contains { $0.contains("…") })
    // The text starts beside the divider and keeps its measure: no blank gulf.
    let divider = try #require(app.lines[2].firstIndex(of: "│"))
    let column = app.lines[2].distance(from: app.lines[2].startIndex, to: divider)
    #expect(app.state.home.reader.textWidth == HomeGeometry.measure)
    let textRows = rows.filter { $0.count > column + 4 }
    let starts = textRows.map { row in
      row.dropFirst(column + 1).prefix { $0 == " " }.count
    }
    #expect(starts.min() == 2, "text two columns from the divider")
  }

  @Test(arguments: [40, 50, 60, 70, 80])
  func noFooterHintIsCutMidWord(width: Int) {
    var app = bundledApp(width: width, height: 20)
    let labels = Set(
      Keymaps.home().bindings.compactMap(\.footer).flatMap { [$0.label, $0.short] }
        + Keymaps.home(focus: .reader).bindings.compactMap(\.footer).flatMap {
          [$0.label, $0.short]
        })
    for keys in [[Key](), [.tab]] {
      app.send(keys.map { .key($0) })
      let footer = app.lines[19]
      #expect(!footer.contains("s for you?"))
      for item in footer.split(separator: "  ").map({ $0.trimmingCharacters(in: .whitespaces) }) {
        let label = item.split(separator: " ", maxSplits: 1).dropFirst().first.map(String.init)
        #expect(label.map(labels.contains) == true, "\(width): \(item)")
      }
    }
  }

  @Test(arguments: [(80, 120), (120, 120)])
  func asciiHelpKeepsKeysAndWordsApart(width: Int, height: Int) {
    var app = bundledApp(width: width, height: height, ascii: true)
    app.type("?")
    let text = app.lines.joined(separator: "\n")
    for group in HelpScreen.groups(Glyphs(ascii: true)) {
      for (keys, does) in group.keys {
        #expect(text.contains(keys + " "), "\(keys) runs into its words")
        #expect(!text.contains(keys + String(does.prefix(3))), "\(keys)\(does)")
        #expect(text.contains(String(does.prefix(8))), "\(does) is missing")
      }
    }
  }

  @Test func aParagraphAfterARunInHeadingStartsAsItsSourceSentenceDoes() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    var runIns = 0
    for (index, article) in bundledLibrary.articles.enumerated() {
      let source = try String(
        contentsOf: root.appendingPathComponent("Content/sources/\(article.provenance.source!)"),
        encoding: .utf8)
      let layout = bundledApp().state.env.layout(article: index, width: 84)
      let lines = layout.lines.map(\.plainText)
      for section in article.sections {
        guard let runIn = SectionLayout.runIn(section) else { continue }
        runIns += 1
        let start = String(runIn.plainText.prefix(40))
        #expect(source.contains(start), "the source has “\(start)”")
        #expect(lines.contains { $0.hasPrefix(start.prefix(30)) }, "shown as “\(start)”")
      }
      // No line of text starts a sentence in lower case after a heading.
      for (i, line) in lines.enumerated().dropFirst()
      where lines[i - 1].isEmpty && line.first?.isLowercase == true {
        Issue.record("\(article.id): a paragraph starts “\(line.prefix(30))”")
      }
    }
    #expect(runIns >= 6)
  }
}
