import Foundation

/// One benchmark's figures, in milliseconds.
struct Measurement: Encodable {
  var name: String
  var unit = "ms"
  var median: Double
  var p99: Double
  /// The fastest run: on a shared machine the least disturbed by other work.
  var min: Double
  var runs: Int
  /// Extra figure where a rate says more than a time (e.g. MB/s for indexing).
  var note: String?
}

/// Runs `body` `warmup` times unmeasured, then `runs` times, and reports the median, p99 and
/// fastest run.
/// `body` receives the run number so a mixed workload can rotate its inputs.
func measure(
  _ name: String, warmup: Int = 3, runs: Int, note: String? = nil, _ body: (Int) throws -> Void
) rethrows -> Measurement {
  for run in 0..<warmup { try body(run) }
  var samples: [Double] = []
  samples.reserveCapacity(runs)
  for run in 0..<runs {
    let start = DispatchTime.now().uptimeNanoseconds
    try body(run)
    samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
  }
  samples.sort()
  let median = samples[samples.count / 2]
  let p99 = samples[min(samples.count - 1, Int((Double(samples.count) * 0.99).rounded(.up)) - 1)]
  return Measurement(
    name: name, median: median, p99: p99, min: samples[0], runs: runs, note: note)
}

/// Prevents the optimiser from removing work whose result is otherwise unused.
@inline(never) func consume<T>(_ value: T) {
  withExtendedLifetime(value) {}
}

func printTable(_ results: [Measurement]) {
  let nameWidth = max(20, results.map(\.name.count).max() ?? 0)
  func cell(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - text.count)) + text
  }
  print(
    "name".padding(toLength: nameWidth, withPad: " ", startingAt: 0) + cell("median ms", 12)
      + cell("p99 ms", 12) + cell("min ms", 12) + cell("runs", 8) + "  note")
  for result in results {
    print(
      result.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
        + cell(String(format: "%.3f", result.median), 12)
        + cell(String(format: "%.3f", result.p99), 12)
        + cell(String(format: "%.3f", result.min), 12) + cell("\(result.runs)", 8)
        + "  " + (result.note ?? ""))
  }
}

func printRatios(_ ratios: [Ratio]) {
  let width = max(20, ratios.map(\.name.count).max() ?? 0)
  print(
    "ratio".padding(toLength: width, withPad: " ", startingAt: 0) + "       value    goal  ok  what"
  )
  for ratio in ratios {
    let goal = ratio.goal.map { String(format: "%6.2f", $0) } ?? "     -"
    print(
      ratio.name.padding(toLength: width, withPad: " ", startingAt: 0)
        + String(format: "%12.2f", ratio.value) + "  " + goal + "  "
        + (ratio.within ? "yes" : "NO ")
        + " " + ratio.what)
  }
}

/// Everything `--json` prints.
struct Report: Encodable {
  var results: [Measurement]
  var ratios: [Ratio]
  var machine: Machine
  var withinGoals: Bool
}

/// Where the figures were measured.
struct Machine: Encodable {
  var cores = ProcessInfo.processInfo.activeProcessorCount
  var memoryGB = Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824
  var cpu: String = {
    let info = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
    let line = info.split(separator: "\n").first { $0.hasPrefix("model name") }
    return line.map {
      String($0.split(separator: ":", maxSplits: 1).last ?? "").trimmingCharacters(in: .whitespaces)
    } ?? "unknown"
  }()
  var load: String =
    (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))
    .map { String($0.split(separator: " ").prefix(3).joined(separator: " ")) } ?? "unknown"
}
