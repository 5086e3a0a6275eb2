import BaclofenBundled
import BaclofenContent
import Testing

@testable import BaclofenSearch

@Suite struct RealWordsTests {
  static func list(_ text: String) -> RealWords {
    RealWords.load(
      ContentFiles(
        origin: "folder", files: [ContentFile(path: RealWords.path, bytes: Array(text.utf8))]))
  }

  @Test func theBundledListKnowsWordsAndTheirRegularInflections() {
    let words = RealWords.load(BundledContent.files)
    #expect(!words.isEmpty)
    for word in ["aardvark", "shelf", "feed", "feeding", "stopped", "zucchini"] {
      #expect(words.contains(word), "\(word)")
    }
    for word in ["", "a-b", "shelff", "aardvarkz", "zzzzzz", "baclofenx"] {
      #expect(!words.contains(word), "\(word)")
    }
    // Every line is found by the binary search, the first and the last too.
    let file = BundledContent.files.file(RealWords.path)!
    let lines = String(decoding: file.bytes, as: UTF8.self).split(separator: "\n")
    #expect(lines.count > 20_000)
    let listed = lines.map { String($0.prefix { $0 != "\t" }) }
    #expect(listed.filter { !words.contains($0) }.isEmpty)
  }

  /// The bundled list read where the binary holds it is the list the files hold, and knows
  /// and marks the same words.
  @Test func theBundledListReadInPlaceIsTheListTheFilesHold() throws {
    let loaded = RealWords.load(BundledContent.files)
    let bytes = try #require(BundledContent.text(RealWords.path))
    let inPlace = try #require(RealWords(static: bytes))
    #expect(inPlace == loaded)
    for word in ["aardvark", "feeding", "weekend", "dialysis", "", "zzzzzz", "baclofenx"] {
      #expect(inPlace.contains(word) == loaded.contains(word), "\(word)")
      #expect(inPlace.isCommon(word) == loaded.isCommon(word), "\(word)")
    }
    #expect(RealWords(static: UnsafeBufferPointer(rebasing: bytes[..<(bytes.count - 1)])) == nil)
  }

  /// English's commonest words are marked, rarer ones are not: a common word the articles
  /// lack is less sure to be a topic they do not cover.
  @Test func theBundledListMarksTheCommonestWords() {
    let words = RealWords.load(BundledContent.files)
    let common = ["weekend", "weekends", "lunchtime", "coffee", "barely", "forgot"]
    let rare = ["dialysis", "grapefruit", "tinnitus", "zucchini", "cirrhosis", "weekendz"]
    #expect(common.filter { !words.isCommon($0) } == [])
    #expect(rare.filter { words.isCommon($0) } == [])
  }

  /// A line's size after a tab marks a common word without hiding it or its neighbours from
  /// the binary search, sorted or not.
  @Test(arguments: [
    "apple\t10\napplesauce\nfeed\t20\nshelf\n", "shelf\nfeed\t20\napplesauce\napple\t10",
  ])
  func aMarkedWordIsStillAWord(_ text: String) {
    let words = Self.list(text)
    for word in ["apple", "apples", "applesauce", "feed", "feeding", "shelf"] {
      #expect(words.contains(word), "\(word)")
    }
    #expect(words.isCommon("apple") && words.isCommon("apples") && words.isCommon("feeding"))
    #expect(!words.isCommon("applesauce") && !words.isCommon("shelf") && !words.isCommon("pear"))
    #expect(!words.contains("apple\t10") && !words.contains("appl"))
  }

  /// A folder's own list need not be sorted: an unsorted one, with repeats, blank lines,
  /// Windows line ends and no final line end, answers as the same list sorted does.
  @Test(arguments: [
    "shelf\nfeed\napple\n", "feed\r\n\r\nshelf\r\napple\r\nfeed", "apple\nfeed\nshelf",
  ])
  func aListInAnyOrderAnswersTheSame(_ text: String) {
    let words = Self.list(text)
    let sorted = Self.list("apple\nfeed\nshelf\n")
    for word in ["apple", "apples", "feed", "feeding", "shelf", "self", "appl", "shelfs", "zoo"] {
      #expect(words.contains(word) == sorted.contains(word), "\(word)")
    }
    #expect(sorted.contains("feeding") && sorted.contains("apple") && !sorted.contains("self"))
  }

  /// A doubled consonant is a regular ending only after a vowel ("stop", "stopped"): a word
  /// with a letter typed three times is a misspelling, and gets corrected.
  @Test func aTripledLetterIsNotAnInflection() {
    let words = Self.list("miss\nstop\n")
    #expect(words.contains("stopped") && words.contains("stopping") && words.contains("missed"))
    #expect(!words.contains("misssed") && !words.contains("misssing"))
    #expect(bundledIndex.search("misssed dose").correctedQuery == "missed dose")
  }

  /// A word of one syllable ending in a vowel and a consonant doubles it before "ed" and
  /// "ing": "stoped" and "shoping" are misspellings, not forms of "stop" and "shop", while
  /// "hoping" is a form of "hope" and "helped" of "help".
  @Test func anUndoubledEndingIsNoFormOfAShortWord() {
    let words = Self.list("help\nhope\nshop\nstop\nvisit\n")
    #expect(!words.contains("stoped") && !words.contains("shoping"))
    #expect(words.contains("hoping") && words.contains("helped") && words.contains("visiting"))
    #expect(bundledIndex.search("stoped baclofen last week").correctedQuery != nil)
  }

  /// A word whose stem the library knows but which neither it nor English uses is a
  /// misspelling: "weekness" stems to the "week" of "weeks", and is a misspelt "weakness".
  @Test func aWordKnownOnlyByItsStemIsCorrected() {
    let response = bundledIndex.search("legs have a weekness since starting")
    #expect(
      response.correctedQuery?.contains("weakness") == true, "\(response.correctedQuery ?? "")")
    #expect(bundledIndex.search("baclofens").correctedQuery == nil)
  }

  @Test func aFolderWithoutAListHasNone() {
    let none = RealWords.load(ContentFiles(origin: "folder", files: []))
    #expect(none.isEmpty && !none.contains("apple"))
  }
}
