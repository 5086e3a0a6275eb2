/// A screen in front of the home screen (contents and reader), on the navigation stack. Each
/// owns its state, keymap, update and render; adding one is a new type and the line that
/// opens it. Esc (or q) pops it and the screen that opened it is in front again.
protocol Screen: Sendable {
  associatedtype Action: KeyAction
  /// For tests and logs; two screens of one name are never both open.
  var name: String { get }
  /// How a notice names it ("Esc returns to the warning").
  var returnName: String { get }
  /// Search and help give way to the section they open.
  var isTransient: Bool { get }
  /// The keys of the screen as it is now: its handler, its footer and help read them.
  func keymap(_ context: ScreenContext) -> Keymap<Action>
  /// Whether `key` is global here or the screen's own.
  func route(_ key: Key, _ context: ScreenContext) -> KeyRoute
  mutating func update(_ event: Event, _ context: ScreenContext) -> [Message]
  func render(in area: Rect, buffer: inout ScreenBuffer, _ context: ScreenContext)
  /// What closing it asks for (the questionnaire is kept and saves its progress).
  func closing() -> [Message]
  /// Another of its kind is opened while it is on the stack: go back to it, or replace it.
  func reopened(as other: any Screen) -> any Screen
}

extension Screen {
  var returnName: String { name }
  var isTransient: Bool { false }
  func route(_ key: Key, _ context: ScreenContext) -> KeyRoute { keymap(context).route(key) }
  func closing() -> [Message] { [] }
  func reopened(as other: any Screen) -> any Screen { self }
  func footerItems(_ context: ScreenContext) -> [FooterItem] {
    keymap(context).footerItems(context.glyphs)
  }
}

/// What the screen sizes and the content are, for a screen's update and render.
struct ScreenContext {
  let env: AppEnvironment
  let width: Int
  let height: Int
  /// How far back the reader's history goes.
  var readerHistory = 0

  var glyphs: Glyphs { env.glyphs }
  /// Between the banner and the footer.
  var body: Rect { Rect(x: 0, y: 1, width: width, height: height - 2) }
}

/// What a screen's update asks the app to do (Bubble Tea's commands): the screen changes its
/// own state, everything beyond it goes through here.
enum Message: Sendable {
  case push(any Screen)
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
  /// A closed screen kept, so opening its kind again comes back to it as it was.
  case keep(any Screen)
  /// The event is the home screen's (the reader brought in front).
  case home(Event)
  /// The reader goes back in its history until it is `depth` long.
  case readerBack(depth: Int)
  /// The search's highlights and `n` are dropped (a search cleared and left).
  case clearMatches
}

extension AppState {
  /// The screen in front of the home screen, if any.
  var top: (any Screen)? { stack.last }

  /// The search screen, while it is in front.
  var search: SearchScreen? { top as? SearchScreen }

  var context: ScreenContext {
    ScreenContext(env: env, width: width, height: height, readerHistory: home.history.back.count)
  }

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
      case .keep(let screen): kept[screen.name] = screen
      case .home(let event): effects += apply(home.update(event))
      case .clearMatches: home.activeSearch = nil
      case .readerBack(let depth):
        while home.history.back.count > depth, home.goBack() {}
      }
    }
    return effects
  }

  /// Brings `screen` in front; a kept one of its kind comes back as it was left. One of its
  /// kind already open is gone back to instead, so the stack never holds two.
  mutating func open(_ screen: any Screen) {
    if let index = stack.lastIndex(where: { $0.name == screen.name }) {
      while stack.count > index + 1 { pop() }
      stack[index] = stack[index].reopened(as: screen)
      return
    }
    stack.append(kept.removeValue(forKey: screen.name) ?? screen)
  }

  /// Closes the screen in front, carrying out what it asks on the way out.
  @discardableResult
  mutating func pop() -> [Effect] {
    guard let closed = stack.popLast() else { return [] }
    return apply(closed.closing())
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
    guard let top, !(top is ReaderInFront) else { return false }
    stack.append(ReaderInFront(historyDepth: historyBefore))
    return true
  }
}
