import BaclofenBundled
import BaclofenContent
import GRDB
import Testing

@testable import BaclofenSearch

@Suite struct TokenizerTests {
  /// The ASCII shortcut of `surfaces` must split exactly as the FTS5 tokenizer does.
  @Test func surfacesMatchTheIndexTokenizer() throws {
    let library = LibraryLoader.load(BundledContent.files).0
    var texts = [
      "", "Baclofen’s half-life: 3–4 h (e.g. 10mg/day)", "café CAFÉ naïve e\u{301}t\u{301}e",
      "x\u{E000}y", "🙂ok🙂", "中文 text", "isn't it_so?", "a\tb\nc\r\nd", "ＡＢＣ full-width",
    ]
    for article in library.articles {
      texts.append(article.title)
      for section in article.sections { texts += [section.title, section.plainText] }
    }
    try DatabaseQueue().inDatabase { db in
      let tokenizers = try Tokenizers(db)
      for text in texts {
        #expect(
          try tokenizers.surfaces(text) == Tokenizers.tokens(tokenizers.plain, text),
          "\(text.prefix(60))")
      }
    }
  }
}
