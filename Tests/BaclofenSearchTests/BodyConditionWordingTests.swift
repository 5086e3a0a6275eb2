import BaclofenSearch
import Testing

/// An organ or body part with a word for what is wrong with it, as people say it, is what
/// the articles call the condition or the reaction.
@Suite struct BodyConditionWordingTests {
  func top(_ query: String) -> SearchResponse {
    bundledIndex.search(query, limit: 3)
  }

  /// A damaged or failing liver is the liver disease one article gives a section.
  @Test(arguments: [
    "my dad has liver problems can he take it", "baclofen with a damaged liver",
  ])
  func aLiverProblemFindsLiverDisease(_ query: String) {
    let response = top(query)
    #expect(
      response.results.first?.sectionID == "ria-aud/baclofen-for-patients-with-liver-disease",
      "\(query)")
    #expect(response.match == .strong, "\(query)")
  }

  /// Kidneys that do not work well are the kidney disease the dosing depends on.
  @Test(arguments: ["baclofen and kidney failure", "my mum has kidney problems"])
  func aKidneyProblemFindsKidneyDisease(_ query: String) {
    let response = top(query)
    #expect(
      response.results.contains { $0.sectionID == "august-overview/kidney-disease" }, "\(query)")
    #expect(response.match == .strong, "\(query)")
  }

  /// A swollen part of the face is the swelling of an allergic reaction among the side
  /// effects.
  @Test(arguments: ["her lips are swollen since the new pills", "puffy face on baclofen"])
  func aSwollenFaceFindsTheSideEffects(_ query: String) {
    let response = top(query)
    #expect(
      response.results.first?.sectionTitle.localizedCaseInsensitiveContains("side effects")
        == true, "\(query)")
    #expect(response.match == .strong, "\(query)")
  }

  /// Cutting down drinking is what baclofen is studied for, not tapering baclofen itself.
  @Test func cuttingDownDrinkingIsNotTaperingBaclofen() {
    let response = top("can baclofen help me cut down alcohol")
    #expect(response.results.first?.sectionID != "august-overview/stopping-baclofen")
    #expect(
      response.results.first?.sectionTitle.localizedCaseInsensitiveContains("alcohol") == true)
  }

  /// The dose someone is started on, as people ask it, is the typical starting dose.
  @Test(arguments: ["what dose will they start me on", "initial dose for spasms"])
  func theDoseStartedOnFindsTheStartingDose(_ query: String) {
    let response = top(query)
    #expect(response.results.first?.sectionID == "spasticity-primer/typical-dose", "\(query)")
    #expect(response.match == .strong, "\(query)")
  }

  /// Whether it is good for something is among what the pros and cons weigh ("may help with
  /// insomnia and anxiety"), which the first results show.
  @Test func whatItIsGoodForFindsThePros() {
    let response = top("is baclofen good for insomnia")
    #expect(response.results.contains { $0.sectionID == "ria-aud/pros-and-cons" })
  }
}
