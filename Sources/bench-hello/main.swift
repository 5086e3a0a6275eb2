import Foundation

// The process-start floor `baclofen-bench` compares whole-process figures with: a Swift
// Foundation program, linked as `baclofen` is, that prints one JSON line (and, as `baclofen`
// does, exits 1 rather than trapping when standard output cannot be written).
//
// `bench-hello --stat FOLDER` first lists and stats every entry under FOLDER on one core: the
// floor of a warm search over a library, which must stat each article to know its cache is
// fresh.
if CommandLine.arguments.count == 3, CommandLine.arguments[1] == "--stat" {
  statWalk(CommandLine.arguments[2])
}
let line = try JSONSerialization.data(withJSONObject: ["hello": "world"], options: [.sortedKeys])
do {
  try FileHandle.standardOutput.write(contentsOf: line + Data("\n".utf8))
} catch {
  exit(1)
}

/// Stats every entry under `folder` (not following links), entering subfolders.
func statWalk(_ folder: String) {
  guard let handle = opendir(folder) else { return }
  defer { closedir(handle) }
  var info = stat()
  var inside: [String] = []
  while let entry = readdir(handle) {
    let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
      raw.first == UInt8(ascii: ".") ? nil : Array(raw.prefix { $0 != 0 }) + [0]
    }
    guard let name,
      name.withUnsafeBufferPointer({
        fstatat(
          dirfd(handle), UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self),
          &info, AT_SYMLINK_NOFOLLOW)
      }) == 0
    else { continue }
    if info.st_mode & S_IFMT == S_IFDIR {
      inside.append(folder + "/" + String(decoding: name.dropLast(), as: UTF8.self))
    }
  }
  inside.forEach(statWalk)
}
