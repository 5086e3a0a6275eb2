import BaclofenText

/// `i`: go to a section by typing its name, with completion, as info's `i` and `g` (whose
/// letters are top and bookmarks here). Titles that start with the words typed come first,
/// then those with a word that does, then any that contain them.
struct SectionPrompt: Sendable, Hashable {
  var text = ""
  var cursor = 0
  /// The candidate Enter goes to.
  var chosen = 0

  enum Action: Sendable, Hashable {
    case complete, choose, go, cancel, erase, eraseWord, clear, move
  }

  static let keymap = Keymap<Action>(
    title: "Go to section",
    bindings: [
      Binding(
        [.tab], .complete, help: "complete the name", footer: FooterHint("complete", priority: 3)),
      Binding(
        [.up, .down], .choose, help: "choose",
        footer: FooterHint("choose", priority: 2, keyCount: 2)),
      Binding([.enter], .go, help: "go there", footer: FooterHint("go", priority: 4)),
      Binding([.escape], .cancel, help: "cancel", footer: FooterHint("cancel", priority: 5)),
      Binding([.backspace], .erase, help: ""),
      Binding([.control("w")], .eraseWord, help: ""),
      Binding([.control("u")], .clear, help: ""),
      Binding(
        [.left, .right, .home, .end, .control("a"), .control("e"), .control("b"), .control("f")],
        .move, help: ""),
    ])

  /// Sections whose title matches what is typed, best first, as (article, section).
  static func candidates(_ text: String, in env: AppEnvironment) -> [(article: Int, section: Int)] {
    let needle = text.lowercased().trimmingCharacters(in: .whitespaces)
    var starts: [(Int, Int)] = []
    var words: [(Int, Int)] = []
    var inside: [(Int, Int)] = []
    for (a, article) in env.articles.enumerated() {
      for (s, section) in article.sections.enumerated() {
        let title = section.title.lowercased()
        if needle.isEmpty || title.hasPrefix(needle) {
          starts.append((a, s))
        } else if title.contains(" " + needle) {
          words.append((a, s))
        } else if title.contains(needle) {
          inside.append((a, s))
        }
      }
    }
    return (starts + words + inside).map { (article: $0.0, section: $0.1) }
  }

  /// Tab: the longest start the candidates' titles share, when it says more than the text;
  /// otherwise the next candidate.
  mutating func complete(_ env: AppEnvironment) {
    let found = Self.candidates(text, in: env)
    let titles = found.map { env.articles[$0.article].sections[$0.section].title }
    let starting = titles.filter { $0.lowercased().hasPrefix(text.lowercased()) }
    if var shared = starting.first {
      for title in starting.dropFirst() {
        while !title.lowercased().hasPrefix(shared.lowercased()) { shared.removeLast() }
      }
      if shared.count > text.count {
        text = shared
        cursor = text.count
        chosen = 0
        return
      }
    }
    if !found.isEmpty { chosen = (chosen + 1) % found.count }
  }

  /// Edits the line with the search line's keys.
  mutating func edit(_ key: Key) {
    guard let (edited, moved) = LineEditing.edit(text, cursor: cursor, key: key) else { return }
    if edited != text { chosen = 0 }
    text = edited
    cursor = moved
  }
}

extension HomeScreen {
  mutating func handlePrompt(_ key: Key) {
    guard var prompt else { return }
    let found = SectionPrompt.candidates(prompt.text, in: env)
    switch SectionPrompt.keymap.action(for: key) {
    case .complete: prompt.complete(env)
    case .choose:
      if !found.isEmpty {
        prompt.chosen = (prompt.chosen + (key == .up ? found.count - 1 : 1)) % found.count
      }
    case .go:
      guard found.indices.contains(prompt.chosen) else {
        message = "No section is called \u{201C}\(prompt.text.terminalSafe)\u{201D}; Esc cancels."
        break
      }
      let target = found[prompt.chosen]
      self.prompt = nil
      focus = .reader
      jump(to: Anchor(article: target.article, section: target.section, block: -1))
      return
    case .cancel:
      self.prompt = nil
      return
    case .erase where prompt.text.isEmpty:
      self.prompt = nil
      return
    case .erase, .eraseWord, .clear, .move: prompt.edit(key)
    case nil:
      if case .character = key { prompt.edit(key) }
    }
    self.prompt = prompt
  }

  /// The prompt on the status row and its best candidates above it, across the screen.
  func renderPrompt(
    _ prompt: SectionPrompt, into screen: inout ScreenBuffer, _ geometry: HomeGeometry
  ) {
    let found = SectionPrompt.candidates(prompt.text, in: env)
    let rows = min(found.count, max(1, geometry.bodyHeight / 3), 8)
    // The chosen candidate stays in the rows shown.
    let first = max(0, min(prompt.chosen - rows + 1, found.count - rows))
    for row in 0..<rows {
      let index = first + row
      let y = geometry.statusRow - rows + row
      let (a, s) = found[index]
      let article = env.articles[a]
      let chosen = index == prompt.chosen
      let style: TextStyle = chosen ? .selected : []
      screen.fill(y: y, style: style)
      let title = article.sections[s].title.terminalSafe
      let line =
        " \(chosen ? env.glyphs.pointer : " ") \(title) \(env.glyphs.dash) \(article.title.terminalSafe)"
      screen.put(
        line.truncated(toWidth: width - 1), x: 0, y: y, style: chosen ? [.selected, .bold] : [])
    }
    let y = geometry.statusRow
    screen.fill(y: y, style: .reverse)
    let label = " Go to section: "
    let x = screen.put(label, x: 0, y: y, style: [.reverse, .bold])
    let (shown, column) = LineEditing.window(
      prompt.text, cursor: prompt.cursor, width: width - x - 1)
    screen.put(shown, x: x, y: y, style: .reverse)
    if found.isEmpty {
      let none = "  no section is called that"
      screen.put(none, x: x + shown.displayWidth, y: y, style: [.reverse, .dim])
    }
    screen.cursor = Point(x: min(x + column, width - 1), y: y)
  }
}
