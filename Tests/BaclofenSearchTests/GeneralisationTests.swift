import BaclofenSearch
import Testing

/// Behaviour that makes search answer wording it was not tuned on.
@Suite struct GeneralisationTests {
  func ids(_ query: String, limit: Int = 10) -> [String] {
    bundledIndex.search(query, limit: limit).results.map(\.sectionID)
  }

  /// A whole word at the end of the query is not matched as the beginning of other words:
  /// FTS5 stems a prefix, and "kids" would find "kidney".
  @Test(arguments: ["keep them away from the kids", "safe around kids"])
  func aWholeLastWordIsNotAPrefix(_ query: String) {
    #expect(!ids(query, limit: 3).contains("august-overview/kidney-disease"))
  }

  /// A word still being typed is matched as the beginning of a word.
  @Test func aPartLastWordIsStillAPrefix() {
    #expect(ids("kidn", limit: 3).contains("august-overview/kidney-disease"))
  }
}

/// Everyday wording for what the articles say in their own words: an everyday phrase finds
/// the section, and a word that only judges or reports ("great", "gave", "mate") does not
/// turn a direct answer into "no direct answer".
@Suite struct EverydayWordingTests {
  @Test(arguments: [
    ("is it safe to get behind the wheel on baclofen", "august-overview/driving"),
    ("my chest hurts", "august-overview/what-are-the-side-effects-of-baclofen"),
    ("heavy lifting at work", "ria-aud/baclofen-may-not-be-best-if"),
    ("thinking of switching to tizanidine", "august-overview/is-baclofen-better-than-tizanidine"),
    ("my liver is not great", "ria-aud/baclofen-for-patients-with-liver-disease"),
    ("can it be taken when pregnant", "august-overview/who-should-not-take-baclofen"),
    ("where do I keep the tablets at home", "cabin-dependence/avoid-misuse"),
    ("took twice the dose", "august-overview/overdose"),
    ("worn out on baclofen", "spasticity-primer/common-side-effects"),
    ("took a whole box of pills", "august-overview/overdose"),
    ("a tablet that melts in the mouth", "august-overview/baclofen-brand-names"),
    ("dodgy liver", "ria-aud/baclofen-for-patients-with-liver-disease"),
    ("swollen after baclofen", "august-overview/what-are-the-side-effects-of-baclofen"),
  ])
  func everydayWordingIsAnsweredDirectly(_ query: String, _ section: String) {
    let response = bundledIndex.search(query, limit: 3)
    #expect(response.results.map(\.sectionID).contains(section), "\(query)")
    #expect(response.match == .strong, "\(query)")
  }
}

/// Withdrawal with no other substance named is withdrawal from baclofen.
@Suite struct WithdrawalIntentTests {
  static func isAboutAlcohol(_ id: String) -> Bool {
    id.hasPrefix("ria-aud/") || id.contains("alcohol")
  }

  @Test(arguments: ["withdrawal symptoms", "symptoms of withdrawal", "withdrawl"])
  func withdrawalAloneIsAboutStoppingBaclofen(_ query: String) {
    let top = bundledIndex.search(query, limit: 1).results.map(\.sectionID)
    #expect(!top.isEmpty && !top.contains(where: Self.isAboutAlcohol), "\(query): \(top)")
  }

  @Test func alcoholWithdrawalIsStillAboutAlcohol() {
    let top = bundledIndex.search("alcohol withdrawal symptoms", limit: 1).results.first
    #expect(Self.isAboutAlcohol(top?.sectionID ?? ""), "\(top?.sectionID ?? "-")")
  }
}

/// Feeling low "on it" is a side effect, not taking baclofen with a depressant.
@Suite struct MoodIsNotASubstanceTests {
  @Test(arguments: ["feeling depressed and low on it", "feeling low and down on it"])
  func lowMoodOnBaclofenFindsSideEffects(_ query: String) {
    let top = bundledIndex.search(query, limit: 3).results.map(\.sectionID)
    #expect(
      top.contains("ria-aud/side-effects-of-baclofen")
        || top.contains("august-overview/what-are-the-side-effects-of-baclofen"), "\(top)")
  }
}

/// Not being able to pass water is not what the articles say about urination (passing it
/// often): no direct answer, while peeing often still has one.
@Suite struct TheOppositeIsNotAnAnswerTests {
  @Test(arguments: ["I can't wee", "unable to pee on baclofen"])
  func notBeingAbleToPeeHasNoDirectAnswer(_ query: String) {
    #expect(bundledIndex.search(query).match != .strong, "\(query)")
  }

  @Test func peeingOftenIsAnswered() {
    let response = bundledIndex.search("peeing all the time", limit: 3)
    #expect(response.match == .strong)
    #expect(response.results.map(\.sectionID).contains("ria-aud/side-effects-of-baclofen"))
  }
}

/// A section whose title is the whole question ranks above one that only uses its words
/// more often.
@Suite struct TitleAnswersTheQuestionTests {
  @Test(arguments: [
    ("is baclofen addictive", "cabin-dependence/is-baclofen-addictive"),
    (
      "getting help for baclofen addiction", "cabin-dependence/baclofen-addiction-treatment-options"
    ),
  ])
  func aTitleHoldingTheQuestionComesFirst(_ query: String, _ section: String) {
    #expect(bundledIndex.search(query, limit: 1).results.first?.sectionID == section, "\(query)")
  }
}

