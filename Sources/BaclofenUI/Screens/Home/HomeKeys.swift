/// The home screen's keys: reading, the contents, history, and the matches of a search.
enum HomeAction: KeyAction, Hashable {
  case global(GlobalAction)
  case match, switchPane, move, onePane, open, back, forward, section, startPage
  case setMark, jumpToMark, fold, goToSection

  var global: GlobalAction? {
    if case .global(let action) = self { action } else { nil }
  }
}

extension Keymaps {
  /// Keys that go back on the home screen (history, or the screen that opened the reader).
  static let back: [Key] = [.escape, .left, .character("h"), .backspace]

  /// In footer order; the Tab hint names the pane it goes to, `n` shows after a search.
  static func home(focus: AppState.Focus = .contents, searching: Bool = false) -> Keymap<HomeAction>
  {
    let other = focus == .contents ? "reader" : "contents"
    return Keymap(
      title: "Reading",
      bindings: [
        Binding(
          [.character("/")], .global(.search), help: "",
          footer: FooterHint("search", priority: 6)),
        Binding(
          [.character("n"), .character("N")], .match, help: "next / previous match",
          footer: searching ? FooterHint("next match", short: "match", priority: 1) : nil),
        Binding(
          questionnaire, .global(.questionnaire), help: "",
          footer: FooterHint("Is baclofen for you?", short: "questionnaire", priority: 5)),
        Binding(
          withdrawal, .global(.withdrawal), help: "",
          footer: FooterHint("withdrawal", short: "warning", priority: 2)),
        Binding(
          [.tab], .switchPane, help: "contents / reader", footer: FooterHint(other, priority: 0)),
        Binding([.backTab], .switchPane, help: ""),
        Binding([.up, .down, .character("j"), .character("k")], .move, help: "line up / down"),
        Binding([.pageUp, .pageDown], .move, help: "page up / down"),
        // The Ctrl keys are named in the help text: both lists would not fit its key column.
        Binding([.character(" "), .character("b")], .move, help: "page down / up (^F ^B)"),
        Binding([.control("f"), .control("b")], .move, help: ""),
        Binding([.character("d"), .character("u")], .move, help: "half page (^D ^U)"),
        Binding([.control("d"), .control("u")], .move, help: ""),
        Binding(
          [.character("g"), .character("G"), .home, .end], .move, help: "top / bottom"),
        Binding([.character("["), .character("]")], .section, help: "prev / next section"),
        Binding([.character("c")], .onePane, help: "full-width reading"),
        Binding([.character("t")], .startPage, help: "the start page"),
        Binding([.character("m")], .setMark, help: "+ letter: bookmark"),
        Binding([.character("'")], .jumpToMark, help: "+ letter: go to it"),
        Binding([.enter], .open, help: "open; fold an article"),
        // In the contents ← → fold and unfold, as in a file tree; in the reader they are
        // back and forward (listed with those).
        Binding([.left, .right], .fold, help: "contents: fold / unfold"),
        Binding([.character("i")], .goToSection, help: "go to a section by name"),
        Binding(back, .back, help: "back"),
        Binding([.right, .character("l")], .forward, help: "forward"),
        Binding(help, .global(.help), help: "", footer: FooterHint("help", priority: 7)),
        Binding(
          [.character("q")], .global(.close), help: "", footer: FooterHint("quit", priority: 8)),
      ])
  }
}
