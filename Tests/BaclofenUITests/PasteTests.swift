import Synchronization
import Testing

@testable import BaclofenUI

/// A paste arrives as one `.text` event: the search line caps it and searches once, and
/// outside the search line it acts as the keys it holds.
@Suite struct PasteTests {
  /// The stand-in search, counting the queries it is asked.
  final class Counter: Sendable {
    let queries = Mutex<[String]>([])
  }

  func countingApp() -> (HeadlessApp, Counter) {
    let counter = Counter()
    let standIn = StandInSearch.provider(for: bundledLibrary)
    let search: SearchProvider = { query in
      counter.queries.withLock { $0.append(query) }
      return standIn(query)
    }
    let app = HeadlessApp(
      AppState(
        library: bundledLibrary, withdrawal: testWithdrawal, search: search, width: 80,
        height: 24))
    return (app, counter)
  }

  @Test func aHugePasteIsCappedAndSearchedOnce() {
    var (app, counter) = countingApp()
    app.type("/")
    let opening = counter.queries.withLock { $0.count }
    app.send(.text(String(repeating: "kidney ", count: 15_000)))
    let query = app.state.search?.query ?? ""
    #expect(query.count == SearchScreen.maximumQueryLength)
    #expect(counter.queries.withLock { $0.count } == opening + 1)
    #expect(app.text.contains("The search line holds up to 200 characters."))
    // Further typing is refused with the same notice, and searches nothing more.
    app.type("x")
    app.send(.text("more"))
    #expect(app.state.search?.query == query)
    #expect(counter.queries.withLock { $0.count } == opening + 1)
    // Keys still work at once: Backspace shortens and searches, Esc leaves.
    app.press(.backspace)
    #expect(app.state.search?.query.count == SearchScreen.maximumQueryLength - 1)
    app.press(.escape)
    #expect(app.state.screenName == "home")
  }

  @Test func pastedTextOpensTheSearchAndRunsItOnce() {
    var (app, counter) = countingApp()
    app.send(.text("/kidney"))
    #expect(app.state.search?.query == "kidney")
    #expect(counter.queries.withLock { $0.last } == "kidney")
    #expect(counter.queries.withLock { $0.filter { !$0.isEmpty } } == ["kidney"])
    #expect(app.text.contains("Kidney disease"))
  }

  @Test func outsideTheSearchLineAPasteActsAsItsKeys() {
    var (app, _) = countingApp()
    app.send(.text("jjq"))
    #expect(app.quit)
  }
}
