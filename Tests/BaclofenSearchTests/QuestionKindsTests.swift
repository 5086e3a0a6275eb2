import BaclofenBundled
import BaclofenContent
import Testing

@testable import BaclofenSearch

/// The kind of question a query asks lifts the sections whose headings answer that kind.
@Suite struct QuestionKindsTests {
  func top(_ query: String) -> String? {
    bundledIndex.search(query, limit: 3).results.first?.sectionID
  }

  /// Cue words say what is asked where the words themselves are spread over many sections:
  /// "often" and "dose" ask how to take it, "habit forming" whether it is addictive, "has"
  /// and "ok for" who should not take it.
  @Test(arguments: [
    ("how often do you take it", "august-overview/how-should-i-take-baclofen"),
    ("what dose do people start on", "august-overview/how-should-i-take-baclofen"),
    ("is it habit forming", "cabin-dependence/is-baclofen-addictive"),
    ("uncle has kidney trouble, is it ok for him", "august-overview/kidney-disease"),
  ])
  func theSectionOfTheKindAskedComesFirst(_ query: String, _ expected: String) {
    #expect(top(query) == expected)
  }

  /// The lift never answers a question by itself: an uncovered question of a known kind
  /// ("how much" of something the articles never name) stays without a direct answer.
  @Test func aKindAloneIsNoAnswer() {
    #expect(bundledIndex.search("how much parsley can I eat", limit: 3).match != .strong)
  }

  /// A heading answers every kind that names it, but not by a phrase inside a longer one of
  /// another kind: "Missed dose" is not a dose heading, and "How to take it for drinking"
  /// answers both how to take it and drinking.
  @Test func aHeadingAnswersEveryKindNamingIt() {
    let (kinds, issues) = QuestionKinds.parse(
      "[missed]\nasks: forgot\nheadings: missed dose\n[amount]\nasks: dose\nheadings: dose,"
        + " how to take\n[drinking]\nasks: drink\nheadings: drinking\n",
      path: "question-kinds.txt")
    #expect(issues.isEmpty)
    #expect(kinds.kinds(ofHeading: ["missed", "dose"]) == 0b001)
    #expect(kinds.kinds(ofHeading: ["typical", "dose"]) == 0b010)
    #expect(kinds.kinds(ofHeading: ["how", "to", "take", "it", "for", "drinking"]) == 0b110)
    #expect(kinds.kinds(ofHeading: ["driving"]) == 0)
  }

  /// A cue matches whole terms: "stop" asks about stopping, but not inside "stop drinking".
  @Test func aCueMatchesWholeTermsOnly() {
    let (kinds, _) = QuestionKinds.parse(
      "[stopping]\nasks: stop\nheadings: stopping\n", path: "question-kinds.txt")
    let words = ["stop", "drinking"]
    #expect(kinds.asked(words, starts: [true, true], ends: [true, true]) == 1)
    #expect(kinds.asked(words, starts: [true, false], ends: [false, true]) == 0)
  }

  /// "can't" is split as the index splits it, so a cue written with an apostrophe matches.
  @Test func cuesAreSplitAsTheIndexSplitsWords() {
    let (kinds, _) = QuestionKinds.parse(
      "[k]\nasks: Won't wake\nheadings: x\n", path: "question-kinds.txt")
    #expect(kinds.kinds.first?.asks == [["won", "t", "wake"]])
  }

  /// Lines with accents or Unicode spaces read as plain ones do: trimmed, folded, split.
  @Test func accentedAndIndentedLinesReadLikePlainOnes() {
    let (kinds, issues) = QuestionKinds.parse(
      "\t[ k ]  \n  asks:\u{00A0}Café au LAIT ,\tNo2 pill\u{2003}\nheadings : Naïve\n",
      path: "question-kinds.txt")
    #expect(issues.isEmpty)
    #expect(kinds.kinds.map(\.name) == ["k"])
    #expect(kinds.kinds.first?.asks == [["cafe", "au", "lait"], ["no2", "pill"]])
    #expect(kinds.kinds.first?.headings == [["naive"]])
  }

  /// A malformed file names the line of each problem.
  @Test func problemsNameTheirLine() {
    let (_, issues) = QuestionKinds.parse(
      "# kinds\nasks: early\n[a]\nheard: x\nasks: one, , two\n[a]\n", path: "question-kinds.txt")
    #expect(issues.map(\.line) == [2, 4, 5, 6])
    #expect(issues.allSatisfy { $0.path == "question-kinds.txt" })
  }

  /// The shipped file reads without a problem and every kind has cues (asks or frames) and,
  /// unless it is only frames, headings.
  @Test func theBundledKindsAreWellFormed() throws {
    let (kinds, issues) = QuestionKinds.load(BundledContent.files)
    #expect(issues.isEmpty)
    #expect(kinds.kinds.count >= 10)
    for kind in kinds.kinds {
      // A kind of only frames ("is that true") needs no heading: it weighs how a question is
      // put.
      #expect(
        !(kind.asks.isEmpty && kind.frames.isEmpty)
          && !(kind.headings.isEmpty && !kind.asks.isEmpty), "\(kind.name)")
    }
  }
}

/// A misspelling too far from the word by edit distance is corrected when it sounds the same.
@Suite struct SoundAlikeTests {
  @Test func aSpellingThatSoundsTheSameIsCorrected() {
    let response = bundledIndex.search("sirosis of the liver", limit: 3)
    #expect(response.correctedQuery?.contains("cirrhosis") == true)
    #expect(response.results.first?.sectionID == "ria-aud/baclofen-for-patients-with-liver-disease")
  }

  @Test func soundKeys() {
    #expect(SoundAlike.key("cirrhosis") == SoundAlike.key("sirosis"))
    #expect(SoundAlike.key("phlegm") == SoundAlike.key("flegm"))
    #expect(SoundAlike.key("sedation") != SoundAlike.key("station"))
  }

  /// A real English word the articles lack is never turned into another by its sound.
  @Test func aRealWordIsNotCorrectedBySound() {
    #expect(bundledIndex.search("citizen", limit: 3).correctedQuery == nil)
  }
}
