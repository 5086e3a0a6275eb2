import Foundation

/// A query split into what the user typed: free words and "quoted phrases". User text never
/// reaches FTS5 as syntax; only the words extracted here do, each quoted as an FTS5 string.
struct QueryText {
  struct Segment: Equatable {
    var text: String
    var isPhrase: Bool
  }

  /// Longer input is cut: nobody types more, and it bounds the work per query.
  static let maximumCharacters = 500

  var segments: [Segment]
  /// True when the text ends inside a word, so that word is still being typed.
  var endsInWord: Bool

  init(_ query: String) {
    let text = query.prefix(Self.maximumCharacters)
    var segments: [Segment] = []
    var current = ""
    var inPhrase = false
    for character in text {
      if Self.quotes.contains(character) {
        if !current.isEmpty { segments.append(Segment(text: current, isPhrase: inPhrase)) }
        current = ""
        inPhrase.toggle()
      } else {
        current.append(character)
      }
    }
    if !current.isEmpty { segments.append(Segment(text: current, isPhrase: inPhrase)) }
    self.segments = segments
    endsInWord = text.last.map { $0.isLetter || $0.isNumber } ?? false
  }

  private static let quotes: Set<Character> = ["\"", "“", "”", "„", "«", "»"]
}

/// One thing the user asks about and the ways the content may say it.
struct Concept: Sendable {
  /// The user's words (after correction) that this concept stands for.
  var words: [Word]
  /// Alternatives, each a phrase of words; the first is the user's own.
  var alternatives: [[Word]]
  /// The user's last word is still being typed: match it as a prefix.
  var isPrefix = false
  var isPhrase = false
  var isStopWord = false
  /// A filler word ("right", "feel", "mum"): it ranks sections but says little about them.
  var isWeak = false
  /// The user's word was replaced by a spelling correction.
  var isCorrected = false
  /// How many of `alternatives` are the user's own words written another way ("10 mg" and
  /// "10mg"), not synonyms.
  var ownCount = 1
  /// Where the concept's words are in the query, dropped words ("my", "the") counted: words
  /// typed side by side ("drug test") name one thing, words apart may not.
  var span = 0..<0
  /// Added for what the query means ("mixing" for "wine with baclofen"), not typed.
  var isImplied = false
  /// One word that is among English's commonest (see `RealWords.isCommon`): if the library
  /// never uses it, it is less sure to name a topic the articles miss than a rare word is.
  var isCommonWord = false
  /// One word that is an adverb of a real word ("suddenly", "originally"): it says how or
  /// when, and is never half of a thing's two-word name.
  var isAdverb = false
  /// Asks about taking two things together: the "mixing" group, typed ("together") or
  /// implied ("wine while taking it").
  var isCombining = false
  /// Says who the question is about (an older person's or a teenager's age), not what: it
  /// ranks, but the rest of the query, if any, decides how directly it is answered.
  var isWho = false
  /// Names the people it is about ("elderly", "older adults"): a topic of its own, but never
  /// one said in passing.
  var isPeople = false
  /// "Stop" that is not stopping the medicine: something goes on happening ("can't stop
  /// weeing") or is relieved ("does it stop spasms"). It asks no kind of question.
  var isNotStopping = false

  /// How much the concept counts in a section's score (see `Ranking`): a question or filler
  /// word weighs little but still breaks ties between sections.
  var weight: Double { isStopWord ? 0.1 : (isWeak ? 0.2 : 1) }

  /// The medicine called by what it is ("muscle relaxer"): one side of a question, as
  /// "baclofen" is, not what it asks.
  var namesTheMedicine: Bool {
    (words.last.map { MedicineWords.generic.contains($0.surface) } ?? false)
      || MedicineWords.plainNames.contains(words.map(\.surface))
  }

  /// A term that asks how long, how often, how much ("how long", "how often"): what the
  /// question asks of its topic.
  var asksHow: Bool { words.count > 1 && words[0].surface == "how" }

  /// True for a concept that says what the query is about (not a question or filler word).
  var isInformative: Bool { !isStopWord && !isWeak }

