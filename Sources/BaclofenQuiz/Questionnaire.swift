import BaclofenContent

// The "Is baclofen for you?" questionnaire: content from `Content/questionnaire.yaml`, and a
// pure engine over it. No I/O here (the store and the export writer are in
// ProgressStore.swift).
//
// How the UI uses it:
//
//     let (questionnaire, issues) = Questionnaire.load(files, library: library)
//     var answers = Answers()                          // or ProgressStore's saved answers
//     while let question = questionnaire.nextQuestion(after: answers) {
//       let (answered, total) = questionnaire.progress(answers)  // "question 3 of about 14"
//       answers[question.id] = chosenOption.id          // or go back:
//       // questionnaire.previousQuestion(before: question.id, given: answers)
//     }
//     questionnaire.review(answers)                     // every answer, to change any of them
//     let evaluation = questionnaire.evaluate(answers)  // findings, urgent first
//     evaluation.withdrawalWarning                      // true: show the withdrawal screen
//     ResultExport.text(evaluation, questionnaire: questionnaire, library: library)
//
// Answers to questions that are not asked (given the other answers) are kept, so that
// changing an answer back restores them, but they count for nothing: every function here
// looks only at the answers to questions that are asked.

/// The whole questionnaire. Questions come in the order they are asked; a question's
/// `askedWhen` only names earlier questions.
public struct Questionnaire: Sendable {
  public var title: String
  public var intro: String
  /// When the questionnaire content was last revised (YYYY-MM-DD).
  public var updated: String
  public var questions: [Question]
  public var disclaimer: String
  public var evidenceNote: String
  public var evidenceSources: [String]
  public var rules: [Rule]
  public var disagreements: [DisagreementRule]
  /// Risks the articles describe for anyone who takes baclofen: in every result, before the
  /// findings, so that no result reads as an all-clear.
  public var everyone: NoteBlock?
  /// The options the articles name and what may matter in choosing: after the findings.
  public var decision: [NoteBlock]
  /// "Get medical help now": the signs the articles list and what they say to do, shown
  /// on its own screen as soon as an answer is urgent.
  public var emergency: WithdrawalWarning?

  public static let path = "questionnaire.yaml"

  public init(
    title: String, intro: String = "", updated: String, questions: [Question],
    disclaimer: String, evidenceNote: String, evidenceSources: [String] = [],
    rules: [Rule], disagreements: [DisagreementRule] = [], everyone: NoteBlock? = nil,
    decision: [NoteBlock] = [], emergency: WithdrawalWarning? = nil
  ) {
    self.title = title
    self.intro = intro
    self.updated = updated
    self.questions = questions
    self.disclaimer = disclaimer
    self.evidenceNote = evidenceNote
    self.evidenceSources = evidenceSources
    self.rules = rules
    self.disagreements = disagreements
    self.everyone = everyone
    self.decision = decision
    self.emergency = emergency
  }

  public func question(id: String) -> Question? { questions.first { $0.id == id } }

  /// The answers that count: those to questions asked given the earlier answers.
  public func effectiveAnswers(_ answers: Answers) -> [String: String] {
    var given: [String: String] = [:]
    for question in questions where question.askedWhen.holds(given) {
      if let option = answers[question.id] { given[question.id] = option }
    }
    return given
  }

  public func isAsked(_ question: Question, given answers: Answers) -> Bool {
    question.askedWhen.holds(effectiveAnswers(answers))
  }

  /// The questions asked given `answers`, in order (a question whose asking depends on an
  /// unanswered one is not included yet).
  public func askedQuestions(_ answers: Answers) -> [Question] {
    let given = effectiveAnswers(answers)
    return questions.filter { $0.askedWhen.holds(given) }
  }

  /// The first asked question without an answer; nil when the questionnaire is complete.
  public func nextQuestion(after answers: Answers) -> Question? {
    let given = effectiveAnswers(answers)
    return questions.first { $0.askedWhen.holds(given) && given[$0.id] == nil }
  }

  /// The asked question before `id`, for "back"; nil on the first question.
  public func previousQuestion(before id: String, given answers: Answers) -> Question? {
    guard let index = questions.firstIndex(where: { $0.id == id }) else { return nil }
    let given = effectiveAnswers(answers)
    return questions[..<index].last { $0.askedWhen.holds(given) }
  }

