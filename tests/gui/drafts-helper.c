/* drafts-helper.c: one side of the crash-recovery test (test-drafts-cycle.py)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   drafts-helper change   opens a window, changes the case like a user
 *                          would (through the form), prints "changed" and
 *                          waits to be killed with SIGKILL.
 *   drafts-helper restore  starts the application as after a crash,
 *                          accepts "Restore unsaved case?", checks the
 *                          change is back, closes cleanly (which removes
 *                          the draft) and prints "restored".
 */
#define G_LOG_DOMAIN "drafts-helper"

#include "config.h"

#include <locale.h>

#include "spinecds-application.h"
#include "spinecds-codes-group.h"
#include "spinecds-number-row.h"
#include "spinecds-window-private.h"
#include "window-wait.h"

static const char *mode;
static int         status = 1;

static gboolean
change_case (gpointer user_data)
{
  SpineCdsWindow     *window = user_data;
  GtkWidget          *age = spinecds_case_form_get_control (window->form, "age-years");
  SpineCdsCodesGroup *signs = spinecds_case_form_get_codes_group (window->form, SPINECDS_CODE_KIND_SIGN);

  spinecds_number_row_set_value (SPINECDS_NUMBER_ROW (age), 77);
  gtk_editable_set_text (GTK_EDITABLE (spinecds_case_form_get_control (window->form, "patient-name")),
                         "Drafty Example");
  gtk_switch_set_active (spinecds_codes_group_get_switch (signs, "saddle_anesthesia"), TRUE);
  g_print ("changed\n");
  return G_SOURCE_REMOVE;
}

static gboolean
accept_restore (gpointer user_data)
{
  GApplication     *app = user_data;
  GListModel       *toplevels = gtk_window_get_toplevels ();
  SpineCdsWindow   *window = NULL;
  AdwMessageDialog *dialog = NULL;
  SpineCdsCase     *kase;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);
      if (ADW_IS_MESSAGE_DIALOG (w))
        dialog = ADW_MESSAGE_DIALOG (w);
    }
  if (dialog == NULL)
    {
      g_printerr ("no restore dialog\n");
      g_application_quit (app);
      return G_SOURCE_REMOVE;
    }
  g_print ("dialog: %s\n%s\n", adw_message_dialog_get_heading (dialog), adw_message_dialog_get_body (dialog));
  adw_message_dialog_response (dialog, "restore");

  window = SPINECDS_WINDOW (gtk_application_get_windows (GTK_APPLICATION (app))->data);
  kase = spinecds_window_get_case (window);
  if (spinecds_case_get_age_years (kase) == 77
      && spinecds_case_has_code (kase, SPINECDS_CODE_KIND_SIGN, "saddle_anesthesia")
      && spinecds_window_get_modified (window)
      && g_strcmp0 (spinecds_assessment_view_get_triage_text (window->assessment_view), "Emergency") == 0)
    {
      g_print ("restored\n");
      status = 0;
      /* Save it somewhere, as the physician would; then close cleanly. */
      if (g_getenv ("DRAFTS_HELPER_SAVE_TO") != NULL)
        {
          g_autoptr(GFile) file = g_file_new_for_path (g_getenv ("DRAFTS_HELPER_SAVE_TO"));
          if (!window_wait_save (window, file, NULL))
            status = 1;
        }
    }
  else
    {
      g_printerr ("the change is not back\n");
    }
  gtk_window_close (GTK_WINDOW (window));
  return G_SOURCE_REMOVE;
}

static void
on_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (g_str_equal (mode, "change"))
    g_timeout_add (300, change_case, window);
  else
    g_timeout_add (500, accept_restore, app);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SpineCdsApplication) app = NULL;

  setlocale (LC_ALL, "C.UTF-8");
  if (argc != 2 || (!g_str_equal (argv[1], "change") && !g_str_equal (argv[1], "restore")))
    {
      g_printerr ("Usage: drafts-helper change|restore\n");
      return 2;
    }
  mode = argv[1];

  app = spinecds_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate), NULL);
  g_application_run (G_APPLICATION (app), 1, argv);

  return g_str_equal (mode, "change") ? 1 : status;
}
