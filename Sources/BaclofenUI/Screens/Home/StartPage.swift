import BaclofenContent
import BaclofenStore
import BaclofenText

/// The page the reader opens on the first time (and on `t`): what the guide holds, who
/// published each article and what its sections are, the keys that matter, the bookmarks.
/// Only titles and front matter: no text of its own about baclofen.
enum StartPage {
  /// The reader's article index while it shows this page.
  static let article = -1
  /// Articles listed one by one; a larger library is summed up after them.
  static let listed = 12

  static func layout(
    env: AppEnvironment, width: Int, bookmarks: [(letter: Character, place: ReaderMemory.Place)]
  ) -> ArticleLayout {
    let layout = SectionLayout(width: width, ascii: env.glyphs.ascii)
    let glyphs = env.glyphs
    func para(_ text: String, _ style: TextStyle = [], indent: String = "") -> [StyledLine] {
      layout.wrap(RichText(text), style: style, indent: indent, hanging: indent)
    }
    let articles = env.articles
    var lines = para("Baclofen Guide", [.bold, .heading])
    lines += para(
      "\(articles.count == 5 ? "Five" : String(articles.count)) patient-information articles "
        + "about baclofen, to read section by section and search, an \u{201C}Is baclofen for "
        + "you?\u{201D} questionnaire whose findings cite their sources, and the withdrawal "
        + "warning one key away. Information, not medical advice: talk to your prescriber "
        + "before any change.", .dim)
    lines += [StyledLine()] + para("Keys", [.bold, .heading])
    let a = glyphs.arrows
    let keys: [(String, String)] = [
      ("space PgDn j \(a.down)", "read on; b PgUp k \(a.up) back"),
      ("Tab", "contents; Enter opens"),
      ("] [", "next / previous section"),
      ("/", "search; n N next match"),
      ("w", "the withdrawal warning"),
      ("s", "Is baclofen for you?"),
      ("m + letter", "bookmark; ' + letter returns"),
      ("t", "this page"),
      ("? q", "all keys; quit, keeping your place"),
    ]
    let column = min(keys.map(\.0.displayWidth).max() ?? 0, max(4, width / 3))
    for (key, does) in keys {
      var wrapped = SectionLayout(width: max(8, width - column - 4)).wrap(
        RichText(does), style: [], indent: "", hanging: "")
      if wrapped.isEmpty { wrapped = [StyledLine()] }
      for (number, line) in wrapped.enumerated() {
        let label = number == 0 ? key : ""
        lines.append(
          StyledLine(
            [Span("  " + label.padded(toWidth: column) + "  ", [.key, .bold])] + line.spans))
      }
    }
    lines += [StyledLine()] + para("Bookmarks", [.bold, .heading])
    if bookmarks.isEmpty {
      lines += para("None yet: m and a letter marks the place you are reading.", .dim)
    }
    for (letter, place) in bookmarks {
      lines += layout.wrap(
        RichText("\(letter)  \(env.sourceName(place.sectionID).terminalSafe)"), style: [],
        indent: "  ", hanging: "     ")
    }
    lines += [StyledLine()] + para("The articles", [.bold, .heading])
    for (index, article) in articles.prefix(listed).enumerated() {
      lines.append(StyledLine())
      lines += para("\(index + 1). \(article.title.terminalSafe)", .bold)
      lines += para(publisher(article), .dim, indent: "   ")
      // Its main sections, past an introduction, which every article has.
      let titles = article.sections.filter { $0.level == 1 }.map(\.title.terminalSafe)
        .filter { $0.lowercased() != "introduction" }
      // Not `joined(separator:)`, generic code that looks up conformances on its first call.
      var shown = ""
      for (number, title) in titles.prefix(3).enumerated() {
        shown += (number > 0 ? "; " : "") + title
      }
      let rest = titles.count - min(3, titles.count)
      let more = rest > 0 ? "; and \(rest) more" : ""
      lines += para("Covers: \(shown)\(more).", indent: "   ")
    }
    if articles.count > listed {
      lines += [StyledLine()] + para("… and \(articles.count - listed) more in the contents.")
    }
    return ArticleLayout(page: lines)
  }

  /// Who published the article and when it was reviewed, from its front matter.
  private static func publisher(_ article: Article) -> String {
    let p = article.provenance
    var text = p.publisher ?? "Publisher not named"
    if let kind = p.publisherKind, kind != .unnamed { text += " (\(kind.shortDescription))" }
    if let reviewed = p.reviewed { text += ", reviewed \(ArticleText.longDate(reviewed))" }
    return text.terminalSafe
  }
}
