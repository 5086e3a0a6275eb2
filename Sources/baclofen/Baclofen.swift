import ArgumentParser
import Glibc

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
      `baclofen [--content DIR] [--no-color] [--plain]`; `baclofen help read` lists its keys. \
      `--plain` reads line by line, for screen readers.
      Exit codes: 0 success, 1 search found nothing, 64 usage error, 65 bad content, \
      74 the output could not be written (a full disk, a closed or broken pipe).
      """,
    version: "0.1.0",
    subcommands: [
      Read.self, Sections.self, Show.self, Search.self, Quiz.self, Withdrawal.self, Check.self,
    ],
    defaultSubcommand: Read.self)

  /// Runs the command and exits with its status; every write went through `Output`, so a
  /// failed one turns the status into `Output.exitCode`.
  static func main() {
    // A plain `baclofen` opens the reader on the built-in content: load it while the
    // command line is parsed (see `AppContent.bundledLoading`).
    if CommandLine.arguments.count == 1 { AppContent.startLoadingBundled() }
    Output.holdStandardStreams()
    Glibc.exit(Output.finish(status(Array(CommandLine.arguments.dropFirst()))))
  }

  /// ArgumentParser's `main`, with its messages written through `Output`. A plain `baclofen`
  /// and a plain `search` skip ArgumentParser's set-up (see `Read.open` and
  /// `Search.plainArguments`); a mistyped command is answered before it (see `CommandHints`).
  private static func status(_ arguments: [String]) -> Int32 {
    do {
      if arguments.isEmpty {
        try Read.open(content: nil, noColor: false, plain: false)
      } else if let plain = Search.plainArguments(arguments) {
        try Search.perform(words: plain.words, limit: plain.limit, json: plain.json) {
          try ContentOptions.searchIndex(content: plain.content, meanwhile: $0)
        }
      } else {
        if let problem = CommandHints.problem(in: arguments, commands: commandNames) {
          Output.error(problem)
          return 64
        }
        var command = try parseAsRoot(Quiz.withBareExport(arguments))
        try command.run()
      }
      return 0
    } catch {
      let code = exitCode(for: error).rawValue
      let message = fullMessage(for: error)
      if !message.isEmpty {
        if code == 0 { Output.line(message) } else { Output.error(message) }
      }
      return code
    }
  }
}
