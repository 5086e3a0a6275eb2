import BaclofenContent
import BaclofenText

/// The result as a plain-text file someone can take to their prescriber: findings by kind
/// with their sources, where the articles disagree, the evidence note, the articles' dates,
/// and the disclaimer at the top and the bottom. Pure; writing is in ProgressStore.swift.
///
/// Default file: `~/baclofen-questionnaire-YYYY-MM-DD.txt` (home, because that is where
/// people look for a saved file; the current directory only when there is no home), with
/// `-2`, `-3`, … added rather than overwriting an earlier export.
public enum ResultExport {
  public static let width = 78

  public static func heading(_ kind: FindingKind) -> String {
    switch kind {
    case .urgent: "Seek help now"
    case .against: "Against"
    case .caution: "Take care: points to discuss with your prescriber"
    case .favours: "In favour"
    }
  }

  /// "Article title › Section title [article/section]", or the id alone when unknown.
  public static func sourceLabel(_ id: String, in library: Library) -> String {
    guard let section = library.section(id: id),
      let article = library.article(id: section.articleID)
    else { return id }
    return "\(article.title) › \(section.title) [\(id)]"
  }

  public static func text(
    _ evaluation: Evaluation, questionnaire: Questionnaire, library: Library,
    answers: Answers? = nil, withdrawal: WithdrawalWarning? = nil, exportedOn: String? = nil
  ) -> String {
    var out: [String] = []
    func paragraph(_ text: String, indent: String = "", first: String? = nil) {
      out += wrap(text, first: first ?? indent, rest: indent)
    }
    func cite(_ ids: [String], indent: String) {
      paragraph(
        ids.map { sourceLabel($0, in: library) }.joined(separator: "; "), indent: indent + "  ",
        first: indent + "Sources: ")
    }
    out.append(questionnaire.title)
    out.append(String(repeating: "=", count: questionnaire.title.count))
    var dated = "Questionnaire updated \(evaluation.updated)."
    if let exportedOn { dated += " Result produced \(exportedOn)." }
    out.append(dated)
    out.append("")
    paragraph(evaluation.disclaimer, first: "IMPORTANT: ")

    for kind in FindingKind.allCases {
      // The withdrawal warning comes straight after anything urgent, before the rest.
      if kind == .against { appendWithdrawal(evaluation, withdrawal, to: &out) }
      // Sides of a disagreement are shown together below, not split across the kinds.
      let findings = evaluation.findings(kind).filter { $0.topic == nil }
      let disputed = evaluation.findings(kind).count - findings.count
      if kind == .urgent && findings.isEmpty { continue }
      out += ["", heading(kind), String(repeating: "-", count: heading(kind).count)]
      if findings.isEmpty {
        out.append(
          disputed > 0
            ? "None, apart from where the articles disagree (below)." : "None for your answers.")
      }
      for finding in findings {
        paragraph(finding.text, indent: "  ", first: "* ")
        cite(finding.sources, indent: "  ")
      }
    }

    if !evaluation.disagreements.isEmpty {
      let title = "Where the articles disagree"
      out += ["", title, String(repeating: "-", count: title.count)]
      for disagreement in evaluation.disagreements {
        out.append(disagreement.topic + ":")
        for side in disagreement.sides {
          paragraph(side.text, indent: "    ", first: "  - \(side.kind.rawValue): ")
          cite(side.sources, indent: "    ")
        }
      }
    }

    out += ["", "The evidence", "------------"]
    paragraph(evaluation.evidenceNote)
    cite(evaluation.evidenceSources, indent: "")

    if let answers {
      let review = questionnaire.review(answers)
      out += ["", "Your answers", "------------"]
      if review.isEmpty { out.append("None given.") }
      for (question, option) in review {
        paragraph("\(question.text) \(option.label)", indent: "  ", first: "* ")
      }
    }

    out += ["", "Articles and their dates", "------------------------"]
    for date in evaluation.articleDates(in: library) {
      let publisher = date.publisher.map { " (\($0))" } ?? ""
      paragraph("\(date.title)\(publisher): \(date.summary)", indent: "  ", first: "* ")
    }
    out.append("")
    paragraph(evaluation.disclaimer)
    return out.joined(separator: "\n") + "\n"
  }

  private static func appendWithdrawal(
    _ evaluation: Evaluation, _ withdrawal: WithdrawalWarning?, to out: inout [String]
  ) {
    guard evaluation.withdrawalWarning, let withdrawal else { return }
    out += ["", withdrawal.title, String(repeating: "-", count: withdrawal.title.count)]
    for group in withdrawal.groups {
      out.append(group + ":")
      for point in withdrawal.points where point.group == group {
        let sources = " [sources: " + point.sources.joined(separator: ", ") + "]"
        out += wrap(point.text + sources, first: "  * ", rest: "    ")
      }
    }
  }

  /// Word wrap by display width, continuing lines under `rest`.
  static func wrap(_ text: String, first: String, rest: String) -> [String] {
    let flowing = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    let lines = Wrap.strings(
      flowing, width: width - rest.displayWidth, firstLineWidth: width - first.displayWidth)
    return lines.enumerated().map {
      ($0.offset == 0 ? first : rest) + $0.element
    }
  }

  /// `baclofen-questionnaire-2026-11-21.txt` in `home` (else `currentDirectory`; a relative
  /// home counts as none, as everywhere), with a
  /// number added while `exists` says the name is taken.
  public static func defaultPath(
    home: String?, currentDirectory: String, date: String, exists: (String) -> Bool
  ) -> String {
    let folder = home.flatMap { $0.hasPrefix("/") ? $0 : nil } ?? currentDirectory
    let base = (folder.hasSuffix("/") ? folder : folder + "/") + "baclofen-questionnaire-" + date
    var candidate = base + ".txt"
    var number = 2
    while exists(candidate) && number < 10_000 {
      candidate = "\(base)-\(number).txt"
      number += 1
    }
    return candidate
  }
}
