#ifndef SILICON_ALLEY_CNCURSESW_SHIM_H
#define SILICON_ALLEY_CNCURSESW_SHIM_H

// The wide-character API (get_wch, add_wch, cchar_t) is only declared with these.
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <wchar.h>
#include <langinfo.h>
#include <ncursesw/curses.h>

// Swift 6 rejects direct use of mutable C globals; these read them once per call.
static inline WINDOW *sa_stdscr(void) { return stdscr; }
static inline int sa_cols(void) { return COLS; }
static inline int sa_lines(void) { return LINES; }
static inline int sa_wcwidth(wchar_t c) { return wcwidth(c); }
static inline int sa_key_resize(void) { return KEY_RESIZE; }
static inline int sa_key_f(int n) { return KEY_F(n); }
static inline int sa_color_pairs(void) { return COLOR_PAIRS; }
static inline int sa_colors(void) { return COLORS; }

// The locale's character set name ("UTF-8" when wide characters will work).
static inline const char *sa_codeset(void) { return nl_langinfo(CODESET); }

// Attribute bits as plain flags (the A_* macros use NCURSES_BITS, which Swift cannot import):
// 1 bold, 2 dim, 4 reverse, 8 underline.
static inline attr_t sa_attrs(int flags) {
    attr_t a = A_NORMAL;
    if (flags & 1) a |= A_BOLD;
    if (flags & 2) a |= A_DIM;
    if (flags & 4) a |= A_REVERSE;
    if (flags & 8) a |= A_UNDERLINE;
    return a;
}

// Writes one cell: a NUL-terminated grapheme (base + up to 4 combining chars) at (y, x).
// Builds the cchar_t here so Swift never touches its layout.
static inline int sa_put_cell(int y, int x, const wchar_t *wch, int flags, int pair) {
    cchar_t cc;
    if (setcchar(&cc, wch, sa_attrs(flags), 0, &pair) == ERR) return ERR;
    return mvadd_wch(y, x, &cc);
}

#endif
