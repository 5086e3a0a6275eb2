/// Keys and mouse on the home screen: contents pane and reader.
extension HomeScreen {
  mutating func handleKey(_ key: Key) {
    if prompt != nil {
      handlePrompt(key)
      return
    }
    if let pending = pendingMark {
      pendingMark = nil
      finishMark(pending, key)
      return
    }
    switch keymap.action(for: key) {
    case .setMark:
      pendingMark = .set
      message = "Bookmark this place: press a letter (Esc cancels)."
    case .jumpToMark:
      pendingMark = .jump
      let letters = memory.sortedBookmarks.map { String($0.letter) }.joined(separator: " ")
      message =
        letters.isEmpty
        ? "No bookmarks yet: m and a letter sets one." : "Go to bookmark: \(letters)"
      if letters.isEmpty { pendingMark = nil }
    case .switchPane:
      focus = focus == .contents ? .reader : .contents
    case .fold where focus == .contents: fold(open: key == .right)
    case .back,
      .fold where key == .left:
      back()
    case .forward, .fold: if !goForward() { message = "Nothing to go forward to." }
    case .goToSection: prompt = SectionPrompt()
    case .onePane: onePane.toggle()
    case .startPage: showStartPage()
    case .section: key == .character("[") ? previousSection() : nextSection()
    case .match: nextMatch(forward: key == .character("n"))
    case .move, .open:
      if focus == .contents { handleContentsKey(key) } else { handleReaderKey(key) }
    case .global, nil:
      message = "\(key.name(env.glyphs)) does nothing here; ? lists the keys."
    }
  }

  private mutating func back() {
    if !goBack() {
      if focus == .reader && !HomeGeometry(self).twoPanes {
        focus = .contents
      } else {
        message = "Nothing to go back to."
      }
    }
  }

  private mutating func handleContentsKey(_ key: Key) {
    let page = max(1, HomeGeometry(self).listHeight - 1)
    switch key {
    case .enter: activateSelection()
    default:
      let rows = contentsRowCount
      if let row = ScrollKeys.offset(selectedRow, by: key, page: page, limit: rows - 1) {
        selectRow(row)
      }
    }
  }

  private mutating func handleReaderKey(_ key: Key) {
    switch key {
    case .enter: scroll(by: 1)
    case .home, .character("g"): scrollToTop()
    case .end, .character("G"): scrollToBottom()
    default:
      if let top = ScrollKeys.offset(reader.top, by: key, page: readerHeight - 2, limit: Int.max) {
        scroll(by: top - reader.top)
      }
    }
  }

  mutating func handleMouse(_ mouse: MouseEvent) {
    let geometry = HomeGeometry(self)
    guard mouse.y >= geometry.bodyTop, mouse.y < geometry.bodyTop + geometry.bodyHeight else {
      return
    }
    let inContents =
      geometry.showContents && (!geometry.twoPanes || mouse.x < geometry.contentsWidth)
    switch (mouse.action, inContents) {
    case (.wheelUp, true): moveSelection(by: -3)
    case (.wheelDown, true): moveSelection(by: 3)
    case (.wheelUp, false): scroll(by: -3)
    case (.wheelDown, false): scroll(by: 3)
    case (.click, true):
      let row = mouse.y - geometry.listTop + contentsTop
      guard mouse.y >= geometry.listTop, row < contentsRowCount else { return }
      focus = .contents
      selectRow(row)
      activateSelection()
    case (.click, false):
      focus = .reader
    }
  }
}
