import BaclofenBundled
import BaclofenContent
import BaclofenSearch

/// The search index of the bundled articles, built when the binary is built (by the
/// EmbedIndex plugin, with the same engine that indexes a `--content` folder) and opened at
/// start without indexing anything: opening it costs a fraction of building it.
public enum BundledIndex {
  /// A fresh index over the bundled articles; throws only if the compiled-in image is unusable.
  /// With the bundled synonyms it opens with the tables computed when the binary was built.
  public static func open(synonyms: Synonyms) throws -> SearchIndex {
    let literal = UnsafeBufferPointer(
      start: bundledIndexImage.utf8Start, count: bundledIndexImage.utf8CodeUnitCount)
    return try SearchIndex(
      imageCount: bundledIndexImageCount,
      writing: {
        ImageLiteral.decode(literal, into: $0)
        ImageLiteral.release(literal)
      },
      tables: isBundled(synonyms) ? openingTables : nil, synonyms: synonyms)
  }

  /// The bytes of the compiled-in image.
  public static var image: [UInt8] {
    let literal = UnsafeBufferPointer(
      start: bundledIndexImage.utf8Start, count: bundledIndexImage.utf8CodeUnitCount)
    return [UInt8](unsafeUninitializedCapacity: bundledIndexImageCount) { buffer, count in
      ImageLiteral.decode(literal, into: UnsafeMutableRawBufferPointer(buffer))
      count = buffer.count
    }
  }

  /// The tables of the compiled-in image opened with the bundled synonyms (see
  /// `OpeningTables`), read where the binary holds them; nil when those have a problem.
  static var openingTables: OpeningTables? {
    guard let tables = bundledOpeningTables else { return nil }
    return OpeningTables(
      static: UnsafeBufferPointer(start: tables.utf8Start, count: tables.utf8CodeUnitCount))
  }

  /// Whether `synonyms` are the compiled-in ones (the word list aside, which the tables do
  /// not hold).
  static func isBundled(_ synonyms: Synonyms) -> Bool {
    guard let groups = bundledSynonymGroups else { return false }
    return synonyms.groups == groups
      && synonyms.oneWay.elementsEqual(bundledOneWaySynonyms) {
        $0.term == $1.term && $0.expansions == $1.expansions
      }
  }

  /// The bundled synonyms, word list and question kinds as
  /// `Synonyms.load(BundledContent.files)` reads them, the synonyms and question kinds read
  /// when the binary was built (reading the synonyms was a seventh of a bundled search); nil
  /// when they have a problem (load them to find it).
  public static var synonyms: Synonyms? {
    guard let groups = bundledSynonymGroups else { return nil }
    var synonyms = Synonyms(
      groups: groups,
      oneWay: bundledOneWaySynonyms.map {
        Synonyms.OneWay(term: $0.term, expansions: $0.expansions)
      })
    // The word list read where the binary holds it: copying it out cost 0.3 M instructions
    // and its size in memory.
    if let list = BundledContent.text(RealWords.path) {
      guard let words = RealWords(static: list, checkingOrder: false) else { return nil }
      synonyms.realWords = words
    } else if let list = BundledContent.files({ $0 == RealWords.path }).file(RealWords.path) {
      guard let words = RealWords(listed: list.bytes, checkingOrder: false) else { return nil }
      synonyms.realWords = words
    }
    // Read in place, and only when a query has a word the library lacks.
    if let table = BundledContent.text(RelatedWords.path) {
      synonyms.relatedWords = RelatedWords(static: table)
    } else if let file = BundledContent.files({ $0 == RelatedWords.path }).file(RelatedWords.path) {
      guard let table = RelatedWords(listed: file.bytes) else { return nil }
      synonyms.relatedWords = table
    }
    // Parsed when the binary was built too: reading them was a thirteenth of a bundled search.
    synonyms.questionKinds = QuestionKinds(bundledQuestionKinds)
    return synonyms
  }
}
