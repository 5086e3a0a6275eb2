import BaclofenBundled
import BaclofenContent
import Testing

/// Ids as people type them: exact, in another case, or a section's own part alone.
@Suite struct IDLookupTests {
  let library = LibraryLoader.load(BundledContent.files).0

  @Test func exactIdsComeFirst() {
    #expect(library.lookup("ria-aud") == .article("ria-aud"))
    #expect(library.lookup("RIA-AUD/") == .article("ria-aud"), "a trailing slash is ignored")
    #expect(library.lookup("ria-aud/introduction") == .section("ria-aud/introduction"))
  }

  @Test(arguments: ["RIA-AUD/Introduction", "ria aud/introduction", " Ria-Aud / Introduction "])
  func caseSpacesAndPunctuationDoNotMatter(typed: String) {
    #expect(library.lookup(typed) == .section("ria-aud/introduction"))
  }

  @Test func aUniqueSlugNamesItsSection() {
    #expect(library.lookup("major-caution") == .section("spasticity-primer/major-caution"))
    #expect(library.lookup("Major caution") == .section("spasticity-primer/major-caution"))
    #expect(library.lookup("Spasticity Primer") == .article("spasticity-primer"))
  }

  @Test func aSharedSlugListsEverySectionInReadingOrder() {
    let expected = library.sections.map(\.id).filter { $0.hasSuffix("/introduction") }
    #expect(expected.count > 1)
    #expect(library.lookup("introduction") == .ambiguous(expected))
  }

  @Test(arguments: ["", "/", "nosuch", "ria-aud/nosuch", "major"])
  func anythingElseIsNotFound(typed: String) {
    #expect(library.lookup(typed) == .notFound)
  }
}
