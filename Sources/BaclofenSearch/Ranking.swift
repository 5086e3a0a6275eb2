import Foundation
import GRDB

/// The ranking model. A section's score is a sum over the query's concepts (a word, a phrase,
/// or a synonym term with its alternatives):
///
///     score = coordination × Σ_c weight(c) × how(c) × bm25F(c) × title × kind  +  proximity
///
/// - `bm25F(c)` is FTS5's bm25 of the concept in the section with the section title weighing
///   8, the body 1 and the article title 0.5 (`bm25`; the article title is shared by all its
///   sections, so weak evidence): how often and where the section uses the concept, brought to
///   the concept's informativeness over the library (the IDF of the sections matching any of
///   its alternatives, smoothed so a common concept still counts a little: a word in every
///   section adds little, a rare one a lot, and a rare synonym no more than the word typed).
///   The best way the section says the concept counts whole and each other way it also uses
///   `SearchIndex.otherWaysShare` of its own: the section saying "spasticity", "stiff" and
///   "spasms" is about stiffness more than a short one saying "spastic" once.
/// - `how(c)` is how the section matched: the user's own word exactly 1, only by the same stem
///   (`stemFactor`), only by a synonym (`synonymFactor`); a concept the user misspelt and search
///   corrected counts `correctionFactor` of that.
/// - `weight(c)` is 1 for a concept that says what the query is about, and small for question
///   and filler words ("what", "right", "feel", "mum"), which only break ties, and for the
///   words of the question's frame ("work" in "does it work for drinking", "else" in "what
///   else can I try": `QuestionKinds` frames), which say how it is asked, not about what:
///   the kind the frame asks lifts the sections answering it (`kind`). A question that is
///   only its frame ("how does baclofen work") keeps its words' weight.
/// - `coordination` grows with the share of the query's informative concepts the section
///   matches, so one rare word matched does not beat a section answering all of the question.
/// - `title` is 1 + `titleBonus` when the section title holds every informative concept the
///   user typed (the title is the whole question, "Is Baclofen Addictive?"), else 1: bm25
///   alone let a longer section using the words often ("Addiction Treatment Options") win.
/// - `kind` is 1 + `kindBonus` when the section's heading answers a kind of question the query
///   asks (`QuestionKinds`, from `question-kinds.txt`: "forgot", "skipped" ask what to do
///   after a missed dose, which "Missed dose" answers; a synonym term asks what its synonyms
///   ask, so "how long will I" asks how long; a heading may answer several kinds, "How Do You
///   Take Baclofen for Alcohol Use Disorder?" how to take it and treating drinking), else 1:
///   a lift among sections the words found, never a match by itself, and no part of how
///   directly the query is answered (`strength`). A kind asked by a frame phrase ("does it
///   help with", "what else") lifts by `frameBonus` instead: it carries the weight that the
///   frame's words no longer do (`weight(c)`): for "does it help with anxiety", "Pros and
///   Cons" ("may help with insomnia and anxiety") rises among sections naming anxiety more
///   often, from sixth to second. A heading answering two of the kinds asked or more lifts
///   by `secondKindBonus` more: "Baclofen Addiction Treatment Options" answers both what
///   "hooked … where to get help" asks, "Is Baclofen Addictive?" only one.
/// - `proximity` adds a share of the weaker of two neighbouring concepts when the section uses
///   them close together ("drink … while taking"), most when adjacent.
///
/// The first three need only FTS5's index: each part's bm25 over every section it matches is
/// computed from its phrases' postings, exactly as FTS5's `bm25()` would (`Bm25`); the
/// exact-word test, the title and proximity read a section's words, so only the sections that
/// can still reach the top are read (see `exactTop`).
struct Ranking {
  /// bm25 with the model's column weights (section title, article title, body).
  static let bm25 = "bm25(sections, 8.0, 0.5, 1.0)"
  static let synonymFactor = 0.65
  static let stemFactor = 0.85
  static let correctionFactor = 0.8
  static let proximityShare = 0.5
  static let proximityWindow = 6
  static let titleBonus = 0.3
  static let kindBonus = 0.3
  static let frameBonus = 0.5
  static let secondKindBonus = 0.3

