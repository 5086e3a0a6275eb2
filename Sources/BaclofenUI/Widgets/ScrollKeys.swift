/// The scroll keys of the reader and every scrolling screen.
enum ScrollKeys {
  /// What the scroll keys do to a first-line offset: the new offset, or nil for another key.
  static func offset(_ offset: Int, by key: Key, page: Int, limit: Int) -> Int? {
    let page = max(1, page)
    let target: Int
    switch key {
    case .up, .character("k"): target = offset - 1
    case .down, .character("j"): target = offset + 1
    case .pageUp, .character("b"), .control("b"): target = offset - page
    case .pageDown, .character(" "), .control("f"): target = offset + page
    // less's half pages.
    case .character("u"), .control("u"): target = offset - max(1, page / 2)
    case .character("d"), .control("d"): target = offset + max(1, page / 2)
    case .home, .character("g"): target = 0
    case .end, .character("G"): target = limit
    default: return nil
    }
    return min(max(0, target), max(0, limit))
  }
}
