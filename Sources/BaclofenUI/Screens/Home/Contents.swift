import BaclofenText

/// The contents pane: articles, each expandable to its sections (level-2 sections indented).
struct ContentsRow: Hashable {
  var item: ContentsItem
  var depth: Int
  var title: String
}

extension HomeScreen {
  /// Rows are the articles in order, each followed by its sections when it is expanded. Only
  /// a few articles are ever expanded, so positions are worked out from those rather than by
  /// listing every row: a library of 10,000 articles has at least 10,000 rows, and listing
  /// them on every key was most of a keystroke's time.
  private var expandedArticles: [(article: Int, sections: Int)] {
    expanded.sorted().filter { env.articles.indices.contains($0) }.map {
      (article: $0, sections: env.articles[$0].sections.count)
    }
  }

  var contentsRowCount: Int {
    env.articles.count + expandedArticles.map(\.sections).reduce(0, +)
  }

  /// The row showing `item`, nil when it is not in the list (a section of a collapsed article).
  func contentsRowIndex(of item: ContentsItem) -> Int? {
    let a = item.article
    guard env.articles.indices.contains(a) else { return nil }
    let before = expandedArticles.filter { $0.article < a }.map(\.sections).reduce(0, +)
    switch item {
    case .article: return a + before
    case .section(_, let s):
      guard expanded.contains(a), env.articles[a].sections.indices.contains(s) else { return nil }
      return a + before + 1 + s
    }
  }

  func contentsItem(atRow index: Int) -> ContentsItem? {
    guard index >= 0 else { return nil }
    var sectionRowsBefore = 0
    for (article, sections) in expandedArticles {
      let articleRow = article + sectionRowsBefore
      if index <= articleRow { break }
      if index <= articleRow + sections { return .section(article, index - articleRow - 1) }
      sectionRowsBefore += sections
    }
    let a = index - sectionRowsBefore
    return env.articles.indices.contains(a) ? .article(a) : nil
  }

  func contentsRow(at index: Int) -> ContentsRow? {
    switch contentsItem(atRow: index) {
    case .article(let a):
      ContentsRow(item: .article(a), depth: 0, title: env.articles[a].title.terminalSafe)
    case .section(let a, let s):
      ContentsRow(
        item: .section(a, s), depth: env.articles[a].sections[s].level,
        title: env.articles[a].sections[s].title.terminalSafe)
    case nil: nil
    }
  }

  /// The selected row's index, falling back to its article when that is collapsed.
  var selectedRow: Int {
    contentsRowIndex(of: selection) ?? contentsRowIndex(of: .article(selection.article)) ?? 0
  }

  mutating func moveSelection(by delta: Int) {
    let index = min(max(0, selectedRow + delta), contentsRowCount - 1)
    selectRow(index)
  }

  mutating func selectRow(_ index: Int) {
    guard let item = contentsItem(atRow: index) else { return }
    selection = item
  }

  /// Enter on a contents row: an article opens or closes (and is shown from its top); a
  /// section opens in the reader, which takes the focus.
  mutating func activateSelection() {
    switch selection {
    case .article(let a):
      // One article open at a time keeps the list short; its sections come into view.
      if expanded.contains(a) && reader.article == a {
        expanded.remove(a)
        return
      }
      expanded = [a]
      contentsTop = selectedRow
      if let resume = resumeAnchor(article: a), a != reader.article {
        jump(to: resume)
        message = "Where you left this article; g goes to its top."
      } else {
        jump(to: Anchor(article: a, section: -1, block: -1))
      }
    case .section(let a, let s):
      jump(to: Anchor(article: a, section: s, block: -1))
      focus = .reader
    }
  }

  /// ← (`open` false) and → in the contents, as in a file tree: ← folds the article (from
  /// one of its sections too, selecting it), → unfolds it, then steps into its sections.
  mutating func fold(open: Bool) {
    let a = selection.article
    switch (selection, open) {
    case (.section, false),
      (.article, false) where expanded.contains(a):
      expanded.remove(a)
      selection = .article(a)
    case (.article, false): message = "Already folded; \(env.glyphs.arrows.right) unfolds it."
    case (.article, true) where !expanded.contains(a): expanded.insert(a)
    case (.article, true):
      if !env.articles[a].sections.isEmpty { selection = .section(a, 0) }
    case (.section, true): message = "Enter opens this section."
    }
  }

  /// Keeps the selected contents row on screen.
  mutating func scrollContentsToSelection() {
    let height = HomeGeometry(self).listHeight
    let row = selectedRow
    if row < contentsTop { contentsTop = row }
    if row >= contentsTop + height { contentsTop = row - height + 1 }
    contentsTop = max(0, min(contentsTop, max(0, contentsRowCount - height)))
  }

  /// The contents selection follows the reading position.
  mutating func selectReadingPosition() {
    guard !showsStartPage else { return }
    let section = readerLayout.section(at: reader.top)
    if !expanded.contains(reader.article) { expanded = [reader.article] }
    selection = reader.top == 0 ? .article(reader.article) : .section(reader.article, section)
  }
}
