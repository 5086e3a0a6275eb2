import BaclofenContent
import Testing

@testable import BaclofenUI

/// A large library arrives as an outline (titles, no text); the reader asks for each
/// article's text only when it shows it.
@Suite struct OutlineLibraryTests {
  @Test func theReaderFetchesTextOnlyForArticlesItShows() {
    let outline = Library(
      articles: bundledLibrary.articles.map { article in
        var bare = article
        bare.sections = article.sections.map { section in
          var empty = section
          empty.blocks = []
          return empty
        }
        return bare
      })
    let fetched = FetchLog()
    var app = HeadlessApp(
      AppState(
        library: LoggedSource(outline: outline, log: fetched), withdrawal: testWithdrawal,
        search: StandInSearch.provider(for: bundledLibrary), width: 100, height: 30))
    #expect(fetched.ids.isEmpty, "the start page reads no article's text")
    app.press(.character("]"))
    #expect(app.text.contains("Baclofen is a muscle relaxant used to treat muscle"))
    #expect(fetched.ids == ["ria-aud"])
    app.press(.character("]"))
    #expect(fetched.ids == ["ria-aud"], "other articles are not read")
  }
}

/// An outline whose text is fetched from the bundled library, noting each article fetched.
struct LoggedSource: ArticleSource {
  var outline: Library
  let log: FetchLog
  func fullArticle(_ article: Article) -> Article {
    log.record(article.id)
    return bundledLibrary.article(id: article.id) ?? article
  }
}

/// Which articles were fetched.
final class FetchLog: @unchecked Sendable {
  private(set) var ids: [String] = []
  func record(_ id: String) { if !ids.contains(id) { ids.append(id) } }
}
