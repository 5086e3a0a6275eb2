import BaclofenContent
import BaclofenQuiz

/// All content the program shows, loaded from one folder and cross-checked.
struct AppContent {
  var library: Library
  var withdrawal: WithdrawalWarning
  var questionnaire: Questionnaire

  /// Loads every part, collecting every problem; nil when something essential failed.
  static func load(_ files: ContentFiles) -> (AppContent?, [ContentIssue]) {
    var issues: [ContentIssue] = []
    let (library, libraryIssues) = LibraryLoader.load(files)
    issues += libraryIssues
    let (withdrawal, withdrawalIssues) = WithdrawalWarning.load(files, library: library)
    issues += withdrawalIssues
    let (questionnaire, questionnaireIssues) = Questionnaire.load(files, library: library)
    issues += questionnaireIssues
    guard let withdrawal, let questionnaire else { return (nil, issues) }
    return (
      AppContent(library: library, withdrawal: withdrawal, questionnaire: questionnaire), issues
    )
  }
}