  /// Answered questions so far, and about how many will be asked in all: a question whose
  /// asking still depends on an unanswered question counts, so the total can only shrink
  /// or stay as answers come in ("question k of about n").
  public func progress(_ answers: Answers) -> (answered: Int, total: Int) {
    let given = effectiveAnswers(answers)
    var possible: Set<String> = []
    for question in questions where question.askedWhen.mayHold(given, possible: possible) {
      possible.insert(question.id)
    }
    return (given.count, possible.count)
  }

  /// Every counted answer with its question and option, in question order, for review.
  public func review(_ answers: Answers) -> [(question: Question, option: Option)] {
    let given = effectiveAnswers(answers)
    return questions.compactMap { question in
      guard let id = given[question.id], let option = question.option(id: id) else {
        return nil
      }
      return (question, option)
    }
  }

  /// Questions answered in `answers` that are not asked given the other answers.
  public func ignoredAnswers(_ answers: Answers) -> [String] {
    let given = effectiveAnswers(answers)
    return answers.entries.map(\.question).filter { given[$0] == nil }
  }

  /// The findings for `answers`. No verdict: only what the articles say, by kind.
  public func evaluate(_ answers: Answers) -> Evaluation {
    let given = effectiveAnswers(answers)
    var findings = rules.filter { $0.when.holds(given) }.map {
      Finding(kind: $0.kind, text: $0.text, sources: $0.sources, id: $0.id)
    }
    var shown: [Disagreement] = []
    for rule in disagreements where rule.when.holds(given) {
      let sides = rule.sides.map {
        Finding(kind: $0.kind, text: $0.text, sources: $0.sources, id: rule.id, topic: rule.topic)
      }
      shown.append(Disagreement(id: rule.id, topic: rule.topic, sides: sides))
      findings += sides
    }
    let order = FindingKind.allCases
    // Stable: within a kind, findings keep the order of the file.
    let sorted = findings.enumerated().sorted {
      let (left, right) = (order.firstIndex(of: $0.1.kind)!, order.firstIndex(of: $1.1.kind)!)
      return left != right ? left < right : $0.0 < $1.0
    }.map(\.1)
    let urgent = findings.contains { $0.kind == .urgent }
    // Help needed now opens the emergency screen, not the withdrawal warning; the warning
    // comes up for answers about stopping, missing doses or having stopped.
    let withdrawal = rules.contains { $0.withdrawal && $0.when.holds(given) }
    return Evaluation(
      findings: sorted, withdrawalWarning: withdrawal, emergency: urgent,
      disclaimer: disclaimer, evidenceNote: evidenceNote, evidenceSources: evidenceSources,
      disagreements: shown, updated: updated, everyone: everyone?.shown(given),
      decision: decision.compactMap { $0.shown(given) }, completeness: completeness(answers))
  }
}

public struct Question: Sendable, Identifiable, Equatable {
  public var id: String
  public var text: String
  public var help: String?
  public var options: [Option]
  /// Always holds for a question asked of everyone.
  public var askedWhen: Condition
  /// Line in the questionnaire file, for messages.
  public var line: Int?

  public init(
    id: String, text: String, help: String? = nil, options: [Option],
    askedWhen: Condition = .always, line: Int? = nil
  ) {
    self.id = id
    self.text = text
    self.help = help
    self.options = options
    self.askedWhen = askedWhen
    self.line = line
  }

  public func option(id: String) -> Option? { options.first { $0.id == id } }
}

public struct Option: Sendable, Identifiable, Equatable {
  public var id: String
  public var label: String
  public init(id: String, label: String) {
    self.id = id
    self.label = label
  }
}

/// Urgent first: the order findings are shown in.
public enum FindingKind: String, Sendable, CaseIterable, Codable {
  case urgent, against, caution, favours
}

/// A finding the questionnaire can show, with the answers that bring it up.
public struct Rule: Sendable, Equatable {
  public var id: String
  public var kind: FindingKind
  public var when: Condition
  public var text: String
  public var sources: [String]
  /// Also raise the withdrawal warning screen.
  public var withdrawal: Bool
  public var line: Int?

  public init(
    id: String, kind: FindingKind, when: Condition, text: String, sources: [String],
    withdrawal: Bool = false, line: Int? = nil
  ) {
    self.id = id
    self.kind = kind
    self.when = when
    self.text = text
    self.sources = sources
    self.withdrawal = withdrawal
    self.line = line
  }
}

/// Where the articles disagree: every side is shown, each with its sources.
public struct DisagreementRule: Sendable, Equatable {
  public struct Side: Sendable, Equatable {
    public var kind: FindingKind
    public var text: String
    public var sources: [String]
    public init(kind: FindingKind, text: String, sources: [String]) {
      self.kind = kind
      self.text = text
      self.sources = sources
    }
  }
  public var id: String
  public var topic: String
  public var when: Condition
  public var sides: [Side]
  public var line: Int?

