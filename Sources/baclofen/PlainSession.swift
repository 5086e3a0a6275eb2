import BaclofenContent
import BaclofenQuiz
import BaclofenSearch
import BaclofenText
import BaclofenUI
import Foundation

/// The line-oriented reader for screen-reader users and dumb terminals (`--plain`, or
/// automatically with `TERM=dumb`): read, search and take the questionnaire as prompts and
/// lines, one paragraph per line, no full-screen redraws. Pure: lines in, lines out.
struct PlainSession {
  let content: AppContent
  private var index: SearchIndex?
  /// What a number typed at the prompt opens.
  private var numbered: [Target] = []
  private var currentSection: String?
  private var answers = Answers()
  private var currentQuestion: Question?
  private(set) var finished = false

  enum Target {
    case article(String)
    case section(String)
  }

  init(content: AppContent) { self.content = content }

  var prompt: String { currentQuestion == nil ? "> " : "answer> " }

  static let help = [
    "Commands: c contents, a number opens an item, n next section, p previous section,",
    "/words search, s questionnaire (Is baclofen for you?), w withdrawal warning,",
    "! how to get medical help now, h help, q quit.",
  ]

  func greeting() -> [String] {
    [
      "Baclofen Guide, plain mode. Information to discuss with a prescriber, not medical advice.",
      "Never stop baclofen suddenly: type w for the withdrawal warning.",
    ] + Self.help
  }

  mutating func handle(_ raw: String) -> [String] {
    let line = raw.trimmingCharacters(in: .whitespaces).terminalSafe
    if currentQuestion != nil { return answer(line) }
    switch line.lowercased() {
    case "": return []
    case "q", "quit", "exit":
      finished = true
      return ["Goodbye."]
    case "h", "help", "?": return Self.help
    case "c", "contents": return contents()
    case "w": return withdrawal()
    case "!": return emergency()
    case "s": return startQuestionnaire()
    case "n", "p": return step(line.lowercased() == "n" ? 1 : -1)
    default: break
    }
    if line.hasPrefix("/") { return search(String(line.dropFirst())) }
    if let number = Int(line) { return open(number) }
    return ["Unknown command “\(line)”."] + Self.help
  }

  private mutating func contents() -> [String] {
    numbered = content.library.articles.map { .article($0.id) }
    return ["Articles:"]
      + content.library.articles.enumerated().map { "\($0.offset + 1). \($0.element.title)" }
      + ["Type a number to list its sections."]
  }

  private mutating func open(_ number: Int) -> [String] {
    guard numbered.indices.contains(number - 1) else {
      return ["No item \(number). Type c for the contents."]
    }
    switch numbered[number - 1] {
    case .article(let id):
      guard let article = content.library.article(id: id) else { return [] }
      numbered = article.sections.map { .section($0.id) }
      return [article.title, ArticleText.provenance(article), "Sections:"]
        + article.sections.enumerated().map {
          "\($0.offset + 1). " + ($0.element.level == 2 ? "  " : "") + $0.element.title
        }
    case .section(let id): return read(id)
    }
  }

  private mutating func read(_ id: String) -> [String] {
    guard let section = content.section(id: id),
      let article = content.library.article(id: section.articleID)
    else { return [] }
    currentSection = id
    var lines = ["\(section.title) (\(article.title))"]
    for block in section.blocks {
      switch block {
      case .paragraph(let text): lines.append(text.plainText)
      case .list(let items): lines += items.map { "- " + $0.plainText }
      case .callout(let label, let body):
        lines.append((label.map { $0 + ": " } ?? "Note: ") + body.plainText)
      }
    }
    lines.append("End of section. n next, p previous, c contents.")
    return lines.map(\.terminalSafe)
  }

  private mutating func step(_ offset: Int) -> [String] {
    let sections = content.library.sections
    guard let current = currentSection, let index = sections.firstIndex(where: { $0.id == current })
    else { return read(sections[0].id) }
    let next = index + offset
    guard sections.indices.contains(next) else {
      return [offset > 0 ? "This is the last section." : "This is the first section."]
    }
    return read(sections[next].id)
  }

