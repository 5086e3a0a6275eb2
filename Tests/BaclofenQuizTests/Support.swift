import BaclofenBundled
import BaclofenContent
import BaclofenQuiz
import Foundation

/// The bundled content; fails loudly if the questionnaire does not load cleanly.
enum Bundled {
  static let library: Library = LibraryLoader.load(BundledContent.files).0

  static let questionnaire: Questionnaire = {
    let (questionnaire, issues) = Questionnaire.load(BundledContent.files, library: library)
    precondition(issues.isEmpty, issues.map(\.description).joined(separator: "\n"))
    return questionnaire!
  }()

  static var yaml: String {
    let file = BundledContent.files.file(Questionnaire.path)!
    return String(decoding: file.bytes, as: UTF8.self)
  }

  /// Loads `yaml` as the questionnaire against the bundled library.
  static func load(_ yaml: String) -> (Questionnaire?, [ContentIssue]) {
    let files = ContentFiles(
      origin: "Content", files: [ContentFile(path: Questionnaire.path, bytes: Array(yaml.utf8))])
    return Questionnaire.load(files, library: library)
  }

  /// The plain text of a section, lowercased, with curly apostrophes made straight.
  static func text(_ id: String) -> String {
    (library.section(id: id)?.plainText ?? "").lowercased().replacingOccurrences(
      of: "\u{2019}", with: "'")
  }
}

/// A fresh temporary folder; remove it with `cleanUp`.
func temporaryFolder() throws -> URL {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent(
    "baclofen-quiz-tests-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}

func cleanUp(_ url: URL) { try? FileManager.default.removeItem(at: url) }

extension String {
  /// Whitespace runs collapsed to one space, to compare wrapped text.
  var collapsed: String { split(whereSeparator: \.isWhitespace).joined(separator: " ") }
}

extension Evaluation {
  /// The ids of every finding, disagreement and note shown.
  var shownIDs: Set<String> { Set(findings.map(\.id) + notes.map(\.id)) }
}
