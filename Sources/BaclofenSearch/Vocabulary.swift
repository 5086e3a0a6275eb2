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
    let surfaces = try plain.tokenize(document: text)
    let stems = try porter.tokenize(document: text)
    guard surfaces.count == stems.count else {
      return surfaces.map { Word(surface: $0.token, stem: $0.token) }
    }
    return zip(surfaces, stems).map { Word(surface: $0.token, stem: $1.token) }
  }
}

/// The indexed vocabulary, kept in memory so that per-query checks never scan it:
/// which stems exist, how common they are, and which surface words the content uses.
struct Vocabulary: Sendable {
  /// Stem → number of sections containing it.
  let sectionCounts: [String: Int]
  /// Stem → surface words of the content with that stem (for highlighting variants).
  let surfacesByStem: [String: Set<String>]
  /// Every known surface word, sorted, to check prefixes of a word being typed.
  let sortedSurfaces: [String]
  /// Correction candidates by length, each with a weight that prefers frequent words.
  private let candidatesByLength: [Int: [(word: String, weight: Int)]]

  init(sectionCounts: [String: Int], contentWords: [Word], extraWords: [Word]) {
    self.sectionCounts = sectionCounts
    var surfaces: [String: Set<String>] = [:]
    // How often the content uses each surface word: "withdrawl" should become the common
    // "withdrawal" rather than the rarer "withdraw", both one edit away.
    var weights: [String: Int] = [:]
    for word in contentWords {
      surfaces[word.stem, default: []].insert(word.surface)
      weights[word.surface, default: 0] += 1
    }
    for word in extraWords {
      surfaces[word.stem, default: []].insert(word.surface)
      weights[word.surface] = max(weights[word.surface] ?? 0, 1)
    }
    surfacesByStem = surfaces
    sortedSurfaces = weights.keys.sorted()
    var byLength: [Int: [(word: String, weight: Int)]] = [:]
    for (word, weight) in weights
    where word.count >= 3 && word.allSatisfy({ $0.isLetter }) {
      byLength[word.count, default: []].append((word, weight))
    }
    candidatesByLength = byLength.mapValues { $0.sorted { $0.word < $1.word } }
  }

  func contains(_ word: Word) -> Bool {
    sectionCounts[word.stem] != nil || surfacesByStem[word.stem] != nil
  }

  /// True when some known word starts with `prefix`.
  func hasWord(startingWith prefix: String) -> Bool {
    var low = 0
    var high = sortedSurfaces.count
    while low < high {
      let middle = (low + high) / 2
      if sortedSurfaces[middle] < prefix { low = middle + 1 } else { high = middle }
    }
    return low < sortedSurfaces.count && sortedSurfaces[low].hasPrefix(prefix)
  }

  /// The closest known word by edit distance (ties go to the more frequent word), or nil when
  /// nothing is close enough. Short words are never corrected: too many near neighbours.
  func correction(for word: String) -> String? {
    let length = word.count
    guard length >= 4, length <= 30, word.allSatisfy({ $0.isLetter }) else { return nil }
    let limit = length <= 5 ? 1 : (length <= 8 ? 2 : 3)
    let target = Array(word.unicodeScalars)
    var best: (word: String, distance: Int, weight: Int)?
    for candidateLength in (length - limit)...(length + limit) {
      for candidate in candidatesByLength[candidateLength] ?? [] {
        let bound = min(limit, best?.distance ?? limit)
        guard
          let distance = EditDistance.within(
            bound, target, Array(candidate.word.unicodeScalars))
        else { continue }
        if let current = best,
          distance > current.distance
            || (distance == current.distance && candidate.weight <= current.weight)
        {
          continue
        }
        best = (candidate.word, distance, candidate.weight)
      }
    }
    return best?.word
  }
}

/// Levenshtein distance with transpositions counted as one edit, abandoned past a bound.
enum EditDistance {
  static func within(_ bound: Int, _ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int? {
    if abs(a.count - b.count) > bound { return nil }
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    var beforePrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
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
      (beforePrevious, previous, current) = (previous, current, beforePrevious)
    }
    return previous[b.count] <= bound ? previous[b.count] : nil
  }
}
