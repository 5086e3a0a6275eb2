import BaclofenContent
import BaclofenText
import Foundation

/// The search screen: a query line, results that update on every keystroke, ↑/↓ to choose,
/// Enter to open at the first match.
struct SearchScreen: Sendable {
  var query: String
  var outcome: SearchOutcome
  var selected = 0
  /// First result shown.
  var top = 0
  /// Where typing goes in the line, in characters from its start.
  var cursor: Int
  /// The article in the reader, which Ctrl-T narrows the results to.
  var scope: SearchScope?
  /// The line holds the last query, offered again: shown as selected, it is replaced by what
  /// is typed, as a browser's find bar does, and kept by any key that edits or moves in it.
  var offered = false

  init(query: String, outcome: SearchOutcome) {
    self.query = query
    self.outcome = outcome
    cursor = query.count
  }

  /// Opened with `query` already typed.
  init(query: String, context: ScreenContext, scope: SearchScope? = nil) {
    let outcome = Self.run(query, context)
    self.init(query: query, outcome: scope?.narrow(outcome) ?? outcome)
    self.scope = scope
  }

  /// Opened again on the last query, `query`, offered to be kept or typed over.
  init(offering query: String, context: ScreenContext, scope: SearchScope? = nil) {
    self.init(query: query, context: context, scope: scope)
    offered = !query.isEmpty
  }

  /// Characters the search line holds: more than any question, little enough that every
  /// keystroke's search stays quick.
  static let maximumQueryLength = 200
  static let tooLong = "The search line holds up to \(maximumQueryLength) characters."

  /// Runs the query; an empty line searches nothing.
  static func run(_ query: String, _ context: ScreenContext) -> SearchOutcome {
    query.trimmingCharacters(in: .whitespaces).isEmpty ? .empty(query) : context.env.search(query)
  }

  /// Row of the first result and rows available for results.
  static func listTop(_ outcome: SearchOutcome) -> Int { outcome.aboutStopping ? 5 : 4 }