  /// Concepts that decide whether a section matches (it must match one).
  let concepts: [Concept]
  /// Question words: they add to the score of sections found by `concepts`.
  let tieBreakers: [Concept]
  /// `concepts` then `tieBreakers`, and what the score needs of each, computed once: the
  /// score is computed for every matching section.
  let all: [Concept]
  private let weights: [Double]
  /// The kinds of question the query asks, a bit per kind (see `QuestionKinds`).
  let askedKinds: UInt64
  /// Those asked by a frame phrase ("does it work for"), whose words weigh as frame.
  let framedKinds: UInt64
  /// Whether matching the concept counts towards `coordination`.
  private let covers: [Bool]
  private let informativeWeight: Double
  /// The informative concepts, in the order the user typed them.
  private let informative: [Int]
  /// Those of them the user typed (not implied by the query), which the title bonus needs.
  private let typed: [Int]

  init(
    concepts: [Concept], tieBreakers: [Concept], askedKinds: UInt64 = 0, framedKinds: UInt64 = 0
  ) {
    self.askedKinds = askedKinds
    self.framedKinds = framedKinds
    self.concepts = concepts
    self.tieBreakers = tieBreakers
    all = concepts + tieBreakers
    weights = all.map(\.weight)
    let anyInformative = concepts.contains(where: \.isInformative)
    informative = concepts.indices.filter { concepts[$0].isInformative }
    typed = informative.filter { !concepts[$0].isImplied }
    // The share of the question a section answers is of what the user typed: a concept the
    // query implies ("side effects" for "dizzy on baclofen") adds to the score only.
    let covering = typed.isEmpty ? informative : typed
    covers = all.indices.map {
      $0 < concepts.count && (covering.contains($0) || !anyInformative)
    }
    informativeWeight = Double(covering.isEmpty ? concepts.count : covering.count)
  }

  /// One FTS5 query of the model: a concept's own words, or one of its synonyms, as the
  /// phrases the query matches any of.
  struct Part {
    var concept: Int
    var phrases: [String]
    var factor: Double
    var decides: Bool
  }

  /// The user's own words, then each synonym on its own: every alternative's score is
  /// brought to the concept's informativeness, so none may count more than another for
  /// being rarer.
  var parts: [Part] {
    all.enumerated().flatMap { index, concept -> [Part] in
      let decides = index < concepts.count
      let correction = concept.isCorrected ? Self.correctionFactor : 1
      let own = Part(
        concept: index, phrases: concept.ownPhrases, factor: correction, decides: decides)
      guard decides else { return [own] }
      return [own]
        + concept.synonymPhrases.map {
          Part(
            concept: index, phrases: [$0], factor: Self.synonymFactor * correction,
            decides: decides)
        }
    }
  }

  /// A section's bm25 per concept, best part kept, and whether that was the user's own words.
  struct Candidate {
    var row: Int64
    var bm25: [Double]
    var own: [Bool]
    var score = 0.0

    /// Higher score first, then reading order: the order of results.
    static func ranksBefore(_ a: Candidate, _ b: Candidate) -> Bool {
      (a.score, -a.row) > (b.score, -b.row)
    }
  }

  /// The model's score without the exact-word test and proximity, from a section's bm25 per
  /// concept starting at `offset` in `bm25` (and in `own`).
  func baseScore(_ bm25: [Double], own: [Bool], at offset: Int = 0, exact: [Bool]? = nil)
    -> Double
  {
    var sum = 0.0
    var covered = 0.0
    for index in weights.indices where bm25[offset + index] > 0 {
      var how = 1.0
      if let exact, own[offset + index], !exact[index] { how = Self.stemFactor }
      sum += weights[index] * how * bm25[offset + index]
      if covers[index] { covered += 1 }
    }
    let share = covered / informativeWeight
    return sum * (0.5 + 0.5 * share)
  }

  /// True when the section's title holds every informative concept the user typed ("Is
  /// Baclofen Addictive?" for "is baclofen addictive"): the section is about the whole
  /// question.
  func answersInTitle(_ candidate: Candidate, words: RowWords) -> Bool {
    mayAnswerInTitle(candidate.bm25, at: 0)
      && typed.allSatisfy { concepts[$0].matches(title: words.title) }
  }

