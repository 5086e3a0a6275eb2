import BaclofenContent

/// All content the program shows, loaded from one folder and cross-checked.
struct AppContent {
  var library: Library
  var withdrawal: WithdrawalWarning

  /// Loads every part, collecting every problem; nil when something essential failed.
  static func load(_ files: ContentFiles) -> (AppContent?, [ContentIssue]) {
    var issues: [ContentIssue] = []
    let (library, libraryIssues) = LibraryLoader.load(files)
    issues += libraryIssues
    let (withdrawal, withdrawalIssues) = WithdrawalWarning.load(files, library: library)
    issues += withdrawalIssues
    guard let withdrawal else { return (nil, issues) }
    return (AppContent(library: library, withdrawal: withdrawal), issues)
  }
}
