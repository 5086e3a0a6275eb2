import ArgumentParser
import BaclofenContent
import BaclofenText
import BaclofenUI
import Foundation

struct Show: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print one section, or a whole article by its id, as wrapped text.",
    discussion: "Ids come from `baclofen sections`: `article-id/section` or `article-id`.")

  @OptionGroup var options: ContentOptions
  @Argument(help: "A section id (article/section) or an article id.") var id: String
  @Option(help: "Wrap at this many columns (default: the terminal's width, at most 100).")
  var width: Int?

  func validate() throws {
    if let width, width < 20 || width > 1000 {
      throw ValidationError("--width must be between 20 and 1000 (got \(width))")
    }
  }

  func run() throws {
    try reportingFailures {
      let library = try options.load().library
      let layout = SectionLayout(width: width ?? TerminalSize.columns(default: 80, maximum: 100))
      if let section = library.section(id: id), let article = library.article(id: section.articleID)
      {
        let lines = article.subtree(of: section).map { render(layout.lines(for: $0)) }
        Output.line(lines.joined(separator: "\n\n"))
      } else if let article = library.article(id: id) {
        Output.line(render(ArticleText.header(article, width: layout.width)))
        for section in article.sections {
          Output.line()
          Output.line(render(layout.lines(for: section)))
        }
      } else {
        throw Failure.usage(unknownIDMessage(id, in: library))
      }
    }
  }

  private func render(_ lines: [StyledLine]) -> String {
    lines.map { $0.plainText.trimmingTrailing() }.joined(separator: "\n")
  }
}

/// "unknown id" with the closest id when one is close, and where to find the list.
func unknownIDMessage(_ id: String, in library: Library) -> String {
  var message = "error: no article or section with id `\(id.terminalSafe)`."
  if let closest = Closest.match(id, in: library.allIDs) {
    message += " Did you mean `\(closest)`?"
  }
  return message + " Run `baclofen sections` to list every id."
}

extension String {
  func trimmingTrailing() -> String {
    var result = self
    while result.last == " " { result.removeLast() }
    return result
  }
}

enum TerminalSize {
  /// Columns of the terminal on stdout, else `COLUMNS`, else `default`; capped at `maximum`.
  static func columns(default fallback: Int, maximum: Int) -> Int {
    var size = winsize()
    if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0,
      size.ws_col > 0
    {
      return min(Int(size.ws_col), maximum)
    }
    if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init),
      columns > 0
    {
      return min(columns, maximum)
    }
    return fallback
  }
}
