import Testing

@testable import BaclofenText

@Suite struct WrapTests {
  /// Printable ASCII is wrapped byte by byte: the lines are those wrapping it character by
  /// character gives, long words, runs of spaces and narrow widths included.
  @Test func asciiTextWrapsAsItsCharactersWould() {
    let texts = [
      "Never stop taking baclofen suddenly, especially if you have been taking it for weeks.",
      "  leading   and trailing  spaces  ", "", " ", "a", "supercalifragilisticexpialidocious x",
      "tabs\tare not spaces", "one two three four five six seven eight nine ten eleven",
    ]
    for text in texts {
      for width in [1, 2, 3, 7, 10, 20, 80] {
        for first in [nil, 1, 5] {
          let characters = Wrap.CharacterCells(characters: Array(text))
          #expect(
            Wrap.lines(text, width: width, firstLineWidth: first)
              == Wrap.lines(characters, width: width, first), "\(text) at \(width)")
        }
      }
    }
  }

  @Test func wrapsAtSpacesWithinWidth() {
    let text =
      "Never stop taking baclofen suddenly, especially if you have been taking it for weeks."
    for width in [10, 20, 33, 80] {
      let lines = Wrap.strings(text, width: width)
      #expect(lines.allSatisfy { $0.displayWidth <= width }, "width \(width): \(lines)")
      #expect(lines.joined(separator: " ") == text, "no word lost or split at width \(width)")
    }
  }

  @Test func neverBreaksInsideAWordThatFits() {
    let lines = Wrap.strings("abc defghij klm", width: 9)
    #expect(lines == ["abc", "defghij", "klm"])
  }

  @Test func cutsAWordLongerThanTheLine() {
    let lines = Wrap.strings("a supercalifragilistic b", width: 8)
    #expect(lines.allSatisfy { $0.displayWidth <= 8 })
    #expect(lines.joined().filter { $0 != " " } == "asupercalifragilisticb")
  }

  @Test func wideCharactersTakeTwoColumnsAndMayBreakAnywhere() {
    let text = "巴氯芬是一种肌肉松弛剂，用于治疗痉挛。"
    #expect(text.displayWidth == 38)
    let lines = Wrap.strings(text, width: 10)
    #expect(lines.allSatisfy { $0.displayWidth <= 10 })
    #expect(lines.first == "巴氯芬是一")
    #expect(lines.joined() == text)
  }

  @Test func closingPunctuationNeverStartsALine() {
    let text = "巴氯芬是一种肌肉松弛剂，用于治疗痉挛。它通过作用于脊髓、减少肌肉的僵硬。"
    for width in 4...20 {
      let lines = Wrap.strings(text, width: width)
      #expect(lines.joined() == text)
      #expect(lines.allSatisfy { $0.displayWidth <= width }, "width \(width)")
      #expect(
        lines.dropFirst().allSatisfy { !Wrap.noLineStart.contains($0.first ?? " ") },
        "width \(width): \(lines)")
    }
  }

  @Test func mixedLatinAndCJKKeepLatinWordsWhole() {
    let lines = Wrap.strings("GABA-B 受体 receptors 激动剂", width: 12)
    #expect(lines.allSatisfy { $0.displayWidth <= 12 })
    #expect(lines.contains { $0.contains("receptors") })
  }

  @Test func combiningMarksTakeNoColumn() {
    let text = "cafe\u{301} naïve"
    #expect(text.displayWidth == 10)
    #expect(Wrap.strings(text, width: 5) == ["cafe\u{301}", "naïve"])
  }

  @Test func firstLineMayHaveDifferentRoom() {
    let lines = Wrap.strings("one two three four five six", width: 10, firstLineWidth: 4)
    #expect(lines == ["one", "two three", "four five", "six"])
  }

  @Test func emptyAndBlankTextGiveOneEmptyLine() {
    #expect(Wrap.strings("", width: 10) == [""])
    #expect(Wrap.strings("    ", width: 10) == [""])
  }

  @Test func truncationAndPaddingRespectWidth() {
    #expect("baclofen".truncated(toWidth: 5) == "bacl…")
    #expect("巴氯芬".truncated(toWidth: 5) == "巴氯…")
    #expect("ab".padded(toWidth: 4) == "ab  ")
    #expect("巴氯芬".padded(toWidth: 5).displayWidth == 5)
  }
}

@Suite struct TerminalSafetyTests {
  @Test func escapeSequencesBecomeVisibleAndInert() {
    let hostile = "title\u{1B}]0;pwned\u{07} \u{1B}[2J \u{9B}31m\u{7F}"
    let safe = hostile.terminalSafe
    #expect(!safe.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    #expect(safe.contains("␛"))
    #expect(safe.contains("␇"))
    #expect(hostile.containsControlCharacters)
    #expect(!safe.containsControlCharacters)
  }

  @Test func ordinaryTextIsUntouched() {
    let text = "Baclofen — “GABA-B” 巴氯芬\nline two\ttab"
    #expect(text.terminalSafe == text)
  }
}

@Suite struct ClosestTests {
  @Test func suggestsTheNearestCandidate() {
    let ids = ["ria-aud/what-is-baclofen", "ria-aud/side-effects-of-baclofen", "august-overview"]
    #expect(
      Closest.match("ria-aud/side-efects-of-baclofen", in: ids)
        == "ria-aud/side-effects-of-baclofen")
    #expect(Closest.match("augst-overview", in: ids) == "august-overview")
    #expect(Closest.match("zzzz", in: ids) == nil)
  }

  /// Bounded whatever it is given: a text longer than any id gets no hint (a 100 KB id took
  /// seconds), and the closest of many candidates is still found among them.
  @Test func suggestionsAreBoundedByLength() {
    let long = String(repeating: "a", count: Closest.maximumLength + 1)
    #expect(Closest.match(long, in: [long + "b"]) == nil)
    #expect(Closest.match(String(repeating: "x", count: 100_000), in: ["august-overview"]) == nil)
    let many = (0..<5_000).map { "article-\($0)/some-section-title" }
    #expect(Closest.match("article-4999/some-sectoin-title", in: many) == many.last)
  }

  @Test func editDistanceCountsSingleEdits() {
    #expect(Closest.editDistance("baclofin", "baclofen") == 1)
    #expect(Closest.editDistance("", "abc") == 3)
    #expect(Closest.editDistance("withdrawl", "withdrawal") == 1)
  }
}