  /// A result as drawn: "Article › Section" (the article's title shortened, or left out,
  /// when both do not fit), up to two snippet lines, a blank line.
  static func lines(for hit: SearchHit, width: Int, glyphs: Glyphs) -> [StyledLine] {
    let room = max(1, width - 3)
    let section = hit.sectionTitle.terminalSafe.truncated(toWidth: room)
    let separator = " \(glyphs.pointer) "
    let articleRoom = room - section.displayWidth - separator.displayWidth
    let article = hit.articleTitle.terminalSafe
    let title =
      articleRoom >= min(12, article.displayWidth)
      ? [Span(article.truncated(toWidth: articleRoom) + separator, .dim), Span(section, .bold)]
      : [Span(section, .bold)]
    let lines = [StyledLine([Span("  ")] + title)]
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
  mutating func keepSelectionVisible(_ context: ScreenContext) {
    selected = min(max(0, selected), max(0, outcome.hits.count - 1))
    let rows = max(1, context.height - 1 - Self.listTop(outcome))
    if selected < top { top = selected }
    func height(_ index: Int) -> Int {
      Self.lines(for: outcome.hits[index], width: Self.width(context), glyphs: context.glyphs)
        .count
    }
    while top < selected, (top...selected).reduce(0, { $0 + height($1) }) > rows { top += 1 }
  }

  /// The result drawn at row `y`, if any.
  func hit(atRow y: Int, _ context: ScreenContext) -> Int? {
    var row = Self.listTop(outcome)
    for index in top..<outcome.hits.count {
      let count = Self.lines(
        for: outcome.hits[index], width: Self.width(context), glyphs: context.glyphs
      )
      .count
      if y >= row && y < row + count - 1 { return index }
      row += count
      if row >= context.height { break }
    }
    return nil
  }
}

extension SearchScreen {
  mutating func update(_ event: Event, _ context: ScreenContext) -> [Message] {
    switch event {
    case .key(let key):
      if case .character(let character) = key {
        takeOffer(replacing: true)
        guard query.count < Self.maximumQueryLength else { return [.notice(Self.tooLong)] }
        return insert(String(character), context)
      }
      let action = Self.keymap.action(for: key)
      switch action {
      case .clear, .erase, .eraseWord, .moveCursor: takeOffer(replacing: false)
      default: break
      }
      switch action {
      case .erase where query.isEmpty: return [.pop]
      case .clear, .erase, .eraseWord, .moveCursor:
        guard let (text, moved) = LineEditing.edit(query, cursor: cursor, key: key) else { break }
        if text == query {
          cursor = moved
        } else {
          return retype(text, cursor: moved, context)
        }
      case .toggleScope:
        guard var scope else { return [.notice("Open an article first: Ctrl-T then searches it.")] }
        scope.only.toggle()
        let kept = cursor
        self = SearchScreen(query: query, context: context, scope: scope)
        cursor = kept
      case .close: return [.pop]
      case .choose:
        switch key {
        case .up, .control("p"): selected -= 1
        case .pageUp: selected -= page(context)
        case .pageDown: selected += page(context)
        default: selected += 1
        }
        fetchMoreIfAtTheEnd()
      case .open:
        guard outcome.hits.indices.contains(selected) else {
          return [.notice(query.isEmpty ? "Type a word to search for." : "Nothing to open.")]
        }
        return [.openSearchResult(hit: selected, outcome)]
      case .global, nil: break
      }
    case .text(let text):
      takeOffer(replacing: true)
      // One search for the whole text, capped: a 100 KB paste costs one short query.
      let room = max(0, Self.maximumQueryLength - query.count)
      guard room > 0 else { return [.notice(Self.tooLong)] }
      let messages = insert(String(text.prefix(room)), context)
      return text.count > room ? messages + [.notice(Self.tooLong)] : messages
    case .mouse(let mouse):
      switch mouse.action {
      case .wheelUp: selected -= 1
      case .wheelDown:
        selected += 1
        fetchMoreIfAtTheEnd()
      case .click:
        if let index = hit(atRow: mouse.y, context) {
          return [.openSearchResult(hit: index, outcome)]
        }
      }
    default: break
    }
    keepSelectionVisible(context)
    return []
  }

  /// Ends the offer of the last query: typing empties the line first, an edit keeps it.
  private mutating func takeOffer(replacing: Bool) {
    guard offered else { return }
    offered = false
    if replacing {
      query = ""
      cursor = 0
    }
  }

  /// Types `text` at the cursor.
  private mutating func insert(_ text: String, _ context: ScreenContext) -> [Message] {
    var line = Array(query)
    line.insert(contentsOf: text, at: cursor)
    return retype(String(line), cursor: cursor + text.count, context)
  }

  /// Runs the new query and starts again from the best result.
  private mutating func retype(_ text: String, cursor: Int, _ context: ScreenContext)
    -> [Message]
  {
    self = SearchScreen(query: text, context: context, scope: scope)
    self.cursor = min(max(0, cursor), text.count)
    return [.searched(text)]
  }

  /// Results a page key moves by: about as many as the screen shows.
  private func page(_ context: ScreenContext) -> Int {
    max(1, (context.height - 1 - Self.listTop(outcome)) / 4)
  }

  /// Moving past the last result shown asks the search for more, so every result can be
  /// reached without the first screenful costing them all.
  private mutating func fetchMoreIfAtTheEnd() {
    guard selected >= outcome.hits.count - 1, outcome.moreHits, let more = outcome.more else {
      return
    }
    let wanted = max(selected + 1, outcome.hits.count + 16)
    outcome = more(wanted)
  }

