import Foundation
import Testing

@testable import BaclofenUI

/// The README's key table and the keymaps the screens handle keys with say the same.
@Suite struct KeymapTests {
  private static let glyphs = Glyphs(ascii: false)

  /// Every key bound with a help line on the reader, search, warning and everywhere.
  private static var boundKeys: Set<String> {
    let names = { (keys: [Key]) in keys.map { $0.name(glyphs) } }
    var bound = Set<String>()
    for binding in Keymaps.home().bindings where !binding.help.isEmpty || binding.footer != nil {
      bound.formUnion(names(binding.keys))
    }
    for binding in SearchScreen.keymap.bindings where !binding.help.isEmpty {
      bound.formUnion(names(binding.keys))
    }
    for binding in Keymaps.global.bindings { bound.formUnion(names(binding.keys)) }
    return bound
  }

  /// The README's table: the key column and the whole row, per row.
  private func readmeRows() throws -> [(keys: String, row: String)] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md")
    let readme = try String(contentsOf: url, encoding: .utf8)
    let section = try #require(readme.components(separatedBy: "## In the reader").dropFirst().first)
    let table =
      section.components(separatedBy: "\n\n").first { $0.contains("| key | does |") } ?? ""
    return table.split(separator: "\n").dropFirst(2).map { line in
      let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
      return (cells.first ?? "", String(line))
    }
  }

  /// Key names as the README writes them.
  private func readmeName(_ token: Substring) -> String {
    token == "Backspace" ? "Bksp" : String(token)
  }

  @Test func everyKeyTheReadmeNamesIsBound() throws {
    let words: Set = ["or", "while", "searching"]
    let tokens = try readmeRows().flatMap {
      $0.keys.split(whereSeparator: { " ,()".contains($0) }).filter { !words.contains(String($0)) }
    }
    #expect(tokens.count > 30)
    for token in tokens {
      #expect(
        Self.boundKeys.contains(readmeName(token)), "the README names \(token), bound nowhere")
    }
  }

  @Test func everyBoundKeyIsInTheReadme() throws {
    let text = try readmeRows().map(\.row).joined(separator: " ")
      .split(whereSeparator: { " ,();:".contains($0) }).map(readmeName)
    for key in Self.boundKeys {
      #expect(text.contains(key), "\(key) is bound but not in the README's key table")
    }
  }

  @Test func theFooterAndHelpComeFromTheSameBindings() {
    var app = bundledApp()
    for binding in Keymaps.home().bindings {
      guard let hint = binding.footer else { continue }
      #expect(app.lines[23].contains(hint.label) || app.lines[23].contains(hint.short))
    }
    app.type("?")
    for (keys, does) in Keymaps.home().ownHelpRows(Self.glyphs) {
      #expect(app.text.contains(keys.padded(toWidth: 13) + does.prefix(12)), "help lacks \(keys)")
    }
  }

  @Test func anUnboundKeySaysSoAndPointsToHelp() {
    var app = bundledApp()
    app.type("x")
    #expect(app.lines[23].contains("x does nothing here; ? lists the keys."))
  }

  @Test func helpReadListsTheReaderKeys() {
    let text = ReaderKeys.text()
    #expect(text.contains("Reading:"))
    #expect(text.contains("Esc ← h Bksp"))
    #expect(text.contains("w Ctrl-W F2"))
  }
}
