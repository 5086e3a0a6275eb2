extension Read {
  /// `baclofen help read` and the manual page: what the reader is and its keys (the same as
  /// its own help, `?`). ASCII only, and short lines: the manual generator drops other
  /// characters, and `man` indents the text by 14 columns.
  static let discussion = """
    With --plain, or when TERM is unset or `dumb`, a line-oriented reader for screen readers: \
    prompts and lines, no full-screen redraws.

    Keys in the reader (? shows them on screen):
      Up Down j k       line up / down
      PgUp PgDn b space page up / down
      g G Home End      top / bottom
      [ ]               previous / next section
      Tab               contents / reader
      c                 full-width reading
      Enter             open; on an article, open or fold it
      Esc h Left Bksp   back
      l Right           forward
      /                 search as you type; Esc closes it
      Ctrl-U            while searching: clear the line
      Up Down Enter     while searching: choose, open a result
      n N               next / previous match
      w                 the withdrawal warning
      Ctrl-W F2         the withdrawal warning, while searching
      s F3              "Is baclofen for you?"
      1-9 Up Down Enter answer a question
      Bksp              the previous question
      Tab Enter         on the result: open a source
      r e               on the result: change answers, save to a file
      ? F1              help
      q Ctrl-C          quit

    The mouse wheel scrolls and a click opens.

    Answers to the questionnaire are saved as they are given, in $XDG_STATE_HOME/baclofen/ \
    (else ~/.local/state/baclofen/); `baclofen quiz --saved` prints them.
    """
}
