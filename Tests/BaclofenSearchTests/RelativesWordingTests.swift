import BaclofenSearch
import Testing

/// How relatives and patients say things the articles say otherwise: ages, what someone is
/// seen doing, when and where it happened.
@Suite struct RelativesWordingTests {
  func top(_ query: String) -> SearchResponse {
    bundledIndex.search(query, limit: 3)
  }

  /// An age of 65 or over is an older adult, whom "Who Should Not Take Baclofen?" covers.
  @Test(arguments: [
    "my grandad is 79, can he have baclofen", "grandma falls over a lot on baclofen",
  ])
  func anOlderPersonFindsWhatTheArticlesSayOfOlderAdults(_ query: String) {
    let response = top(query)
    #expect(response.results.first?.sectionID == "august-overview/who-should-not-take-baclofen")
    #expect(response.match == .strong)
  }

  /// An older person's age ranks but does not stand in for the topic: "for MS" (never
  /// "forms") decides.
  @Test func anAgeBesideTheTopicLeavesTheTopicDeciding() {
    let response = top("my mum is 70 and on baclofen for ms")
    #expect(response.results.first?.sectionID == "spasticity-primer/used-most-often-for")
    #expect(response.match == .strong)
    #expect(top("my nan is 90 and has dementia, can she take baclofen").match != .strong)
  }

  /// An adult's age says nothing of the topic: the symptom decides.
  @Test func anAdultsAgeDoesNotDiluteTheSymptom() {
    let response = top("my husband is 45 and drowsy on baclofen")
    #expect(
      response.results.first?.sectionTitle.localizedCaseInsensitiveContains("side effects")
        == true)
    #expect(response.match == .strong)
  }

  /// "Keeps" before what keeps happening frames the symptom ("keeps nodding off"), so a
  /// section that only says "keep your body stable" does not outrank the side effects; the
  /// verb on its own still finds where the articles say how to keep the tablets.
  @Test(arguments: ["grandpa keeps nodding off", "my wife kept dozing all afternoon"])
  func keepsBeforeWhatHappensFindsTheSideEffects(_ query: String) {
    let response = top(query)
    #expect(
      response.results.first?.sectionTitle.localizedCaseInsensitiveContains("side effects")
        == true, "\(response.results.map(\.sectionID))")
  }

  /// The articles give no dose for a young child.
  @Test func aYoungChildsDoseHasNoDirectAnswer() {
    #expect(top("baclofen dose for my 4 year old").match != .strong)
  }

  /// What a relative sees, in everyday words, finds the side effects that name it.
  @Test(arguments: [
    "my dad is not himself on baclofen", "my dad slurs his words on baclofen",
    "does baclofen give you an upset tummy",
  ])
  func whatARelativeSeesFindsTheSideEffects(_ query: String) {
    let response = top(query)
    #expect(
      response.results.first?.sectionTitle.localizedCaseInsensitiveContains("side effects") == true,
      "\(query)")
    #expect(response.match == .strong, "\(query)")
  }

  /// Passing out is losing consciousness, which the overdose section names; what the
  /// relative found it beside is filler.
  @Test func passedOutFindsTheOverdose() {
    let response = top("found my sister passed out beside her tablets")
    #expect(response.results.first?.sectionID == "august-overview/overdose")
    #expect(response.match == .strong)
  }

  /// When and where something happened ("on holiday", "in her chair") is not a topic the
  /// articles miss.
  @Test func whenItHappenedKeepsTheDirectAnswer() {
    let response = top("missed my baclofen on holiday")
    #expect(response.results.first?.sectionID == "august-overview/missed-dose")
    #expect(response.match == .strong)
  }

  /// Whether it causes something: the something is what is asked about.
  @Test func causeKeepsTheDirectAnswer() {
    let response = top("can baclofen cause slurred speech")
    #expect(response.results.first?.sectionID == "ria-aud/side-effects-of-baclofen")
    #expect(response.match == .strong)
  }

  /// Lending or borrowing tablets is sharing a prescription.
  @Test func lendingIsSharing() {
    #expect(
      top("can I lend my baclofen to my brother").results.first?.sectionID
        == "cabin-dependence/avoid-misuse")
  }

  /// Diazepam is a benzodiazepine, as the articles say: taking it with baclofen finds the
  /// warning about mixing with benzodiazepines.
  @Test func diazepamWithBaclofenFindsTheMixingWarning() {
    let response = top("baclofen with diazepam at night")
    #expect(response.results.first?.sectionID == "spasticity-primer/other-safety-points")
    #expect(response.match == .strong)
  }
}

/// A medicine that does not work, said the ways people say it, finds what the articles say
/// of that: the alternatives when it does not work well.
@Suite struct NotWorkingTests {
  @Test(arguments: [
    "baclofen doesn't work for my spasms", "pills are doing nothing for his stiffness",
  ])
  func notWorkingFindsTheAlternatives(_ query: String) {
    let response = bundledIndex.search(query, limit: 3)
    #expect(
      response.results.first?.sectionID == "august-overview/baclofen-alternatives", "\(query)")
    #expect(response.match == .strong, "\(query)")
  }
}

/// Questions the articles leave unanswered that share words with ones they answer.
@Suite struct UnansweredWordingTests {
  /// The articles never describe what the tablets look like.
  @Test(arguments: ["what colour are baclofen tablets", "what do baclofen pills look like"])
  func howATabletLooksHasNoDirectAnswer(_ query: String) {
    #expect(bundledIndex.search(query).match != .strong, "\(query)")
  }

  /// A medicine the articles name only in passing, asked about together with baclofen.
  @Test(arguments: [
    "is it ok to take acamprosate and baclofen together", "naltrexone and baclofen together",
  ])
  func anotherMedicineTogetherHasNoDirectAnswer(_ query: String) {
    #expect(bundledIndex.search(query).match != .strong, "\(query)")
  }

  /// A medicine whose mixing the articles warn about, taken together, is answered.
  @Test func aMedicineTheArticlesWarnAboutTogetherIsAnswered() {
    let response = bundledIndex.search("my son takes baclofen and tramadol together", limit: 3)
    #expect(response.results.first?.sectionID == "spasticity-primer/other-safety-points")
    #expect(response.match == .strong)
  }
}
