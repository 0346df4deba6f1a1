/* test-print-dialog.c: GTK's print dialog, through the real print system
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * win.print opens GTK's print dialog with SpineCDS's "Documents" tab; the
 * physician picks "Both" and the handout in German, chooses the cups-pdf
 * queue of build-aux/setup-cups and prints: one job arrives in the
 * queue's output folder with the clinician summary and the German
 * handout in it, and the window confirms with a toast.
 */
#define G_LOG_DOMAIN "test-print-dialog"

#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gstdio.h>
#include <gtk/gtkunixprint.h>

#include "spinecds-application.h"
#include "spinecds-document.h"
#include "spinecds-drafts.h"
#include "spinecds-print-operation.h"
#include "spinecds-window.h"
#include "window-wait.h"
#include "test-scratch.h"

#define QUEUE "PDF"

static SpineCdsApplication *app;

static void
iterate_until (gboolean (*done) (gpointer),
               gpointer data,
               guint    timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () + timeout_ms * G_TIME_SPAN_MILLISECOND;

  while (!done (data) && g_get_monotonic_time () < deadline)
    {
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (2000);
    }
}

static SpineCdsWindow *
new_window_with_example (const char *name)
{
  g_autofree char *file_name = g_strconcat (name, ".spinecase", NULL);
  g_autofree char *path = g_build_filename (g_getenv ("SPINECDS_EXAMPLES_DIR"), file_name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  SpineCdsWindow *window;

  if (app == NULL)
    {
      app = spinecds_application_new ();
      g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
      g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
    }
  window = spinecds_application_new_window (app);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (window_wait_load (window, file, &error));
  g_assert_no_error (error);
  return window;
}

static void
destroy_window (SpineCdsWindow *window)
{
  spinecds_drafts_remove (spinecds_window_get_draft_id (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* GTK's print dialog, once win.print has opened it. */
static gboolean
print_dialog_shown (gpointer data)
{
  GtkPrintUnixDialog **dialog = data;
  GListModel          *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (GTK_IS_PRINT_UNIX_DIALOG (toplevel))
        *dialog = GTK_PRINT_UNIX_DIALOG (toplevel);
    }
  return *dialog != NULL;
}

static gboolean
pointer_cleared (gpointer data)
{
  return *(gpointer *) data == NULL;
}

/* The drop-down of the Documents tab whose items include @item. */
static GtkDropDown *
find_choice (GtkWidget  *widget,
             const char *item)
{
  if (GTK_IS_DROP_DOWN (widget))
    {
      GListModel *model = gtk_drop_down_get_model (GTK_DROP_DOWN (widget));

      for (guint i = 0; GTK_IS_STRING_LIST (model) && i < g_list_model_get_n_items (model); i++)
        if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i), item) == 0)
          return GTK_DROP_DOWN (widget);
    }
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkDropDown *found = find_choice (c, item);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
choose (GtkDropDown *choice,
        const char  *item)
{
  GListModel *model = gtk_drop_down_get_model (choice);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i), item) == 0)
      {
        gtk_drop_down_set_selected (choice, i);
        return;
      }
  g_assert_not_reached ();
}

/* Where cups-pdf writes: its "Out" setting, ${HOME} expanded. */
static char *
cups_pdf_output_dir (void)
{
  g_autofree char *conf = NULL;
  g_auto(GStrv) lines = NULL;
  char *out = NULL;

  if (!g_file_get_contents ("/etc/cups/cups-pdf.conf", &conf, NULL, NULL))
    return NULL;
  lines = g_strsplit (conf, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);

      if (g_str_has_prefix (line, "Out") && g_ascii_isspace (line[3]))
        {
          g_autoptr(GString) value = g_string_new (g_strstrip (line + 3));

          g_string_replace (value, "${HOME}", g_get_home_dir (), 0);
          g_free (out);
          out = g_string_free (g_steal_pointer (&value), FALSE);
        }
    }
  return out != NULL ? out : g_build_filename (g_get_home_dir (), "PDF", NULL);
}

typedef struct
{
  const char *dir;
  const char *title;
  gint64      since;
  char       *found;
} Arrival;

