import BaclofenBundled
import BaclofenBundledIndex
import BaclofenContent
import BaclofenReaderSearch
import BaclofenSearch
import BaclofenSynthetic
import BaclofenUI
import Foundation

/// `baclofen-bench [--json] [--quick] [--bundled] [--exactness] [--articles N] [--baclofen PATH]`:
/// timings of loading, indexing, querying and search-as-you-type on the bundled content and on
/// a generated large library; whole-process figures of the `baclofen` binary beside the floor
/// (`bench-hello`); each figure's ratio to its floor with the goal it must meet; and with
/// `--exactness`, whether the large library's top results are exact (`Exactness`).
/// `baclofen-bench --generate DIR [--articles N]` writes a generated library to DIR instead,
/// for whole-process measurements with `baclofen --content DIR`.
/// Build with `-c release`; figures from a debug build mean little.
@main
enum Bench {
  static let usage = """
    usage: baclofen-bench [--json] [--quick] [--bundled] [--exactness] [--articles N]
                          [--baclofen PATH]
           baclofen-bench --generate DIR [--articles N]
      --json           print {"results": [...], "ratios": [...], "machine", "withinGoals"}
      --quick          fewer runs and a 1,000-article library instead of 10,000
      --bundled        only the bundled content's figures (no generated library)
      --exactness      also check that the generated library's top 10 equal an exhaustive
                       ranking for a fixed query set (a few minutes)
      --articles N     size of the generated library (default 10000)
      --baclofen PATH  the binary for whole-process figures (default: beside the bench)
      --generate DIR   write the generated library (plus the bundled articles) to DIR
    Exit status 0 when every ratio is within its goal, 1 otherwise.
    """

  static func main() throws {
    var arguments = Array(CommandLine.arguments.dropFirst())
    func value(of option: String) -> String? {
      guard let index = arguments.firstIndex(of: option), index + 1 < arguments.count else {
        return nil
      }
      defer { arguments.removeSubrange(index...(index + 1)) }
      return arguments[index + 1]
    }
    let generate = value(of: "--generate")
    let articles = value(of: "--articles").map { Int($0) ?? -1 }
    let binary = value(of: "--baclofen")
    let flags = Set(arguments)
    guard flags.isSubset(of: ["--json", "--quick", "--bundled", "--exactness"]),
      articles.map({ $0 > 0 }) ?? true
    else {
      warn(usage)
      exit(flags.contains("--help") || flags.contains("-h") ? 0 : 64)
    }
    let quick = flags.contains("--quick")
    let size = articles ?? (quick ? 1000 : 10_000)
    if let generate {
      let files = LargeLibrary.generate(articles: size)
      try SyntheticLibrary.write(files, to: URL(fileURLWithPath: generate))
      let bytes = files.files.map(\.bytes.count).reduce(0, +)
      print("wrote \(files.files.count) files, \(bytes / 1_000_000) MB, to \(generate)")
      return
    }
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
      "baclofen-bench-home-\(ProcessInfo.processInfo.processIdentifier)")
    defer { try? FileManager.default.removeItem(at: scratch) }
    let whole = WholeProcess(baclofen: binary, runs: quick ? 10 : 40, scratch: scratch)
    if whole == nil {
      warn("baclofen-bench: no baclofen or bench-hello binary; no whole-process figures")
    }
    var results = bundledBenchmarks(quick: quick)
    var ratios: [Ratio] = []
    if let (measured, found) = whole?.bundled() {
      results += measured
      ratios += found
    }
    if !flags.contains("--bundled") {
      let (measured, found) = try LargeLibrary.benchmarks(
        articles: size, quick: quick, exactness: flags.contains("--exactness")
      ) {
        whole?.large($0, folder: $1, cache: $2) ?? ([], [])
      }
      results += measured
      ratios += found
    }
    let within = ratios.allSatisfy(\.within)
    if flags.contains("--json") {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
      let report = Report(results: results, ratios: ratios, machine: Machine(), withinGoals: within)
      emit(try encoder.encode(report) + Data("\n".utf8))
    } else {
      printTable(results)
      print("")
      printRatios(ratios)
    }
    exit(within ? 0 : 1)
  }

  static func bundledBenchmarks(quick: Bool) -> [Measurement] {
    let runs = quick ? 50 : 500
    let files = BundledContent.files
    var results: [Measurement] = []
    results.append(
      measure("load.bundled", runs: runs) { _ in consume(LibraryLoader.load(files)) })
    let library = LibraryLoader.load(files).0
    let synonyms = Synonyms.load(files).0
    // What start-up does: open the index built with the binary.
    results.append(
      measure("index.bundled", runs: runs) { _ in
        consume(try? BundledIndex.open(synonyms: synonyms))
      })
    // Opening it and answering a first query, which reads the vocabulary.
    results.append(
      measure("index.bundled.first-query", runs: runs) { run in
        consume(
          try? BundledIndex.open(synonyms: synonyms).search(
            Workloads.queries[run % Workloads.queries.count]))
      })
    // Building it from the content model, as the build step does.
    results.append(
      measure("index.bundled.build", runs: runs) { _ in
        consume(try? SearchIndex(library: library, synonyms: synonyms))
      })
    guard let index = try? BundledIndex.open(synonyms: synonyms) else {
      fatalError("cannot open the bundled index")
    }
    results.append(
      contentsOf: queryBenchmarks("bundled", runs: runs * 2, index: index, library: library))
    return results
  }

  /// `query.NAME` over `index`, and `keystroke.NAME`: one key typed into the reader's search
  /// line — the real update (which searches) and the real render of a 120×40 frame.
  static func queryBenchmarks(
    _ name: String, runs: Int, index: SearchIndex, library: Library
  ) -> [Measurement] {
    let queries = Workloads.queries
    let keys = Workloads.keystrokes
    var app = HeadlessApp(
      AppState(
        library: library, withdrawal: WithdrawalWarning(title: "", points: []),
        search: index.provider, width: 120, height: 40))
    app.press(.character("/"))
    return [
      measure("query.\(name)", warmup: queries.count, runs: runs) { run in
        consume(index.search(queries[run % queries.count]))
      },
      measure("keystroke.\(name)", warmup: keys.count, runs: runs) { run in
        app.press(keys[run % keys.count])
        consume(app.screen)
      },
    ]
  }
}
