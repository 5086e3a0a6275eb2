import BaclofenBundled
import BaclofenBundledIndex
import BaclofenContent
import BaclofenQuiz
import BaclofenSearch
import Foundation

/// All content the program shows, loaded from one folder and cross-checked.
struct AppContent: Sendable {
  var library: Library
  var withdrawal: WithdrawalWarning
  /// Parsed with the rest, except for the reader on the built-in content, which parses it
  /// when a screen first shows it (see `startLoadingBundled`).
  var questionnaire: Questionnaire { questionnaireOnFirstUse.value }
  private var questionnaireOnFirstUse: OnFirstUse<Questionnaire>
  /// Likewise, for the reader on the built-in content, read at its first search.
  var synonyms: Synonyms { synonymsOnFirstUse.value }
  private var synonymsOnFirstUse: OnFirstUse<Synonyms>
  /// Set when the articles were opened through the index cache (`--content DIR` searches):
  /// `library` is then an outline without blocks, and this holds the index and full text.
  var cached: CachedLibrary?
  /// The built-in content, whose index was built with the binary.
  var isBundled = false

  /// The articles with their text, through the cache when it holds them.
  var articles: ArticleSource { cached ?? library }

  /// The built-in content, loaded on another thread from the start of a plain `baclofen`
  /// (see `Baclofen.main`). The first frame shows only the articles: the questionnaire is
  /// parsed when a screen first shows it, the synonyms read at the first search (the two
  /// were three quarters of the instructions to the first frame). That they load without a
  /// problem is checked by the tests, as for the bundled index.
  nonisolated(unsafe) static var bundledLoading: InBackground<(AppContent?, [ContentIssue])>?

  static func startLoadingBundled() {
    bundledLoading = InBackground {
      // Parsed when the binary was built (parsing was two fifths of the first frame); the
      // files are copied out of the binary when a part needs them.
      let (library, libraryIssues) =
        BundledContent.library.map { ($0, []) } ?? LibraryLoader.load(BundledContent.files)
      let (withdrawal, withdrawalIssues) = WithdrawalWarning.load(
        BundledContent.files { $0 == WithdrawalWarning.path }, library: library)
      guard let withdrawal else { return (nil, libraryIssues + withdrawalIssues) }
      let content = AppContent(
        library: library, withdrawal: withdrawal,
        questionnaireOnFirstUse: OnFirstUse {
          builtIn(Questionnaire.load(BundledContent.files, library: library))
        },
        synonymsOnFirstUse: OnFirstUse {
          BundledIndex.synonyms ?? builtIn(Synonyms.load(BundledContent.files))
        })
      return (content, libraryIssues + withdrawalIssues)
    }
  }

  /// A part of the built-in content, which the tests check loads without a problem.
  private static func builtIn<Part>(_ loaded: (Part?, [ContentIssue])) -> Part {
    guard let part = loaded.0, loaded.1.isEmpty else {
      preconditionFailure("the built-in content does not load: \(loaded.1)")
    }
    return part
  }

  /// Loads every part, collecting every problem; nil when something essential failed.
  static func load(_ files: ContentFiles) -> (AppContent?, [ContentIssue]) {
    let (library, libraryIssues) = LibraryLoader.load(files)
    return load(files, library: library, issues: libraryIssues)
  }

  /// Loads a content folder for the reader: the articles through the index cache (built on
  /// the first run, reused while they are unchanged), everything else from disk as usual.
  /// `notice` gets one line when the cache cannot be used.
  static func loadCached(
    folder: URL, cacheDirectory: URL? = IndexCache.defaultDirectory(),
    notice: (String) -> Void
  ) -> (AppContent?, [ContentIssue]) {
    let (opened, issues) = openCached(
      folder: folder, cacheDirectory: cacheDirectory, notice: notice)
    guard let opened else { return (nil, issues) }
    return load(opened, issues: issues)
  }

