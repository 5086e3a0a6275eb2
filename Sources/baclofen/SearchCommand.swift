import ArgumentParser
import BaclofenContent
import BaclofenReaderSearch
import BaclofenSearch
import BaclofenText
import Foundation

struct Search: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Find the sections that answer a question or mention some words.",
    discussion: """
      Ask the way you would say it: "can I drink on it", "what if I miss a dose". Everyday \
      words and abbreviations ("booze", "renal", "MS") and misspellings are understood; a \
      phrase in double quotes is searched as a phrase; the last word also matches as the start \
      of a word. Put `--` before a query that starts with `-`.

      Prints the best sections first, each as "Section — Article  [id]" with a fragment in which \
      matched words are marked **like this** (bold on a terminal). Ids work with \
      `baclofen show ID`.

      With --json: {"query", "correctedQuery" (null or the query with misspellings fixed), \
      "aboutStopping", "moreResults" (more sections match than --limit shows), "match" \
      ("strong": the best section answers the query; "weak": only filler words match or the \
      query's key words are not in the articles, so the results are only the closest; "none": \
      nothing matched), "results": \
      [{"id", "articleId", "article", "title", "score", "snippet"}]}; in "snippet" matched \
      words are marked with **…**.

      Exit codes: 0 with results, 1 when nothing matched, 64 usage error, 65 bad content.
      """)

  @OptionGroup var options: ContentOptions
  @Argument(help: ArgumentHelp("Words to look for.", valueName: "query"))
  var words: [String]
  @Option(help: "Show at most this many results (up to 100; more is capped).") var limit = 10
  @Flag(help: "Print JSON instead of text.") var json = false

  func validate() throws {
    guard limit >= 1 else { throw ValidationError("--limit must be at least 1 (got \(limit))") }
  }

  func run() throws {
    try Self.perform(
      words: words, limit: limit, json: json,
      index: { try options.searchIndex(meanwhile: $0) })
  }

  /// The command's work, shared with the fast path in `Baclofen.main`.
  nonisolated(unsafe) private static var keptIndex: SearchIndex?

  /// `index` opens the index, giving `meanwhile` an index it may return (see
  /// `ContentOptions.searchIndex`).
  static func perform(
    words: [String], limit: Int, json: Bool,
    index: (_ meanwhile: (SearchIndex) -> Void) throws -> SearchIndex
  ) throws {
    var found = false
    let limit = cappedLimit(limit)
    try reportingFailures {
      guard words.contains(where: { $0.contains { !$0.isWhitespace } }) else {
        throw Failure.usage("error: give some words to search for, e.g. `baclofen search kidney`")
      }
      let query = words.joined(with: " ")
      // Searched while a `--content` folder's articles are stat-ed to confirm the cache is
      // theirs (that stat-ing was most of a warm search of 10,000 articles); the answer is
      // used only if the index it came from is the one returned.
      var early: (index: SearchIndex, response: SearchResponse)?
      let opened = try index { early = ($0, $0.search(query, limit: limit)) }
      // Kept to the end of the process, which follows: freeing the index's caches and
      // vocabulary was a twentieth of a whole bundled search.
      keptIndex = opened
      let response =
        early.flatMap { $0.index === opened ? $0.response : nil }
        ?? opened.search(query, limit: limit)
      found = !response.results.isEmpty
      if json {
        let output = SearchOutput(response)
        if let pretty = output.pretty {
          Output.json(pretty)
        } else {
          try Output.json(output)
        }
      } else {
        printPlain(response)
      }
      if !found { Output.error(noResultsHint(response)) }
    }
    if !found { throw ExitCode(1) }
  }

  /// `search WORDS… [--json] [--limit N] [--content DIR]` in its plainest form, parsed by
  /// hand: ArgumentParser's set-up (reflection over every command) was a fifth of a whole
  /// bundled search. Anything else — help, `--limit=5`, a word starting with `-`, an
  /// unknown option — returns nil and goes through ArgumentParser as usual.
  static func plainArguments(_ arguments: [String]) -> (
    words: [String], limit: Int, json: Bool, content: String?
  )? {
    guard arguments.first == "search" else { return nil }
    var words: [String] = []
    var limit = 10
    var json = false
    var content: String?
    var rest = arguments.dropFirst()[...]
    while let argument = rest.popFirst() {
      switch argument {
      case "--json" where !json: json = true
      case "--limit":
        guard let value = rest.popFirst().flatMap({ Int($0) }), value >= 1 else { return nil }
        limit = value
      case "--content" where content == nil:
        guard let value = rest.popFirst(), !value.hasPrefix("-"), !value.isEmpty else {
          return nil
        }
        content = value
      default:
        guard !argument.hasPrefix("-"), argument != "help" else { return nil }
        words.append(argument)
      }
    }
    return words.isEmpty ? nil : (words, limit, json, content)
  }

  /// The results as every face shows them: the summary, the safety line, the hits, each
  /// "Article › Section  [id]" with its fragment.
  private static func printPlain(_ response: SearchResponse) {
    let style: HighlightStyle = isatty(STDOUT_FILENO) == 1 ? .bold : .stars
    let width = TerminalSize.columns(default: 80, maximum: 100)
    let results = response.document
    guard !results.hits.isEmpty else { return }
    for line in results.summary { Output.line(line) }
    if results.aboutStopping {
      Output.line(SearchResults.stoppingLine("run `baclofen withdrawal` for the warning"))
    }
    Output.line()
    for hit in results.hits {
      Output.line("\(hit.citation())  [\(hit.sectionID)]")
      for line in wrappedLines(hit.snippet, hit.highlights, width: width - 4, style: style) {
        Output.line([("    ", false)] + line, style: style)
      }
      Output.line()
    }
    if results.moreHits {
      Output.line(
        "More sections match: --limit \(min(100, results.hits.count * 2)) shows more.")
    }
  }

  private static func noResultsHint(_ response: SearchResponse) -> String {
    response.document.summary.joined(with: " ")
      + " Try fewer or other words, or run `baclofen sections` to list every section."
  }
}

