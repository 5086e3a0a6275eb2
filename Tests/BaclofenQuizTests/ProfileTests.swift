import BaclofenQuiz
import Foundation
import Testing

/// An answer profile and what its result must and must not contain: ids of findings, notes
/// and disagreements, and phrases of the text export. Written from the articles: each
/// `must` is something an article says applies to such a person.
struct Profile: Sendable, CustomTestStringConvertible {
  var name: String
  var answers: [String]
  var must: [String]
  var mustNot: [String] = []
  var says: [String] = []
  var neverSays: [String] = []
  var emergency = false
  var withdrawal = false
  var testDescription: String { name }
}

/// Takes baclofen now (or may), so nothing may read as an invitation to stop it.
let currentUse: Set = ["yes", "stopping", "missed", "pump", "prefer-not"]

let noneOtherwise = [
  "symptoms-now=no", "kidney-liver=neither", "seizures=no", "mental-health=no",
  "medicines=neither", "substances=neither", "pregnancy=no", "age=adult", "activities=no",
  "allergy=no",
]

let profiles: [Profile] = [
  .init(
    name: "new spasticity patient, nothing else",
    answers: ["purpose=spasticity", "taking=no", "substance-history=no"] + noneOtherwise,
    must: ["spasticity", "spasticity-medicines", "spasticity-other", "not-starting", "addictive"],
    mustNot: ["alcohol-medicines", "taper", "coming-off", "sedatives", "young-age"]),
  .init(
    name: "pregnant, taking it for spasticity",
    answers: ["purpose=spasticity", "taking=yes", "pregnancy=pregnant"],
    must: ["pregnancy", "taper", "coming-off"], mustNot: ["not-starting"],
    says: ["If you already take it, do not stop it on your own"]),
  .init(
    name: "alcohol, cravings and withdrawal",
    answers: ["purpose=alcohol", "cravings=yes"],
    must: [
      "cravings", "alcohol-withdrawal", "drinking", "sedatives", "alcohol-off-label",
      "misuse-risk", "alcohol-medicines", "alcohol-evidence",
    ], mustNot: ["spasticity-medicines", "spasticity"],
    says: ["in severe cases, seizures", "current evidence remains uncertain"]),
  .init(
    name: "alcohol, cravings only", answers: ["purpose=alcohol", "cravings=cravings-only"],
    must: ["cravings"], mustNot: ["alcohol-withdrawal"]),
  .init(
    name: "alcohol, mixed motivation", answers: ["purpose=alcohol", "motivation=mixed"],
    must: ["not-motivated"], mustNot: ["motivated"], says: ["little or varying motivation"]),
  .init(
    name: "spasticity, already taking opioids or benzodiazepines",
    answers: ["purpose=spasticity", "taking=yes", "medicines=sedatives"],
    must: ["sedatives", "taper"], says: ["Do not stop baclofen or another medicine on your own"]),
  .init(
    name: "kidney disease", answers: ["purpose=spasticity", "kidney-liver=kidney"],
    must: ["kidney", "kidney-not-best"], mustNot: ["liver", "liver-and-kidney"],
    says: ["build up in your system"]),
  .init(
    name: "severe kidney disease, taking it",
    answers: ["purpose=spasticity", "taking=yes", "kidney-liver=kidney", "kidney-severity=severe"],
    must: ["kidney-severe", "kidney"], says: ["do not stop it on your own"]),
  .init(
    name: "liver disease, spasticity", answers: ["purpose=spasticity", "kidney-liver=liver"],
    must: ["liver"], mustNot: ["liver-naltrexone", "liver-and-kidney"],
    neverSays: ["among the better choices"]),
  .init(
    name: "liver disease, alcohol", answers: ["purpose=alcohol", "kidney-liver=liver"],
    must: ["liver"], says: ["Liver disease", "among the better choices"]),
  .init(
    name: "kidney and liver disease, alcohol, no naltrexone",
    answers: ["purpose=alcohol", "kidney-liver=both", "other-medicines=cannot-naltrexone"],
    must: ["kidney", "kidney-not-best", "liver", "liver-and-kidney", "other-medicines"],
    mustNot: ["liver-naltrexone"], neverSays: ["among the better choices"]),
  .init(
    name: "liver disease, alcohol, no naltrexone",
    answers: ["purpose=alcohol", "kidney-liver=liver", "other-medicines=cannot-naltrexone"],
    must: ["liver-naltrexone", "other-medicines"]),
  .init(
    name: "heroin user, no prescribed sedatives",
    answers: [
      "purpose=other-substance", "drug=opioids", "medicines=neither", "substances=drugs",
    ], must: ["opioids", "sedatives", "misuse-risk", "substance-other"], mustNot: ["cocaine"],
    says: ["severely slow breathing", "can be fatal"]),
  .init(
    name: "cocaine user", answers: ["purpose=other-substance", "drug=cocaine"],
    must: ["cocaine", "substance-other"], mustNot: ["opioids"]),
  .init(
    name: "symptoms now, never taken it",
    answers: ["purpose=not-sure", "taking=no", "symptoms-now=yes"], must: ["symptoms-now"],
    says: ["call emergency services"], emergency: true),
  .init(
    name: "took too much", answers: ["purpose=spasticity", "taking=yes", "symptoms-now=overdose"],
    must: ["overdose"], says: ["make yourself vomit", "can be fatal"], emergency: true),
  .init(
    name: "stopped recently", answers: ["purpose=spasticity", "taking=before"],
    must: ["stopped-before", "not-starting"], says: ["get help immediately"], withdrawal: true),
  .init(
    name: "thinking of stopping", answers: ["purpose=spasticity", "taking=stopping"],
    must: ["stopping", "coming-off"], mustNot: ["not-starting"], withdrawal: true),
  .init(
    name: "missed doses", answers: ["purpose=alcohol", "taking=missed"],
    must: ["missed-doses", "coming-off"], says: ["double dose"], withdrawal: true),
  .init(
    name: "would rather not say whether taking it",
    answers: ["purpose=spasticity", "taking=prefer-not"], must: ["taking-unsaid", "coming-off"],
    mustNot: ["not-starting"]),
  .init(
    name: "allergic, taking it", answers: ["purpose=spasticity", "taking=yes", "allergy=yes"],
    must: ["allergy"], says: ["do not stop it on your own"]),
  .init(
    name: "teenager with cerebral palsy", answers: ["purpose=spasticity", "age=young"],
    must: ["young-doses"], mustNot: ["young-age"], says: ["typical starting dose for adults"]),
  .init(
    name: "teenager, alcohol", answers: ["purpose=alcohol", "age=young"],
    must: ["young-age", "young-doses"], says: ["experimenting with prescription drugs"]),
  .init(
    name: "pump user", answers: ["purpose=spasticity", "taking=pump"],
    must: ["pump", "coming-off"], mustNot: ["not-starting"],
    says: ["ask your pump team", "fever and muscle stiffness"], neverSays: ["boxed"]),
  .init(
    name: "older driver", answers: ["purpose=spasticity", "age=older", "activities=yes"],
    must: ["older-age", "activities"]),
  .init(
    name: "seizures and mental health",
    answers: ["purpose=spasticity", "seizures=yes", "mental-health=yes"],
    must: ["seizures", "mental-health"]),
  .init(
    name: "alcohol, mental health, antidepressants",
    answers: ["purpose=alcohol", "mental-health=yes", "medicines=psychotropic"],
    must: ["alcohol-mental-health", "alcohol-psychotropics", "psychotropics", "mental-health"]),
  .init(
    name: "spasticity, drinks alcohol", answers: ["purpose=spasticity", "substances=alcohol"],
    must: ["sedatives"]),
  .init(
    name: "spasticity, no alcohol or sedatives",
    answers: ["purpose=spasticity", "substances=neither", "medicines=neither"],
    must: ["mixing"], mustNot: ["sedatives"]),
  .init(
    name: "breastfeeding", answers: ["purpose=spasticity", "pregnancy=breastfeeding"],
    must: ["breastfeeding"]),
  .init(
    name: "something else", answers: ["purpose=something-else"],
    must: ["other-use", "spasticity-medicines"]),
  .init(
    name: "not sure about symptoms now", answers: ["purpose=spasticity", "symptoms-now=not-sure"],
    must: ["symptoms-unsure"], emergency: true),
  .init(
    name: "alcohol, motivated, sleep problems, cocaine",
    answers: ["purpose=alcohol", "motivation=strong", "sleep-anxiety=yes", "cocaine=yes"],
    must: ["motivated", "sleep-anxiety", "cocaine"], mustNot: ["not-motivated"]),
  .init(
    name: "no answers", answers: [],
    must: ["common-side-effects", "coming-off", "addictive"], mustNot: ["not-starting"],
    says: ["You answered 0 of about"]),
  .init(
    name: "alcohol, high doses hard to tolerate",
    answers: ["purpose=alcohol", "taking=yes", "high-doses=yes"],
    must: ["alcohol-high-doses"], mustNot: ["high-doses"]),
  .init(
    name: "spasticity, high doses hard to tolerate",
    answers: ["purpose=spasticity", "taking=yes", "high-doses=yes"],
    must: ["high-doses"], mustNot: ["alcohol-high-doses"]),
]

