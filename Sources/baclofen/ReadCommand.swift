import ArgumentParser
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
      _ = try options.load()
      throw Failure.usage(
        "baclofen: the full-screen reader is not built yet; try `baclofen sections`.")
    }
  }
}
