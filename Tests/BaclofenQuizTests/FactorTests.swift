import BaclofenQuiz
import Testing

/// One suitability factor from the articles: answers that raise it, the kind of finding it
/// must give, and a word the cited section must contain (so the citation names the factor).
struct Factor: Sendable, CustomTestStringConvertible {
  var name: String
  var answers: [String]
  var kind: FindingKind
  var keyword: String
  var testDescription: String { name }

  init(_ name: String, _ answers: [String], _ kind: FindingKind, _ keyword: String) {
    self.name = name
    self.answers = answers
    self.kind = kind
    self.keyword = keyword
  }
}

let factors: [Factor] = [
  .init("spasticity", ["purpose=spasticity"], .favours, "spasticity"),
  .init("cravings", ["purpose=alcohol", "cravings=yes"], .favours, "cravings"),
  .init("withdrawal symptoms", ["purpose=alcohol", "cravings=yes"], .favours, "withdrawal"),
  .init(
    "liver disease and no naltrexone",
    ["purpose=alcohol", "other-medicines=cannot-naltrexone", "kidney-liver=liver"], .favours,
    "naltrexone"),
  .init("also cocaine", ["purpose=alcohol", "cocaine=yes"], .favours, "cocaine"),
  .init(
    "other medicines did not help", ["purpose=alcohol", "other-medicines=not-helped"], .favours,
    "other medications for alcoholism"),
  .init("insomnia", ["purpose=alcohol", "sleep-anxiety=yes"], .favours, "insomnia"),
  .init("anxiety", ["purpose=alcohol", "sleep-anxiety=yes"], .favours, "anxiety"),
  .init("strong motivation", ["purpose=alcohol", "motivation=strong"], .favours, "motivated"),
  .init("no motivation", ["purpose=alcohol", "motivation=not-motivated"], .caution, "motivated"),
  .init("kidney disease", ["kidney-liver=kidney"], .caution, "kidney"),
  .init("kidney and liver disease", ["kidney-liver=both"], .caution, "kidney"),
  .init("seizures", ["seizures=yes"], .caution, "seizure"),
  .init("mental health", ["mental-health=yes"], .caution, "mental health"),
  .init(
    "mental health for alcohol", ["purpose=alcohol", "mental-health=yes"], .caution,
    "psychological disorder"),
  .init(
    "substance misuse history", ["purpose=spasticity", "substance-history=yes"], .caution,
    "substance"),
  .init("alcohol use: misuse risk", ["purpose=alcohol"], .caution, "alcohol withdrawal"),
  .init("opioids", ["medicines=sedatives"], .caution, "opioids"),
  .init("benzodiazepines", ["medicines=sedatives"], .caution, "benzodiazepines"),
  .init("sedation and breathing", ["medicines=both"], .caution, "breathing"),
  .init(
    "psychotropic medicines", ["purpose=alcohol", "medicines=psychotropic"], .caution,
    "psychotropic"),
  .init("other medicines: interactions", ["medicines=psychotropic"], .caution, "drugs you take"),
  .init("pregnancy", ["pregnancy=pregnant"], .caution, "pregnant"),
  .init("planning pregnancy", ["pregnancy=planning"], .caution, "planning to become pregnant"),
  .init("breastfeeding", ["pregnancy=breastfeeding"], .caution, "breastfeeding"),
  .init("older age", ["age=older"], .caution, "older adults"),
  .init("young age", ["age=young"], .caution, "young adults"),
  .init("driving", ["activities=yes"], .caution, "driving"),
  .init("machinery", ["activities=yes"], .caution, "machinery"),
  .init("physically demanding job", ["activities=yes"], .caution, "physically demanding"),
  .init(
    "cannot tolerate high doses", ["purpose=alcohol", "taking=yes", "high-doses=yes"], .caution,
    "tolerate high doses"),
  .init(
    "high doses for spasticity", ["purpose=spasticity", "taking=yes", "high-doses=yes"],
    .caution, "higher oral doses"),
  .init("allergy", ["allergy=yes"], .against, "allergy"),
  .init("hallucinations now", ["symptoms-now=yes"], .urgent, "hallucinations"),
  .init("trouble breathing now", ["symptoms-now=yes"], .urgent, "trouble breathing"),
  .init("severe sedation now", ["symptoms-now=yes"], .urgent, "severe sedation"),
  .init("high fever now", ["symptoms-now=yes"], .urgent, "high fever"),
  .init("seizures now", ["symptoms-now=yes"], .urgent, "seizures"),
  .init("confusion now", ["symptoms-now=yes"], .urgent, "confusion"),
  .init("overdose", ["symptoms-now=overdose"], .urgent, "more baclofen than prescribed"),
  // Not sure whether one has these symptoms now is treated as urgent: not waiting is safer.
  .init("unsure about symptoms", ["symptoms-now=not-sure"], .urgent, "severe sedation"),
  .init("thinking of stopping", ["taking=stopping"], .caution, "stop"),
  .init("missed doses", ["taking=missed"], .caution, "missed dose"),
  .init("taking it now", ["taking=yes"], .caution, "taper"),
  // The source's liver comparison is between medicines for alcohol use only.
  .init(
    "liver disease (favours)", ["purpose=alcohol", "kidney-liver=liver"], .favours,
    "liver disease"),
  .init("liver disease (caution)", ["kidney-liver=liver"], .caution, "liver disease"),
  // Drinking while starting describes one provider's practice; it is not a reason in favour.
  .init("drinking while starting", ["purpose=alcohol"], .caution, "while drinking"),
  .init("liver and kidney disease", ["purpose=alcohol", "kidney-liver=both"], .caution, "kidneys"),
  .init("stopped before", ["taking=before"], .caution, "withdrawal"),
  .init(
    "severe kidney disease", ["kidney-liver=kidney", "kidney-severity=severe"], .against,
    "severe kidney disease"),
  .init("pump", ["taking=pump"], .caution, "intrathecal"),
  .init("taking: prefer not to say", ["taking=prefer-not"], .caution, "suddenly"),
  .init("never mix with alcohol", ["purpose=alcohol"], .caution, "mixed with alcohol"),
  .init("strong evidence (ria)", ["purpose=alcohol"], .favours, "strong evidence"),
  .init("weak evidence (oxford)", ["purpose=alcohol"], .caution, "placebo"),
  .init("cocaine evidence mixed", ["purpose=other-substance"], .caution, "cocaine"),
  .init("opioid evidence anecdotal", ["purpose=other-substance"], .caution, "anecdotal"),
  .init("other purposes", ["purpose=something-else"], .caution, "off-label"),
  .init("off-label for alcohol", ["purpose=alcohol"], .caution, "off-label"),
]

