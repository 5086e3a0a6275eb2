#ifndef BACLOFEN_CNCURSES_SHIM_H
#define BACLOFEN_CNCURSES_SHIM_H

// Wide-character curses. Swift does not import curses' function-like macros, so the few
// the backend needs are wrapped here as static inline functions.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <langinfo.h>
#include <locale.h>
#include <ncursesw/curses.h>
#include <wchar.h>

// newterm, unlike initscr, returns NULL for a terminal type terminfo does not know instead
// of exiting, so the caller can fall back to the plain line mode.
static inline SCREEN *shim_newterm(void) { return newterm(NULL, stdout, stdin); }

static inline WINDOW *shim_stdscr(void) { return stdscr; }
static inline WINDOW *shim_curscr(void) { return curscr; }
static inline int shim_err(void) { return ERR; }
static inline int shim_ok(void) { return OK; }
static inline int shim_key_code_yes(void) { return KEY_CODE_YES; }

static inline int shim_rows(void) { int y, x; getmaxyx(stdscr, y, x); (void)x; return y; }
static inline int shim_cols(void) { int y, x; getmaxyx(stdscr, y, x); (void)y; return x; }

static inline attr_t shim_a_bold(void) { return A_BOLD; }
static inline attr_t shim_a_underline(void) { return A_UNDERLINE; }
static inline attr_t shim_a_reverse(void) { return A_REVERSE; }
static inline attr_t shim_a_dim(void) { return A_DIM; }

static inline int shim_key_f(int n) { return KEY_F(n); }

static inline mmask_t shim_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t shim_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t shim_button4_pressed(void) { return BUTTON4_PRESSED; }
#ifdef BUTTON5_PRESSED
static inline mmask_t shim_button5_pressed(void) { return BUTTON5_PRESSED; }
#else
static inline mmask_t shim_button5_pressed(void) { return 0; }
#endif

/// Draws one character cell (a spacing character plus up to 4 combining ones) at y, x.
static inline int shim_put_cell(int y, int x, const wchar_t *text, attr_t attrs, short pair) {
  cchar_t cell;
  if (setcchar(&cell, text, attrs, pair, NULL) != OK) return ERR;
  return mvadd_wch(y, x, &cell);
}

/// True when the current locale's character set is UTF-8.
static inline int shim_codeset_is_utf8(void) {
  const char *codeset = nl_langinfo(CODESET);
  if (codeset == NULL) return 0;
  return (codeset[0] == 'U' || codeset[0] == 'u') && (codeset[1] == 'T' || codeset[1] == 't')
    && (codeset[2] == 'F' || codeset[2] == 'f');
}

#endif
