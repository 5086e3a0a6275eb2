import BaclofenBundled
import BaclofenContent
import BaclofenSearch
import Foundation

/// The search index of the bundled articles, built when the binary is built (by the
/// EmbedIndex plugin, with the same engine that indexes a `--content` folder) and opened at
/// start without indexing anything: opening it costs a fraction of building it.
public enum BundledIndex {
  /// A fresh index over the bundled articles; throws only if the compiled-in image is unusable.
  public static func open(synonyms: Synonyms) throws -> SearchIndex {
    guard let bytes = Data(base64Encoded: bundledIndexImage) else {
      throw SearchIndex.ImageError.sqlite("the compiled-in image is not base64")
    }
    return try SearchIndex(image: Array(bytes), synonyms: synonyms)
  }

  /// The bundled synonyms and word list as `Synonyms.load(BundledContent.files)` reads them,
  /// read when the binary was built (reading them was a seventh of a bundled search); nil
  /// when they have a problem (load them to find it).
  public static var synonyms: Synonyms? {
    guard let groups = bundledSynonymGroups else { return nil }
    var synonyms = Synonyms(
      groups: groups,
      oneWay: bundledOneWaySynonyms.map {
        Synonyms.OneWay(term: $0.term, expansions: $0.expansions)
      })
    if let list = BundledContent.files.file(RealWords.path) {
      guard let words = RealWords(listed: list.bytes, checkingOrder: false) else { return nil }
      synonyms.realWords = words
    }
    return synonyms
  }
}
