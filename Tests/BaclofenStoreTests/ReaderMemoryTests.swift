import BaclofenStore
import Foundation
import Testing

@Suite struct ReaderMemoryTests {
  typealias Place = ReaderMemory.Place

  @Test func keepsOnePositionPerArticleMostRecentFirst() {
    var memory = ReaderMemory()
    memory.remember(Place(sectionID: "a/one", line: 3), inArticle: "a")
    memory.remember(Place(sectionID: "b/two", line: 7), inArticle: "b")
    memory.remember(Place(sectionID: "a/three", line: 1), inArticle: "a")
    #expect(memory.positions.map(\.articleID) == ["a", "b"])
    #expect(memory.position(inArticle: "a") == Place(sectionID: "a/three", line: 1))
    #expect(memory.lastPosition?.place.sectionID == "a/three")
  }

  @Test func staysWithinItsLimitsHoweverLongItIsUsed() {
    var memory = ReaderMemory()
    for number in 0..<(ReaderMemory.Limits.positions + 50) {
      memory.remember(Place(sectionID: "s\(number)/x"), inArticle: "a\(number)")
    }
    #expect(memory.positions.count == ReaderMemory.Limits.positions)
    #expect(memory.position(inArticle: "a0") == nil, "the least recently read goes first")
    #expect(memory.lastPosition?.articleID == "a\(ReaderMemory.Limits.positions + 49)")
    memory.setHistory((0..<500).map { Place(sectionID: "h/\($0)") })
    #expect(memory.history.count == ReaderMemory.Limits.history)
    #expect(memory.history.last?.sectionID == "h/499", "the most recent places are kept")
    memory.setLastSearch(String(repeating: "x", count: 10_000))
    #expect(memory.lastSearch?.count == ReaderMemory.Limits.searchLength)
  }

  @Test func bookmarksTakeOneLetter() {
    var memory = ReaderMemory()
    let set = [
      memory.setBookmark("b", to: Place(sectionID: "a/two", line: 4)),
      memory.setBookmark("A", to: Place(sectionID: "a/one")),
      memory.setBookmark("1", to: Place(sectionID: "a/one")),
      memory.setBookmark("é", to: Place(sectionID: "a/one")),
    ]
    #expect(set == [true, true, false, false], "only ASCII letters name bookmarks")
    #expect(memory.bookmark("b") == Place(sectionID: "a/two", line: 4))
    #expect(memory.sortedBookmarks.map(\.letter) == ["A", "b"])
    memory.setBookmark("b", to: Place(sectionID: "a/three"))
    #expect(memory.bookmark("b")?.sectionID == "a/three", "setting a letter again moves it")
    memory.removeBookmark("b")
    #expect(memory.bookmark("b") == nil)
  }

  @Test func blankSearchIsForgottenAndLinesAreNeverNegative() {
    var memory = ReaderMemory()
    memory.setLastSearch("  can I drink on it \n")
    #expect(memory.lastSearch == "can I drink on it")
    memory.setLastSearch("   ")
    #expect(memory.lastSearch == nil)
    #expect(Place(sectionID: "a/b", line: -5).line == 0)
  }

  @Test func placesInSectionsThatNoLongerExistAreDropped() {
    var memory = ReaderMemory()
    memory.remember(Place(sectionID: "a/gone"), inArticle: "a")
    memory.remember(Place(sectionID: "b/kept"), inArticle: "b")
    memory.setHistory([Place(sectionID: "a/gone"), Place(sectionID: "b/kept")])
    memory.setBookmark("x", to: Place(sectionID: "a/gone"))
    memory.setBookmark("y", to: Place(sectionID: "b/kept"))
    let kept = memory.keeping { $0 != "a/gone" }
    #expect(kept.positions.map(\.articleID) == ["b"])
    #expect(kept.history == [Place(sectionID: "b/kept")])
    #expect(kept.bookmarks.keys.sorted() == ["y"])
  }
}
