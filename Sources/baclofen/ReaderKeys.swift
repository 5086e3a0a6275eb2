extension Read {
  /// `baclofen help read` and the manual page: what the reader is and its keys (the same as
  /// its own help, `?`).
  static let discussion = """
    With --plain, or when TERM is unset or `dumb`, a line-oriented reader for screen readers: \
    prompts and lines, no full-screen redraws.

    Keys in the reader (? shows them on screen):
      ↑ ↓ j k            line up / down
      PgUp PgDn, b space page up / down
      g G Home End       top / bottom
      [ ]                previous / next section
      Tab                contents / reader
      c                  full-width reading
      Enter              open; on an article, open or fold it
      Esc ← h Backspace  back
      → l                forward
      /                  search as you type; Ctrl-U clears, Esc closes
      ↑ ↓ Enter          while searching: choose, open a result
      n N                next / previous match
      w                  the withdrawal warning; Ctrl-W or F2 while searching
      s F3               "Is baclofen for you?"
      1-9, ↑ ↓ Enter     answer a question; Backspace: the previous one
      Tab Enter, r, e    on its result: open a source, change answers, save
      ? F1               help
      q Ctrl-C           quit
    The mouse wheel scrolls and a click opens.

    Answers to the questionnaire are saved as they are given, in $XDG_STATE_HOME/baclofen/ \
    (else ~/.local/state/baclofen/); `baclofen quiz --saved` prints them.
    """
}
