/// Which part of a `ScrollList` is shown and which item is highlighted (ratatui's
/// `ListState`): a screen keeps it, the list moves it.
struct ListState: Sendable, Hashable {
  /// First line shown.
  var offset = 0
  /// The highlighted item.
  var selected: Int?
}

/// Lines that scroll, some of which form selectable items (a source, an option): the
/// withdrawal warning and the questionnaire's pages. Tab moves between items, a highlight
/// scrolled out of sight is dropped so Enter never acts on something unseen.
struct ScrollList: Sendable {
  var lines: [StyledLine]
  /// The lines each item occupies.
  var items: [Range<Int>]
  /// Columns the selection bar reaches beyond the text on each side.
  var barPadding = 1

  /// The last useful offset in a view `height` rows tall.
  func maxOffset(height: Int) -> Int { max(0, lines.count - height) }

  /// The item drawn on line `line`, if any.
  func item(atLine line: Int) -> Int? { items.firstIndex { $0.contains(line) } }

  /// Whether item `index` starts within the `visible` lines.
  func isShown(_ index: Int, in visible: Range<Int>) -> Bool {
    items.indices.contains(index) && visible.contains(items[index].lowerBound)
  }

  /// Scrolls to `offset` (kept in range) and drops a highlight that goes out of sight.
  func scroll(_ state: inout ListState, to offset: Int, height: Int) {
    state.offset = min(max(0, offset), maxOffset(height: height))
    if let selected = state.selected,
      !isShown(selected, in: state.offset..<(state.offset + height))
    {
      state.selected = nil
    }
  }

  /// Tab (`forward`) or Shift-Tab: the next item, or from nothing highlighted the first (last)
  /// one in sight, scrolled into view. Returns what to say instead when there is none.
  func tab(_ state: inout ListState, forward: Bool, height: Int) -> String? {
    let next: Int?
    if let selected = state.selected {
      next = forward ? selected + 1 : selected - 1
    } else {
      let visible = state.offset..<(state.offset + height)
      let shown = items.indices.filter { visible.contains(items[$0].lowerBound) }
      next =
        forward
        ? shown.first ?? items.firstIndex { $0.lowerBound >= visible.lowerBound }
        : shown.last
    }
    guard let next, items.indices.contains(next) else {
      return forward ? "That was the last source." : "That was the first source."
    }
    state.selected = next
    reveal(&state, height: height)
    return nil
  }

  /// Scrolls so the highlighted item is in sight (its first line at least).
  func reveal(_ state: inout ListState, height: Int) {
    guard let selected = state.selected, items.indices.contains(selected) else { return }
    let item = items[selected]
    if item.lowerBound < state.offset {
      state.offset = item.lowerBound
    } else if item.upperBound > state.offset + height {
      state.offset = min(item.lowerBound, item.upperBound - height)
    }
  }

  /// How far down the view reaches, in percent; nil when everything fits.
  func percentShown(offset: Int, height: Int) -> Int? {
    guard lines.count > height else { return nil }
    return min(100, (min(offset, maxOffset(height: height)) + height) * 100 / lines.count)
  }

  /// Draws the lines in sight with the selection bar; returns where the cursor goes (the
  /// highlighted item's first line, else the top of the area).
  @discardableResult
  func render(in area: Rect, buffer: inout ScreenBuffer, state: ListState) -> Point {
    let offset = min(state.offset, maxOffset(height: area.height))
    let selected = state.selected.flatMap { items.indices.contains($0) ? items[$0] : nil }
    var cursor = Point(x: area.x, y: area.y)
    for row in 0..<area.height {
      let index = offset + row
      guard index < lines.count else { break }
      let y = area.y + row
      let highlighted = selected?.contains(index) ?? false
      let bar = (area.x - barPadding)..<(area.right + barPadding)
      if highlighted {
        buffer.fill(y: y, from: bar.lowerBound, to: bar.upperBound, style: .selected)
        if index == selected?.lowerBound { cursor = Point(x: area.x, y: y) }
      }
      buffer.put(lines[index], x: area.x, y: y, limit: area.right)
      if highlighted { buffer.addStyle(.selected, y: y, from: bar.lowerBound, to: bar.upperBound) }
    }
    return cursor
  }
}
