import Foundation
import GRDB

/// A word as the index sees it: folded surface form and porter stem.
struct Word: Sendable, Equatable {
  var surface: String
  var stem: String
}

/// The two tokenizers of the index: unicode61 for surface words, porter over it for stems.
/// Porter only rewrites the tokens of the tokenizer it wraps, so both yield the same count.
struct Tokenizers {
  static let plainDescriptor = FTS5TokenizerDescriptor.unicode61(diacritics: .remove)
  static let porterDescriptor = FTS5TokenizerDescriptor.porter(wrapping: plainDescriptor)
  /// The same tokenizer as SQL table arguments.
  static let tableArguments = "porter unicode61 remove_diacritics 2"

  let plain: any FTS5Tokenizer
  let porter: any FTS5Tokenizer

  init(_ db: Database) throws {
    plain = try db.makeTokenizer(Self.plainDescriptor)
    porter = try db.makeTokenizer(Self.porterDescriptor)
  }

  func words(_ text: String) throws -> [Word] {
    let surfaces = try Self.tokens(plain, text)
    let stems = try Self.tokens(porter, text)
    guard surfaces.count == stems.count else {
      return surfaces.map { Word(surface: $0, stem: $0) }
    }
    return zip(surfaces, stems).map { Word(surface: $0, stem: $1) }
  }

  /// Surface words only. ASCII separators split a text the same way wherever they are, so
  /// runs of ASCII letters and digits are lowercased here and only runs holding other
  /// characters go through the tokenizer: calling it for every word was most of the cost
  /// of counting the vocabulary.
  func surfaces(_ text: String) throws -> [String] {
    var text = text
    return try text.withUTF8 { bytes in
      var words: [String] = []
      var start = 0
      var ascii = true
      func flush(_ end: Int) throws {
        defer { (start, ascii) = (end + 1, true) }
        guard start < end else { return }
        let run = UnsafeBufferPointer(rebasing: bytes[start..<end])
        if ascii {
          words.append(
            String(unsafeUninitializedCapacity: run.count) { buffer in
              for (i, byte) in run.enumerated() {
                buffer[i] = byte &- 0x41 < 26 ? byte | 0x20 : byte
              }
              return run.count
            })
        } else {
          words += try Self.tokens(plain, String(decoding: run, as: UTF8.self))
        }
      }
      for (i, byte) in bytes.enumerated() {
        if byte >= 0x80 {
          ascii = false
        } else if !((byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10) {
          try flush(i)
        }
      }
      try flush(bytes.count)
      return words
    }
  }

  /// Words of many texts of one word each (such as a vocabulary), in two tokenizer calls.
  func words(ofSingleWords list: [String]) throws -> [Word] {
    let joined = list.joined(separator: " ")
    let stems = try Self.tokens(porter, joined)
    guard stems.count == list.count else { return try list.flatMap(words) }
    return zip(list, stems).map { Word(surface: $0, stem: $1) }
  }

  /// The tokens of `text`, collected straight from the C callback (GRDB's own `tokenize`
  /// goes through Foundation `Data` for every token, several times slower).
  static func tokens(_ tokenizer: any FTS5Tokenizer, _ text: String) throws -> [String] {
    final class Sink { var tokens: [String] = [] }
    let sink = Sink()
    var text = text
    let code = text.withUTF8 { buffer -> CInt in
      guard let base = buffer.baseAddress, !buffer.isEmpty else { return 0 }
      return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
        tokenizer.tokenize(
          context: Unmanaged.passUnretained(sink).toOpaque(), tokenization: .document,
          pText: pointer, nText: CInt(buffer.count),
          tokenCallback: { context, _, token, length, _, _ in
            guard let context, let token, length > 0 else { return 0 }
            let bytes = UnsafeBufferPointer(
              start: UnsafeRawPointer(token).assumingMemoryBound(to: UInt8.self),
              count: Int(length))
            Unmanaged<Sink>.fromOpaque(context).takeUnretainedValue().tokens.append(
              String(utf8Word: bytes))
            return 0
          })
      }
    }
    guard code == 0 else { throw DatabaseError(resultCode: ResultCode(rawValue: code)) }
    return withExtendedLifetime(sink) { sink.tokens }
  }
}

