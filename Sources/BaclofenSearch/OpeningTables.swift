/// What an index computes when it opens and at its first query — its synonyms as words, the
/// stems of the stopping words and substances, and its vocabulary — laid out as arrays read
/// in place (see `TableBytes`), without tokenizing, sorting, filtering or even making a
/// `String` of a word until a query asks for it. The bundled index has them computed when
/// the binary is built: computing them was most of a bundled search, and reading them back
/// as text with every word made a `String` a quarter of it.
///
/// The layout: `magic`, then numbers — flags (1: the surfaces are ASCII, 2: the stems are)
/// and each section's count of entries — then the sections in `Section` order, each of
/// numbers but the text.
public struct OpeningTables: Sendable {
  let synonymTable: SynonymTable
  let stoppingTerms: Set<String>
  let substanceStems: Set<String>
  /// The vocabulary's words in order, as the bundled image's section words number them (see
  /// `SectionWords`).
  let words: SortedWords
  var vocabulary: Vocabulary { Vocabulary(sorted: words) }

  static let magic: [UInt8] = Array("BOT1".utf8)

  /// The sections, in their order in the bytes.
  enum Section: Int, CaseIterable {
    /// Offsets into the text of each surface word (one more than the words), in order.
    case surfaces
    /// How often the content uses each surface word.
    case uses
    /// Offsets into the text of each stem, in order.
    case stems
    /// 1 for a stem the index holds, else 0.
    case stemHeld
    /// Where each stem's words start in `places` (one more than the stems).
    case stemStarts
    /// Places in `surfaces`.
    case places
    /// The stem each surface word is listed under (the last, as `SectionWords` numbers
    /// them), or the count of stems for none.
    case surfaceStems
    /// Where each synonym group's terms start in `termStarts` (one more than the groups).
    case groupStarts
    /// Where each term's words start in `termWords`, counted in words (one more than terms).
    case termStarts
    /// Each term word as two numbers: its place in `surfaces` and in `stems`.
    case termWords
    /// Where each stem's terms (those it starts) start in `triggers` (one more than stems).
    case stemTriggers
    /// Each such term as three numbers: its group, its term in the group, and which of that
    /// term's words it keeps (a bit a word).
    case triggers
    /// Offsets into the text of each stopping term and each substance stem.
    case stopping
    case substances
    /// UTF-8, the words of the offsets (every other section is numbers).
    case text
  }

  /// The tables of `index`, vocabulary included (read or counted now), as text: one record
  /// a line (`C` sizes, `G` a group and its `t` terms, `F` a first stem and its `f` terms,
  /// `P` stopping terms, `U` substance stems, `W` words and their uses, `S` stems, whether
  /// held, and their words' places), to compare tables.
  public static func text(of index: SearchIndex) throws -> String {
    try text(
      table: index.synonymTable, stopping: index.stoppingTerms,
      substances: index.substanceStems, vocabulary: index.queue.inDatabase(index.vocabulary))
  }

  static func text(
    table: SynonymTable, stopping: Set<String>, substances: Set<String>, vocabulary: Vocabulary
  ) throws -> String {
    let sorted = vocabulary.sortedSurfaces
    let stems = vocabulary.allStems
    let triggers = table.triggers
    var text = ""
    func line(_ tag: String, _ fields: [String]) {
      text += tag
      for field in fields { text += "\t" + field }
      text += "\n"
    }
    line(
      "C",
      [table.groups.count, triggers.count, stopping.count, sorted.count, stems.count]
        .map(String.init))
    for group in table.groups {
      line("G", [])
      for term in group { line("t", term.flatMap { [$0.surface, $0.stem] }) }
    }
    for (stem, terms) in triggers {
      line("F", [stem])
      for term in terms {
        let (index, kept) = try keptWords(of: term, in: table)
        let all = kept.count == table.groups[term.group][index].count
        line("f", [String(term.group), String(index)] + (all ? [] : kept.map(String.init)))
      }
    }
    for term in stopping.sorted() { line("P", [term]) }
    for stem in substances.sorted() { line("U", [stem]) }
    var place: [String: Int] = [:]
    for (i, surface) in sorted.enumerated() {
      place[surface] = i
      line("W", [surface, String(vocabulary.weights[surface] ?? 0)])
    }
    for stem in stems {
      let places = (vocabulary.surfacesByStem[stem] ?? []).compactMap { place[$0] }.sorted()
      line("S", [stem, vocabulary.stems.contains(stem) ? "1" : "0"] + places.map(String.init))
    }
    return text
  }

