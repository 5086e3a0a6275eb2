import ArgumentParser

/// `--width N` for the commands that print wrapped text.
struct WidthOption: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Wrap at this many columns (default: the terminal's width, at most 100; else 80).",
      valueName: "columns"))
  var width: Int?

  func validate() throws {
    if let width, width < 20 || width > 1000 {
      throw ValidationError("--width must be between 20 and 1000 (got \(width))")
    }
  }

  /// The width asked for, else the terminal's up to a comfortable reading width.
  var columns: Int { width ?? TerminalSize.columns(default: 80, maximum: 100) }
}
