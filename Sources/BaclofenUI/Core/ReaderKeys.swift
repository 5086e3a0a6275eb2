import BaclofenText

/// The reader's keys as plain text, for `baclofen help read` and the manual page: the same
/// keymaps the screens handle keys with and the help screen lists.
public enum ReaderKeys {
  public static func text(ascii: Bool = false) -> String {
    let groups = HelpScreen.groups(Glyphs(ascii: ascii))
    let column = groups.flatMap(\.keys).map(\.0.displayWidth).max() ?? 0
    return groups.map { group in
      let rows = group.keys.map { keys, does in
        "  " + keys + String(repeating: " ", count: column - keys.displayWidth) + "  " + does
      }
      return ([group.title + ":"] + rows).joined(separator: "\n")
    }.joined(separator: "\n\n")
  }
}
