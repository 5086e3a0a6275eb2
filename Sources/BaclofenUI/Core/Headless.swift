/// Drives the app without a terminal, for tests (a "pilot", as in Textual): send events or
/// type keys, then read the screen as text or inspect its cells.
public struct HeadlessApp: Sendable {
  public private(set) var state: AppState
  public private(set) var quit = false
  public private(set) var effects: [Effect] = []
  /// Stands in for the terminal side: performs each effect and may answer with a notice,
  /// which is shown in the footer as the real app does.
  public var perform: (@Sendable (FileEffect) -> String?)?

  public init(_ state: AppState, perform: (@Sendable (FileEffect) -> String?)? = nil) {
    self.state = state
    self.perform = perform
  }

  public mutating func send(_ events: Event...) { send(events) }

  public mutating func send(_ events: [Event]) {
    for event in events where !quit {
      let produced = state.handle(event)
      effects += produced
      for case .file(let work) in produced {
        if let notice = perform?(work) { state.showNotice(notice) }
      }
      if produced.contains(.quit) { quit = true }
    }
  }

  public mutating func press(_ keys: Key...) { send(keys.map { .key($0) }) }

  /// Types every character as a key press ("\n" is Enter, "\u{1B}" Esc, "\t" Tab).
  public mutating func type(_ text: String) {
    for character in text {
      switch character {
      case "\n": press(.enter)
      case "\u{1B}": press(.escape)
      case "\t": press(.tab)
      default: press(.character(character))
      }
    }
  }

  public mutating func resize(width: Int, height: Int) {
    send(.resize(width: width, height: height))
  }

  public var screen: ScreenBuffer { state.render() }

  /// The screen as text lines, trailing spaces removed.
  public var lines: [String] { screen.textLines }

  public var text: String { lines.joined(separator: "\n") }
}