  /// True when the section's heading answers a kind of question the query asks ("Missed
  /// dose" for "forgot my tablet this morning").
  func answersKindAsked(_ words: RowWords) -> Bool {
    askedKinds & words.headingKinds != 0
  }

  /// Whether the section matches every informative concept the user typed, which the title
  /// bonus needs: a bound that assumed the bonus for every section had the last step read
  /// the words of far more sections in a large library.
  private func mayAnswerInTitle(_ bm25: [Double], at offset: Int) -> Bool {
    !typed.isEmpty && typed.allSatisfy { bm25[offset + $0] > 0 }
  }

  /// The most `rerank` can make of each candidate's score in `table`: the exact-word test only
  /// lowers the base score, the title bonus and the kind lift (the frame's only when a frame
  /// asked a kind, and only for a candidate `mayAnswerKind` holds: row-indexed, nil for all)
  /// multiply it at most once each, and proximity adds at most its share of each neighbouring
  /// pair's weaker concept. `baseScore` as it adds up, through the buffers: a common word's
  /// 18,000 candidates over 10,000 articles made the checked reads and calls per candidate
  /// most of the last step's own time.
  func bounds(_ table: CandidateTable, mayAnswerKind: [Bool]?) -> [Double] {
    // A bound looser than the lift can be has the last step read the words of far more
    // sections in a large library.
    let kindLift =
      askedKinds == 0
      ? 1
      : 1 + (framedKinds != 0 ? max(Self.kindBonus, Self.frameBonus) : Self.kindBonus)
        + (askedKinds.nonzeroBitCount > 1 ? Self.secondKindBonus : 0)
    let width = table.width
    return [Double](unsafeUninitializedCapacity: table.rows.count) { bounds, made in
      table.bm25.withUnsafeBufferPointer { bm25 in
        weights.withUnsafeBufferPointer { weights in
          covers.withUnsafeBufferPointer { covers in
            typed.withUnsafeBufferPointer { typed in
              informative.withUnsafeBufferPointer { informative in
                for (index, row) in table.rows.enumerated() {
                  let offset = index * width
                  var sum = 0.0
                  var covered = 0.0
                  for concept in 0..<weights.count where bm25[offset + concept] > 0 {
                    sum += weights[concept] * bm25[offset + concept]
                    if covers[concept] { covered += 1 }
                  }
                  var bound = sum * (0.5 + 0.5 * (covered / informativeWeight))
                  if !typed.isEmpty, typed.allSatisfy({ bm25[offset + $0] > 0 }) {
                    bound *= 1 + Self.titleBonus
                  }
                  if askedKinds != 0,
                    mayAnswerKind.map({ row >= 0 && row < $0.count && $0[Int(row)] }) ?? true
                  {
                    bound *= kindLift
                  }
                  var previous = -1.0
                  for concept in informative where bm25[offset + concept] > 0 {
                    let score = bm25[offset + concept]
                    if previous >= 0 { bound += Self.proximityShare * min(previous, score) }
                    previous = score
                  }
                  bounds[index] = bound
                }
              }
            }
          }
        }
      }
      made = table.rows.count
    }
  }

  /// Adds the exact-word test and proximity to `candidate`'s score, from its words.
  func rerank(_ candidate: inout Candidate, words: RowWords) {
    let positions = all.map { words.positions(of: $0) }
    let exact = all.enumerated().map { index, concept in
      words.containsExactly(concept.alternatives[0], prefixLast: concept.isPrefix)
    }
    var score = baseScore(candidate.bm25, own: candidate.own, exact: exact)
    if answersInTitle(candidate, words: words) { score *= 1 + Self.titleBonus }
    if answersKindAsked(words) {
      score *=
        1 + (framedKinds & words.headingKinds != 0 ? Self.frameBonus : Self.kindBonus)
        + ((askedKinds & words.headingKinds).nonzeroBitCount > 1 ? Self.secondKindBonus : 0)
    }
    // Each neighbouring pair of the informative concepts it matches, without the arrays a
    // `zip` of them made for every candidate.
    var previous = -1
    for b in informative where candidate.bm25[b] > 0 {
      let a = previous
      previous = b
      guard a >= 0, let distance = RowWords.closest(positions[a], positions[b]),
        distance < Self.proximityWindow
      else { continue }
      let weaker = min(candidate.bm25[a], candidate.bm25[b])
      let closeness = Double(Self.proximityWindow - distance) / Double(Self.proximityWindow - 1)
      score += Self.proximityShare * weaker * closeness
    }
    candidate.score = score
  }
}

