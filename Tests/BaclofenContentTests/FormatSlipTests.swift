import BaclofenContent
import Testing

/// Small things the format used to accept silently; each is now a problem with its line.
@Suite struct FormatSlipTests {
  @Test func datesMustExistOnTheCalendar() {
    #expect(ISODate.isValid("2023-03-02"))
    #expect(ISODate.isValid("2024-02-29"))
    #expect(!ISODate.isValid("2023-02-29"))
    #expect(!ISODate.isValid("2023-02-31"))
    #expect(!ISODate.isValid("2023-04-31"))
    #expect(!ISODate.isValid("2023-+1-01"))
    #expect(!ISODate.isValid("1900-02-29"))
  }

  @Test(arguments: ["## Title {#one #two}", "## Title {#one} {#two}"])
  func aHeadingTakesOneId(_ heading: String) {
    let text = "---\nid: a\ntitle: A\n---\n\(heading)\n\nText.\n"
    let (_, issues) = ArticleParser.parse(text, path: "a.md")
    #expect(issues.map(\.line) == [5], "\(issues)")
    #expect(issues.first?.message.contains("a heading takes one") == true)
  }

  func withdrawal(_ text: String) -> (WithdrawalWarning?, [ContentIssue]) {
    let library = LibraryLoader.load(
      ContentFiles(
        origin: "c",
        files: [
          ContentFile(
            path: "articles/a.md", bytes: Array("---\nid: a\ntitle: A\n---\n## S\n\nText.\n".utf8))
        ])
    ).0
    let files = ContentFiles(
      origin: "c", files: [ContentFile(path: WithdrawalWarning.path, bytes: Array(text.utf8))])
    return WithdrawalWarning.load(files, library: library)
  }

  @Test func withdrawalTextOutsideThePointListIsAnError() {
    let (_, issues) = withdrawal(
      "---\ntitle: Never stop\n---\n<!-- a note\nover lines -->\n## G\n\n"
        + "A paragraph nobody would see.\n- Point. {cite: a/s}\n")
    #expect(issues.map(\.line) == [8])
    #expect(issues.first?.message.contains("text outside the point list") == true)
  }

  @Test func aQuotedWithdrawalTitleLosesItsQuotes() {
    let (warning, issues) = withdrawal(
      "---\ntitle: \"Never stop: ever\"\n---\n## G\n- P. {cite: a/s}\n")
    #expect(issues.isEmpty)
    #expect(warning?.title == "Never stop: ever")
  }

  /// libyaml's message for deep nesting names its C API and ends in "))".
  @Test func deeplyNestedYAMLGetsAPlainMessage() {
    let nested = String(repeating: "[", count: 2_000) + String(repeating: "]", count: 2_000)
    let (_, issues) = ArticleParser.parse(
      "---\nid: a\ntitle: \(nested)\n---\n## A\n\nText.\n", path: "a.md")
    #expect(issues.map(\.message) == ["front matter is not valid YAML: nested too deeply"])
  }
}
