/* bench-memory.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "bench-memory.h"

void
bench_print_memory (const char *when)
{
  g_autofree char *status = NULL;
  const char *rss, *hwm;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return;
  rss = strstr (status, "VmRSS:");
  hwm = strstr (status, "VmHWM:");
  if (rss != NULL && hwm != NULL)
    g_print ("%s-rss %" G_GINT64_FORMAT "\n%s-hwm %" G_GINT64_FORMAT "\n",
             when, g_ascii_strtoll (rss + 6, NULL, 10),
             when, g_ascii_strtoll (hwm + 6, NULL, 10));
}
