/* test-responsive.c: opening, saving and exporting never freeze the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A slow disk without FUSE: this program defines its own read() and
 * fsync(), which the process uses instead of the C library's. While
 * `hold` is set they wait before touching any file in the test's
 * "slow" folder (or the folder a test names instead), as a stalled
 * network share would. Each test holds the
 * disk, starts an open, a save or an export, and checks that the
 * window's frame clock keeps ticking (and, for a save, that an edit is
 * evaluated) while the operation waits; then lets the disk go and
 * checks the result. Work done on the main thread would stop the
 * clock until the hold gives up (after HOLD_LIMIT_US), and fail.
 * No timing is asserted: only the order of events.
 */
#define _GNU_SOURCE
#define G_LOG_DOMAIN "test-responsive"

#include "config.h"

#include <dlfcn.h>
#include <locale.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "spinecds-application.h"
#include "spinecds-case-file.h"
#include "spinecds-drafts.h"
#include "spinecds-print-operation.h"
#include "spinecds-window-private.h"
#include "window-wait.h"
#include "test-scratch.h"

/* Long enough for a slow machine (sanitizers, valgrind) to draw the
 * frames; only work wrongly done on the main thread waits it out. */
#define HOLD_LIMIT_US (60 * G_USEC_PER_SEC)
#define TICKS_WHILE_HELD 5

static SpineCdsApplication *app;
static char                *slow_dir;
static const char          *held_dir; /* slow_dir unless a test holds another */
static gint                 hold;

/* The slow disk ----------------------------------------------------------- */

static gboolean
is_slow (int fd)
{
  char    link[64];
  char    target[4096];
  ssize_t n;

  if (!g_atomic_int_get (&hold) || held_dir == NULL)
    return FALSE;
  g_snprintf (link, sizeof link, "/proc/self/fd/%d", fd);
  n = readlink (link, target, sizeof target - 1);
  if (n <= 0)
    return FALSE;
  target[n] = '\0';
  return g_str_has_prefix (target, held_dir);
}

static void
wait_while_held (int fd)
{
  gint64 start = g_get_monotonic_time ();

  while (is_slow (fd) && g_get_monotonic_time () - start < HOLD_LIMIT_US)
    g_usleep (2000);
}

ssize_t
read (int    fd,
      void  *buffer,
      size_t count)
{
  static gsize resolved;
  static ssize_t (*real_read) (int, void *, size_t);

  if (g_once_init_enter (&resolved))
    {
      real_read = (ssize_t (*) (int, void *, size_t)) dlsym (RTLD_NEXT, "read");
      g_once_init_leave (&resolved, 1);
    }
  wait_while_held (fd);
  return real_read (fd, buffer, count);
}

int
fsync (int fd)
{
  static gsize resolved;
  static int (*real_fsync) (int);

  if (g_once_init_enter (&resolved))
    {
      real_fsync = (int (*) (int)) dlsym (RTLD_NEXT, "fsync");
      g_once_init_leave (&resolved, 1);
    }
  wait_while_held (fd);
  return real_fsync (fd);
}

/* The window --------------------------------------------------------------- */

static gboolean
count_tick (GtkWidget     *widget,
            GdkFrameClock *clock,
            gpointer       user_data)
{
  (*(guint *) user_data)++;
  return G_SOURCE_CONTINUE;
}

/* Runs the main loop until @window has drawn @n frames (or the hold
 * limit passes); returns how many it drew. */
static guint
wait_for_frames (SpineCdsWindow *window,
                 guint           n)
{
  guint  ticks = 0;
  guint  id = gtk_widget_add_tick_callback (GTK_WIDGET (window), count_tick, &ticks, NULL);
  gint64 start = g_get_monotonic_time ();

  while (ticks < n && g_get_monotonic_time () - start < HOLD_LIMIT_US)
    g_main_context_iteration (NULL, TRUE);
  gtk_widget_remove_tick_callback (GTK_WIDGET (window), id);
  return ticks;
}

static SpineCdsWindow *
new_window (void)
{
  SpineCdsWindow *window;

  if (app == NULL)
    {
      app = spinecds_application_new ();
      g_application_set_flags (G_APPLICATION (app),
                               g_application_get_flags (G_APPLICATION (app)) | G_APPLICATION_NON_UNIQUE);
      g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
    }
  window = spinecds_application_new_window (app);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frames (window, 1);
  return window;
}

/* With the disk held, the window draws TICKS_WHILE_HELD frames while
 * *@done (set when the operation reports back) stays NULL: the
 * operation waits, the window does not. */
