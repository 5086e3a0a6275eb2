import Foundation

// The process-start floor `baclofen-bench` compares whole-process figures with: a Swift
// Foundation program, linked as `baclofen` is, that prints one JSON line.
let line = try JSONSerialization.data(withJSONObject: ["hello": "world"], options: [.sortedKeys])
FileHandle.standardOutput.write(line + Data("\n".utf8))
