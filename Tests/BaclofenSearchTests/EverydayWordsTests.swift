import BaclofenSearch
import Testing

/// Everyday words for what the articles name otherwise: a body that feels or does something,
/// a vehicle driven, a baby being fed, a feeling about asking.
@Suite struct EverydayWordsTests {
  func top(_ query: String) -> SearchResponse {
    bundledIndex.search(query, limit: 3)
  }

  /// Going "spinny" is the dizziness among the side effects.
  @Test func spinnyFindsTheSideEffects() {
    let response = top("I go all spinny on baclofen")
    #expect(
      response.results.first?.sectionTitle.localizedCaseInsensitiveContains("side effects")
        == true, "\(response.results.map(\.sectionID))")
    #expect(response.match == .strong)
  }

  /// Muscles that jerk or twitch are the spasms baclofen treats.
  @Test func jerkingMusclesAreSpasms() {
    let response = top("my legs twitch and jerk at night")
    #expect(
      response.results.first.map { Answers.treatingSpasms.contains($0.sectionID) } == true,
      "\(response.results.map(\.sectionID))")
    #expect(response.match == .strong)
  }

  /// "Burning up" is a fever, which with stiffness after stopping is a reason to call a
  /// doctor.
  @Test func burningUpIsAFever() {
    let response = top("burning up and stiff since I ran out of baclofen")
    #expect(response.results.first?.sectionID == "spasticity-primer/when-to-call-a-doctor")
    #expect(response.match == .strong)
  }

  /// Running to the toilet is the frequent urination one article lists.
  @Test(arguments: [
    "up all night running to the toilet on baclofen", "the loo all the time on baclofen",
  ])
  func runningToTheToiletIsFrequentUrination(_ query: String) {
    let response = top(query)
    #expect(response.results.first?.sectionID == "ria-aud/side-effects-of-baclofen", "\(query)")
    #expect(response.match == .strong, "\(query)")
  }

  /// A newborn is the baby the articles weigh the risks to.
  @Test func aNewbornFindsWhoShouldNotTakeIt() {
    let response = top("is baclofen safe with a newborn")
    #expect(
      response.results.prefix(2).contains {
        $0.sectionID == "august-overview/who-should-not-take-baclofen"
      }, "\(response.results.map(\.sectionID))")
    #expect(response.match == .strong)
  }

  /// A lorry, a truck or the school run is driving.
  @Test(arguments: [
    "I drive a truck, is baclofen a problem", "my son does the school run, is baclofen ok",
  ])
  func aVehicleOrTheSchoolRunIsDriving(_ query: String) {
    let response = top(query)
    #expect(response.results.first?.sectionID == "august-overview/driving", "\(query)")
    #expect(response.match == .strong, "\(query)")
  }

  /// Tablets stuck in the throat are hard to swallow: the brand names section names the
  /// liquid form.
  @Test func stuckInTheThroatIsSwallowing() {
    let response = top("the tablets get stuck in my throat")
    #expect(response.results.first?.sectionID == "august-overview/baclofen-brand-names")
    #expect(response.match == .strong)
  }

  /// Relying on it is the dependence the addiction sections describe.
  @Test func relyingOnItIsDependence() {
    let response = top("my husband relies on baclofen now")
    #expect(response.results.first?.sectionID.hasPrefix("cabin-dependence/") == true)
    #expect(response.match == .strong)
  }

  /// Shame about it finds where an article says there is no shame in talking about it.
  @Test func shameFindsTalkingToTheDoctor() {
    let response = top("I feel ashamed about how much baclofen I take")
    #expect(response.results.first?.sectionID == "cabin-dependence/monitor-and-communicate")
  }

  /// Floating or detached is feeling spaced out, which one article sets beside a high.
  @Test func floatingIsFeelingSpacedOut() {
    let response = top("I feel detached and floating since my dose went up")
    #expect(response.results.first?.sectionID == "cabin-dependence/does-baclofen-make-you-high")
    #expect(response.match == .strong)
  }

  /// Drinking heavily is the drinking problem baclofen is tried for.
  @Test func drinkingHeavilyIsAnAlcoholProblem() {
    let response = top("our neighbour has been drinking heavily for years, is baclofen a treatment")
    #expect(
      response.results.first?.sectionID == "cabin-dependence/baclofen-for-alcohol-use-disorder")
    #expect(response.match == .strong)
  }

  /// Muscle pills or muscle tablets are baclofen called by what it is for: the symptom
  /// decides, as with "baclofen".
  @Test func muscleTabletsNameTheMedicine() {
    let response = top("a rash from my muscle pills")
    #expect(
      response.results.first?.sectionTitle.localizedCaseInsensitiveContains("side effects")
        == true, "\(response.results.map(\.sectionID))")
    #expect(response.match == .strong)
  }

  /// A splitting or thumping headache is the headache the side effects list.
  @Test func aSplittingHeadacheIsAHeadache() {
    let response = top("my head hurts, a splitting headache since starting baclofen")
    #expect(
      response.results.first?.sectionTitle.localizedCaseInsensitiveContains("side effects")
        == true, "\(response.results.map(\.sectionID))")
    #expect(response.match == .strong)
  }

  /// A fuzzy or foggy head is the confusion among the side effects.
  @Test func aFuzzyHeadIsConfusion() {
    let response = top("my head is fuzzy since the dose went up")
    #expect(
      response.results.first?.sectionID == "august-overview/what-are-the-side-effects-of-baclofen")
    #expect(response.match == .strong)
  }

  /// A few extra to feel mellow is taking more than prescribed for the feeling: misuse.
  @Test func aFewExtraToFeelMellowIsMisuse() {
    let response = top("I took a few extra last night to feel mellow")
    let misuse: Set = [
      "cabin-dependence/can-baclofen-be-abused", "cabin-dependence/does-baclofen-make-you-high",
      "cabin-dependence/can-you-get-high-on-baclofen",
    ]
    #expect(
      response.results.first.map { misuse.contains($0.sectionID) } == true,
      "\(response.results.map(\.sectionID))")
    #expect(response.match == .strong)
  }

  /// Swallowing all of one's tablets, or a week's worth, is the overdose the articles warn of.
  @Test(arguments: ["my dad swallowed all his tablets", "she took a week's worth in one go"])
  func allTheTabletsIsAnOverdose(_ query: String) {
    let response = top(query)
    #expect(response.results.first?.sectionID == "august-overview/overdose", "\(query)")
    #expect(response.match == .strong, "\(query)")
  }

  /// Wetting oneself is the bladder trouble one article lists among the side effects.
  @Test func wettingHimselfFindsTheBladderSideEffect() {
    let response = top("he's wetting himself at night since baclofen")
    #expect(response.results.first?.sectionID == "ria-aud/side-effects-of-baclofen")
    #expect(response.match == .strong)
  }

  /// A controlled drug, medicine or substance is the one list the articles name.
  @Test func aControlledMedicineIsTheControlledSubstanceList() {
    let response = top("is it a controlled medicine")
    #expect(response.results.first?.sectionID == "cabin-dependence/is-baclofen-addictive")
    #expect(response.match == .strong)
  }

  /// Kidneys or a liver said to be weak or bad are the kidney or liver disease the articles
  /// warn about, not the weakness among the side effects.
  @Test(arguments: [
    ("her kidneys are weak, is baclofen ok", "august-overview/kidney-disease"),
    ("his liver is bad, can he take baclofen", "ria-aud/baclofen-for-patients-with-liver-disease"),
  ])
  func weakKidneysOrABadLiverAreTheirDisease(_ query: String, _ answer: String) {
    let response = top(query)
    #expect(response.results.first?.sectionID == answer, "\(response.results.map(\.sectionID))")
  }

  /// Cutting, breaking or crushing a tablet asks what the articles say of how to take it: it
  /// is swallowed whole.
  @Test(arguments: ["can i cut her tablets in half", "is it ok to break a tablet"])
  func cuttingATabletFindsHowToTakeIt(_ query: String) {
    let response = top(query)
    #expect(
      response.results.first?.sectionID == "august-overview/how-should-i-take-baclofen",
      "\(query): \(response.results.map(\.sectionID))")
    #expect(response.match == .strong, "\(query)")
  }

  /// "Can't stop" before a verb's -ing form says something goes on happening, not that the
  /// medicine is stopped: "can't stop peeing" is the frequent urination among the side
  /// effects, never the warning about stopping.
  @Test func cannotStopDoingSomethingIsNotStoppingTheMedicine() {
    let response = top("I can't stop peeing since starting baclofen")
    #expect(response.results.first?.sectionID == "ria-aud/side-effects-of-baclofen")
    #expect(!response.aboutStopping)
    #expect(top("can't stop baclofen on my own").aboutStopping)
    #expect(top("can't stop drinking").results.first?.sectionID.hasPrefix("august") == false)
  }

  /// "Stop" before a symptom relieves it: "will baclofen stop my leg cramps" asks about the
  /// cramps it treats, not about stopping it, while "stop the tablets" is stopping.
  @Test func stoppingASymptomIsRelievingIt() {
    let response = top("will baclofen stop my leg cramps")
    #expect(
      response.results.contains { Answers.treatingSpasms.contains($0.sectionID) },
      "\(response.results.map(\.sectionID))")
    #expect(!response.aboutStopping)
    #expect(top("should I stop the tablets").aboutStopping)
  }

  /// Yawning all day is being drowsy, the commonest side effect.
  @Test func yawningIsDrowsiness() {
    let response = top("cannot stop yawning all day")
    #expect(
      response.results.first?.sectionTitle.localizedCaseInsensitiveContains("side effects")
        == true, "\(response.results.map(\.sectionID))")
    #expect(!response.aboutStopping && response.match == .strong)
  }
}
