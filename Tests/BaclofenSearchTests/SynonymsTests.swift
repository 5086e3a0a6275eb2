import BaclofenBundled
import BaclofenContent
import Testing

@testable import BaclofenSearch

@Suite struct SynonymsTests {
  @Test func bundledSynonymsLoadCleanly() {
    let (synonyms, issues) = Synonyms.load(BundledContent.files)
    #expect(issues.isEmpty, "\(issues)")
    #expect(synonyms.groups.contains { $0.contains("renal") && $0.contains("kidney") })
    #expect(synonyms.groups.contains { $0.contains("ms") && $0.contains("multiple sclerosis") })
    #expect(synonyms.oneWay.contains { $0.term == "fits" && $0.expansions.contains("seizures") })
  }

  @Test func thePlainReaderAgreesWithYAML() throws {
    let files = BundledContent.files
    let text = try files.text(of: #require(files.file(Synonyms.path))).get()
    let plain = try #require(Synonyms.parsePlain(text))
    #expect(plain == Synonyms.parseYAML(text, path: Synonyms.path).0)
    // Shapes it leaves to YAML: quotes, comments after an entry, colons, empty keys.
    for other in [
      "groups:\n  - [ms, \"multiple sclerosis\"]", "groups:\n  - [a, b] # note",
      "groups:\n  - [a: b, c]", "groups:\noneWay:\n  a: [b]", "# nothing", "groups:\n  - [a, a]",
    ] {
      #expect(Synonyms.parsePlain(other) == nil, "\(other)")
    }
  }

  @Test func parsesGroupsAndOneWayEntries() {
    let text = """
      groups:
        - [Kidney, renal]
        - [ms, "multiple   sclerosis"]
      oneWay:
        fits: [seizures, convulsions]
      """
    let (synonyms, issues) = Synonyms.parse(text, path: "synonyms.yaml")
    #expect(issues.isEmpty)
    #expect(synonyms.groups == [["kidney", "renal"], ["ms", "multiple sclerosis"]])
    #expect(synonyms.oneWay == [.init(term: "fits", expansions: ["seizures", "convulsions"])])
  }

  @Test func reportsEveryProblemWithItsLine() {
    let text = """
      groups:
        - [kidney, renal]
        - [alone]
        - [liver, {a: b}]
        - kidney
        - [drink, drink]
      colours: [red, blue]
      oneWay:
        fits: seizures
      """
    let (synonyms, issues) = Synonyms.parse(text, path: "Content/synonyms.yaml")
    #expect(synonyms.groups == [["kidney", "renal"]])
    let lines = issues.map(\.description)
    #expect(lines.contains("Content/synonyms.yaml:3: a group needs at least two terms"))
    #expect(
      lines.contains(
        "Content/synonyms.yaml:4: a synonym must be a word or phrase, not a list or mapping"))
    #expect(
      lines.contains("Content/synonyms.yaml:5: a group must be a list like `[kidney, renal]`"))
    #expect(lines.contains("Content/synonyms.yaml:6: `drink` appears twice in the same group"))
    #expect(
      lines.contains("Content/synonyms.yaml:7: unknown key `colours` (known: groups, oneWay)"))
    #expect(lines.contains("Content/synonyms.yaml:9: `fits` must be followed by a list"))
  }

  @Test func invalidYAMLIsReportedAtItsLine() {
    let (synonyms, issues) = Synonyms.parse("groups:\n  - [a, b]\n  - [c, d\n", path: "s.yaml")
    #expect(synonyms.groups.isEmpty)
    #expect(issues.count == 1)
    #expect(issues.first?.description.hasPrefix("s.yaml:") == true)
    #expect(issues.first?.message.hasPrefix("not valid YAML") == true)
    #expect((issues.first?.line ?? 0) >= 3)
  }

  @Test func theFileIsOptionalButMustBeUTF8() {
    let empty = ContentFiles(origin: "dir", files: [])
    let (synonyms, issues) = Synonyms.load(empty)
    #expect(synonyms == Synonyms())
    #expect(issues.isEmpty)
    let bad = ContentFiles(
      origin: "dir",
      files: [ContentFile(path: "synonyms.yaml", bytes: Array("groups:\n".utf8) + [0xFF])])
    #expect(
      Synonyms.load(bad).1.map(\.description) == [
        "dir/synonyms.yaml:2: not valid UTF-8 text (save the file as UTF-8)"
      ])
  }
}
