/// A rectangle of the screen, in cells. Screens split the screen into rects and hand each to a
/// widget, so update and render agree on where everything is (as ratatui's `Rect`).
public struct Rect: Sendable, Hashable {
  public var x: Int
  public var y: Int
  public var width: Int
  public var height: Int

  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = max(0, width)
    self.height = max(0, height)
  }

  /// The column and row just past the rect.
  public var right: Int { x + width }
  public var bottom: Int { y + height }
  public var isEmpty: Bool { width == 0 || height == 0 }

  public func contains(_ point: Point) -> Bool {
    point.x >= x && point.x < right && point.y >= y && point.y < bottom
  }

  /// The rect shrunk by `dx` columns on each side and `dy` rows at the top and the bottom.
  public func inset(dx: Int = 0, dy: Int = 0) -> Rect {
    Rect(x: x + dx, y: y + dy, width: width - 2 * dx, height: height - 2 * dy)
  }

  /// The first `rows` rows, and the rest.
  public func splitTop(_ rows: Int) -> (top: Rect, rest: Rect) {
    let rows = min(max(0, rows), height)
    return (
      Rect(x: x, y: y, width: width, height: rows),
      Rect(x: x, y: y + rows, width: width, height: height - rows)
    )
  }

  /// At most `columns` wide, centred in this rect.
  public func centred(width columns: Int) -> Rect {
    let columns = min(max(0, columns), width)
    return Rect(x: x + (width - columns) / 2, y: y, width: columns, height: height)
  }
}

/// Something that draws itself into an area of a buffer (ratatui's `Widget`).
protocol Widget {
  func render(in area: Rect, buffer: inout ScreenBuffer)
}
