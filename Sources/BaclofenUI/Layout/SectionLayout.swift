import BaclofenContent
import BaclofenText

/// Lays out article text into styled lines of a given width: wrapped by display width,
/// lists with hanging indents, callouts boxed. Shared by the reader and `baclofen show`.
public struct SectionLayout: Sendable {
  public var width: Int
  /// Plain-ASCII bullets and boxes when the terminal cannot show Unicode.
  public var ascii: Bool
  /// Marks character ranges of a plain text to highlight (search matches).
  public var highlighter: (@Sendable (String) -> [Range<String.Index>])?

  public init(
    width: Int, ascii: Bool = false,
    highlighter: (@Sendable (String) -> [Range<String.Index>])? = nil
  ) {
    self.width = max(8, width)
    self.ascii = ascii
    self.highlighter = highlighter
  }

  /// A heading line (wrapped), the section's blocks, blank lines between blocks.
  public func lines(for section: Section) -> [StyledLine] {
    if let runIn = Self.runIn(section) {
      var lines = wrap(runIn, style: [], indent: "", hanging: "")
      for block in section.blocks.dropFirst() {
        lines.append(StyledLine())
        lines += self.lines(for: block)
      }
      return lines
    }
    var lines = wrap(RichText(section.title), style: [.bold, .heading], indent: "", hanging: "")
    for block in section.blocks {
      lines.append(StyledLine())
      lines += self.lines(for: block)
    }
    return lines
  }

  /// A section whose source runs its heading into the first sentence ("Common side effects:
  /// drowsiness, …"): that paragraph starts in lower case. It is shown as the source has it,
  /// the heading in bold and the sentence after it, rather than a sentence that starts in
  /// lower case under a heading.
  public static func runIn(_ section: Section) -> RichText? {
    guard case .paragraph(let text)? = section.blocks.first,
      let first = text.plainText.first, first.isLowercase
    else { return nil }
    return RichText(runs: [.init(section.title + ":", strong: true), .init(" ")] + text.runs)
  }

  public func lines(for block: Block) -> [StyledLine] {
    switch block {
    case .paragraph(let text):
      return wrap(text, style: [], indent: "", hanging: "")
    case .list(let items):
      let bullet = Glyphs(ascii: ascii).bullet + " "
      return items.flatMap { wrap($0, style: [], indent: bullet, hanging: "  ") }
    case .callout(let label, let body):
      return box(label: label, body: body)
    }
  }

  /// Wraps rich text; the first line starts with `indent`, later ones with `hanging`.
  public func wrap(_ text: RichText, style: TextStyle, indent: String, hanging: String)
    -> [StyledLine]
  {
    let plain = text.plainText.terminalSafe
    var styles = [TextStyle]()
    for run in text.runs {
      let runStyle: TextStyle = run.strong ? style.union(.bold) : style
      styles += Array(repeating: runStyle, count: run.text.terminalSafe.count)
    }
    if let highlighter {
      for range in highlighter(plain) {
        let lower = plain.distance(from: plain.startIndex, to: range.lowerBound)
        let upper = plain.distance(from: plain.startIndex, to: range.upperBound)
        for index in lower..<min(upper, styles.count) { styles[index].insert(.highlight) }
      }
    }
    let inner = width - max(indent.displayWidth, hanging.displayWidth)
    // Character offsets to indices, moving forward only: slicing `plain` was much cheaper
    // than building each span from an array of Characters.
    var cursor = (offset: 0, index: plain.startIndex)
    func position(_ offset: Int) -> String.Index {
      cursor = (offset, plain.index(cursor.index, offsetBy: offset - cursor.offset))
      return cursor.index
    }
    return Wrap.lines(plain, width: inner).enumerated().map { number, range in
      var spans = [Span(number == 0 ? indent : hanging, style.subtracting(.highlight))]
      var lower = position(range.lowerBound)
      for index in range where index == range.upperBound - 1 || styles[index] != styles[index + 1] {
        let upper = position(index + 1)
        spans.append(Span(String(plain[lower..<upper]), styles[index]))
        lower = upper
      }
      return StyledLine(spans.filter { !$0.text.isEmpty })
    }
  }

  private func box(label: String?, body: RichText) -> [StyledLine] {
    let inner = SectionLayout(width: width - 4, ascii: ascii, highlighter: highlighter)
    var text = body
    if let label { text.runs.insert(.init(label + ": ", strong: true), at: 0) }
    let content = inner.wrap(text, style: [], indent: "", hanging: "")
    return Frame(glyphs: Glyphs(ascii: ascii), style: .frame).lines(
      around: content, inner: width - 4)
  }

}