  public init(id: String, topic: String, when: Condition, sides: [Side], line: Int? = nil) {
    self.id = id
    self.topic = topic
    self.when = when
    self.sides = sides
    self.line = line
  }
}

public struct Finding: Sendable, Equatable {
  public var kind: FindingKind
  public var text: String
  /// Section ids (`article/section`) the text follows.
  public var sources: [String]
  /// The rule or disagreement it comes from.
  public var id: String
  /// Set when the finding is one side of a disagreement between the articles.
  public var topic: String?

  public init(
    kind: FindingKind, text: String, sources: [String], id: String = "", topic: String? = nil
  ) {
    self.kind = kind
    self.text = text
    self.sources = sources
    self.id = id
    self.topic = topic
  }
}

public struct Disagreement: Sendable, Equatable {
  public var id: String
  public var topic: String
  public var sides: [Finding]
}

public struct Evaluation: Sendable {
  /// Sorted urgent, against, caution, favours.
  public var findings: [Finding]
  /// Show the withdrawal warning: an answer about stopping, missed doses or having stopped.
  public var withdrawalWarning: Bool
  /// Show "Get medical help now" first: an answer is urgent.
  public var emergency: Bool
  public var disclaimer: String
  public var evidenceNote: String
  public var evidenceSources: [String]
  /// Each also appears, side by side, in `findings`.
  public var disagreements: [Disagreement]
  /// When the questionnaire content was last revised.
  public var updated: String
  /// Risks for everyone, shown in every result.
  public var everyone: ShownBlock?
  /// Options and what may matter, for these answers.
  public var decision: [ShownBlock]
  public var completeness: Completeness

  public init(
    findings: [Finding], withdrawalWarning: Bool, emergency: Bool = false, disclaimer: String,
    evidenceNote: String, evidenceSources: [String], disagreements: [Disagreement],
    updated: String, everyone: ShownBlock? = nil, decision: [ShownBlock] = [],
    completeness: Completeness = Completeness(answered: 0, total: 0, unanswered: [], unsure: [])
  ) {
    self.findings = findings
    self.withdrawalWarning = withdrawalWarning
    self.emergency = emergency
    self.disclaimer = disclaimer
    self.evidenceNote = evidenceNote
    self.evidenceSources = evidenceSources
    self.disagreements = disagreements
    self.updated = updated
    self.everyone = everyone
    self.decision = decision
    self.completeness = completeness
  }

  public func findings(_ kind: FindingKind) -> [Finding] { findings.filter { $0.kind == kind } }

  /// Every section id cited, in first-cited order (findings, then the evidence note).
  public var citedSections: [String] {
    var seen: [String] = []
    for id in findings.flatMap(\.sources) + notes.flatMap(\.sources) + evidenceSources
    where !seen.contains(id) {
      seen.append(id)
    }
    return seen
  }

  /// The cited articles with their dates, in library order.
  public func articleDates(in library: Library) -> [ArticleDate] {
    let cited = Set(citedSections.compactMap { $0.split(separator: "/").first.map(String.init) })
    return library.articles.filter { cited.contains($0.id) }.map { article in
      let provenance = article.provenance
      // A review date says more about currency than a creation date, so it wins.
      let label =
        provenance.reviewed != nil ? "reviewed" : provenance.created != nil ? "created" : nil
      let date = provenance.reviewed ?? provenance.created
      return ArticleDate(
        articleID: article.id, title: article.title, publisher: provenance.publisher,
        publisherKind: provenance.publisherKind, label: label, date: date)
    }
  }
}

/// An article's date as it gives it: "reviewed" or "created", or none.
public struct ArticleDate: Sendable, Equatable {
  public var articleID: String
  public var title: String
  public var publisher: String?
  public var publisherKind: PublisherKind?
  public var label: String?
  public var date: String?

  /// "Ria Health (a treatment provider that prescribes baclofen)", or "publisher not named".
  public var publisherSummary: String {
    let kind = publisherKind.flatMap { $0 == .unnamed ? nil : $0.description }
    switch (publisher, kind) {
    case (let name?, let kind?): return "\(name), \(kind)"
    case (let name?, nil): return name
    case (nil, let kind?): return kind
    case (nil, nil): return PublisherKind.unnamed.description
    }
  }

  /// "reviewed 2023-03-02", or "undated".
  public var summary: String {
    guard let label, let date else { return "undated" }
    return "\(label) \(date)"
  }
}