/// A word the articles lack weighs by how common English makes it: a common one ("lunchtime")
/// is more often circumstance than a topic, a rare one ("chemotherapy") a topic they do not
/// cover.
@Suite struct CommonWordsTests {
  @Test func aCommonWordTheArticlesLackKeepsTheDirectAnswer() {
    let response = bundledIndex.search("forgot my lunchtime pill", limit: 3)
    #expect(response.results.first?.sectionID == "august-overview/missed-dose")
    #expect(response.match == .strong)
  }

  @Test func aRareWordTheArticlesLackIsStillNoDirectAnswer() {
    #expect(bundledIndex.search("forgot my chemotherapy pill").match != .strong)
  }
}

/// Words that only frame a question change nothing about what answers it: contractions typed
/// without the apostrophe, reflexive pronouns, prepositions, adverbs beside the word they
/// describe.
@Suite struct FramingWordsTests {
  @Test(arguments: [
    ("baclofen didnt work for me", "baclofen didn't work for me"),
    ("feeding my baby myself", "feeding my baby"),
  ])
  func aFramingWordChangesNothing(_ typed: String, _ plain: String) {
    let framed = bundledIndex.search(typed, limit: 5)
    let bare = bundledIndex.search(plain, limit: 5)
    #expect(
      Set(framed.results.map(\.sectionID)) == Set(bare.results.map(\.sectionID)), "\(typed)")
    #expect(framed.match == bare.match && framed.match == .strong, "\(typed)")
  }

  @Test(arguments: [
    "can't cope without baclofen", "when was baclofen originally developed",
    "my wife is barely breathing after too many pills",
  ])
  func aPrepositionOrAdverbKeepsTheDirectAnswer(_ query: String) {
    #expect(bundledIndex.search(query).match == .strong, "\(query)")
  }

  /// "stay on it" is going on taking it: how long is the question.
  @Test(arguments: ["how long can I stay on baclofen", "how long can I remain on baclofen"])
  func stayingOnItIsHowLongToTakeIt(_ query: String) {
    let response = bundledIndex.search(query, limit: 1)
    let top = response.results.first?.sectionID
    #expect(top == "august-overview/how-long-should-i-take-baclofen-for", "\(query)")
    #expect(response.match == .strong, "\(query)")
  }
}

/// A child who opens a relative's question is who it is about, as "my son" is; elsewhere
/// children are the topic.
@Suite struct ChildInTheQuestionTests {
  @Test func myChildOpeningTheQuestionIsWhoItIsAbout() {
    let response = bundledIndex.search("my child has cerebral palsy, will baclofen help her")
    #expect(response.match == .strong)
  }

  @Test func childrenElsewhereAreTheTopic() {
    let response = bundledIndex.search("keep baclofen away from my kids", limit: 1)
    #expect(response.results.first?.sectionID == "cabin-dependence/avoid-misuse")
    #expect(response.match == .strong)
  }
}

/// A symptom on baclofen asks whether it is a side effect: the lists of side effects come
/// before a section that mentions the symptom in passing.
@Suite struct SymptomOnBaclofenTests {
  @Test(arguments: ["so sleepy on my tablets", "my dad is drowsy on baclofen"])
  func aSymptomOnTheTabletsFindsTheSideEffects(_ query: String) {
    let top = bundledIndex.search(query, limit: 1).results.first?.sectionID
    #expect(top?.contains("side-effects") == true, "\(query): \(top ?? "-")")
  }

  /// Nobody need name the medicine: a reader of these articles asks of baclofen.
  @Test(arguments: [
    "feeling dizzy every morning", "constipated for a week now",
    "my husband is tired all day and evening",
  ])
  func aSymptomWithoutTheMedicineNamedFindsTheSideEffects(_ query: String) {
    let response = bundledIndex.search(query, limit: 1)
    let top = response.results.first?.sectionID
    #expect(top?.contains("side-effects") == true, "\(query): \(top ?? "-")")
    #expect(response.match == .strong, "\(query)")
  }

  /// When it happens is circumstance in the plural too ("afternoons"), not a topic the
  /// articles miss.
  @Test func aTimeOfDayInThePluralLeavesTheSymptomDeciding() {
    let response = bundledIndex.search("always drowsy in the afternoons", limit: 1)
    #expect(response.results.first?.sectionID.contains("side-effects") == true)
    #expect(response.match == .strong)
  }

  /// "Driving", or the list of side effects whose tip is not to drive until you know how
  /// baclofen affects you: either answers, not a list that never speaks of driving.
  @Test func aSymptomAndDrivingStillFindsDriving() {
    let top = bundledIndex.search("dizzy on baclofen can I drive", limit: 1).results.first
    #expect(
      ["august-overview/driving", "spasticity-primer/common-side-effects"].contains(
        top?.sectionID ?? ""), "\(top?.sectionID ?? "-")")
  }
}

/// An amount the articles never give is still a question about doses; one they give is
/// found where they give it.
@Suite struct AmountTests {
  @Test func anAmountTheArticlesNeverGiveFindsTheDoses() {
    let response = bundledIndex.search("is 25mg a lot", limit: 1)
    #expect(response.results.first?.sectionID == "spasticity-primer/typical-dose")
    #expect(response.match == .strong)
  }

  @Test func anAmountTheArticlesGiveIsFoundWhereTheyGiveIt() {
    let ids = bundledIndex.search("10mg").results.map(\.sectionID)
    #expect(ids == ["ria-aud/evidence-for-baclofen-as-a-treatment-for-aud"])
  }
}
