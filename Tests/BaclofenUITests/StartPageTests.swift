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
      let main = article.sections.first { $0.level == 1 && $0.title != "Introduction" }
      #expect(text.contains(main!.title), "what the article covers")
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

/// The status line tells where the reader is: the section, how far in whole percent, the end.
@Suite struct StatusLineTests {
  @Test func atTheEndItNamesTheLastSectionAndSaysEnd() {
    var app = bundledApp()
    app.press(.enter, .tab)  // the first article, from its top
    let article = bundledLibrary.articles[0]
    app.press(.end)
    let status = app.lines[22]
    #expect(status.contains(article.sections.last!.title), "\(status)")
    #expect(status.contains("Section \(article.sections.count) of \(article.sections.count)"))
    #expect(status.contains("(END)"))
    app.press(.up)
    #expect(!app.lines[22].contains("(END)"))
  }

  @Test func thePositionIsInWholePercent() {
    var app = bundledApp()
    app.press(.enter, .tab)
    let home = app.state.home
    let count = home.readerLayout.count
    var shown: Set<String> = []
    for _ in 0..<8 {
      app.type("j")
      let top = app.state.home.reader.top
      let percent = (top + home.readerHeight) * 100 / count
      #expect(app.lines[22].hasSuffix("\(percent)%"), "\(app.lines[22])")
      shown.insert(app.lines[22])
    }
    #expect(shown.count > 3, "one line down moves the figure by about one percent")
  }
}
