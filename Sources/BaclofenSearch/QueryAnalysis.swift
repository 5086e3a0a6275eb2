/// What a query asks for after spelling correction and synonym expansion.
struct QueryAnalysis {
  /// Every concept in query order, stop words included.
  var concepts: [Concept]
  /// The query as the user's words with corrections, when something was corrected.
  var correctedQuery: String?
  var aboutStopping: Bool
  /// The kinds of question it asks (see `QuestionKinds`), a bit per kind.
  var askedKinds: UInt64 = 0
  var framedKinds: UInt64 = 0

  /// The concepts that decide whether a section matches: all but stop words, or every
  /// concept when the query is only stop words ("what is baclofen").
  var meaningConcepts: [Concept] {
    let meaning = concepts.filter { !$0.isStopWord }
    return Array((meaning.isEmpty ? concepts : meaning).prefix(SearchIndex.maximumConcepts))
  }

  /// Question words that only break ties between sections the meaning concepts found.
  var stopConcepts: [Concept] {
    concepts.contains { !$0.isStopWord }
      ? Array(concepts.filter(\.isStopWord).prefix(SearchIndex.maximumConcepts)) : []
  }

  /// A response without results, carrying what the reader needs to highlight matches.
  func response(for query: String, vocabulary: Vocabulary) -> SearchResponse {
    var words: Set<String> = []
    var prefixes: [String] = []
    var phrases: [PhraseMatch] = []
    func variants(_ word: Word) -> Set<String> {
      Set([word.surface] + (vocabulary.surfacesByStem[word.stem] ?? []))
    }
    var alone: Set<String> = []
    // Filler words ("off", "right") are marked only inside a phrase that matched.
    let informative = meaningConcepts.filter(\.isInformative)
    for concept in informative.isEmpty ? meaningConcepts : informative {
      for word in concept.alternatives.joined() {
        words.formUnion(variants(word))
      }
      for alternative in concept.alternatives where alternative.count == 1 {
        alone.formUnion(variants(alternative[0]))
      }
      // The word being typed; in a phrase, only where the phrase is (see `PhraseMatch`).
      if concept.isPrefix, concept.words.count == 1, let last = concept.words.last,
        last.surface.count >= 2
      {
        prefixes.append(last.surface)
      }
      for (index, alternative) in concept.alternatives.enumerated() where alternative.count > 1 {
        let typing = index == 0 && concept.isPrefix
        phrases.append(
          PhraseMatch(
            words: alternative.map(variants), lastPrefix: typing ? alternative.last?.surface : nil))
      }
    }
    var response = SearchResponse(
      query: query, correctedQuery: correctedQuery, aboutStopping: aboutStopping,
      matchWords: words, matchPrefixes: prefixes)
    response.matchPhrases = phrases
    response.phraseOnlyWords = words.subtracting(alone)
    return response
  }
}