extension String {
  /// The UTF-8 `bytes` as a string, invalid ones repaired as `String(decoding:as:)` does; a
  /// short ASCII word (most words) is made without validating it, about a fifth of the cost.
  init(utf8Word bytes: UnsafeBufferPointer<UInt8>) {
    self.init(unsafeUninitializedCapacity: bytes.count) { buffer in
      buffer.initialize(fromContentsOf: bytes)
    }
  }
}

/// The indexed vocabulary, kept in memory so that per-query checks never scan it: which stems
/// the index holds (the terms of an fts5vocab `row` table, computed with the same tokenizer
/// while building instead of read back, which took longer than building the index) and which
/// surface words the content uses. The sorted word list and the correction candidates are
/// built on first use: most queries need neither, and sorting was most of the build time.
struct Vocabulary: Sendable {
  /// Every stem of the index.
  var stems: Stems { Stems(storage: storage) }
  /// Stem → surface words with that stem (for highlighting variants).
  var surfacesByStem: SurfacesByStem { SurfacesByStem(storage: storage) }
  /// Each known surface word and how often the content uses it: "withdrawl" should become
  /// the common "withdrawal" rather than the rarer "withdraw", both one edit away.
  var weights: Weights { Weights(storage: storage) }
  private let storage: Storage
  private let derived = Derived()

  /// Hashed when counted or read from an index; in order when read from `OpeningTables`.
  fileprivate enum Storage: Sendable {
    case hashed(stems: Set<String>, surfacesByStem: [String: [String]], weights: [String: Int])
    case sorted(SortedWords)
  }

  /// `contentWords` are the distinct words of the content with how often each is used;
  /// `extraWords` are known words that are not in the index (synonyms).
  init(contentWords: [(word: Word, uses: Int)], extraWords: [Word]) {
    var stems = Set<String>(minimumCapacity: contentWords.count)
    var surfaces: [String: [String]] = [:]
    surfaces.reserveCapacity(contentWords.count)
    var weights: [String: Int] = [:]
    weights.reserveCapacity(contentWords.count + extraWords.count)
    for (word, uses) in contentWords {
      stems.insert(word.stem)
      surfaces[word.stem, default: []].append(word.surface)
      weights[word.surface] = uses
    }
    for word in extraWords where weights[word.surface] == nil {
      surfaces[word.stem, default: []].append(word.surface)
      weights[word.surface] = 1
    }
    storage = .hashed(stems: stems, surfacesByStem: surfaces, weights: weights)
  }

  /// A vocabulary as `init(contentWords:extraWords:)` made it, its words in order (see
  /// `OpeningTables`).
  init(sorted: SortedWords) {
    storage = .sorted(sorted)
  }

  struct Stems {
    fileprivate let storage: Storage
    func contains(_ stem: String) -> Bool {
      switch storage {
      case .hashed(let stems, _, _): stems.contains(stem)
      case .sorted(let words): words.holds(stem: stem)
      }
    }
  }

  struct SurfacesByStem {
    fileprivate let storage: Storage
    subscript(stem: String) -> [String]? {
      switch storage {
      case .hashed(_, let surfaces, _): surfaces[stem]
      case .sorted(let words): words.surfaces(ofStem: stem)
      }
    }
  }

  struct Weights {
    fileprivate let storage: Storage
    subscript(surface: String) -> Int? {
      switch storage {
      case .hashed(_, _, let weights): weights[surface]
      case .sorted(let words): words.weight(of: surface)
      }
    }
  }

  /// Every stem, the index's and the synonyms', in order.
  var allStems: [String] {
    switch storage {
    case .hashed(let stems, let surfaces, _): stems.union(surfaces.keys).sorted()
    case .sorted(let words): Array(words.stems)
    }
  }

