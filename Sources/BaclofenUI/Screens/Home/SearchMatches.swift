/// `n` / `N`: every match of the opened search, section by section in result order.
struct MatchLocation: Hashable {
  var hit: Int
  var article: Int
  var line: Int
}

extension HomeScreen {
  /// Matches at the current width: the highlighted lines of each hit's section, or its
  /// heading when the engine matched it without a visible word (a synonym, say).
  func matchLocations(_ search: ActiveSearch) -> [MatchLocation] {
    var result: [MatchLocation] = []
    for (index, hit) in search.outcome.hits.enumerated() {
      guard let (a, s) = env.locate(sectionID: hit.sectionID) else { continue }
      let layout = env.layout(article: a, width: reader.textWidth, search: search.outcome)
      let range = layout.range(ofSection: s)
      let lines = layout.matchLines.filter { range.contains($0) }
      for line in lines.isEmpty ? [range.lowerBound] : lines {
        result.append(MatchLocation(hit: index, article: a, line: line))
      }
    }
    return result
  }

  /// Opens result `hit` of a search at its first match; returns the notice saying so.
  mutating func openHit(_ hit: Int, of outcome: SearchOutcome) -> String? {
    var active = ActiveSearch(outcome: outcome)
    let matches = matchLocations(active)
    guard let first = matches.firstIndex(where: { $0.hit == hit }) else { return nil }
    active.current = first
    activeSearch = active
    focus = .reader
    showMatch(matches[first])
    return "Match \(first + 1) of \(matches.count): n next, N previous"
  }

  /// `n` (forward) or `N`: the next match, wrapping around with a note.
  mutating func nextMatch(forward: Bool) {
    guard var active = activeSearch else {
      message = "No search yet: press / to search."
      return
    }
    let matches = matchLocations(active)
    guard !matches.isEmpty else {
      message = "No matches."
      return
    }
    var index = (active.current ?? (forward ? -1 : 0)) + (forward ? 1 : -1)
    if index >= matches.count {
      index = 0
      message = "Back at the first match."
    } else if index < 0 {
      index = matches.count - 1
      message = "Back at the last match."
    }
    active.current = index
    activeSearch = active
    showMatch(matches[index])
    let hit = active.outcome.hits[matches[index].hit]
    if message == nil {
      message = "Match \(index + 1) of \(matches.count) \(env.glyphs.dash) \(hit.sectionTitle)"
    }
  }

  /// Scrolls so the match has a little context above it, its section heading if near.
  private mutating func showMatch(_ match: MatchLocation) {
    let layout = env.layout(article: match.article, width: reader.textWidth)
    let start = layout.sectionStarts[layout.section(at: match.line)]
    let top = match.line - start < readerHeight - 2 ? start : match.line - 2
    let target = layout.anchor(at: top, article: match.article)
    let here = anchor
    if here.article != target.article || here.section != target.section {
      jump(to: target, line: top)
    } else {
      reader.top = top
      selectReadingPosition()
    }
  }

  /// The line of the current match, when one is being shown in this article.
  var currentMatchLine: Int? {
    guard let active = activeSearch, let current = active.current else { return nil }
    let matches = matchLocations(active)
    guard matches.indices.contains(current), matches[current].article == reader.article else {
      return nil
    }
    return matches[current].line
  }
}

extension StyledLine {
  /// The line of the current `n`/`N` match: its matches also reversed, so the one being
  /// shown stands out from the other highlighted lines.
  var markingCurrentMatch: StyledLine {
    var line = self
    for index in line.spans.indices where line.spans[index].style.contains(.highlight) {
      line.spans[index].style.formUnion([.reverse, .bold])
    }
    return line
  }
}
