import BaclofenSearch
import Testing

@Suite struct SearchBehaviourTests {
  func ids(_ query: String, limit: Int = 10) -> [String] {
    bundledIndex.search(query, limit: limit).results.map(\.sectionID)
  }

  @Test(arguments: [
    "", "   ", "\"", "\"\"", "*", "-", ":", "^", "(", ")", "()", "AND", "OR", "NOT", "NEAR(",
    "NEAR(a b", "\"unbalanced", "a*b", "-x", "col:term", "sectionTitle:kidney", "{body}:x",
    "\u{0}", "\u{1B}[31m\u{7}", "\u{202E}", "🙂🙂", "👩‍⚕️", "שלום עולם", "مرحبا بالعالم",
    "ǅ̈̈̈", String(repeating: "x", count: 10_000), String(repeating: "kidney ", count: 1_500),
  ])
  func oddInputNeverFails(_ query: String) {
    let response = bundledIndex.search(query)
    #expect(response.query == query)
    #expect(response.results.count <= 20)
  }

  /// Syntax around a real word is treated as text: the word is still found, so the query
  /// did not fail and get swallowed as an empty result.
  @Test(arguments: [
    "kidney\" AND (", "NEAR(kidney", "kidney OR NOT", "^kidney*", "-kidney", "kidney:", "(kidney)",
    "kidney \u{1B}[2J", "kidney 🙂", "kidney שלום", "{sectionTitle} : kidney",
    String(repeating: "(", count: 200) + " kidney " + String(repeating: "\"", count: 10_000),
  ])
  func syntaxAroundAWordStillFindsIt(_ query: String) {
    #expect(ids(query).contains("august-overview/kidney-disease"), "\(query.prefix(40))")
  }

  @Test func quotedWordsAreSearchedAsAPhrase() {
    let results = bundledIndex.search("\"spinal fluid\"").results
    #expect(!results.isEmpty)
    for result in results {
      #expect(result.snippet.marked().contains("**spinal fluid**"))
    }
    #expect(bundledIndex.search("\"fluid spinal\"").results.isEmpty)
  }

  @Test func theLastWordMatchesAsAPrefixWhileTyping() {
    #expect(ids("hicc").first == "spasticity-primer/off-label-uses-you-might-hear-about")
    #expect(bundledIndex.search("hicc").correctedQuery == nil)
    #expect(ids("breastf").contains("august-overview/who-should-not-take-baclofen"))
  }

  @Test func misspeltWordsAreCorrected() {
    let response = bundledIndex.search("baclofin withdrawl")
    #expect(response.correctedQuery == "baclofen withdrawal")
    #expect(!response.results.isEmpty)
    #expect(bundledIndex.search("tizanadine").correctedQuery == "tizanidine")
    // While typing, an unfinished word is a prefix; once finished, it is corrected.
    #expect(bundledIndex.search("naltrexon").correctedQuery == nil)
    #expect(bundledIndex.search("naltrxone ").correctedQuery == "naltrexone")
    #expect(bundledIndex.search("kidney disease").correctedQuery == nil)
    // Words of the synonym table are known words, not typos.
    #expect(bundledIndex.search("booze").correctedQuery == nil)
    // Swapped first letters are a typo; a different first letter is another word.
    #expect(bundledIndex.search("abclofen").correctedQuery == "baclofen")
    #expect(bundledIndex.search("weight gain").correctedQuery == nil)
    #expect(bundledIndex.search("cost").correctedQuery == nil)
    #expect(bundledIndex.search("cost").results.isEmpty)
    // Four or five letters: one more, one fewer or two swapped, not one changed.
    #expect(bundledIndex.search("how fast does it work").correctedQuery == nil)
    #expect(bundledIndex.search("kidny").correctedQuery == "kidney")
    #expect(bundledIndex.search("livr").correctedQuery == "liver")
  }

  @Test func aResponseSaysWhenMoreSectionsMatchThanItHolds() {
    #expect(bundledIndex.search("side effects", limit: 3).moreResults)
    let all = bundledIndex.search("tizanidine", limit: 20)
    #expect(!all.results.isEmpty && !all.moreResults)
    let exact = bundledIndex.search("tizanidine", limit: all.results.count)
    #expect(!exact.moreResults, "exactly as many as match is not more")
  }

  @Test func maximumDoseFindsTheDailyMaximum() {
    #expect(ids("max dose", limit: 3).contains("august-overview/how-should-i-take-baclofen"))
  }

