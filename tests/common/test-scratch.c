/* test-scratch.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <glib/gstdio.h>

#include "test-scratch.h"

static GPtrArray *scratch_dirs;

/* A test may have made a folder read-only to provoke a failure. */
static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_chmod (path, 0700);
  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
remove_scratch_dirs (void)
{
  for (guint i = 0; i < scratch_dirs->len; i++)
    remove_tree (g_ptr_array_index (scratch_dirs, i));
  g_clear_pointer (&scratch_dirs, g_ptr_array_unref);
}

char *
test_scratch_dir_new (const char *tmpl)
{
  g_autoptr(GError) error = NULL;
  char *path = g_dir_make_tmp (tmpl, &error);

  g_assert_no_error (error);
  if (scratch_dirs == NULL)
    {
      scratch_dirs = g_ptr_array_new_with_free_func (g_free);
      atexit (remove_scratch_dirs);
    }
  g_ptr_array_add (scratch_dirs, g_strdup (path));
  return path;
}

void
test_scratch_dir_remove (const char *path)
{
  guint index;

  remove_tree (path);
  if (scratch_dirs != NULL && g_ptr_array_find_with_equal_func (scratch_dirs, path, g_str_equal, &index))
    g_ptr_array_remove_index (scratch_dirs, index);
}
