import BaclofenContent
import BaclofenQuiz
import Testing

/// One test per point of the questionnaire safety audit (2026-12-01). Each failed on the
/// content and engine as they stood then.
@Suite struct AuditTests {
  let questionnaire = Bundled.questionnaire

  func evaluate(_ answers: [String]) throws -> Evaluation {
    questionnaire.evaluate(try AnswerParser.parse(answers, in: questionnaire))
  }

  func text(_ answers: [String]) throws -> String {
    let parsed = try AnswerParser.parse(answers, in: questionnaire)
    return ResultExport.text(
      questionnaire.evaluate(parsed), questionnaire: questionnaire, library: Bundled.library,
      answers: parsed
    ).collapsed
  }

  func ids(_ evaluation: Evaluation) -> Set<String> { evaluation.shownIDs }

  @Test func p01MixingWarningReachesOpioidUsersAndSpasticityPatients() throws {
    let heroin = try text(["purpose=other-substance", "medicines=neither"])
    #expect(heroin.contains("opioids") && heroin.contains("severely slow breathing"))
    #expect(heroin.contains("can be fatal"))
    let spasticity = try text(["purpose=spasticity", "medicines=neither"])
    #expect(spasticity.contains("Mixing with alcohol, opioids or sedatives"))
    #expect(questionnaire.question(id: "substances")?.text.contains("alcohol") == true)
  }

  @Test func p02KidneyAndLiverDiseaseGetNoLiverFavours() throws {
    let both = try evaluate([
      "purpose=alcohol", "kidney-liver=both", "other-medicines=cannot-naltrexone",
    ])
    #expect(!ids(both).contains("liver-naltrexone"))
    #expect(both.disagreements.allSatisfy { $0.id != "liver" })
    #expect(!both.findings(.against).isEmpty)
    #expect(ids(both).contains("liver-and-kidney"))
    let spasticity = try evaluate(["purpose=spasticity", "kidney-liver=liver"])
    #expect(spasticity.findings(.favours).allSatisfy { !$0.text.contains("liver") })
    #expect(try text(["kidney-liver=kidney"]).contains("build up in your system"))
    #expect(questionnaire.question(id: "kidney-severity") != nil)
  }

  @Test func p03DrinkingOnBaclofenIsNotInFavour() throws {
    let evaluation = try evaluate(["purpose=alcohol"])
    #expect(evaluation.findings(.favours).allSatisfy { !$0.text.contains("drinking their normal") })
    let drinking = try #require(evaluation.findings.first { $0.id == "drinking" })
    #expect(drinking.kind == .caution)
    #expect(drinking.text.contains("service that prescribes baclofen"))
    #expect(drinking.text.contains("generally not advised"))
  }

  @Test func p04PumpUsersGetAnHonestStatement() throws {
    #expect(questionnaire.question(id: "taking")?.option(id: "pump") != nil)
    let pump = try text(["purpose=spasticity", "taking=pump"])
    #expect(pump.contains("do not cover pump problems, refills or alarms"))
    #expect(pump.contains("ask your pump team"))
    #expect(pump.contains("fever and muscle stiffness"))
    #expect(!pump.lowercased().contains("boxed"))
  }

  @Test func p05EveryResultShowsTheHarms() throws {
    let result = try text(["purpose=spasticity", "taking=no"])
    for phrase in [
      "Common side effects", "Serious reactions", "Dependence and misuse", "Stopping later",
    ] {
      #expect(result.contains(phrase), "\(phrase)")
    }
    #expect(!result.contains("None for your answers"))
  }

  @Test func p06AlcoholWithdrawalComesWithItsCautions() throws {
    let result = try text(["purpose=alcohol", "cravings=yes"])
    #expect(result.contains("in severe cases, seizures"))
    #expect(result.contains("more studies"))
    #expect(result.contains("careful medical supervision"))
    #expect(questionnaire.question(id: "cravings")?.text.contains("and withdrawal") == true)
  }

  @Test func p07TeenagerFindingKeepsItsQualifierAndSkipsSpasticity() throws {
    let palsy = try evaluate(["purpose=spasticity", "age=young"])
    #expect(!ids(palsy).contains("young-age"))
    #expect(try text(["purpose=spasticity", "age=young"]).contains("dose for adults"))
    let alcohol = try text(["purpose=alcohol", "age=young"])
    #expect(alcohol.contains("experimenting with prescription drugs"))
  }

  @Test func p08MixedMotivationIsReported() throws {
    #expect(try text(["purpose=alcohol", "motivation=mixed"]).contains("varying motivation"))
  }

