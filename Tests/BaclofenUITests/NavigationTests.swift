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

  /// A chain of screens opened from one another is retraced one Esc at a time: the result,
  /// a source it cites, the warning over that, help over the warning, a search over help.
  @Test func everyEscReturnsToTheScreenThatOpenedTheOneInFront() {
    var app = urgentResultApp()
    app.press(.tab, .enter)
    let cited = app.state.currentSectionID
    app.type("w")
    app.type("?")
    app.type("/")
    #expect(app.state.screenName == "search")
    for expected in ["help", "withdrawal", "home"] {
      app.press(.escape)
      #expect(app.state.screenName == expected)
    }
    #expect(app.state.currentSectionID == cited)
    app.press(.escape)
    #expect(app.quiz?.step == .result)
    app.press(.escape)
    #expect(app.state.screenName == "home")
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
    if let warning = app.state.top as? WithdrawalScreen {
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

  /// `q` closes the questionnaire as it closes every other screen, keeping the answers and
  /// saving them, as help says ("q close, or quit"); `s` comes back to the same question.
  @Test func qOnTheQuestionnaireClosesItKeepingTheAnswers() {
    var app = bundledApp()
    app.type("s")
    app.press(.enter)
    app.type("1")
    let question = app.questionID
    #expect(question != nil)
    app.type("q")
    #expect(!app.quit)
    #expect(app.state.screenName == "home")
    #expect(app.effects.last(where: \.isSave) != nil)
    #expect(
      HelpScreen.groups(app.state.env.glyphs).last!.keys.contains { $0 == ("q", "close, or quit") })
    app.type("s")
    #expect(app.questionID == question)
    #expect(app.quiz?.answers.isEmpty == false)
  }

  /// The footer and help of the questionnaire come from its keymap: every key a footer
  /// names on each page does what the keymap says there.
  @Test func theQuestionnairesFooterNamesKeysOfItsKeymap() {
    var app = bundledApp()
    app.type("s")
    for _ in 0..<3 {
      let footer = app.state.footer.items
      let top = app.state.top!
      #expect(!footer.isEmpty)
      for item in footer where item.action != .character("w") {
        #expect(top.route(item.action, app.state.context) == .screen, "\(item.key)")
      }
      app.press(.enter)
    }
  }
}
