import BaclofenStore
import BaclofenText
import Foundation

/// Saves questionnaire progress as JSON in the state folder (`StateFolder`), so an
/// interrupted session can resume. Never fatal: without a usable folder it works without
/// saving, and a damaged file is set aside; both give a notice to show instead of an error.
public struct ProgressStore: Sendable {
  public static let fileName = "questionnaire-progress.json"

  /// Nil when progress cannot be saved (no home folder).
  public let directory: URL?
  private let file: StateFile<QuizProgress>

  public init(directory: URL?) {
    self.directory = directory
    file = StateFile(folder: directory, name: Self.fileName, maximumBytes: Self.maximumFileSize)
  }

  public var fileURL: URL? { file.url }

  /// The standard location for `environment`, with a notice when there is none.
  public static func standard(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> (store: ProgressStore, notice: String?) {
    guard let directory = StateFolder.standard(environment: environment) else {
      return (
        ProgressStore(directory: nil),
        "No home folder found: your answers will not be saved if you leave."
      )
    }
    return (ProgressStore(directory: directory), nil)
  }

  /// Saved progress is a few hundred bytes; anything much larger is not progress.
  public static let maximumFileSize = 256 * 1024

  /// The saved progress, if any. A file that cannot be read as progress (damaged, too large,
  /// not a regular file) is renamed to `*.damaged-<timestamp>` and a notice says so; nothing
  /// is lost, nothing crashes, and nothing blocks or fills memory.
  public func load(now: Date = Date()) -> (progress: QuizProgress?, notice: String?) {
    let afresh = "Your saved answers could not be read, so the questionnaire starts afresh."
    switch file.load(now: now, isCurrent: { $0.version == QuizProgress.currentVersion }) {
    case .none: return (nil, nil)
    case .value(let progress): return (progress, nil)
    case .unreadable(let reason): return (nil, "Could not read your saved answers (\(reason)).")
    case .damaged(let aside?): return (nil, afresh + " The damaged file was kept as \(aside).")
    case .damaged(nil): return (nil, afresh)
    }
  }

  /// Saves atomically; returns a notice when it could not (the session goes on unsaved).
  @discardableResult
  public func save(_ progress: QuizProgress, now: Date = Date()) -> String? {
    guard directory != nil else { return "Your answers are not being saved (no home folder)." }
    var progress = progress
    progress.savedAt = ISO8601DateFormatter().string(from: now)
    do {
      try file.save(progress)
      return nil
    } catch {
      let reason = StateFile<QuizProgress>.reason(error)
      return "Your answers could not be saved (\(reason)); you can go on without saving."
    }
  }

  /// Forgets saved progress (after finishing, or "start again").
  public func clear() { file.clear() }
}

extension ResultExport {
  /// Writes an exported result atomically; the file is readable by its owner only, since
  /// it holds health information. Made terminal-safe like all output: such a file is read
  /// with `cat` and `less`.
  public static func write(_ text: String, to path: String) throws {
    try AtomicFile.write(Data(text.terminalSafe.utf8), to: URL(fileURLWithPath: path))
  }

  /// Today's date as YYYY-MM-DD, in local time (for the file name and "Exported …").
  public static func today(_ now: Date = Date()) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.dateFormat = "yyyy-MM-dd"
    return formatter.string(from: now)
  }
}

extension QuizProgress {
  /// The progress without the answers `questionnaire` does not have (a question or option
  /// renamed or removed since, or a hand-edited file), and the ids of the questions whose
  /// answers were dropped. The CLI refuses the same answers.
  public func keepingValidAnswers(for questionnaire: Questionnaire) -> (
    progress: QuizProgress, dropped: [String]
  ) {
    var progress = self
    var dropped: [String] = []
    for entry in answers.entries
    where questionnaire.question(id: entry.question)?.option(id: entry.option) == nil {
      progress.answers[entry.question] = nil
      dropped.append(entry.question)
    }
    if let current = currentQuestion, questionnaire.question(id: current) == nil {
      progress.currentQuestion = nil
    }
    return (progress, dropped)
  }
}
