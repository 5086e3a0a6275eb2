import BaclofenSearch
import Testing

/// Which terms a query's words make: a word that only makes another stronger does not split a
/// phrase, and of two overlapping terms of different meanings the one reaching further wins.
@Suite struct TermChoiceTests {
  static let sideEffectSections: Set<String> = [
    "august-overview/what-are-the-side-effects-of-baclofen",
    "ria-aud/side-effects-of-baclofen", "spasticity-primer/common-side-effects",
    "august-overview/who-should-not-take-baclofen",
  ]

  func top(_ query: String) -> String? {
    bundledIndex.search(query, limit: 3).results.first?.sectionID
  }

  /// "feeling very low" is the phrase "feeling low": low mood, which the articles list.
  @Test(arguments: ["feeling very low lately", "feeling so low these days"])
  func anIntensifierDoesNotSplitAPhrase(_ query: String) {
    #expect(top(query).map(Self.sideEffectSections.contains) == true)
    #expect(bundledIndex.search(query, limit: 3).match == .strong)
  }

  /// "keeps falling asleep" is falling asleep (drowsiness), not falls: "fall into the habit"
  /// is not the answer.
  @Test func theTermReachingFurtherWins() {
    let ids = bundledIndex.search("grandad keeps falling asleep in front of the tv", limit: 3)
      .results.map(\.sectionID)
    #expect(ids.contains(where: Self.sideEffectSections.contains))
    #expect(!ids.contains("cabin-dependence/can-baclofen-be-abused"))
  }

  /// Two overlapping terms of one meaning stay the first: "seeing things" and "things that
  /// aren't there" are both hallucinations.
  @Test func overlappingTermsOfOneMeaningKeepTheFirst() {
    let top = top("dad keeps seeing things that aren't there lately")
    #expect(top.map(Self.sideEffectSections.contains) == true)
  }
}

/// Another medicine the articles name, asked about with a term ("side effects", "typical
/// dose"): the two must be used together, or the answer is about baclofen, not it.
@Suite struct AnotherMedicinesAspectTests {
  @Test(arguments: ["naltrexone side effects", "diazepam side effects"])
  func anotherMedicinesSideEffectsAreNoDirectAnswer(_ query: String) {
    #expect(bundledIndex.search(query, limit: 3).match != .strong)
  }

  /// Baclofen's own, or a common word before the term, still answer directly.
  @Test(arguments: ["baclofen side effects", "elderly side effects"])
  func theMedicinesOwnStillAnswer(_ query: String) {
    #expect(bundledIndex.search(query, limit: 3).match == .strong)
  }
}
