import BaclofenText

/// The reader's keys as plain text, for `baclofen help read`: the same keymaps the screens
/// handle keys with and the help screen lists.
public enum ReaderKeys {
  public static func text(ascii: Bool = false) -> String {
    HelpScreen.groups(Glyphs(ascii: ascii)).map { group in
      ([group.title + ":"]
        + group.keys.map { keys, does in "  \(keys.padded(toWidth: 14)) \(does)" })
        .joined(separator: "\n")
    }.joined(separator: "\n\n")
  }
}
