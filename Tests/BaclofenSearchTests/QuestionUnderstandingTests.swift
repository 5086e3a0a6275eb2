import BaclofenContent
import BaclofenSearch
import Testing

/// What a question means beyond its words: intent, real words, compounds, honest answers.
@Suite struct QuestionUnderstandingTests {
  func top(_ query: String, _ count: Int = 3) -> [String] {
    Array(bundledIndex.search(query, limit: 10).results.map(\.sectionID).prefix(count))
  }

  @Test(arguments: ["stop drinking", "quit drinking", "how do I quit drinking alcohol"])
  func stoppingDrinkingIsAboutAlcoholNotAboutStoppingBaclofen(_ query: String) {
    let response = bundledIndex.search(query)
    #expect(!response.aboutStopping, "\(query)")
    #expect(
      response.results.prefix(3).contains {
        $0.articleID == "ria-aud" || $0.articleID == "oxford-addiction"
          || $0.sectionID == "cabin-dependence/baclofen-for-alcohol-use-disorder"
      },
      "\(query): \(top(query))")
  }

  @Test(arguments: ["stop baclofen", "quit taking it", "coming off baclofen"])
  func stoppingBaclofenStillRaisesTheWarning(_ query: String) {
    #expect(bundledIndex.search(query).aboutStopping, "\(query)")
  }

  /// The medicine stopping someone doing something ("stop you craving") relieves it; a
  /// person stopped from taking it, or the tablets ("them") stopped, is stopping it.
  @Test func stoppingSomeoneDoingSomethingIsRelievingIt() {
    #expect(!bundledIndex.search("how does it stop you craving alcohol").aboutStopping)
    for query in ["can we stop them all at once", "should we stop her taking it"] {
      #expect(bundledIndex.search(query).aboutStopping, "\(query)")
    }
  }

  /// Running out of the tablets stops them all at once: the warning about stopping suddenly
  /// is raised, and the sections on stopping come first.
  @Test(arguments: ["we've run out of his tablets", "what if I run out over the weekend"])
  func runningOutRaisesTheWarning(_ query: String) {
    let response = bundledIndex.search(query)
    #expect(response.aboutStopping, "\(query)")
    #expect(top(query).contains("august-overview/stopping-baclofen"), "\(query): \(top(query))")
  }

  @Test(arguments: [
    "can I drink wine", "alcohol while taking baclofen", "beer with baclofen",
    "drinking on baclofen",
  ])
  func drinkingWithBaclofenFindsTheWarningsAboutMixing(_ query: String) {
    let mixing: Set = [
      "spasticity-primer/other-safety-points", "cabin-dependence/avoid-misuse",
      "cabin-dependence/can-baclofen-be-abused", "ria-aud/introduction",
    ]
    #expect(top(query).contains(where: mixing.contains), "\(query): \(top(query))")
  }

  @Test(arguments: ["breast feeding", "shelf", "cheaper", "feeding", "cats"])
  func realWordsAreNotCorrectedIntoOthers(_ query: String) {
    #expect(bundledIndex.search(query).correctedQuery == nil, "\(query)")
  }

  @Test(arguments: [
    ("over dose", "august-overview/overdose"),
    ("breast-feeding", "august-overview/who-should-not-take-baclofen"),
    ("breast feeding", "august-overview/who-should-not-take-baclofen"),
    ("10mg", "ria-aud/evidence-for-baclofen-as-a-treatment-for-aud"),
    ("10 mg", "ria-aud/evidence-for-baclofen-as-a-treatment-for-aud"),
  ])
  func compoundsAndAmountsAreFoundWrittenEitherWay(_ query: String, _ expected: String) {
    #expect(top(query).contains(expected), "\(query): \(top(query))")
  }

  @Test(arguments: [
    "does baclofen cause weight gain", "can I take baclofen with ibuprofen", "dry mouth",
    "what colour are baclofen tablets",
  ])
  func questionsTheArticlesDoNotAnswerSaySo(_ query: String) {
    let response = bundledIndex.search(query)
    #expect(response.match != .strong, "\(query): \(top(query))")
  }

  /// Giving blood is no blood test: no section is about it.
  @Test(arguments: ["is it ok to donate blood while on baclofen", "can my husband give blood"])
  func givingBloodIsNoDirectAnswer(_ query: String) {
    #expect(bundledIndex.search(query).match != .strong, "\(query): \(top(query))")
  }

  /// An operation a patient has is the surgery one article names, not the machinery the
  /// articles say not to operate.
  @Test func anOperationIsSurgeryNotMachinery() {
    #expect(
      top("my mum has an operation on friday", 1)
        == ["august-overview/how-long-should-i-take-baclofen-for"])
  }

  /// Every word is in the articles, but never close together: no section is about them.
  @Test(arguments: ["alcohol test", "muscle test", "heart surgery"])
  func wordsTheArticlesUseOnlyFarApartAreNoDirectAnswer(_ query: String) {
    #expect(bundledIndex.search(query).match == .weak, "\(query): \(top(query))")
  }

  @Test(arguments: ["blood tests", "missed dose", "i missed my evening dose"])
  func wordsUsedTogetherAreADirectAnswer(_ query: String) {
    #expect(bundledIndex.search(query).match == .strong, "\(query): \(top(query))")
  }

  /// The best section holds what the question is about, its words sentences apart.
  @Test(arguments: [
    "how is baclofen different from benzodiazepines", "seizures when stopping baclofen",
    "my daughter has cerebral palsy will baclofen help her stiffness",
    "spinal cord injury spasms",
  ])
  func aSectionHoldingTheQuestionsWordsFarApartAnswersIt(_ query: String) {
    #expect(bundledIndex.search(query).match == .strong, "\(query): \(top(query))")
  }

  /// When it happens and the tablets themselves are filler, not what is asked about.
  @Test(arguments: ["forgot my tablet this morning", "tummy ache after my tablets"])
  func timesOfDayAndTheTabletsDoNotHideAnAnswer(_ query: String) {
    #expect(bundledIndex.search(query).match == .strong, "\(query): \(top(query))")
  }

  /// The one word the articles never use is what the question is about.
  @Test(arguments: [
    "how much coffee can i drink on baclofen", "will baclofen show on a drug test at work",
  ])
  func aQuestionAboutSomethingNeverMentionedIsNoDirectAnswer(_ query: String) {
    #expect(bundledIndex.search(query).match == .weak, "\(query): \(top(query))")
  }

  /// A relative's words ("my son", "wants", "his") only break ties.
  @Test(arguments: [
    "my son wants to stop his baclofen", "my husband wants to stop his baclofen",
  ])
  func aRelativeAskingAboutStoppingFindsTheStoppingSectionFirst(_ query: String) {
    #expect(Answers.stopping.contains(top(query, 1).first ?? ""), "\(query): \(top(query))")
  }

  @Test func drinkingTooMuchIsAboutAlcoholUseNotAnOverdose() {
    let query = "my brother drinks too much could baclofen help him"
    let alcoholUse: Set = [
      "cabin-dependence/baclofen-for-alcohol-use-disorder",
      "oxford-addiction/alcohol-use-disorders",
      "ria-aud/evidence-for-baclofen-as-a-treatment-for-aud",
      "ria-aud/how-do-you-take-baclofen-for-alcohol-use-disorder", "ria-aud/introduction",
    ]
    #expect(alcoholUse.contains(top(query, 1).first ?? ""), "\(top(query))")
  }

  /// Everyday words map to the words the articles use (`synonyms.yaml`).
  @Test(arguments: [
    ("can i stop baclofen straight away", Answers.stopping),
    ("my husband took a whole pack of his tablets", Answers.overdose),
    ("how long until baclofen starts to work", Answers.howItWorks),
    ("cant poo since starting", Answers.sideEffects),
  ])
  func everydayWordingFindsTheAnsweringSection(_ query: String, _ answers: [String]) {
    let response = bundledIndex.search(query)
    #expect(answers.contains(top(query, 1).first ?? ""), "\(query): \(top(query))")
    #expect(response.match == .strong, "\(query)")
  }

  /// "help with" names what baclofen would treat, not something taken with it.
  @Test func helpWithIsNotTakingTwoThingsTogether() {
    let query = "can baclofen help with opioid withdrawal"
    #expect(top(query, 1) == ["oxford-addiction/opiate-abuse-treatment"], "\(top(query))")
  }

  @Test(arguments: [("brest feeding", "breastfeeding"), ("brest milk", "breast milk")])
  func aCorrectionThatMakesATermWithItsNeighbourWins(_ query: String, _ corrected: String) {
    #expect(bundledIndex.search(query).correctedQuery == corrected, "\(query)")
  }

  /// Porter makes "nursing" and "nurse" one stem; the word as typed is in the pregnancy group.
  @Test func aWordExpandsByTheGroupItIsTypedIn() {
    let pregnancy: Set = [
      "august-overview/who-should-not-take-baclofen", "ria-aud/side-effects-of-baclofen",
    ]
    #expect(top("nursing", 2).allSatisfy(pregnancy.contains), "\(top("nursing"))")
  }

  @Test func directAnswersAndNoMatchesAreToldApart() {
    #expect(bundledIndex.search("kidney disease").match == .strong)
    #expect(bundledIndex.search("what is baclofen").match == .strong)
    #expect(bundledIndex.search("zzzz qqqq").match == .none)
  }

  @Test func aPhraseSynonymIsHighlightedAsAPhrase() {
    let response = bundledIndex.search("come off")
    let text = "He gets off the bus. Never come off it suddenly."
    let marked = response.matchRanges(in: text).map { String(text[$0]) }
    #expect(marked == ["come off"], "\(marked)")
  }

  @Test func aFillerWordIsNotHighlightedOnItsOwn() {
    let response = bundledIndex.search("right dose")
    let text = "Call right away. The right dose is low."
    let marked = response.matchRanges(in: text).map { String(text[$0]).lowercased() }
    #expect(marked.contains("dose"))
    #expect(!marked.contains("right"), "\(marked)")
  }

  @Test func aHugeWordGivesABoundedSnippet() throws {
    let word = String(repeating: "x", count: 200_000)
    let article = """
      ---
      id: huge
      title: Huge
      source: huge.txt
      ---

      ## Kidney

      Kidney \(word) kidney.
      """
    let files = ContentFiles(
      origin: "test", files: [ContentFile(path: "articles/huge.md", bytes: Array(article.utf8))])
    let library = LibraryLoader.load(files).0
    let index = try SearchIndex(library: library, synonyms: Synonyms())
    let results = index.search("kidney").results
    #expect(!results.isEmpty)
    #expect(results.allSatisfy { $0.snippet.text.count < 1_000 })
  }
}
