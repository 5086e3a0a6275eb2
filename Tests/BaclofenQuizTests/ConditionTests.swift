import BaclofenQuiz
import Testing

/// `all`, `any` and `not` in conditions: what they mean, and what `check` says about them.
@Suite struct ConditionTests {
  /// The bundled questionnaire with the older-adults finding's condition replaced.
  func questionnaire(olderWhen condition: String) throws -> (Questionnaire?, [String]) {
    let yaml = Bundled.yaml.replacingOccurrences(
      of: "when: {age: [older]}", with: "when: \(condition)")
    #expect(yaml != Bundled.yaml)
    let (questionnaire, issues) = Bundled.load(yaml)
    return (questionnaire, issues.map(\.description))
  }

  func fires(_ questionnaire: Questionnaire, _ answers: [String]) throws -> Bool {
    let parsed = try AnswerParser.parse(answers, in: questionnaire)
    return questionnaire.evaluate(parsed).findings.contains { $0.id == "older-age" }
  }

  @Test func notHoldsForOtherAnswersAndForNoAnswer() throws {
    let (loaded, issues) = try questionnaire(olderWhen: "{age: {not: [older, adult]}}")
    #expect(issues.isEmpty, "\(issues)")
    let q = try #require(loaded)
    #expect(try fires(q, ["age=young"]))
    #expect(try fires(q, []))
    #expect(try !fires(q, ["age=older"]))
    #expect(try !fires(q, ["age=adult"]))
  }

  @Test func anyAllAndNotCombine() throws {
    let (loaded, issues) = try questionnaire(
      olderWhen: "{any: [{age: [older]}, {seizures: [yes]}], not: {allergy: [yes]}}")
    #expect(issues.isEmpty, "\(issues)")
    let q = try #require(loaded)
    #expect(try fires(q, ["age=older"]))
    #expect(try fires(q, ["seizures=yes", "allergy=no"]))
    #expect(try !fires(q, ["seizures=yes", "allergy=yes"]))
    #expect(try !fires(q, ["age=adult"]))
    let (all, _) = try questionnaire(olderWhen: "{all: [{age: [older]}, {seizures: [yes]}]}")
    let both = try #require(all)
    #expect(try fires(both, ["age=older", "seizures=yes"]))
    #expect(try !fires(both, ["age=older"]))
  }

  @Test func contradictionIsReportedAsNeverApplying() throws {
    let (_, issues) = try questionnaire(
      olderWhen: "{all: [{age: [older]}, {age: {not: [older]}}]}")
    #expect(issues.contains { $0.contains("finding `older-age` can never apply") }, "\(issues)")
  }

  @Test func askedWhenCannotUseNot() throws {
    let yaml = Bundled.yaml.replacingOccurrences(
      of: "askedWhen: {kidney-liver: [kidney, both]}",
      with: "askedWhen: {kidney-liver: {not: [neither, liver, not-sure]}}")
    let issues = Bundled.load(yaml).1.map(\.description)
    #expect(issues.contains { $0.contains("`askedWhen` cannot use `not`") }, "\(issues)")
  }

  @Test func publisherKindIsRequiredForCitedArticles() {
    #expect(Bundled.library.articles.allSatisfy { $0.provenance.publisherKind != nil })
    #expect(
      Bundled.library.article(id: "ria-aud")?.provenance.publisherKind == .treatmentProvider)
  }
}
