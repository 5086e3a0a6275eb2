extension AppState {
  /// Applies one event. The app handles what means the same everywhere (resizing, quitting,
  /// the banner and footer under the mouse, the global keys), the screen in front the rest.
  /// What the reader remembers is saved when it changes and on the way out.
  public mutating func handle(_ event: Event) -> [Effect] {
    var effects = handleEvent(event)
    let quitting = effects.contains(.quit)
    if home.memoryChanged || quitting {
      home.memoryChanged = false
      effects.removeAll { $0 == .quit }
      effects.append(.file(.saveReaderMemory(readerMemory)))
      if quitting { effects.append(.quit) }
    }
    return effects
  }

  private mutating func handleEvent(_ event: Event) -> [Effect] {
    switch event {
    case .resize(let newWidth, let newHeight):
      width = max(0, newWidth)
      height = max(0, newHeight)
      home.resize(width: width, height: height)
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
    let effects = dispatch(event)
    normalize()
    return effects
  }

  /// Characters in one go: as keys, except that the open search line takes the rest whole
  /// (so "/kidney" pasted opens the search and runs it once).
  private mutating func handleText(_ text: String) -> [Effect] {
    var rest = Substring(text)
    var effects: [Effect] = []
    while let character = rest.first {
      if search != nil && !tooSmall && rest.count > 1 {
        message = nil
        effects += updateTop(.text(String(rest)))
        normalize()
        return effects
      }
      rest = rest.dropFirst()
      effects += handleEvent(.key(.character(character)))
      if effects.contains(.quit) { break }
    }
    return effects
  }

  private mutating func dispatch(_ event: Event) -> [Effect] {
    switch event {
    case .mouse(let mouse) where mouse.action == .click && mouse.y == 0:
      return apply([.push(WithdrawalScreen())])
    case .mouse(let mouse) where mouse.action == .click && mouse.y == height - 1:
      guard let key = footer.key(atColumn: mouse.x, width: width) else { return [] }
      return dispatch(.key(key))
    case .key(let key):
      if case .global(let action) = route(key) { return perform(action) }
    default: break
    }
    return updateTop(event)
  }

  /// Whether `key` is global here or the screen in front's own.
  private func route(_ key: Key) -> KeyRoute {
    guard let shown else { return home.route(key) }
    return shown.route(key, context)
  }

  /// The screen drawn and given keys; nil when the home screen is (the reader in front too).
  var shown: (any Screen)? { top is ReaderInFront ? nil : top }

  /// Passes the event to the screen in front and carries out what it asks.
  private mutating func updateTop(_ event: Event) -> [Effect] {
    guard var screen = top else { return apply(home.update(event)) }
    let messages = screen.update(event, context)
    stack[stack.count - 1] = screen
    return apply(messages)
  }

  /// Keeps derived positions valid after any change: the reader reflowed to the current
  /// width, the contents selection and the chosen search result on screen.
  mutating func normalize() {
    guard !tooSmall else { return }
    home.normalize()
    if var screen = search {
      screen.keepSelectionVisible(context)
      stack[stack.count - 1] = screen
    }
  }

  /// What the global keys do, from any screen.
  mutating func perform(_ action: GlobalAction) -> [Effect] {
    switch action {
    case .withdrawal: apply([.push(WithdrawalScreen())])
    case .questionnaire: apply([.push(QuestionnaireScreen())])
    case .help: apply([.push(HelpScreen())])
    case .search:
      apply([.push(SearchScreen(offering: lastQuery, context: context, scope: home.searchScope))])
    case .close: stack.isEmpty ? [.quit] : pop()
    case .quit: [.quit]
    case .redraw: [.redraw]
    }
  }
}
