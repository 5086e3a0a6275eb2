import Foundation

extension Ranking {
  /// Share of the query's informativeness the best section must hold to answer it.
  static let answeredShare = 0.5
  /// Words typed side by side must be used at most this far apart to be the same thing.
  static let togetherWindow = 10
  /// A common English word the library never uses weighs as one this share of sections use.
  static let commonWordShare = 0.05
  /// A topic the library names once is said in the same breath as another within this many
  /// words, or only in passing.
  static let passingWindow = 30
  /// This many informative words typed side by side are a list of keywords.
  static let keywordListLength = 4

  /// How directly the best section (its words in `words`) answers, from how many sections
  /// match each concept (`matching`, of `sections`).
  ///
  /// Each concept the user typed that says what the query is about weighs its IDF over the
  /// library, a word the library never uses the most (IDF at no match), unless it is one of
  /// English's commonest words ("lunchtime", "weekend"): that weighs as a word
  /// `commonWordShare` of the sections use, since it names a topic the articles miss less
  /// surely than a rare word ("chemotherapy") does. `weak` unless the best section holds more than
  /// `answeredShare` of the query's weight. "coffee" is what "how much coffee can I drink" is
  /// about, and no section says it; "cerebral palsy … her stiffness" is answered by a section
  /// using both, however far apart. Two single words typed side by side are one thing ("drug
  /// test", "sex drive", "restless legs"): the section must use both, close together (a known
  /// term, "spinal cord injury spasms", is already one thing; an adverb, "originally
  /// developed", is never half of a name), and so are an uncommon word and the term after it
  /// ("acamprosate side effects": that medicine's, which a section on baclofen's does not
  /// answer; "people quit drinking" is not one thing), and so are a word and an uncommon one
  /// joined by "of" ("the dose of naltrexone", not "a glass of milk"). A query of only question and filler words is
  /// answered by a section whose title holds them all. A question about taking a named thing
  /// together with baclofen is answered by a section using the two close together ("avoid
  /// mixing with … benzodiazepines"), not one naming it elsewhere. The medicine called by
  /// what it is ("muscle relaxer makes me sleepy") is no more the topic than "baclofen" is.
  /// A question of how long, how often or how much is answered only where the section speaks
  /// of that. What another named thing does ("what does disulfiram do") is answered by a section
  /// about it, not one naming it in passing; and a topic the library names only once is a
  /// passing mention: it answers what the query asks of it ("stop baclofen before surgery")
  /// only where the section says that within `passingWindow` words of it ("spasms after
  /// surgery" does not say when to stop).
  func strength(top: Candidate?, words: RowWords?, matching: [Int], sections: Int)
    -> MatchStrength
  {
    guard let top else { return .none }
    // What is left of a contraction ("shouldn't") need not be in the title.
    let titled = concepts.filter {
      !($0.words.count == 1 && StopWords.contractionEnds.contains($0.words[0].surface))
    }
    if concepts.allSatisfy({ $0.matches(title: words?.title ?? []) })
      || (concepts.allSatisfy(\.isStopWord) && !titled.isEmpty
        && titled.allSatisfy({ $0.matches(title: words?.title ?? []) }))
    {
      return .strong
    }
    let typedAll = concepts.indices.filter {
      concepts[$0].isInformative && !concepts[$0].isImplied
    }
    // Who it is about ("mum is 82"), and the medicine called by what it is ("muscle
    // relaxer"), decide only when nothing else says what.
    let what = typedAll.filter { !concepts[$0].isWho && !concepts[$0].namesTheMedicine }
    let typed = what.isEmpty ? typedAll : what
    // Only question and filler words ("how should I take the tablets"): answered by a
    // section whose heading answers the kind of question their frame asks.
    guard !typed.isEmpty else {
      return framedKinds & (words?.headingKinds ?? 0) != 0 ? .strong : .weak
    }
    func weight(_ concept: Int) -> Double {
      var n = Double(matching[concept])
      if n == 0, concepts[concept].isCommonWord { n = Self.commonWordShare * Double(sections) }
      return log(1 + (Double(sections) - n + 0.5) / (n + 0.5))
    }
    let total = typed.map(weight).reduce(0, +)
    let answered = typed.filter { top.bm25[$0] > 0 }.map(weight).reduce(0, +)
    guard answered > Self.answeredShare * total else { return .weak }
    // Neighbours by index: `zip` with `dropFirst()` had the runtime look its iterator's
    // conformances up (0.3 M instructions of a bundled search).
    // Words typed side by side, four or more, are a list of keywords ("gaba b receptors
    // mechanism"), not a name made of two of them.
    func adjacent(_ a: Int, _ b: Int) -> Bool {
      concepts[a].span.upperBound == concepts[b].span.lowerBound
    }
    var runs = Array(repeating: 1, count: typed.count)
    for i in typed.indices.dropFirst() where adjacent(typed[i - 1], typed[i]) {
      runs[i] = runs[i - 1] + 1
    }
    for i in typed.indices.reversed().dropFirst() where adjacent(typed[i], typed[i + 1]) {
      runs[i] = runs[i + 1]
    }
    for second in typed.indices.dropFirst() {
      let (a, b) = (typed[second - 1], typed[second])
      guard runs[second] < Self.keywordListLength,
        concepts[a].span.upperBound == concepts[b].span.lowerBound || joinedByOf(a, b),
        concepts[a].words.count == 1,
        concepts[b].words.count == 1 || !concepts[a].isCommonWord,
        !concepts[a].isAdverb, !concepts[b].isAdverb
      else { continue }
      guard top.bm25[a] > 0, top.bm25[b] > 0 else {
        if top.bm25[a] > 0 || top.bm25[b] > 0 { return .weak }
        continue
      }
      guard let words,
        let distance = RowWords.closest(
          words.positions(of: concepts[a]), words.positions(of: concepts[b]))
      else { continue }
      if distance >= Self.togetherWindow { return .weak }
    }
    // Taking a named thing with baclofen, asked in so many words ("gabapentin … together"),
    // is answered where the section speaks of combining that thing, not where it names it
    // in passing.
    if let combining = typed.first(where: { concepts[$0].isCombining }) {
      for named in typed
      where !concepts[named].isCombining && concepts[named].words.count == 1
        && !concepts[named].isCommonWord && top.bm25[named] > 0
      {
        guard top.bm25[combining] > 0, let words,
          let distance = RowWords.closest(
            words.positions(of: concepts[named]), words.positions(of: concepts[combining])),
          distance < Self.togetherWindow
        else { return .weak }
      }
    }
    let matched = typed.filter { top.bm25[$0] > 0 }
    // What the question asks of its topic ("how long … in your urine"): a section naming
    // the topic but not that answers another question about it.
    if !matched.isEmpty,
      typed.contains(where: { concepts[$0].asksHow && top.bm25[$0] == 0 })
    {
      return .weak
    }
    // "What does disulfiram do": what another named thing does is said where the section is
    // about it, not where it is named in passing.
    for named in matched
    where concepts[named].words.count == 1 && !concepts[named].isCommonWord
      && asksWhatItDoes(concepts[named])
      && !concepts[named].matches(title: words?.title ?? [])
    {
      return .weak
    }
    // A topic the library names once ("surgery", in "muscle spasms after surgery") answers
    // what the query asks of it ("stop … before surgery") only where that is said near it;
    // the people it is about ("older adults with liver disease") are no such topic.
    if let words {
      for once in matched
      where matching[once] == 1 && !concepts[once].isPeople
        && !concepts[once].matches(title: words.title)
      {
        let at = words.positions(of: concepts[once])
        guard at.count == 1 else { continue }
        let nearest = matched.filter { $0 != once }.compactMap {
          RowWords.closest(at, words.positions(of: concepts[$0]))
        }.min()
        if let nearest, nearest >= Self.passingWindow { return .weak }
      }
    }
    return .strong
  }