  /// The user's own words as FTS5 phrases, one per way of writing them (the word being
  /// typed as a prefix).
  var ownPhrases: [String] {
    Self.phrases(Array(alternatives.prefix(ownCount)), prefixFirst: isPrefix)
  }

  /// Each synonym as an FTS5 phrase.
  var synonymPhrases: [String] { Self.phrases(Array(alternatives.dropFirst(ownCount))) }

  /// `("a" OR "b c" OR "d" *)`: every word is a quoted FTS5 string, so no user text is syntax.
  var expression: String { Self.expression(Self.phrases(alternatives, prefixFirst: isPrefix)) }

  /// Phrases as one FTS5 expression matching any of them.
  static func expression(_ phrases: [String]) -> String {
    phrases.count == 1 ? phrases[0] : "(" + phrases.joined(with: " OR ") + ")"
  }

  private static func phrases(_ alternatives: [[Word]], prefixFirst: Bool = false) -> [String] {
    alternatives.enumerated().map { index, phrase in
      let quoted = quote(phrase.map(\.surface).joined(with: " "))
      return index == 0 && prefixFirst ? quoted + " *" : quoted
    }
  }

  /// True when some alternative appears in `title` as consecutive words (the word being typed
  /// as the beginning of a word), the way FTS5 would match it.
  func matches(title: [Word]) -> Bool {
    alternatives.enumerated().contains { index, phrase in
      guard !phrase.isEmpty, phrase.count <= title.count else { return false }
      let prefixLast = index == 0 && isPrefix
      return (0...(title.count - phrase.count)).contains { start in
        phrase.indices.allSatisfy { offset in
          let word = title[start + offset]
          if prefixLast && offset == phrase.count - 1 {
            return word.surface.hasPrefix(phrase[offset].surface)
          }
          return word.stem == phrase[offset].stem
        }
      }
    }
  }

  static func quote(_ text: String) -> String {
    // Words never hold a quote (the tokenizer splits at one): Foundation's replacing, half a
    // query's analysis, only runs when there is one.
    guard text.utf8.contains(UInt8(ascii: "\"")) else { return "\"" + text + "\"" }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}

/// Synonym groups as words, to find the longest group term at each position of a query.
struct SynonymTable: Sendable {
  /// Each group's terms, each term a phrase of words.
  var groups: SynonymGroups { SynonymGroups(storage: storage) }
  private let storage: SynonymGroups.Storage
  /// First stem of a term → the group and term, longest terms first (unless read in place).
  private let termsByFirstStem: [String: [Term]]
  /// The groups `mixingGroup`, `sideEffectsGroup` and `olderPeopleGroup` are.
  private let mixingIndex: Int?
  private let sideEffectsIndex: Int?
  private let olderPeopleIndex: Int?

  struct Term: Sendable, Equatable {
    var group: Int
    /// The term's words but its determiners (sharing the group's words when it has none).
    var words: [Word]
    var stems: [String] { words.map(\.stem) }
    var surfaces: [String] { words.map(\.surface) }
  }

  /// Two-way groups expand from any term; a one-way group (its first term and what that
  /// also means) only from its first term.
  init(groups: [[[Word]]], oneWay: [[[Word]]]) {
    let all = groups + oneWay
    var byStem: [String: [Term]] = [:]
    for (index, group) in all.enumerated() {
      let triggers = index < groups.count ? group : Array(group.prefix(1))
      for term in triggers {
        let trigger = term.filter { !Determiners.words.contains($0.surface) }
        guard !trigger.isEmpty else { continue }
        byStem[trigger[0].stem, default: []].append(Term(group: index, words: trigger))
      }
    }
    self.init(
      groups: all,
      termsByFirstStem: byStem.mapValues { $0.sorted { $0.words.count > $1.words.count } })
  }

