import BaclofenBundled
import BaclofenContent
import BaclofenSynthetic
import Testing

@Suite struct SyntheticLibraryTests {
  let bundled = LibraryLoader.load(BundledContent.files).0

  @Test func generatesAValidDeterministicLibraryOfRealisticShape() throws {
    let generator = SyntheticLibrary(articleCount: 1000, seed: 42)
    let files = generator.files(vocabularyFrom: bundled, base: BundledContent.files)
    let again = generator.files(vocabularyFrom: bundled, base: BundledContent.files)
    #expect(files.files == again.files, "same seed, same library")
    let (library, issues) = LibraryLoader.load(files)
    #expect(issues.isEmpty, "\(issues.prefix(3))")
    #expect(library.articles.count == 1000)
    let sections = library.sections.count
    #expect((6000...12000).contains(sections), "\(sections) sections")
    #expect(library.sections.contains { $0.level == 2 })
    let bytes = files.files.filter { $0.path.hasPrefix("articles/") }.map(\.bytes.count)
    let average = bytes.reduce(0, +) / bytes.count
    #expect((2_000...12_000).contains(average), "average article \(average) bytes")
  }

  @Test func differentSeedsGiveDifferentText() {
    let a = SyntheticLibrary(articleCount: 3, seed: 1).files(
      vocabularyFrom: bundled, base: BundledContent.files)
    let b = SyntheticLibrary(articleCount: 3, seed: 2).files(
      vocabularyFrom: bundled, base: BundledContent.files)
    #expect(a.files != b.files)
  }
}
