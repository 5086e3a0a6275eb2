import BaclofenUI

extension Read {
  /// `baclofen help read` and the manual page: what the reader is and its keys, from the
  /// keymaps the reader handles them with (as its own help, `?`). ASCII only, and short
  /// lines: the manual generator drops other characters, and `man` indents by 14 columns.
  static let discussion = """
    With --plain, or when TERM is unset or `dumb`, a line-oriented reader for screen readers: \
    prompts and lines, no full-screen redraws.

    Keys in the reader (? shows them on screen):


    """ + ReaderKeys.text(ascii: true) + """


      The mouse wheel scrolls and a click opens.

      Answers to the questionnaire are saved as they are given, in $XDG_STATE_HOME/baclofen/ \
      (else ~/.local/state/baclofen/); `baclofen quiz --saved` prints them. The reader keeps \
      there too where each article was left, the way back, the last search and bookmarks \
      (reader.json), and opens where the last run left off; the first run opens on a start page.
      """
}