  /// The search index of a content folder, through the index cache. The folder is checked in
  /// full, so a folder that no other command would show is not searched either; a clean check
  /// is marked beside the cache, and the same version of the folder is not checked again
  /// (parsing the questionnaire and reading every article's outline to check it against was
  /// two fifths of a warm search of 10,000 articles).
  ///
  /// `meanwhile` is given the index read from the cache while its articles are being stat-ed
  /// (see `CachedLibrary.open`): what it works out holds only if that index is returned.
  static func searchIndex(
    folder: URL, cacheDirectory: URL? = IndexCache.defaultDirectory(),
    notice: (String) -> Void, meanwhile: (SearchIndex) -> Void = { _ in }
  ) -> (SearchIndex?, [ContentIssue]) {
    let (opened, issues) = openCached(
      folder: folder, cacheDirectory: cacheDirectory, notice: notice,
      meanwhile: { meanwhile($0.index) })
    guard let opened else { return (nil, issues) }
    let (cached, files) = (opened.cached, opened.files)
    if issues.isEmpty, cached.wasChecked(with: files) { return (cached.index, []) }
    let (app, found) = load(opened, issues: issues)
    guard app != nil, found.isEmpty else { return (nil, found) }
    cached.markChecked(with: files)
    return (cached.index, [])
  }

  private typealias Opened = (cached: CachedLibrary, files: ContentFiles, synonyms: Synonyms)

  /// Everything in an opened folder, checked; `issues` are the synonyms' problems.
  private static func load(_ opened: Opened, issues: [ContentIssue]) -> (
    AppContent?, [ContentIssue]
  ) {
    var (app, found) = load(
      opened.files, library: opened.cached.library, issues: [],
      synonyms: (opened.synonyms, issues))
    app?.cached = opened.cached
    return (app, found)
  }

  /// The folder's articles through the index cache, its other files and its synonyms (with
  /// their problems); nil with the problems when the folder or its articles cannot be read.
  private static func openCached(
    folder: URL, cacheDirectory: URL?, notice: (String) -> Void,
    meanwhile: (CachedLibrary) -> Void = { _ in }
  ) -> (Opened?, [ContentIssue]) {
    // The articles are stat-ed for the cache's key and the cache opened on other threads
    // from the start, while this one reads the other files and the synonyms.
    let started = CachedLibrary.Opening(folder: folder, cacheDirectory: cacheDirectory)
    let files: ContentFiles
    do {
      files = try ContentFolder.read(folder) { !$0.hasPrefix(LibraryLoader.articleFolder) }
    } catch {
      return (nil, error.issues)
    }
    // Read from beside the cache while the files are those it was stored for.
    let (synonyms, synonymIssues) = StoredSynonyms.load(
      files, folder: folder, cacheDirectory: cacheDirectory)
    do {
      let cached = try CachedLibrary.open(
        folder: folder, synonyms: synonyms, cacheDirectory: cacheDirectory, started: started,
        notice: notice, meanwhile: meanwhile)
      return ((cached, files, synonyms), synonymIssues)
    } catch {
      return (nil, error.issues + synonymIssues)
    }
  }

  /// Everything but the articles from `files`, with the synonyms unless already `loaded`
  /// (with their problems).
  private static func load(
    _ files: ContentFiles, library: Library, issues found: [ContentIssue],
    synonyms loaded: (Synonyms, [ContentIssue])? = nil
  ) -> (AppContent?, [ContentIssue]) {
    var issues = found
    let (withdrawal, withdrawalIssues) = WithdrawalWarning.load(files, library: library)
    issues += withdrawalIssues
    let (questionnaire, questionnaireIssues) = Questionnaire.load(files, library: library)
    issues += questionnaireIssues
    let (synonyms, synonymIssues) = loaded ?? Synonyms.load(files)
    issues += synonymIssues
    guard let withdrawal, let questionnaire else { return (nil, issues) }
    let content = AppContent(
      library: library, withdrawal: withdrawal,
      questionnaireOnFirstUse: OnFirstUse(value: questionnaire),
      synonymsOnFirstUse: OnFirstUse(value: synonyms))
    return (content, issues)
  }

  /// A section with its text. Through the index cache `library` is an outline whose
  /// sections have no blocks: the text then comes from the cached article.
  func section(id: String) -> Section? {
    guard let listed = library.section(id: id), let outline = library.article(id: listed.articleID)
    else { return nil }
    return articles.fullArticle(outline).sections.first { $0.id == id } ?? listed
  }

  /// The search index over every section; opened or built on demand (only searching needs it).
  func searchIndex() throws -> SearchIndex {
    if let cached { return cached.index }
    if isBundled { return try BundledIndex.open(synonyms: synonyms) }
    return try SearchIndex(library: library, synonyms: synonyms)
  }
}