extension SearchIndex {
  /// Splits the query into words, corrects unknown words, groups them into concepts and
  /// expands synonyms.
  func analyze(
    _ query: String, tokenizers: Tokenizers, vocabulary: Vocabulary,
    occurs: ([Word]) throws -> Bool = { _ in true }
  ) throws
    -> QueryAnalysis
  {
    let text = QueryText(query)
    var segments: [(words: [Word], isPhrase: Bool)] = []
    var remaining = Self.maximumWords
    for segment in text.segments where remaining > 0 {
      let words = try tokenizers.words(segment.text).prefix(remaining)
      remaining -= words.count
      if !words.isEmpty { segments.append((Array(words), segment.isPhrase)) }
    }
    for s in segments.indices where !segments[s].isPhrase {
      let typing = text.endsInWord && s == segments.count - 1
      segments[s].words = try compounds(
        segments[s].words, typingLast: typing, tokenizers: tokenizers, vocabulary: vocabulary)
    }
    var corrected = false
    var correctedWords = Set<String>()
    // Each attempt scans the words of similar length, so a long query of unknown words
    // (pasted text, another language) is capped.
    var attemptsLeft = Self.maximumCorrections
    for s in segments.indices {
      for w in segments[s].words.indices {
        let word = segments[s].words[w]
        let isTyping =
          text.endsInWord && s == segments.count - 1 && w == segments[s].words.count - 1
        // A known stem is a known word unless the word is neither used by the library nor
        // English: "weekness" stems to the "week" of "weeks", and is a misspelt "weakness".
        let stemOnly =
          vocabulary.contains(word) && vocabulary.weights[word.surface] == nil
          && Self.isLetters(word.surface) && !realWords.contains(word.surface)
        if (vocabulary.contains(word) && !stemOnly)
          || (isTyping && vocabulary.hasWord(startingWith: word.surface))
        {
          continue
        }
        // A real word the articles do not use is not a misspelling of one they do.
        guard attemptsLeft > 0, !realWords.contains(word.surface) else { continue }
        attemptsLeft -= 1
        let words = segments[s].words
        // A word whose stem is known keeps it: "baclofens" is no misspelt "baclofen".
        let fixes = try vocabulary.corrections(for: word.surface).prefix(8).compactMap {
          try tokenizers.words($0).first
        }.filter { !stemOnly || $0.stem != word.stem }
        guard
          let fixed = fixes.first(where: {
            fitsNeighbours(
              $0, before: words[..<w].last, after: words[(w + 1)...].first,
              vocabulary: vocabulary)
          }) ?? fixes.first
        else { continue }
        segments[s].words[w] = fixed
        corrected = true
        correctedWords.insert(fixed.surface)
      }
    }
    if corrected {
      // A corrected word may join the next: "brest feeding" → "breast feeding" → one word.
      for s in segments.indices where !segments[s].isPhrase {
        segments[s].words = try compounds(
          segments[s].words, typingLast: false, tokenizers: tokenizers, vocabulary: vocabulary)
      }
    }
    var concepts: [Concept] = []
    // Segments are a word apart: a quoted phrase and the word after it are not one thing.
    var offset = 0
    for (s, segment) in segments.enumerated() {
      let typing = text.endsInWord && s == segments.count - 1 ? segment.words.count - 1 : nil
      if segment.isPhrase {
        var phrase = Concept(
          words: segment.words, alternatives: [segment.words], isPrefix: typing != nil,
          isPhrase: true)
        phrase.span = offset..<(offset + segment.words.count)
        concepts.append(phrase)
      } else {
        concepts += try expand(
          segment.words, typingIndex: typing, vocabulary: vocabulary, occurs: occurs
        ).map { concept in
          var concept = concept
          concept.span = (concept.span.lowerBound + offset)..<(concept.span.upperBound + offset)
          return concept
        }
      }
      offset += segment.words.count + 1
    }
    try relate(&concepts, tokenizers: tokenizers, vocabulary: vocabulary)
    for c in concepts.indices {
      concepts[c].isCorrected = concepts[c].words.contains { correctedWords.contains($0.surface) }
      guard concepts[c].words.count == 1 else { continue }
      let surface = concepts[c].words[0].surface
      concepts[c].isCommonWord = realWords.isCommon(surface)
      concepts[c].isAdverb = isAdverb(surface)
    }
    // Older people named as such ("elderly", "older adults") are who it is about.
    if let older = synonymTable.olderPeopleGroup {
      let stems = Set(older.map { $0.map(\.stem) })
      for c in concepts.indices
      where concepts[c].alternatives.contains(where: { stems.contains($0.map(\.stem)) }) {
        concepts[c].isPeople = true
      }
    }
    let correctedQuery =
      corrected
      ? segments.map { segment in
        let words = segment.words.map(\.surface).joined(with: " ")
        return segment.isPhrase ? "\"\(words)\"" : words
      }.joined(with: " ") : nil
    if let mixing = combiningIntent(concepts, words: segments.flatMap(\.words)) {
      concepts.append(mixing)
    }
    if let sideEffects = sideEffectIntent(concepts, words: segments.flatMap(\.words)) {
      concepts.append(sideEffects)
    }
    if let mixing = synonymTable.mixingGroup?.first.map({ $0.map(\.stem) }) {
      for c in concepts.indices {
        concepts[c].isCombining = concepts[c].alternatives.contains { $0.map(\.stem) == mixing }
      }
    }
    let aboutStopping = concepts.contains { concept in
      !concept.isNotStopping
        && concept.alternatives.contains {
          stoppingTerms.contains($0.map(\.stem).joined(with: " "))
        }
    }
    if aboutStopping, let sudden = try stoppingIntent(concepts, tokenizers: tokenizers) {
      concepts.append(sudden)
    }
    let (kinds, frames, framedKinds) = askedKinds(segments.map(\.words), concepts: concepts)
    weighAsFrame(&concepts, frames: frames)
    return QueryAnalysis(
      concepts: concepts, correctedQuery: correctedQuery, aboutStopping: aboutStopping,
      askedKinds: kinds, framedKinds: framedKinds)
  }

