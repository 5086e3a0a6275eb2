import Foundation

/// Per-row data of a small index kept in memory once read (a few hundred KB at most): for
/// the bundled articles, reading section details and scanning their text again on every
/// query was a third of its time. A large index reads them each time, or keeps at most
/// `capacity` rows (then starts afresh).
final class RowCache<Value: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var values: [Int64: Value] = [:]
  private let capacity: Int

  init(capacity: Int = .max) { self.capacity = capacity }

  func get(_ row: Int64, keep: Bool, read: (Int64) throws -> Value?) rethrows -> Value? {
    lock.lock()
    let kept = values[row]
    lock.unlock()
    if let kept { return kept }
    guard let value = try read(row) else { return nil }
    if keep {
      lock.lock()
      if values.count >= capacity { values.removeAll(keepingCapacity: true) }
      values[row] = value
      lock.unlock()
    }
    return value
  }
}