enum HighlightStyle {
  case stars, bold

  var open: String { self == .bold ? "\u{1B}[1m" : "**" }
  var close: String { self == .bold ? "\u{1B}[22m" : "**" }
}

/// The snippet wrapped to `width`, each line as pieces with the matches marked (`Output`
/// makes them safe and adds the style's codes).
func wrappedLines(
  _ snippet: String, _ highlights: [Range<Int>], width: Int, style: HighlightStyle
) -> [[(text: Substring, marked: Bool)]] {
  let text = Substring(snippet)
  let characters = Array(text.indices) + [text.endIndex]
  let marks = style.open.count + style.close.count
  return Wrap.lines(snippet, width: max(20, width - marks)).map { line in
    var pieces: [(text: Substring, marked: Bool)] = []
    var position = line.lowerBound
    for highlight in highlights where highlight.overlaps(line) {
      let start = max(highlight.lowerBound, position)
      let end = min(highlight.upperBound, line.upperBound)
      guard start < end else { continue }
      pieces.append((text[characters[position]..<characters[start]], false))
      pieces.append((text[characters[start]..<characters[end]], true))
      position = end
    }
    pieces.append((text[characters[position]..<characters[line.upperBound]], false))
    return pieces
  }
}

/// The JSON shape documented in `--help`; `correctedQuery` is always present (null if none).
struct SearchOutput: Encodable {
  struct Item: Encodable {
    var id: String
    var articleId: String
    var article: String
    var title: String
    var score: Double
    var snippet: String
  }

  var query: String
  var correctedQuery: String?
  var aboutStopping: Bool
  var moreResults: Bool
  var match: String
  var results: [Item]

  init(_ response: SearchResponse) {
    query = response.query
    correctedQuery = response.correctedQuery
    aboutStopping = response.aboutStopping
    moreResults = response.moreResults
    match = response.match.rawValue
    results = response.results.map {
      Item(
        id: $0.sectionID, articleId: $0.articleID, article: $0.articleTitle,
        title: $0.sectionTitle, score: ($0.score * 1000).rounded() / 1000,
        snippet: $0.snippet.marked())
    }
  }

  enum CodingKeys: String, CodingKey {
    case query, correctedQuery, aboutStopping, moreResults, match, results
  }

  /// The JSON written directly (see `PrettyJSON`); nil when a score is not finite, which the
  /// encoder refuses with its own message.
  var pretty: PrettyJSON? {
    guard results.allSatisfy(\.score.isFinite) else { return nil }
    return .object([
      ("query", .string(query)), ("correctedQuery", correctedQuery.map { .string($0) } ?? .null),
      ("aboutStopping", .bool(aboutStopping)), ("moreResults", .bool(moreResults)),
      ("match", .string(match)),
      (
        "results",
        .array(
          results.map {
            .object([
              ("id", .string($0.id)), ("articleId", .string($0.articleId)),
              ("article", .string($0.article)), ("title", .string($0.title)),
              ("score", .number($0.score)), ("snippet", .string($0.snippet)),
            ])
          })
      ),
    ])
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(query, forKey: .query)
    try container.encode(correctedQuery, forKey: .correctedQuery)
    try container.encode(aboutStopping, forKey: .aboutStopping)
    try container.encode(moreResults, forKey: .moreResults)
    try container.encode(match, forKey: .match)
    try container.encode(results, forKey: .results)
  }
}
