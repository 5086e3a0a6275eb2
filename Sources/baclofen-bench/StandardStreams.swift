import Foundation

/// A line on standard error. `FileHandle.write(_:)` traps on a closed or full stream; when
/// even standard error cannot be written there is nowhere left to say so.
func warn(_ line: String) {
  try? FileHandle.standardError.write(contentsOf: Data((line + "\n").utf8))
}

/// `data` on standard output; a failed write is reported and the bench exits 1, rather than
/// trapping or leaving a truncated report that looks whole.
func emit(_ data: Data) {
  do {
    try FileHandle.standardOutput.write(contentsOf: data)
  } catch {
    warn("baclofen-bench: cannot write the report: \(error.localizedDescription)")
    exit(1)
  }
}