/* A PDF ends with "%%EOF" (and a line end); the body may hold NUL bytes. */
static gboolean
ends_with_eof_marker (const char *data,
                      gsize       length)
{
  for (gsize i = length - 5; i + 64 > length; i--)
    if (memcmp (data + i, "%%EOF", 5) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
pdf_arrived (gpointer user_data)
{
  Arrival *arrival = user_data;
  g_autoptr(GDir) dir = g_dir_open (arrival->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (arrival->dir, name, NULL);
      g_autofree char *head = NULL;
      GStatBuf         st;
      gsize            length = 0;

      if (strstr (name, arrival->title) == NULL || g_stat (path, &st) != 0
          || (gint64) st.st_mtime < arrival->since || st.st_size == 0)
        continue;
      /* cups-pdf writes in place: wait for the end of the file. */
      if (g_file_get_contents (path, &head, &length, NULL) && length > 64
          && g_str_has_prefix (head, "%PDF-") && ends_with_eof_marker (head, length))
        {
          arrival->found = g_steal_pointer (&path);
          return TRUE;
        }
    }
  return FALSE;
}

static gboolean
queue_exists (const char *name)
{
  g_autofree char *out = NULL;
  int              status = 0;
  g_autofree char *command = g_strdup_printf ("lpstat -p %s", name);

  return g_spawn_command_line_sync (command, &out, NULL, &status, NULL)
         && g_spawn_check_wait_status (status, NULL);
}

static int
count_pages (const char *pdf)
{
  g_autofree char *command = g_strdup_printf ("pdfinfo '%s'", pdf);
  g_autofree char *info = NULL;
  const char      *pages;

  g_assert_true (g_spawn_command_line_sync (command, &info, NULL, NULL, NULL));
  pages = strstr (info, "Pages:");
  g_assert_nonnull (pages);
  return atoi (pages + strlen ("Pages:"));
}

/* The summary's pages and the handout's in @language, as laid out for
 * A4 (the queue's paper here). */
static int
expected_pages (SpineCdsWindow *window,
                const char     *language)
{
  g_autoptr(SpineCdsCatalog) catalog = spinecds_catalog_new_for_language (language, NULL);
  g_autoptr(SpineCdsDocument) summary = NULL;
  g_autoptr(SpineCdsDocument) handout = NULL;
  g_autofree char *dir = test_scratch_dir_new ("spinecds-pages-XXXXXX");
  g_autofree char *first = g_build_filename (dir, "summary.pdf", NULL);
  g_autofree char *second = g_build_filename (dir, "handout.pdf", NULL);
  int              pages;

  summary = spinecds_document_new (SPINECDS_DOCUMENT_SUMMARY,
                                   spinecds_window_get_case (window), spinecds_window_get_assessment (window), NULL, NULL);
  handout = spinecds_document_new (SPINECDS_DOCUMENT_HANDOUT,
                                   spinecds_window_get_case (window), spinecds_window_get_assessment (window), catalog, NULL);
  g_assert_true (spinecds_document_write_pdf (summary, first, SPINECDS_PAPER_A4, NULL));
  g_assert_true (spinecds_document_write_pdf (handout, second, SPINECDS_PAPER_A4, NULL));
  pages = count_pages (first) + count_pages (second);
  g_unlink (first);
  g_unlink (second);
  g_rmdir (dir);
  return pages;
}

static gboolean
printer_known (gpointer data)
{
  return gtk_print_unix_dialog_get_selected_printer (data) != NULL;
}

static void
test_print_both (void)
{
  g_autofree char    *out_dir = cups_pdf_output_dir ();
  GtkPrintUnixDialog *dialog = NULL;
  SpineCdsWindow     *window;
  GtkPrinter         *printer;
  Arrival             arrival = { 0 };

  if (!queue_exists (QUEUE))
    {
      g_test_skip ("no print queue " QUEUE " (build-aux/setup-cups)");
      return;
    }

  window = new_window_with_example ("seed-mild-reversal");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print", NULL));
  iterate_until (print_dialog_shown, &dialog, 20000);
  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);

  /* SpineCDS's own choices are a tab of GTK's dialog. */
  choose (find_choice (GTK_WIDGET (dialog), "Both"), "Both");
  choose (find_choice (GTK_WIDGET (dialog), "Deutsch"), "Deutsch");

  iterate_until (printer_known, dialog, 20000);
  printer = gtk_print_unix_dialog_get_selected_printer (dialog);
  g_assert_nonnull (printer);
  if (g_strcmp0 (gtk_printer_get_name (printer), QUEUE) != 0)
    {
      g_autofree char *message = g_strdup_printf ("the dialog chose %s, not %s", gtk_printer_get_name (printer), QUEUE);

      g_test_skip (message);
      gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
      destroy_window (window);
      return;
    }

  arrival.dir = out_dir;
  arrival.title = "patient_handout";
  arrival.since = g_get_real_time () / G_USEC_PER_SEC - 1;
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_OK);
  iterate_until (pointer_cleared, &dialog, 30000);
  g_assert_null (dialog);

  iterate_until (pdf_arrived, &arrival, 60000);
  g_assert_nonnull (arrival.found);
  g_test_message ("printed: %s", arrival.found);

  /* One job, both documents: cups-pdf's file (redrawn by Ghostscript,
   * so without text to read) has the pages of the summary and of the
   * German handout together. */
  g_assert_cmpint (count_pages (arrival.found), ==, expected_pages (window, "de"));
  g_unlink (arrival.found);
  g_free (arrival.found);
  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = test_scratch_dir_new ("spinecds-test-XXXXXX");
  int              ret;

  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("LANGUAGE", "C", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  spinecds_application_bind_textdomain ();

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  /* GTK's CUPS backend warns when colord or avahi are missing (a test
   * machine); criticals stay fatal, warnings are not ours to judge. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  g_test_add_func ("/spinecds/print-dialog/print-both", test_print_both);

  ret = g_test_run ();
  g_clear_object (&app);
  return ret;
}
