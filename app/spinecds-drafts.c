/* spinecds-drafts.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drafts hold patient data: the folder is 0700, the files 0600, every
 * write is atomic (temp file, fsync, rename) and nothing of a case is
 * ever logged, only draft ids.
 */
#define G_LOG_DOMAIN "spinecds-drafts"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>

#include "spinecds-case-file.h"
#include "spinecds-drafts.h"

#define DRAFT_SUFFIX ".spinecase"
#define ORIGIN_SUFFIX ".origin"

char *
spinecds_drafts_get_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "spinecds", "drafts", NULL);
}

char *
spinecds_drafts_new_id (void)
{
  return g_uuid_string_random ();
}

static gboolean
is_valid_id (const char *draft_id)
{
  /* Ids become file names: accept nothing that could leave the folder. */
  if (draft_id == NULL || *draft_id == '\0' || strlen (draft_id) > 64)
    return FALSE;
  for (const char *p = draft_id; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '-')
      return FALSE;
  return TRUE;
}

static char *
draft_path (const char *draft_id,
            const char *suffix)
{
  g_autofree char *dir = spinecds_drafts_get_dir ();
  g_autofree char *name = g_strconcat (draft_id, suffix, NULL);

  return g_build_filename (dir, name, NULL);
}

static gboolean
ensure_dir (GError **error)
{
  g_autofree char *dir = spinecds_drafts_get_dir ();

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "Cannot create the drafts folder: %s", g_strerror (saved_errno));
      return FALSE;
    }
  /* An existing folder may have been created with a laxer umask. */
  if (g_chmod (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "Cannot protect the drafts folder: %s", g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

typedef struct
{
  char  *draft_id;
  char  *data;
  gsize  length;
  char  *origin_uri;
} SaveJob;

static void
save_job_free (SaveJob *job)
{
  g_free (job->draft_id);
  g_free (job->data);
  g_free (job->origin_uri);
  g_free (job);
}

static gboolean
save_job_run (SaveJob  *job,
              GError  **error)
{
  g_autofree char *path = NULL;
  g_autofree char *origin_path = NULL;
  const GFileSetContentsFlags flags =
    G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE;

  if (!ensure_dir (error))
    return FALSE;

  origin_path = draft_path (job->draft_id, ORIGIN_SUFFIX);
  if (job->origin_uri != NULL)
    {
      if (!g_file_set_contents_full (origin_path, job->origin_uri, -1, flags, 0600, error))
        return FALSE;
    }
  else
    {
      g_unlink (origin_path);
    }

  path = draft_path (job->draft_id, DRAFT_SUFFIX);
  if (!g_file_set_contents_full (path, job->data, job->length, flags, 0600, error))
    return FALSE;

  g_debug ("Draft %s written", job->draft_id);
  return TRUE;
}

static SaveJob *
save_job_new (const char   *draft_id,
              SpineCdsCase *kase,
              GFile        *origin)
{
  SaveJob *job = g_new0 (SaveJob, 1);

  job->draft_id = g_strdup (draft_id);
  /* Serialized here, in the caller's thread: the case is not thread-safe. */
  job->data = spinecds_case_file_serialize (kase, &job->length);
  job->origin_uri = origin != NULL ? g_file_get_uri (origin) : NULL;
  return job;
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;

  /* Narrows the window in which a discarded draft could be rewritten. */
  if (g_task_return_error_if_cancelled (task))
    return;

  if (save_job_run (task_data, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
spinecds_drafts_save_async (const char          *draft_id,
                            SpineCdsCase        *kase,
                            GFile               *origin,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (is_valid_id (draft_id));
  g_return_if_fail (SPINECDS_IS_CASE (kase));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, spinecds_drafts_save_async);
  g_task_set_task_data (task, save_job_new (draft_id, kase, origin),
                        (GDestroyNotify) save_job_free);
  g_task_run_in_thread (task, save_thread);
}

gboolean
spinecds_drafts_save_finish (GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

gboolean
spinecds_drafts_save (const char    *draft_id,
                      SpineCdsCase  *kase,
                      GFile         *origin,
                      GError       **error)
{
  SaveJob *job;
  gboolean ret;

  g_return_val_if_fail (is_valid_id (draft_id), FALSE);
  g_return_val_if_fail (SPINECDS_IS_CASE (kase), FALSE);

  job = save_job_new (draft_id, kase, origin);
  ret = save_job_run (job, error);
  save_job_free (job);
  return ret;
}

void
spinecds_drafts_remove (const char *draft_id)
{
  g_autofree char *path = NULL;
  g_autofree char *origin_path = NULL;

  if (!is_valid_id (draft_id))
    return;

  path = draft_path (draft_id, DRAFT_SUFFIX);
  origin_path = draft_path (draft_id, ORIGIN_SUFFIX);
  if (g_unlink (path) == 0)
    g_debug ("Draft %s removed", draft_id);
  g_unlink (origin_path);
}

typedef struct
{
  char   *id;
  gint64  mtime;
} DraftEntry;

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const DraftEntry *ea = a;
  const DraftEntry *eb = b;

  if (ea->mtime != eb->mtime)
    return ea->mtime < eb->mtime ? -1 : 1;
  return strcmp (ea->id, eb->id);
}

GStrv
spinecds_drafts_list (void)
{
  g_autofree char *dir_path = spinecds_drafts_get_dir ();
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (DraftEntry));
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char *name;

  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = NULL;
          DraftEntry entry;
          GStatBuf st;

          if (!g_str_has_suffix (name, DRAFT_SUFFIX))
            continue;
          entry.id = g_strndup (name, strlen (name) - strlen (DRAFT_SUFFIX));
          if (!is_valid_id (entry.id))
            {
              g_free (entry.id);
              continue;
            }
          path = g_build_filename (dir_path, name, NULL);
          entry.mtime = g_stat (path, &st) == 0 ? (gint64) st.st_mtime : 0;
          g_array_append_val (entries, entry);
        }
    }

  g_array_sort (entries, compare_entries);
  for (guint i = 0; i < entries->len; i++)
    {
      DraftEntry *entry = &g_array_index (entries, DraftEntry, i);
      g_strv_builder_add (builder, entry->id);
      g_free (entry->id);
    }

  return g_strv_builder_end (builder);
}

SpineCdsCase *
spinecds_drafts_load (const char  *draft_id,
                      GFile      **origin,
                      GError     **error)
{
  g_autofree char *path = NULL;
  g_autofree char *origin_path = NULL;
  g_autofree char *origin_uri = NULL;
  g_autoptr(GFile) file = NULL;
  SpineCdsCase *kase;

  g_return_val_if_fail (origin == NULL || *origin == NULL, NULL);

  if (!is_valid_id (draft_id))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, "Invalid draft id");
      return NULL;
    }

  path = draft_path (draft_id, DRAFT_SUFFIX);
  file = g_file_new_for_path (path);
  kase = spinecds_case_file_load (file, error);
  if (kase == NULL)
    return NULL;

  origin_path = draft_path (draft_id, ORIGIN_SUFFIX);
  if (origin != NULL && g_file_get_contents (origin_path, &origin_uri, NULL, NULL))
    *origin = g_file_new_for_uri (g_strstrip (origin_uri));

  return kase;
}