static void
assert_ticks_while_held (SpineCdsWindow *window,
                         gpointer       *done)
{
  guint ticks;

  g_atomic_int_set (&hold, TRUE);
  ticks = wait_for_frames (window, TICKS_WHILE_HELD);
  g_assert_null (*done);
  g_assert_cmpuint (ticks, >=, TICKS_WHILE_HELD);
}

static void
release_and_wait (gpointer *done)
{
  g_atomic_int_set (&hold, FALSE);
  while (*done == NULL)
    g_main_context_iteration (NULL, TRUE);
}

/* Runs the main loop for @ms milliseconds (the disk stays as it is). */
static void
iterate_while_held (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static char *
slow_copy_of_example (const char *name)
{
  g_autofree char *source = g_strconcat (g_getenv ("SPINECDS_EXAMPLES_DIR"), "/", name, ".spinecase", NULL);
  g_autofree char *contents = NULL;
  gsize            length;
  char            *path = g_build_filename (slow_dir, "case.spinecase", NULL);

  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  return path;
}

/* Tests -------------------------------------------------------------------- */

static void
test_open (void)
{
  SpineCdsWindow  *window = new_window ();
  g_autofree char *path = slow_copy_of_example ("cauda-equina");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  g_atomic_int_set (&hold, TRUE);
  spinecds_window_load_file_async (window, file, window_wait_keep_result, &result);
  /* The form waits, and says so by being insensitive. */
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (window->form)));
  assert_ticks_while_held (window, (gpointer *) &result);
  release_and_wait ((gpointer *) &result);
  g_assert_true (spinecds_window_load_file_finish (window, result, &error));
  g_assert_no_error (error);
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (window->form)));
  g_assert_cmpint (spinecds_assessment_get_triage (spinecds_window_get_assessment (window)), ==,
                   SPINECDS_TRIAGE_EMERGENCY);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_save (void)
{
  SpineCdsWindow  *window = new_window ();
  g_autofree char *path = g_build_filename (slow_dir, "saved.spinecase", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  SpineCdsCase *kase = spinecds_window_get_case (window);

  spinecds_case_set_age_years (kase, 52);
  spinecds_case_set_region (kase, SPINECDS_REGION_LUMBAR);
  g_atomic_int_set (&hold, TRUE);
  spinecds_window_save_to_file_async (window, file, window_wait_keep_result, &result);
  assert_ticks_while_held (window, (gpointer *) &result);

  /* An edit while the save waits is evaluated at once, and stays unsaved. */
  spinecds_case_set_code (kase, SPINECDS_CODE_KIND_SIGN, "saddle_anesthesia", TRUE);
  g_assert_cmpint (spinecds_assessment_get_triage (spinecds_window_get_assessment (window)), ==,
                   SPINECDS_TRIAGE_EMERGENCY);
  g_assert_null (result);

  release_and_wait ((gpointer *) &result);
  g_assert_true (spinecds_window_save_to_file_finish (window, result, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_true (spinecds_window_get_modified (window));
  {
    g_autoptr(SpineCdsCase) written = spinecds_case_file_load (file, &error);

    g_assert_no_error (error);
    g_assert_false (spinecds_case_has_code (written, SPINECDS_CODE_KIND_SIGN, "saddle_anesthesia"));
    g_assert_cmpint (spinecds_case_get_age_years (written), ==, 52);
  }
  spinecds_drafts_remove (spinecds_window_get_draft_id (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Two saves asked for while the disk is held run one after the other:
 * the file ends with the later state, and the window calls it saved. */
static void
test_saves_in_order (void)
{
  SpineCdsWindow  *window = new_window ();
  g_autofree char *path = g_build_filename (slow_dir, "ordered.spinecase", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) first = NULL;
  g_autoptr(GAsyncResult) second = NULL;
  g_autoptr(SpineCdsCase) written = NULL;
  g_autoptr(GError) error = NULL;
  SpineCdsCase *kase = spinecds_window_get_case (window);

  spinecds_case_set_age_years (kase, 40);
  spinecds_case_set_region (kase, SPINECDS_REGION_LUMBAR);
  g_atomic_int_set (&hold, TRUE);
  spinecds_window_save_to_file_async (window, file, window_wait_keep_result, &first);
  spinecds_case_set_age_years (kase, 41);
  spinecds_window_save_to_file_async (window, file, window_wait_keep_result, &second);
  release_and_wait ((gpointer *) &second);
  g_assert_nonnull (first);
  g_assert_true (spinecds_window_save_to_file_finish (window, first, NULL));
  g_assert_true (spinecds_window_save_to_file_finish (window, second, NULL));

  written = spinecds_case_file_load (file, &error);
  g_assert_no_error (error);
  g_assert_cmpint (spinecds_case_get_age_years (written), ==, 41);
  g_assert_false (spinecds_window_get_modified (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
on_destroyed (GtkWidget *widget,
              gpointer   user_data)
{
  *(gboolean *) user_data = TRUE;
}

/* Closing while a save runs waits for it: the window closes when the
 * file is whole, and nothing is lost. */
static void
test_close_while_saving (void)
{
  SpineCdsWindow  *window = new_window ();
  g_autofree char *path = g_build_filename (slow_dir, "closing.spinecase", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SpineCdsCase) written = NULL;
  g_autoptr(GError) error = NULL;
  gboolean destroyed = FALSE;

  spinecds_case_set_age_years (spinecds_window_get_case (window), 63);
  g_signal_connect (window, "destroy", G_CALLBACK (on_destroyed), &destroyed);
  g_atomic_int_set (&hold, TRUE);
  spinecds_window_save_to_file_async (window, file, NULL, NULL);
  gtk_window_close (GTK_WINDOW (window));
  iterate_while_held (50);
  g_assert_false (destroyed);

  g_atomic_int_set (&hold, FALSE);
  while (!destroyed)
    g_main_context_iteration (NULL, TRUE);
  written = spinecds_case_file_load (file, &error);
  g_assert_no_error (error);
  g_assert_cmpint (spinecds_case_get_age_years (written), ==, 63);
}

static void
on_exported (GFile   *file,
             gpointer user_data)
{
  *(GFile **) user_data = g_object_ref (file);
}

static void
test_export (void)
{
  SpineCdsWindow  *window = new_window ();
  g_autofree char *path = g_build_filename (slow_dir, "summary.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  SpineCdsCase         *kase = spinecds_window_get_case (window);
  SpineCdsPrintRequest *request;
  g_autoptr(GFile) exported = NULL;
  GStatBuf st;

  spinecds_case_set_age_years (kase, 47);
  spinecds_case_set_region (kase, SPINECDS_REGION_CERVICAL);
  request = spinecds_print_request_new (GTK_WINDOW (window), NULL, kase, spinecds_window_get_assessment (window));
  spinecds_print_request_set_kind (request, SPINECDS_DOCUMENT_SUMMARY);
  g_atomic_int_set (&hold, TRUE);
  spinecds_print_request_export (request, file, on_exported, &exported);
  assert_ticks_while_held (window, (gpointer *) &exported);

  release_and_wait ((gpointer *) &exported);
  g_assert_true (g_file_equal (exported, file));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (st.st_size, >, 1000);
  spinecds_drafts_remove (spinecds_window_get_draft_id (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* After an open the list of recent cases is rewritten (and synced):
 * with its folder held, the window draws on and the menu follows once
 * the list is written. */
static void
test_recent_list (void)
{
  SpineCdsWindow  *window = new_window ();
  g_autofree char *copy = slow_copy_of_example ("seed-mild-reversal");
  g_autofree char *path = g_build_filename (slow_dir, "recent.spinecase", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *list_dir = g_build_filename (g_get_user_data_dir (), "spinecds", NULL);
  GMenuModel      *menu = spinecds_application_get_recent_menu (app);
  g_autoptr(GAsyncResult) result = NULL;
  guint ticks;

  g_assert_cmpint (g_rename (copy, path), ==, 0);
  held_dir = list_dir;
  g_atomic_int_set (&hold, TRUE);
  spinecds_window_load_file_async (window, file, window_wait_keep_result, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (spinecds_window_load_file_finish (window, result, NULL));

  ticks = wait_for_frames (window, TICKS_WHILE_HELD);
  g_assert_cmpuint (ticks, >=, TICKS_WHILE_HELD);
  g_assert_cmpint (window_wait_menu_position (menu, "recent.spinecase"), <, 0);

  g_atomic_int_set (&hold, FALSE);
  while (window_wait_menu_position (menu, "recent.spinecase") < 0)
    g_main_context_iteration (NULL, TRUE);
  held_dir = slow_dir;
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A draft restored over its file: the file is read in the background,
 * and the window calls the case unmodified once it finds the draft
 * holds what the file does. */
static void
test_restore_draft (void)
{
  SpineCdsWindow  *window = new_window ();
  g_autofree char *path = slow_copy_of_example ("cauda-equina");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SpineCdsCase) draft = spinecds_case_file_load (file, NULL);
  g_autofree char *id = spinecds_drafts_new_id ();
  guint            ticks;

  g_assert_nonnull (draft);
  g_assert_true (spinecds_drafts_save (id, draft, file, NULL));
  g_atomic_int_set (&hold, TRUE);
  spinecds_window_restore_draft (window, draft, file, id);
  ticks = wait_for_frames (window, TICKS_WHILE_HELD);
  g_assert_cmpuint (ticks, >=, TICKS_WHILE_HELD);
  g_assert_true (spinecds_window_get_modified (window));

  g_atomic_int_set (&hold, FALSE);
  while (spinecds_window_get_modified (window))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (spinecds_assessment_get_triage (spinecds_window_get_assessment (window)), ==,
                   SPINECDS_TRIAGE_EMERGENCY);
  spinecds_drafts_remove (id);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A drafts folder that cannot be read is told, naming it; the next
 * window asks again (test_offer_drafts, run after this one, finds the
 * drafts once the folder is back). */
static void
test_offer_drafts_unreadable (void)
{
  SpineCdsWindow   *window = new_window ();
  g_autofree char  *drafts_dir = spinecds_drafts_get_dir ();
  g_autofree char  *parent = g_path_get_dirname (drafts_dir);
  AdwMessageDialog *dialog;

  spinecds_drafts_remove (spinecds_window_get_draft_id (window));
  test_scratch_dir_remove (drafts_dir);
  g_assert_cmpint (g_mkdir_with_parents (parent, 0700), ==, 0);
  g_assert_true (g_file_set_contents (drafts_dir, "not a folder", -1, NULL));
  g_application_activate (G_APPLICATION (app));
  while ((dialog = window_wait_message_dialog ()) == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Unsaved Cases Could Not Be Checked");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), drafts_dir));
  adw_message_dialog_response (dialog, "close");
  g_assert_cmpint (g_remove (drafts_dir), ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* At start the drafts of a previous run are read in the background:
 * with their folder held the window draws on, and the offer to restore
 * them comes once they are read. */
static void
test_offer_drafts (void)
{
  SpineCdsWindow *window = new_window ();
  g_autoptr(SpineCdsCase) draft = spinecds_case_new ();
  g_autofree char  *id = spinecds_drafts_new_id ();
  g_autofree char  *drafts_dir = spinecds_drafts_get_dir ();
  AdwMessageDialog *dialog;
  guint             ticks;

  spinecds_case_set_age_years (draft, 58);
  spinecds_case_set_text (draft, SPINECDS_CASE_TEXT_PATIENT_NAME, "Earlier Patient");
  g_assert_true (spinecds_drafts_save (id, draft, NULL, NULL));
  /* The open window's own draft is not one of a previous run. */
  spinecds_case_set_text (draft, SPINECDS_CASE_TEXT_PATIENT_NAME, "Open Window");
  g_assert_true (spinecds_drafts_save (spinecds_window_get_draft_id (window), draft, NULL, NULL));
  held_dir = drafts_dir;
  g_atomic_int_set (&hold, TRUE);
  g_application_activate (G_APPLICATION (app));
  ticks = wait_for_frames (window, TICKS_WHILE_HELD);
  g_assert_cmpuint (ticks, >=, TICKS_WHILE_HELD);
  g_assert_null (window_wait_message_dialog ());

  g_atomic_int_set (&hold, FALSE);
  while ((dialog = window_wait_message_dialog ()) == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Earlier Patient"));
  g_assert_null (strstr (adw_message_dialog_get_body (dialog), "Open Window"));
  adw_message_dialog_response (dialog, "discard");
  spinecds_drafts_remove (spinecds_window_get_draft_id (window));
  held_dir = slow_dir;
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_dir = NULL;
  int              status;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  slow_dir = test_scratch_dir_new ("spinecds-slow-XXXXXX");
  g_assert_nonnull (slow_dir);
  held_dir = slow_dir;
  /* Drafts and the recent list of this run, not the user's: set before
   * GLib reads (and keeps) the user's data folder. */
  data_dir = g_build_filename (slow_dir, "data", NULL);
  g_setenv ("XDG_DATA_HOME", data_dir, TRUE);

  gtk_init ();
  adw_init ();
  spinecds_application_bind_textdomain ();

  g_test_add_func ("/spinecds/gui/responsive/open", test_open);
  g_test_add_func ("/spinecds/gui/responsive/save", test_save);
  g_test_add_func ("/spinecds/gui/responsive/export", test_export);
  g_test_add_func ("/spinecds/gui/responsive/saves-in-order", test_saves_in_order);
  g_test_add_func ("/spinecds/gui/responsive/close-while-saving", test_close_while_saving);
  g_test_add_func ("/spinecds/gui/responsive/recent-list", test_recent_list);
  g_test_add_func ("/spinecds/gui/responsive/restore-draft", test_restore_draft);
  g_test_add_func ("/spinecds/gui/responsive/offer-drafts-unreadable", test_offer_drafts_unreadable);
  g_test_add_func ("/spinecds/gui/responsive/offer-drafts", test_offer_drafts);
  status = g_test_run ();

  g_clear_object (&app);
  g_clear_pointer (&slow_dir, g_free);
  return status;
}