  func render(in area: Rect, buffer screen: inout ScreenBuffer, _ context: ScreenContext) {
    let width = context.width
    let height = context.height
    let glyphs = context.glyphs
    let label = "Search: "
    let query = self.query.terminalSafe
    let room = width - label.count - 2
    let x = screen.put(label, x: 1, y: 1, style: [.bold, .heading])
    let (shown, column) = LineEditing.window(query, cursor: cursor, width: room)
    screen.put(shown, x: x, y: 1, style: offered ? .selected : [])
    screen.cursor = Point(x: min(x + column, width - 1), y: 1)
    let pagingHint = outcome.more == nil ? nil : "\(glyphs.arrows.down) past the last shows more"
    let info: String
    if let scope, scope.only {
      let hits = outcome.hits.count
      info =
        "Only this article: " + (hits == 1 ? "1 section" : "\(hits) sections")
        + " (Ctrl-T: every article)"
    } else if query.trimmingCharacters(in: .whitespaces).isEmpty {
      info =
        "Type words to search all articles (for example: side effects)"
        + (scope == nil ? "." : "; Ctrl-T: this article only.")
    } else {
      info = outcome.results.summary(pagingHint: pagingHint).joined(separator: " ").terminalSafe
    }
    screen.put(info.truncated(toWidth: width - 2), x: 1, y: 2, style: .dim)
    screen.put(String(repeating: glyphs.horizontal, count: width), x: 0, y: 3, style: .frame)
    if outcome.aboutStopping {
      let offers =
        ["F2 opens the withdrawal warning", "F2: warning", "F2"].map {
          "\(glyphs.warning) " + SearchResults.stoppingLine($0)
        } + [SearchResults.stoppingLine("F2")]
      let offer = offers.first { $0.displayWidth <= width - 2 } ?? offers.last!
      screen.put(offer.truncated(toWidth: width - 2), x: 1, y: 4, style: [.warning, .bold])
    }
    var y = Self.listTop(outcome)
    for index in top..<outcome.hits.count where y < height - 1 {
      let lines = Self.lines(for: outcome.hits[index], width: Self.width(context), glyphs: glyphs)
      for (number, line) in lines.enumerated() where y < height - 1 {
        if index == selected && number == 0 {
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
  static func width(_ context: ScreenContext) -> Int {
    min(context.width, HomeGeometry.measure + 8)
  }
}

/// The search screen's keys. Letters are typed into the line, and it edits as a shell line
/// does, so only keys that type nothing reach the warning and help (F2, F1).
enum SearchAction: KeyAction, Hashable {
  case global(GlobalAction)
  case choose, open, clear, erase, eraseWord, moveCursor, toggleScope, close

  var global: GlobalAction? {
    if case .global(let action) = self { action } else { nil }
  }
}

extension SearchScreen {
  static let keymap = Keymap<SearchAction>(
    title: "Search",
    bindings: [
      Binding(
        [.up, .down], .choose, help: "choose a result",
        footer: FooterHint("choose", priority: 4, keyCount: 2)),
      Binding([.control("p"), .control("n"), .tab, .pageUp, .pageDown], .choose, help: ""),
      Binding(
        [.enter], .open, help: "open at the first match", footer: FooterHint("open", priority: 7)),
      Binding(
        [.escape], .close, help: "close the search", footer: FooterHint("close", priority: 9)),
      Binding(
        [.function(2)], .global(.withdrawal), help: "withdrawal warning",
        footer: FooterHint("withdrawal", short: "warning", priority: 2)),
      Binding([.function(1)], .global(.help), help: "", footer: FooterHint("help", priority: 3)),
      Binding([.left, .right, .home, .end], .moveCursor, help: "move in the line"),
      Binding([.control("a"), .control("e"), .control("b"), .control("f")], .moveCursor, help: ""),
      Binding([.control("w")], .eraseWord, help: "delete a word"),
      Binding([.control("t")], .toggleScope, help: "this article / all"),
      Binding([.control("u")], .clear, help: "clear the search line"),
      Binding([.backspace], .erase, help: ""),
    ])

  /// Printable keys are typed; the rest go by the keymap.
  static func route(_ key: Key) -> KeyRoute {
    if case .character = key { return .screen }
    return keymap.route(key)
  }
}
