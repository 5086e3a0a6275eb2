/// The search screen on the navigation stack.
extension SearchScreen: Screen {
  var name: String { "search" }
  var returnName: String { "the search" }
  var isTransient: Bool { true }
  func keymap(_ context: ScreenContext) -> Keymap<SearchAction> { Self.keymap }
  func route(_ key: Key, _ context: ScreenContext) -> KeyRoute { Self.route(key) }
  /// The query is offered again when the search reopens; a search cleared and left takes
  /// its highlights and `n` with it.
  func closing() -> [Message] {
    [.searched(query)] + (query.allSatisfy(\.isWhitespace) ? [.clearMatches] : [])
  }
}
