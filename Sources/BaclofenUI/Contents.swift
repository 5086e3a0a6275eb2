import BaclofenText

/// The contents pane: articles, each expandable to its sections (level-2 sections indented).
struct ContentsRow: Hashable {
  var item: ContentsItem
  var depth: Int
  var title: String
}

extension AppState {
  var contentsRows: [ContentsRow] {
    var rows: [ContentsRow] = []
    for (a, article) in env.articles.enumerated() {
      rows.append(ContentsRow(item: .article(a), depth: 0, title: article.title.terminalSafe))
      guard expanded.contains(a) else { continue }
      for (s, section) in article.sections.enumerated() {
        rows.append(
          ContentsRow(item: .section(a, s), depth: section.level, title: section.title.terminalSafe)
        )
      }
    }
    return rows
  }

  /// The selected row's index, falling back to its article when that is collapsed.
  var selectedRow: Int {
    let rows = contentsRows
    return rows.firstIndex { $0.item == selection }
      ?? rows.firstIndex { $0.item == .article(selection.article) } ?? 0
  }

  mutating func moveSelection(by delta: Int) {
    let rows = contentsRows
    let index = min(max(0, selectedRow + delta), rows.count - 1)
    selection = rows[index].item
  }

  mutating func selectRow(_ index: Int) {
    let rows = contentsRows
    guard rows.indices.contains(index) else { return }
    selection = rows[index].item
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
      jump(to: Anchor(article: a, section: -1, block: -1))
    case .section(let a, let s):
      jump(to: Anchor(article: a, section: s, block: -1))
      focus = .reader
    }
  }

  /// Keeps the selected contents row on screen.
  mutating func scrollContentsToSelection() {
    let height = HomeGeometry(self).listHeight
    let row = selectedRow
    if row < contentsTop { contentsTop = row }
    if row >= contentsTop + height { contentsTop = row - height + 1 }
    contentsTop = max(0, min(contentsTop, max(0, contentsRows.count - height)))
  }

  /// The contents selection follows the reading position.
  mutating func selectReadingPosition() {
    let section = readerLayout.section(at: reader.top)
    if !expanded.contains(reader.article) { expanded = [reader.article] }
    selection = reader.top == 0 ? .article(reader.article) : .section(reader.article, section)
  }
}
