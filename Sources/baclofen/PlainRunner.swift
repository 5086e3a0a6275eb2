import Foundation

/// Runs `PlainSession` on stdin/stdout until `q` or end of input.
func runPlainSession(_ content: AppContent) {
  var session = PlainSession(content: content)
  for line in session.greeting() { print(line) }
  while !session.finished {
    FileHandle.standardOutput.write(Data(session.prompt.utf8))
    guard let line = readLine() else {
      print()
      break
    }
    for output in session.handle(line) { print(output) }
  }
}

/// `--plain`, or a terminal that cannot show a full screen (`TERM` unset or `dumb`).
func wantsPlainMode(flag: Bool, environment: [String: String] = ProcessInfo.processInfo.environment)
  -> Bool
{
  if flag { return true }
  let term = environment["TERM"] ?? ""
  return term.isEmpty || term == "dumb"
}
