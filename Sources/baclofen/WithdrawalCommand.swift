import ArgumentParser
import BaclofenContent
import BaclofenText
import Foundation

struct Withdrawal: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print the withdrawal warning: never stop baclofen suddenly.",
    discussion: """
      Every point cites the article sections it comes from. With --json: \
      {"title", "points": [{"text", "sources": [section ids], "group"}]}.
      """)

  @OptionGroup var options: ContentOptions
  @Flag(help: "Print JSON instead of text.") var json = false
  @OptionGroup var wrap: WidthOption

  struct Warning: Encodable {
    struct Point: Encodable {
      var text: String
      var sources: [String]
      var group: String
    }
    var title: String
    var points: [Point]
  }

  func run() throws {
    try reportingFailures {
      let app = try options.load()
      if json {
        try Output.json(
          Warning(
            title: app.withdrawal.title,
            points: app.withdrawal.points.map {
              .init(text: $0.text, sources: $0.sources, group: $0.group)
            }))
        return
      }
      Output.line(withdrawalText(app.withdrawal, library: app.library, width: wrap.columns))
    }
  }
}

/// The warning as plain text: title, groups, points each with "[sources: …]", each source
/// named by `name` (by default "Article › Section"); wrapped at `width` when given, a point's
/// later lines indented under its text.
func withdrawalText(
  _ warning: WithdrawalWarning, library: Library, width: Int? = nil,
  name: ((String) -> String)? = nil
) -> String {
  let name = name ?? { sourceTitle($0, in: library) }
  func wrapped(_ text: String, first: String = "", rest: String = "") -> [String] {
    guard let width else { return [first + text] }
    let lines = Wrap.strings(
      text, width: width - rest.count, firstLineWidth: width - first.count)
    return lines.enumerated().map { ($0.offset == 0 ? first : rest) + $0.element }
  }
  var lines: [String] = []
  for part in warning.parts {
    switch part {
    case .title(let title): lines += wrapped(title.uppercased())
    case .group(let group): lines += [""] + wrapped(group)
    case .point(let text, let sources):
      let names = sources.map(name).joined(separator: "; ")
      lines += wrapped("\(text) [sources: \(names)]", first: "  - ", rest: "    ")
    }
  }
  return (lines + [""]).joined(separator: "\n")
}

/// "Article (kind of publisher) › Section" for a section id, the article title for an article
/// id, else the id.
func sourceTitle(_ id: String, in library: Library) -> String {
  if let section = library.section(id: id), let article = library.article(id: section.articleID) {
    return "\(article.citedTitle) › \(section.title)"
  }
  return library.article(id: id)?.title ?? id
}
