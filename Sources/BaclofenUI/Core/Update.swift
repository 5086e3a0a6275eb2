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
      return apply([.push(.withdrawal(WithdrawalScreen()))])
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
    switch top {
    case .search: SearchScreen.route(key)
    case .help: HelpScreen.keymap.route(key)
    case .withdrawal(let warning): WithdrawalScreen.keymap(emergency: warning.emergency).route(key)
    case .questionnaire:
      switch key {
      case .character("s"), .function(3): .screen
      case .character("q"): .global(.quit)
      default: Keymaps.global.route(key)
      }
    case .reading, nil: home.route(key)
    }
  }

  /// Passes the event to the screen in front and carries out what it asks.
  private mutating func updateTop(_ event: Event) -> [Effect] {
    let context = self.context
    switch top {
    case .search(var screen):
      let messages = screen.update(event, context)
      stack[stack.count - 1] = .search(screen)
      return apply(messages)
    case .help(var screen):
      let messages = screen.update(event, context)
      stack[stack.count - 1] = .help(screen)
      return apply(messages)
    case .withdrawal(var screen):
      let messages = screen.update(event, context)
      stack[stack.count - 1] = .withdrawal(screen)
      return apply(messages)
    case .questionnaire(let quiz):
      return handleQuestionnaire(event, quiz)
    case .reading(let depth):
      // Back past the jump that brought the reader in front: to the screen below.
      if case .key(let key) = event, Keymaps.back.contains(key),
        home.history.back.count <= depth + 1
      {
        return pop()
      }
      return apply(home.update(event))
    case nil:
      return apply(home.update(event))
    }
  }

  /// Keeps derived positions valid after any change: the reader reflowed to the current
  /// width, the contents selection and the chosen search result on screen.
  mutating func normalize() {
    guard !tooSmall else { return }
    home.normalize()
    if case .search(var screen) = top {
      screen.keepSelectionVisible(context)
      stack[stack.count - 1] = .search(screen)
    }
  }

  /// What the global keys do, from any screen.
  mutating func perform(_ action: GlobalAction) -> [Effect] {
    switch action {
    case .withdrawal: apply([.push(.withdrawal(WithdrawalScreen()))])
    case .questionnaire: apply([.push(.questionnaire(leftQuestionnaire ?? QuestionnaireState()))])
    case .help: apply([.push(.help(HelpScreen()))])
    case .search:
      apply([
        .push(.search(SearchScreen(query: lastQuery, context: context, scope: home.searchScope)))
      ])
    case .close: stack.isEmpty ? [.quit] : pop()
    case .quit: [.quit]
    case .redraw: [.redraw]
    }
  }
}
