import Foundation

/// Keeps `ReaderMemory` in `reader.json` in the state folder. Meant to be loaded once at
/// start and saved when something worth keeping changes and on quit. Never fatal: a damaged
/// file is set aside with a notice and reading starts afresh; a failed save gives a notice
/// and the session goes on. Two readers open at once: the last to save wins, and the file is
/// always one whole save, never a mixture.
///
/// Wiring, as for the questionnaire's `ProgressStore`: the executable loads it before the
/// reader starts and hands the memory (after `keeping(sections:)` for the content shown) to
/// the app state; the pure UI asks for a save with an effect carrying the new memory, on a
/// change worth keeping and on quit, which the executable performs with `save`.
public struct ReaderMemoryStore: Sendable {
  public static let fileName = "reader.json"
  /// Far above what the limits of `ReaderMemory` allow; anything larger was not written here.
  public static let maximumBytes = 256 * 1024

  private let file: StateFile<ReaderMemory>

  /// `directory` nil: nothing is saved (no home folder).
  public init(directory: URL?) {
    file = StateFile(folder: directory, name: Self.fileName, maximumBytes: Self.maximumBytes)
  }

  /// In the standard state folder for `environment`.
  public static func standard(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> ReaderMemoryStore {
    ReaderMemoryStore(directory: StateFolder.standard(environment: environment))
  }

  public var fileURL: URL? { file.url }

  /// What was remembered (empty on a first run), and a notice to show when the file could
  /// not be used.
  public func load(now: Date = Date()) -> (memory: ReaderMemory, notice: String?) {
    let afresh = "Your reading places could not be read, so reading starts afresh."
    switch file.load(now: now, isCurrent: { $0.version == ReaderMemory.currentVersion }) {
    case .none: return (ReaderMemory(), nil)
    case .value(let memory): return (memory.bounded(), nil)
    case .unreadable(let reason):
      return (ReaderMemory(), "Could not read your reading places (\(reason)).")
    case .damaged(let aside?):
      return (ReaderMemory(), afresh + " The damaged file was kept as \(aside).")
    case .damaged(nil): return (ReaderMemory(), afresh)
    }
  }

  /// Saves atomically; a notice when it could not.
  @discardableResult
  public func save(_ memory: ReaderMemory) -> String? {
    do {
      try file.save(memory.bounded())
      return nil
    } catch StateFileError.noFolder {
      return "Reading places are not kept between runs (no home folder)."
    } catch {
      return "Your reading places could not be saved (\(error))."
    }
  }
}
