import Foundation

/// A value worked out on another thread; `value()` waits for it.
public final class InBackground<Value: Sendable>: @unchecked Sendable {
  private let done = DispatchSemaphore(value: 0)
  private let lock = NSLock()
  private var waited = false
  private var result: Value?

  public init(_ work: @escaping @Sendable () -> Value) {
    DispatchQueue.global().async {
      self.result = work()
      self.done.signal()
    }
  }

  public func value() -> Value {
    lock.lock()
    defer { lock.unlock() }
    if !waited {
      done.wait()
      waited = true
    }
    return result!
  }
}
