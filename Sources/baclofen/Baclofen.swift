import ArgumentParser

@main
struct Baclofen: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "baclofen",
    abstract: "Baclofen Guide: patient information about baclofen, by section.",
    discussion: """
      Five patient-information articles about baclofen (a muscle relaxant also used off-label \
      for alcohol use disorder), to browse, search, and explore with an "Is baclofen for you?" \
      questionnaire. Information to discuss with a prescriber, not medical advice: never stop \
      baclofen suddenly.

      With no command, opens the full-screen reader (needs a terminal): \
      `baclofen [--content DIR] [--no-color] [--plain]`, see `baclofen help read`. \
      `--plain` reads line by line, for screen readers.
      Exit codes: 0 success, 1 search found nothing, 64 usage error, 65 bad content.
      """,
    version: "0.1.0",
    subcommands: [
      Read.self, Sections.self, Show.self, Search.self, Quiz.self, Withdrawal.self, Check.self,
    ],
    defaultSubcommand: Read.self)

  /// A plain `search` skips ArgumentParser's set-up (see `Search.plainArguments`).
  static func main() {
    if CommandLine.arguments.count == 1 { AppContent.startLoadingBundled() }
    guard let plain = Search.plainArguments(Array(CommandLine.arguments.dropFirst())) else {
      return main(nil)
    }
    do {
      try Search.perform(words: plain.words, limit: plain.limit, json: plain.json) {
        try ContentOptions.searchIndex(content: plain.content)
      }
    } catch {
      exit(withError: error)
    }
  }
}
