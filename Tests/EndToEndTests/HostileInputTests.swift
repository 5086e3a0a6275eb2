import Foundation
import Testing

/// Untrusted text — content folders and queries — never drives the terminal: no C0/C1 control
/// character or escape sequence reaches stdout or stderr raw.
@Suite struct HostileInputTests {
  static let escapes = [
    "\u{1B}]0;pwned\u{07}",  // window title
    "\u{1B}]8;;https://evil.example\u{1B}\\link\u{1B}]8;;\u{1B}\\",  // OSC 8 hyperlink
    "\u{1B}[2J\u{1B}[H",  // clear screen
    "\u{9B}31m",  // C1 CSI
    "\u{07}\u{08}\u{7F}",
  ]

  func expectInert(_ result: Binary.Result, _ context: String) {
    for (name, text) in [("stdout", result.stdout), ("stderr", result.stderr)] {
      let raw = text.unicodeScalars.filter {
        ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value)
      }
      #expect(raw.isEmpty, "\(context): \(name) holds raw control characters \(raw.map(\.value))")
    }
  }

  @Test func hostileContentFolderIsReportedInertly() throws {
    let folder = FileManager.default.temporaryDirectory.appending(path: "hostile-\(UUID())")
    try FileManager.default.createDirectory(
      at: folder.appending(path: "articles"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let body = Self.escapes.joined(separator: " text ")
    let article =
      "---\nid: evil\ntitle: \"Evil \(Self.escapes[0])\"\n---\n## Heading \(Self.escapes[2])\n\n\(body)\n"
    try Data(article.utf8).write(to: folder.appending(path: "articles/evil.md"))
    for arguments in [["check"], ["sections"], ["show", "evil"], ["search", "text"]] {
      let result = try Binary.run(arguments + ["--content", folder.path])
      #expect(result.status == 65, "\(arguments): bad content is exit 65")
      #expect(result.stderr.contains("evil.md:"), "the file is named with its line")
      expectInert(result, "\(arguments)")
    }
  }

  @Test func hostileQueriesReturnResultsOrNothingButNeverEscape() throws {
    let queries =
      Self.escapes.map { $0 + " withdrawal" } + [
        "\"unclosed", "NEAR(", "AND OR NOT", "*", "-", "^:()", "kidney\u{0}",
        String(repeating: "a", count: 10_000), "😀 بكلوفين",
      ]
    for query in queries {
      for json in [false, true] {
        let arguments = ["search", "--limit", "3"] + (json ? ["--json"] : []) + ["--", query]
        let result = try Binary.run(arguments)
        #expect(
          [0, 1].contains(result.status), "\(query.prefix(20).debugDescription): \(result.stderr)")
        expectInert(result, "query \(query.prefix(20).debugDescription)")
      }
    }
  }

  /// No words at all is a usage error, like a missing argument.
  @Test(arguments: ["", "   ", "\t"])
  func anEmptyQueryIsAUsageError(_ query: String) throws {
    let result = try Binary.run(["search", "--", query])
    #expect(result.status == 64)
    #expect(result.stderr.contains("give some words to search for"))
  }

  @Test func hostileIdsAndAnswersAreEchoedInertly() throws {
    expectInert(try Binary.run(["show", "\u{1B}[31mred"]), "show")
    expectInert(try Binary.run(["quiz", "--answer", "\u{1B}]0;x\u{07}=y"]), "quiz")
  }
}
