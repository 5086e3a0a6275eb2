import BaclofenBundled
import BaclofenContent
import Testing

/// A search snippet reads one section's lines of an unchanged article file: the text must be
/// the one the reader shows for that section.
@Suite struct SectionTextTests {
  /// Every section of `text`, read alone, against the full parse.
  func expectEverySectionReadsAlone(_ text: String, path: String) throws {
    let (parsed, issues) = ArticleParser.parse(text, path: path)
    #expect(issues.isEmpty, "\(issues)")
    let article = try #require(parsed)
    for (index, section) in article.sections.enumerated() {
      let next = index + 1 < article.sections.count ? article.sections[index + 1].line : nil
      let alone = ArticleParser.sectionText(
        text, path: path, id: section.id, line: section.line, end: next)
      #expect(alone == section.plainText, "\(section.id)")
    }
  }

  @Test func bundledSectionsReadAloneAsInTheirArticle() throws {
    let articles = BundledContent.files.files.filter {
      $0.path.hasPrefix(LibraryLoader.articleFolder) && $0.path.hasSuffix(".md")
    }
    #expect(articles.count == 5)
    for file in articles {
      let text = try #require(String(validating: file.bytes, as: UTF8.self))
      try expectEverySectionReadsAlone(text, path: file.path)
    }
  }

  @Test func subsectionsCommentsListsAndCalloutsReadAlone() throws {
    let text = """
      ---
      id: one
      title: One
      ---
      ## Overview {#start}

      Some **strong** text
      over two lines.
      <!-- a note
      ## Not a heading
      -->
      ### Details

      - first item
        continued
      - second

      > **Note:** a callout
      > on two lines

      ## Empty parent
      ### Child {.editorial}
      Child text.
      """
    try expectEverySectionReadsAlone(text, path: "one.md")
  }

  @Test func aLineThatIsNotTheSectionsHeadingGivesNoText() {
    let text = "---\nid: one\ntitle: One\n---\n## A\n\ntext\n## B\nmore\n"
    #expect(ArticleParser.sectionText(text, path: "one.md", id: "one/a", line: 6, end: 8) == nil)
    #expect(ArticleParser.sectionText(text, path: "one.md", id: "one/b", line: 5, end: 8) == nil)
    let last = ArticleParser.sectionText(text, path: "one.md", id: "one/b", line: 8, end: nil)
    #expect(last == "more")
  }
}
