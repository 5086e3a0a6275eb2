import ArgumentParser
import BaclofenContent
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

/// The warning as plain text, each source named "Article › Section" (or by `name`).
func withdrawalText(
  _ warning: WithdrawalWarning, library: Library, width: Int? = nil,
  name: ((String) -> String)? = nil
) -> String {
  let lines = warning.plainLines(width: width, name: name ?? { sourceTitle($0, in: library) })
  return (lines + [""]).joined(separator: "\n")
}

/// "Article (kind of publisher) › Section" for a section id, the article title for an article
/// id, else the id.
func sourceTitle(_ id: String, in library: Library) -> String { library.citation(id) ?? id }
