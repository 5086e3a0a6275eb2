import BaclofenQuiz
import BaclofenText
import Foundation

extension Quiz {
  /// `--export` alone means "the default file": ArgumentParser has no option whose value may
  /// be left out, so a bare `--export` (last, or followed by another option) is passed on
  /// with the default path as its value. `quiz` takes no other words, so `--export WORD` is
  /// always a path.
  static func withBareExport(_ arguments: [String], defaultPath: () -> String = { exportPath("") })
    -> [String]
  {
    guard arguments.first == "quiz" else { return arguments }
    var result = arguments
    for index in result.indices.dropFirst() {
      if result[index] == "--" { break }
      let next = result.indices.contains(index + 1) ? result[index + 1] : "-"
      if result[index] == "--export", next.hasPrefix("-") {
        result[index] = "--export=" + defaultPath()
      }
    }
    return result
  }

  /// Where `--export VALUE` writes: the default file for an empty value; in a folder, the
  /// default file name there; else the path given (`~/` meaning the home folder).
  static func exportPath(
    _ value: String, environment: [String: String] = ProcessInfo.processInfo.environment,
    date: String = ResultExport.today()
  ) -> String {
    let home = environment["HOME"]
    let exists = { FileManager.default.fileExists(atPath: $0) }
    let current = FileManager.default.currentDirectoryPath
    var path = value
    if path.hasPrefix("~/"), let home { path = home + path.dropFirst() }
    var isFolder: ObjCBool = false
    if path.isEmpty
      || (FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        && isFolder.boolValue)
    {
      return ResultExport.defaultPath(
        home: path.isEmpty ? home : path, currentDirectory: current, date: date, exists: exists)
    }
    return path
  }
}

/// An answer that could not be parsed, with the closest question or option when one is near.
func answerErrorMessage(_ error: AnswerParseError) -> String {
  var hint = ""
  switch error {
  case .unknownQuestion(let question, let valid):
    if let closest = Closest.match(question, in: valid) { hint = " Did you mean `\(closest)`?" }
  case .unknownOption(let question, let option, let valid):
    if let closest = Closest.match(option, in: valid) {
      hint = " Did you mean `\(question)=\(closest)`?"
    }
  default: break
  }
  return "error: \(error.description).\(hint) See `baclofen quiz --list`."
}
