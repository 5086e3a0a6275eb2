import BaclofenContent
import BaclofenQuiz
import BaclofenStore

/// The whole state of the reader. A value: `update` returns a new one, `render` draws it.
public struct AppState: Sendable {
  public let env: AppEnvironment
  public internal(set) var width: Int
  public internal(set) var height: Int

  public enum Focus: Sendable, Hashable { case contents, reader }

  /// The contents and the reader: always there, under the stack.
  var home: HomeScreen

  /// The screens in front of the home screen, the one in front last.
  var stack: [any Screen] = []
  /// Closed screens kept by name (the questionnaire, as it was left or as an earlier session
  /// saved it): opening one of that name again comes back to it.
  var kept: [String: any Screen] = [:]
  /// The last query typed, offered again when `/` reopens the search.
  var lastQuery = ""
  /// A one-line note in the footer, until the next key.
  var message: String?

  public init(
    library: ArticleSource, withdrawal: WithdrawalWarning, search: @escaping SearchProvider,
    questionnaire: @autoclosure @escaping @Sendable () -> Questionnaire? = nil, width: Int = 80,
    height: Int = 24, ascii: Bool = false
  ) {
    self.init(
      env: AppEnvironment(
        library: library, withdrawal: withdrawal, search: search, questionnaire: questionnaire(),
        ascii: ascii),
      width: width, height: height)
  }

  /// Answers saved by an earlier session, offered on the questionnaire's first page, and
  /// any notice about them (for example that a damaged file was set aside).
  public mutating func offerSavedProgress(_ progress: QuizProgress?, notice: String?) {
    if let quiz = QuestionnaireState(offering: progress, notice: notice) {
      kept[QuestionnaireScreen.name] = QuestionnaireScreen(quiz: quiz)
    }
  }

  /// What an earlier run remembered: the reader opens where it left off (the start page
  /// when it remembered nothing), and `/` offers its last search. `notice` says why
  /// nothing could be read, if so.
  public mutating func restoreReading(_ memory: ReaderMemory, notice: String? = nil) {
    let resumed = home.restore(memory)
    lastQuery = memory.lastSearch ?? ""
    message = notice ?? resumed
  }

  /// Everything the reader would remember if it quit now.
  public var readerMemory: ReaderMemory {
    var memory = home.currentMemory
    memory.setLastSearch(search?.query ?? lastQuery)
    return memory
  }

  /// A note from the caller after performing an effect ("Saved to …", or why it failed),
  /// shown in the footer until the next key.
  public mutating func showNotice(_ text: String) { message = text }

  public init(env: AppEnvironment, width: Int, height: Int) {
    self.env = env
    self.width = width
    self.height = height
    home = HomeScreen(env: env, width: width, height: height)
  }

  /// Below this the screen shows only "Terminal too small".
  public static let minimumWidth = 40
  public static let minimumHeight = 10
  var tooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

  /// The id of the section being read ("article/slug").
  public var currentSectionID: String? { home.currentSectionID }

  /// A name for the screen in front, for tests and logs.
  public var screenName: String {
    if tooSmall { return "too-small" }
    return top?.name ?? "home"
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
  /// The article shown, or `StartPage.article`.
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

struct ActiveSearch: Sendable {
  var outcome: SearchOutcome
  /// Index into `matches`, the match last shown.
  var current: Int?
}