/// A section's words in reading order, title then body, with a gap between them so that
/// proximity never spans the two.
struct RowWords: Sendable {
  let title: [Word]
  let words: [Word]
  /// The kinds of question the section's heading answers (see `QuestionKinds`), a bit each.
  var headingKinds: UInt64 = 0

  init(title: [Word], body: [Word]) {
    self.title = title
    words = title + Array(repeating: Self.gap, count: Ranking.proximityWindow) + body
  }

  /// From `words` already laid out as above (title, gap, body): no second copy of them.
  init(title: [Word], laidOut words: [Word]) {
    self.title = title
    self.words = words
  }

  static let gap = Word(surface: "", stem: "")

  /// Where some alternative of `concept` starts (its words in a row, by stem).
  func positions(of concept: Concept) -> [Int] {
    var found: [Int] = []
    for (index, alternative) in concept.alternatives.enumerated() where !alternative.isEmpty {
      let prefixLast = index == 0 && concept.isPrefix
      guard alternative.count <= words.count else { continue }
      // The first word's stem first, outside `matches`: most starts fail there.
      let first = alternative[0].stem
      let firstLength = first.utf8.count
      let anyFirst = prefixLast && alternative.count == 1
      for start in 0...(words.count - alternative.count)
      where (anyFirst || Self.same(words[start].stem, first, length: firstLength))
        && matches(alternative, at: start, prefixLast: prefixLast)
      {
        found.append(start)
      }
    }
    return found.sorted()
  }

  private func matches(_ phrase: [Word], at start: Int, prefixLast: Bool) -> Bool {
    phrase.indices.allSatisfy { offset in
      let word = words[start + offset]
      if prefixLast && offset == phrase.count - 1 {
        return word.surface.hasPrefix(phrase[offset].surface)
      }
      return word.stem == phrase[offset].stem
    }
  }

  /// True when every word of `phrase` appears in the section as the user typed it.
  func containsExactly(_ phrase: [Word], prefixLast: Bool) -> Bool {
    phrase.enumerated().allSatisfy { offset, word in
      // A scan, not a set: hashing every word of the section cost far more than the few
      // scans a query makes.
      let length = word.surface.utf8.count
      return (prefixLast && offset == phrase.count - 1)
        || words.contains { Self.same($0.surface, word.surface, length: length) }
    }
  }

  /// `a == b`, where `b` has `length` bytes of UTF-8: most words of a section differ in
  /// length from the one looked for, and comparing the lengths, read in place, skips the
  /// call comparing the strings (half a million instructions of a bundled search's ranking).
  @inline(__always)
  static func same(_ a: String, _ b: String, length: Int) -> Bool {
    a.utf8.count == length && a == b
  }

  /// The smallest distance in words between a position of `a` and one of `b` (both sorted).
  static func closest(_ a: [Int], _ b: [Int]) -> Int? {
    guard !a.isEmpty, !b.isEmpty else { return nil }
    var (i, j) = (0, 0)
    var best = Int.max
    while i < a.count, j < b.count {
      best = min(best, abs(a[i] - b[j]))
      if a[i] < b[j] { i += 1 } else { j += 1 }
    }
    return best
  }
}

/// Values computed once per key and kept, under a lock (a query may run on any thread).
final class KeyedCache<Value: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var values: [String: Value] = [:]

  func get(_ key: String, make: () throws -> Value) rethrows -> Value {
    lock.lock()
    let kept = values[key]
    lock.unlock()
    if let kept { return kept }
    let value = try make()
    lock.lock()
    values[key] = value
    lock.unlock()
    return value
  }
}
