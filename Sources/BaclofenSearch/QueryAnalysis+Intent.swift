import Foundation

/// What a query means beyond its words: concepts it implies ("mixing", "side effects",
/// "suddenly").
extension SearchIndex {
  /// "drink … while taking", "pain pills and baclofen": a substance and a word that joins
  /// two things ask about taking them together, so the query also looks for "mixing".
  func combiningIntent(_ concepts: [Concept], words: [Word]) -> Concept? {
    let substances = concepts.filter { concept in
      concept.alternatives.contains { $0.count == 1 && substanceStems.contains($0[0].stem) }
    }
    // Two things: a substance and baclofen ("it", a tablet), or two substances; "cirrhosis
    // and drinks" is not about taking two things together.
    let medicine = words.contains { MedicineWords.words.contains($0.surface) }
    guard let mixing = synonymTable.mixingGroup,
      words.indices.contains(where: { joinsTwoThings(words, at: $0) }),
      !substances.isEmpty, medicine || substances.count > 1,
      !concepts.contains(where: { concept in
        concept.alternatives.contains { $0.contains { $0.stem == mixing[0][0].stem } }
      })
    else { return nil }
    var concept = Concept(words: mixing[0], alternatives: mixing)
    concept.isImplied = true
    return concept
  }

  /// "drowsy on baclofen", "so sleepy all day": a symptom the articles list as a side effect,
  /// the medicine named or not (a reader of these articles asks of baclofen), asks whether it
  /// is one, so the query also looks
  /// for "side effects": the lists of side effects come before a section that mentions the
  /// symptom in passing ("Driving" for "drowsy"), unless the query names that too ("drowsy,
  /// can I drive"). Implied, it never decides how directly the query is answered.
  func sideEffectIntent(_ concepts: [Concept], words: [Word]) -> Concept? {
    guard let group = synonymTable.sideEffectsGroup,
      concepts.contains(where: { concept in
        !concept.isImplied
          && concept.alternatives.contains {
            $0.count == 1 && SymptomWords.words.contains($0[0].surface)
          }
      }),
      !concepts.contains(where: { concept in
        concept.alternatives.contains { $0.map(\.stem) == group[0].map(\.stem) }
      })
    else { return nil }
    var concept = Concept(words: group[0], alternatives: group)
    concept.isImplied = true
    return concept
  }

  /// "withdrawal symptoms", "stopping": with no other substance named, stopping is stopping
  /// baclofen, and the sections about it say how — suddenly, abruptly — while those about
  /// alcohol or opioid withdrawal do not; the query also looks for those words.
  func stoppingIntent(_ concepts: [Concept], tokenizers: Tokenizers) throws -> Concept? {
    let sudden = try Self.suddenWords.map { try tokenizers.words($0) }.filter { !$0.isEmpty }
    let named = concepts.flatMap { $0.alternatives.joined().map(\.stem) }
    guard let first = sudden.first,
      !named.contains(where: { substanceStems.contains($0) }),
      !named.contains(where: { stem in sudden.contains { $0[0].stem == stem } })
    else { return nil }
    var concept = Concept(words: first, alternatives: sudden, isWeak: true)
    concept.isImplied = true
    return concept
  }

  private static let suddenWords = ["suddenly", "abruptly", "abrupt"]

  /// True when the word at `index` joins two things taken together: not "with" after
  /// "help" or "cope" ("help with opioid withdrawal" is about treating it).
  private func joinsTwoThings(_ words: [Word], at index: Int) -> Bool {
    guard CombiningWords.words.contains(words[index].surface) else { return false }
    return words[index].surface != "with" || index == 0
      || !CombiningWords.notAfter.contains(words[index - 1].surface)
  }
}
