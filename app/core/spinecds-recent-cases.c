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

/* The cases' URIs, newest first; a missing or unreadable list is empty. */
static GStrv
read_list (void)
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
rewrite (GFile   *file,
         gboolean add,
         GError **error)
{
  g_autofree char *uri = g_file_get_uri (file);
  g_auto(GStrv) old = read_list ();
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

/* Two windows saving at once would each read the list and write it
 * back, one losing the other's entry: read-change-write is one step. */
static GMutex  list_lock;
static guint64 list_generation;

typedef struct
{
  GFile               *file;
  SpineCdsRecentChange change;
} Request;

static void
request_free (gpointer data)
{
  Request *request = data;

  g_clear_object (&request->file);
  g_free (request);
}

typedef struct
{
  GStrv   uris;
  guint64 generation;
} Update;

static void
update_free (gpointer data)
{
  Update *update = data;

  g_strfreev (update->uris);
  g_free (update);
}

static void
update_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  Request *request = task_data;
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&list_lock);
  g_autoptr(GError) error = NULL;
  Update *update;

  if (request->change != SPINECDS_RECENT_CASES_READ
      && !rewrite (request->file, request->change == SPINECDS_RECENT_CASES_ADD, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  update = g_new0 (Update, 1);
  update->uris = read_list ();
  update->generation = ++list_generation;
  g_task_return_pointer (task, update, update_free);
}

void
spinecds_recent_cases_update_async (GFile               *file,
                                    SpineCdsRecentChange change,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Request *request;

  g_return_if_fail (change == SPINECDS_RECENT_CASES_READ ? file == NULL : G_IS_FILE (file));

  request = g_new0 (Request, 1);
  request->file = file != NULL ? g_object_ref (file) : NULL;
  request->change = change;
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, spinecds_recent_cases_update_async);
  g_task_set_task_data (task, request, request_free);
  g_task_run_in_thread (task, update_in_thread);
}

GStrv
spinecds_recent_cases_update_finish (GAsyncResult *result,
                                     guint64      *generation,
                                     GError      **error)
{
  Update *update;
  GStrv   uris;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == spinecds_recent_cases_update_async, NULL);

  update = g_task_propagate_pointer (G_TASK (result), error);
  if (update == NULL)
    return NULL;
  uris = g_steal_pointer (&update->uris);
  if (generation != NULL)
    *generation = update->generation;
  update_free (update);
  return uris;
}
