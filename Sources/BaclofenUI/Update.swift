/// The Elm-style loop: `update` turns an event into a new state plus effects, `render` draws.
public enum App {
  public static func update(_ state: AppState, _ event: Event) -> (AppState, [Effect]) {
    var state = state
    let effects = state.handle(event)
    return (state, effects)
  }

  public static func render(_ state: AppState) -> ScreenBuffer { state.render() }
}

extension AppState {
  /// Applies one event. Each screen handles its own keys; a few work everywhere.
  /// Characters in one go: as keys, except that the open search line takes the rest whole
  /// (so "/kidney" pasted opens the search and runs it once).
  private mutating func handleText(_ text: String) -> [Effect] {
    var rest = Substring(text)
    var effects: [Effect] = []
    while let character = rest.first {
      if search != nil && overlay == nil && !tooSmall && rest.count > 1 {
        message = nil
        effects += handleSearch(.text(String(rest)))
        normalize()
        return effects
      }
      rest = rest.dropFirst()
      effects += handle(.key(.character(character)))
      if effects.contains(.quit) { break }
    }
    return effects
  }

  public mutating func handle(_ event: Event) -> [Effect] {
    switch event {
    case .resize(let newWidth, let newHeight):
      width = max(0, newWidth)
      height = max(0, newHeight)
      normalize()
      return []
    case .interrupt, .terminate:
      return [.quit]
    case .text(let text):
      return handleText(text)
    case .key, .mouse:
      break
    }
    message = nil
    if tooSmall {
      // Nothing can be seen, so nothing may change unseen; quitting still works.
      return [.key(.character("q")), .key(.control("c"))].contains(event) ? [.quit] : []
    }
    let effects: [Effect]
    if overlay != nil {
      effects = handleOverlay(event)
    } else if search != nil {
      effects = handleSearch(event)
    } else {
      effects = handleHome(event)
    }
    normalize()
    return effects
  }

  /// Keeps derived positions valid after any change: the reader reflowed to the current
  /// width, the contents selection on screen.
  mutating func normalize() {
    guard !tooSmall else { return }
    reflowReader()
    reader.top = min(reader.top, max(0, readerLayout.count - 1))
    scrollContentsToSelection()
    if var open = search {
      open.keepSelectionVisible(in: self)
      search = open
    }
  }

  /// Keys that mean the same on every screen except inside a search line. Nil when `key` is
  /// not one of them.
  mutating func handleGlobal(_ key: Key) -> [Effect]? {
    switch key {
    case .character("w"), .control("w"), .function(2): openWithdrawal()
    case .character("s"), .function(3): openQuestionnaire()
    case .character("?"), .function(1): overlay = .help(scroll: 0)
    case .character("/"): openSearch()
    case .character("q"), .control("c"): return [.quit]
    case .control("l"): return [.redraw]
    default: return nil
    }
    return []
  }

  mutating func openWithdrawal() { overlay = .withdrawal(WithdrawalView()) }

  /// The questionnaire where it was left, else its first page.
  mutating func openQuestionnaire() {
    quizUnderneath = false
    overlay = .questionnaire(keptQuiz ?? QuestionnaireState())
  }

  /// Closes help or the warning: back to the questionnaire if they were opened from it.
  mutating func closeOverlay() {
    if quizUnderneath, let keptQuiz {
      overlay = .questionnaire(keptQuiz)
    } else {
      overlay = nil
    }
    quizUnderneath = false
  }

  mutating func openSearch() {
    quizUnderneath = false
    overlay = nil
    search = SearchState(query: lastQuery, outcome: env.search(lastQuery))
  }

  mutating func handleOverlay(_ event: Event) -> [Effect] {
    switch overlay {
    case .help(let scroll): return handleHelp(event, scroll: scroll)
    case .withdrawal(let view): return handleWithdrawal(event, view)
    case .questionnaire(let questionnaire): return handleQuestionnaire(event, questionnaire)
    case nil: return []
    }
  }

  /// Scroll keys shared by the reader and the scrolling overlays: the new offset, or nil.
  static func scrolled(_ offset: Int, by key: Key, page: Int, limit: Int) -> Int? {
    let page = max(1, page)
    let target: Int
    switch key {
    case .up, .character("k"): target = offset - 1
    case .down, .character("j"): target = offset + 1
    case .pageUp, .character("b"): target = offset - page
    case .pageDown, .character(" "): target = offset + page
    case .home, .character("g"): target = 0
    case .end, .character("G"): target = limit
    default: return nil
    }
    return min(max(0, target), max(0, limit))
  }
}
