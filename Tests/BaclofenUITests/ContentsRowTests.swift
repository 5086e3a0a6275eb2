import BaclofenContent
import Testing

@testable import BaclofenUI

/// The contents list works out rows from the expanded articles instead of listing every row;
/// it must show exactly the list a person expects: articles in order, each open one followed
/// by its sections.
@Suite struct ContentsRowTests {
  static let expandedSets: [Set<Int>] = [[], [0], [4], [1, 3], [0, 2, 4], [0, 1, 2, 3, 4], [9]]

  @Test(arguments: expandedSets)
  func rowsFollowTheArticlesAndTheirOpenSections(expanded: Set<Int>) {
    var state = bundledApp().state
    state.home.expanded = expanded
    var expected: [ContentsItem] = []
    for (a, article) in bundledLibrary.articles.enumerated() {
      expected.append(.article(a))
      if expanded.contains(a) { expected += article.sections.indices.map { .section(a, $0) } }
    }
    #expect(state.home.contentsRowCount == expected.count)
    #expect((0..<expected.count).map { state.home.contentsItem(atRow: $0) } == expected)
    #expect(state.home.contentsItem(atRow: expected.count) == nil)
    #expect(state.home.contentsItem(atRow: -1) == nil)
    for (row, item) in expected.enumerated() {
      #expect(state.home.contentsRowIndex(of: item) == row)
    }
    let collapsed = bundledLibrary.articles.indices.first { !expanded.contains($0) }
    if let collapsed {
      #expect(state.home.contentsRowIndex(of: .section(collapsed, 0)) == nil)
    }
  }

  @Test func downWalksEveryRowOfAnOpenArticleAndOnToTheNext() {
    var app = bundledApp(width: 100, height: 30)
    let sections = bundledLibrary.articles[0].sections
    for section in sections {
      app.press(.down)
      #expect(app.state.home.selection == .section(0, sections.firstIndex(of: section)!))
    }
    app.press(.down)
    #expect(app.state.home.selection == .article(1))
    #expect(app.text.contains(String(bundledLibrary.articles[1].title.prefix(20))))
  }
}
