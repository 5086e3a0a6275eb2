import Foundation

// The process-start floor `baclofen-bench` compares whole-process figures with: a Swift
// Foundation program, linked as `baclofen` is, that prints one JSON line (and, as `baclofen`
// does, exits 1 rather than trapping when standard output cannot be written).
let line = try JSONSerialization.data(withJSONObject: ["hello": "world"], options: [.sortedKeys])
do {
  try FileHandle.standardOutput.write(contentsOf: line + Data("\n".utf8))
} catch {
  exit(1)
}
