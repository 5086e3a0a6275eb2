/// A screen in front of the home screen (contents and reader), on the navigation stack. Each
/// owns its state; Esc (or q) pops it and the screen that opened it is in front again.
enum Screen: Sendable {
  case search(SearchScreen)
  case help(HelpScreen)
  case withdrawal(WithdrawalScreen)
  case questionnaire(QuestionnaireState)
  /// The reader brought in front by the screen below, to show a section it cites.
  /// `historyDepth` is the reader's history before that jump: going back past the jump
  /// returns to the screen below, where the reader was.
  case reading(historyDepth: Int)

  var name: String {
    switch self {
    case .search: "search"
    case .help: "help"
    case .withdrawal(let warning): warning.emergency ? "emergency" : "withdrawal"
    case .questionnaire: "questionnaire"
    case .reading: "home"
    }
  }

  /// Search and help give way to the section they open.
  var isTransient: Bool {
    switch self {
    case .search, .help: true
    default: false
    }
  }

  /// Whether two screens are the same kind (opening one that is open goes back to it).
  func isKind(of other: Screen) -> Bool { name == other.name }
}

/// What the screen sizes and the content are, for a screen's update and render.
struct ScreenContext {
  let env: AppEnvironment
  let width: Int
  let height: Int

  var glyphs: Glyphs { env.glyphs }
  /// Between the banner and the footer.
  var body: Rect { Rect(x: 0, y: 1, width: width, height: height - 2) }
}

/// What a screen's update asks the app to do (Bubble Tea's commands): the screen changes its
/// own state, everything beyond it goes through here.
enum Message: Sendable {
  case push(Screen)
  case pop
  /// Show a cited section in the reader; Esc comes back.
  case openSection(String)
  /// Result `hit` of a search, opened at its first match.
  case openSearchResult(hit: Int, SearchOutcome)
  /// The query typed, offered again when the search reopens.
  case searched(String)
  /// A one-line note in the footer until the next key.
  case notice(String)
  case effect(Effect)
}

extension AppState {
  /// The screen in front of the home screen, if any.
  var top: Screen? { stack.last }

  /// The search screen, while it is in front.
  var search: SearchScreen? {
    if case .search(let search)? = top { search } else { nil }
  }

  var context: ScreenContext { ScreenContext(env: env, width: width, height: height) }

  /// Carries out screen messages; returns the effects for the terminal side.
  mutating func apply(_ messages: [Message]) -> [Effect] {
    var effects: [Effect] = []
    for message in messages {
      switch message {
      case .push(let screen): open(screen)
      case .pop: effects += pop()
      case .openSection(let id): openCitedSection(id)
      case .openSearchResult(let hit, let outcome):
        closeTransientScreens()
        let before = home.history.back.count
        self.message = home.openHit(hit, of: outcome)
        bringReaderInFront(before)
      case .searched(let query): lastQuery = query
      case .notice(let text): self.message = text
      case .effect(let effect): effects.append(effect)
      }
    }
    return effects
  }

  /// Brings `screen` in front. One of its kind already open is gone back to instead, so the
  /// stack never holds two (the warning is shown again from its top).
  mutating func open(_ screen: Screen) {
    if let index = stack.lastIndex(where: { $0.isKind(of: screen) }) {
      while stack.count > index + 1 { _ = pop() }
      if case .withdrawal = screen { stack[index] = screen }
      return
    }
    stack.append(screen)
  }

  /// Closes the screen in front. A questionnaire is kept so `s` comes back to the same page,
  /// and saves its progress on the way out; a reader in front goes back to where it was.
  @discardableResult
  mutating func pop() -> [Effect] {
    guard let closed = stack.popLast() else { return [] }
    switch closed {
    case .questionnaire(let quiz):
      leftQuestionnaire = quiz
      return [.file(.saveProgress(quiz.progress))]
    case .reading(let depth):
      while home.history.back.count > depth, home.goBack() {}
    case .search(let search):
      lastQuery = search.query
      // A search cleared and left: its highlights and `n` go with it.
      if search.query.allSatisfy(\.isWhitespace) { home.activeSearch = nil }
    default: break
    }
    return []
  }

  /// Search and help give way to what they open.
  mutating func closeTransientScreens() {
    while let top, top.isTransient { pop() }
  }

  /// Opens a cited section in the reader, in front of the screen that cites it.
  mutating func openCitedSection(_ id: String) {
    guard let (article, section) = env.locate(sectionID: id) else {
      message = "That section is not in this library."
      return
    }
    closeTransientScreens()
    let before = home.history.back.count
    home.focus = .reader
    home.jump(to: Anchor(article: article, section: section, block: -1))
    if let opener = top, bringReaderInFront(before) {
      message = "Esc returns to \(opener.returnName)."
    }
  }

  /// After a jump in the reader: the reader in front of the screen that made it, so going
  /// back past the jump returns there. False when the reader already was in front.
  @discardableResult
  private mutating func bringReaderInFront(_ historyBefore: Int) -> Bool {
    switch top {
    case nil, .reading: return false
    default:
      stack.append(.reading(historyDepth: historyBefore))
      return true
    }
  }
}

extension Screen {
  /// How a notice names this screen ("Esc returns to the warning").
  var returnName: String {
    switch self {
    case .withdrawal(let warning): warning.emergency ? "“Get medical help now”" : "the warning"
    case .questionnaire(let quiz): quiz.step == .result ? "your result" : "the questionnaire"
    case .search: "the search"
    case .help: "help"
    case .reading: "the text"
    }
  }
}
