/// Moving through the text: scrolling, jumps between sections and articles, history.
extension HomeScreen {
  /// The open article at the current text width, with the active search highlighted.
  var readerLayout: ArticleLayout {
    if showsStartPage {
      // Laid out once per width and set of bookmarks: the status line and every move ask.
      let bookmarks = memory.sortedBookmarks
      // Built in a loop: `joined(separator:)` is unspecialized generic code whose first
      // call looks up its collection's conformances, a fiftieth of the first frame.
      let key = bookmarks.reduce(into: "") { $0 += "\($1.letter)\($1.place.sectionID) " }
      return env.layouts.layout((StartPage.article, reader.textWidth, key)) {
        StartPage.layout(env: env, width: reader.textWidth, bookmarks: bookmarks)
      }
    }
    return env.layout(
      article: reader.article, width: reader.textWidth, search: activeSearch?.outcome)
  }

  var readerHeight: Int { HomeGeometry(self).readerHeight }

  /// The last useful first line: the end of the text at the bottom of the pane.
  var maxTop: Int { max(0, readerLayout.count - readerHeight) }

  var anchor: Anchor { readerLayout.anchor(at: reader.top, article: reader.article) }

  /// Scrolls by `delta` lines, staying within the article. Scrolling down stops with the
  /// end of the text at the bottom (or where a jump left it, if further).
  mutating func scroll(by delta: Int) {
    if delta > 0 {
      reader.top = max(reader.top, min(reader.top + delta, maxTop))
    } else {
      reader.top = max(0, reader.top + delta)
    }
    selectReadingPosition()
  }

  mutating func scrollToTop() {
    reader.top = 0
    selectReadingPosition()
  }

  mutating func scrollToBottom() {
    reader.top = maxTop
    selectReadingPosition()
  }

  var showsStartPage: Bool { reader.article == StartPage.article }

  /// `t`: the start page, as a place in history.
  mutating func showStartPage() {
    jump(to: Anchor(article: StartPage.article, section: -1, block: -1))
  }

  /// Shows `anchor` at the top of the reader, remembering where we were.
  mutating func jump(to anchor: Anchor, line: Int? = nil) {
    let here = self.anchor
    if here != anchor || line != nil {
      history.back.append(here)
      history.forward.removeAll()
    }
    show(anchor, line: line)
  }

  /// Moves without touching history. A jump may leave the last section at the top of the
  /// pane even when it is shorter than the pane.
  mutating func show(_ anchor: Anchor, line: Int? = nil) {
    rememberLeaving(for: anchor)
    reader.article = anchor.article
    let layout = readerLayout
    reader.top = line ?? layout.line(for: anchor)
    reader.top = min(max(0, reader.top), max(0, layout.count - 1))
    selectReadingPosition()
  }

  mutating func goBack() -> Bool {
    guard let previous = history.back.popLast() else { return false }
    history.forward.append(anchor)
    show(previous)
    return true
  }

  mutating func goForward() -> Bool {
    guard let next = history.forward.popLast() else { return false }
    history.back.append(anchor)
    show(next)
    return true
  }

  /// `]`: the next section, then the next article's first section.
  mutating func nextSection() {
    let layout = readerLayout
    let next = layout.rawSection(at: reader.top) + 1
    if next < layout.sectionStarts.count {
      jump(to: Anchor(article: reader.article, section: next, block: -1))
    } else if reader.article + 1 < env.articles.count {
      jump(to: Anchor(article: reader.article + 1, section: -1, block: -1))
    } else {
      message = "This is the last section."
    }
  }

  /// `[`: the start of this section if we are inside it, else the previous one, then the
  /// article's top, then the previous article's last section.
  mutating func previousSection() {
    let layout = readerLayout
    let current = layout.rawSection(at: reader.top)
    if current >= 0, reader.top > layout.sectionStarts[current] {
      jump(to: Anchor(article: reader.article, section: current, block: -1))
    } else if current > 0 {
      jump(to: Anchor(article: reader.article, section: current - 1, block: -1))
    } else if reader.top > 0 {
      jump(to: Anchor(article: reader.article, section: -1, block: -1))
    } else if reader.article > 0 {
      let sections = env.articles[reader.article - 1].sections.count
      jump(to: Anchor(article: reader.article - 1, section: sections - 1, block: -1))
    } else {
      message = "This is the first section."
    }
  }

  /// After a resize: the same section and paragraph at the new width.
  mutating func reflowReader() {
    let width = HomeGeometry(self).textWidth
    guard width != reader.textWidth else { return }
    let kept = anchor
    reader.textWidth = width
    reader.top = readerLayout.line(for: kept)
  }
}
