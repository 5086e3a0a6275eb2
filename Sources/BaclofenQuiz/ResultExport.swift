import BaclofenContent
import BaclofenText

/// The result as a plain-text file someone can take to their prescriber: the blocks of
/// `ResultDocument` with their sources, and the disclaimer at the top and the bottom. Pure;
/// writing is in ProgressStore.swift.
///
/// Default file: `~/baclofen-questionnaire-YYYY-MM-DD.txt` (home, because that is where
/// people look for a saved file; the current directory only when there is no home), with
/// `-2`, `-3`, … added rather than overwriting an earlier export.
public enum ResultExport {
  public static let width = 78

  public static func heading(_ kind: FindingKind) -> String { ResultDocument.heading(kind) }

  /// "Article title (kind of publisher) › Section title [article/section]", or the id alone
  /// when unknown.
  public static func sourceLabel(_ id: String, in library: Library) -> String {
    guard library.section(id: id) != nil, let citation = library.citation(id) else { return id }
    return "\(citation) [\(id)]"
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
      guard !ids.isEmpty else { return }
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

    let document = ResultDocument(
      evaluation, questionnaire: questionnaire, library: library, answers: answers)
    for block in document.blocks {
      switch block {
      case .heading(let title, _, let urgent):
        out += ["", title, String(repeating: urgent ? "!" : "-", count: title.count)]
      case .subheading(let title):
        out += ["", title.hasSuffix("?") ? title : title + ":"]
      case .paragraph(let text, _):
        if text == evaluation.disclaimer { out.append("") }
        paragraph(text)
      case .point(let label, let text, let sources, _):
        paragraph(label.map { "\($0): \(text)" } ?? text, indent: "  ", first: "* ")
        cite(sources, indent: "  ")
      case .withdrawal:
        appendSheet(withdrawal, to: &out)
      }
    }
    return out.joined(separator: "\n") + "\n"
  }

  /// A warning sheet (the withdrawal warning, or "Get medical help now") in full, as the
  /// command line prints it, each source by its id.
  public static func appendSheet(_ withdrawal: WithdrawalWarning?, to out: inout [String]) {
    guard let withdrawal else { return }
    out += [""] + withdrawal.plainLines(width: width) { $0 }
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
