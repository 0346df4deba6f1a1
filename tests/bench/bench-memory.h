/* bench-memory.h: what the start-up benchmark's programs print of their memory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Prints "WHEN-rss KiB" and "WHEN-hwm KiB" (VmRSS and VmHWM of this
 * process, from /proc/self/status) for bench-startup to read. */
void bench_print_memory (const char *when);

G_END_DECLS
