/// Runs `PlainSession` on stdin/stdout until `q`, end of input, or output that cannot be
/// written. Each answer is flushed before the next line is read, so prompts and lines stay
/// in order on pipes too.
func runPlainSession(_ content: AppContent) {
  func emit(_ lines: [String]) {
    for line in lines { Output.line(line) }
  }
  var session = PlainSession(content: content)
  emit(session.greeting())
  while !session.finished && Output.failure == nil {
    Output.text(session.prompt)
    Output.flush()
    guard let line = readLine() else {
      emit([""])
      break
    }
    emit(session.handle(line))
  }
}
