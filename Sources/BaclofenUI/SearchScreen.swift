import BaclofenContent
import BaclofenText
import Foundation

/// The search screen: a query line, results that update on every keystroke, ↑/↓ to choose,
/// Enter to open at the first match.
extension SearchState {
  /// Row of the first result and rows available for results.
  static func listTop(_ outcome: SearchOutcome) -> Int { outcome.aboutStopping ? 5 : 4 }

  /// A result as drawn: title line, up to two snippet lines, a blank line.
  static func lines(for hit: SearchHit, width: Int, glyphs: Glyphs) -> [StyledLine] {
    let section = hit.sectionTitle.terminalSafe.truncated(toWidth: max(1, width - 3))
    let article = " \(glyphs.dash) \(hit.articleTitle.terminalSafe)"
    let room = max(0, width - 3 - section.displayWidth)
    let lines = [
      StyledLine([
        Span("  "), Span(section, .bold), Span(room > 4 ? article.truncated(toWidth: room) : ""),
      ])
    ]
    var snippet = SectionLayout(width: max(8, width - 6))
    let highlights = hit.highlights
    snippet.highlighter = { text in
      highlights.compactMap { range in
        guard range.lowerBound >= 0, range.upperBound <= text.count, !range.isEmpty else {
          return nil
        }
        let lower = text.index(text.startIndex, offsetBy: range.lowerBound)
        return lower..<text.index(lower, offsetBy: range.count)
      }
    }
    var wrapped = snippet.wrap(RichText(hit.snippet), style: .dim, indent: "    ", hanging: "    ")
    if wrapped.count > 2 {
      wrapped = Array(wrapped.prefix(2))
      wrapped[1].spans.append(Span("…", .dim))
    }
    return lines + wrapped + [StyledLine()]
  }

  /// Moves `top` so the selected result is entirely on screen.
  mutating func keepSelectionVisible(in state: AppState) {
    selected = min(max(0, selected), max(0, outcome.hits.count - 1))
    let rows = max(1, state.height - 1 - Self.listTop(outcome))
    if selected < top { top = selected }
    func height(_ index: Int) -> Int {
      Self.lines(for: outcome.hits[index], width: state.resultsWidth, glyphs: state.env.glyphs)
        .count
    }
    while top < selected, (top...selected).reduce(0, { $0 + height($1) }) > rows { top += 1 }
  }

  /// The result drawn at row `y`, if any.
  func hit(atRow y: Int, in state: AppState) -> Int? {
    var row = Self.listTop(outcome)
    for index in top..<outcome.hits.count {
      let count = Self.lines(
        for: outcome.hits[index], width: state.resultsWidth, glyphs: state.env.glyphs
      )
      .count
      if y >= row && y < row + count - 1 { return index }
      row += count
      if row >= state.height { break }
    }
    return nil
  }
}

extension AppState {
  mutating func handleSearch(_ event: Event) -> [Effect] {
    guard var open = search else { return [] }
    switch event {
    case .key(let key):
      switch key {
      // Every letter is typed in the search line ("weakness", "withdrawal"); the warning is
      // Ctrl-W or F2 here, as the footer says.
      case .control("w"), .function(2):
        openWithdrawal()
        return []
      case .character(let character):
        open.query.append(character)
        open = run(open.query)
      case .control("u"): open = run("")
      case .backspace:
        if open.query.isEmpty {
          search = nil
          return []
        }
        open.query.removeLast()
        open = run(open.query)
      case .escape:
        search = nil
        return []
      case .up, .control("p"): open.selected -= 1
      case .down, .control("n"), .tab: open.selected += 1
      case .pageUp: open.selected -= 5
      case .pageDown: open.selected += 5
      case .enter:
        guard open.outcome.hits.indices.contains(open.selected) else {
          message = open.query.isEmpty ? "Type a word to search for." : "Nothing to open."
          return []
        }
        openHit(open.selected, of: open.outcome)
        return []
      case .function(1): overlay = .help(scroll: 0)
      case .function(3): openQuestionnaire()
      case .control("c"): return [.quit]
      case .control("l"): return [.redraw]
      default: break
      }
    case .mouse(let mouse):
      switch mouse.action {
      case .wheelUp: open.selected -= 1
      case .wheelDown: open.selected += 1
      case .click:
        if mouse.y == height - 1, let key = footerKey(atColumn: mouse.x) {
          return handleSearch(.key(key))
        }
        if mouse.y == 0 {
          openWithdrawal()
          return []
        }
        if let index = open.hit(atRow: mouse.y, in: self) {
          openHit(index, of: open.outcome)
          return []
        }
      }
    default: break
    }
    search = open
    return []
  }

