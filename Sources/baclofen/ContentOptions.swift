import ArgumentParser
import BaclofenBundled
import BaclofenBundledIndex
import BaclofenContent
import BaclofenSearch
import BaclofenText
import Foundation

/// `--content DIR`, accepted by every command: load that folder instead of the bundled one.
struct ContentOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "Read content from this folder instead of the built-in one.",
      valueName: "dir"))
  var content: String?

  func validate() throws {
    // An empty path would silently mean the current folder.
    if content?.isEmpty == true { throw ValidationError("--content needs a folder, not ''") }
  }

  /// The raw files, from disk or from the binary. Exits 65 with every problem on failure.
  func files() throws -> ContentFiles { try Self.files(content: content) }

  static func files(content: String?) throws -> ContentFiles {
    guard let content else { return BundledContent.files }
    do {
      return try ContentFolder.read(URL(fileURLWithPath: content))
    } catch {
      throw Failure.content(error.issues)
    }
  }

  /// The search index, loaded the cheapest way. A `--content` folder is checked in full the
  /// first time each version of it is searched, its articles through the on-disk index cache
  /// (see `AppContent.searchIndex`). The bundled content skips the questionnaire and
  /// withdrawal warning, which searching does not use: they are compiled in and checked by
  /// the tests, and reading the questionnaire took half of a search's time.
  func searchIndex(meanwhile: (SearchIndex) -> Void = { _ in }) throws -> SearchIndex {
    try Self.searchIndex(content: content, meanwhile: meanwhile)
  }

  /// `meanwhile` is given a `--content` folder's index read from its cache while the
  /// articles are being stat-ed: what it works out holds only if that index is returned.
  static func searchIndex(content: String?, meanwhile: (SearchIndex) -> Void = { _ in })
    throws -> SearchIndex
  {
    let index: SearchIndex
    do {
      guard let content else {
        // The bundled articles' index was built with the binary: nothing to parse or index.
        let (synonyms, synonymIssues) =
          BundledIndex.synonyms.map { ($0, []) } ?? Synonyms.load(BundledContent.files)
        guard synonymIssues.isEmpty else { throw Failure.content(synonymIssues) }
        return try BundledIndex.open(synonyms: synonyms)
      }
      let (opened, issues) = AppContent.searchIndex(
        folder: URL(fileURLWithPath: content), notice: Output.error, meanwhile: meanwhile)
      guard issues.isEmpty, let opened else { throw Failure.content(issues) }
      index = opened
    } catch let failure as Failure {
      throw failure
    } catch {
      throw Failure.content([
        ContentIssue(path: "search", line: nil, message: "could not build the index: \(error)")
      ])
    }
    return index
  }

  /// `--content DIR` with its articles through the index cache (`AppContent.loadCached`).
  static func loadCached(content: String?) throws -> AppContent {
    guard let content else { return try load(content: nil) }
    let (app, issues) = AppContent.loadCached(
      folder: URL(fileURLWithPath: content), notice: Output.error)
    guard issues.isEmpty, let app else { throw Failure.content(issues) }
    return app
  }

  /// Everything the program shows, loaded and cross-checked.
  func load() throws -> AppContent { try Self.load(content: content) }

  static func load(content: String?) throws -> AppContent {
    let (loaded, issues) =
      content == nil
      ? try AppContent.bundledLoading?.value()
        ?? AppContent.load(ContentOptions.files(content: nil))
      : AppContent.load(try ContentOptions.files(content: content))
    guard issues.isEmpty, var app = loaded else { throw Failure.content(issues) }
    app.isBundled = content == nil
    return app
  }
}

/// Errors that end a command with a message on stderr and a documented exit code.
enum Failure: Error {
  case content([ContentIssue])
  case usage(String)
}

extension Failure: CustomStringConvertible {
  var description: String {
    switch self {
    case .content(let issues): issues.map(\.description).joined(separator: "\n")
    case .usage(let message): message
    }
  }
}

/// Runs a command body, turning `Failure` into its message and exit code (65 bad content,
/// 64 usage) instead of a stack trace.
func reportingFailures(_ body: () throws -> Void) throws {
  do {
    try body()
  } catch let failure as Failure {
    Output.error(failure.description)
    switch failure {
    case .content: throw ExitCode(65)
    case .usage: throw ExitCode(64)
    }
  }
}
