#ifndef SAMENOP_CREADLINE_SHIM_H
#define SAMENOP_CREADLINE_SHIM_H

#include <stdio.h>
#include <stdlib.h>
#include <readline/readline.h>
#include <readline/history.h>

// Swift 6 refuses direct writes to C globals, so the REPL sets readline's globals here.
static inline void samenop_rl_set_attempted_completion(rl_completion_func_t *fn) {
    rl_attempted_completion_function = fn;
}
static inline void samenop_rl_set_attempted_completion_over(int value) {
    rl_attempted_completion_over = value;
}
static inline void samenop_rl_set_completion_append_character(int c) {
    rl_completion_append_character = c;
}
static inline void samenop_rl_set_readline_name(const char *name) {
    rl_readline_name = name;
}
static inline int samenop_rl_point(void) { return rl_point; }
static inline const char *samenop_rl_line_buffer(void) { return rl_line_buffer; }

#endif
