import ArgumentParser
import BaclofenContent
import BaclofenText
import Foundation

struct Sections: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "List every article and section with its id.",
    discussion: """
      Ids work with `baclofen show ID`. With --json: \
      [{"id", "articleId", "article", "title", "level"}], level 0 for an article, \
      1 for a section, 2 for a nested section.
      """)

  @OptionGroup var options: ContentOptions
  @Flag(help: "Print JSON instead of an indented list.") var json = false

  struct Row: Encodable {
    var id: String
    var articleId: String
    var article: String
    var title: String
    var level: Int
  }

  func run() throws {
    try reportingFailures {
      let library = try options.load().library
      if json {
        let rows = library.articles.flatMap { article in
          [
            Row(
              id: article.id, articleId: article.id, article: article.title,
              title: article.title, level: 0)
          ]
            + article.sections.map {
              Row(
                id: $0.id, articleId: article.id, article: article.title, title: $0.title,
                level: $0.level)
            }
        }
        try printJSON(rows)
        return
      }
      for article in library.articles {
        print("\(article.title.terminalSafe)  [\(article.id)]")
        for section in article.sections {
          let indent = String(repeating: "  ", count: section.level)
          print("\(indent)\(section.title.terminalSafe)  [\(section.id)]")
        }
        print()
      }
    }
  }
}

/// Pretty JSON with sorted keys on stdout. The encoder escapes C0 controls; DEL and the C1
/// range (which some terminals obey as escape sequences) are escaped here too, so no control
/// character reaches the terminal raw while the data stays exact.
func printJSON<T: Encodable>(_ value: T) throws {
  let encoder = JSONEncoder()
  encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
  let text = String(decoding: try encoder.encode(value), as: UTF8.self)
  var escaped = ""
  escaped.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
  for scalar in text.unicodeScalars {
    if (0x7F...0x9F).contains(scalar.value) {
      escaped += "\\u00" + String(scalar.value, radix: 16)
    } else {
      escaped.unicodeScalars.append(scalar)
    }
  }
  FileHandle.standardOutput.write(Data((escaped + "\n").utf8))
}
