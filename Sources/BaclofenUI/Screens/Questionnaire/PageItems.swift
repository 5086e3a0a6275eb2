import BaclofenContent
import BaclofenText

/// Selectable items on a scrolling page, shared by the questionnaire and the withdrawal
/// warning: the Tab order, keeping the highlight in sight, and the lines that cite sections.
extension QuizPage {
  /// The item Tab (`forward`) or Shift-Tab goes to from `selected`; with nothing
  /// highlighted, the first (or last) item starting in the `visible` rows. Nil past an end.
  func nextItem(after selected: Int?, forward: Bool, visible: Range<Int>) -> Int? {
    let next: Int?
    if let selected {
      next = forward ? selected + 1 : selected - 1
    } else {
      let shown = items.indices.filter { visible.contains(items[$0].lines.lowerBound) }
      next =
        forward
        ? shown.first ?? items.firstIndex { $0.lines.lowerBound >= visible.lowerBound }
        : shown.last
    }
    guard let next, items.indices.contains(next) else { return nil }
    return next
  }

  /// Whether item `index` starts within the `visible` rows: Enter never acts on an unseen one.
  func isShown(_ index: Int, in visible: Range<Int>) -> Bool {
    items.indices.contains(index) && visible.contains(items[index].lines.lowerBound)
  }

  /// The first row to show so that item `index` is in a view `height` rows tall now at `top`.
  func top(revealing index: Int, from top: Int, height: Int) -> Int {
    guard items.indices.contains(index) else { return top }
    let lines = items[index].lines
    if lines.lowerBound < top { return lines.lowerBound }
    if lines.upperBound > top + height { return min(lines.lowerBound, lines.upperBound - height) }
    return top
  }
}

extension QuizPage {
  /// "Source: Article › Section", one selectable item per source: Enter opens it.
  mutating func addSources(_ ids: [String], layout: SectionLayout, env: AppEnvironment) {
    let label = ids.count == 1 ? "  Source: " : "  Sources: "
    let hanging = String(repeating: " ", count: label.count)
    for (index, id) in ids.enumerated() {
      let lines = layout.wrap(
        RichText(env.sourceName(id)), style: .dim, indent: index == 0 ? label : hanging,
        hanging: hanging + "  ")
      addItem(lines, .source(id))
    }
  }
}

extension ScreenContext {
  func addSources(_ ids: [String], to page: inout QuizPage, layout: SectionLayout) {
    page.addSources(ids, layout: layout, env: env)
  }
}
