/* spinecds-drafts.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drafts hold patient data: the folder is 0700, the files are written
 * by spinecds-safe-file (0600, atomic) and nothing of a case is ever
 * logged, only draft ids.
 *
 * Writes run in worker threads while the window goes on; a case saved
 * or discarded removes its draft at once. Each draft id has a
 * generation that a remove advances; a write renames its file into
 * place only under the lock and only if the generation it started in
 * is still current, so a slow write can never bring back a draft that
 * was removed while it ran.
 */
#define G_LOG_DOMAIN "spinecds-drafts"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>

#include "spinecds-case-file.h"
#include "spinecds-drafts-private.h"
#include "spinecds-safe-file.h"

#define DRAFT_SUFFIX ".spinecase"
#define ORIGIN_SUFFIX ".origin"
#define SET_ASIDE_SUFFIX ".unreadable"

static GMutex      lock;
static GCond       written;     /* signalled when a write ends */
static GHashTable *generations; /* draft id -> generation, under @lock */
static guint       pending;     /* writes running, under @lock */

static guint
current_generation (const char *draft_id)
{
  if (generations == NULL)
    generations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return GPOINTER_TO_UINT (g_hash_table_lookup (generations, draft_id));
}

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
  char *draft_id;
  char *data;
  gsize length;
  char *origin_uri;
  guint generation; /* of the draft id when the write was asked for */
} SaveJob;

static void
save_job_free (SaveJob *job)
{
  g_free (job->draft_id);
  g_free (job->data);
  g_free (job->origin_uri);
  g_free (job);
}

/* A draft on its way to disk: its files written as temporary files,
 * not yet in place. */
struct _SpineCdsDraftWrite
{
  char             *draft_id;
  guint             generation;
  SpineCdsSafeFile *draft;
  SpineCdsSafeFile *origin; /* NULL: the draft has no file */
  char             *origin_path;
};

static void
draft_write_free (SpineCdsDraftWrite *write)
{
  if (write->draft != NULL)
    spinecds_safe_file_abort (write->draft);
  if (write->origin != NULL)
    spinecds_safe_file_abort (write->origin);
  g_free (write->draft_id);
  g_free (write->origin_path);
  g_free (write);
}

static SpineCdsSafeFile *
write_temp (const char *path,
            const char *data,
            gsize       length,
            GError    **error)
{
  SpineCdsSafeFile *file = spinecds_safe_file_begin (path, SPINECDS_SAFE_FILE_NONE, error);

  if (file != NULL)
    spinecds_safe_file_write (file, data, length);
  return file;
}

SpineCdsDraftWrite *
_spinecds_drafts_write_begin (const char *draft_id,
                              guint       generation,
                              const char *data,
                              gsize       length,
                              const char *origin_uri,
                              GError    **error)
{
  g_autoptr(SpineCdsCase) check = NULL;
  g_autoptr(GError) invalid = NULL;
  g_autofree char    *path = NULL;
  SpineCdsDraftWrite *write;

  /* A draft must open again: the form may hold what the format does
   * not allow (a 33-character level), and restoring would fail. */
  check = spinecds_case_file_parse (data, length, "draft", &invalid);
  if (check == NULL)
    {
      /* Not the reader's message: it quotes the values, patient data. */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "Draft %s not written: it would not open again", draft_id);
      return NULL;
    }
  if (!ensure_dir (error))
    return NULL;

  write = g_new0 (SpineCdsDraftWrite, 1);
  write->draft_id = g_strdup (draft_id);
  write->generation = generation;
  write->origin_path = draft_path (draft_id, ORIGIN_SUFFIX);
  path = draft_path (draft_id, DRAFT_SUFFIX);
  if ((origin_uri != NULL
       && (write->origin = write_temp (write->origin_path, origin_uri, strlen (origin_uri), error)) == NULL)
      || (write->draft = write_temp (path, data, length, error)) == NULL)
    {
      draft_write_free (write);
      return NULL;
    }
  return write;
}

gboolean
_spinecds_drafts_write_finish (SpineCdsDraftWrite *write,
                               GError            **error)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&lock);
  gboolean ok;

  if (current_generation (write->draft_id) != write->generation)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "Draft %s was removed while it was written",
                   write->draft_id);
      draft_write_free (write);
      return FALSE;
    }

  ok = write->origin != NULL ? spinecds_safe_file_finish (g_steal_pointer (&write->origin), NULL, error)
                             : (g_unlink (write->origin_path), TRUE);
  ok = ok && spinecds_safe_file_finish (g_steal_pointer (&write->draft), NULL, error);
  if (ok)
    g_debug ("Draft %s written", write->draft_id);
  draft_write_free (write);
  return ok;
}

static gboolean
save_job_run (SaveJob *job,
              GError **error)
{
  SpineCdsDraftWrite *write = _spinecds_drafts_write_begin (job->draft_id, job->generation, job->data,
                                                            job->length, job->origin_uri, error);

  return write != NULL && _spinecds_drafts_write_finish (write, error);
}

guint
_spinecds_drafts_get_generation (const char *draft_id)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&lock);

  return current_generation (draft_id);
}