  /// True when only "of" stands between concepts `a` and `b` and `b` is no common English
  /// word: "the dose of naltrexone" is naltrexone's dose, one thing as "naltrexone dose" is,
  /// where "a glass of milk" is the milk.
  private func joinedByOf(_ a: Int, _ b: Int) -> Bool {
    let between = concepts[a].span.upperBound..<concepts[b].span.lowerBound
    return between.count == 1 && !concepts[b].isCommonWord
      && tieBreakers.contains { $0.span == between && $0.words.map(\.surface) == ["of"] }
  }

  /// True when the query asks what `concept` does: "what does … do", "what will … do".
  private func asksWhatItDoes(_ concept: Concept) -> Bool {
    let before = tieBreakers.first { $0.span.upperBound == concept.span.lowerBound }
    let after = tieBreakers.first { $0.span.lowerBound == concept.span.upperBound }
    return after?.words.map(\.surface) == ["do"]
      && before.map { $0.words.count == 1 && Self.auxiliaries.contains($0.words[0].surface) }
        ?? false
  }

  private static let auxiliaries: Set<String> = [
    "does", "do", "did", "will", "would", "can", "could",
  ]
}

extension CandidateTable {
  /// How many candidates match each of the first `count` concepts.
  func matchCounts(_ count: Int) -> [Int] {
    var counts = Array(repeating: 0, count: count)
    for (slot, score) in bm25.enumerated() where score > 0 && slot % width < count {
      counts[slot % width] += 1
    }
    return counts
  }
}