  /// Calls `body` with each known surface word and its weight, in no particular order.
  private func forEachWeight(_ body: (String, Int) -> Void) {
    switch storage {
    case .hashed(_, _, let weights): for (word, weight) in weights { body(word, weight) }
    case .sorted(let words):
      for i in words.surfaces.indices { body(words.surfaces[i], words.uses[i]) }
    }
  }

  /// Every known surface word in order, to check prefixes of a word being typed.
  var sortedSurfaces: [String] {
    switch storage {
    case .hashed(_, _, let weights): derived.get(\.sorted) { weights.keys.sorted() }
    case .sorted(let words): derived.get(\.sorted) { Array(words.surfaces) }
    }
  }

  /// Correction candidates by length, each with its scalars and how often the content uses it.
  var candidatesByLength: [Int: [Candidate]] {
    derived.get(\.byLength) {
      var byLength: [Int: [Candidate]] = [:]
      forEachWeight { word, weight in
        guard word.utf8.count >= 3, let length = Self.lettersCount(word) else { return }
        byLength[length, default: []].append(
          Candidate(word: word, scalars: Array(word.unicodeScalars), weight: weight))
      }
      return byLength
    }
  }

  struct Candidate {
    var word: String
    var scalars: [Unicode.Scalar]
    var weight: Int
  }

  /// Lazily computed parts, shared by copies and filled once under a lock.
  private final class Derived: @unchecked Sendable {
    var sorted: [String]?
    var byLength: [Int: [Candidate]]?
    private let lock = NSLock()

    func get<T>(_ key: ReferenceWritableKeyPath<Derived, T?>, _ make: () -> T) -> T {
      lock.lock()
      defer { lock.unlock() }
      if let value = self[keyPath: key] { return value }
      let value = make()
      self[keyPath: key] = value
      return value
    }
  }

