import Testing

@testable import BaclofenUI

/// Screens on a stack: Esc (or q) returns to the screen that opened the one in front.
@Suite struct NavigationTests {
  @Test func escFromHelpOverTheWarningOverTheQuestionnaireRetracesEachStep() {
    var app = bundledApp()
    app.type("s")
    app.type("w")
    app.type("?")
    #expect(app.state.screenName == "help")
    app.press(.escape)
    #expect(app.state.screenName == "withdrawal")
    app.press(.escape)
    #expect(app.state.screenName == "questionnaire")
    app.press(.escape)
    #expect(app.state.screenName == "home")
  }

  @Test func qClosesHelpAndOtherScreensBeforeItQuits() {
    var app = bundledApp()
    app.type("?")
    app.type("q")
    #expect(app.state.screenName == "home")
    #expect(!app.quit)
    app.type("wq")
    #expect(app.state.screenName == "home")
    app.type("q")
    #expect(app.quit)
  }

  @Test func escAfterOpeningASourceFromTheWarningReturnsToTheWarning() {
    var app = bundledApp(width: 120, height: 40)
    let before = app.state.currentSectionID
    app.type("w")
    app.press(.tab, .enter)
    #expect(app.state.screenName == "home")
    #expect(app.state.currentSectionID == "august-overview/stopping-baclofen")
    #expect(app.text.contains("Esc returns to the warning."))
    app.press(.escape)
    #expect(app.state.screenName == "withdrawal")
    app.press(.escape)
    #expect(app.state.screenName == "home")
    #expect(app.state.currentSectionID == before)
  }

  @Test func readingOnFromAnOpenedSourceGoesBackThroughThatFirst() {
    var app = bundledApp(width: 120, height: 40)
    app.type("w")
    app.press(.tab, .enter)
    let source = app.state.currentSectionID
    app.type("]")
    #expect(app.state.currentSectionID != source)
    app.press(.escape)
    #expect(app.state.currentSectionID == source)
    #expect(app.state.screenName == "home")
    app.press(.escape)
    #expect(app.state.screenName == "withdrawal")
  }

  @Test func escAfterOpeningASourceFromTheResultReturnsToTheResult() {
    var app = urgentResultApp()
    app.press(.tab, .enter)
    #expect(app.state.screenName == "home")
    app.press(.escape)
    #expect(app.quiz?.step == .result)
  }

  @Test func openingAScreenThatIsOpenGoesBackToItInsteadOfStackingAnother() {
    var app = bundledApp()
    app.type("s")
    app.type("w")
    app.type("?")
    app.type("s")
    #expect(app.state.screenName == "questionnaire")
    #expect(app.state.stack.count == 1)
    app.type("w")
    app.press(.down)
    app.type("?")
    app.press(.function(2))
    #expect(app.state.stack.count == 2)
    if case .withdrawal(let warning) = app.state.top {
      #expect(warning.list.offset == 0)  // the warning key shows it from its top
    }
  }

  @Test func aSearchOpenedOverTheQuestionnaireReturnsThere() {
    var app = bundledApp()
    app.type("s/")
    #expect(app.state.screenName == "search")
    app.press(.escape)
    #expect(app.state.screenName == "questionnaire")
    app.type("/stop")
    app.press(.enter)
    #expect(app.state.screenName == "home")
    app.press(.escape)
    #expect(app.state.screenName == "questionnaire")
  }
}