  /// The concepts inside a frame phrase of a kind asked ("work" in "does it work for
  /// drinking", "else" in "what else can I try") weigh as filler: the frame is how the
  /// question is put, and the kind it asks lifts the sections that answer it (see
  /// `Ranking`), while the rest says what it is about. A question that is only its frame
  /// ("how does baclofen work") is about the frame, whose words keep their weight.
  private func weighAsFrame(_ concepts: inout [Concept], frames: [Range<Int>]) {
    guard !frames.isEmpty else { return }
    let framed = concepts.indices.filter { c in
      let span = concepts[c].span
      return !concepts[c].isImplied
        && frames.contains { $0.lowerBound <= span.lowerBound && span.upperBound <= $0.upperBound }
    }
    let topic = concepts.indices.contains { c in
      concepts[c].isInformative && !concepts[c].isImplied && !framed.contains(c)
    }
    guard topic else { return }
    for c in framed { concepts[c].isWeak = true }
  }

  /// The kinds of question the words ask, a phrase of the kinds matching whole terms only
  /// ("stop" is not asked by the term "stop drinking"), and where their frame phrases are
  /// (in the concepts' spans); an implied concept ("mixing" for "wine while taking it")
  /// asks as if typed, and a term asks what its synonyms do: "how long will I" asks how
  /// long, "several times a day" (as "times a day") how to take it.
  private func askedKinds(_ segments: [[Word]], concepts: [Concept]) -> (
    UInt64, [Range<Int>], UInt64
  ) {
    guard !questionKinds.kinds.isEmpty else { return (0, [], 0) }
    // Laid out as the concepts' spans count: segments a word apart.
    var words = segments.flatMap { $0.map(\.surface) + [""] }
    for concept in concepts where concept.isImplied {
      words += concept.words.map(\.surface) + [""]
    }
    // "Stop" in "can't stop weeing" asks nothing of stopping.
    for concept in concepts where concept.isNotStopping && concept.span.upperBound <= words.count {
      for inside in concept.span { words[inside] = "" }
    }
    var starts = Array(repeating: true, count: words.count)
    var ends = starts
    for concept in concepts
    where !concept.isImplied && concept.span.count > 1 && concept.span.upperBound <= words.count
      && !concept.words[0].surface.allSatisfy(\.isNumber)
    {
      for inside in concept.span.dropFirst() { starts[inside] = false }
      for inside in concept.span.dropLast() { ends[inside] = false }
    }
    var (mask, frames, framedKinds) = questionKinds.framed(words, starts: starts, ends: ends)
    for concept in concepts where !concept.isImplied {
      for alternative in concept.alternatives.dropFirst(concept.ownCount) {
        let surfaces = alternative.map(\.surface)
        let anywhere = Array(repeating: true, count: surfaces.count)
        mask |= questionKinds.asked(surfaces, starts: anywhere, ends: anywhere)
      }
    }
    return (mask, frames, framedKinds)
  }

  /// "suddenly", "happily": a real word and "ly", or a word in "y" made "ily".
  private func isAdverb(_ surface: String) -> Bool {
    guard surface.count > 4, surface.hasSuffix("ly") else { return false }
    let base = String(surface.dropLast(2))
    return realWords.contains(base)
      || (base.hasSuffix("i") && realWords.contains(String(base.dropLast()) + "y"))
  }

