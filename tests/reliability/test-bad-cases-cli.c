/* test-bad-cases-cli.c: every malformed case file through spinecds-cli
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: test-bad-cases-cli --tap CLI BAD_CASES_DIR
 *
 * For each file of tests/data/bad-cases/ (and a few made at test time:
 * a 50 MB file, an endless stream, a folder), `validate` and
 * `evaluate --format json` must
 *  - exit with status 2, not crash (no signal) and print nothing on
 *    stdout;
 *  - say on stderr which file, and which field the corpus README names
 *    ("FILE: FIELD.PATH: …"), in valid UTF-8 and in a few lines.
 * The README and the folder must list the same files.
 */
#include "config.h"

#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "reliability-common.h"
#include "test-scratch.h"

#define MAX_STDERR_BYTES (64 * 1024)

static const char *cli_path;
static const char *bad_dir;
static GHashTable *expected_fields; /* file name → field path, or "" for none */

static void
load_readme (void)
{
  g_autofree char *readme_path = g_build_filename (bad_dir, "README.md", NULL);
  g_autofree char *readme = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRegex) regex = NULL;
  g_autoptr(GMatchInfo) match = NULL;

  g_file_get_contents (readme_path, &readme, NULL, &error);
  g_assert_no_error (error);

  /* "- `age-negative.spinecase`: age -4; names `patient.age_years`"
   * "- `empty.spinecase`: empty file; no field" */
  regex = g_regex_new ("^- `([^`]+\\.spinecase)`:.*(?:names `([^`]+)`|no field)\\s*$",
                       G_REGEX_MULTILINE, 0, &error);
  g_assert_no_error (error);

  expected_fields = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_regex_match (regex, readme, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *field = g_match_info_fetch (match, 2);

      g_hash_table_insert (expected_fields, g_match_info_fetch (match, 1),
                           g_strdup (field != NULL ? field : ""));
      g_match_info_next (match, NULL);
    }

  g_assert_cmpuint (g_hash_table_size (expected_fields), >=, 30);
}

/* The checks every refused input gets. @name is what the message must
 * name; @field the field path, or NULL/"" for none. */
static void
check_refused (const RelRun *run,
               const char   *what,
               const char   *name,
               const char   *field)
{
  if (run->signal != 0)
    g_error ("%s: killed by signal %d\n%s", what, run->signal, run->err);
  if (run->status != 2)
    g_error ("%s: exit status %d, expected 2\nstdout: %s\nstderr: %s", what, run->status, run->out, run->err);

  g_assert_cmpstr (run->out, ==, "");
  g_assert_true (g_utf8_validate (run->err, -1, NULL));
  g_assert_cmpuint (strlen (run->err), <, MAX_STDERR_BYTES);

  if (field != NULL && *field != '\0')
    {
      g_autofree char *needle = g_strdup_printf ("%s: %s:", name, field);

      if (strstr (run->err, needle) == NULL)
        g_error ("%s: stderr does not name \"%s\":\n%s", what, needle, run->err);
    }
  else if (strstr (run->err, name) == NULL)
    g_error ("%s: stderr does not name %s:\n%s", what, name, run->err);
}

static void
check_file_refused (const char *path,
                    const char *name,
                    const char *field)
{
  g_auto(RelRun) validate = { 0 };
  g_auto(RelRun) evaluate = { 0 };
  g_autofree char *what_validate = g_strdup_printf ("validate %s", name);
  g_autofree char *what_evaluate = g_strdup_printf ("evaluate %s", name);

  rel_run (&validate, (const char *[]) { cli_path, "validate", path, NULL }, NULL);
  check_refused (&validate, what_validate, name, field);

  rel_run (&evaluate, (const char *[]) { cli_path, "evaluate", "--format", "json", path, NULL }, NULL);
  check_refused (&evaluate, what_evaluate, name, field);
}

static void
test_corpus (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (bad_dir, 0, &error);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer       key;
  const char    *name;
  guint          n_files = 0;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      const char      *field;

      if (!g_str_has_suffix (name, ".spinecase"))
        continue;

      if (!g_hash_table_lookup_extended (expected_fields, name, NULL, (gpointer *) &field))
        g_error ("%s is not described in %s/README.md", name, bad_dir);
      g_hash_table_add (seen, (gpointer) g_intern_string (name));

      path = g_build_filename (bad_dir, name, NULL);
      check_file_refused (path, name, field);
      n_files++;
    }

  g_hash_table_iter_init (&iter, expected_fields);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (seen, g_intern_string (key)))
      g_error ("README.md lists %s, which is not in %s", (char *) key, bad_dir);

  g_assert_cmpuint (n_files, >=, 30);
  g_test_message ("%u bad case files refused by validate and evaluate, each naming its field", n_files);
}

/* 50 MB: never committed, made here. The reader must refuse it after
 * reading a few megabytes, not load it. */
static void
test_fifty_megabytes (void)
{
  g_autofree char *dir = test_scratch_dir_new ("spinecds-big-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "fifty-megabytes.spinecase", NULL);
  const gsize      size = 50 * 1024 * 1024;
  const char      *head = "{\"format\": \"spinecds-case\", \"version\": 1, \"notes\": \"";
  g_autoptr(GError) error = NULL;
  g_autofree char *data = g_malloc (size);
  gint64           start;

  memset (data, 'x', size);
  memcpy (data, head, strlen (head));
  memcpy (data + size - 2, "\"}", 2);
  g_file_set_contents (path, data, size, &error);
  g_assert_no_error (error);
  g_clear_pointer (&data, g_free);

  start = g_get_monotonic_time ();
  check_file_refused (path, "fifty-megabytes.spinecase", NULL);
  g_test_message ("50 MB file refused twice in %.2f s",
                  (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);
}

/* A file that never ends must not be read to the end. */
static void
test_endless_stream (void)
{
  g_autofree char *dir = test_scratch_dir_new ("spinecds-endless-XXXXXX");
  g_autofree char *zeros = g_build_filename (dir, "zeros.spinecase", NULL);
  g_autofree char *noise = g_build_filename (dir, "noise.spinecase", NULL);

  g_assert_cmpint (symlink ("/dev/zero", zeros), ==, 0);
  g_assert_cmpint (symlink ("/dev/urandom", noise), ==, 0);
  check_file_refused (zeros, "zeros.spinecase", NULL);
  check_file_refused (noise, "noise.spinecase", NULL);
}

static void
test_not_a_file (void)
{
  g_autofree char *dir = test_scratch_dir_new ("spinecds-folder-XXXXXX");
  g_autofree char *folder = g_build_filename (dir, "folder.spinecase", NULL);
  g_autofree char *dangling = g_build_filename (dir, "dangling.spinecase", NULL);

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_cmpint (symlink ("/nonexistent/case.spinecase", dangling), ==, 0);
  check_file_refused (folder, "folder.spinecase", NULL);
  check_file_refused (dangling, "dangling.spinecase", NULL);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  if (argc != 3)
    {
      g_printerr ("Usage: %s [--tap] CLI BAD_CASES_DIR\n", argv[0]);
      return 2;
    }
  cli_path = argv[1];
  bad_dir = argv[2];
  load_readme ();

  g_test_add_func ("/reliability/bad-cases/cli", test_corpus);
  g_test_add_func ("/reliability/bad-cases/fifty-megabytes", test_fifty_megabytes);
  g_test_add_func ("/reliability/bad-cases/endless-stream", test_endless_stream);
  g_test_add_func ("/reliability/bad-cases/not-a-file", test_not_a_file);

  status = g_test_run ();
  g_hash_table_unref (expected_fields);
  return status;
}
