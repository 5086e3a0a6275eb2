/// A vocabulary's words kept in order (`String` order) and looked up by binary search, read in
/// place from `OpeningTables`: reading it makes no `String` and hashes nothing (its
/// dictionaries and sets, then making each word a `String`, were most of opening the bundled
/// index).
struct SortedWords: Sendable {
  /// Every known surface word in order, and how often the content uses each.
  let surfaces: TableWords
  let uses: TableNumbers
  /// Every stem in order, whether the index holds it (1) or not (0), and where its words are
  /// in `places` (`places[starts[i]..<starts[i + 1]]`, each a place in `surfaces`).
  let stems: TableWords
  let isContent: TableNumbers
  let starts: TableNumbers
  let places: TableNumbers

  /// Where `text` is or would be in `sorted`.
  static func firstIndex(atLeast text: String, in sorted: [String]) -> Int {
    var low = 0
    var high = sorted.count
    while low < high {
      let middle = (low + high) / 2
      if sorted[middle] < text {
        low = middle + 1
      } else {
        high = middle
      }
    }
    return low
  }

  /// Where `text` is in `sorted`, if it is there.
  static func place(of text: String, in sorted: [String]) -> Int? {
    let low = firstIndex(atLeast: text, in: sorted)
    return low < sorted.count && sorted[low] == text ? low : nil
  }

  /// Where `text` is in `words`, if it is there.
  static func place(of text: String, in words: TableWords) -> Int? {
    words.place(of: text)
  }

  func weight(of surface: String) -> Int? {
    surfaces.place(of: surface).map { uses[$0] }
  }

  func surfaces(ofStem stem: String) -> [String]? {
    guard let index = stems.place(of: stem), starts[index] < starts[index + 1] else {
      return nil
    }
    return places[starts[index]..<starts[index + 1]].map { surfaces[$0] }
  }

  func holds(stem: String) -> Bool {
    stems.place(of: stem).map { isContent[$0] == 1 } ?? false
  }

  /// True for a stem the index holds or that has words.
  func knows(stem: String) -> Bool { stems.place(of: stem) != nil }

  /// True when some word longer than `prefix` starts with it (`longer`), or some word does.
  func hasWord(startingWith prefix: String, longer: Bool) -> Bool {
    var low = surfaces.firstIndex(atLeast: prefix)
    if longer, low < surfaces.count, surfaces.word(low, is: prefix) { low += 1 }
    return surfaces.word(low, hasPrefix: prefix)
  }
}
