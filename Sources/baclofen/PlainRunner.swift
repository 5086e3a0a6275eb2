import Foundation

/// Runs `PlainSession` on stdin/stdout until `q` or end of input. All output goes through one
/// unbuffered handle so prompts and lines stay in order on pipes too.
func runPlainSession(_ content: AppContent) {
  let out = FileHandle.standardOutput
  func emit(_ lines: [String]) {
    out.write(Data(lines.map { $0 + "\n" }.joined().utf8))
  }
  var session = PlainSession(content: content)
  emit(session.greeting())
  while !session.finished {
    out.write(Data(session.prompt.utf8))
    guard let line = readLine() else {
      emit([""])
      break
    }
    emit(session.handle(line))
  }
}
