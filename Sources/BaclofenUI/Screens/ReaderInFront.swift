/// The reader brought in front by the screen below, to show a section it cites. The home
/// screen draws and handles it; going back past the jump (`historyDepth` is the reader's
/// history before it) returns to the screen below, where the reader was.
struct ReaderInFront: Screen {
  var historyDepth: Int

  var name: String { "home" }
  var returnName: String { "the text" }

  /// Unused: the home screen handles keys and draws while the reader is in front (see
  /// `AppState.shown`).
  func keymap(_ context: ScreenContext) -> Keymap<GlobalAction> {
    Keymap(title: "Reading", bindings: [])
  }

  mutating func update(_ event: Event, _ context: ScreenContext) -> [Message] {
    if case .key(let key) = event, Keymaps.back.contains(key),
      context.readerHistory <= historyDepth + 1
    {
      return [.pop]
    }
    return [.home(event)]
  }

  func render(in area: Rect, buffer: inout ScreenBuffer, _ context: ScreenContext) {}

  func closing() -> [Message] { [.readerBack(depth: historyDepth)] }
}
