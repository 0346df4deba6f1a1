/* test-print-dialog.c: the print dialog, through the real print system
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * win.print opens SpineCDS's print dialog; the physician picks the
 * handout in German and the cups-pdf queue of build-aux/setup-cups, and
 * presses Print: a PDF titled in German arrives in the queue's output
 * folder, and the private copy SpineCDS handed to CUPS is gone. Without a reachable
 * CUPS (CUPS_SERVER pointing nowhere) the dialog says there is no
 * printer and Print stays disabled.
 */
#define G_LOG_DOMAIN "test-print-dialog"

#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gstdio.h>

#include "spinecds-application.h"
#include "spinecds-drafts.h"
#include "spinecds-print-dialog.h"
#include "spinecds-print-operation.h"
#include "spinecds-window.h"

#define QUEUE "PDF"

static SpineCdsApplication *app;

static void
iterate_until (gboolean (*done) (gpointer),
               gpointer  data,
               guint     timeout_ms)
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
  window = spinecds_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (spinecds_window_load_file (window, file, &error));
  g_assert_no_error (error);
  return window;
}

static void
destroy_window (SpineCdsWindow *window)
{
  spinecds_drafts_remove (spinecds_window_get_draft_id (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

static SpineCdsPrintDialog *
open_print_dialog (SpineCdsWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print", NULL));
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (SPINECDS_IS_PRINT_DIALOG (toplevel))
        return SPINECDS_PRINT_DIALOG (toplevel);
    }
  g_assert_not_reached ();
}

static gboolean
dialog_ready (gpointer data)
{
  return spinecds_print_dialog_get_ready (data);
}

static gboolean
pointer_cleared (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static gboolean
print_enabled (SpineCdsPrintDialog *dialog)
{
  /* What enables print.print: a printer to send to. */
  return gtk_widget_get_sensitive (GTK_WIDGET (spinecds_print_dialog_get_printer_row (dialog)))
         && spinecds_print_dialog_get_printer_name (dialog) != NULL;
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
      GStatBuf st;
      gsize length = 0;

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
  int status = 0;
  g_autofree char *command = g_strdup_printf ("lpstat -p %s", name);

  return g_spawn_command_line_sync (command, &out, NULL, &status, NULL)
         && g_spawn_check_wait_status (status, NULL);
}

static gboolean
has_print_folder (void)
{
  g_autoptr(GDir) dir = g_dir_open (g_get_user_runtime_dir (), 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "spinecds-print-"))
      return TRUE;
  return FALSE;
}

static guint
language_index (SpineCdsPrintDialog *dialog,
                const char          *name)
{
  GListModel *names = adw_combo_row_get_model (spinecds_print_dialog_get_language_row (dialog));

  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (names), i), name) == 0)
      return i;
  g_assert_not_reached ();
}

static guint
printer_index (SpineCdsPrintDialog *dialog,
               const char          *queue)
{
  AdwComboRow *row = spinecds_print_dialog_get_printer_row (dialog);
  GListModel *labels = adw_combo_row_get_model (row);

  for (guint i = 0; labels != NULL && i < g_list_model_get_n_items (labels); i++)
    {
      adw_combo_row_set_selected (row, i);
      if (g_strcmp0 (spinecds_print_dialog_get_printer_name (dialog), queue) == 0)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static void
test_print_handout (void)
{
  g_autofree char *out_dir = cups_pdf_output_dir ();
  SpineCdsWindow *window;
  SpineCdsPrintDialog *dialog;
  AdwComboRow *language_row;
  Arrival arrival = { 0 };

  if (!queue_exists (QUEUE))
    {
      g_test_skip ("no print queue " QUEUE " (build-aux/setup-cups)");
      return;
    }

  window = new_window_with_example ("seed-mild-reversal");
  dialog = open_print_dialog (window);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  language_row = spinecds_print_dialog_get_language_row (dialog);

  /* The summary is in the interface's language: no language to pick. */
  g_assert_cmpuint (adw_combo_row_get_selected (spinecds_print_dialog_get_document_row (dialog)), ==, 0);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (language_row)));
  adw_combo_row_set_selected (spinecds_print_dialog_get_document_row (dialog), 1);
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (language_row)));
  adw_combo_row_set_selected (language_row, language_index (dialog, "Deutsch"));

  iterate_until (dialog_ready, dialog, 20000);
  g_assert_true (spinecds_print_dialog_get_ready (dialog));
  g_assert_cmpuint (printer_index (dialog, QUEUE), !=, GTK_INVALID_LIST_POSITION);
  g_assert_true (print_enabled (dialog));

  arrival.dir = out_dir;
  arrival.title = "Patienteninformation";
  arrival.since = g_get_real_time () / G_USEC_PER_SEC - 1;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "print.print", NULL));

  /* Handed over: the dialog closes by itself. */
  iterate_until (pointer_cleared, &dialog, 30000);
  g_assert_null (dialog);

  /* The private copy of the document is gone once CUPS has it. */
  g_assert_false (has_print_folder ());

  iterate_until (pdf_arrived, &arrival, 60000);
  g_assert_nonnull (arrival.found);
  g_test_message ("printed: %s", arrival.found);
  g_unlink (arrival.found);
  g_free (arrival.found);
  destroy_window (window);
}

static void
test_no_printer (void)
{
  SpineCdsWindow *window;
  SpineCdsPrintDialog *dialog;
  const char *subtitle;

  window = new_window_with_example ("seed-mild-reversal");
  dialog = open_print_dialog (window);
  iterate_until (dialog_ready, dialog, 20000);
  g_assert_true (spinecds_print_dialog_get_ready (dialog));

  g_assert_null (spinecds_print_dialog_get_printer_name (dialog));
  g_assert_false (print_enabled (dialog));
  subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (spinecds_print_dialog_get_printer_row (dialog)));
  g_assert_nonnull (strstr (subtitle, "No printer"));
  /* Pressing Print anyway does nothing and keeps the dialog. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "print.print", NULL);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  gtk_window_destroy (GTK_WINDOW (dialog));
  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = g_dir_make_tmp ("spinecds-test-XXXXXX", NULL);
  int ret;

  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("LANGUAGE", "C", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  spinecds_application_bind_textdomain ();

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  /* libcups reads CUPS_SERVER once per thread: the no-printer case runs
   * in its own process (see meson.build), the other one against the
   * system's CUPS. */
  if (g_getenv ("CUPS_SERVER") != NULL)
    g_test_add_func ("/spinecds/print-dialog/no-printer", test_no_printer);
  else
    g_test_add_func ("/spinecds/print-dialog/print-handout", test_print_handout);

  ret = g_test_run ();
  g_clear_object (&app);
  return ret;
}
