import Foundation

/// A value worked out the first time it is asked for, on the thread that asks, then kept.
final class OnFirstUse<Value: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var work: (@Sendable () -> Value)?
  private var result: Value?

  init(_ work: @escaping @Sendable () -> Value) { self.work = work }

  /// Already worked out.
  init(value: Value) { result = value }

  var value: Value {
    lock.lock()
    defer { lock.unlock() }
    if let result { return result }
    let worked = work!()
    result = worked
    work = nil
    return worked
  }
}
