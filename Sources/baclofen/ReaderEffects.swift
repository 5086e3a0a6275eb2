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
  /// What the file holds, when it was read whole (an empty memory when there is none): a
  /// save of the same is skipped, as quitting without moving would write it again.
  private var stored: ReaderMemory?

  init(content: AppContent, environment: [String: String] = ReaderEffects.stateEnvironment) {
    quiz = QuizEffects(content: content, environment: environment)
    store = ReaderMemoryStore.standard(environment: environment)
  }

  /// The variables the state folder is found by (`StateFolder`), read with `getenv`:
  /// `ProcessInfo.environment` copies the whole environment, a twentieth of the first frame.
  static var stateEnvironment: [String: String] {
    // Room for both: growing a dictionary of strings runs the standard library's
    // specialized copy, which looks up `String: Hashable` (a thirtieth of the first frame).
    var environment = [String: String](minimumCapacity: 2)
    for name in ["XDG_STATE_HOME", "HOME"] {
      if let value = getenv(name) { environment[name] = String(cString: value) }
    }
    return environment
  }

  /// What the last run remembered, without places the content no longer has.
  func loadMemory(_ library: Library) -> (memory: ReaderMemory, notice: String?) {
    let (memory, notice) = store.load()
    if notice == nil { stored = memory }
    let ids = Set(library.sections.map(\.id))
    return (memory.keeping { ids.contains($0) }, notice)
  }

  func perform(_ effect: FileEffect) -> String? {
    guard case .saveReaderMemory(let memory) = effect else { return quiz.perform(effect) }
    if memory == stored { return nil }
    guard let failure = store.save(memory) else {
      stored = memory
      return nil
    }
    defer { saveFailure = failure }
    return saveFailure == nil ? failure : nil
  }
}
