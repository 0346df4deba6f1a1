/* spinecds-recent-cases.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "spinecds-recent-cases.h"
#include "spinecds-safe-file.h"

static char *
list_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "spinecds", "recent-cases", NULL);
}

GStrv
spinecds_recent_cases_list (void)
{
  g_autofree char *path = list_path ();
  g_autofree char *text = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) lines = NULL;
  guint n = 0;

  if (g_file_get_contents (path, &text, NULL, NULL))
    lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines != NULL && lines[i] != NULL && n < SPINECDS_RECENT_CASES_MAX; i++)
    if (g_str_has_prefix (lines[i], "file://") && g_utf8_validate (lines[i], -1, NULL))
      {
        g_strv_builder_add (builder, lines[i]);
        n++;
      }
  return g_strv_builder_end (builder);
}

static gboolean
write_list (const char * const *uris,
            GError            **error)
{
  g_autofree char *path = list_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GString) text = g_string_new (NULL);

  /* Patient names in file names: the folder is the user's alone. */
  if (g_mkdir_with_parents (dir, 0700) != 0 || g_chmod (dir, 0700) != 0)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, "%s: cannot make the folder private", dir);
      return FALSE;
    }
  for (guint i = 0; uris[i] != NULL && i < SPINECDS_RECENT_CASES_MAX; i++)
    g_string_append_printf (text, "%s\n", uris[i]);
  return spinecds_safe_file_replace (path, text->str, text->len, SPINECDS_SAFE_FILE_NONE, NULL, error);
}

/* The list without @file, and with it in front when @add. */
static gboolean
rewrite (GFile    *file,
         gboolean  add,
         GError  **error)
{
  g_autofree char *uri = g_file_get_uri (file);
  g_auto(GStrv) old = spinecds_recent_cases_list ();
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) uris = NULL;

  if (add)
    g_strv_builder_add (builder, uri);
  for (guint i = 0; old[i] != NULL; i++)
    if (!g_str_equal (old[i], uri))
      g_strv_builder_add (builder, old[i]);
  uris = g_strv_builder_end (builder);
  return write_list ((const char * const *) uris, error);
}

gboolean
spinecds_recent_cases_add (GFile   *file,
                           GError **error)
{
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  return rewrite (file, TRUE, error);
}

gboolean
spinecds_recent_cases_remove (GFile   *file,
                              GError **error)
{
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  return rewrite (file, FALSE, error);
}