  /// The group's term `term` comes from, and which of its words it keeps.
  private static func keptWords(of term: SynonymTable.Term, in table: SynonymTable) throws
    -> (index: Int, kept: [Int])
  {
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
    return (index, kept[index])
  }

  /// The tables of `index` laid out (see `OpeningTables`); they read back as tables whose
  /// `text` is the index's, or this throws.
  public static func bytes(of index: SearchIndex) throws -> [UInt8] {
    let vocabulary = try index.queue.inDatabase(index.vocabulary)
    let table = index.synonymTable
    let surfaces = vocabulary.sortedSurfaces
    let stems = vocabulary.allStems
    func fail(_ problem: String) -> Error { SearchIndex.ImageError.sqlite(problem) }
    var sections = [[Int]](repeating: [], count: Section.allCases.count)
    var letters: [UInt8] = []
    func strings(_ list: [String]) -> [Int] {
      var offsets = [letters.count]
      for string in list {
        letters += string.utf8
        offsets.append(letters.count)
      }
      return offsets
    }
    var surfacePlace: [String: Int] = [:]
    for (i, surface) in surfaces.enumerated() { surfacePlace[surface] = i }
    var stemPlace: [String: Int] = [:]
    for (i, stem) in stems.enumerated() { stemPlace[stem] = i }
    sections[Section.surfaces.rawValue] = strings(surfaces)
    sections[Section.uses.rawValue] = surfaces.map { vocabulary.weights[$0] ?? 0 }
    sections[Section.stems.rawValue] = strings(stems)
    sections[Section.stemStarts.rawValue] = [0]
    for stem in stems {
      sections[Section.stemHeld.rawValue].append(vocabulary.stems.contains(stem) ? 1 : 0)
      // A stem's words in order: only which words a stem has matters, and an index built
      // from a library counts them in no particular order.
      let places = (vocabulary.surfacesByStem[stem] ?? []).compactMap { surfacePlace[$0] }
      sections[Section.places.rawValue] += places.sorted()
      sections[Section.stemStarts.rawValue].append(sections[Section.places.rawValue].count)
    }
    var surfaceStems = [Int](repeating: stems.count, count: surfaces.count)
    let places = sections[Section.places.rawValue]
    let starts = sections[Section.stemStarts.rawValue]
    for stem in stems.indices {
      for place in places[starts[stem]..<starts[stem + 1]] { surfaceStems[place] = stem }
    }
    sections[Section.surfaceStems.rawValue] = surfaceStems
    sections[Section.groupStarts.rawValue] = [0]
    sections[Section.termStarts.rawValue] = [0]
    for group in table.groups {
      for term in group {
        for word in term {
          guard let surface = surfacePlace[word.surface], let stem = stemPlace[word.stem] else {
            throw fail("a synonym word the vocabulary lacks")
          }
          sections[Section.termWords.rawValue] += [surface, stem]
        }
        sections[Section.termStarts.rawValue].append(sections[Section.termWords.rawValue].count / 2)
      }
      sections[Section.groupStarts.rawValue].append(sections[Section.termStarts.rawValue].count - 1)
    }
    let triggers = table.triggers
    var byStem: [String: [SynonymTable.Term]] = [:]
    for (stem, terms) in triggers { byStem[stem] = terms }
    guard byStem.keys.allSatisfy({ stemPlace[$0] != nil }) else {
      throw fail("a synonym stem the vocabulary lacks")
    }
    sections[Section.stemTriggers.rawValue] = [0]
    for stem in stems {
      for term in byStem[stem] ?? [] {
        let (index, kept) = try keptWords(of: term, in: table)
        guard table.groups[term.group][index].count < 21 else { throw fail("a synonym too long") }
        let mask = kept.reduce(0) { $0 | 1 << $1 }
        sections[Section.triggers.rawValue] += [term.group, index, mask]
      }
      sections[Section.stemTriggers.rawValue].append(sections[Section.triggers.rawValue].count / 3)
    }
    sections[Section.stopping.rawValue] = strings(index.stoppingTerms.sorted())
    sections[Section.substances.rawValue] = strings(index.substanceStems.sorted())
    func ascii(_ list: [String]) -> Bool { list.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } } }
    let flags = (ascii(surfaces) ? 1 : 0) | (ascii(stems) ? 2 : 0)
    var bytes = magic
    TableBytes.append(flags, to: &bytes)
    for section in Section.allCases {
      let count = section == .text ? letters.count : sections[section.rawValue].count
      guard count < TableBytes.numberLimit else { throw fail("tables too large") }
      TableBytes.append(count, to: &bytes)
    }
    for numbers in sections {
      for number in numbers {
        guard number >= 0, number < TableBytes.numberLimit else { throw fail("tables too large") }
        TableBytes.append(number, to: &bytes)
      }
    }
    bytes += letters
    guard let read = OpeningTables(bytes: bytes),
      try Self.text(
        table: read.synonymTable, stopping: read.stoppingTerms, substances: read.substanceStems,
        vocabulary: read.vocabulary) == text(of: index)
    else { throw fail("opening tables that do not read back") }
    return bytes
  }

  /// The tables `bytes(of:)` laid out, copied; nil when `bytes` are not such tables.
  public init?(bytes: [UInt8]) {
    self.init(TableBytes(copying: bytes))
  }

  /// The tables `bytes(of:)` laid out, read where they are (they must never change or go);
  /// nil when they are not such tables.
  public init?(static bytes: UnsafeBufferPointer<UInt8>) {
    self.init(TableBytes(static: bytes))
  }

  /// Checks the header: that the sections it counts fill the bytes exactly and agree in
  /// size. What an entry refers to is checked where it is read (a range between two
  /// offsets, a place in a list), so the tables never read outside their bytes whatever
  /// these hold; checking every entry here cost as much as the rest of opening the index.
  private init?(_ bytes: TableBytes) {
    let sectionCount = Section.allCases.count
    var at = Self.magic.count + TableBytes.numberSize * (1 + sectionCount)
    guard bytes.count >= at, Self.magic.indices.allSatisfy({ bytes.base[$0] == Self.magic[$0] })
    else { return nil }
    let flags = bytes.number(at: Self.magic.count)
    var sections: [TableNumbers] = []
    var textCount = 0
    for i in 0..<sectionCount {
      let count = bytes.number(at: Self.magic.count + TableBytes.numberSize * (1 + i))
      if i == Section.text.rawValue {
        textCount = count
        break
      }
      sections.append(TableNumbers(bytes: bytes, offset: at, count: count))
      at += count * TableBytes.numberSize
    }
    let text = at
    guard text + textCount == bytes.count else { return nil }
    func numbers(_ section: Section) -> TableNumbers { sections[section.rawValue] }
    func words(_ section: Section, ascii: Bool) -> TableWords {
      TableWords(offsets: numbers(section), text: text, textCount: textCount, isASCII: ascii)
    }
    let surfaces = words(.surfaces, ascii: flags & 1 != 0)
    let stems = words(.stems, ascii: flags & 2 != 0)
    let stopping = words(.stopping, ascii: false)
    let substances = words(.substances, ascii: false)
    let vocabulary = SortedWords(
      surfaces: surfaces, uses: numbers(.uses), stems: stems, isContent: numbers(.stemHeld),
      starts: numbers(.stemStarts), places: numbers(.places),
      surfaceStems: numbers(.surfaceStems))
    let groups = GroupTables(
      groupStarts: numbers(.groupStarts), termStarts: numbers(.termStarts),
      termWords: numbers(.termWords), stemTriggers: numbers(.stemTriggers),
      triggers: numbers(.triggers), surfaces: surfaces, stems: stems)
    guard vocabulary.uses.count == surfaces.count, vocabulary.isContent.count == stems.count,
      vocabulary.starts.count == stems.count + 1, vocabulary.surfaceStems.count == surfaces.count,
      groups.stemTriggers.count == stems.count + 1, groups.termWords.count % 2 == 0,
      groups.triggers.count % 3 == 0
    else { return nil }
    self.init(
      synonymTable: SynonymTable(tables: groups), stoppingTerms: Set(stopping),
      substanceStems: Set(substances), words: vocabulary)
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
}

