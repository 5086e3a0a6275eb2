import BaclofenText

/// One terminal cell. A wide (CJK) character occupies its own cell with `width` 2 and the
/// cell to its right as a continuation (`width` 0), so a buffer row is always exactly as wide
/// as the screen.
public struct Cell: Sendable, Hashable {
  public var character: Character
  /// 1 or 2 for a cell that starts a character; 0 for the right half of a wide character.
  public var width: Int
  public var style: TextStyle

  public init(_ character: Character, width: Int = 1, style: TextStyle = []) {
    self.character = character
    self.width = width
    self.style = style
  }

  public static let blank = Cell(" ")
  public var isContinuation: Bool { width == 0 }
}

/// A screen position (column, row), 0-based from the top left.
public struct Point: Sendable, Hashable {
  public var x: Int
  public var y: Int
  public init(x: Int, y: Int) {
    self.x = x
    self.y = y
  }
}

/// What `render` produces: a grid of cells plus where the real cursor should sit. Nothing
/// written through its methods can go past the right edge.
public struct ScreenBuffer: Sendable, Hashable {
  public let width: Int
  public let height: Int
  public private(set) var cells: [Cell]
  /// Where the terminal cursor goes (the selected item), for screen readers and magnifiers.
  public var cursor: Point?

  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    cells = Array(repeating: .blank, count: self.width * self.height)
  }

  public subscript(x: Int, y: Int) -> Cell { cells[y * width + x] }

  /// Writes `text` from column `x` on row `y`, never past column `limit` (exclusive; the
  /// screen width by default). A wide character that would straddle the limit becomes a
  /// space. Returns the column after the last cell written.
  @discardableResult
  public mutating func put(_ text: String, x: Int, y: Int, style: TextStyle = [], limit: Int? = nil)
    -> Int
  {
    let end = min(limit ?? width, width)
    guard y >= 0, y < height else { return x }
    var column = x
    for character in text {
      let w = character == "\t" ? 1 : character.displayWidth
      if w == 0 { continue }
      if column + w > end {
        if column < end, column >= 0 { set(Cell(" ", style: style), x: column, y: y) }
        return end
      }
      if column >= 0 {
        set(Cell(character == "\t" ? " " : character, width: w, style: style), x: column, y: y)
        if w == 2 { set(Cell(" ", width: 0, style: style), x: column + 1, y: y) }
      }
      column += w
    }
    return column
  }

  /// Writes a styled line; returns the column after it.
  @discardableResult
  public mutating func put(_ line: StyledLine, x: Int, y: Int, limit: Int? = nil) -> Int {
    var column = x
    for span in line.spans {
      column = put(span.text, x: column, y: y, style: span.style, limit: limit)
    }
    return column
  }

  /// Fills columns `from..<to` of row `y` with spaces in `style`.
  public mutating func fill(y: Int, from: Int = 0, to: Int? = nil, style: TextStyle) {
    let to = min(to ?? width, width)
    guard y >= 0, y < height, from < to else { return }
    for x in max(0, from)..<to { set(Cell(" ", style: style), x: x, y: y) }
  }

  /// Adds `style` to every cell of row `y` in `from..<to` (a selection bar over text).
  public mutating func addStyle(_ style: TextStyle, y: Int, from: Int = 0, to: Int? = nil) {
    let to = min(to ?? width, width)
    guard y >= 0, y < height, from < to else { return }
    for x in max(0, from)..<to { cells[y * width + x].style.formUnion(style) }
  }

  /// Sets one cell, blanking the other half of any wide character it cuts through.
  private mutating func set(_ cell: Cell, x: Int, y: Int) {
    guard x >= 0, x < width else { return }
    let index = y * width + x
    let old = cells[index]
    if old.isContinuation, x > 0, !cell.isContinuation {
      cells[index - 1] = Cell(" ", style: cells[index - 1].style)
    }
    if old.width == 2, cell.width != 2, x + 1 < width {
      cells[index + 1] = Cell(" ", style: cells[index + 1].style)
    }
    cells[index] = cell
  }

  /// The screen as text, one string per row, trailing spaces removed.
  public var textLines: [String] {
    (0..<height).map { y in
      var line = ""
      for x in 0..<width where !self[x, y].isContinuation { line.append(self[x, y].character) }
      while line.last == " " { line.removeLast() }
      return line
    }
  }

  /// The character cells of row `y` whose style contains `style`, as one string per run.
  public func runs(withStyle style: TextStyle, y: Int) -> [String] {
    var result: [String] = []
    var current = ""
    for x in 0..<width {
      let cell = self[x, y]
      if cell.style.contains(style) {
        if !cell.isContinuation { current.append(cell.character) }
      } else if !current.isEmpty {
        result.append(current)
        current = ""
      }
    }
    if !current.isEmpty { result.append(current) }
    return result
  }
}
