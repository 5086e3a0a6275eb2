import BaclofenUI
import CNCurses
import Foundation
import Glibc

/// The full-screen loop: curses set-up, events in, frames out, and the terminal restored on
/// every way out (q, Ctrl-C, any terminating signal, a crash) and around Ctrl-Z / fg.
public enum Terminal {
  /// True when the locale (after `setlocale`) is UTF-8; otherwise draw ASCII glyphs.
  public static func localeIsUTF8() -> Bool {
    setlocale(LC_ALL, "")
    return shim_codeset_is_utf8() != 0
  }

  /// Colours unless `NO_COLOR` is set and non-empty or `--no-color` was given.
  public static func colorsWanted(noColorFlag: Bool) -> Bool {
    if noColorFlag { return false }
    // `getenv`: `ProcessInfo.environment` copies the whole environment into a dictionary.
    if let value = getenv("NO_COLOR"), value.pointee != 0 { return false }
    return true
  }

  /// Returned by `run` when terminfo does not know `TERM`; nothing was drawn.
  public static let unknownTerminal: Int32 = -1

  /// Runs until the app quits. Returns the exit status: 0, or 128 + the signal that ended it,
  /// or `unknownTerminal`. `perform` carries out the effects that need I/O (saving progress,
  /// exporting) and may return a notice for the footer.
  public static func run(
    makeState: (_ width: Int, _ height: Int, _ utf8: Bool) -> AppState,
    colors wanted: Bool,
    perform: (FileEffect) -> String? = { _ in nil }
  ) -> Int32 {
    let utf8 = localeIsUTF8()
    Signals.saveTerminal()
    guard shim_newterm() != nil else { return unknownTerminal }
    cbreak()
    noecho()
    nonl()
    keypad(shim_stdscr(), true)
    set_escdelay(25)
    idlok(shim_stdscr(), true)  // lets curses scroll the terminal for one-line moves
    mouseinterval(0)
    _ = mousemask(
      shim_button1_pressed() | shim_button4_pressed() | shim_button5_pressed(), nil)
    Signals.install()
    defer {
      endwin()
      Signals.uninstall()
    }
    var painter = Painter(colors: wanted && has_colors(), utf8: utf8)
    var state = makeState(Int(shim_cols()), Int(shim_rows()), utf8)
    painter.draw(state.render())
    var endingSignal = SIGTERM
    while true {
      var events: [Event] = []
      var fds = [
        pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
        pollfd(fd: Signals.readEnd, events: Int16(POLLIN), revents: 0),
      ]
      let ready = poll(&fds, 2, -1)
      if ready < 0 && errno != EINTR { return 1 }
      for number in Signals.drain() {
        switch number {
        case SIGINT: events.append(.interrupt)
        case SIGTSTP:
          suspend()
          painter.invalidate()
        case SIGCONT: painter.invalidate()
        default:
          events.append(.terminate)
          endingSignal = number
        }
      }
      if fds[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { events.append(.terminate) }
      events += readInput()
      for event in events {
        let effects = state.handle(event)
        // Files first: quitting saves what the reader remembers.
        for case .file(let work) in effects {
          if let notice = perform(work) { state.showNotice(notice) }
        }
        if effects.contains(.quit) {
          switch event {
          case .interrupt: return 128 + SIGINT
          case .terminate: return 128 + endingSignal
          default: return 0
          }
        }
        if effects.contains(.redraw) { painter.invalidate() }
      }
      painter.draw(state.render())
    }
  }

  /// Everything curses has buffered, without waiting. Resizes come as KEY_RESIZE.
  private static func readInput() -> [Event] {
    nodelay(shim_stdscr(), true)
    var events: [Event] = []
    var code: wint_t = 0
    while true {
      let status = get_wch(&code)
      if status == shim_err() { break }
      if status == shim_key_code_yes() {
        switch Int32(code) {
        case KEY_RESIZE: events.append(.resize(width: Int(shim_cols()), height: Int(shim_rows())))
        case KEY_MOUSE: if let mouse = Keys.mouse() { events.append(.mouse(mouse)) }
        default: if let key = Keys.function(Int32(code)) { events.append(.key(key)) }
        }
      } else if let key = Keys.character(UInt32(code)) {
        events.append(.key(key))
      }
    }
    return coalesced(events)
  }

  /// Runs of characters read at once become one `.text` event, so that a paste costs one
  /// update (one search) instead of one per character.
  static func coalesced(_ events: [Event]) -> [Event] {
    var result: [Event] = []
    var run = ""
    func endRun() {
      if run.count == 1 { result.append(.key(.character(run.first!))) }
      if run.count > 1 { result.append(.text(run)) }
      run = ""
    }
    for event in events {
      if case .key(.character(let character)) = event {
        run.append(character)
      } else {
        endRun()
        result.append(event)
      }
    }
    endRun()
    return result
  }

  /// Ctrl-Z: give the terminal back, stop with the default action, take it again on `fg`.
  private static func suspend() {
    endwin()
    signal(SIGTSTP, SIG_DFL)
    raise(SIGTSTP)
    // Stopped here until SIGCONT.
    Signals.catchSignal(SIGTSTP)
    refresh()
  }
}
