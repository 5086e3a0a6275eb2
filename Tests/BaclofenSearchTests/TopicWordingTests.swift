import BaclofenSearch
import Testing

/// A direct answer says what the question is about: its topic, not only the medicine's name or
/// the words that frame the question. Each suite pairs questions the articles leave
/// unanswered with answerable ones of the same shape.
@Suite struct TopicWordingTests {
  private func match(_ query: String) -> MatchStrength {
    bundledIndex.search(query, limit: 5).match
  }

  /// A section saying a thing several ways ("spasticity … stiff muscles … spasms") is more
  /// about it than a short one saying it once: stiffness in other words finds what baclofen
  /// treats, not the closing summary or the alternatives that mention spasticity once each.
  @Test(arguments: ["rigid muscles", "cramping muscles", "spasms and stiffness"])
  func aThingSaidSeveralWaysFindsTheSectionAboutIt(_ query: String) {
    let response = bundledIndex.search(query, limit: 3)
    let about: Set<String> = [
      "cabin-dependence/what-is-baclofen", "spasticity-primer/introduction",
      "august-overview/introduction", "august-overview/what-is-baclofen-used-for",
      "spasticity-primer/used-most-often-for",
    ]
    #expect(
      response.results.first.map { about.contains($0.sectionID) } == true,
      "\(query): \(response.results.map(\.sectionID))")
    #expect(response.match == .strong, "\(query)")
  }

  /// A symptom on baclofen implies its side effects, but the share of the question a section
  /// answers is of what was typed: the section on heavy physical work answers weakness at a
  /// building job though it never says "side effects".
  @Test(arguments: [
    "will baclofen make my legs weak, I work in construction",
    "dizzy on baclofen, can I still go to work on a building site",
  ])
  func aSymptomAtWorkFindsTheSectionOnPhysicalWork(_ query: String) {
    let response = bundledIndex.search(query, limit: 3)
    #expect(
      response.results.first?.sectionID == "ria-aud/baclofen-may-not-be-best-if",
      "\(query): \(response.results.map(\.sectionID))")
    #expect(response.match == .strong, "\(query)")
  }

  /// The articles name surgery once, of spasms after it: when to stop before one is not said.
  @Test func aTopicNamedOnceInPassingDoesNotAnswerWhatIsAskedOfIt() {
    #expect(match("do I have to quit baclofen ahead of my surgery") != .strong)
    #expect(match("how long is baclofen needed for spasms after surgery") == .strong)
  }

  /// Older adults are named once, in a list of cautions far from the kidneys and the liver:
  /// who a question is about is never a topic mentioned in passing.
  @Test(arguments: [
    "elderly with kidney failure on baclofen", "older adults with liver disease",
    "my elderly mum has cirrhosis is baclofen safe",
  ])
  func olderPeopleWithAConditionAreAnswered(_ query: String) {
    let response = bundledIndex.search(query, limit: 3)
    #expect(
      response.results.first?.sectionID == "august-overview/who-should-not-take-baclofen",
      "\(query)")
    #expect(response.match == .strong, "\(query)")
  }

  /// What another medicine does is answered by a section about it, not one that names it.
  @Test(arguments: ["what does naltrexone do", "what will antabuse do to me"])
  func whatAnotherMedicineDoesNamedInPassingHasNoDirectAnswer(_ query: String) {
    #expect(match(query) != .strong, "\(query)")
  }

  @Test func whatAMedicineTheArticlesCompareDoesIsAnswered() {
    let response = bundledIndex.search("what does tizanidine do", limit: 3)
    #expect(
      response.results.first?.sectionID == "august-overview/is-baclofen-better-than-tizanidine")
    #expect(response.match == .strong)
  }

  /// "At the same time" asks about taking two things together: answered where a section warns
  /// about combining them, not where it only names the other medicine.
  @Test func anotherMedicineAtTheSameTimeIsAnsweredOnlyWhereCombiningIsSpokenOf() {
    #expect(match("acamprosate and baclofen at the same time") != .strong)
    let opioid = bundledIndex.search("oxycodone and baclofen at the same time", limit: 3)
    #expect(opioid.results.first?.sectionID == "spasticity-primer/other-safety-points")
    #expect(opioid.match == .strong)
    #expect(match("wine and baclofen at the same time") == .strong)
  }

  /// The articles never describe a tablet's shape or size.
  @Test(arguments: ["what shape is a baclofen pill", "what size are the tablets"])
  func howATabletLooksHasNoDirectAnswer(_ query: String) {
    #expect(match(query) != .strong, "\(query)")
  }

  /// "Muscle relaxer" is the medicine: what is asked of it decides.
  @Test func theMedicineCalledByWhatItIsIsNotTheTopic() {
    #expect(match("does my muscle relaxer cause hair loss") != .strong)
    let drowsy = bundledIndex.search("does my muscle relaxer cause drowsiness", limit: 3)
    #expect(
      drowsy.results.first?.sectionTitle.localizedCaseInsensitiveContains("side effects") == true,
      "\(drowsy.results.map(\.sectionID))")
    #expect(drowsy.match == .strong)
  }

  /// Safety questions stay direct answers beside these rules.
  @Test(arguments: [
    "stopping baclofen suddenly", "can I drink alcohol on baclofen", "took too many baclofen",
    "baclofen withdrawal symptoms", "how much baclofen is too much",
    "how often should i take baclofen",
  ])
  func safetyQuestionsAreAnsweredDirectly(_ query: String) {
    #expect(match(query) == .strong, "\(query)")
  }
}

/// Everyday words for what the articles do answer, which no section uses.
@Suite struct EverydayTopicWordingTests {
  @Test(arguments: [
    ("my gran is on dialysis, is baclofen ok for her", "august-overview/kidney-disease"),
    (
      "the pharmacist swapped my lioresal for a cheaper one", "august-overview/baclofen-brand-names"
    ),
    ("my nephew got into my baclofen tablets", "august-overview/overdose"),
  ])
  func everydayWordingIsAnsweredDirectly(_ query: String, _ section: String) {
    let response = bundledIndex.search(query, limit: 3)
    #expect(response.results.map(\.sectionID).contains(section), "\(query)")
    #expect(response.match == .strong, "\(query)")
  }
}
