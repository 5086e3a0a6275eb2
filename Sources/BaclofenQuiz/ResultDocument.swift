import BaclofenContent

/// The result, composed once: what goes in it and in which order. The text export, line
/// mode and the full-screen result page all render these blocks, so they cannot drift
/// apart. Order: help needed now; the withdrawal warning; how complete the answers are; the
/// risks for everyone; the findings for the answers; where the articles disagree; the
/// options and what may matter; the evidence; who published the articles, and when.
public struct ResultDocument: Sendable, Equatable {
  public enum Emphasis: Sendable, Equatable { case plain, strong, quiet }

  public enum Block: Sendable, Equatable {
    /// A part of the result; `urgent` for "Get medical help now".
    case heading(String, id: String, urgent: Bool = false)
    /// A group inside a part (a kind of finding, a disagreement's topic).
    case subheading(String)
    case paragraph(String, Emphasis = .plain)
    /// A cited point: "label: text", then its sources.
    case point(label: String?, text: String, sources: [String], urgent: Bool = false)
    /// Where the withdrawal warning goes (in full in text, as a boxed pointer on screen).
    case withdrawal
  }

  public var blocks: [Block]

  public static let nothingMoreForYou =
    "The articles raise nothing more for your answers. This is not an all-clear: the risks "
    + "above apply to everyone who takes baclofen."

  public init(
    _ evaluation: Evaluation, questionnaire: Questionnaire, library: Library,
    answers: Answers? = nil
  ) {
    var blocks: [Block] = []
    func points(_ findings: [Finding], urgent: Bool = false) {
      blocks += findings.map {
        .point(label: nil, text: $0.text, sources: $0.sources, urgent: urgent)
      }
    }
    func notes(_ block: ShownBlock) {
      blocks.append(.heading(block.title, id: block.id))
      if let intro = block.intro { blocks.append(.paragraph(intro, .quiet)) }
      blocks += block.notes.map { .point(label: $0.topic, text: $0.text, sources: $0.sources) }
    }

    let urgent = evaluation.findings(.urgent).filter { $0.topic == nil }
    if !urgent.isEmpty {
      blocks.append(
        .heading(
          questionnaire.emergency?.title ?? Self.heading(.urgent), id: "urgent", urgent: true))
      points(urgent, urgent: true)
    }
    if evaluation.withdrawalWarning { blocks.append(.withdrawal) }

    blocks.append(.heading("How complete this result is", id: "completeness"))
    blocks.append(.paragraph(evaluation.completeness.summary))

    if let everyone = evaluation.everyone { notes(everyone) }

    blocks.append(.heading("For your answers", id: "findings"))
    var any = false
    for kind in [FindingKind.against, .caution, .favours] {
      // Sides of a disagreement are shown together below, not split across the kinds.
      let findings = evaluation.findings(kind).filter { $0.topic == nil }
      guard !findings.isEmpty else { continue }
      any = true
      blocks.append(.subheading(Self.heading(kind)))
      points(findings)
    }
    if !any { blocks.append(.paragraph(Self.nothingMoreForYou)) }

    if !evaluation.disagreements.isEmpty {
      blocks.append(.heading("Where the articles disagree", id: "disagreements"))
      for disagreement in evaluation.disagreements {
        blocks.append(.subheading(disagreement.topic))
        blocks += disagreement.sides.map {
          .point(label: Self.sideLabel($0.kind), text: $0.text, sources: $0.sources)
        }
      }
    }

    evaluation.decision.forEach(notes)

    blocks.append(.heading("The evidence and its uncertainty", id: "evidence"))
    blocks.append(
      .point(label: nil, text: evaluation.evidenceNote, sources: evaluation.evidenceSources))

    blocks.append(.heading("Who published the articles, and when", id: "articles"))
    for date in evaluation.articleDates(in: library) {
      blocks.append(.paragraph("\(date.title) — \(date.publisherSummary); \(date.summary)."))
    }

    if let answers {
      blocks.append(.heading("Your answers", id: "answers"))
      let review = questionnaire.review(answers)
      if review.isEmpty { blocks.append(.paragraph("None given.")) }
      for (question, option) in review {
        blocks.append(.point(label: nil, text: "\(question.text) \(option.label)", sources: []))
      }
    }
    blocks.append(.paragraph(evaluation.disclaimer, .strong))
    self.blocks = blocks
  }

  public static func heading(_ kind: FindingKind) -> String {
    switch kind {
    case .urgent: "Get medical help now"
    case .against: "Against"
    case .caution: "Take care: points to discuss with your prescriber"
    case .favours: "In favour"
    }
  }

  public static func sideLabel(_ kind: FindingKind) -> String {
    switch kind {
    case .urgent: "Get medical help now"
    case .against: "Against"
    case .caution: "Take care"
    case .favours: "In favour"
    }
  }
}
