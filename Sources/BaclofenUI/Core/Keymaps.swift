/// What the keys that work on every screen do. A screen's keymap lists the ones it shows in
/// its footer (with its own words for them); the rest still work from `Keymaps.global`.
enum GlobalAction: Sendable, Hashable {
  case withdrawal, questionnaire, help, search
  /// Closes the screen in front; on the home screen quits.
  case close
  case quit, redraw
}

/// An action of a screen's keymap: its own, or a global one it shows.
protocol KeyAction: Sendable {
  var global: GlobalAction? { get }
}

/// Where a key goes: to the app (a global action) or to the screen in front.
enum KeyRoute: Equatable {
  case global(GlobalAction)
  case screen
}

extension Keymap where Action: KeyAction {
  /// The screen's own binding wins; a key it does not bind may be a global one.
  func route(_ key: Key) -> KeyRoute {
    if let action = action(for: key) { return action.global.map(KeyRoute.global) ?? .screen }
    if let global = Keymaps.global.action(for: key) { return .global(global) }
    return .screen
  }

  /// Help's lines for this screen's own keys (the global ones are listed once, apart).
  func ownHelpRows(_ glyphs: Glyphs) -> [(String, String)] {
    Keymap(title: title, bindings: bindings.filter { $0.action.global == nil }).helpRows(glyphs)
  }
}

extension GlobalAction: KeyAction {
  var global: GlobalAction? { self }
}

/// The bindings of the global keys, shared by the screens' keymaps.
enum Keymaps {
  static let withdrawal: [Key] = [.character("w"), .control("w"), .function(2)]
  static let questionnaire: [Key] = [.character("s"), .function(3)]
  static let help: [Key] = [.character("?"), .function(1)]
  /// What `ScrollKeys` moves by, as less has them.
  static let scroll: [Key] = [
    .up, .down, .character("j"), .character("k"), .pageDown, .pageUp, .character(" "),
    .character("b"), .control("f"), .control("b"), .character("d"), .character("u"),
    .control("d"), .control("u"), .home, .end, .character("g"), .character("G"),
  ]

  static let global = Keymap<GlobalAction>(
    title: "Anywhere",
    bindings: [
      Binding(withdrawal, .withdrawal, help: "withdrawal warning"),
      Binding(questionnaire, .questionnaire, help: "Is baclofen for you?"),
      Binding(help, .help, help: "this help"),
      Binding([.character("/")], .search, help: "search as you type"),
      Binding([.character("q")], .close, help: "close, or quit"),
      Binding([.control("c")], .quit, help: "quit"),
      Binding([.control("l")], .redraw, help: "redraw the screen"),
    ])
}