  init(groups: [[[Word]]], termsByFirstStem: [String: [Term]]) {
    storage = .array(groups)
    self.termsByFirstStem = termsByFirstStem
    mixingIndex = groups.firstIndex { $0.first?.map(\.surface) == Self.mixingOpening }
    sideEffectsIndex = groups.firstIndex { $0.first?.map(\.surface) == Self.sideEffectsOpening }
    olderPeopleIndex = groups.firstIndex { $0.first?.map(\.surface) == Self.olderPeopleOpening }
  }

  /// A table as `init(groups:oneWay:)` made it, read in place (see `OpeningTables`).
  init(tables: GroupTables) {
    storage = .tables(tables)
    termsByFirstStem = [:]
    mixingIndex = tables.firstGroup(opening: Self.mixingOpening)
    sideEffectsIndex = tables.firstGroup(opening: Self.sideEffectsOpening)
    olderPeopleIndex = tables.firstGroup(opening: Self.olderPeopleOpening)
  }

  private static let mixingOpening = ["mixing"]
  private static let sideEffectsOpening = ["side", "effects"]
  private static let olderPeopleOpening = ["elderly"]

  /// The group that starts with "mixing": what a query about taking two things together
  /// also looks for.
  var mixingGroup: [[Word]]? { mixingIndex.map { groups[$0] } }

  /// The group that starts with "side effects": what a query about a symptom on baclofen
  /// also looks for.
  var sideEffectsGroup: [[Word]]? { sideEffectsIndex.map { groups[$0] } }
  /// The group of older people named as such ("elderly", "older adults").
  var olderPeopleGroup: [[Word]]? { olderPeopleIndex.map { groups[$0] } }

  /// Every word of every term, for spelling correction.
  var allWords: [Word] { groups.flatMap { $0.flatMap { $0 } } }

  /// The terms whose first stem is `stem` (but determiners), longest first.
  func terms(firstStem stem: String) -> [Term]? {
    switch storage {
    case .array: termsByFirstStem[stem]
    case .tables(let tables): tables.terms(firstStem: stem)
    }
  }

  /// Each first stem with its terms, in stem order.
  var triggers: [(stem: String, terms: [Term])] {
    switch storage {
    case .array: termsByFirstStem.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    case .tables(let tables): tables.stemTerms
    }
  }

  /// The longest term starting at `start` and the groups that contain it. Where the words
  /// as typed are a term of some group, only those groups: porter makes "nursing" and
  /// "nurse" one stem, and a nursing mother is not a nurse.
  func match(_ words: [Word], at start: Int) -> (length: Int, groups: [Int])? {
    guard let candidates = terms(firstStem: words[start].stem) else { return nil }
    var found: (length: Int, groups: [Int], exact: [Int])?
    for candidate in candidates where start + candidate.words.count <= words.count {
      let slice = words[start..<(start + candidate.words.count)]
      guard slice.elementsEqual(candidate.words, by: { $0.stem == $1.stem }) else { continue }
      if let current = found, current.length > slice.count { break }
      if found == nil { found = (slice.count, [], []) }
      if found?.groups.contains(candidate.group) == false { found?.groups.append(candidate.group) }
      if slice.elementsEqual(candidate.words, by: { $0.surface == $1.surface }),
        found?.exact.contains(candidate.group) == false
      {
        found?.exact.append(candidate.group)
      }
    }
    return found.map { ($0.length, $0.exact.isEmpty ? $0.groups : $0.exact) }
  }
}

/// A synonym table's groups: an array, or read in place from `OpeningTables`, a group made
/// when asked for.
struct SynonymGroups: RandomAccessCollection, Sendable, Equatable {
  enum Storage: Sendable {
    case array([[[Word]]])
    case tables(GroupTables)
  }

  let storage: Storage

  var startIndex: Int { 0 }
  var endIndex: Int {
    switch storage {
    case .array(let groups): groups.count
    case .tables(let tables): tables.groupCount
    }
  }

  subscript(index: Int) -> [[Word]] {
    switch storage {
    case .array(let groups): groups[index]
    case .tables(let tables): tables.group(index)
    }
  }

  static func == (a: SynonymGroups, b: SynonymGroups) -> Bool { a.elementsEqual(b) }
}
