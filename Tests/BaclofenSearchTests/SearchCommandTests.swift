import Foundation
import Testing

/// Runs the built `baclofen` binary (next to the test bundle) and checks output and exit code.
struct CommandRun {
  var status: Int32
  var stdout: String
  var stderr: String

  static let binary: URL? = {
    let folder = Bundle.main.bundleURL.deletingLastPathComponent()
    for candidate in [folder, Bundle.main.bundleURL] {
      let url = candidate.appendingPathComponent("baclofen")
      if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    return nil
  }()

  init(_ arguments: String...) throws { try self.init(arguments: arguments) }

  init(arguments: [String]) throws {
    let process = Process()
    process.executableURL = try #require(Self.binary)
    process.arguments = arguments
    process.environment = ["COLUMNS": "80", "PATH": "/usr/bin:/bin"]
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    status = process.terminationStatus
    stdout = String(decoding: outData, as: UTF8.self)
    stderr = String(decoding: errData, as: UTF8.self)
  }

  var json: [String: Any]? {
    (try? JSONSerialization.jsonObject(with: Data(stdout.utf8))) as? [String: Any]
  }
}

@Suite(.enabled(if: CommandRun.binary != nil, "the baclofen binary is not built"))
struct SearchCommandTests {
  @Test func jsonListsResultsWithIDsThatShowAccepts() throws {
    let run = try CommandRun("search", "--json", "--limit", "3", "renal")
    #expect(run.status == 0)
    let json = try #require(run.json)
    #expect(json["query"] as? String == "renal")
    #expect(json["correctedQuery"] is NSNull)
    #expect(json["aboutStopping"] as? Bool == false)
    #expect(json["moreResults"] as? Bool == true, "three of more kidney sections")
    let results = try #require(json["results"] as? [[String: Any]])
    #expect(results.count == 3)
    let first = try #require(results.first)
    #expect(first["id"] as? String == "august-overview/kidney-disease")
    #expect(first["articleId"] as? String == "august-overview")
    #expect(first["title"] as? String == "Kidney disease")
    #expect(first["article"] is String)
    #expect(first["score"] is Double)
    #expect((first["snippet"] as? String)?.contains("**kidney") == true)
    #expect(try CommandRun("show", "august-overview/kidney-disease").status == 0)
  }

  @Test func jsonReportsTheCorrectionAndStopping() throws {
    let run = try CommandRun("search", "--json", "baclofin", "withdrawl")
    #expect(run.status == 0)
    let json = try #require(run.json)
    #expect(json["correctedQuery"] as? String == "baclofen withdrawal")
    #expect(json["aboutStopping"] as? Bool == true)
  }

  @Test func plainOutputShowsTitlesSnippetsCorrectionAndWarning() throws {
    let run = try CommandRun("search", "baclofin", "withdrawl")
    #expect(run.status == 0)
    #expect(run.stdout.hasPrefix("Showing results for “baclofen withdrawal”"))
    #expect(run.stdout.contains("  [spasticity-primer/major-caution]"))
    #expect(run.stdout.contains("    "))
    #expect(run.stdout.contains("**withdrawal**"))
    #expect(
      run.stdout.contains(
        "Never stop baclofen suddenly: run `baclofen withdrawal` for the warning.")
    )
    let kidney = try CommandRun("search", "kidney")
    #expect(!kidney.stdout.contains("baclofen withdrawal"))
    #expect(!kidney.stdout.contains("Showing results for"))
    let few = try CommandRun("search", "--limit", "2", "side", "effects")
    #expect(few.stdout.contains("More sections match: --limit 4 shows more."))
    #expect(!kidney.stdout.contains("More sections match"))
  }

  @Test func nothingFoundExitsOneWithAHint() throws {
    let run = try CommandRun("search", "xqzzvw")
    #expect(run.status == 1)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.contains("baclofen sections"))
    let json = try CommandRun("search", "--json", "xqzzvw")
    #expect(json.status == 1)
    #expect((json.json?["results"] as? [Any])?.isEmpty == true)
  }

  @Test(arguments: [
    ["--limit", "0", "kidney"], ["--limit", "-3", "kidney"], ["--limit", "x", "kidney"], [],
  ])
  func usageErrorsExit64(_ arguments: [String]) throws {
    #expect(try CommandRun(arguments: ["search"] + arguments).status == 64)
  }

  @Test func doubleDashLetsAQueryStartWithADash() throws {
    let run = try CommandRun("search", "--json", "--", "-kidney", "--limit")
    #expect(run.status == 0)
    #expect(run.json?["query"] as? String == "-kidney --limit")
  }

  @Test func controlCharactersNeverReachTheTerminal() throws {
    let found = try CommandRun("search", "kidney\u{1B}]0;pwned\u{07}")
    #expect(found.status == 0)
    let missing = try CommandRun("search", "\u{1B}[2Jzzqqxy\u{9B}")
    #expect(missing.status == 1)
    for output in [found.stdout, found.stderr, missing.stdout, missing.stderr] {
      #expect(!output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || $0.value == 0x9B })
    }
  }
}
