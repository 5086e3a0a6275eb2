import BaclofenContent
import BaclofenText
import Foundation

/// Where a reader is in an article independently of the width: a section, a block in it
/// (-1 for the heading) and a line offset from that block's first line.
struct Anchor: Sendable, Hashable {
  var article: Int
  var section: Int
  var block: Int
  var offset: Int = 0
}

/// A whole article laid out at one width for continuous reading: the header (title and
/// provenance), then every section one after another. Lines remember their section and block
/// so positions survive reflowing at another width.
struct ArticleLayout: Sendable {
  var lines: [StyledLine] = []
  /// Per line: the section it belongs to (-1 in the article header).
  var sectionOf: [Int] = []
  /// Per line: the block it belongs to (-1 for heading lines and the header).
  var blockOf: [Int] = []
  /// The line of each section's heading.
  var sectionStarts: [Int] = []
  /// Lines holding a search match.
  var matchLines: [Int] = []

  init(article: Article, width: Int, glyphs: Glyphs, highlighter: SearchOutcome?) {
    let layout = SectionLayout(
      width: width, ascii: glyphs.ascii, highlighter: highlighter?.matchRanges)
    for line in ArticleText.header(article, width: width) { append(line, -1, -1) }
    append(StyledLine(String(repeating: glyphs.horizontal, count: width), .frame), -1, -1)
    for (index, section) in article.sections.enumerated() {
      // The blank line above a heading belongs to what precedes it, so that a section's
      // first line is its heading.
      append(StyledLine(), sectionOf.last ?? -1, blockOf.last ?? -1)
      sectionStarts.append(lines.count)
      let style: TextStyle = section.level == 1 ? [.bold, .heading] : [.bold]
      let runIn = SectionLayout.runIn(section)
      // A run-in heading and its sentence are the section's first lines, as a heading is.
      for line in layout.wrap(
        runIn ?? RichText(section.title), style: runIn == nil ? style : [], indent: "", hanging: "")
      {
        append(line, index, -1)
      }
      for (blockIndex, block) in section.blocks.enumerated() where runIn == nil || blockIndex > 0 {
        append(StyledLine(), index, blockIndex)
        for line in layout.lines(for: block) { append(line, index, blockIndex) }
      }
    }
    if highlighter != nil {
      matchLines = lines.indices.filter { i in
        lines[i].spans.contains { $0.style.contains(.highlight) }
      }
    }
  }

  /// A page that is not an article (the start page): lines outside any section, so a
  /// position on it is a line offset from the top.
  init(page: [StyledLine]) {
    for line in page { append(line, -1, -1) }
  }

  private mutating func append(_ line: StyledLine, _ section: Int, _ block: Int) {
    lines.append(line)
    sectionOf.append(section)
    blockOf.append(block)
  }

  var count: Int { lines.count }

  /// The section at line `line`: -1 in the article header.
  func rawSection(at line: Int) -> Int {
    guard !lines.isEmpty else { return -1 }
    return sectionOf[min(max(0, line), lines.count - 1)]
  }

  /// The section shown at line `line` (the first section while in the header).
  func section(at line: Int) -> Int { max(0, rawSection(at: line)) }

  /// The lines of section `index`, heading first.
  func range(ofSection index: Int) -> Range<Int> {
    guard index >= 0, index < sectionStarts.count else { return 0..<0 }
    let end = index + 1 < sectionStarts.count ? sectionStarts[index + 1] - 1 : lines.count
    return sectionStarts[index]..<end
  }

  func anchor(at line: Int, article: Int) -> Anchor {
    guard !lines.isEmpty else { return Anchor(article: article, section: -1, block: -1) }
    let line = min(max(0, line), lines.count - 1)
    var first = line
    while first > 0, sectionOf[first - 1] == sectionOf[line], blockOf[first - 1] == blockOf[line] {
      first -= 1
    }
    return Anchor(
      article: article, section: sectionOf[line], block: blockOf[line], offset: line - first)
  }

  func line(for anchor: Anchor) -> Int {
    guard
      let first = lines.indices.first(where: {
        sectionOf[$0] == anchor.section && blockOf[$0] == anchor.block
      })
    else { return 0 }
    var line = first
    while line - first < anchor.offset, line + 1 < lines.count,
      sectionOf[line + 1] == anchor.section, blockOf[line + 1] == anchor.block
    {
      line += 1
    }
    return line
  }
}

/// Laid-out articles by width (and highlighting), so a keystroke never re-wraps the library.
final class LayoutCache: @unchecked Sendable {
  private struct Key: Hashable {
    var article: Int
    var width: Int
    var highlight: String?
  }
  private var layouts: [Key: ArticleLayout] = [:]
  private let lock = NSLock()

  func layout(_ key: (article: Int, width: Int, highlight: String?), make: () -> ArticleLayout)
    -> ArticleLayout
  {
    let key = Key(article: key.article, width: key.width, highlight: key.highlight)
    lock.lock()
    defer { lock.unlock() }
    if let cached = layouts[key] { return cached }
    if layouts.count > 64 { layouts.removeAll() }
    let made = make()
    layouts[key] = made
    return made
  }
}
