import Testing

@testable import BaclofenUI

/// The first screen: the start page in the reader, which has the keys.
@Suite struct StartPageTests {
  @Test func theFirstRunOpensOnTheStartPageWithTheReaderFocused() {
    let app = bundledApp(inContents: false)
    #expect(app.state.home.focus == .reader)
    #expect(app.state.home.showsStartPage)
    #expect(app.text.contains("Baclofen Guide"))
    #expect(app.lines[22].contains("Start page"))
    #expect(app.text.contains("Tab contents"), "the footer says where Tab goes")
  }

  @Test func theStartPageNamesEveryArticleItsPublisherAndItsSections() {
    let app = bundledApp(width: 120, height: 200, inContents: false)
    let text = app.lines.map { $0.drop { $0 != "│" } }.joined(separator: "\n")
    for article in bundledLibrary.articles {
      #expect(text.contains(article.title), "\(article.title)")
      let publisher = article.provenance.publisher ?? "Publisher not named"
      #expect(text.contains(publisher))
      #expect(text.contains(article.sections.first { $0.level == 1 }!.title))
    }
    #expect(text.contains("Ria Health (prescribing provider), reviewed 2 March 2023"))
    #expect(text.contains("m + letter"))
    #expect(text.contains("None yet"), "no bookmarks on a first run")
  }

  @Test(arguments: [Key.character(" "), .pageDown, .character("j"), .down, .character("d")])
  func theScrollKeysScrollTheStartPage(_ key: Key) {
    var app = bundledApp(inContents: false)
    let selection = app.state.home.selection
    app.press(key)
    #expect(app.state.home.reader.top > 0)
    #expect(app.state.home.selection == selection, "the contents did not move")
  }

  @Test func tabReachesTheContentsAndTReturnsToTheStartPage() {
    var app = bundledApp(inContents: false)
    app.press(.tab, .down, .down, .enter)
    #expect(app.state.currentSectionID == "ria-aud/what-is-baclofen")
    app.type("t")
    #expect(app.state.home.showsStartPage)
    #expect(app.state.currentSectionID == nil)
    app.press(.escape)
    #expect(app.state.currentSectionID == "ria-aud/what-is-baclofen")
    app.press(.escape)
    #expect(app.state.home.showsStartPage, "back from the first section read: the start page")
  }

  @Test func bracketFromTheStartPageOpensTheFirstArticle() {
    var app = bundledApp(inContents: false)
    app.type("]")
    #expect(app.state.home.reader.article == 0)
    #expect(app.state.home.reader.top == 0)
    #expect(app.lines[22].contains(bundledLibrary.articles[0].title))
  }
}
