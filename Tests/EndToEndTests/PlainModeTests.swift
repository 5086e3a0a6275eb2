import Foundation
import Testing

/// `baclofen --plain`: the line-oriented reader for screen readers — prompts and lines, no
/// escape sequences, no full-screen redraws.
@Suite struct PlainModeTests {
  func session(_ input: [String]) throws -> Binary.Result {
    try Binary.run(["--plain"], input: input.joined(separator: "\n") + "\n")
  }

  @Test func readsContentsAndSectionsAsLines() throws {
    let result = try session(["c", "1", "2", "n", "q"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Never stop baclofen suddenly"))
    #expect(result.stdout.contains("1. Baclofen for Alcohol Use Disorder"))
    #expect(
      result.stdout.contains(
        "Ria Health (a treatment provider that prescribes baclofen) · Medically reviewed by "
          + "Dr. Paul R. Linde, MD"))
    #expect(result.stdout.contains("What Is Baclofen? (Baclofen for Alcohol Use Disorder)"))
    #expect(result.stdout.contains("How Does Baclofen Work? (Baclofen for Alcohol Use Disorder)"))
    #expect(!result.stdout.contains("\u{1B}"), "no escape sequences in plain mode")
    #expect(result.stdout.contains("Goodbye."))
  }

  @Test func searchesAndOffersTheWarningForStopping() throws {
    let result = try session(["/baclofin withdrawl", "1", "/how do i stop taking it", "w", "q"])
    #expect(result.stdout.contains("Showing results for “baclofen withdrawal”."))
    #expect(result.stdout.contains("type w for the withdrawal warning"))
    #expect(result.stdout.contains("NEVER STOP BACLOFEN SUDDENLY"))
    let few = try session(["/tizanidine", "/side effects", "q"])
    // As many results as the search screen offers, summed up in its words.
    #expect(few.stdout.contains("The best 16 sections; more match."))
    #expect(few.stdout.contains("> 2 sections."), "all tizanidine sections, nothing more")
  }

  @Test func theWarningsSourcesAreNumberedAndOpenByNumber() throws {
    let result = try session(["w", "2", "q"])
    #expect(result.stdout.contains("[sources: 1. "))
    #expect(
      result.stdout.contains(
        "; 2. Baclofen for Spasticity: Uses and Safety in Brief (publisher not named) › Major"))
    #expect(result.stdout.contains("Type a source's number to read it."))
    // 2 reads the section numbered 2 in the warning, not the second article.
    #expect(result.stdout.contains("> Major caution (Baclofen for Spasticity: Uses and Safety"))
  }

  @Test func takesTheQuestionnaireWithNumbers() throws {
    // Purpose: muscle spasticity; then "Prefer not to say"/"No" style answers until the end.
    let answers = ["s", "1"] + Array(repeating: "2", count: 20) + ["q"]
    let result = try session(answers)
    #expect(result.stdout.contains("Question 1 of about"))
    #expect(result.stdout.contains("In favour"))
    #expect(result.stdout.contains("not a recommendation to start or"))
    #expect(result.stdout.contains("Sources:"))
  }

  @Test func endOfInputEndsQuietly() throws {
    let result = try Binary.run(["--plain"], input: "")
    #expect(result.status == 0)
  }
}
