import Foundation
import Testing

/// Output that cannot be written — a full disk, a closed stream, a pipe nobody reads — ends
/// every command with exit 74 and a message, never a crash and never a silent success.
@Suite struct OutputFailureTests {
  /// The binary through `sh`, so that its streams can be redirected as a shell user would.
  func run(_ arguments: [String], _ redirection: String, input: String? = nil) throws
    -> Binary.Result
  {
    try Binary.run(
      ["-c", "exec \"$0\" \"$@\" \(redirection)", Binary.url.path] + arguments,
      executable: URL(fileURLWithPath: "/bin/sh"), input: input)
  }

  func expectReported(_ result: Binary.Result, _ context: String, message: Bool = true) {
    #expect(result.status == 74, "\(context): exit \(result.status), \(result.stderr.prefix(300))")
    #expect(!result.stderr.contains("crashed"), "\(context) crashed")
    if message {
      #expect(result.stderr.contains("could not write the output"), "\(context): \(result.stderr)")
    }
  }

  @Test(arguments: [
    ["sections"], ["sections", "--json"], ["show", "spasticity-primer"], ["search", "baclofen"],
    ["search", "--json", "kidney"], ["withdrawal"], ["withdrawal", "--json"], ["quiz", "--list"],
    ["quiz", "--json", "--answer", "purpose=alcohol"], ["check"], ["--help"],
  ])
  func fullOrClosedStdoutIsExit74(_ arguments: [String]) throws {
    for redirection in [">/dev/full", ">&-"] {
      expectReported(try run(arguments, redirection), "\(arguments) \(redirection)")
    }
  }

  @Test func plainModeStopsOnAFullStdout() throws {
    let result = try run(["--plain"], ">/dev/full", input: "c\n1\nq\n")
    expectReported(result, "--plain")
  }

  /// An error message that cannot be written is an error of its own, not the exit code of
  /// the error it was about.
  @Test(arguments: [
    (["search", "zzzzqqq"], "2>&-"), (["show", "nope"], "2>/dev/full"),
    (["show", "nope"], "2>&-"), (["--bogus"], "2>/dev/full"),
    (["check", "--content", "/nonexistent"], "2>/dev/full"),
  ])
  func unwritableErrorsAreExit74(_ arguments: [String], _ redirection: String) throws {
    expectReported(try run(arguments, redirection), "\(arguments)", message: false)
  }

  /// SIGPIPE ignored (as some shells and services start programs): a write to a pipe with
  /// no reader fails with EPIPE, which is reported like any other failed write.
  @Test(arguments: [["sections", "--json"], ["sections"], ["search", "baclofen"]])
  func brokenPipeWithSigpipeIgnoredIsExit74(_ arguments: [String]) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", "trap '' PIPE; exec \"$0\" \"$@\"", Binary.url.path] + arguments
    let out = Pipe()
    try out.fileHandleForReading.close()
    let err = Pipe()
    process.standardOutput = out.fileHandleForWriting
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    try out.fileHandleForWriting.close()
    let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 74, "\(arguments): \(stderr.prefix(300))")
    #expect(stderr.contains("could not write the output: Broken pipe"))
  }
}
