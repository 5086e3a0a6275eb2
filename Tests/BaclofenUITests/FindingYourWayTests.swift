import Testing

@testable import BaclofenUI

/// Finding a way in: folding the contents, going to a section by name, searching in the
/// article being read.
@Suite struct FindingYourWayTests {
  @Test func leftAndRightFoldAndUnfoldInTheContents() {
    var app = bundledApp()
    #expect(app.state.home.expanded.contains(0))
    app.press(.down, .down)  // a section of the first article
    app.press(.left)
    #expect(!app.state.home.expanded.contains(0))
    #expect(app.state.home.selection == .article(0))
    #expect(app.lines[2].contains(bundledLibrary.articles[0].title.prefix(10)))
    #expect(app.lines[3].contains(bundledLibrary.articles[1].title.prefix(10)), "folded")
    app.press(.left)
    #expect(app.text.contains("Already folded"))
    app.press(.right)
    #expect(app.state.home.expanded.contains(0))
    app.press(.right)
    #expect(app.state.home.selection == .section(0, 0))
    #expect(app.state.home.showsStartPage, "folding opens nothing")
  }

  @Test func inTheReaderLeftAndRightStillGoBackAndForward() {
    var app = bundledApp()
    app.press(.down, .down, .enter)
    app.type("]")
    app.press(.left)
    #expect(app.state.currentSectionID == "ria-aud/what-is-baclofen")
    app.press(.right)
    #expect(app.state.currentSectionID == "ria-aud/how-does-baclofen-work")
  }

  @Test func iGoesToASectionByNameWithCompletion() {
    var app = bundledApp()
    app.type("i")
    #expect(app.lines[22].contains("Go to section:"))
    #expect(app.lines[0].contains("press F2"), "letters are typed here")
    app.type("missed")
    app.press(.tab)
    let typed = app.state.home.prompt?.text ?? ""
    #expect(typed.lowercased().hasPrefix("missed"))
    #expect(typed.count > "missed".count, "Tab completed the name")
    app.press(.enter)
    #expect(app.state.home.prompt == nil)
    #expect(app.state.home.focus == .reader)
    let title = app.state.currentSectionID.flatMap { bundledLibrary.section(id: $0)?.title } ?? ""
    #expect(title.lowercased().hasPrefix("missed"), "\(title)")
    // Back goes to where the prompt was opened.
    app.press(.escape)
    #expect(app.state.home.showsStartPage)
  }

  @Test func thePromptMatchesAWordInsideATitleAndChoosesWithArrows() {
    var app = bundledApp()
    app.type("ieffects")
    let found = SectionPrompt.candidates("effects", in: app.state.env)
    #expect(found.count >= 2)
    app.press(.down, .enter)
    let second = bundledLibrary.articles[found[1].article].sections[found[1].section].id
    #expect(app.state.currentSectionID == second)
    app.type("iqqq")
    #expect(app.lines[22].contains("no section is called that"))
    app.press(.enter)
    #expect(app.text.contains("No section is called"))
    app.press(.escape)
    #expect(app.state.home.prompt == nil)
    #expect(app.state.screenName == "home", "q was typed, it did not quit")
    #expect(!app.quit)
  }

  @Test func ctrlTSearchesOnlyTheArticleBeingRead() {
    var app = bundledApp()
    app.press(.down, .down, .enter)  // the first article
    let articleID = bundledLibrary.articles[0].id
    app.type("/baclofen")
    let everywhere = app.state.search!.outcome.hits
    #expect(everywhere.contains { !$0.sectionID.hasPrefix(articleID + "/") })
    app.press(.control("t"))
    let here = app.state.search!.outcome.hits
    #expect(!here.isEmpty)
    #expect(here.allSatisfy { $0.sectionID.hasPrefix(articleID + "/") })
    #expect(app.lines[2].contains("Only this article"))
    app.type(" dose")  // typing keeps the narrowing
    #expect(app.state.search!.outcome.hits.allSatisfy { $0.sectionID.hasPrefix(articleID + "/") })
    app.press(.enter)
    // n walks the matches of this article only.
    for _ in 0..<10 {
      app.type("n")
      #expect(app.state.home.reader.article == 0)
    }
    // Reopened, the search is across the library again; Ctrl-T narrows it and back.
    app.type("/")
    let all = app.state.search!.outcome.hits.count
    app.press(.control("t"))
    #expect(app.state.search!.outcome.hits.count < all)
    app.press(.control("t"))
    #expect(app.state.search!.outcome.hits.count == all)
  }
}
