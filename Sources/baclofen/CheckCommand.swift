import ArgumentParser
import BaclofenContent

struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Validate a content folder and report every problem as path:line.",
    discussion: "Exit 0 when the content is valid, 65 with every problem otherwise.")

  @OptionGroup var options: ContentOptions

  func run() throws {
    try reportingFailures {
      let files = try options.files()
      let (app, issues) = AppContent.load(files)
      guard issues.isEmpty, let app else { throw Failure.content(issues) }
      let sections = app.library.sections.count
      Output.line(
        "\(files.origin): \(app.library.articles.count) articles, \(sections) sections, OK")
    }
  }
}
