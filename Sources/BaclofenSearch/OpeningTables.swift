/// What an index computes when it opens and at its first query — its synonyms as words, the
/// stems of the stopping words and substances, and its vocabulary — written as text that
/// reads back into the same tables without tokenizing, sorting or filtering anything. The
/// bundled index has them computed when the binary is built: computing them was most of a
/// bundled search.
///
/// One record a line, its fields separated by tabs (words never hold either): `C` the
/// tables' sizes; `G` starts a synonym group and each `t surface stem …` after it is one
/// of its terms; `F stem` starts the terms a first stem triggers, each `f group term [word
/// …]` (the term's words it keeps, when not all); `P` a stopping term, `U` a substance stem;
/// `W surface uses` each known word in order, `S stem content word …` each stem with its
/// words (by their place among the `W` lines; content 1 when the index holds the stem).
public struct OpeningTables: Sendable {
  let synonymTable: SynonymTable
  let stoppingTerms: Set<String>
  let substanceStems: Set<String>
  /// The vocabulary's words in order, as the bundled image's section words number them (see
  /// `SectionWords`).
  let words: SortedWords
  var vocabulary: Vocabulary { Vocabulary(sorted: words) }

  /// The tables of `index`, vocabulary included (read or counted now).
  public static func text(of index: SearchIndex) throws -> String {
    let vocabulary = try index.queue.inDatabase(index.vocabulary)
    let table = index.synonymTable
    let sorted = vocabulary.sortedSurfaces
    let stems = vocabulary.allStems
    var text = ""
    func line(_ tag: String, _ fields: [String]) {
      text += tag
      for field in fields { text += "\t" + field }
      text += "\n"
    }
    line(
      "C",
      [
        table.groups.count, table.termsByFirstStem.count, index.stoppingTerms.count, sorted.count,
        stems.count,
      ]
      .map(String.init))
    for group in table.groups {
      line("G", [])
      for term in group { line("t", term.flatMap { [$0.surface, $0.stem] }) }
    }
    for (stem, terms) in table.termsByFirstStem.sorted(by: { $0.key < $1.key }) {
      line("F", [stem])
      for term in terms {
        // The group's term it comes from, and which of its words it keeps.
        let group = table.groups[term.group]
        let kept = group.lazy.map { words in
          words.indices.filter { term.surfaces.contains(words[$0].surface) }
        }
        guard
          let index = group.indices.first(where: { t in
            let words = kept[t].map { group[t][$0] }
            return words.map(\.stem) == term.stems && words.map(\.surface) == term.surfaces
          })
        else { throw SearchIndex.ImageError.sqlite("a synonym term that no group holds") }
        let all = kept[index].count == group[index].count
        line("f", [String(term.group), String(index)] + (all ? [] : kept[index].map(String.init)))
      }
    }
    for term in index.stoppingTerms.sorted() { line("P", [term]) }
    for stem in index.substanceStems.sorted() { line("U", [stem]) }
    var place: [String: Int] = [:]
    for (i, surface) in sorted.enumerated() {
      place[surface] = i
      line("W", [surface, String(vocabulary.weights[surface] ?? 0)])
    }
    // A stem's words in order: only which words a stem has matters, and an index built from
    // a library counts them in no particular order.
    for stem in stems {
      let places = (vocabulary.surfacesByStem[stem] ?? []).compactMap { place[$0] }.sorted()
      line("S", [stem, vocabulary.stems.contains(stem) ? "1" : "0"] + places.map(String.init))
    }
    return text
  }

  /// The tables `text(of:)` wrote, or nil when `text` is not such a text.
  public init?(text: String) {
    var text = text
    guard let read = text.withUTF8({ Reader.read($0) }) else { return nil }
    self = read
  }

  init(
    synonymTable: SynonymTable, stoppingTerms: Set<String>, substanceStems: Set<String>,
    words: SortedWords
  ) {
    self.synonymTable = synonymTable
    self.stoppingTerms = stoppingTerms
    self.substanceStems = substanceStems
    self.words = words
  }

  /// Reads the lines in one pass over the bytes, making each word a `String` once. A struct
  /// with mutating methods, not nested functions sharing variables: those took a run-time
  /// exclusivity check at every access, a sixth of the reading.
  private struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    var groups: [[[Word]]] = []
    var byStem: [String: [SynonymTable.Term]] = [:]
    var stemTerms: (stem: String, terms: [SynonymTable.Term])?
    var stopping = Set<String>()
    var substances = Set<String>()
    var vocabulary = SortedWords()
    var fields: [(start: Int, end: Int)] = []

