import BaclofenContent
import BaclofenQuiz
import BaclofenSearch

/// All content the program shows, loaded from one folder and cross-checked.
struct AppContent {
  var library: Library
  var withdrawal: WithdrawalWarning
  var questionnaire: Questionnaire
  var synonyms: Synonyms

  /// Loads every part, collecting every problem; nil when something essential failed.
  static func load(_ files: ContentFiles) -> (AppContent?, [ContentIssue]) {
    var issues: [ContentIssue] = []
    let (library, libraryIssues) = LibraryLoader.load(files)
    issues += libraryIssues
    let (withdrawal, withdrawalIssues) = WithdrawalWarning.load(files, library: library)
    issues += withdrawalIssues
    let (questionnaire, questionnaireIssues) = Questionnaire.load(files, library: library)
    issues += questionnaireIssues
    let (synonyms, synonymIssues) = Synonyms.load(files)
    issues += synonymIssues
    guard let withdrawal, let questionnaire else { return (nil, issues) }
    let content = AppContent(
      library: library, withdrawal: withdrawal, questionnaire: questionnaire, synonyms: synonyms)
    return (content, issues)
  }

  /// The search index over every section; built on demand (only searching needs it).
  func searchIndex() throws -> SearchIndex {
    try SearchIndex(library: library, synonyms: synonyms)
  }
}
