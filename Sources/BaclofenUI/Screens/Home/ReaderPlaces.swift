import BaclofenStore

/// What the reader remembers between runs, in terms of the reader: places in articles,
/// bookmarks (`m` + letter, `'` + letter, as in less), the way back.
extension HomeScreen {
  /// A bookmark key waiting for its letter.
  enum PendingMark: Sendable, Hashable { case set, jump }

  /// Places are kept at the reading measure, whatever the width now: a place saved in a
  /// narrow window opens at the same paragraph in a wide one.
  private func canonicalLayout(_ article: Int) -> ArticleLayout {
    env.layout(article: article, width: HomeGeometry.measure)
  }

  /// The place of `anchor` as it is saved: a section and lines into it (the article's header
  /// counts as the top of its first section). Nil for the start page.
  func place(of anchor: Anchor) -> (articleID: String, place: ReaderMemory.Place)? {
    guard env.articles.indices.contains(anchor.article) else { return nil }
    let article = env.articles[anchor.article]
    guard let first = article.sections.first else { return nil }
    guard article.sections.indices.contains(anchor.section) else {
      return (article.id, ReaderMemory.Place(sectionID: first.id))
    }
    let layout = canonicalLayout(anchor.article)
    let line = layout.line(for: anchor) - layout.sectionStarts[anchor.section]
    return (
      article.id, ReaderMemory.Place(sectionID: article.sections[anchor.section].id, line: line)
    )
  }

  /// Where a saved place is now; nil when its section is not in this library.
  func anchor(of place: ReaderMemory.Place) -> Anchor? {
    guard let (article, section) = env.locate(sectionID: place.sectionID) else { return nil }
    let layout = canonicalLayout(article)
    let range = layout.range(ofSection: section)
    let line = min(range.lowerBound + place.line, max(range.lowerBound, range.upperBound - 1))
    return layout.anchor(at: line, article: article)
  }

  /// The memory with the place being read now as the most recent, and the way back.
  var currentMemory: ReaderMemory {
    var memory = self.memory
    if let (article, place) = place(of: anchor) { memory.remember(place, inArticle: article) }
    // Only as much of the way back as is kept: a long session has a long history.
    let kept = history.back.suffix(ReaderMemory.Limits.history) + [anchor]
    memory.setHistory(kept.compactMap { place(of: $0)?.place })
    return memory
  }

  /// Notes where an article was left when the reader moves to another one.
  mutating func rememberLeaving(for next: Anchor) {
    guard next.article != reader.article, let (article, place) = place(of: anchor) else { return }
    memory.remember(place, inArticle: article)
  }

  /// Opens where the last run left off (with its way back); the start page when nothing
  /// was remembered. Returns the notice saying so.
  mutating func restore(_ memory: ReaderMemory) -> String? {
    self.memory = memory
    let places =
      memory.history.isEmpty ? memory.lastPosition.map { [$0.place] } ?? [] : memory.history
    let anchors = places.compactMap(anchor(of:))
    guard let last = anchors.last else { return nil }
    history.back = Array(anchors.dropLast())
    show(last)
    let name = places.last.map { env.sourceName($0.sectionID) } ?? ""
    return "Back where you left off: \(name). t shows the start page."
  }

  /// Where an article was left, for opening it there again.
  func resumeAnchor(article: Int) -> Anchor? {
    guard env.articles.indices.contains(article),
      let place = memory.position(inArticle: env.articles[article].id)
    else { return nil }
    return anchor(of: place)
  }

  /// The letter after `m` or `'`.
  mutating func finishMark(_ pending: PendingMark, _ key: Key) {
    let glyphs = env.glyphs
    guard case .character(let letter) = key, letter.isASCII, letter.isLetter else {
      if pending == .jump, key == .character("'") {
        // less's '': back to where the last jump was made.
        if !goBack() { message = "Nothing to go back to." }
        return
      }
      message = key == .escape ? "No bookmark set." : "A bookmark is a letter, a to z."
      return
    }
    switch pending {
    case .set:
      guard let (_, place) = place(of: anchor) else {
        message = "The start page needs no bookmark: t shows it."
        return
      }
      memory.setBookmark(letter, to: place)
      memoryChanged = true
      message =
        "Bookmark \(letter): \(env.sourceName(place.sectionID)). ' \(letter) comes back here."
    case .jump:
      guard let place = memory.bookmark(letter), let target = anchor(of: place) else {
        message =
          "No bookmark \(letter): m \(letter) sets one \(glyphs.dash) the start page (t) lists them."
        return
      }
      focus = .reader
      jump(to: target)
      message = "Bookmark \(letter): \(env.sourceName(place.sectionID))."
    }
  }
}
