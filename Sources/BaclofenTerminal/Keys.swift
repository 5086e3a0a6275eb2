import BaclofenUI
import CNCurses

/// Curses input codes to app events.
enum Keys {
  /// A character read by `get_wch` (status OK).
  static func character(_ code: UInt32) -> Key? {
    switch code {
    case 9: return .tab
    case 10, 13: return .enter
    case 27: return .escape
    case 8, 127: return .backspace
    case 1...26: return .control(Character(Unicode.Scalar(code + 96)!))
    case 0..<32: return nil
    default:
      guard let scalar = Unicode.Scalar(code) else { return nil }
      return .character(Character(scalar))
    }
  }

  /// A function-key code read by `get_wch` (status KEY_CODE_YES), other than resize/mouse.
  static func function(_ code: Int32) -> Key? {
    switch code {
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    case KEY_PPAGE: return .pageUp
    case KEY_NPAGE: return .pageDown
    case KEY_HOME: return .home
    case KEY_END: return .end
    case KEY_BACKSPACE: return .backspace
    case KEY_ENTER: return .enter
    case KEY_BTAB: return .backTab
    case shim_key_f(1)...shim_key_f(12): return .function(Int(code - shim_key_f(0)))
    default: return nil
    }
  }

  /// The pending mouse event, if it is one the app uses.
  static func mouse() -> MouseEvent? {
    var event = MEVENT()
    guard getmouse(&event) == shim_ok() else { return nil }
    let state = event.bstate
    let x = Int(event.x)
    let y = Int(event.y)
    if state & shim_button4_pressed() != 0 { return MouseEvent(.wheelUp, x: x, y: y) }
    if shim_button5_pressed() != 0, state & shim_button5_pressed() != 0 {
      return MouseEvent(.wheelDown, x: x, y: y)
    }
    if state & (shim_button1_pressed() | shim_button1_clicked()) != 0 {
      return MouseEvent(.click, x: x, y: y)
    }
    return nil
  }
}
