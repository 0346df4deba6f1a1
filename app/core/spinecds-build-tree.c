/* spinecds-build-tree.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "spinecds-build-tree.h"

/* Up to three levels above the executable (app/cli/spinecds-cli,
 * tests/gui/test-window): a meson build tree has build.ninja at its
 * root. */
static char *
find_root (void)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *dir = NULL;

  if (exe == NULL)
    return NULL;
  dir = g_path_get_dirname (exe);
  for (guint up = 0; up < 4; up++)
    {
      g_autofree char *ninja = g_build_filename (dir, "build.ninja", NULL);
      g_autofree char *parent = NULL;

      if (g_file_test (ninja, G_FILE_TEST_IS_REGULAR))
        return g_steal_pointer (&dir);
      parent = g_path_get_dirname (dir);
      if (g_str_equal (parent, dir))
        break;
      g_free (dir);
      dir = g_steal_pointer (&parent);
    }
  return NULL;
}

const char *
spinecds_build_tree_get_root (void)
{
  static char *root;
  static gsize done;

  if (g_once_init_enter (&done))
    {
      root = find_root ();
      g_once_init_leave (&done, 1);
    }
  return root;
}
