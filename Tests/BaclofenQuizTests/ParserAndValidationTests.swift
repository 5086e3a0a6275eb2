import BaclofenBundled
import BaclofenContent
import BaclofenQuiz
import Testing

@Suite struct AnswerParserTests {
  let questionnaire = Bundled.questionnaire

  @Test func parsesAndTrims() throws {
    let answer = try AnswerParser.parse("  purpose = alcohol ", in: questionnaire)
    #expect(answer == ParsedAnswer(question: "purpose", option: "alcohol"))
  }

  @Test(arguments: [
    ("purpose", AnswerParseError.missingEquals("purpose")),
    ("=alcohol", .emptyQuestion("=alcohol")),
    ("purpose=", .emptyOption(question: "purpose")),
    ("purpose=a=b", .unknownOption(question: "purpose", option: "a=b", valid: [])),
    ("nope=yes", .unknownQuestion("nope", valid: [])),
    ("purpose=beer", .unknownOption(question: "purpose", option: "beer", valid: [])),
  ])
  func reportsErrors(_ text: String, _ expected: AnswerParseError) {
    #expect {
      _ = try AnswerParser.parse(text, in: questionnaire)
    } throws: { error in
      guard let error = error as? AnswerParseError else { return false }
      switch (error, expected) {
      case (.unknownQuestion(let id, let valid), .unknownQuestion(let wanted, _)):
        return id == wanted && valid == questionnaire.questions.map(\.id)
      case (.unknownOption(let question, let option, let valid), .unknownOption(_, let wanted, _)):
        return option == wanted && valid == questionnaire.question(id: question)!.options.map(\.id)
      default: return error == expected
      }
    }
  }

  @Test func errorMessagesNameTheValidChoices() {
    let message = AnswerParseError.unknownOption(
      question: "purpose", option: "beer", valid: ["spasticity", "alcohol"]
    ).description
    #expect(message.contains("spasticity, alcohol") && message.contains("beer"))
  }

  @Test func duplicateAnswerIsAnError() {
    #expect(throws: AnswerParseError.duplicate(question: "purpose")) {
      try AnswerParser.parse(["purpose=alcohol", "purpose=spasticity"], in: questionnaire)
    }
  }

  /// Any string gives an answer or an error, never a crash.
  @Test func arbitraryInputNeverCrashes() {
    var generator = SystemRandomNumberGenerator()
    let alphabet = Array("purpose=alcohol =\u{0}\u{1B}é👍\n-_ABC")
    for _ in 0..<2000 {
      let length = Int.random(in: 0...24, using: &generator)
      let text = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
      _ = try? AnswerParser.parse(text, in: questionnaire)
    }
  }
}

@Suite struct ValidationTests {
  /// The bundled file with `old` (found exactly once) replaced by `new`, and the line of it.
  func mutated(_ old: String, _ new: String) throws -> (String, Int) {
    let yaml = Bundled.yaml
    let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
    let index = try #require(lines.firstIndex { $0.contains(old) })
    #expect(lines.filter { $0.contains(old) }.count == 1, "`\(old)` must be unique")
    return (yaml.replacingOccurrences(of: old, with: new), index + 1)
  }

  @Test func bundledQuestionnaireIsClean() {
    let (questionnaire, issues) = Questionnaire.load(BundledContent.files, library: Bundled.library)
    #expect(questionnaire != nil)
    #expect(issues.isEmpty, "\(issues)")
  }

  @Test func unknownSectionIDIsReportedWithItsLine() throws {
    let (yaml, line) = try mutated(
      "sources: [august-overview/overdose, cabin-dependence/physical-risks]",
      "sources: [august-overview/overdose, cabin-dependence/no-such-section]")
    let issues = Bundled.load(yaml).1
    #expect(
      issues.map(\.description) == [
        "Content/questionnaire.yaml:\(line): cites unknown section "
          + "`cabin-dependence/no-such-section` (see `baclofen sections`)"
      ])
  }

  @Test func unknownOptionIsReportedWithItsLine() throws {
    let (yaml, line) = try mutated(
      "when: {pregnancy: [breastfeeding]}", "when: {pregnancy: [nursing]}")
    let issues = Bundled.load(yaml).1
    #expect(issues.count == 2)  // the option, and so the finding can never apply
    #expect(issues.first?.line == line)
    #expect(issues.first?.message.contains("no option `nursing`") == true)
    #expect(issues.first?.message.contains("breastfeeding") == true)
  }

  @Test func unknownQuestionIsReportedWithItsLine() throws {
    let (yaml, line) = try mutated("when: {age: [older]}", "when: {agegroup: [older]}")
    let issues = Bundled.load(yaml).1
    #expect(issues.map(\.line) == [line])
    #expect(issues.first?.message.contains("unknown question `agegroup`") == true)
  }

  @Test func unreachableQuestionIsReportedWithItsLine() {
    let yaml = """
      title: T
      updated: 2026-11-21
      disclaimer: D
      evidence: {text: E, sources: [ria-aud/introduction]}
      questions:
        - id: a
          text: A?
          options: [{id: x, label: X}, {id: y, label: Y}]
        - id: b
          askedWhen: {a: [x]}
          text: B?
          options: [{id: yes, label: "Yes"}, {id: no, label: "No"}]
        - id: c
          askedWhen: {a: [y], b: [yes]}
          text: C?
          options: [{id: yes, label: "Yes"}, {id: no, label: "No"}]
      findings:
        - id: f
          kind: caution
          when: {b: [yes]}
          text: F
          sources: [ria-aud/introduction]
      """
    let issues = Bundled.load(yaml).1
    #expect(issues.count == 1)
    #expect(issues.first?.line == 13)
    #expect(issues.first?.message.contains("question `c` is unreachable") == true)
  }

  @Test func askedWhenMustNameAnEarlierQuestion() throws {
    let (yaml, line) = try mutated(
      "askedWhen: {taking: [before, yes, stopping, missed]}",
      "askedWhen: {allergy: [yes]}")
    let issues = Bundled.load(yaml).1
    #expect(issues.first { $0.line == line }?.message.contains("unknown earlier question") == true)
  }

  @Test func brokenYAMLAndMissingPartsAreReported() {
    #expect(Bundled.load("title: [unclosed").1.first?.message.hasPrefix("not valid YAML: ") == true)
    let messages = Bundled.load("title: T\n").1.map(\.message)
    #expect(messages.contains("missing `disclaimer`"))
    #expect(messages.contains("missing `questions`"))
  }

  @Test func withdrawalWarningCitesRealSections() {
    let (warning, issues) = WithdrawalWarning.load(BundledContent.files, library: Bundled.library)
    #expect(issues.isEmpty, "\(issues)")
    let points = warning?.points ?? []
    #expect(points.count >= 15)
    for point in points {
      #expect(!point.sources.isEmpty)
      for id in point.sources { #expect(Bundled.library.section(id: id) != nil, "\(id)") }
    }
    let all = points.map(\.text).joined(separator: " ").lowercased()
    for word in [
      "never stop", "hallucinations", "high fever", "rebound spasticity", "seizures", "anxiety",
      "tremors", "muscle stiffness", "confusion", "taper", "monitored setting", "double dose",
      "emergency services", "intrathecal",
    ] {
      #expect(all.contains(word), "\(word)")
    }
  }
}
