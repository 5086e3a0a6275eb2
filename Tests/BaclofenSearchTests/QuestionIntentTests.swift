import Testing

/// A question's frame (what is asked: does it work, how long, what else) and its topic (what
/// it is asked about) rank sections each in its own way: the frame by the kind of section that
/// answers it, the topic by the words.
@Suite struct QuestionIntentTests {
  private func ids(_ query: String, _ count: Int = 3) -> [String] {
    Array(bundledIndex.search(query, limit: 10).results.prefix(count).map(\.sectionID))
  }

  /// "Work" in "would it work for …" is the frame: the sections on treating drinking come
  /// first, not "How Does Baclofen Work?", whose title only shares the frame's word.
  @Test func whetherItWorksIsAnsweredByItsTopic() {
    let answers: Set = [
      "cabin-dependence/baclofen-for-alcohol-use-disorder",
      "ria-aud/evidence-for-baclofen-as-a-treatment-for-aud",
      "oxford-addiction/alcohol-use-disorders",
    ]
    for query in [
      "would baclofen really work for a heavy drinker",
      "is there any proof baclofen works for cravings",
    ] {
      let found = ids(query)
      #expect(found.first.map(answers.contains) == true, "\(query): \(found)")
      #expect(!found.prefix(1).contains("ria-aud/how-does-baclofen-work"), "\(query)")
    }
  }

  /// A synonym term asks what its synonyms ask: "how long will I" asks how long, so the
  /// section on how long to take it comes before "Long-Term Recovery".
  @Test func aTermAsksWhatItsSynonymsAsk() {
    #expect(
      ids("how long will i be on these tablets", 1)
        == ["august-overview/how-long-should-i-take-baclofen-for"])
  }

  /// "What else" is how an alternatives question is put: the alternatives come first.
  @Test func whatElseAsksForAlternatives() {
    #expect(
      ids("what else is there apart from baclofen for stiff legs", 1)
        == ["august-overview/baclofen-alternatives"])
  }

  /// A question that is only its frame is about the frame: its words still find the section
  /// whose title says them, and it is answered directly.
  @Test func aQuestionOfOnlyItsFrameKeepsItsWords() {
    let response = bundledIndex.search("how does baclofen work", limit: 3)
    #expect(response.results.first?.sectionTitle.lowercased().contains("work") == true)
    #expect(response.match == .strong)
  }
}

/// A heading answers each kind of question it names, and the medicine by another name is not
/// what a question is about.
@Suite struct HeadingKindsAndMedicineNamesTests {
  /// "How Do You Take Baclofen for Alcohol Use Disorder?" and the section giving the doses
  /// for drinking answer how much to take for drinking as well as drinking itself.
  @Test func aDoseQuestionAboutDrinkingFindsTheDrinkingDoses() {
    let found = bundledIndex.search("how many mg do people take to drink less", limit: 10)
      .results.prefix(3).map(\.sectionID)
    #expect(found.contains("ria-aud/evidence-for-baclofen-as-a-treatment-for-aud"), "\(found)")
  }

  /// "Muscle relaxers" names the medicine: "addicted to muscle relaxers" is about addiction,
  /// not the sections that say "muscle relaxers" most.
  @Test func aNameOfTheMedicineIsNotTheTopic() {
    let found = bundledIndex.search("could my flatmate be addicted to muscle relaxers", limit: 10)
      .results.first?.sectionID
    #expect(
      [
        "cabin-dependence/is-baclofen-addictive",
        "cabin-dependence/who-is-at-risk-for-baclofen-abuse",
        "cabin-dependence/introduction",
      ].contains(found ?? ""), "\(found ?? "none")")
  }
}

/// "Is that true", "should we worry" are how a relative checks a claim or a worry: what the
/// claim or the worry is about decides, not a section that says "true" or "worry".
@Suite struct CheckingAClaimTests {
  @Test func isItTrueIsAnsweredByTheClaim() {
    let found = bundledIndex.search(
      "i read online that baclofen is not addictive, is that right", limit: 10
    )
    .results.first?.sectionID
    #expect(found == "cabin-dependence/is-baclofen-addictive")
  }
}

/// A kind asked in so many words by a frame lifts the sections answering it more than a kind
/// only hinted at: the frame's words no longer weigh as topic.
@Suite struct FramedKindTests {
  @Test func goodForFindsWhatItHelpsWith() {
    let found = bundledIndex.search("is baclofen good for anxiety", limit: 10)
      .results.prefix(3).map(\.sectionID)
    #expect(found.contains("ria-aud/pros-and-cons"), "\(found)")
  }

  /// Asking for help ("need help", "where to get help") is how the question is put: the
  /// treatment options come before "Is Baclofen Addictive?", which only names the topic.
  @Test(arguments: ["addicted to my tablets and need help"])
  func helpWithAnAddictionFindsTheTreatmentOptions(_ query: String) {
    let found = bundledIndex.search(query, limit: 3).results.first?.sectionID
    #expect(found == "cabin-dependence/baclofen-addiction-treatment-options", "\(query)")
  }
}
