// The wide-character ncurses API, with shims for what Swift cannot import (macros and mutable globals).
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <curses.h>

static inline WINDOW *till_stdscr(void) { return stdscr; }
static inline int till_lines(void) { return LINES; }
static inline int till_cols(void) { return COLS; }
static inline int till_colors(void) { return COLORS; }
static inline int till_color_pairs(void) { return COLOR_PAIRS; }
static inline int till_key_f(int n) { return KEY_F(n); }
static inline attr_t till_a_bold(void) { return A_BOLD; }
static inline attr_t till_a_dim(void) { return A_DIM; }
static inline attr_t till_a_underline(void) { return A_UNDERLINE; }
static inline attr_t till_a_reverse(void) { return A_REVERSE; }
static inline attr_t till_a_normal(void) { return A_NORMAL; }
