import BaclofenContent
import BaclofenSynthetic
import Testing

@Suite struct ParserTests {
  let good = """
    ---
    id: sample
    title: "Sample: an article"
    publisher: Example Health
    reviewed: 2023-03-02
    reviewer: "Dr. A. Person, MD"
    source: sample.txt
    ---

    ## Introduction {.editorial}

    First line of a paragraph
    joined with the second.

    - an item
    - a long item that
      continues here
    - **Label:** with strong text

    <!-- editor's note:
    removed an advertisement -->

    ## Who Should Not Take It?

    > **Note:** a boxed note
    > over two lines.

    ### Pinned {#kidneys}

    Text.
    """

  @Test func parsesStructureBlocksAndProvenance() throws {
    let (article, issues) = ArticleParser.parse(good, path: "a.md")
    #expect(issues.isEmpty, "\(issues)")
    let parsed = try #require(article)
    #expect(parsed.title == "Sample: an article")
    #expect(parsed.provenance.publisher == "Example Health")
    #expect(parsed.provenance.reviewed == "2023-03-02")
    #expect(
      parsed.sections.map(\.id) == [
        "sample/introduction", "sample/who-should-not-take-it", "sample/kidneys",
      ])
    #expect(parsed.sections.map(\.level) == [1, 1, 2])
    #expect(parsed.sections[2].parentID == "sample/who-should-not-take-it")
    #expect(parsed.sections[0].editorial)
    #expect(parsed.sections[0].blocks.count == 2)
    #expect(
      parsed.sections[0].blocks[0]
        == .paragraph(RichText("First line of a paragraph joined with the second.")))
    guard case .list(let items) = parsed.sections[0].blocks[1] else {
      Issue.record("expected a list")
      return
    }
    #expect(
      items.map(\.plainText) == [
        "an item", "a long item that continues here", "Label: with strong text",
      ])
    #expect(items[2].runs.first == RichText.Run("Label:", strong: true))
    #expect(
      parsed.sections[1].blocks == [
        .callout(label: "Note", body: RichText("a boxed note over two lines."))
      ])
    #expect(parsed.sections[1].line == 23)
  }

  @Test func idsComeFromTitlesAndStayStable() {
    #expect(Slug.make("Who Should Not Take Baclofen?") == "who-should-not-take-baclofen")
    #expect(Slug.make("Baclofen’s Uses — in brief") == "baclofens-uses-in-brief")
    #expect(Slug.make("???") == "section")
  }

  /// Each malformed input is reported with the right line, and all problems come at once.
  @Test(arguments: [
    ("no front matter\n## A\ntext", 1, "starts with `---`"),
    ("---\nid: a\ntitle: t\n## A\ntext", 1, "not closed"),
    ("---\nid: a\ntitle: [unclosed\n---\n## A\n\ntext", 3, "not valid YAML"),
    ("---\nid: a\ntitle: t\ncolour: red\n---\n## A\n\ntext", 4, "unknown key `colour`"),
    ("---\ntitle: t\n---\n## A\n\ntext", 2, "no `id`"),
    ("---\nid: Bad Id\ntitle: t\n---\n## A\n\ntext", 2, "lowercase"),
    ("---\nid: a\ntitle: t\nreviewed: March 2\n---\n## A\n\ntext", 4, "must be a date"),
    ("---\nid: a\ntitle: t\n---\n\nstray text\n\n## A\n\ntext", 6, "before the first `##`"),
    ("---\nid: a\ntitle: t\n---\n# Top\n\n## A\n\ntext", 5, "headings are `## Title`"),
    ("---\nid: a\ntitle: t\n---\n### Sub\n\ntext", 5, "comes before any `##`"),
    ("---\nid: a\ntitle: t\n---\n## A\n\ntext\n\n## A\n\nmore", 9, "already used on line 5"),
    ("---\nid: a\ntitle: t\n---\n## A\n\n## B\n\ntext", 5, "is empty"),
    ("---\nid: a\ntitle: t\n---\n## A\n\nsome **bold text", 7, "never closed"),
    ("---\nid: a\ntitle: t\n---\n## A\n\nbell \u{07} and \u{1B}[2J", 7, "control character U+0007"),
    ("---\nid: a\ntitle: t\n---\n## A\n\n<!-- open\n\ntext", 7, "never closed by `-->`"),
    ("---\nid: a\ntitle: t\n---\n## A {.fancy}\n\ntext", 5, "unknown heading attribute"),
  ])
  func reportsMalformedInputWithItsLine(input: String, line: Int, message: String) {
    let (_, issues) = ArticleParser.parse(input, path: "bad.md")
    #expect(
      issues.contains { $0.line == line && $0.message.contains(message) },
      "expected line \(line) “\(message)”, got \(issues.map(\.description))")
    #expect(issues.allSatisfy { $0.description.hasPrefix("bad.md:") })
  }

  @Test func reportsEveryProblemNotJustTheFirst() {
    let input = "---\nid: a\ntitle: t\nbogus: 1\n---\n## A\n\n## A\n\ntext \u{1B}\n\n## C\n"
    let (_, issues) = ArticleParser.parse(input, path: "many.md")
    #expect(issues.count >= 4, "\(issues)")
  }

  @Test func neverTrapsOnArbitraryBytes() {
    var generator = SplitMix(seed: 7)
    let alphabet = Array("-#*>{}:\n \t#abc—巴\u{1B}\u{0}`\"'[]!.")
    for _ in 0..<2000 {
      let length = Int.random(in: 0..<120, using: &generator)
      let text = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
      _ = ArticleParser.parse("---\nid: x\ntitle: y\n---\n" + text, path: "fuzz.md")
      _ = ArticleParser.parse(text, path: "fuzz.md")
    }
  }
}
