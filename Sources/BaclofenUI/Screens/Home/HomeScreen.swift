import BaclofenContent
import BaclofenStore

/// The home screen: the contents pane and the reader, the history of reading positions and
/// the search whose matches `n` walks. The bottom of the navigation stack; it keeps the
/// screen size it is told, like every Bubble Tea model.
struct HomeScreen: Sendable {
  let env: AppEnvironment
  private(set) var width: Int
  private(set) var height: Int

  /// The reader has the keys at start, so the scroll keys move the text being looked at.
  var focus: AppState.Focus = .reader
  /// Contents and reader one at a time even where both fit (`c`): the text then has the
  /// whole width, which the terminal can scroll by itself instead of redrawing a pane.
  var onePane = false

  /// Contents: which articles are open, which row is selected, the first row shown.
  var expanded: Set<Int> = [0]
  var selection: ContentsItem = .article(0)
  var contentsTop = 0

  var reader = ReaderState()
  var history = History()
  /// The search whose result was opened: its matches are highlighted and `n`/`N` walk them.
  var activeSearch: ActiveSearch?

  /// What the last update asks the footer to say.
  var message: String?

  /// Places per article and bookmarks, kept between runs.
  var memory = ReaderMemory()
  /// Set when a change should be saved at once (a bookmark), not only on quitting.
  var memoryChanged = false
  /// `m` or `'` pressed: the next key is a bookmark's letter.
  var pendingMark: PendingMark?
  /// `i`: the go-to-section prompt, while it is open.
  var prompt: SectionPrompt?

  init(env: AppEnvironment, width: Int, height: Int) {
    self.env = env
    self.width = width
    self.height = height
    reader.article = StartPage.article
    reader.textWidth = HomeGeometry(self).textWidth
  }

  mutating func resize(width: Int, height: Int) {
    self.width = width
    self.height = height
  }

  /// Keys and the mouse; a note for the footer comes back as a message.
  mutating func update(_ event: Event) -> [Message] {
    message = nil
    switch event {
    case .key(let key): handleKey(key)
    case .mouse(let mouse): handleMouse(mouse)
    default: break
    }
    defer { message = nil }
    return message.map { [.notice($0)] } ?? []
  }

  /// Keeps derived positions valid after any change: the reader reflowed to the current
  /// width, the contents selection on screen.
  mutating func normalize() {
    reflowReader()
    reader.top = min(reader.top, max(0, readerLayout.count - 1))
    scrollContentsToSelection()
  }

  /// The id of the section being read ("article/slug").
  var currentSectionID: String? {
    guard env.articles.indices.contains(reader.article) else { return nil }
    let article = env.articles[reader.article]
    let index = readerLayout.section(at: reader.top)
    return article.sections.indices.contains(index) ? article.sections[index].id : nil
  }

  var keymap: Keymap<HomeAction> { Keymaps.home(focus: focus, searching: activeSearch != nil) }

  /// The article being read, for narrowing a search to it.
  var searchScope: SearchScope? {
    guard env.articles.indices.contains(reader.article) else { return nil }
    return SearchScope(articleID: env.articles[reader.article].id)
  }

  /// After `m` or `'` every key is the bookmark's letter, `w` and `q` too; the go-to-section
  /// prompt takes every key but help, the warning (F2), redraw and Ctrl-C.
  func route(_ key: Key) -> KeyRoute {
    if pendingMark != nil { return .screen }
    if prompt != nil {
      let through: [Key] = [.function(1), .function(2), .control("c"), .control("l")]
      return through.contains(key) ? Keymaps.global.route(key) : .screen
    }
    return keymap.route(key)
  }
}