@Suite struct FactorTests {
  let questionnaire = Bundled.questionnaire

  @Test(arguments: factors)
  func factorGivesCitedFinding(_ factor: Factor) throws {
    let answers = try AnswerParser.parse(factor.answers, in: questionnaire)
    #expect(questionnaire.ignoredAnswers(answers).isEmpty, "answers must all be asked")
    let evaluation = questionnaire.evaluate(answers)
    let matching = evaluation.findings(factor.kind).filter { finding in
      finding.sources.contains { Bundled.text($0).contains(factor.keyword) }
    }
    #expect(
      !matching.isEmpty,
      "no \(factor.kind) finding citing a section that says “\(factor.keyword)”; got \(evaluation.findings.map { "\($0.kind): \($0.id)" })"
    )
  }

  @Test func everyRuleIsExercisedByAFactor() throws {
    var fired: Set<String> = []
    for factor in factors {
      let answers = try AnswerParser.parse(factor.answers, in: questionnaire)
      fired.formUnion(questionnaire.evaluate(answers).findings.map(\.id))
    }
    let all = Set(questionnaire.rules.map(\.id) + questionnaire.disagreements.map(\.id))
    #expect(all.subtracting(fired).isEmpty, "never triggered: \(all.subtracting(fired).sorted())")
  }

  @Test func urgentAndStoppingRaiseTheWithdrawalWarning() throws {
    for answer in ["taking=stopping", "taking=missed", "taking=before"] {
      let evaluation = questionnaire.evaluate(try AnswerParser.parse([answer], in: questionnaire))
      #expect(evaluation.withdrawalWarning, "\(answer)")
      #expect(!evaluation.emergency, "\(answer)")
    }
    // Help needed now opens "Get medical help now", not the withdrawal warning.
    for answer in ["symptoms-now=yes", "symptoms-now=overdose", "symptoms-now=not-sure"] {
      let evaluation = questionnaire.evaluate(
        try AnswerParser.parse([answer, "taking=no"], in: questionnaire))
      #expect(evaluation.emergency, "\(answer)")
      #expect(!evaluation.withdrawalWarning, "\(answer)")
    }
    let calm = questionnaire.evaluate(
      try AnswerParser.parse(["taking=no", "symptoms-now=no"], in: questionnaire))
    #expect(!calm.withdrawalWarning)
  }

  @Test func findingsAreSortedUrgentFirst() throws {
    let answers = try AnswerParser.parse(
      ["purpose=alcohol", "symptoms-now=yes", "allergy=yes", "cravings=yes", "seizures=yes"],
      in: questionnaire)
    let kinds = questionnaire.evaluate(answers).findings.map(\.kind)
    let order = FindingKind.allCases
    #expect(kinds.first == .urgent)
    #expect(kinds == kinds.sorted { order.firstIndex(of: $0)! < order.firstIndex(of: $1)! })
    #expect(Set(kinds) == Set(FindingKind.allCases))
  }

  /// Findings report what the articles say, attributed; none tells anyone to start or stop.
  @Test func findingTextsAreAttributedAndNeverTellToStartOrStop() {
    let texts =
      questionnaire.rules.map(\.text) + questionnaire.disagreements.flatMap(\.sides).map(\.text)
    for text in texts {
      let lower = text.lowercased()
      #expect(lower.contains("article"), "\(text)")
      for phrase in ["you should start", "you should stop", "start baclofen", "stop baclofen now"] {
        #expect(!lower.contains(phrase), "\(text)")
      }
    }
  }

  /// "The articles say" only when more than one article is cited; else "One article says".
  @Test func pluralAttributionCitesSeveralArticles() {
    let notes = ([questionnaire.everyone].compactMap { $0 } + questionnaire.decision)
      .flatMap(\.notes)
    let items =
      questionnaire.rules.map { ($0.text, $0.sources) }
      + questionnaire.disagreements.flatMap(\.sides).map { ($0.text, $0.sources) }
      + notes.map { ($0.text, $0.sources) }
    for (text, sources) in items where text.lowercased().contains("the articles") {
      let articles = Set(sources.compactMap { $0.split(separator: "/").first })
      #expect(articles.count >= 2, "\(text)")
    }
  }
}
