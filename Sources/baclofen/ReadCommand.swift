import ArgumentParser
import BaclofenTerminal
import BaclofenUI
import Foundation

struct Read: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Open the full-screen reader (the default when no command is given).")

  @OptionGroup var options: ContentOptions
  @Flag(name: .long, help: "Use bold, underline and reverse video only, no colours.")
  var noColor = false

  func run() throws {
    try reportingFailures {
      guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
        throw Failure.usage(
          "baclofen: the reader needs a terminal; try `baclofen sections`, "
            + "`baclofen show ID` or `baclofen search WORDS`.")
      }
      let content = try options.load()
      // Stand-in until the ranked engine (BaclofenSearch) is adapted to `SearchProvider`.
      let search = StandInSearch.provider(for: content.library)
      let status = Terminal.run(
        makeState: { width, height, utf8 in
          AppState(
            library: content.library, withdrawal: content.withdrawal, search: search,
            width: width, height: height, ascii: !utf8)
        }, colors: Terminal.colorsWanted(noColorFlag: noColor))
      if status != 0 { throw ExitCode(status) }
    }
  }
}
