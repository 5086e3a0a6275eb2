import ArgumentParser
import BaclofenBundledIndex
import BaclofenContent
import BaclofenReaderSearch
import BaclofenSearch
import BaclofenTerminal
import BaclofenUI
import Foundation

struct Read: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Open the full-screen reader (the default when no command is given).",
    discussion: discussion)

  @OptionGroup var options: ContentOptions
  @Flag(name: .long, help: "Use bold, underline and reverse video only, no colours.")
  var noColor = false
  @Flag(name: .long, help: "Read, search and take the questionnaire as plain lines.")
  var plain = false

  func run() throws { try Self.open(content: options.content, noColor: noColor, plain: plain) }

  /// The reader on `content` (nil: the built-in content). A plain `baclofen` calls this
  /// without ArgumentParser's set-up, a sixth of the instructions to the first frame.
  static func open(content folder: String?, noColor: Bool, plain: Bool) throws {
    try reportingFailures {
      if plain {
        runPlainSession(try ContentOptions.load(content: folder))
        return
      }
      guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
        throw Failure.usage(
          "baclofen: the reader needs a terminal; try `baclofen sections`, "
            + "`baclofen show ID`, `baclofen search WORDS` or `baclofen --plain`.")
      }
      // A folder of one's own goes through the index cache: a large library opens at once
      // with its outline, and each article's text is read when it is first shown.
      let content = try ContentOptions.loadCached(content: folder)
      let term = getenv("TERM").map { String(cString: $0) } ?? ""
      if term.isEmpty || term == "dumb" {
        Output.error("baclofen: TERM is \(term.isEmpty ? "not set" : "dumb"); using plain mode.")
        runPlainSession(content)
        return
      }
      let search = try searchProvider(content)
      let effects = ReaderEffects(content: content)
      let saved = effects.quiz.loadSaved()
      let remembered = effects.loadMemory(content.library)
      let status = Terminal.run(
        makeState: { width, height, utf8 in
          var state = AppState(
            library: content.articles, withdrawal: content.withdrawal, search: search,
            questionnaire: content.questionnaire, width: width, height: height, ascii: !utf8)
          state.offerSavedProgress(saved.progress, notice: saved.notice)
          state.restoreReading(remembered.memory, notice: remembered.notice)
          return state
        }, colors: Terminal.colorsWanted(noColorFlag: noColor), perform: effects.perform)
      // Said on the terminal once it is back, when the places could not be kept on quitting.
      if let failure = effects.saveFailure { Output.error("baclofen: \(failure)") }
      if status == Terminal.unknownTerminal {
        Output.error("baclofen: this terminal type (TERM=\(term)) is unknown; using plain mode.")
        runPlainSession(content)
      } else if status != 0 {
        throw ExitCode(status)
      }
    }
  }
}

/// The search of the reader and line mode. The bundled index is opened at the first search,
/// not before the first frame: opening it, with the synonyms, was a third of the
/// instructions to it.
func searchProvider(_ content: AppContent) throws -> SearchProvider {
  guard content.isBundled else { return try content.searchIndex().provider }
  let opening = OnFirstUse { try? BundledIndex.open(synonyms: content.synonyms) }
  return { query in opening.value?.provider(query) ?? .empty(query) }
}
