/// What a query asks for after spelling correction and synonym expansion.
struct QueryAnalysis {
  /// Every concept in query order, stop words included.
  var concepts: [Concept]
  /// The query as the user's words with corrections, when something was corrected.
  var correctedQuery: String?
  var aboutStopping: Bool

  /// The concepts that decide whether a section matches: all but stop words, or every
  /// concept when the query is only stop words ("what is baclofen").
  var meaningConcepts: [Concept] {
    let meaning = concepts.filter { !$0.isStopWord }
    return Array((meaning.isEmpty ? concepts : meaning).prefix(SearchIndex.maximumConcepts))
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
    for concept in meaningConcepts {
      for word in concept.alternatives.joined() {
        words.formUnion(variants(word))
      }
      for alternative in concept.alternatives where alternative.count == 1 {
        alone.formUnion(variants(alternative[0]))
      }
      if concept.isPrefix, let last = concept.words.last, last.surface.count >= 2 {
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
  func analyze(_ query: String, tokenizers: Tokenizers, vocabulary: Vocabulary) throws
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
    var corrected = false
    // Each attempt scans the words of similar length, so a long query of unknown words
    // (pasted text, another language) is capped.
    var attemptsLeft = Self.maximumCorrections
    for s in segments.indices {
      for w in segments[s].words.indices {
        let word = segments[s].words[w]
        let isTyping =
          text.endsInWord && s == segments.count - 1 && w == segments[s].words.count - 1
        if vocabulary.contains(word)
          || (isTyping && vocabulary.hasWord(startingWith: word.surface))
        {
          continue
        }
        guard attemptsLeft > 0 else { continue }
        attemptsLeft -= 1
        guard let fix = vocabulary.correction(for: word.surface),
          let fixed = try tokenizers.words(fix).first
        else { continue }
        segments[s].words[w] = fixed
        corrected = true
      }
    }
    var concepts: [Concept] = []
    for (s, segment) in segments.enumerated() {
      let typing = text.endsInWord && s == segments.count - 1 ? segment.words.count - 1 : nil
      if segment.isPhrase {
        concepts.append(
          Concept(
            words: segment.words, alternatives: [segment.words], isPrefix: typing != nil,
            isPhrase: true))
      } else {
        concepts += expand(segment.words, typingIndex: typing, vocabulary: vocabulary)
      }
    }
    let correctedQuery =
      corrected
      ? segments.map { segment in
        let words = segment.words.map(\.surface).joined(separator: " ")
        return segment.isPhrase ? "\"\(words)\"" : words
      }.joined(separator: " ") : nil
    let aboutStopping = concepts.contains { concept in
      concept.alternatives.contains {
        stoppingTerms.contains($0.map(\.stem).joined(separator: " "))
      }
    }
    return QueryAnalysis(
      concepts: concepts, correctedQuery: correctedQuery, aboutStopping: aboutStopping)
  }

  /// One concept per synonym term (longest match first) or per remaining word.
  private func expand(_ words: [Word], typingIndex: Int?, vocabulary: Vocabulary)
    -> [Concept]
  {
    var concepts: [Concept] = []
    var index = 0
    while index < words.count {
      guard let match = synonymTable.match(words, at: index) else {
        let word = words[index]
        concepts.append(
          Concept(
            words: [word], alternatives: [[word]], isPrefix: typingIndex == index,
            isStopWord: StopWords.words.contains(word.surface)))
        index += 1
        continue
      }
      let own = Array(words[index..<(index + match.length)])
      var alternatives = [own]
      var seen: Set<[String]> = [own.map(\.stem)]
      for group in match.groups {
        for term in synonymTable.groups[group]
        where alternatives.count < Self.maximumAlternatives
          && term.allSatisfy({ vocabulary.stems.contains($0.stem) })
          && seen.insert(term.map(\.stem)).inserted
        {
          alternatives.append(term)
        }
      }
      let last = index + match.length - 1
      concepts.append(
        Concept(words: own, alternatives: alternatives, isPrefix: typingIndex == last))
      index += match.length
    }
    return concepts
  }
}
