import BaclofenContent
import BaclofenSynthetic
import Foundation
import Testing

@testable import BaclofenUI

/// Random abuse of the headless app: every key it knows, control keys, pastes (up to 10,000
/// characters, escapes included), mouse events and resizes from 1×1 to 300×100, from a fixed seed so any failure repeats exactly.
/// `MONKEY_EVENTS` and `MONKEY_SEED` override the count and seed (Tests/Scripts/monkey.sh
/// runs a million in an optimised build).
@Suite struct MonkeyTests {
  @Test func randomEventsKeepEveryInvariant() {
    let environment = ProcessInfo.processInfo.environment
    let count = environment["MONKEY_EVENTS"].flatMap(Int.init) ?? 50_000
    let seed = environment["MONKEY_SEED"].flatMap(UInt64.init) ?? 20_261_121
    var generator = Monkey(seed: seed)
    var app = bundledApp(width: 80, height: 24)
    var failures = 0
    for number in 0..<count where failures < 5 {
      let event = generator.nextEvent()
      app.send(event)
      if app.quit {
        // q, Ctrl-C and SIGTERM end the app; start a fresh one and keep going.
        app = bundledApp(width: app.state.width, height: app.state.height)
        continue
      }
      let problems = Self.violations(of: app.state, checkCells: number % 7 == 0)
      if !problems.isEmpty {
        failures += 1
        Issue.record("event \(number) \(event) (seed \(seed)): \(problems.joined(separator: "; "))")
      }
      if number % 97 == 0, !Self.withdrawalReachable(from: app) {
        failures += 1
        let screen = app.state.screenName
        Issue.record("event \(number) \(event) (seed \(seed)): no warning from \(screen)")
      }
    }
    #expect(failures == 0)
  }

  /// What must hold after every event.
  /// `checkCells` also walks every cell for wide-character pairs (slow in a debug build).
  static func violations(of state: AppState, checkCells: Bool) -> [String] {
    var problems: [String] = []
    let screen = state.render()
    if screen.width != state.width || screen.height != state.height {
      problems.append(
        "frame \(screen.width)×\(screen.height) for a \(state.width)×\(state.height) screen")
    }
    for (y, line) in screen.textLines.enumerated() where line.displayWidth > state.width {
      problems.append("line \(y) is \(line.displayWidth) columns wide")
    }
    for y in 0..<(checkCells ? screen.height : 0) {
      for x in 0..<screen.width where screen[x, y].width == 2 {
        if x + 1 >= screen.width || !screen[x + 1, y].isContinuation {
          problems.append("wide character at \(x),\(y) without its second cell")
        }
      }
    }
    if let cursor = screen.cursor,
      !(0..<screen.width).contains(cursor.x) || !(0..<screen.height).contains(cursor.y)
    {
      problems.append("cursor outside the screen at \(cursor)")
    }
    let articles = state.env.articles
    if !articles.indices.contains(state.home.reader.article),
      state.home.reader.article != StartPage.article
    {
      problems.append("reader article out of range")
    }
    if case .section(let a, let s) = state.home.selection,
      !articles.indices.contains(a) || !articles[a].sections.indices.contains(s)
    {
      problems.append("contents selection out of range")
    }
    if state.home.reader.top < 0
      || (state.home.reader.top > 0 && state.home.reader.top >= state.home.readerLayout.count)
    {
      problems.append(
        "reader scrolled to \(state.home.reader.top) of \(state.home.readerLayout.count) lines")
    }
    if state.home.contentsTop < 0 { problems.append("contents scrolled above the top") }
    if let search = state.search, search.query.count > SearchScreen.maximumQueryLength {
      problems.append("search line holds \(search.query.count) characters")
    }
    if let search = state.search, !search.outcome.hits.isEmpty,
      !search.outcome.hits.indices.contains(search.selected)
    {
      problems.append("search selection \(search.selected) of \(search.outcome.hits.count)")
    }
    return problems
  }

  /// From any screen, F2 opens the withdrawal warning, and Ctrl-W too except on the search
  /// line, where it deletes a word as in a shell.
  static func withdrawalReachable(from app: HeadlessApp) -> Bool {
    guard !app.state.tooSmall else { return true }
    var copy = app
    if app.state.search != nil { copy.type("\u{1B}") }
    copy.press(.control("w"))
    var viaF2 = app
    viaF2.press(.function(2))
    return copy.state.screenName == "withdrawal" && viaF2.state.screenName == "withdrawal"
  }
}

/// Seeded random events over everything the app understands.
struct Monkey {
  var random: SplitMix
  init(seed: UInt64) { random = SplitMix(seed: seed) }

  static let keys: [Key] =
    [
      .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .tab, .backTab, .enter,
      .escape, .backspace,
    ] + (1...12).map { .function($0) } + "abcdefghijklmnopqrstuvwxyz".map { .control($0) }
    + Array("jkgGhlnN[]/?wsbq 0123456789-\"*():^AEIOU巴é😀").map { .character($0) }

  /// What pastes are made of: the keys' characters, control characters and escapes.
  static let pasted =
    Array("jkq/w abc巴é😀\u{1B}[2J\u{07}\u{9B}\u{0}\t") + ["\u{1F468}\u{200D}\u{1F469}"]

  /// Several characters at once, as a paste arrives: mostly short, now and then 10,000.
  mutating func nextPaste() -> Event {
    let length =
      Int.random(in: 0..<20, using: &random) == 0
      ? 10_000 : Int.random(in: 2...60, using: &random)
    return .text(String((0..<length).map { _ in Self.pasted.randomElement(using: &random)! }))
  }

  mutating func nextEvent() -> Event {
    switch Int.random(in: 0..<100, using: &random) {
    case 0..<77: return .key(Self.keys.randomElement(using: &random)!)
    case 77..<80: return nextPaste()
    case 80..<92:
      let actions: [MouseEvent.Action] = [.wheelUp, .wheelDown, .click]
      return .mouse(
        MouseEvent(
          actions.randomElement(using: &random)!, x: Int.random(in: -2..<302, using: &random),
          y: Int.random(in: -2..<102, using: &random)))
    case 92..<98:
      return .resize(
        width: Int.random(in: 1...300, using: &random),
        height: Int.random(in: 1...100, using: &random))
    case 98: return .interrupt
    default: return .resize(width: 80, height: 24)
    }
  }
}
