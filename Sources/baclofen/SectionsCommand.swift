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
        try Output.json(rows)
        return
      }
      for article in library.articles {
        Output.line("\(article.title)  [\(article.id)]")
        for section in article.sections {
          let indent = String(repeating: "  ", count: section.level)
          Output.line("\(indent)\(section.title)  [\(section.id)]")
        }
        Output.line()
      }
    }
  }
}
