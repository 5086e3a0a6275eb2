/// Symbols drawn by the UI itself, with plain-ASCII forms for terminals whose locale is not
/// UTF-8.
public struct Glyphs: Sendable, Hashable {
  public var ascii: Bool
  public var expanded: String
  public var collapsed: String
  public var vertical: String
  public var horizontal: String
  public var corners: (topLeft: String, topRight: String, bottomLeft: String, bottomRight: String)
  public var warning: String
  public var dash: String
  public var arrows: (up: String, down: String, left: String, right: String)
  public var bullet: String
  public var dot: String
  public var pointer: String

  public init(ascii: Bool) {
    self.ascii = ascii
    if ascii {
      expanded = "-"
      collapsed = "+"
      vertical = "|"
      horizontal = "-"
      corners = ("+", "+", "+", "+")
      warning = "!"
      dash = "-"
      arrows = ("Up", "Down", "Left", "Right")
      bullet = "*"
      dot = "-"
      pointer = ">"
    } else {
      expanded = "▾"
      collapsed = "▸"
      vertical = "│"
      horizontal = "─"
      corners = ("┌", "┐", "└", "┘")
      warning = "⚠"
      dash = "—"
      arrows = ("↑", "↓", "←", "→")
      bullet = "•"
      dot = "·"
      pointer = "›"
    }
  }

  public static func == (a: Glyphs, b: Glyphs) -> Bool { a.ascii == b.ascii }
  public func hash(into hasher: inout Hasher) { hasher.combine(ascii) }
}