/// A synonym table's groups and the terms each stem starts, read in place from
/// `OpeningTables` (see its `Section`s).
struct GroupTables: Sendable {
  let groupStarts: TableNumbers
  let termStarts: TableNumbers
  let termWords: TableNumbers
  let stemTriggers: TableNumbers
  let triggers: TableNumbers
  let surfaces: TableWords
  let stems: TableWords

  var groupCount: Int { max(0, groupStarts.count - 1) }

  /// The terms of group `group` (numbered over all groups).
  private func terms(ofGroup group: Int) -> Range<Int> {
    groupStarts.range(group, within: termStarts.count - 1)
  }

  /// The words of term `term` (numbered over all groups), those whose bit is set in `kept`.
  private func words(ofTerm term: Int, kept: Int = -1) -> [Word] {
    let range = termStarts.range(term, within: termWords.count / 2)
    var words: [Word] = []
    words.reserveCapacity(range.count)
    for i in range where kept & 1 << (i - range.lowerBound) != 0 {
      words.append(Word(surface: surfaces[termWords[2 * i]], stem: stems[termWords[2 * i + 1]]))
    }
    return words
  }

  func group(_ group: Int) -> [[Word]] {
    terms(ofGroup: group).map { words(ofTerm: $0) }
  }

  func terms(firstStem stem: String) -> [SynonymTable.Term]? {
    guard let index = stems.place(of: stem) else { return nil }
    let terms = stemTriggers.range(index, within: triggers.count / 3).compactMap(term)
    return terms.isEmpty ? nil : terms
  }

  private func term(_ trigger: Int) -> SynonymTable.Term? {
    let group = triggers[3 * trigger]
    let terms = terms(ofGroup: group)
    let term = terms.lowerBound + triggers[3 * trigger + 1]
    guard terms.contains(term) else { return nil }
    return SynonymTable.Term(
      group: group, words: words(ofTerm: term, kept: triggers[3 * trigger + 2]))
  }

  /// Each first stem with its terms, in stem order.
  var stemTerms: [(stem: String, terms: [SynonymTable.Term])] {
    stems.indices.compactMap { index in
      let terms = stemTriggers.range(index, within: triggers.count / 3).compactMap(term)
      return terms.isEmpty ? nil : (stems[index], terms)
    }
  }

  /// The first group whose first term's surface words are `opening`, compared in place.
  func firstGroup(opening: [String]) -> Int? {
    (0..<groupCount).first { group in
      guard let term = terms(ofGroup: group).first else { return false }
      let words = termStarts.range(term, within: termWords.count / 2)
      return words.count == opening.count
        && opening.indices.allSatisfy {
          surfaces.word(termWords[2 * (words.lowerBound + $0)], is: opening[$0])
        }
    }
  }
}
