/* bench-memory.h: what the start-up benchmark's programs print of their memory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Prints "WHEN-rss KiB" and "WHEN-hwm KiB" (VmRSS and VmHWM of this
 * process, from /proc/self/status) for bench-startup to read. */
void bench_print_memory (const char *when);

/* Once @window has gone a second without repainting (longer than any
 * pause of the application's own start-up), prints "settled-rss" and
 * "settled-hwm" and quits the window's application. */
void bench_quit_when_settled (GtkWidget *window);

G_END_DECLS