@Suite struct ProfileTests {
  let questionnaire = Bundled.questionnaire

  func ids(_ evaluation: Evaluation) -> Set<String> { evaluation.shownIDs }

  @Test func thereAreAtLeastThirtyProfiles() { #expect(profiles.count >= 30) }

  @Test(arguments: profiles)
  func resultSaysWhatTheArticlesSayForTheProfile(_ profile: Profile) throws {
    let answers = try AnswerParser.parse(profile.answers, in: questionnaire)
    #expect(questionnaire.ignoredAnswers(answers).isEmpty, "answers must all be asked")
    let evaluation = questionnaire.evaluate(answers)
    let shown = ids(evaluation)
    for id in profile.must { #expect(shown.contains(id), "missing \(id)") }
    for id in profile.mustNot { #expect(!shown.contains(id), "should not show \(id)") }
    #expect(evaluation.emergency == profile.emergency)
    #expect(evaluation.withdrawalWarning == profile.withdrawal)

    let text = ResultExport.text(
      evaluation, questionnaire: questionnaire, library: Bundled.library, answers: answers)
    let flat = text.collapsed
    for phrase in profile.says { #expect(flat.contains(phrase), "should say “\(phrase)”") }
    for phrase in profile.neverSays { #expect(!flat.contains(phrase), "said “\(phrase)”") }
    try expectSafeForEveryone(evaluation, text: flat, answers: answers)
  }

  /// What every result must hold, whatever the answers.
  func expectSafeForEveryone(_ evaluation: Evaluation, text: String, answers: Answers) throws {
    let everyone = try #require(evaluation.everyone)
    #expect(
      everyone.notes.map(\.id)
        == ["common-side-effects", "serious-reactions", "mixing", "dependence", "stopping-later"])
    #expect(!text.contains("None for your answers"))
    #expect(text.contains("You answered \(evaluation.completeness.answered) of"))
    #expect(text.contains("give no numbers"))
    // Risks for everyone come before any finding for the answers.
    let risks = try #require(text.range(of: everyone.title))
    let findings = try #require(text.range(of: "For your answers"))
    #expect(risks.lowerBound < findings.lowerBound)
    if evaluation.emergency {
      let help = try #require(text.range(of: ResultDocument.heading(.urgent)))
      #expect(help.lowerBound < risks.lowerBound)
    }
    // Each cited article is shown with its kind of publisher.
    for date in evaluation.articleDates(in: Bundled.library) {
      #expect(date.publisherKind != nil, "\(date.articleID)")
      #expect(text.contains(date.publisherSummary), "\(date.articleID)")
    }
    // Someone who takes it (or may) is never told anything that reads as "stop it".
    let taking = questionnaire.effectiveAnswers(answers)["taking"]
    if taking.map(currentUse.contains) ?? true {
      for item in evaluation.findings.map(\.text) + evaluation.notes.map(\.text) {
        let lower = item.lowercased()
        #expect(!lower.contains("is also an option"), "\(item)")
        if lower.contains("should not take") || lower.contains("not be able to take") {
          #expect(lower.contains("do not stop"), "\(item)")
        }
      }
    }
  }
}

/// The agreement tests of the reader, line mode and the command line read this table's
/// answers from `Tests/answer-profiles.txt`: it must list them all, in order, and may add more
/// paths after them, each valid and not a repeat.
@Test func theSharedProfileFileHasThisTablesAnswers() throws {
  let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("answer-profiles.txt")
  let lines = try String(contentsOf: file, encoding: .utf8)
    .split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("#") }
    .dropLast().map { $0.split(separator: " ").map(String.init) }
  let table = profiles.map(\.answers)
  #expect(Array(lines.prefix(table.count)) == table)
  let more = lines.dropFirst(table.count)
  #expect(Set(more).count == more.count && Set(more).isDisjoint(with: table))
  for answers in more {
    #expect(throws: Never.self) { try AnswerParser.parse(answers, in: Bundled.questionnaire) }
  }
}
