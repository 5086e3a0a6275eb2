import Foundation

/// What the reader remembers between runs: where each article was left, the way back
/// (history), the last search and bookmarks, as in less (`m` + letter sets, `'` + letter
/// jumps). Pure and bounded: every change keeps it within `Limits`, so the file it is saved
/// in stays small however long it is used, and a hand-edited file is brought back within
/// them when loaded.
public struct ReaderMemory: Sendable, Codable, Hashable {
  /// Bumped when the shape changes; a file of another version is set aside as damaged.
  public static let currentVersion = 1

  public enum Limits {
    /// Articles whose reading position is kept; the least recently read is forgotten first.
    public static let positions = 200
    public static let history = 100
    public static let searchLength = 200
    /// Longer ids cannot come from real content; they are dropped.
    public static let idLength = 200
  }

  /// A line in a section: what the reader scrolls to.
  public struct Place: Sendable, Codable, Hashable {
    public var sectionID: String
    /// Lines into the section (0 = its heading); never negative.
    public var line: Int
    public init(sectionID: String, line: Int = 0) {
      self.sectionID = sectionID
      self.line = max(0, line)
    }
  }

  public struct Position: Sendable, Codable, Hashable {
    public var articleID: String
    public var place: Place
  }

  public var version = Self.currentVersion
  /// Most recently read first, one per article.
  public private(set) var positions: [Position] = []
  /// Places visited, oldest first; the last is where reading stopped.
  public private(set) var history: [Place] = []
  public private(set) var lastSearch: String?
  /// Letter (a–z, A–Z) to place.
  public private(set) var bookmarks: [String: Place] = [:]

  public init() {}

  /// Where reading stopped last: the article opened most recently.
  public var lastPosition: Position? { positions.first }

  public func position(inArticle articleID: String) -> Place? {
    positions.first { $0.articleID == articleID }?.place
  }

  /// Records the place read in an article, making it the most recent.
  public mutating func remember(_ place: Place, inArticle articleID: String) {
    guard Self.isUsable(articleID), Self.isUsable(place.sectionID) else { return }
    positions.removeAll { $0.articleID == articleID }
    positions.insert(Position(articleID: articleID, place: place), at: 0)
    if positions.count > Limits.positions {
      positions.removeLast(positions.count - Limits.positions)
    }
  }

  /// Replaces the history (the reader's way back), keeping the most recent entries.
  public mutating func setHistory(_ places: [Place]) {
    history = Array(places.filter { Self.isUsable($0.sectionID) }.suffix(Limits.history))
  }

  /// The search to offer again; blank text forgets it, long text is cut.
  public mutating func setLastSearch(_ text: String?) {
    let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    lastSearch = trimmed.isEmpty ? nil : String(trimmed.prefix(Limits.searchLength))
  }

  /// Sets a bookmark; false (and no change) when `letter` is not one ASCII letter.
  @discardableResult
  public mutating func setBookmark(_ letter: Character, to place: Place) -> Bool {
    guard Self.isBookmarkLetter(letter), Self.isUsable(place.sectionID) else { return false }
    bookmarks[String(letter)] = place
    return true
  }

  public func bookmark(_ letter: Character) -> Place? { bookmarks[String(letter)] }

  public mutating func removeBookmark(_ letter: Character) { bookmarks[String(letter)] = nil }

  /// Bookmarks in letter order, for a list on the start page.
  public var sortedBookmarks: [(letter: Character, place: Place)] {
    bookmarks.keys.sorted().compactMap { key in
      bookmarks[key].map { (Character(key), $0) }
    }
  }

  /// Without places whose section no longer exists (the content changed since they were
  /// saved), so the reader never offers a place it cannot open.
  public func keeping(sections exists: (String) -> Bool) -> ReaderMemory {
    var kept = self
    kept.positions.removeAll { !exists($0.place.sectionID) }
    kept.history.removeAll { !exists($0.sectionID) }
    kept.bookmarks = bookmarks.filter { exists($0.value.sectionID) }
    return kept
  }

  /// Within the limits, whatever was decoded.
  func bounded() -> ReaderMemory {
    var memory = ReaderMemory()
    for position in positions.reversed() {
      memory.remember(position.place, inArticle: position.articleID)
    }
    memory.setHistory(history.map { Place(sectionID: $0.sectionID, line: $0.line) })
    memory.setLastSearch(lastSearch)
    for (key, place) in bookmarks where key.count == 1 {
      memory.setBookmark(Character(key), to: Place(sectionID: place.sectionID, line: place.line))
    }
    return memory
  }

  static func isBookmarkLetter(_ letter: Character) -> Bool {
    letter.isASCII && letter.isLetter
  }

  private static func isUsable(_ id: String) -> Bool {
    !id.isEmpty && id.count <= Limits.idLength
  }
}