  /// The number of characters when the word is only letters, else nil (ASCII fast path:
  /// this runs over the whole vocabulary at start-up).
  static func lettersCount(_ word: String) -> Int? {
    if word.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) { return word.utf8.count }
    if word.utf8.allSatisfy({ $0 < 0x80 }) { return nil }
    return word.allSatisfy(\.isLetter) ? word.count : nil
  }

  /// True for a word the index or the synonym table knows (by stem).
  func contains(_ word: Word) -> Bool {
    switch storage {
    case .hashed(let stems, let surfaces, _):
      stems.contains(word.stem) || surfaces[word.stem] != nil
    case .sorted(let words): words.knows(stem: word.stem)
    }
  }

  /// True when some known word longer than `prefix` starts with it: a whole word typed
  /// ("kids") is not a prefix when nothing goes on from it, as FTS5 would stem the prefix
  /// ("kid") and find other words ("kidney").
  func hasLongerWord(startingWith prefix: String) -> Bool {
    if case .sorted(let words) = storage {
      return words.hasWord(startingWith: prefix, longer: true)
    }
    let sortedSurfaces = self.sortedSurfaces
    var low = firstIndex(atLeast: prefix)
    if low < sortedSurfaces.count, sortedSurfaces[low] == prefix { low += 1 }
    return low < sortedSurfaces.count && sortedSurfaces[low].hasPrefix(prefix)
  }

  /// True when some known word starts with `prefix`.
  func hasWord(startingWith prefix: String) -> Bool {
    if case .sorted(let words) = storage {
      return words.hasWord(startingWith: prefix, longer: false)
    }
    let sortedSurfaces = self.sortedSurfaces
    let low = firstIndex(atLeast: prefix)
    return low < sortedSurfaces.count && sortedSurfaces[low].hasPrefix(prefix)
  }

  /// Where `text` is or would be in `sortedSurfaces`.
  private func firstIndex(atLeast text: String) -> Int {
    SortedWords.firstIndex(atLeast: text, in: sortedSurfaces)
  }

  /// The closest known word by edit distance (ties go to the more used word, then the first
  /// in alphabetical order), or nil when nothing is close enough. Short words are never
  /// corrected: too many near neighbours. The first letter must match (or trade places with
  /// the second): people rarely mistype it, and without this rule real words the articles
  /// lack became other words ("weight" → "eight", "cost" → "most"). Words of four or five
  /// letters are corrected only by one letter more, one fewer or two swapped.
  func correction(for word: String) -> String? {
    corrections(for: word).first
  }

  /// Every known word as close as the closest (see `correction`), preferred first.
  func corrections(for word: String) -> [String] {
    guard let length = Self.lettersCount(word), length >= 4, length <= 30 else { return [] }
    let limit = length <= 6 ? 1 : (length <= 9 ? 2 : 3)
    let target = Array(word.unicodeScalars)
    var best: [(word: String, distance: Int, weight: Int)] = []
    var rows = EditDistance.Rows(count: length + limit + 1)
    for candidateLength in (length - limit)...(length + limit) {
      for candidate in candidatesByLength[candidateLength] ?? [] {
        let first = candidate.scalars.first
        guard first == target[0] || (first == target[1] && candidate.scalars[1] == target[0])
        else { continue }
        // A short word of the same length only as a swap of letters: one changed letter of
        // four or five makes another real word too often ("fast" → "fact").
        if length <= 5, candidateLength == length,
          candidate.scalars.map(\.value).sorted() != target.map(\.value).sorted()
        {
          continue
        }
        let bound = min(limit, best.first?.distance ?? limit)
        guard let distance = rows.within(bound, target, candidate.scalars) else { continue }
        if let current = best.first, distance < current.distance { best.removeAll() }
        best.append((candidate.word, distance, candidate.weight))
      }
    }
    if best.isEmpty, length >= SoundAlike.shortest { return soundAlikes(of: word, length: length) }
    // A letter typed once where it is doubled is the likeliest slip of one edit: "stoped"
    // is "stopped" before the commoner "stoned".
    func undoubled(_ word: String) -> Int { Self.doubles(target, into: word) ? 0 : 1 }
    return best.map { ($0.word, $0.distance, undoubled($0.word), $0.weight) }
      .sorted { ($0.1, $0.2, -$0.3, $0.0) < ($1.1, $1.2, -$1.3, $1.0) }
      .map(\.0)
  }

  /// True when `word` is `target` with one of its letters doubled.
  static func doubles(_ target: [Unicode.Scalar], into word: String) -> Bool {
    let scalars = Array(word.unicodeScalars)
    guard scalars.count == target.count + 1 else { return false }
    for i in 1..<scalars.count where scalars[i] == scalars[i - 1] {
      var without = scalars
      without.remove(at: i)
      if without == target { return true }
    }
    return false
  }
}

/// Levenshtein distance with transpositions counted as one edit, abandoned past a bound.
enum EditDistance {
  /// The three rows of the table, allocated once for a whole scan of candidates.
  struct Rows {
    private var beforePrevious: [Int]
    private var previous: [Int]
    private var current: [Int]

    /// Room for words of up to `count - 1` scalars.
    init(count: Int) {
      beforePrevious = Array(repeating: 0, count: count)
      previous = beforePrevious
      current = beforePrevious
    }

    mutating func within(_ bound: Int, _ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int? {
      if abs(a.count - b.count) > bound { return nil }
      if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
      if b.count >= previous.count { self = Rows(count: b.count + 1) }
      for j in 0...b.count { previous[j] = j }
      for i in 1...a.count {
        current[0] = i
        var rowMinimum = i
        for j in 1...b.count {
          let cost = a[i - 1] == b[j - 1] ? 0 : 1
          var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
          if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
            value = min(value, beforePrevious[j - 2] + 1)
          }
          current[j] = value
          rowMinimum = min(rowMinimum, value)
        }
        if rowMinimum > bound { return nil }
        swap(&beforePrevious, &previous)
        swap(&previous, &current)
      }
      return previous[b.count] <= bound ? previous[b.count] : nil
    }
  }
}
