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

  /// A condition someone had in the past is a history of it, as one they used to have is.
  @Test func whatSomeoneHadInThePastIsAHistoryOfIt() {
    let response = top("my brother had epilepsy in the past, is baclofen safe for him")
    #expect(response.results.first?.sectionID == "august-overview/who-should-not-take-baclofen")
    #expect(response.match == .strong)
  }

  /// Suffering from a condition is having it: the condition, not "suffering", is what the
  /// question is about, and who should not take it answers it.
  @Test(arguments: [
    "my uncle suffers from low mood, would baclofen be ok for him",
    "would baclofen be ok for my aunt, she suffers from depression",
  ])
  func sufferingFromAConditionIsHavingIt(_ query: String) {
    let response = top(query)
    #expect(
      response.results.first?.sectionID == "august-overview/who-should-not-take-baclofen",
      "\(query): \(response.results.map(\.sectionID))")
    #expect(response.match == .strong, "\(query)")
  }

  /// Four or more keywords typed side by side are a list, not a two-word name each pair must
  /// be used close together: answered where the section uses them all; two or three side by
  /// side may still be one name the articles miss ("drug screen for a new job").
  @Test(arguments: ["mechanism receptors gaba spinal", "rehab detox dependence support"])
  func aListOfKeywordsIsNoName(_ query: String) {
    #expect(top(query).match == .strong, "\(query)")
    #expect(top("drug screen for a new job").match != .strong)
  }

  /// A question of only its frame and filler words ("when do I take the pills") is answered
  /// by a section whose heading answers what the frame asks.
  @Test(arguments: ["when do I take the pills", "how do you take the tablets"])
  func aQuestionOfOnlyItsFrameIsAnsweredByTheHeadingItAsks(_ query: String) {
    let response = top(query)
    #expect(
      response.results.first?.sectionTitle.localizedCaseInsensitiveContains("take") == true,
      "\(query): \(response.results.map(\.sectionID))")
    #expect(response.match == .strong, "\(query)")
    #expect(top("can she take them").match != .strong)
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

/// How people ask when to get help, how much is too much and whether it feels like being
/// drunk; and another medicine's dose asked with "of".
@Suite struct AskingWordsTests {
  func top(_ query: String) -> SearchResponse {
    bundledIndex.search(query, limit: 3)
  }

  /// Ringing or phoning the doctor is calling one.
  @Test func ringingTheDoctorFindsWhenToCallOne() {
    let response = top("should I ring the doctor if I get confused on baclofen")
    #expect(response.results.first?.sectionID == "spasticity-primer/when-to-call-a-doctor")
    #expect(response.match == .strong)
  }

  /// How much is too much asks the most one may take.
  @Test func howMuchIsTooMuchFindsTheDose() {
    let response = top("how much is too much baclofen")
    #expect(response.results.first?.sectionID == "august-overview/how-should-i-take-baclofen")
  }

  /// Feeling tipsy or drunk on it is feeling a bit high.
  @Test func feelingDrunkIsFeelingHigh() {
    let response = top("will baclofen make me feel tipsy")
    #expect(response.results.first?.sectionID == "cabin-dependence/does-baclofen-make-you-high")
    #expect(response.match == .strong)
  }

  /// The dose of another medicine is that medicine's dose, which no section gives.
  @Test func theDoseOfAnotherMedicineHasNoDirectAnswer() {
    #expect(top("the dose of gabapentin").match != .strong)
    #expect(top("is it ok to take with a cup of milk").match == .strong)
  }

  /// The best time of day to take it is how often and when: how to take it.
  @Test(arguments: ["what time of day should she have it", "best time to take my dose"])
  func theBestTimeOfDayIsHowToTakeIt(_ query: String) {
    let response = top(query)
    #expect(
      response.results.first?.sectionID == "august-overview/how-should-i-take-baclofen",
      "\(query): \(response.results.map(\.sectionID))")
  }
}
