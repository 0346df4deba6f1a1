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
  const char      *rss, *hwm;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return;
  rss = strstr (status, "VmRSS:");
  hwm = strstr (status, "VmHWM:");
  if (rss != NULL && hwm != NULL)
    g_print ("%s-rss %" G_GINT64_FORMAT "\n%s-hwm %" G_GINT64_FORMAT "\n",
             when, g_ascii_strtoll (rss + 6, NULL, 10),
             when, g_ascii_strtoll (hwm + 6, NULL, 10));
}

#define SETTLED_QUIET_MS 1000

typedef struct
{
  GtkWidget     *window;
  GdkFrameClock *clock;
  guint          timeout_id;
} Settling;

static gboolean
on_settled (gpointer user_data)
{
  Settling     *settling = user_data;
  GApplication *app = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (settling->window)));

  bench_print_memory ("settled");
  g_signal_handlers_disconnect_by_data (settling->clock, settling);
  g_free (settling);
  g_application_quit (app);
  return G_SOURCE_REMOVE;
}

static void
restart_quiet_period (GdkFrameClock *clock,
                      Settling      *settling)
{
  g_clear_handle_id (&settling->timeout_id, g_source_remove);
  settling->timeout_id = g_timeout_add (SETTLED_QUIET_MS, on_settled, settling);
}

void
bench_quit_when_settled (GtkWidget *window)
{
  Settling *settling = g_new0 (Settling, 1);

  settling->window = window;
  settling->clock = gtk_widget_get_frame_clock (window);
  g_signal_connect (settling->clock, "after-paint", G_CALLBACK (restart_quiet_period), settling);
  restart_quiet_period (settling->clock, settling);
}