    static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> OpeningTables? {
      var reader = Reader(bytes: bytes)
      var start = 0
      var tag: UInt8?
      for i in bytes.indices {
        let byte = bytes[i]
        guard byte <= 0x0A, byte >= 0x09 else { continue }
        if tag == nil {
          guard i == start + 1 else { return nil }
          tag = bytes[start]
        } else {
          reader.fields.append((start, i))
        }
        start = i + 1
        if byte == 0x0A, let lineTag = tag {
          guard reader.line(lineTag) else { return nil }
          reader.fields.removeAll(keepingCapacity: true)
          tag = nil
        }
      }
      guard start == bytes.count, tag == nil else { return nil }
      reader.endTerms()
      return OpeningTables(
        synonymTable: SynonymTable(groups: reader.groups, termsByFirstStem: reader.byStem),
        stoppingTerms: reader.stopping, substanceStems: reader.substances,
        words: reader.vocabulary)
    }

    func string(_ field: Int) -> String {
      let (start, end) = fields[field]
      return String(utf8Word: UnsafeBufferPointer(rebasing: bytes[start..<end]))
    }

    func number(_ field: Int) -> Int? {
      let (start, end) = fields[field]
      guard start < end, end - start < 19 else { return nil }
      var value = 0
      for byte in bytes[start..<end] {
        guard byte &- 0x30 < 10 else { return nil }
        value = value * 10 + Int(byte &- 0x30)
      }
      return value
    }

    mutating func endTerms() {
      guard let (stem, terms) = stemTerms else { return }
      byStem[stem] = terms
      stemTerms = nil
    }

    mutating func line(_ tag: UInt8) -> Bool {
      if tag != UInt8(ascii: "f") { endTerms() }
      switch tag {
      case UInt8(ascii: "C"): return reserve()
      case UInt8(ascii: "G"): groups.append([])
      case UInt8(ascii: "t"):
        guard !groups.isEmpty, fields.count % 2 == 0 else { return false }
        var words: [Word] = []
        words.reserveCapacity(fields.count / 2)
        for i in stride(from: 0, to: fields.count, by: 2) {
          words.append(Word(surface: string(i), stem: string(i + 1)))
        }
        groups[groups.count - 1].append(words)
      case UInt8(ascii: "F"):
        guard fields.count == 1 else { return false }
        stemTerms = (string(0), [])
      case UInt8(ascii: "f"): return term()
      case UInt8(ascii: "P"):
        guard fields.count == 1 else { return false }
        stopping.insert(string(0))
      case UInt8(ascii: "U"):
        guard fields.count == 1 else { return false }
        substances.insert(string(0))
      case UInt8(ascii: "W"):
        guard fields.count == 2, let uses = number(1) else { return false }
        vocabulary.surfaces.append(string(0))
        vocabulary.uses.append(uses)
      case UInt8(ascii: "S"): return stem()
      default: return false
      }
      return true
    }

    mutating func reserve() -> Bool {
      guard fields.count == 5, let groupCount = number(0), let stemCount = number(1),
        let stoppingCount = number(2), let wordCount = number(3), let allStems = number(4)
      else { return false }
      groups.reserveCapacity(groupCount)
      byStem.reserveCapacity(stemCount)
      stopping.reserveCapacity(stoppingCount)
      vocabulary.surfaces.reserveCapacity(wordCount)
      vocabulary.uses.reserveCapacity(wordCount)
      vocabulary.places.reserveCapacity(wordCount)
      vocabulary.stems.reserveCapacity(allStems)
      vocabulary.isContent.reserveCapacity(allStems)
      vocabulary.starts.reserveCapacity(allStems + 1)
      return true
    }

    mutating func term() -> Bool {
      guard stemTerms != nil, fields.count >= 2, let group = number(0), group < groups.count,
        let index = number(1), index < groups[group].count
      else { return false }
      var words = groups[group][index]
      if fields.count > 2 {
        var kept: [Word] = []
        for field in 2..<fields.count {
          guard let place = number(field), place < words.count else { return false }
          kept.append(words[place])
        }
        words = kept
      }
      stemTerms?.terms.append(SynonymTable.Term(group: group, words: words))
      return true
    }

    /// Stems come in order, after every word (the `W` lines).
    mutating func stem() -> Bool {
      guard fields.count >= 2 else { return false }
      vocabulary.stems.append(string(0))
      vocabulary.isContent.append(bytes[fields[1].start] == UInt8(ascii: "1"))
      for field in 2..<fields.count {
        guard let place = number(field), place < vocabulary.surfaces.count else { return false }
        vocabulary.places.append(place)
      }
      vocabulary.starts.append(vocabulary.places.count)
      return true
    }
  }
}
