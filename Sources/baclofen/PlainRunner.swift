import Foundation

/// Runs `PlainSession` on stdin/stdout until `q` or end of input.
func runPlainSession(_ content: AppContent) {
  var session = PlainSession(content: content)
  session.greeting().forEach { print($0) }
  while !session.finished {
    print(session.prompt, terminator: "")
    fflush(stdout)
    guard let line = readLine() else {
      print()
      break
    }
    session.handle(line).forEach { print($0) }
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
