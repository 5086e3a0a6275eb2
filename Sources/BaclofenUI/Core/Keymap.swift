/// A key binding, as bubbles' `key.Binding`: the keys, what they do, and the words the help
/// screen and the footer use for them. Handlers, footer and help all read the same list.
struct Binding<Action: Sendable>: Sendable {
  var keys: [Key]
  var action: Action
  /// The help line ("line up / down"); empty for a binding help does not list.
  var help: String
  /// How help names the keys, where the keys' own names would not do ("1-9").
  var keyLabel: String?
  var footer: FooterHint?

  init(
    _ keys: [Key], _ action: Action, help: String, keyLabel: String? = nil,
    footer: FooterHint? = nil
  ) {
    self.keys = keys
    self.action = action
    self.help = help
    self.keyLabel = keyLabel
    self.footer = footer
  }
}

/// How a binding shows in the footer: a label, a shorter one for narrow screens, and how
/// important it is (the least important is dropped first).
struct FooterHint: Sendable {
  var label: String
  var short: String
  var priority: Int
  /// How many of the binding's keys the footer names, run together ("↑↓").
  var keyCount = 1
  /// Words instead of key names ("any key").
  var key: String?

  init(
    _ label: String, short: String? = nil, priority: Int, keyCount: Int = 1, key: String? = nil
  ) {
    self.label = label
    self.short = short ?? label
    self.priority = priority
    self.keyCount = keyCount
    self.key = key
  }
}

/// One screen's bindings, in the order help lists them.
struct Keymap<Action: Sendable>: Sendable {
  /// The help screen's heading for them.
  var title: String
  var bindings: [Binding<Action>]

  /// What `key` does here; nil for a key this screen does not use.
  func action(for key: Key) -> Action? {
    bindings.first { $0.keys.contains(key) }?.action
  }

  func binds(_ key: Key) -> Bool { bindings.contains { $0.keys.contains(key) } }

  /// The help screen's lines for these keys: (keys, what they do).
  func helpRows(_ glyphs: Glyphs) -> [(String, String)] {
    bindings.filter { !$0.help.isEmpty }.map { binding in
      (
        binding.keyLabel ?? binding.keys.map { $0.name(glyphs) }.joined(separator: " "),
        binding.help
      )
    }
  }

  /// The footer's hints, in order; a click on one presses its first key.
  func footerItems(_ glyphs: Glyphs) -> [FooterItem] {
    bindings.compactMap { binding in
      guard let hint = binding.footer, let key = binding.keys.first else { return nil }
      return FooterItem(
        // Not `joined()`: generic code that looks conformances up on its first call, a
        // thirtieth of the first frame.
        key: hint.key
          ?? binding.keys.prefix(hint.keyCount).reduce(into: "") { $0 += $1.name(glyphs) },
        label: hint.label, short: hint.short, action: key,
        priority: hint.priority)
    }
  }
}

extension Key {
  /// The key as help and the footer name it.
  func name(_ glyphs: Glyphs) -> String {
    let a = glyphs.arrows
    switch self {
    case .character(" "): return "space"
    case .character(let c): return String(c)
    case .control(let c): return "Ctrl-" + c.uppercased()
    case .up: return a.up
    case .down: return a.down
    case .left: return a.left
    case .right: return a.right
    case .pageUp: return "PgUp"
    case .pageDown: return "PgDn"
    case .home: return "Home"
    case .end: return "End"
    case .tab: return "Tab"
    case .backTab: return "Shift-Tab"
    case .enter: return "Enter"
    case .escape: return "Esc"
    case .backspace: return "Bksp"
    case .function(let n): return "F\(n)"
    }
  }
}
