import BaclofenContent
import BaclofenStore
import BaclofenUI
import Foundation

/// The full-screen reader's I/O: the questionnaire's files and what the reader remembers
/// between runs (`reader.json` in the state folder). Never fatal: a save that fails gives a
/// notice once and reading goes on.
final class ReaderEffects {
  let quiz: QuizEffects
  let store: ReaderMemoryStore
  /// A failed save of the reader's places, said once (and on stderr if it was the last).
  private(set) var saveFailure: String?

  init(content: AppContent, environment: [String: String] = ProcessInfo.processInfo.environment) {
    quiz = QuizEffects(content: content, environment: environment)
    store = ReaderMemoryStore.standard(environment: environment)
  }

  /// What the last run remembered, without places the content no longer has.
  func loadMemory(_ library: Library) -> (memory: ReaderMemory, notice: String?) {
    let (memory, notice) = store.load()
    let ids = Set(library.sections.map(\.id))
    return (memory.keeping { ids.contains($0) }, notice)
  }

  func perform(_ effect: FileEffect) -> String? {
    guard case .saveReaderMemory(let memory) = effect else { return quiz.perform(effect) }
    guard let failure = store.save(memory) else { return nil }
    defer { saveFailure = failure }
    return saveFailure == nil ? failure : nil
  }
}
