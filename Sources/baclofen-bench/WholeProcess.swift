import Foundation

/// A figure divided by its floor, with the goal it must stay within.
struct Ratio: Encodable {
  var name: String
  var value: Double
  /// The ratio must be at most this (for `p99` figures: milliseconds, not a ratio); nil for
  /// figures shown for comparison only.
  var goal: Double?
  var within: Bool
  var what: String

  init(_ name: String, _ value: Double, goal: Double?, strictly: Bool = false, _ what: String) {
    self.name = name
    self.value = value
    self.goal = goal
    within = goal.map { strictly ? value < $0 : value <= $0 } ?? true
    self.what = what
  }
}

/// Whole-process figures of the `baclofen` binary beside the bench, each paired run for run
/// with the floor (`bench-hello`, linked the same way) so that the machine's load moves both.
struct WholeProcess {
  let baclofen: String
  let hello: String
  let runs: Int
  let environment: [String: String]
  let scratch: URL

  /// Next to the bench's own executable, or `--baclofen PATH`; nil when either is missing.
  init?(baclofen path: String?, runs: Int, scratch: URL) {
    let folder = Bundle.main.executableURL?.deletingLastPathComponent()
    guard let folder else { return nil }
    baclofen = path ?? folder.appendingPathComponent("baclofen").path
    hello = folder.appendingPathComponent("bench-hello").path
    guard FileManager.default.isExecutableFile(atPath: baclofen),
      FileManager.default.isExecutableFile(atPath: hello)
    else { return nil }
    self.runs = runs
    self.scratch = scratch
    try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    environment = [
      "HOME": scratch.path, "XDG_CACHE_HOME": scratch.appendingPathComponent("cache").path,
      "XDG_STATE_HOME": scratch.appendingPathComponent("state").path, "TERM": "xterm-256color",
      "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin",
    ]
  }

  /// Medians of `runs` interleaved runs of the floor and of `arguments`.
  func paired(_ arguments: [String], environment extra: [String: String] = [:]) -> (
    floor: [Processes.Run], runs: [Processes.Run]
  ) {
    var floor: [Processes.Run] = []
    var measured: [Processes.Run] = []
    let environment = self.environment.merging(extra) { $1 }
    _ = Processes.run(arguments, environment: environment)  // warm the page cache
    for _ in 0..<runs {
      if let run = Processes.run([hello], environment: environment) { floor.append(run) }
      if let run = Processes.run(arguments, environment: environment) { measured.append(run) }
    }
    return (floor, measured)
  }

  /// The reader's first frame through a pty (until the safety banner is written), the
  /// bundled search's time and memory: each beside the floor.
  func bundled() -> ([Measurement], [Ratio]) {
    var hellos: [Double] = []
    var frames: [Double] = []
    for _ in 0..<runs {
      if let time = Processes.untilWritten("\"hello\"", [hello], environment: environment) {
        hellos.append(time)
      }
      if let time = Processes.untilWritten("suddenly", [baclofen], environment: environment) {
        frames.append(time)
      }
    }
    let arguments = [baclofen, "search", "withdrawal seizures", "--json"]
    let search = paired(arguments)
    var memory: (floor: [Double], search: [Double]) = ([], [])
    for _ in 0..<max(3, runs / 4) {
      if let hello = Processes.peakMegabytes([hello], environment: environment, scratch: scratch),
        let used = Processes.peakMegabytes(arguments, environment: environment, scratch: scratch)
      {
        memory.floor.append(hello)
        memory.search.append(used)
      }
    }
    guard !hellos.isEmpty, !frames.isEmpty, !search.floor.isEmpty, !search.runs.isEmpty,
      !memory.floor.isEmpty
    else {
      warn("baclofen-bench: a process failed to run")
      return ([], [])
    }
    let results = [
      summary("process.hello.pty", hellos), summary("process.first-frame", frames),
      summary("process.hello", search.floor.map(\.milliseconds)),
      summary("process.search.bundled", search.runs.map(\.milliseconds)),
      summary("memory.hello", memory.floor, unit: "MB"),
      summary("memory.search.bundled", memory.search, unit: "MB"),
    ]
    return (
      results,
      [
        Ratio(
          "first-frame/hello", results[1].median / results[0].median, goal: 1.5,
          "the reader's first frame through a pty until the banner, / hello through a pty"),
        Ratio(
          "search.bundled/hello", results[3].median / results[2].median, goal: 1.3,
          "`search \"withdrawal seizures\" --json`, whole process"),
        Ratio(
          "memory.search.bundled/hello", results[5].median / results[4].median, goal: 1.3,
          "peak RSS of that search / of hello"),
      ]
    )
  }

  /// Warm search over the generated library in `folder` (its cache already built), and
  /// `grep -r` over the same articles for comparison.
  func large(_ label: String, folder: URL, cache: URL) -> ([Measurement], [Ratio]) {
    let cacheHome = ["XDG_CACHE_HOME": cache.deletingLastPathComponent().path]
    let search = paired(
      [baclofen, "search", "withdrawal seizures", "--json", "--content", folder.path],
      environment: cacheHome)
    let articles = folder.appendingPathComponent("articles").path
    let grep = paired(["/usr/bin/grep", "-r", "-i", "-l", "seizures", articles])
    // What checking the cache is fresh costs at least: the floor with every article listed
    // and stat-ed, on one core.
    let walk = paired([hello, "--stat", articles])
    guard !search.runs.isEmpty, !search.floor.isEmpty, !grep.runs.isEmpty, !walk.runs.isEmpty
    else {
      warn("baclofen-bench: a \(label) process failed")
      return ([], [])
    }
    let results = [
      summary("process.search.\(label).warm", search.runs.map(\.milliseconds)),
      summary("process.grep.\(label)", grep.runs.map(\.milliseconds)),
      summary("process.hello-stat.\(label)", walk.runs.map(\.milliseconds)),
    ]
    let floor = summary("process.hello", search.floor.map(\.milliseconds)).median
    return (
      results,
      [
        Ratio(
          "search.\(label).warm/hello", results[0].median / floor, goal: 4,
          "the same search with `--content` over the generated library, cache in place"),
        Ratio(
          "grep.\(label)/hello", results[1].median / floor, goal: nil,
          "`grep -r -i -l seizures` over the same articles (for comparison; no goal)"),
        Ratio(
          "hello-stat.\(label)/hello", results[2].median / floor, goal: nil,
          "`bench-hello --stat`: the floor after listing and stat-ing the same articles on one "
            + "core, what checking the cache is fresh cost when every folder was listed (for "
            + "comparison; no goal)"),
      ]
    )
  }
}

func summary(_ name: String, _ samples: [Double], unit: String = "ms") -> Measurement {
  let sorted = samples.sorted()
  let p99 = sorted[min(sorted.count - 1, Int((Double(sorted.count) * 0.99).rounded(.up)) - 1)]
  return Measurement(
    name: name, unit: unit, median: sorted[sorted.count / 2], p99: p99, min: sorted[0],
    runs: sorted.count)
}