  /// Runs the query and starts again from the best result.
  private mutating func run(_ query: String) -> SearchState {
    lastQuery = query
    let trimmed = query.trimmingCharacters(in: .whitespaces)
    return SearchState(query: query, outcome: trimmed.isEmpty ? .empty(query) : env.search(query))
  }

  func renderSearch(_ open: SearchState, into screen: inout ScreenBuffer) {
    let glyphs = env.glyphs
    let label = "Search: "
    let query = open.query.terminalSafe
    let room = width - label.count - 2
    let shown = query.displayWidth > room ? "…" + String(query.suffix(max(1, room - 1))) : query
    let end = screen.put(shown, x: screen.put(label, x: 1, y: 1, style: [.bold, .heading]), y: 1)
    screen.cursor = Point(x: min(end, width - 1), y: 1)
    let outcome = open.outcome
    let info: String
    if query.trimmingCharacters(in: .whitespaces).isEmpty {
      info = "Type words to search all articles (for example: side effects)."
    } else if let line = outcome.noDirectAnswer, !outcome.hits.isEmpty {
      info = line
    } else if let corrected = outcome.correctedQuery {
      info =
        "Showing results for \u{201C}\(corrected.terminalSafe)\u{201D}: \(count(outcome))"
    } else {
      info =
        outcome.hits.isEmpty
        ? "No section matches \u{201C}\(query)\u{201D}." : count(outcome)
    }
    screen.put(info.truncated(toWidth: width - 2), x: 1, y: 2, style: .dim)
    screen.put(String(repeating: glyphs.horizontal, count: width), x: 0, y: 3, style: .frame)
    if outcome.aboutStopping {
      let key = "Ctrl-W"
      let offers = [
        "\(glyphs.warning) About stopping? Never stop suddenly \(glyphs.dash) press \(key)"
          + " or F2 for the withdrawal warning.",
        "\(glyphs.warning) About stopping? \(key): withdrawal warning",
        "\(glyphs.warning) Stopping? \(key): warning",
      ]
      let offer = offers.first { $0.displayWidth <= width - 2 } ?? offers.last!
      screen.put(offer.truncated(toWidth: width - 2), x: 1, y: 4, style: [.warning, .bold])
    }
    var y = SearchState.listTop(outcome)
    for index in open.top..<outcome.hits.count where y < height - 1 {
      let lines = SearchState.lines(for: outcome.hits[index], width: resultsWidth, glyphs: glyphs)
      for (number, line) in lines.enumerated() where y < height - 1 {
        if index == open.selected && number == 0 {
          screen.fill(y: y, style: .selected)
          var marked = line
          for i in marked.spans.indices { marked.spans[i].style.insert(.selected) }
          screen.put(marked, x: 0, y: y)
          screen.put(glyphs.pointer, x: 0, y: y, style: [.selected, .bold])
        } else {
          screen.put(line, x: 0, y: y)
        }
        y += 1
      }
    }
  }

  /// Results are laid out no wider than a comfortable reading measure.
  var resultsWidth: Int { min(width, HomeGeometry.measure + 8) }

  private func count(_ outcome: SearchOutcome) -> String {
    let n = outcome.hits.count
    if outcome.moreHits { return "best \(n) sections shown; more match" }
    return n == 1 ? "1 section" : "\(n) sections"
  }
}
