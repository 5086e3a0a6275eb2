import BaclofenContent
import BaclofenQuiz

/// The whole state of the reader. A value: `update` returns a new one, `render` draws it.
public struct AppState: Sendable {
  public let env: AppEnvironment
  public internal(set) var width: Int
  public internal(set) var height: Int

  public enum Focus: Sendable, Hashable { case contents, reader }
  public internal(set) var focus: Focus = .contents
  /// Contents and reader one at a time even where both fit (`c`): the text then has the
  /// whole width, which the terminal can scroll by itself instead of redrawing a pane.
  var onePane = false

  /// Contents: which articles are open, which row is selected, the first row shown.
  var expanded: Set<Int> = [0]
  var selection: ContentsItem = .article(0)
  var contentsTop = 0

  var reader = ReaderState()
  var history = History()

  /// The search screen, while open.
  var search: SearchState?
  /// The last query typed, offered again when `/` reopens the search.
  var lastQuery = ""
  /// The search whose result was opened: its matches are highlighted and `n`/`N` walk them.
  var activeSearch: ActiveSearch?

  /// A screen drawn over everything else; Esc returns to what is underneath.
  var overlay: Overlay?
  /// A one-line note in the footer, until the next key.
  var message: String?

  /// The questionnaire while it is not in front (left with Esc, or under the warning):
  /// `s` comes back to the same page.
  var keptQuiz: QuestionnaireState?
  /// The warning or help was opened from the questionnaire: closing it goes back there.
  var quizUnderneath = false
  /// About saved answers (damaged, or cannot be saved), shown on the questionnaire's intro.
  var quizNotice: String?

  public init(
    library: Library, withdrawal: WithdrawalWarning, search: @escaping SearchProvider,
    questionnaire: Questionnaire? = nil, width: Int = 80, height: Int = 24, ascii: Bool = false,
    fullText: (@Sendable (Article) -> Article)? = nil
  ) {
    self.init(
      env: AppEnvironment(
        library: library, withdrawal: withdrawal, search: search, questionnaire: questionnaire,
        ascii: ascii, fullText: fullText),
      width: width, height: height)
  }

  /// Answers saved by an earlier session, offered on the questionnaire's first page, and
  /// any notice about them (for example that a damaged file was set aside).
  public mutating func offerSavedProgress(_ progress: QuizProgress?, notice: String?) {
    quizNotice = notice
    guard let progress, !progress.answers.isEmpty else { return }
    keptQuiz = QuestionnaireState(
      answers: progress.answers, resumeAt: progress.currentQuestion, savedAt: progress.savedAt)
  }

  /// A note from the caller after performing an effect ("Saved to …", or why it failed),
  /// shown in the footer until the next key.
  public mutating func showNotice(_ text: String) { message = text }

  public init(env: AppEnvironment, width: Int, height: Int) {
    self.env = env
    self.width = width
    self.height = height
    reader.textWidth = HomeGeometry(self).textWidth
  }

  /// Below this the screen shows only "Terminal too small".
  public static let minimumWidth = 40
  public static let minimumHeight = 10
  var tooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

  /// The id of the section being read ("article/slug").
  public var currentSectionID: String? {
    let article = env.articles[reader.article]
    let index = readerLayout.section(at: reader.top)
    return article.sections.indices.contains(index) ? article.sections[index].id : nil
  }

  /// A name for the screen in front, for tests and logs.
  public var screenName: String {
    if tooSmall { return "too-small" }
    switch overlay {
    case .help: return "help"
    case .withdrawal(let view): return view.emergency ? "emergency" : "withdrawal"
    case .questionnaire: return "questionnaire"
    case nil: return search != nil ? "search" : "home"
    }
  }
}

/// A row of the contents pane.
enum ContentsItem: Sendable, Hashable {
  case article(Int)
  case section(Int, Int)

  var article: Int {
    switch self {
    case .article(let a), .section(let a, _): a
    }
  }
}

struct ReaderState: Sendable, Hashable {
  var article = 0
  /// First line shown, in the layout `textWidth` columns wide.
  var top = 0
  var textWidth = 0
}

/// Back and forward lists of reading positions, like GNU info.
struct History: Sendable, Hashable {
  var back: [Anchor] = []
  var forward: [Anchor] = []
}

enum Overlay: Sendable {
  case help(scroll: Int)
  case withdrawal(WithdrawalView)
  case questionnaire(QuestionnaireState)
}

/// The withdrawal warning's scroll position and highlighted source. The same box shows
/// "Get medical help now" (`emergency`), opened by an urgent answer in the questionnaire.
struct WithdrawalView: Sendable, Equatable {
  var emergency = false
  var scroll = 0
  /// The source Tab highlighted, an item of `withdrawalPage`.
  var selected: Int?
}

struct SearchState: Sendable {
  var query: String
  var outcome: SearchOutcome
  var selected = 0
  /// First result shown.
  var top = 0
}

struct ActiveSearch: Sendable {
  var outcome: SearchOutcome
  /// Index into `matches`, the match last shown.
  var current: Int?
}