  @Test func everydayWordsAndAbbreviationsFindTheSections() {
    #expect(ids("renal", limit: 3).contains("august-overview/kidney-disease"))
    let ms = bundledIndex.search("MS", limit: 5).results
    #expect(!ms.isEmpty)
    for result in ms {
      let text = result.snippet.text.lowercased()
      #expect(text.contains("multiple sclerosis") || text.contains("ms"))
    }
    let booze = bundledIndex.search("booze", limit: 5).results
    #expect(!booze.isEmpty)
    #expect(
      booze.allSatisfy {
        $0.snippet.text.lowercased().contains("alcohol")
          || $0.snippet.text.lowercased().contains("drink")
      })
    #expect(ids("elderly", limit: 1) == ["august-overview/who-should-not-take-baclofen"])
    #expect(ids("valium", limit: 1) == ["august-overview/baclofen-alternatives"])
  }

  @Test func oneWaySynonymsDoNotExpandBackwards() {
    // "fits" means seizures, but a search for seizures must not find "one-size-fits-all".
    #expect(!ids("seizures").contains("cabin-dependence/treatment-approaches"))
  }

  @Test func queriesAboutStoppingAreFlagged() {
    for query in ["what if I quit", "cold turkey", "baclofin withdrawl", "how to taper", "stop"] {
      #expect(bundledIndex.search(query).aboutStopping, "\(query)")
    }
    for query in ["kidney", "side effects", "can I drive"] {
      #expect(!bundledIndex.search(query).aboutStopping, "\(query)")
    }
  }

  @Test func snippetsMarkTheMatchedWords() {
    let snippet = Snippet(text: "a kidney and kidneys", highlights: [2..<8, 13..<20])
    #expect(snippet.marked() == "a **kidney** and **kidneys**")
    #expect(snippet.marked(open: "[", close: "]") == "a [kidney] and [kidneys]")
    // Offsets count characters, not bytes; a highlight past the end or overlapping the one
    // before is left out.
    let quoted = Snippet(text: "“Renal” é kidney", highlights: [1..<6, 3..<5, 10..<16, 15..<40])
    #expect(quoted.marked() == "“**Renal**” é **kidney**")
    let first = bundledIndex.search("renal").results.first
    #expect(first?.snippet.marked().contains("**kidney") == true)
    for highlight in first?.snippet.highlights ?? [] {
      let word = String(Array(first!.snippet.text)[highlight]).lowercased()
      #expect(word.hasPrefix("kidney"))
    }
  }

  @Test func listItemsInASnippetStayApartAndHighlightsStayOnTheirWords() throws {
    let result = try #require(
      bundledIndex.search("withdrawal symptoms liver disease").results.first {
        $0.sectionID == "ria-aud/baclofen-may-be-helpful-if"
      })
    let text = result.snippet.text
    // Items without closing punctuation are kept apart; none runs into the next.
    #expect(text.contains("cravings for alcohol \u{B7} You have liver disease"))
    #expect(!text.contains("alcohol You"))
    #expect(!text.contains("\n"))
    let words = result.snippet.highlights.map { String(Array(text)[$0]).lowercased() }
    #expect(words.contains("liver disease") || words.contains("liver"))
    for word in words {
      #expect(["withdrawal", "symptoms", "liver", "disease"].contains { word.contains($0) })
    }
  }

  @Test func matchRangesCoverStemVariantsCaseAndDiacritics() {
    let response = bundledIndex.search("seizure naltrexone")
    let text = "Seizures, a SEIZURE, Naltrexóne; seized nothing"
    let words = response.matchRanges(in: text).map { String(text[$0]) }
    #expect(words == ["Seizures", "SEIZURE", "Naltrexóne"])
    let synonyms = bundledIndex.search("renal").matchRanges(in: "Kidneys and renal function")
    #expect(synonyms.count == 2)
    #expect(bundledIndex.search("").matchRanges(in: "anything").isEmpty)
  }

  @Test func resultsCarryIDsThatTheLibraryKnows() {
    let results = bundledIndex.search("baclofen", limit: 100).results
    #expect(results.count > 20)
    for result in results {
      let section = bundledLibrary.section(id: result.sectionID)
      #expect(section?.title == result.sectionTitle)
      #expect(section?.articleID == result.articleID)
    }
    #expect(bundledIndex.search("baclofen", limit: 3).results.count == 3)
    let scores = results.map(\.score)
    #expect(scores == scores.sorted(by: >))
  }
}
