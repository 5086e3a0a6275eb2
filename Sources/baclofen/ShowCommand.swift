import ArgumentParser
import BaclofenContent
import BaclofenText
import BaclofenUI
import Foundation

struct Show: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print one section, or a whole article by its id, as wrapped text.",
    discussion: """
      Ids come from `baclofen sections`: `article-id/section` or `article-id`. A section's own \
      part is enough when only one article has it (`baclofen show major-caution`), and letter \
      case does not matter; when several articles have it, they are listed.
      """)

  @OptionGroup var options: ContentOptions
  @Argument(help: "A section id (article/section or just section) or an article id.")
  var id: String
  @OptionGroup var wrap: WidthOption

  func run() throws {
    try reportingFailures {
      let library = try options.load().library
      let layout = SectionLayout(width: wrap.columns)
      let found = library.lookup(id)
      if case .section(let id) = found, let section = library.section(id: id),
        let article = library.article(id: section.articleID)
      {
        let lines = article.subtree(of: section).map { render(layout.lines(for: $0)) }
        Output.line(lines.joined(separator: "\n\n"))
      } else if case .article(let id) = found, let article = library.article(id: id) {
        Output.line(render(ArticleText.header(article, width: layout.width)))
        for section in article.sections {
          Output.line()
          Output.line(render(layout.lines(for: section)))
        }
      } else if case .ambiguous(let ids) = found {
        throw Failure.usage(ambiguousIDMessage(id, candidates: ids, in: library))
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
  let slugs = library.sections.compactMap { $0.id.split(separator: "/").last.map(String.init) }
  if let closest = Closest.match(id, in: library.allIDs) ?? Closest.match(id, in: slugs) {
    message += " Did you mean `\(closest)`?"
  } else if !id.contains("/") {
    // Most likely a topic rather than an id: searching finds the sections about it.
    message += " To find sections about it: `baclofen search \(id.terminalSafe)`."
  }
  return message + " Run `baclofen sections` to list every id."
}

/// "several sections are called that", each with its article, to choose from.
func ambiguousIDMessage(_ id: String, candidates: [String], in library: Library) -> String {
  let lines = candidates.map { "  \($0)  (\(sourceTitle($0, in: library)))" }
  return "error: `\(id.terminalSafe)` is a section of \(candidates.count) articles; "
    + "give its full id:\n" + lines.joined(separator: "\n")
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
