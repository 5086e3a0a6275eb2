import BaclofenReaderSearch
import BaclofenUI

/// Runs line mode on stdin/stdout until `q`, end of input, or output that cannot be written,
/// saving the questionnaire's progress as the full screen does.
func runPlainSession(_ content: AppContent) {
  let search: SearchProvider
  do {
    search = try searchProvider(content)
  } catch {
    search = { SearchOutcome.empty($0) }
  }
  let env = AppEnvironment(
    library: content.articles, withdrawal: content.withdrawal, search: search,
    questionnaire: content.questionnaire)
  let effects = QuizEffects(content: content)
  let saved = effects.loadSaved()
  var session = LineSession(env: env, saved: saved.progress, notice: saved.notice)
  LineSession.run(
    &session, readLine: { readLine() },
    write: { text in
      Output.text(text)
      Output.flush()
      return Output.failure == nil
    }, perform: effects.perform)
}
