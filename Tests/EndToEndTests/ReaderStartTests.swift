import Foundation
import Testing

/// A plain `baclofen` draws its first frame from the articles alone: the questionnaire and
/// the search index are read when first asked for, and must be there then.
@Suite(.serialized, .enabled(if: Tmux.available, "tmux is not installed: end-to-end tests skipped"))
struct ReaderStartTests {
  @Test func theQuestionnaireAndTheSearchAreThereWhenFirstAskedFor() throws {
    let binary = try #require(baclofenBinary, "baclofen binary not found next to the tests")
    let tmux = try Tmux(width: 100, height: 30)
    try tmux.shell("\(binary.path); echo EXIT=$?")
    try tmux.waitFor("Never stop baclofen suddenly")
    try tmux.send("s")
    try tmux.waitFor("It takes about three minutes")
    try tmux.send("Escape")
    try tmux.send("/")
    try tmux.waitFor("Search:")
    try tmux.type("kidney")
    try tmux.waitFor("Kidney disease")
    try tmux.send("Escape")
    try tmux.send("q")
    try tmux.waitFor("EXIT=0")
  }
}
