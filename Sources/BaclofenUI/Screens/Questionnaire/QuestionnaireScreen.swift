import BaclofenQuiz

/// "Is baclofen for you?" on the navigation stack: the `QuestionnaireState` it drives, and the
/// keys of each of its pages. Closed, it is kept (so `s` comes back to the same page) and
/// saves its progress.
struct QuestionnaireScreen: Screen {
  static let name = "questionnaire"
  var quiz = QuestionnaireState()

  var name: String { Self.name }
  var returnName: String { quiz.step == .result ? "your result" : "the questionnaire" }

  func closing() -> [Message] { [.keep(self), .effect(.file(.saveProgress(quiz.progress)))] }

  mutating func update(_ event: Event, _ context: ScreenContext) -> [Message] {
    context.questionnaireUpdate(event, &quiz)
  }

  func render(in area: Rect, buffer: inout ScreenBuffer, _ context: ScreenContext) {
    context.renderQuestionnaire(quiz, into: &buffer)
  }

  func keymap(_ context: ScreenContext) -> Keymap<Action> {
    let choices = context.env.questionnaire.map { context.quizPage(quiz, $0).items.count } ?? 0
    return Self.keymap(Page(quiz.step), choices: choices)
  }

  enum Action: KeyAction, Hashable {
    case global(GlobalAction)
    case number, choose, move, scroll, back, leave, source, review, export, goOn, emergency

    var global: GlobalAction? {
      if case .global(let action) = self { action } else { nil }
    }
  }

  /// The kinds of page, for which keys apply where.
  enum Page: CaseIterable {
    case intro, question, result, review

    init(_ step: QuestionnaireState.Step) {
      switch step {
      case .intro: self = .intro
      case .question: self = .question
      case .result: self = .result
      case .review: self = .review
      }
    }
  }

  static let digits: [Key] = (1...9).map { .character(Character(String($0))) }

  /// The keys of a page with `choices` items; with no page, every key, for help.
  static func keymap(_ page: Page?, choices: Int = 0) -> Keymap<Action> {
    let numbers = "1-\(min(9, max(1, choices)))"
    func hint(_ hints: [Page: FooterHint]) -> FooterHint? { page.flatMap { hints[$0] } }
    let all: [(pages: [Page], binding: Binding<Action>)] = [
      ([.intro, .question], Binding(digits, .number, help: "choose an answer", keyLabel: "1-9")),
      (
        [.result],
        Binding(
          [.tab], .source, help: "highlight a source",
          footer: hint([.result: FooterHint("next source", short: "source", priority: 9)]))
      ),
      ([.result], Binding([.backTab], .source, help: "")),
      (
        [.intro, .question, .review],
        Binding(
          [.up, .down], .move, help: "move",
          footer: hint([
            .question: FooterHint("move", priority: 3, keyCount: 2),
            .review: FooterHint("choose", priority: 8, keyCount: 2),
          ]))
      ),
      (
        [.intro, .question, .review],
        Binding([.character("k"), .character("j"), .home, .end], .move, help: "")
      ),
      (
        Page.allCases,
        // A click on "1-9 answer" presses Enter: the highlighted answer, never option 1.
        Binding(
          [.enter], .choose, help: "choose; open a source",
          footer: hint([
            .intro: choices > 1
              ? FooterHint("choose", priority: 9, key: numbers) : FooterHint("start", priority: 9),
            .question: FooterHint("answer", priority: 9, key: numbers),
            .result: FooterHint("open it", short: "open", priority: 8),
            .review: FooterHint("change it", short: "change", priority: 9),
          ]))
      ),
      (
        [.result],
        Binding(
          [.character("r")], .review, help: "change answers",
          footer: hint([.result: FooterHint("change answers", short: "answers", priority: 7)]))
      ),
      (
        [.result],
        Binding(
          [.character("e")], .export, help: "save the result to a file",
          footer: hint([.result: FooterHint("export", priority: 6)]))
      ),
      (
        [.result],
        Binding(
          Keymaps.scroll, .scroll, help: "",
          footer: hint([.result: FooterHint("scroll", priority: 3, keyCount: 2)]))
      ),
      (
        [.intro, .question, .review],
        Binding([.pageUp, .pageDown, .character(" ")], .scroll, help: "")
      ),
      (
        Page.allCases,
        Binding(
          [.backspace], .back, help: "previous question",
          footer: hint([.question: FooterHint("previous question", short: "back", priority: 7)]))
      ),
      (
        Page.allCases,
        Binding(
          [.escape], .leave, help: "leave (answers kept)",
          footer: hint([
            .intro: FooterHint("leave", priority: 8),
            .question: FooterHint("leave (answers kept)", short: "leave", priority: 6),
            .result: FooterHint("leave", priority: 5),
            .review: FooterHint("back to result", short: "back", priority: 7),
          ]))
      ),
      (Page.allCases, Binding([.left, .character("h")], .back, help: "")),
      (Page.allCases, Binding([.character("s"), .function(3)], .leave, help: "")),
      ([.result], Binding([.character("c")], .goOn, help: "go on with the questions")),
      ([.result], Binding([.character("!")], .emergency, help: "get medical help now")),
      (
        Page.allCases,
        Binding(
          Keymaps.withdrawal, .global(.withdrawal), help: "",
          footer: hint([
            .intro: FooterHint("withdrawal warning", short: "warning", priority: 2),
            .question: FooterHint("withdrawal warning", short: "warning", priority: 2),
            .result: FooterHint("withdrawal warning", short: "warning", priority: 4),
            .review: FooterHint("withdrawal warning", short: "warning", priority: 2),
          ]))
      ),
    ]
    return Keymap(
      title: "Is baclofen for you?",
      bindings: all.filter { page.map($0.pages.contains) ?? true }.map(\.binding))
  }

  /// Every key of every page, as help lists them.
  static let helpKeymap = keymap(nil)
}
