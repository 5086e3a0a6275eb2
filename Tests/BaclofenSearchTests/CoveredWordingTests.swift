import BaclofenSearch
import Testing

/// Covered questions that a word around the topic made look uncovered: how the asker feels
/// about it, when it happens, how old they are, or everyday words for the body and the home.
@Suite struct CoveredWordingTests {
  func top(_ query: String) -> SearchResponse {
    bundledIndex.search(query, limit: 3)
  }

  /// "I'm 72" is an age, as "she's 72" is: an older adult.
  @Test func anAgeAfterIAmIsWhoItIsAbout() {
    let response = top("I'm 72, is baclofen suitable for me")
    #expect(response.results.first?.sectionID == "august-overview/who-should-not-take-baclofen")
    #expect(response.match == .strong)
  }

  /// Being worried about something is how it is asked: the something decides, and a topic
  /// the articles miss stays without a direct answer.
  @Test func aWorryFramesWhatItIsAbout() {
    let response = top("worried about getting hooked on baclofen")
    #expect(response.results.first?.sectionID == "cabin-dependence/is-baclofen-addictive")
    #expect(response.match == .strong)
    #expect(top("worried about weight gain on baclofen").match != .strong)
  }

  /// "Everyday" says when, and "harder" how much, not what about.
  @Test func whenAndHowMuchAreNotTopics() {
    let dizzy = top("dizzy everyday on baclofen")
    #expect(
      dizzy.results.first?.sectionTitle.localizedCaseInsensitiveContains("side effects") == true)
    #expect(dizzy.match == .strong)
    let job = top("will baclofen make my physical job harder")
    #expect(job.results.first?.sectionID == "ria-aud/baclofen-may-not-be-best-if")
    #expect(job.match == .strong)
  }

  /// A failing organ is its disease.
  @Test func aFailingLiverIsLiverDisease() {
    let response = top("her liver is failing, can she take baclofen")
    #expect(
      response.results.first?.sectionID == "ria-aud/baclofen-for-patients-with-liver-disease")
    #expect(response.match == .strong)
  }

  /// Grandchildren are the children to keep the tablets from.
  @Test func grandchildrenAreChildren() {
    let response = top("lock baclofen away from the grandkids")
    #expect(
      response.results.prefix(2).contains { $0.sectionID == "cabin-dependence/avoid-misuse" },
      "\(response.results.map(\.sectionID))")
    #expect(response.match == .strong)
  }

  /// Muscles tighter, rigid or stiff are the spasticity that comes back after stopping.
  @Test func tighterMusclesAfterStoppingFindStopping() {
    let tighter = top("my legs are tighter since I came off baclofen")
    #expect(tighter.results.first?.sectionID == "august-overview/stopping-baclofen")
    #expect(tighter.match == .strong)
    let rigid = top("feverish with rigid muscles since missing doses")
    #expect(rigid.results.first?.sectionID == "spasticity-primer/when-to-call-a-doctor")
    #expect(rigid.match == .strong)
  }

  /// Seeing and hearing things are the hallucinations among the side effects.
  @Test func seeingAndHearingThingsAreHallucinations() {
    let response = top("seeing and hearing things on baclofen")
    #expect(
      response.results.first?.sectionTitle.localizedCaseInsensitiveContains("side effects")
        == true)
    #expect(response.match == .strong)
  }

  /// What the medicine does in the body is how it works.
  @Test func whatItDoesInTheBodyIsHowItWorks() {
    let response = top("what does the medicine do in my body")
    let howItWorks: Set = [
      "spasticity-primer/mechanism-in-plain-language", "ria-aud/how-does-baclofen-work",
      "august-overview/how-does-baclofen-work",
    ]
    #expect(
      response.results.first.map { howItWorks.contains($0.sectionID) } == true,
      "\(response.results.map(\.sectionID))")
    #expect(response.match == .strong)
  }

  /// Giving a couple of one's own pills away is sharing a prescription.
  @Test func aCoupleOfMyPillsIsSharing() {
    let response = top("can I give a couple of my pills to my flatmate")
    #expect(response.results.first?.sectionID == "cabin-dependence/avoid-misuse")
    #expect(response.match == .strong)
  }

  /// Manual labour is the physically demanding job one article says baclofen may not suit.
  @Test func manualLabourIsAPhysicallyDemandingJob() {
    let response = top("I do manual labor, is baclofen a problem")
    #expect(response.results.first?.sectionID == "ria-aud/baclofen-may-not-be-best-if")
    #expect(response.match == .strong)
  }

  /// Self-medicating, however it is written, is the self-medication the misuse sections
  /// describe.
  @Test func selfMedicatingIsWhatTheMisuseSectionsSay() {
    let response = top("people self medicating their anxiety with baclofen")
    let misuse: Set = [
      "cabin-dependence/can-you-get-high-on-baclofen",
      "cabin-dependence/who-is-at-risk-for-baclofen-abuse",
    ]
    #expect(
      response.results.first.map { misuse.contains($0.sectionID) } == true,
      "\(response.results.map(\.sectionID))")
    #expect(response.match == .strong)
  }

  /// Withdrawal from heroin is the opiate withdrawal one article reports baclofen tried for.
  @Test func heroinWithdrawalIsOpiateWithdrawal() {
    let response = top("withdrawing from heroin, would baclofen help")
    #expect(response.results.first?.sectionID == "oxford-addiction/opiate-abuse-treatment")
    #expect(response.match == .strong)
  }

  /// "According to the research" asks for the evidence, as "research" alone does.
  @Test func accordingToTheResearchAsksForTheEvidence() {
    let response = top("does it help drinking according to the research")
    #expect(
      response.results.first?.sectionID == "ria-aud/evidence-for-baclofen-as-a-treatment-for-aud")
    #expect(response.match == .strong)
  }
}