  @Test func p09EvidenceFavoursSideCarriesItsOwnDoubts() throws {
    let evaluation = try evaluate(["purpose=alcohol"])
    let side = try #require(
      evaluation.disagreements.first { $0.id == "alcohol-evidence" }?.sides.first {
        $0.kind == .favours
      })
    #expect(side.text.contains("remains uncertain") && side.text.contains("first-line"))
  }

  @Test func p10WarningsThatCouldPromptStoppingSayNotToStopAlone() throws {
    for answers in [
      ["taking=yes", "medicines=both"], ["taking=yes", "allergy=yes"],
      ["taking=yes", "kidney-liver=kidney"], ["taking=yes", "pregnancy=pregnant"],
    ] {
      let findings = try evaluate(answers).findings
      let id = ["sedatives", "allergy", "kidney", "pregnancy"][
        ["medicines=both", "allergy=yes", "kidney-liver=kidney", "pregnancy=pregnant"]
          .firstIndex(of: answers[1])!]
      let finding = try #require(findings.first { $0.id == id })
      #expect(finding.text.lowercased().contains("not stop"), "\(id)")
    }
    let sedatives = try #require(
      try evaluate(["medicines=sedatives"]).findings.first {
        $0.id == "sedatives"
      })
    #expect(sedatives.text.contains("coma") && sedatives.text.contains("fatal"))
  }

  @Test func p11OneGetHelpNowGroupAndSpasticityWithFever() throws {
    let question = try #require(questionnaire.question(id: "symptoms-now"))
    #expect(question.text.contains("fever and muscle stiffness"))
    #expect(try evaluate(["symptoms-now=not-sure"]).emergency)
    let sheet = try #require(questionnaire.emergency)
    #expect(sheet.title == "Get medical help now")
    #expect(sheet.points.contains { $0.text.contains("trouble breathing") })
  }

  @Test func p12PublisherKindIsShownForEverySource() throws {
    let result = try text(["purpose=alcohol"])
    #expect(result.contains("a treatment provider that prescribes baclofen"))
    #expect(result.contains("a rehab centre") && result.contains("a health app"))
    #expect(result.contains("publisher not named"))
    #expect(Bundled.library.articles.allSatisfy { $0.provenance.publisherKind != nil })
    // Beside every cited source too, not only in the list of articles.
    let flowing = result.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(flowing.contains("Baclofen for Alcohol Use Disorder (prescribing provider) ›"))
    for article in Bundled.library.articles {
      #expect(!flowing.contains(article.title + " ›"), "\(article.id) cited without its kind")
    }
  }

  @Test func p13OptionsAreShownWithoutAVerdict() throws {
    let spasticity = try text(["purpose=spasticity", "taking=no"])
    for name in ["tizanidine", "diazepam", "physical therapy", "botulinum", "Not taking baclofen"] {
      #expect(spasticity.contains(name), "\(name)")
    }
    let alcohol = try text(["purpose=alcohol", "taking=no"])
    for name in ["naltrexone", "acamprosate", "gabapentin", "Antabuse"] {
      #expect(alcohol.contains(name), "\(name)")
    }
    #expect(alcohol.contains("several times a day") && alcohol.contains("drowsiness"))
    #expect(alcohol.contains("give no numbers"))
  }

  @Test func p14OverdoseGivesTheSigns() throws {
    let result = try text(["symptoms-now=overdose"])
    #expect(result.contains("severe drowsiness") && result.contains("can be fatal"))
    #expect(result.contains("make yourself vomit"))
  }

  @Test func p15EmptyPathsAndSkippedQuestionsAreNamed() throws {
    #expect(try evaluate(["taking=before"]).withdrawalWarning)
    #expect(ids(try evaluate(["taking=prefer-not"])).contains("taking-unsaid"))
    let partial = try text(["purpose=spasticity", "taking=no", "symptoms-now=no"])
    #expect(partial.contains("You answered 3 of about"))
    #expect(partial.contains("Not answered"))
  }

  @Test func p16SafeAndNotAddictiveIsShownAsADisagreement() throws {
    let addictive = try #require(try evaluate([]).disagreements.first { $0.id == "addictive" })
    #expect(addictive.sides.contains { $0.sources.contains("ria-aud/pros-and-cons") })
    #expect(
      addictive.sides.contains { $0.sources.contains("cabin-dependence/is-baclofen-addictive") })
  }

  @Test func p17MissingListsAreMarkedInTheArticle() throws {
    for id in [
      "cabin-dependence/physical-risks", "cabin-dependence/behavioural-symptoms-of-misuse",
    ] {
      #expect(Bundled.text(id).contains("list missing in source"), "\(id)")
    }
  }

  @Test func p18TheEvidenceIsDated() {
    #expect(questionnaire.evidenceNote.contains("2018"))
    #expect(questionnaire.evidenceNote.contains("do not cover anything newer"))
  }

  @Test func p19OneArticleIsNotCalledTheArticles() throws {
    #expect(questionnaire.evidenceNote.hasPrefix("One article calls"))
    let other = try #require(
      try evaluate(["purpose=something-else"]).findings.first {
        $0.id == "other-use"
      })
    #expect(other.text.contains("one says off-label"))
  }

  @Test func p20NoPromotionAndNoCocaineForOpioidUsers() throws {
    let texts = questionnaire.disagreements.flatMap(\.sides).map(\.text)
    #expect(texts.allSatisfy { !$0.contains("good option") })
    let opioids = try evaluate(["purpose=other-substance", "drug=opioids"])
    #expect(opioids.disagreements.allSatisfy { $0.id != "cocaine" })
  }

  @Test func p21SourceErrorsCarryAnEditorsNote() {
    for id in [
      "oxford-addiction/addiction-to-stimulants", "ria-aud/what-is-baclofen",
      "oxford-addiction/alcohol-use-disorders", "august-overview/baclofen-alternatives",
    ] {
      #expect(Bundled.text(id).contains("editor's note"), "\(id)")
    }
  }

  @Test func p22BackgroundTeaserIsLabelled() throws {
    let section = try #require(Bundled.library.section(id: "spasticity-primer/background"))
    #expect(section.title.contains("teaser"))
  }

  @Test func p23UrgentAnswersRaiseHelpNotTheWithdrawalWarning() throws {
    let evaluation = try evaluate(["taking=no", "symptoms-now=yes"])
    #expect(evaluation.emergency && !evaluation.withdrawalWarning)
  }
}
