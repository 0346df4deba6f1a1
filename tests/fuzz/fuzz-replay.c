/* fuzz-replay.c: runs a harness over files, without libFuzzer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: replay-HARNESS FILE|DIRECTORY...
 *
 * Feeds every file (directories: every regular file in them, sorted,
 * not recursive, README* skipped) to LLVMFuzzerTestOneInput once. A
 * crash, a sanitizer report or a broken invariant fails the test; the
 * same binary built with gcc, ASan or under valgrind turns the seed
 * corpora and every crash ever found into regression tests.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz-common.h"

static guint n_inputs;

static void
run_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize            length;

  if (!g_file_get_contents (path, &data, &length, &error))
    {
      g_printerr ("replay: %s\n", error->message);
      exit (1);
    }

  /* A copy of exactly @length bytes (malloc (0) too), so that ASan
   * sees a read past the end: g_file_get_contents adds a NUL that
   * libFuzzer would not. */
  {
    guint8 *exact = malloc (length);

    if (exact == NULL && length > 0)
      abort ();
    if (length > 0)
      memcpy (exact, data, length);
    LLVMFuzzerTestOneInput (exact, length);
    free (exact);
  }
  n_inputs++;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

static void
run_directory (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (path, 0, &error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL)
    {
      g_printerr ("replay: %s\n", error->message);
      exit (1);
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    if (!g_str_has_prefix (name, "README") && name[0] != '.')
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *file = g_build_filename (path, g_ptr_array_index (names, i), NULL);

      if (g_file_test (file, G_FILE_TEST_IS_REGULAR))
        run_file (file);
    }
}

int
main (int   argc,
      char *argv[])
{
  LLVMFuzzerInitialize (&argc, &argv);

  if (argc < 2)
    {
      g_printerr ("Usage: %s FILE|DIRECTORY...\n", argv[0]);
      return 2;
    }

  for (int i = 1; i < argc; i++)
    {
      if (g_file_test (argv[i], G_FILE_TEST_IS_DIR))
        run_directory (argv[i]);
      else
        run_file (argv[i]);
    }

  g_print ("%s: %u inputs replayed, no crash\n", argv[0], n_inputs);
  return n_inputs > 0 ? 0 : 1;
}
