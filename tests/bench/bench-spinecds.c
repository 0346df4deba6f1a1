/* bench-spinecds.c: SpineCDS as it ships, with the benchmark's clock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same application (libspinecds-gui, linked whole as in the
 * executable) started the way main.c starts it, plus what only a
 * benchmark needs: it prints "first-frame T" (g_get_monotonic_time)
 * when the first window has painted and, once it has settled, its
 * memory ("settled-rss"), and quits. With
 * SPINECDS_BENCH_FIRST_FRAME=complete it waits for the next frame, the
 * one with what the window builds after its first (the plan's rows,
 * the form below its first screenful), and prints "complete-frame T".
 * The production application knows nothing of this.
 */
#define G_LOG_DOMAIN "bench-spinecds"

#include "config.h"

#include "spinecds-application.h"

#include "bench-memory.h"

static void
on_complete_frame (GdkFrameClock *clock,
                   GtkWidget     *window)
{
  g_print ("complete-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  bench_print_memory ("complete-frame");
  g_signal_handlers_disconnect_by_func (clock, on_complete_frame, window);
  bench_quit_when_settled (window);
}

static gboolean
wait_for_complete_frame (gpointer user_data)
{
  GtkWidget *window = user_data;

  /* Runs after the window's deferred builds (same priority, queued
   * before) and before the next frame (GDK_PRIORITY_REDRAW). */
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_complete_frame), window);
  gtk_widget_queue_draw (window);
  return G_SOURCE_REMOVE;
}

static void
on_first_frame (GdkFrameClock *clock,
                GtkWidget     *window)
{
  g_print ("first-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  bench_print_memory ("first-frame");
  g_signal_handlers_disconnect_by_func (clock, on_first_frame, window);
  if (g_strcmp0 (g_getenv ("SPINECDS_BENCH_FIRST_FRAME"), "complete") == 0)
    g_idle_add_full (G_PRIORITY_DEFAULT, wait_for_complete_frame, window, NULL);
  else
    bench_quit_when_settled (window);
}

static void
on_window_mapped (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_first_frame), window);
}

static void
on_window_added (GtkApplication *app,
                 GtkWindow      *window)
{
  /* The first window only: the one the launch shows. */
  g_signal_handlers_disconnect_by_func (app, on_window_added, NULL);
  g_signal_connect (window, "map", G_CALLBACK (on_window_mapped), NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SpineCdsApplication) app = NULL;

  spinecds_application_prepare_process ();
  app = spinecds_application_new ();
  g_signal_connect (app, "window-added", G_CALLBACK (on_window_added), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
