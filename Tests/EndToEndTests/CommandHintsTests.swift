import Foundation
import Testing

/// Mistakes people make typing commands, answered with what they probably meant.
@Suite struct CommandHintsTests {
  @Test func mistypedCommandSuggestsTheClosestOne() throws {
    let result = try Binary.run(["serch", "withdrawal"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("unknown command `serch`"))
    #expect(result.stderr.contains("Did you mean `search` (`baclofen search withdrawal`)?"))
    #expect(result.stdout.isEmpty)
  }

  @Test func wordsWithoutACommandSuggestSearchingForThem() throws {
    let result = try Binary.run(["alcohol", "dose"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("`baclofen search alcohol dose`"))
    #expect(result.stderr.contains("Commands: read, sections, show, search"))
  }

  @Test func helpForAnUnknownCommandIsAUsageError() throws {
    let unknown = try Binary.run(["help", "nosuch"])
    #expect(unknown.status == 64)
    #expect(unknown.stderr.contains("no command `nosuch`"))
    #expect(unknown.stdout.isEmpty, "no general help printed as if it had worked")
    let close = try Binary.run(["help", "withdrawl"])
    #expect(close.status == 64)
    #expect(close.stderr.contains("Did you mean `withdrawal`?"))
    let known = try Binary.run(["help", "search"])
    #expect(known.status == 0)
    #expect(known.stdout.contains("USAGE: baclofen search"))
  }

  @Test(arguments: [["search", "--limit", "1000", "dose"], ["search", "dose", "--limit=1000"]])
  func limitAboveTheMaximumIsCappedWithANote(arguments: [String]) throws {
    let result = try Binary.run(arguments + ["--json"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("showing up to 100"))
    let output = try #require(
      JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let results = try #require(output["results"] as? [[String: Any]])
    #expect(results.count > 10, "more than the default limit is shown")
    #expect(results.count <= 100)
  }

  @Test func limitBelowOneIsStillAnError() throws {
    let result = try Binary.run(["search", "--limit", "0", "dose"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("--limit must be at least 1"))
  }

  @Test(arguments: [30, 50, 72])
  func withdrawalWrapsWithinTheWidth(width: Int) throws {
    let result = try Binary.run(["withdrawal", "--width", "\(width)"])
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.allSatisfy { $0.count <= width }, "a line is wider than \(width)")
    #expect(lines.contains { $0.hasPrefix("  - Never stop") })
    #expect(lines.contains { $0.hasPrefix("    ") }, "a point's later lines are indented")
    let flowing = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(flowing.contains("Only stop taking baclofen under your doctor's supervision."))
  }

  @Test func withdrawalOutsideATerminalUsesAReadableWidth() throws {
    let result = try Binary.run(["withdrawal"], environment: ["COLUMNS": ""])
    let widest = result.stdout.split(separator: "\n").map(\.count).max() ?? 0
    #expect(widest <= 80 && widest > 60, "\(widest) columns")
  }

  @Test(arguments: [
    "major-caution", "MAJOR-CAUTION", "Major caution", "SPASTICITY-PRIMER/major-caution",
  ])
  func showFindsASectionBySlugOrInAnyCase(id: String) throws {
    let result = try Binary.run(["show", id, "--width", "80"])
    #expect(result.status == 0, "\(result.stderr)")
    // A run-in heading, as in the source: "Major caution: never stop baclofen suddenly."
    #expect(result.stdout.hasPrefix("Major caution: never stop baclofen suddenly."))
    #expect(result.stdout.contains("Abrupt withdrawal can cause severe"))
  }

  @Test func showArticleInAnyCase() throws {
    let result = try Binary.run(["show", "RIA-AUD", "--width", "80"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("Baclofen for Alcohol Use Disorder\n"))
  }

  @Test func ambiguousSlugListsEveryCandidate() throws {
    let result = try Binary.run(["show", "introduction"])
    #expect(result.status == 64)
    #expect(result.stdout.isEmpty)
    for article in ["ria-aud", "oxford-addiction", "august-overview", "spasticity-primer"] {
      #expect(result.stderr.contains("  \(article)/introduction  ("), "lists \(article)")
    }
    #expect(result.stderr.contains("give its full id"))
  }

  @Test func mistypedSlugSuggestsTheSection() throws {
    let result = try Binary.run(["show", "major-cauton"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("Did you mean `major-caution`?"))
  }
}

/// The manual page is generated from `--experimental-dump-help` (swift-argument-parser's
/// `generate-manual` plugin); what it needs must be in there.
@Suite struct ManualSourceTests {
  @Test func readersKeysReachTheManualInASCII() throws {
    let result = try Binary.run(["--experimental-dump-help"])
    #expect(result.status == 0)
    let json = try #require(
      JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let command = try #require(json["command"] as? [String: Any])
    let subcommands = try #require(command["subcommands"] as? [[String: Any]])
    let read = try #require(subcommands.first { $0["commandName"] as? String == "read" })
    let discussion = try #require(read["discussion"] as? String)
    for key in ["Up Down j k", "PgUp PgDn", "n N", "Ctrl-W F2", "? F1", "Ctrl-C"] {
      #expect(discussion.contains(key), "the manual lists \(key)")
    }
    let ascii = discussion.unicodeScalars.allSatisfy { $0.isASCII }
    #expect(ascii, "the generator drops non-ASCII")
    // Key lines are kept as they are; `man` indents them by 14 columns.
    let keyLines = discussion.split(separator: "\n").filter { $0.hasPrefix("  ") }
    #expect(keyLines.count >= 15)
    #expect(keyLines.allSatisfy { $0.count <= 66 }, "a key line would wrap in man at 80")
  }
}

extension CommandHintsTests {
  @Test func showOfATopicSuggestsSearchingForIt() throws {
    let result = try Binary.run(["show", "dosage"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("`baclofen search dosage`"))
    #expect(result.stderr.contains("baclofen sections"))
  }
}
