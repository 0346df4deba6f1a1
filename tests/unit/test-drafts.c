/* test-drafts.c: drafts never lose the work, never come back unbidden
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run with isolated user folders (G_TEST_OPTION_ISOLATE_DIRS), so the
 * drafts folder is the test's own.
 */
#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <utime.h>

#include <glib/gstdio.h>

#include "spinecds-case-file.h"
#include "spinecds-drafts-private.h"
#include "test-scratch.h"

static SpineCdsCase *
some_case (void)
{
  SpineCdsCase *kase = spinecds_case_new ();

  spinecds_case_set_notes (kase, "a draft");
  return kase;
}

static char *
draft_file (const char *id,
            const char *suffix)
{
  g_autofree char *dir = spinecds_drafts_get_dir ();
  g_autofree char *name = g_strconcat (id, suffix, NULL);

  return g_build_filename (dir, name, NULL);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/* The names in the drafts folder, sorted, space-joined. */
static char *
listing (void)
{
  g_autofree char *dir_path = spinecds_drafts_get_dir ();
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static void
remove_all (void)
{
  g_auto(GStrv) ids = spinecds_drafts_list (NULL);

  for (guint i = 0; ids[i] != NULL; i++)
    spinecds_drafts_remove (ids[i]);
}

static void
test_round_trip_private (void)
{
  g_autoptr(SpineCdsCase) kase = some_case ();
  g_autoptr(SpineCdsCase) loaded = NULL;
  g_autoptr(GFile) origin = g_file_new_for_path ("/somewhere/case.spinecase");
  g_autoptr(GFile) loaded_origin = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = spinecds_drafts_new_id ();
  g_autofree char *path = draft_file (id, ".spinecase");
  g_autofree char *dir = spinecds_drafts_get_dir ();
  g_auto(GStrv) ids = NULL;
  GStatBuf st;

  g_assert_true (spinecds_drafts_save (id, kase, origin, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (dir, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);

  ids = spinecds_drafts_list (NULL);
  g_assert_cmpuint (g_strv_length (ids), ==, 1);
  loaded = spinecds_drafts_load (id, &loaded_origin, &error);
  g_assert_no_error (error);
  g_assert_true (spinecds_case_equal (kase, loaded));
  g_assert_true (g_file_equal (origin, loaded_origin));
  remove_all ();
}

/* A remove between the slow half of a write (the temp files) and its
 * quick half (the renames): the write drops its data. Before, a save
 * 0.3 s after an autosave began brought the draft back. */
static void
test_remove_during_write (void)
{
  g_autoptr(SpineCdsCase) kase = some_case ();
  g_autoptr(GError) error = NULL;
  g_autofree char *id = spinecds_drafts_new_id ();
  g_autofree char *data = NULL;
  g_autofree char *names = NULL;
  g_auto(GStrv) ids = NULL;
  SpineCdsDraftWrite *write;
  gsize               length;

  data = spinecds_case_file_serialize (kase, &length);
  write = _spinecds_drafts_write_begin (id, _spinecds_drafts_get_generation (id), data, length,
                                        "file:///somewhere/case.spinecase", &error);
  g_assert_no_error (error);
  g_assert_nonnull (write);

  spinecds_drafts_remove (id);
  g_assert_false (_spinecds_drafts_write_finish (write, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  ids = spinecds_drafts_list (NULL);
  g_assert_cmpuint (g_strv_length (ids), ==, 0);
  names = listing ();
  g_assert_cmpstr (names, ==, "");
}

/* What the format refuses is not written: it could not be restored. */
static void
test_invalid_not_written (void)
{
  g_autoptr(SpineCdsCase) kase = some_case ();
  g_autoptr(SpineCdsFinding) finding = spinecds_finding_new ("disc_bulge");
  g_autoptr(GError) error = NULL;
  g_autofree char *id = spinecds_drafts_new_id ();
  g_auto(GStrv) ids = NULL;

  spinecds_finding_set_level (finding, "C5-C6, C6-C7, C7-T1, T1-T2, T2-T3, T3-T4");
  spinecds_case_add_finding (kase, finding);
  g_assert_false (spinecds_drafts_save (id, kase, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  /* Says which draft, never what the case holds. */
  g_assert_null (strstr (error->message, "C5-C6"));
  ids = spinecds_drafts_list (NULL);
  g_assert_cmpuint (g_strv_length (ids), ==, 0);
}

/* A draft that cannot be restored is kept for the user, and no longer
 * offered at every start. */
static void
test_set_aside (void)
{
  g_autoptr(SpineCdsCase) kase = some_case ();
  g_autoptr(GError) error = NULL;
  g_autofree char *id = spinecds_drafts_new_id ();
  g_autofree char *path = draft_file (id, ".spinecase");
  g_autofree char *kept = NULL;
  g_autoptr(SpineCdsCase) loaded = NULL;
  g_auto(GStrv) ids = NULL;

  g_assert_true (spinecds_drafts_save (id, kase, NULL, &error));
  g_assert_true (g_file_set_contents (path, "{ \"format\": \"spinecds-case\", \"version\": 1 }", -1, NULL));
  loaded = spinecds_drafts_load (id, NULL, &error);
  g_assert_null (loaded);
  g_clear_error (&error);

  kept = spinecds_drafts_set_aside (id);
  g_assert_true (g_file_test (kept, G_FILE_TEST_IS_REGULAR));
  ids = spinecds_drafts_list (NULL);
  g_assert_cmpuint (g_strv_length (ids), ==, 0);
  g_unlink (kept);
}

static void
keep_result (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

/* At start the drafts are found in the background: each with its case
 * and the file it belonged to, oldest first; one that cannot be read
 * comes without a case, to be set aside, never as an empty one. */
static void
test_find (void)
{
  g_autoptr(SpineCdsCase) kase = some_case ();
  g_autoptr(GFile) origin = g_file_new_for_path ("/cases/Doe J.spinecase");
  g_autofree char *first = spinecds_drafts_new_id ();
  g_autofree char *second = spinecds_drafts_new_id ();
  g_autofree char *second_path = draft_file (second, ".spinecase");
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GError) error = NULL;
  SpineCdsDraft   *draft;
  struct utimbuf   older = { 1000000000, 1000000000 };
  g_autofree char *first_path = draft_file (first, ".spinecase");

  g_assert_true (spinecds_drafts_save (first, kase, origin, &error));
  g_assert_true (spinecds_drafts_save (second, kase, NULL, &error));
  g_assert_cmpint (utime (first_path, &older), ==, 0);
  g_assert_true (g_file_set_contents (second_path, "not a case", -1, NULL));

  spinecds_drafts_find_async (NULL, keep_result, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  drafts = spinecds_drafts_find_finish (result, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (drafts->len, ==, 2);

  draft = g_ptr_array_index (drafts, 0);
  g_assert_cmpstr (draft->id, ==, first);
  g_assert_nonnull (draft->kase);
  g_assert_cmpstr (spinecds_case_get_notes (draft->kase), ==, "a draft");
  g_assert_nonnull (draft->origin);
  g_assert_true (g_file_equal (draft->origin, origin));

  draft = g_ptr_array_index (drafts, 1);
  g_assert_cmpstr (draft->id, ==, second);
  g_assert_null (draft->kase);
  remove_all ();
}

/* A drafts folder that cannot be read may hold unsaved work: the scan
 * says so, naming the folder, instead of finding no draft. (The tests
 * run as root on CI, where permissions do not stop a read: a file
 * where the folder should be does.) */
static void
test_find_unreadable (void)
{
  g_autofree char *dir = spinecds_drafts_get_dir ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) ids = NULL;

  /* No folder at all: no draft, no error. */
  ids = spinecds_drafts_list (&error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (ids), ==, 0);

  {
    g_autofree char *parent = g_path_get_dirname (dir);

    g_assert_cmpint (g_mkdir_with_parents (parent, 0700), ==, 0);
    g_assert_true (g_file_set_contents (dir, "not a folder", -1, NULL));
  }
  g_clear_pointer (&ids, g_strfreev);
  ids = spinecds_drafts_list (&error);
  g_assert_null (ids);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOTDIR);
  g_assert_true (g_str_has_prefix (error->message, dir));
  g_clear_error (&error);

  spinecds_drafts_find_async (NULL, keep_result, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  drafts = spinecds_drafts_find_finish (result, &error);
  g_assert_null (drafts);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOTDIR);
  g_remove (dir);
}

/* At quit, writes under way end first, and temp files a crash left
 * are removed: no copy of a case stays anywhere but in its draft. */
static void
test_shutdown (void)
{
  g_autoptr(SpineCdsCase) kase = some_case ();
  g_autofree char *id = spinecds_drafts_new_id ();
  g_autofree char *dir = spinecds_drafts_get_dir ();
  g_autofree char *crash = g_build_filename (dir, ".0123.spinecase.Ab12Cd", NULL);
  g_autofree char *expected = g_strconcat (id, ".spinecase", NULL);
  g_autofree char *names = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (crash, "a case", -1, NULL));
  spinecds_drafts_save_async (id, kase, NULL, NULL, NULL, NULL);
  spinecds_drafts_shutdown ();

  names = listing ();
  g_assert_cmpstr (names, ==, expected);
  remove_all ();
}

/* Each test starts from an empty drafts folder in a private data
 * folder. (GLib's G_TEST_OPTION_ISOLATE_DIRS would do it per test, but
 * GLib 2.74 leaks the folder names it sets, which the sanitizers and
 * valgrind then report.) */
static const struct
{
  const char *path;
  void (*run) (void);
} tests[] = {
  { "/spinecds/drafts/round-trip-private", test_round_trip_private },
  { "/spinecds/drafts/remove-during-write", test_remove_during_write },
  { "/spinecds/drafts/invalid-not-written", test_invalid_not_written },
  { "/spinecds/drafts/set-aside", test_set_aside },
  { "/spinecds/drafts/shutdown", test_shutdown },
  { "/spinecds/drafts/find", test_find },
  { "/spinecds/drafts/find-unreadable", test_find_unreadable },
};

static void
empty_folder (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        empty_folder (child);
      g_remove (child);
    }
}

static void
run_in_empty_folder (gconstpointer data)
{
  empty_folder (g_get_user_data_dir ());
  tests[GPOINTER_TO_UINT (data)].run ();
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *data_home = test_scratch_dir_new ("spinecds-test-drafts-XXXXXX");
  int              status;

  g_assert_nonnull (data_home);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (tests); i++)
    g_test_add_data_func (tests[i].path, GUINT_TO_POINTER (i), run_in_empty_folder);

  status = g_test_run ();
  empty_folder (data_home);
  g_rmdir (data_home);
  return status;
}
