import BaclofenContent
import BaclofenQuiz
import BaclofenText

/// The result page: findings by kind, urgent first, each with its sources (the selectable
/// items); where the articles disagree, both sides together; the evidence note; the
/// articles' dates; the disclaimer. No overall verdict: only what the articles say.
extension AppState {
  func resultPage(_ quiz: QuestionnaireState, _ questionnaire: Questionnaire) -> QuizPage {
    let evaluation = questionnaire.evaluate(quiz.answers)
    let remaining = quiz.remaining(in: questionnaire)
    var page = QuizPage(header: remaining > 0 ? "Your result so far" : "Your result")
    // Seeking help comes before everything, even the withdrawal box.
    addFindings(.urgent, evaluation, to: &page)
    if evaluation.withdrawalWarning {
      if !page.lines.isEmpty { page.blank() }
      page.add(warningBox())
    }
    if remaining > 0 {
      let questions = remaining == 1 ? "1 question is" : "about \(remaining) questions are"
      if !page.lines.isEmpty { page.blank() }
      page.add(paragraph("Not finished: \(questions) left. Press c to go on.", .bold))
    }
    if !page.lines.isEmpty { page.blank() }
    page.add(
      paragraph(
        "What the articles say for your answers, with the section each point comes from. "
          + "Information to discuss with a prescriber, not a recommendation. Tab and Enter "
          + "open a source; r changes an answer; e saves this result to a file.", .dim))
    for kind in FindingKind.allCases where kind != .urgent {
      page.blank()
      addFindings(kind, evaluation, to: &page)
    }

    if !evaluation.disagreements.isEmpty {
      page.blank()
      page.add(paragraph("Where the articles disagree", [.bold, .heading]))
      for disagreement in evaluation.disagreements {
        page.add(paragraph(disagreement.topic, .bold, indent: ""))
        for side in disagreement.sides {
          page.add(
            quizLayout().wrap(
              RichText("\(Self.sideLabel(side.kind)): \(side.text)"), style: [],
              indent: env.glyphs.bullet + " ", hanging: "  "))
          addSources(side.sources, to: &page)
        }
      }
    }

    page.blank()
    page.add(paragraph("The evidence and its uncertainty", [.bold, .heading]))
    page.add(paragraph(evaluation.evidenceNote))
    addSources(evaluation.evidenceSources, to: &page)

    page.blank()
    page.add(paragraph("The articles and their dates", [.bold, .heading]))
    for date in evaluation.articleDates(in: env.library) {
      let publisher = date.publisher.map { " (\($0))" } ?? ""
      page.add(
        quizLayout().wrap(
          RichText("\(date.title)\(publisher): \(date.summary)"), style: [],
          indent: env.glyphs.bullet + " ", hanging: "  "))
    }
    page.blank()
    page.add(paragraph(evaluation.disclaimer, .bold))
    return page
  }

  /// One kind's heading and findings with their sources; nothing for no urgent finding.
  private func addFindings(_ kind: FindingKind, _ evaluation: Evaluation, to page: inout QuizPage) {
    // Sides of a disagreement are shown together further down, not split across kinds.
    let findings = evaluation.findings(kind).filter { $0.topic == nil }
    let disputed = evaluation.findings(kind).count - findings.count
    if kind == .urgent && findings.isEmpty { return }
    page.add(heading(kind))
    if findings.isEmpty {
      page.add(
        paragraph(
          disputed > 0
            ? "None, apart from where the articles disagree (below)." : "None for your answers.",
          .dim))
    }
    for finding in findings {
      page.add(
        quizLayout().wrap(
          RichText(finding.text), style: kind == .urgent ? .bold : [],
          indent: env.glyphs.bullet + " ", hanging: "  "))
      addSources(finding.sources, to: &page)
    }
  }

  /// Headings in words, so the order and the urgency do not depend on colour.
  private func heading(_ kind: FindingKind) -> [StyledLine] {
    let style: TextStyle = kind == .urgent ? [.bold, .heading, .warning] : [.bold, .heading]
    let sign = kind == .urgent ? env.glyphs.warning + " " : ""
    return paragraph(sign + ResultExport.heading(kind), style)
  }

  static func sideLabel(_ kind: FindingKind) -> String {
    switch kind {
    case .urgent: "Seek help now"
    case .against: "Against"
    case .caution: "Take care"
    case .favours: "In favour"
    }
  }

  private func addSources(_ ids: [String], to page: inout QuizPage) {
    addSources(ids, to: &page, layout: quizLayout())
  }

  /// An unmissable box at the top of the result: the word WARNING and the key to press.
  private func warningBox() -> [StyledLine] {
    let g = env.glyphs
    let inner = quizBody.width - 4
    let layout = SectionLayout(width: inner, ascii: g.ascii)
    let text = layout.wrap(
      RichText("\(g.warning) WARNING: \(env.withdrawal.title). Press w to read it."),
      style: [.bold, .warning], indent: "", hanging: "")
    let frame: TextStyle = [.frame, .warning, .bold]
    let bar = String(repeating: g.horizontal, count: max(0, inner + 2))
    var lines = [StyledLine(g.corners.topLeft + bar + g.corners.topRight, frame)]
    for line in text {
      let pad = String(repeating: " ", count: max(0, inner - line.plainText.displayWidth))
      lines.append(
        StyledLine(
          [Span(g.vertical + " ", frame)] + line.spans + [Span(pad + " " + g.vertical, frame)]))
    }
    lines.append(StyledLine(g.corners.bottomLeft + bar + g.corners.bottomRight, frame))
    return lines
  }
}
