import Foundation
import Testing

/// The real binary in tmux, run twice: what the first run read and bookmarked is where the
/// second one opens, kept in the state folder it was given.
@Suite(.serialized, .enabled(if: Tmux.available, "tmux is not installed: end-to-end tests skipped"))
struct ReaderMemoryEndToEndTests {
  private func start(_ tmux: Tmux, state: URL) throws {
    let binary = try #require(baclofenBinary, "baclofen binary not found next to the tests")
    try tmux.shell("clear; XDG_STATE_HOME=\(state.path) \(binary.path); echo EXIT=$?")
    try tmux.waitFor("Never stop baclofen suddenly")
  }

  /// The text between the banner and the last three rows (status and footer, where a
  /// notice may show), as read.
  private func body(_ screen: String) -> [Substring] {
    Array(screen.split(separator: "\n", omittingEmptySubsequences: false).prefix(21).dropFirst())
  }

  @Test func theNextRunOpensWhereTheLastLeftOffWithItsBookmarks() throws {
    let tmux = try Tmux(width: 80, height: 24)
    let state = tmux.directory.appendingPathComponent("state")
    try start(tmux, state: state)
    try tmux.waitFor("Start page")
    try tmux.send("]", "]", "]")
    try tmux.waitFor("Section 2 of")
    try tmux.send("m", "b")
    let marked = body(try tmux.waitFor("Bookmark b:"))
    try tmux.send("]", "]", "Space")
    let left = body(try tmux.waitFor("Section 4 of"))
    try tmux.send("q")
    try tmux.waitFor("EXIT=0")
    let file = state.appendingPathComponent("baclofen/reader.json")
    #expect(FileManager.default.fileExists(atPath: file.path))

    try start(tmux, state: state)
    let resumed = try tmux.waitFor("Back where you left off")
    #expect(body(resumed) == left, "the same text in the same place")
    try tmux.send("'", "b")
    #expect(body(try tmux.waitFor("Bookmark b:")) == marked)
    try tmux.send("t")
    try tmux.waitFor("Start page")
    try tmux.send("q")
    try tmux.waitFor("EXIT=0")
  }

  @Test func aDamagedFileIsSetAsideAndReadingStartsAfresh() throws {
    let tmux = try Tmux(width: 80, height: 24)
    let state = tmux.directory.appendingPathComponent("state")
    let folder = state.appendingPathComponent("baclofen")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try "{ not json".write(
      to: folder.appendingPathComponent("reader.json"), atomically: true, encoding: .utf8)
    try start(tmux, state: state)
    try tmux.waitFor("reading starts afresh")
    try tmux.send("q")
    try tmux.waitFor("EXIT=0")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(names.contains { $0.hasPrefix("reader.json.damaged-") }, "\(names)")
    #expect(names.contains("reader.json"), "the quit saved a fresh file")
  }
}
