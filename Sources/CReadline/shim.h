#ifndef SAMENOP_CREADLINE_SHIM_H
#define SAMENOP_CREADLINE_SHIM_H

#include <stdio.h>
#include <stdlib.h>
#include <signal.h>
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

// Ctrl-C at the prompt clears the line being typed and shows a fresh prompt, as in a shell,
// instead of ending the program (a trainer cancelling a half-typed vote on the projector).
// readline's own signal handling is switched off so that this handler runs directly; the
// read is restarted (SA_RESTART), so readline simply goes on with the empty line.
static void samenop_rl_on_interrupt(int signal_number) {
    (void)signal_number;
    /* Before the first readline() call readline has no streams or line yet (a Ctrl-C while the
       REPL is still starting): the terminal has dropped the typed line already; nothing to do. */
    if (rl_outstream == NULL || rl_line_buffer == NULL) return;
    rl_crlf();
    rl_on_new_line();
    rl_replace_line("", 0);
    rl_redisplay();
}
static inline void samenop_rl_clear_line_on_interrupt(void) {
    rl_catch_signals = 0;
    struct sigaction action;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    action.sa_handler = samenop_rl_on_interrupt;
    sigaction(SIGINT, &action, NULL);
}
static inline const char *samenop_rl_line_buffer(void) { return rl_line_buffer; }

#endif
