import BaclofenContent
import BaclofenQuiz
import BaclofenText

/// Line mode, for screen-reader users and dumb terminals (`--plain`, or automatically with
/// `TERM=dumb`): read, search and take the questionnaire as prompts and lines, one paragraph
/// per line, no full-screen redraws. It shows the same documents as the full screen (search
/// results, the warning, the result) and drives the same `QuestionnaireState`. Pure: a line
/// in, lines and file effects out; `run` connects it to a reader and a writer.
public struct LineSession: Sendable {
  let env: AppEnvironment
  /// What a number typed at the prompt opens: an article's or a section's id.
  var numbered: [String] = []
  var currentSection: String?
  /// The questionnaire while it is being answered.
  var quiz: QuestionnaireState?
  /// The questionnaire as it was left (or saved by an earlier session): `s` comes back to it.
  var leftQuiz: QuestionnaireState?
  public private(set) var finished = false

  /// What one line typed gives: lines to print, and file work for the caller.
  public struct Reply: Sendable, Equatable {
    public var lines: [String] = []
    public var effects: [FileEffect] = []
  }

  public init(env: AppEnvironment, saved: QuizProgress? = nil, notice: String? = nil) {
    self.env = env
    leftQuiz = QuestionnaireState(offering: saved, notice: notice)
  }

  public var prompt: String { quiz == nil ? "> " : "answer> " }

  static let help = [
    "Commands: c contents, a number opens an item, n next section, p previous section,",
    "/words search, s questionnaire (Is baclofen for you?), w withdrawal warning,",
    "! how to get medical help now, h help, q quit.",
  ]

  public func greeting() -> [String] {
    [
      "Baclofen Guide, plain mode. Information to discuss with a prescriber, not medical advice.",
      "Never stop baclofen suddenly: type w for the withdrawal warning.",
    ] + Self.help
  }

  /// The reply to one typed line; every line of it terminal-safe.
  public mutating func handle(_ raw: String) -> Reply {
    let line = raw.trimmingCharacters(in: .whitespaces).terminalSafe
    var reply: Reply
    if quiz != nil {
      reply = answer(line)
    } else if line.lowercased() == "s" {
      reply = startQuestionnaire()
    } else {
      reply = Reply(lines: command(line))
    }
    reply.lines = reply.lines.map(\.terminalSafe)
    return reply
  }

  private mutating func command(_ line: String) -> [String] {
    switch line.lowercased() {
    case "": return []
    case "q", "quit", "exit":
      finished = true
      return ["Goodbye."]
    case "h", "help", "?": return Self.help
    case "c", "contents": return contents()
    case "w": return withdrawal()
    case "!": return emergency()
    case "n", "p": return step(line.lowercased() == "n" ? 1 : -1)
    default: break
    }
    if line.hasPrefix("/") { return search(String(line.dropFirst())) }
    if let number = Int(line) { return open(number) }
    return ["Unknown command “\(line)”."] + Self.help
  }

  private mutating func contents() -> [String] {
    let articles = env.library.articles
    numbered = articles.map(\.id)
    return ["Articles:"] + articles.enumerated().map { "\($0.offset + 1). \($0.element.title)" }
      + ["Type a number to list its sections."]
  }

  private mutating func open(_ number: Int) -> [String] {
    guard numbered.indices.contains(number - 1) else {
      return ["No item \(number). Type c for the contents."]
    }
    let id = numbered[number - 1]
    guard let article = env.library.article(id: id) else { return read(id) }
    numbered = article.sections.map(\.id)
    return [article.title, ArticleText.provenance(article), "Sections:"]
      + article.sections.enumerated().map {
        "\($0.offset + 1). " + ($0.element.level == 2 ? "  " : "") + $0.element.title
      }
  }

  /// A section's text, one paragraph a line; through the article source, so a library
  /// opened as an outline still shows its text.
  private mutating func read(_ id: String) -> [String] {
    guard let listed = env.library.section(id: id),
      let outline = env.library.article(id: listed.articleID)
    else { return [] }
    let section = env.source.fullArticle(outline).sections.first { $0.id == id } ?? listed
    currentSection = id
    var lines = ["\(section.title) (\(outline.title))"]
    for block in section.blocks {
      switch block {
      case .paragraph(let text): lines.append(text.plainText)
      case .list(let items): lines += items.map { "- " + $0.plainText }
      case .callout(let label, let body):
        lines.append((label.map { $0 + ": " } ?? "Note: ") + body.plainText)
      }
    }
    return lines + ["End of section. n next, p previous, c contents."]
  }

  private mutating func step(_ offset: Int) -> [String] {
    let sections = env.library.sections
    guard let current = currentSection, let index = sections.firstIndex(where: { $0.id == current })
    else { return sections.first.map { read($0.id) } ?? [] }
    let next = index + offset
    guard sections.indices.contains(next) else {
      return [offset > 0 ? "This is the last section." : "This is the first section."]
    }
    return read(sections[next].id)
  }

  /// The search results the search screen shows, as lines: the summary, the safety line,
  /// each hit numbered with its fragment.
  private mutating func search(_ query: String) -> [String] {
    guard !query.trimmingCharacters(in: .whitespaces).isEmpty else {
      return ["Type words after /, for example /side effects."]
    }
    let results = env.search(query).results
    var lines = results.summary
    if results.hits.isEmpty { return lines + ["Try other words, or c for the contents."] }
    if results.aboutStopping {
      lines.append(SearchResults.stoppingLine("type w for the withdrawal warning"))
    }
    numbered = results.hits.map(\.sectionID)
    for (offset, hit) in results.hits.enumerated() {
      lines.append("\(offset + 1). \(hit.citation()): \(hit.snippet)")
    }
    return lines + ["Type a number to read a section."]
  }

  /// The warning with its sources numbered: typing a number reads that section.
  mutating func withdrawal() -> [String] {
    var ids: [String] = []
    for id in env.withdrawal.points.flatMap(\.sources) where !ids.contains(id) { ids.append(id) }
    numbered = ids
    let library = env.library
    return env.withdrawal.plainLines { id in
      "\(ids.firstIndex(of: id)! + 1). \(library.citation(id) ?? id)"
    } + ["Type a source's number to read it."]
  }

  /// "Get medical help now": the signs the articles list and what they say to do.
  func emergency() -> [String] {
    var lines: [String] = []
    ResultExport.appendSheet(env.questionnaire?.emergency, to: &lines)
    return lines.drop { $0.isEmpty } + ["Type ! to read this again, w for the withdrawal warning."]
  }
}

extension LineSession {
  /// Runs the session until `q`, the end of input, or a write that fails. The greeting and
  /// each reply are written with the next prompt in one go, so prompts and lines stay in
  /// order on pipes too; `perform` does the file work and may answer with a line to print.
  public static func run(
    _ session: inout LineSession, readLine: () -> String?, write: (String) -> Bool,
    perform: (FileEffect) -> String?
  ) {
    var lines = session.greeting()
    while write(lines.map { $0 + "\n" }.joined() + (session.finished ? "" : session.prompt)),
      !session.finished
    {
      guard let line = readLine() else {
        _ = write("\n")
        return
      }
      let reply = session.handle(line)
      lines = reply.lines + reply.effects.compactMap(perform)
    }
  }
}
