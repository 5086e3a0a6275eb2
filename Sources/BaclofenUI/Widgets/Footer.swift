import BaclofenText

/// One key hint in the footer ("Esc back"), and what a click on it does.
struct FooterItem: Sendable, Hashable {
  var key: String
  var label: String
  /// Said instead of `label` when the full line does not fit.
  var short: String
  var action: Key
  /// The least important hint is dropped first when even the short forms do not fit.
  var priority = 0
}

/// The bottom row: the screen's key hints, or a notice in their place until the next key
/// (taking up to two rows above when it is long, rather than being cut).
struct Footer: Widget {
  var items: [FooterItem]
  var notice: String?

  /// The hints that fit `width` columns, each with the columns it occupies: full labels if
  /// they all fit, else short ones, dropping the least important until they do.
  func layout(width: Int) -> [(item: FooterItem, useShort: Bool, columns: Range<Int>)] {
    var items = items
    for useShort in [false, true] {
      while !items.isEmpty {
        var x = 1
        var placed: [(FooterItem, Bool, Range<Int>)] = []
        for item in items {
          let w = item.key.displayWidth + 1 + (useShort ? item.short : item.label).displayWidth
          placed.append((item, useShort, x..<(x + w)))
          x += w + 2
        }
        if x - 2 <= width - 1 { return placed }
        guard useShort else { break }
        let drop = items.indices.min { items[$0].priority < items[$1].priority }!
        items.remove(at: drop)
      }
    }
    return []
  }

  /// The key a click at column `x` stands for.
  func key(atColumn x: Int, width: Int) -> Key? {
    layout(width: width).first { $0.columns.contains(x) }?.item.action
  }

  /// `area` is the footer row; a notice may take rows above it.
  func render(in area: Rect, buffer: inout ScreenBuffer) {
    if let notice {
      let lines = Wrap.strings(notice.terminalSafe, width: max(1, area.width - 2)).prefix(3)
      for (offset, line) in lines.enumerated() {
        let row = area.y - lines.count + 1 + offset
        buffer.fill(y: row, from: area.x, to: area.right, style: [])
        buffer.put(line, x: area.x + 1, y: row, style: .bold, limit: area.right)
      }
      return
    }
    for (item, useShort, columns) in layout(width: area.width) {
      let x = buffer.put(
        item.key, x: area.x + columns.lowerBound, y: area.y, style: [.key, .bold],
        limit: area.right)
      buffer.put(" " + (useShort ? item.short : item.label), x: x, y: area.y, limit: area.right)
    }
  }
}
