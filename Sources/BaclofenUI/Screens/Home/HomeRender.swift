import BaclofenText

/// The home screen: contents pane, reader pane, status bar.
extension HomeScreen {
  func render(into screen: inout ScreenBuffer) {
    let geometry = HomeGeometry(self)
    if geometry.showContents { renderContents(into: &screen, geometry) }
    if geometry.twoPanes {
      for y in geometry.bodyTop..<(geometry.bodyTop + geometry.bodyHeight) {
        screen.put(env.glyphs.vertical, x: geometry.contentsWidth, y: y, style: .frame)
      }
    }
    if geometry.showReader { renderReader(into: &screen, geometry) }
    renderStatus(into: &screen, geometry)
    screen.cursor = homeCursor(geometry)
    if let prompt { renderPrompt(prompt, into: &screen, geometry) }
  }

  private func renderContents(into screen: inout ScreenBuffer, _ geometry: HomeGeometry) {
    let limit = geometry.contentsX + geometry.contentsWidth
    let focused = focus == .contents
    let titleStyle: TextStyle = focused ? [.bold, .heading, .underline] : [.bold]
    screen.put(
      " Contents", x: geometry.contentsX, y: geometry.bodyTop, style: titleStyle, limit: limit)
    let selected = selectedRow
    for offset in 0..<geometry.listHeight {
      let index = contentsTop + offset
      guard let row = contentsRow(at: index) else { break }
      let y = geometry.listTop + offset
      let isSelected = index == selected
      var style: TextStyle = []
      var prefix: String
      switch row.item {
      case .article(let a):
        prefix = " " + (expanded.contains(a) ? env.glyphs.expanded : env.glyphs.collapsed) + " "
        style.insert(.bold)
      case .section:
        prefix = String(repeating: " ", count: 1 + 2 * row.depth)
      }
      if isSelected { style.insert(focused ? .selected : .underline) }
      if isSelected && focused {
        screen.fill(y: y, from: geometry.contentsX, to: limit, style: .selected)
      }
      let available = limit - geometry.contentsX - prefix.displayWidth - 1
      screen.put(
        prefix + row.title.truncated(toWidth: max(1, available)), x: geometry.contentsX, y: y,
        style: style, limit: limit)
    }
  }

  private func renderReader(into screen: inout ScreenBuffer, _ geometry: HomeGeometry) {
    let layout = readerLayout
    let height = geometry.readerHeight
    let lines = layout.lines
    let limit = min(geometry.textX + geometry.textWidth, width)
    let current = currentMatchLine
    for offset in 0..<height {
      let index = reader.top + offset
      let y = geometry.bodyTop + offset
      if index < lines.count {
        screen.put(
          index == current ? lines[index].markingCurrentMatch : lines[index], x: geometry.textX,
          y: y, limit: limit)
      } else if index == lines.count && !showsStartPage {
        let more = reader.article + 1 < env.articles.count ? " ] goes to the next article." : ""
        screen.put(
          "(End of this article.\(more))", x: geometry.textX, y: y, style: .dim, limit: limit)
      }
    }
  }

  private func renderStatus(into screen: inout ScreenBuffer, _ geometry: HomeGeometry) {
    let y = geometry.statusRow
    screen.fill(y: y, style: .reverse)
    let left: String
    let right: String
    if !geometry.showReader {
      left = " \(env.glyphs.arrows.up)\(env.glyphs.arrows.down) Enter: open"
      right = "Tab: reader "
    } else if showsStartPage {
      left = " Start page"
      right = "\(readingPercent(geometry))% "
    } else {
      let article = env.articles[reader.article]
      let layout = readerLayout
      // At the end the last section is on screen, however little of it the top line shows.
      let atEnd = reader.top >= maxTop
      let section = layout.section(at: atEnd ? layout.count - 1 : reader.top)
      let title = article.sections.indices.contains(section) ? article.sections[section].title : ""
      let top = reader.top == 0 && !(atEnd && maxTop > 0) ? article.title : title
      left = " " + top.terminalSafe
      let position = atEnd ? "(END)" : "\(readingPercent(geometry))%"
      right = "Section \(section + 1) of \(article.sections.count) \(env.glyphs.dot) \(position) "
    }
    let rightX = max(0, width - right.displayWidth)
    screen.put(right, x: rightX, y: y, style: .reverse)
    let room = max(1, rightX - 1)
    screen.put(left.truncated(toWidth: room), x: 0, y: y, style: [.reverse, .bold], limit: rightX)
  }

  /// How far down the text the bottom of the pane is, in whole percent.
  func readingPercent(_ geometry: HomeGeometry) -> Int {
    let count = readerLayout.count
    guard count > geometry.readerHeight else { return 100 }
    return min(100, (reader.top + geometry.readerHeight) * 100 / count)
  }

  /// Where the real cursor goes on the home screen: the selected contents row, else the
  /// current search match or the top of the text.
  func homeCursor(_ geometry: HomeGeometry) -> Point {
    if focus == .contents && geometry.showContents {
      return Point(x: geometry.contentsX, y: geometry.listTop + selectedRow - contentsTop)
    }
    if let line = currentMatchLine, line >= reader.top, line < reader.top + geometry.readerHeight {
      return Point(x: geometry.textX, y: geometry.bodyTop + line - reader.top)
    }
    return Point(x: geometry.textX, y: geometry.bodyTop)
  }
}
