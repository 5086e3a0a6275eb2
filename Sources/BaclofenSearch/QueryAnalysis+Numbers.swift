import Foundation

/// Numbers in a query: someone's age, and an amount with its unit.
extension SearchIndex {
  /// The units an amount is written in ("10 mg", "5ml").
  static let units: Set<String> = ["mg", "mgs", "mcg", "g", "ml", "kg", "iu"]

  /// Someone's age ("mum is 82", "my 15 year old") as who the question is about: a teenager
  /// finds what the articles say of teens and children, someone 65 or over what they say of
  /// older adults, and an adult's age in between says nothing of the topic (a filler word).
  /// A young child's age stays what the query is about and finds nothing: the articles name
  /// children only as those to keep the tablets from, so a section with the rest of the
  /// question ("dose for a 5 year old") does not answer it.
  func age(
    _ words: [Word], at index: Int, vocabulary: Vocabulary, occurs: ([Word]) throws -> Bool
  ) throws -> Concept? {
    let surfaces = words[index...].prefix(3).map(\.surface)
    guard let first = surfaces.first, first.count <= 3, first.allSatisfy(\.isNumber),
      let years = Int(first), (1...120).contains(years)
    else { return nil }
    let length: Int
    if surfaces.count == 3, Self.yearWords.contains(surfaces[1]), surfaces[2] == "old" {
      length = 3
    } else if surfaces.count >= 2, surfaces[1] == "yo" {
      length = 2
    } else if index > 0, Self.beforeAge.contains(words[index - 1].surface),
      surfaces.count == 1 || !Self.units.contains(surfaces[1])
    {
      length = 1
    } else {
      return nil
    }
    let own = Array(words[index..<(index + length)])
    if years < 13 { return Concept(words: own, alternatives: [own]) }
    let opening = years < 18 ? "kids" : years >= 65 ? "elderly" : nil
    guard let opening,
      let group = synonymTable.groups.first(where: { $0.first?.first?.surface == opening })
    else {
      return Concept(words: own, alternatives: [own], isWeak: true)
    }
    var alternatives = [own]
    for term in group
    where alternatives.count < Self.maximumAlternatives
      && term.allSatisfy({ vocabulary.stems.contains($0.stem) })
    {
      guard try term.count == 1 || occurs(term) else { continue }
      alternatives.append(term)
    }
    var concept = Concept(words: own, alternatives: alternatives)
    concept.isWho = true
    return concept
  }

  private static let yearWords: Set<String> = ["year", "years", "yr", "yrs"]
  /// Words after which a bare number is an age: "mum is 82", "aged 70", "she's 85", "I'm 80",
  /// "I am 80", "he's 70" typed without the apostrophe.
  private static let beforeAge: Set<String> = [
    "is", "aged", "age", "turned", "turning", "s", "m", "am", "im", "hes", "shes",
  ]

  /// A number and its unit ("10 mg") as one concept that also finds them written together;
  /// an amount the articles never give ("20mg") finds the unit alone, weighing as a synonym:
  /// it is still a question about doses.
  func amount(
    _ words: [Word], at index: Int, vocabulary: Vocabulary, occurs: ([Word]) throws -> Bool
  ) throws -> Concept? {
    guard index + 1 < words.count, words[index].surface.allSatisfy(\.isNumber),
      Self.units.contains(words[index + 1].surface)
    else { return nil }
    let own = Array(words[index...(index + 1)])
    let together = own[0].surface + own[1].surface
    let given = try vocabulary.weights[together] != nil || occurs(own)
    let unit = !given && vocabulary.stems.contains(own[1].stem) ? [[own[1]]] : []
    return Concept(
      words: own, alternatives: [own, [Word(surface: together, stem: together)]] + unit,
      ownCount: 2)
  }
}