static void
job_started (SaveJob *job)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&lock);

  job->generation = current_generation (job->draft_id);
  pending++;
}

static void
job_ended (void)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&lock);

  pending--;
  g_cond_broadcast (&written);
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
  job_started (job);
  return job;
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;

  if (g_task_return_error_if_cancelled (task))
    {
      job_ended ();
      return;
    }

  if (save_job_run (task_data, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
  job_ended ();
}

void
spinecds_drafts_save_async (const char         *draft_id,
                            SpineCdsCase       *kase,
                            GFile              *origin,
                            GCancellable       *cancellable,
                            GAsyncReadyCallback callback,
                            gpointer            user_data)
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
spinecds_drafts_save_finish (GAsyncResult *result,
                             GError      **error)
{
  g_return_val_if_fail (G_IS_TASK (result), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

gboolean
spinecds_drafts_save (const char   *draft_id,
                      SpineCdsCase *kase,
                      GFile        *origin,
                      GError      **error)
{
  SaveJob *job;
  gboolean ret;

  g_return_val_if_fail (is_valid_id (draft_id), FALSE);
  g_return_val_if_fail (SPINECDS_IS_CASE (kase), FALSE);

  job = save_job_new (draft_id, kase, origin);
  ret = save_job_run (job, error);
  save_job_free (job);
  job_ended ();
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
  {
    g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&lock);
    guint next = current_generation (draft_id) + 1;

    /* Writes under way now drop their data. */
    g_hash_table_insert (generations, g_strdup (draft_id), GUINT_TO_POINTER (next));
    if (g_unlink (path) == 0)
      g_debug ("Draft %s removed", draft_id);
    g_unlink (origin_path);
  }
}

/* ".ID.spinecase.XXXXXX", ".ID.origin.XXXXXX": a write's temp file. */
static gboolean
is_temp_file (const char *name)
{
  gsize length = strlen (name);

  return name[0] == '.' && length > 8 && name[length - 7] == '.'
         && (g_strstr_len (name, -1, DRAFT_SUFFIX ".") != NULL || g_strstr_len (name, -1, ORIGIN_SUFFIX ".") != NULL);
}

void
spinecds_drafts_shutdown (void)
{
  g_autofree char *dir_path = spinecds_drafts_get_dir ();
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_mutex_lock (&lock);
  while (pending > 0)
    g_cond_wait (&written, &lock);
  g_mutex_unlock (&lock);

  /* No write of ours runs now: any temp file left is a crash's. */
  dir = g_dir_open (dir_path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (is_temp_file (name))
      {
        g_autofree char *path = g_build_filename (dir_path, name, NULL);

        g_unlink (path);
      }
}

char *
spinecds_drafts_set_aside (const char *draft_id)
{
  g_autofree char *path = NULL;
  char            *kept;

  g_return_val_if_fail (is_valid_id (draft_id), NULL);

  path = draft_path (draft_id, DRAFT_SUFFIX);
  kept = draft_path (draft_id, DRAFT_SUFFIX SET_ASIDE_SUFFIX);
  if (g_rename (path, kept) != 0)
    g_debug ("Could not set draft %s aside: %s", draft_id, g_strerror (errno));
  return kept;
}

typedef struct
{
  char  *id;
  gint64 mtime;
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
spinecds_drafts_list (GError **error)
{
  g_autofree char *dir_path = spinecds_drafts_get_dir ();
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, &local_error);
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (DraftEntry));
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char *name;

  /* No folder is no draft; a folder that cannot be read may hide
   * unsaved work, which the user must hear about. */
  if (dir == NULL && !g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", dir_path);
      return NULL;
    }
  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = NULL;
          DraftEntry       entry;
          GStatBuf         st;

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
spinecds_drafts_load (const char *draft_id,
                      GFile     **origin,
                      GError    **error)
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

void
spinecds_draft_free (SpineCdsDraft *draft)
{
  if (draft == NULL)
    return;
  g_free (draft->id);
  g_clear_object (&draft->kase);
  g_clear_object (&draft->origin);
  g_free (draft);
}

static void
find_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  GError *error = NULL;
  g_auto(GStrv) ids = spinecds_drafts_list (&error);
  GPtrArray *drafts;

  if (ids == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) spinecds_draft_free);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      SpineCdsDraft *draft = g_new0 (SpineCdsDraft, 1);

      draft->id = g_strdup (ids[i]);
      draft->kase = spinecds_drafts_load (ids[i], &draft->origin, NULL);
      if (draft->kase != NULL)
        spinecds_case_read_report_in_worker (draft->kase);
      g_ptr_array_add (drafts, draft);
    }
  g_task_return_pointer (task, drafts, (GDestroyNotify) g_ptr_array_unref);
}

void
spinecds_drafts_find_async (GCancellable       *cancellable,
                            GAsyncReadyCallback callback,
                            gpointer            user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, spinecds_drafts_find_async);
  g_task_run_in_thread (task, find_in_thread);
}

GPtrArray *
spinecds_drafts_find_finish (GAsyncResult *result,
                             GError      **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == spinecds_drafts_find_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
