import Foundation

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
  /// The stem each surface is listed under (`stems.count` for none).
  let surfaceStems: TableNumbers

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
    guard let index = stems.place(of: stem) else { return nil }
    let range = starts.range(index, within: places.count)
    return range.isEmpty ? nil : range.map { surfaces[places[$0]] }
  }

  func holds(stem: String) -> Bool {
    stems.place(of: stem).map { isContent[$0] == 1 } ?? false
  }

  /// Surface `place` with the stem it is listed under, nil when none lists it.
  func word(_ place: Int) -> Word? {
    let stem = surfaceStems[place]
    guard place >= 0, place < surfaces.count, stem < stems.count else { return nil }
    return Word(surface: surfaces[place], stem: stems[stem])
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

/// Word `n` of a vocabulary numbered in stored order (see `SectionWords`): a list, or the
/// bundled tables' words, each made a `Word` the first time a section holds it. Making every
/// word of the tables at start cost more than the whole ranking's last step.
struct NumberedWords: Sendable {
  private let listed: [Word?]
  private let made: Made?
  let count: Int

  init(_ words: [Word?]) {
    listed = words
    made = nil
    count = words.count
  }

  init(_ words: SortedWords) {
    listed = []
    made = Made(words)
    count = words.surfaces.count
  }

  subscript(number: Int) -> Word? {
    guard let made else { return listed[number] }
    return made.word(number)
  }

  /// The words made so far, under a lock; in memory of its own, not an array, which checked
  /// exclusive access at every read.
  private final class Made: @unchecked Sendable {
    private let lock = NSLock()
    private let sorted: SortedWords
    private let words: UnsafeMutableBufferPointer<Word?>

    init(_ sorted: SortedWords) {
      self.sorted = sorted
      words = .allocate(capacity: sorted.surfaces.count)
      words.initialize(repeating: nil)
    }

    deinit {
      words.deinitialize()
      words.deallocate()
    }

    func word(_ number: Int) -> Word? {
      guard number >= 0, number < words.count else { return nil }
      lock.lock()
      defer { lock.unlock() }
      if let word = words[number] { return word }
      let word = sorted.word(number)
      words[number] = word
      return word
    }
  }
}
