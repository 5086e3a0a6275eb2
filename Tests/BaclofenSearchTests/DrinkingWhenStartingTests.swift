import BaclofenSearch
import Testing

/// Whether to stop drinking before baclofen for alcohol, or whether drinking as before once
/// on it is expected, is answered where an article says patients start off "while drinking
/// their normal amount of alcohol"; drinking alcohol on baclofen is still a question of
/// taking the two together.
@Suite struct DrinkingWhenStartingTests {
  func top(_ query: String) -> SearchResponse {
    bundledIndex.search(query, limit: 3)
  }

  @Test(arguments: [
    "must I give up drinking first", "he is still drinking the same amount on baclofen",
    "can she carry on drinking as usual when she starts baclofen",
  ])
  func drinkingAsBeforeFindsHowItIsTakenForAlcohol(_ query: String) {
    let response = top(query)
    #expect(
      response.results.first?.sectionID
        == "ria-aud/how-do-you-take-baclofen-for-alcohol-use-disorder",
      "\(query): \(response.results.map(\.sectionID))")
    #expect(response.match == .strong, "\(query)")
  }

  @Test func drinkingOnItIsStillTakingTheTwoTogether() {
    let response = top("is baclofen safe while drinking")
    #expect(response.results.first?.sectionID == "spasticity-primer/other-safety-points")
  }
}