  private mutating func search(_ query: String) -> [String] {
    if index == nil { index = try? content.searchIndex() }
    guard let index else { return ["Search is not available."] }
    let response = index.search(query, limit: 9)
    var lines: [String] = []
    if let corrected = response.correctedQuery {
      lines.append("Showing results for “\(corrected)”.")
    }
    if response.results.isEmpty {
      return lines + ["No section matches “\(query)”. Try other words, or c for the contents."]
    }
    numbered = response.results.map { .section($0.sectionID) }
    let count = response.results.count
    lines.append(
      response.moreResults
        ? "The best \(count) of more results (more words narrow the search):"
        : "\(count) results:")
    for (offset, result) in response.results.enumerated() {
      lines.append(
        "\(offset + 1). \(result.sectionTitle) (\(result.articleTitle)): \(result.snippet.text)")
    }
    if response.aboutStopping {
      lines.append(
        "Stopping baclofen suddenly can be dangerous: type w for the withdrawal warning.")
    }
    return (lines + ["Type a number to read a section."]).map(\.terminalSafe)
  }

  /// The warning with its sources numbered: typing a number reads that section.
  private mutating func withdrawal() -> [String] {
    let library = content.library
    var ids: [String] = []
    for id in content.withdrawal.points.flatMap(\.sources) where !ids.contains(id) {
      ids.append(id)
    }
    numbered = ids.map { library.section(id: $0) == nil ? .article($0) : .section($0) }
    let text = withdrawalText(content.withdrawal, library: library) { id in
      "\(ids.firstIndex(of: id)! + 1). \(sourceTitle(id, in: library))"
    }
    return (text.split(separator: "\n").map(String.init) + ["Type a source's number to read it."])
      .map(\.terminalSafe)
  }

  private mutating func startQuestionnaire() -> [String] {
    answers = Answers()
    return [
      content.questionnaire.title, content.questionnaire.intro,
      "Type the number of an answer; b goes back to the previous question; x leaves.",
    ] + ask()
  }

  private mutating func ask() -> [String] {
    let questionnaire = content.questionnaire
    guard let question = questionnaire.nextQuestion(after: answers) else {
      currentQuestion = nil
      let evaluation = questionnaire.evaluate(answers)
      return result(evaluation)
    }
    currentQuestion = question
    let progress = questionnaire.progress(answers)
    var lines = ["Question \(progress.answered + 1) of about \(progress.total): \(question.text)"]
    if let help = question.help { lines.append(help) }
    lines += question.options.enumerated().map { "\($0.offset + 1). \($0.element.label)" }
    return lines
  }

  private mutating func answer(_ line: String) -> [String] {
    guard let question = currentQuestion else { return [] }
    switch line.lowercased() {
    case "!": return emergency() + ask()
    case "w": return withdrawal().dropLast() + ask()
    case "x", "q":
      currentQuestion = nil
      return ["Questionnaire closed. Type s to start again."]
    case "b":
      guard
        let previous = content.questionnaire.previousQuestion(before: question.id, given: answers)
      else { return ["This is the first question."] + ask() }
      answers[previous.id] = nil
      return ask()
    default:
      guard let number = Int(line), question.options.indices.contains(number - 1) else {
        return ["Type a number from 1 to \(question.options.count), b to go back or x to leave."]
      }
      let questionnaire = content.questionnaire
      let urgentBefore = Set(questionnaire.evaluate(answers).findings(.urgent).map(\.id))
      answers[question.id] = question.options[number - 1].id
      let evaluation = questionnaire.evaluate(answers)
      guard !Set(evaluation.findings(.urgent).map(\.id)).isSubset(of: urgentBefore) else {
        return ask()
      }
      // Help needed now comes first, before any other question, as in the reader.
      var lines = emergency() + ["", "Your result so far:"] + result(evaluation)
      if questionnaire.nextQuestion(after: answers) != nil {
        lines += ["When you are ready, you can go on with the questions (x leaves):"] + ask()
      } else {
        currentQuestion = nil
      }
      return lines
    }
  }

  /// "Get medical help now": the signs the articles list and what they say to do.
  private func emergency() -> [String] {
    var lines: [String] = []
    ResultExport.appendSheet(content.questionnaire.emergency, to: &lines)
    return
      (lines.drop { $0.isEmpty }.map { $0 }
      + ["Type ! to read this again, w for the withdrawal warning."]).map(\.terminalSafe)
  }

  /// The result as the export gives it, line by line.
  private func result(_ evaluation: Evaluation) -> [String] {
    let text = ResultExport.text(
      evaluation, questionnaire: content.questionnaire, library: content.library,
      answers: answers, withdrawal: content.withdrawal)
    return text.split(separator: "\n", omittingEmptySubsequences: false).map {
      String($0).terminalSafe
    }
  }
}
