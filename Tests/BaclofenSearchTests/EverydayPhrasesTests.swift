import BaclofenSearch
import Testing

/// Everyday phrases that say one thing in several words: that the medicine is not working,
/// that something else is wanted, that it was taken by accident, that it calms the nerves;
/// and things the articles never cover, named whole so that one of their words ("blood",
/// "falling", "country") does not find a section about something else.
@Suite struct EverydayPhrasesTests {
  func top(_ query: String) -> SearchResponse {
    bundledIndex.search(query, limit: 3)
  }

  /// "Not doing anything", "not cutting it", "doesn't control" say it is not working: the
  /// alternatives to try, first.
  @Test(arguments: [
    "baclofen is not doing anything for my cramps",
    "these pills just aren't cutting it for the stiffness",
    "baclofen doesn't control his jerking legs",
  ])
  func notDoingAnythingIsNotWorking(_ query: String) {
    let response = top(query)
    #expect(
      response.results.first?.sectionID == "august-overview/baclofen-alternatives",
      "\(query): \(response.results.map(\.sectionID))")
  }

  /// "Anything other than baclofen" asks for the alternatives.
  @Test func anythingOtherThanAsksForAlternatives() {
    let response = top("is there anything other than baclofen for tight legs")
    #expect(response.results.first?.sectionID == "august-overview/baclofen-alternatives")
    #expect(response.match == .strong)
  }

  /// Taken "by accident" is the accidental overdose.
  @Test func byAccidentIsTheAccidentalOverdose() {
    let response = top("swallowed two by accident")
    #expect(response.results.first?.sectionID == "august-overview/overdose")
  }

  /// "Gonna", "popped" are said, not asked about: "am I gonna need these forever" is how long.
  @Test func spokenFormsAreFiller() {
    let response = top("am I gonna need these tablets forever")
    #expect(
      response.results.first?.sectionID == "august-overview/how-long-should-i-take-baclofen-for")
    #expect(response.match == .strong)
  }

  /// A jab is an injection, among the alternatives.
  @Test func aJabIsAnInjection() {
    let response = top("could I have a jab rather than tablets")
    #expect(
      response.results.contains { $0.sectionID == "august-overview/baclofen-alternatives" },
      "\(response.results.map(\.sectionID))")
  }

  /// "How many a day", "how many per day" ask the dose.
  @Test func howManyPerDayIsTheDose() {
    let response = top("how many per day is normal")
    #expect(
      response.results.contains { $0.sectionID == "spasticity-primer/typical-dose" },
      "\(response.results.map(\.sectionID))")
    #expect(response.match == .strong)
  }

  /// A tolerance built up is needing more to feel the same effects: dependence.
  @Test func aToleranceIsNeedingMoreForTheSameEffects() {
    let response = top("have I built up a tolerance to it")
    let dependence: Set = [
      "cabin-dependence/is-baclofen-addictive", "cabin-dependence/can-baclofen-be-abused",
    ]
    #expect(
      response.results.first.map { dependence.contains($0.sectionID) } == true,
      "\(response.results.map(\.sectionID))")
    #expect(
      top("tolerance").results.contains {
        $0.sectionID == "cabin-dependence/can-baclofen-be-abused"
      })
  }

  /// Going into a clinic to come off it is the inpatient treatment among the approaches.
  @Test func goingIntoAClinicIsInpatientTreatment() {
    let response = top("does she need to go into a clinic to come off it")
    #expect(response.results.first?.sectionID == "cabin-dependence/treatment-approaches")
  }

  /// Taking it when clubbing or at parties is taking it recreationally.
  @Test func takingItWhenClubbingIsRecreational() {
    let response = top("my flatmate takes baclofen when clubbing")
    #expect(response.results.first?.sectionID == "cabin-dependence/can-you-get-high-on-baclofen")
  }

  /// Ditching it is stopping it.
  @Test func ditchingItIsStopping() {
    let response = top("thinking of ditching baclofen")
    #expect(response.aboutStopping)
    #expect(
      response.results.contains { $0.sectionID == "august-overview/stopping-baclofen" },
      "\(response.results.map(\.sectionID))")
  }

  /// Muscles that seize or lock up are stiff muscles, which baclofen treats.
  @Test func musclesSeizedUpAreStiffMuscles() {
    let response = top("his muscles seized up overnight")
    #expect(
      response.results.first.map { Answers.treatingSpasms.contains($0.sectionID) } == true,
      "\(response.results.map(\.sectionID))")
    #expect(response.match == .strong)
  }

  /// Driving the children to school is driving.
  @Test func drivingTheKidsToSchoolIsDriving() {
    let response = top("can I drive my kids to school on baclofen")
    #expect(response.results.first?.sectionID == "august-overview/driving")
    #expect(response.match == .strong)
  }

  /// Feeling strange or weird on it is the "feel different" of high doses.
  @Test func feelingStrangeIsFeelingDifferent() {
    let response = top("baclofen makes me feel strange")
    #expect(response.results.first?.sectionID == "cabin-dependence/does-baclofen-make-you-high")
  }

  /// Calming the nerves is the anxiety some people take it for, which the misuse section
  /// names.
  @Test func calmingTheNervesIsAnxiety() {
    let response = top("I use baclofen to calm my nerves on bad days")
    #expect(
      response.results.contains { $0.sectionID == "cabin-dependence/can-baclofen-be-abused" },
      "\(response.results.map(\.sectionID))")
  }

  /// Giving blood, hair loss and travelling abroad or by air are in no article: no direct
  /// answer, never a blood test, a fall or the countries a brand is sold in.
  @Test(arguments: [
    "is it ok to donate blood on baclofen", "losing my hair since starting the tablets",
    "going abroad with my baclofen tablets", "flying with baclofen",
  ])
  func aTopicNamedWholeThatNoArticleCoversHasNoDirectAnswer(_ query: String) {
    #expect(top(query).match != .strong, "\(query)")
  }
}
