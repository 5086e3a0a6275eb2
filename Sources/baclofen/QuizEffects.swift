import BaclofenQuiz
import BaclofenStore
import BaclofenUI
import Foundation

/// The questionnaire's I/O for the full-screen reader: the pure UI asks for it with effects,
/// this performs them. Never fatal: a folder that cannot be written gives a notice for the
/// footer and the session goes on.
final class QuizEffects {
  let content: AppContent
  let store: ProgressStore
  /// Said once, on the questionnaire's first page, when there is nowhere to save.
  let storeNotice: String?
  /// A failing save is reported once: the same notice after every answer would hide the
  /// footer's keys for the rest of the questionnaire.
  private var saveFailureReported = false

  init(
    content: AppContent, environment: [String: String] = ProcessInfo.processInfo.environment
  ) {
    self.content = content
    (store, storeNotice) = ProgressStore.standard(environment: environment)
  }

  /// Saved answers from an earlier session, and any notice about them.
  func loadSaved() -> (progress: QuizProgress?, notice: String?) {
    let (loaded, notice) = store.load()
    guard let loaded else { return (nil, storeNotice ?? notice) }
    // Checked as the CLI checks answers: a hand-edited or outdated file must not resume
    // with answers the questionnaire does not have.
    let (progress, dropped) = loaded.keepingValidAnswers(for: content.questionnaire)
    let dropNotice = "Saved answers that no longer fit the questionnaire were left out."
    return (progress, dropped.isEmpty ? notice : dropNotice)
  }

  func perform(_ effect: FileEffect) -> String? {
    switch effect {
    case .saveProgress(let progress):
      guard store.save(progress) != nil else { return nil }
      defer { saveFailureReported = true }
      return saveFailureReported ? nil : saveFailure

    case .clearProgress:
      store.clear()
      return nil
    case .exportResult(let answers): return export(answers)
    // The reader's places are `ReaderEffects`' work.
    case .saveReaderMemory: return nil
    }
  }

  /// Short and plain: Foundation's own error text is long and means little to most people.
  private var saveFailure: String {
    guard let folder = store.directory?.path else {
      return "Your answers are not being saved (no home folder)."
    }
    return "Your answers cannot be saved in \(folder); the questionnaire works without saving."
  }

  private func export(_ answers: Answers) -> String {
    let questionnaire = content.questionnaire
    let evaluation = questionnaire.evaluate(answers)
    let today = ResultExport.today()
    let text = ResultExport.text(
      evaluation, questionnaire: questionnaire, library: content.library, answers: answers,
      withdrawal: content.withdrawal, exportedOn: today)
    let path = ResultExport.defaultPath(
      home: ProcessInfo.processInfo.environment["HOME"],
      currentDirectory: FileManager.default.currentDirectoryPath, date: today,
      exists: { FileManager.default.fileExists(atPath: $0) })
    do {
      try ResultExport.write(text, to: path)
      return "Result saved to \(path)"
    } catch AtomicFileError.system(_, _, let code) {
      return "Could not save the result to \(path): \(String(cString: strerror(code)))."
    } catch {
      return "Could not save the result to \(path)."
    }
  }
}
