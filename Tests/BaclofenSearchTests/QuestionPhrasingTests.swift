import BaclofenSearch
import Testing

/// How people put a question the articles answer in other words: another form of the
/// tablets, a condition someone used to have, more than was prescribed, what to watch for.
@Suite struct QuestionPhrasingTests {
  func top(_ query: String) -> SearchResponse {
    bundledIndex.search(query, limit: 3)
  }

  /// Another form of baclofen is the tablet that dissolves on the tongue.
  @Test func anotherFormFindsTheDissolvingTablet() {
    let response = top("she can't swallow tablets, does baclofen come in a different form")
    #expect(response.results.first?.sectionID == "august-overview/baclofen-brand-names")
    #expect(response.match == .strong)
  }

  /// A condition someone used to have is a history of it.
  @Test func whatSomeoneUsedToHaveIsAHistoryOfIt() {
    let response = top("my dad used to get seizures, can he have baclofen")
    #expect(response.results.first?.sectionID == "august-overview/who-should-not-take-baclofen")
    #expect(response.match == .strong)
  }

  /// More than someone is prescribed, or than the doctor said, is misuse.
  @Test(arguments: [
    "I take more baclofen than I am prescribed", "my aunt takes more than the doctor said",
  ])
  func moreThanPrescribedIsMisuse(_ query: String) {
    let response = top(query)
    #expect(
      response.results.first?.sectionID.hasPrefix("cabin-dependence/") == true,
      "\(query): \(response.results.map(\.sectionID))")
    #expect(response.match == .strong, "\(query)")
  }

  /// What to watch for is the signs: of misuse, for someone taking more than prescribed.
  @Test func whatToWatchForIsTheSigns() {
    let response = top("she takes extra baclofen, what do I watch out for")
    #expect(
      response.results.first?.sectionID == "cabin-dependence/behavioural-symptoms-of-misuse",
      "\(response.results.map(\.sectionID))")
    #expect(response.match == .strong)
  }
}
