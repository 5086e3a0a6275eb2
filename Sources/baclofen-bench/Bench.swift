import BaclofenBundled
import BaclofenContent
import Foundation

/// `baclofen-bench [--json] [--quick]`: timings of loading, indexing, querying and
/// rendering on the bundled content and on a generated 10,000-article library.
/// Build with `-c release`; figures from a debug build mean little.
@main
enum Bench {
  static func main() throws {
    let arguments = Set(CommandLine.arguments.dropFirst())
    if arguments.contains("--help") || arguments.contains("-h") {
      print("usage: baclofen-bench [--json] [--quick]\n  --json   print {\"results\": [...]}\n  --quick  fewer runs and a 1,000-article library instead of 10,000")
      return
    }
    let quick = arguments.contains("--quick")
    var results: [Measurement] = []
    results.append(
      measure("load.bundled", runs: quick ? 20 : 200) { _ in
        consume(LibraryLoader.load(BundledContent.files))
      })
    if arguments.contains("--json") {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
      FileHandle.standardOutput.write(try encoder.encode(["results": results]) + Data("\n".utf8))
    } else {
      printTable(results)
    }
  }
}
