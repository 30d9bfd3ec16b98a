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

#endif