  /// One concept per synonym term (longest match first) or per remaining word.
  private func expand(
    _ allWords: [Word], typingIndex: Int?, vocabulary: Vocabulary,
    occurs: ([Word]) throws -> Bool
  ) throws -> [Concept] {
    // "a", "the", "my" say nothing and would split a phrase ("blood in my pee"), nor do
    // "really", "very" ("feeling really down"); the word being typed stays.
    let kept = allWords.indices.filter {
      !(Determiners.words.contains(allWords[$0].surface)
        || Intensifiers.words.contains(allWords[$0].surface)) || $0 == typingIndex
    }
    let words = kept.isEmpty ? allWords : kept.map { allWords[$0] }
    let typingIndex = kept.isEmpty ? typingIndex : typingIndex.flatMap { kept.firstIndex(of: $0) }
    /// Where the words `start..<end` of `words` were in `allWords`.
    func span(_ start: Int, _ end: Int) -> Range<Int> {
      kept.isEmpty ? start..<end : kept[start]..<(kept[end - 1] + 1)
    }
    /// "my child has …": the word at `position` of `allWords` opens the query after a
    /// possessive, so it is who the question is about ("away from my kids" is not).
    func opensAfterPossessive(_ position: Int) -> Bool {
      position == 1 && Determiners.possessives.contains(allWords[0].surface)
    }
    var concepts: [Concept] = []
    var index = 0
    while index < words.count {
      // "can't stop yawning": something that goes on happening, not stopping the medicine;
      // "does it stop spasms": the spasms relieved.
      if Self.cannotStop(words, at: index) || stopsSomethingElse(words, at: index),
        synonymTable.match(words, at: index)?.length ?? 1 == 1
      {
        var concept = Concept(
          words: [words[index]], alternatives: [[words[index]]], isStopWord: true)
        concept.isNotStopping = true
        concept.span = span(index, index + 1)
        concepts.append(concept)
        index += 1
        continue
      }
      if var age = try age(words, at: index, vocabulary: vocabulary, occurs: occurs) {
        age.span = span(index, index + age.words.count)
        concepts.append(age)
        index += age.words.count
        continue
      }
      if var amount = try amount(words, at: index, vocabulary: vocabulary, occurs: occurs) {
        amount.span = span(index, index + 2)
        concepts.append(amount)
        index += 2
        continue
      }
      // A term is passed over when one of another meaning starting inside it reaches
      // further: "keeps falling asleep" is about falling asleep, not about falls.
      guard let match = synonymTable.match(words, at: index),
        !(index + 1..<(index + match.length)).contains(where: { later in
          synonymTable.match(words, at: later).map {
            later + $0.length > index + match.length
              && Set($0.groups).isDisjoint(with: match.groups)
          } ?? false
        })
      else {
        let word = words[index]
        // The word being typed matches as a prefix only when some longer known word goes on
        // from it: porter would make "cats" the prefix "cat", which finds "catch".
        var concept = Concept(
          words: [word], alternatives: [[word]],
          isPrefix: typingIndex == index && vocabulary.hasLongerWord(startingWith: word.surface),
          isStopWord: StopWords.words.contains(word.surface)
            || Self.saysItGoesOn(word, before: index + 1 < words.count ? words[index + 1] : nil),
          isWeak: WeakWords.holds(word.surface)
            || (WeakWords.afterPossessive.contains(word.surface)
              && opensAfterPossessive(span(index, index + 1).lowerBound))
        )
        concept.span = span(index, index + 1)
        concepts.append(concept)
        index += 1
        continue
      }
      let own = Array(words[index..<(index + match.length)])
      var alternatives = [own]
      var seen: Set<[String]> = [own.map(\.stem)]
      // Only terms the library uses: a phrase of known words may still never occur.
      for group in match.groups {
        for term in synonymTable.groups[group]
        where alternatives.count < Self.maximumAlternatives
          && term.allSatisfy({ vocabulary.stems.contains($0.stem) })
          && !seen.contains(term.map(\.stem))
        {
          guard try term.count == 1 || occurs(term) else { continue }
          seen.insert(term.map(\.stem))
          alternatives.append(term)
        }
      }
      let last = index + match.length - 1
      // "pills" and "tablets" are a group, and as filler as either word alone; a phrase of
      // filler words ("times a day") is not. A name of the medicine itself ("muscle
      // relaxers") says no more than "baclofen" does: "hooked on muscle relaxers" is about
      // being hooked.
      var concept = Concept(
        words: own, alternatives: alternatives,
        isPrefix: typingIndex == last
          && vocabulary.hasLongerWord(startingWith: words[last].surface),
        isWeak: (own.count == 1
          && (WeakWords.holds(own[0].surface)
            || (WeakWords.afterPossessive.contains(own[0].surface)
              && opensAfterPossessive(span(index, index + 1).lowerBound))))
          || MedicineWords.names.contains(own.map(\.surface))
      )
      concept.span = span(index, index + match.length)
      concepts.append(concept)
      index += match.length
    }
    return concepts
  }
}
