import BaclofenQuiz
import BaclofenUI
import Foundation

/// The questionnaire's I/O for the full-screen reader: the pure UI asks for it with effects,
/// this performs them. Never fatal: a folder that cannot be written gives a notice for the
/// footer and the session goes on.
struct QuizEffects {
  let content: AppContent
  let store: ProgressStore
  /// Said once, on the questionnaire's first page, when there is nowhere to save.
  let storeNotice: String?

  init(
    content: AppContent, environment: [String: String] = ProcessInfo.processInfo.environment
  ) {
    self.content = content
    (store, storeNotice) = ProgressStore.standard(environment: environment)
  }

  /// Saved answers from an earlier session, and any notice about them.
  func loadSaved() -> (progress: QuizProgress?, notice: String?) {
    let (progress, notice) = store.load()
    return (progress, [storeNotice, notice].compactMap { $0 }.first)
  }

  func perform(_ effect: Effect) -> String? {
    switch effect {
    case .saveProgress(let progress): return store.save(progress)
    case .clearProgress:
      store.clear()
      return nil
    case .exportResult(let answers): return export(answers)
    case .quit, .redraw: return nil
    }
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
    } catch {
      return "Could not save the result to \(path): \(error)"
    }
  }
}
