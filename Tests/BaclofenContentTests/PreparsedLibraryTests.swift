import BaclofenBundled
import BaclofenContent
import Testing

@Suite struct PreparsedLibraryTests {
  @Test func theCompiledInArticlesAreThoseParsedFromTheBundledFiles() throws {
    let parsed = LibraryLoader.load(BundledContent.files)
    #expect(parsed.1.isEmpty, "\(parsed.1)")
    let compiled = try #require(BundledContent.library)
    #expect(compiled == parsed.0)
  }

  @Test func everyKindOfBlockAndAbsentFieldSurvivesTheRecords() throws {
    let text = """
      ---
      id: odd
      title: "Odd \\ title"
      publisherKind: unnamed
      reviewed: 2024-02-29
      ---
      ## First {#first .editorial}

      Plain, **strong**, a literal \\* and\ttab.

      - one item
        continued
      - **Label:** item

      > **Note:** a callout
      > on two lines

      ### Nested

      > no label

      ## Empty strong ****

      ****
      """
    let (article, issues) = ArticleParser.parse(text, path: "dir/articles/odd.md")
    #expect(issues.isEmpty, "\(issues)")
    let library = Library(articles: [try #require(article)])
    let records = try #require(PreparsedLibrary.encode(library))
    #expect(PreparsedLibrary.decode(records) == library)
    var twoArticles = library
    twoArticles.articles.append(try #require(article))
    twoArticles.articles[1].id = "other"
    for index in twoArticles.articles[1].sections.indices {
      twoArticles.articles[1].sections[index].articleID = "other"
    }
    twoArticles.articles[1].provenance = Provenance(publisher: "", source: "000.txt")
    let twoRecords = try #require(PreparsedLibrary.encode(twoArticles))
    #expect(PreparsedLibrary.decode(twoRecords) == twoArticles)
  }

  @Test func textThatIsNotRecordsIsRefused() throws {
    let article = Article(
      id: "a", title: "A",
      sections: [
        Section(
          id: "a/s", articleID: "a", title: "S", level: 1,
          blocks: [.list([RichText("x")])], line: 5)
      ], path: "a.md")
    let records = try #require(PreparsedLibrary.encode(Library(articles: [article])))
    #expect(PreparsedLibrary.decode(records) == Library(articles: [article]))
    for broken in [
      String(records.dropLast()), "X\u{1E}", "P\u{1F}0text\u{1E}", "I\u{1F}0x\u{1E}",
      records.replacingOccurrences(of: "S\u{1F}", with: "Q\u{1F}"),
    ] {
      #expect(PreparsedLibrary.decode(broken) == nil, "\(broken.debugDescription)")
    }
    var separator = article
    separator.title = "A\u{1E}B"
    #expect(PreparsedLibrary.encode(Library(articles: [separator])) == nil)
  }
}
