/// A vocabulary's words kept in order (`String` order) and looked up by binary search: read
/// back from `OpeningTables`, a vocabulary is held this way, so reading it hashes nothing
/// (its dictionaries and sets were most of opening the bundled index).
struct SortedWords: Sendable {
  /// Every known surface word in order, and how often the content uses each.
  var surfaces: [String] = []
  var uses: [Int] = []
  /// Every stem in order, whether the index holds it, and where its words are in `places`
  /// (`places[starts[i]..<starts[i + 1]]`, each a place in `surfaces`).
  var stems: [String] = []
  var isContent: [Bool] = []
  var starts: [Int] = [0]
  var places: [Int] = []

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

  func weight(of surface: String) -> Int? {
    Self.place(of: surface, in: surfaces).map { uses[$0] }
  }

  func surfaces(ofStem stem: String) -> [String]? {
    guard let index = Self.place(of: stem, in: stems), starts[index] < starts[index + 1] else {
      return nil
    }
    return places[starts[index]..<starts[index + 1]].map { surfaces[$0] }
  }

  func holds(stem: String) -> Bool {
    Self.place(of: stem, in: stems).map { isContent[$0] } ?? false
  }

  /// True for a stem the index holds or that has words.
  func knows(stem: String) -> Bool { Self.place(of: stem, in: stems) != nil }
}
