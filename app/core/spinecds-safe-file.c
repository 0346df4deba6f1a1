/* spinecds-safe-file.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "spinecds-safe-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "spinecds-safe-file.h"

/* A temp file older than this was left by a crash, not by another
 * SpineCDS saving the same file right now. */
#define STALE_TEMP_SECONDS 120

struct _SpineCdsSafeFile
{
  char                 *path; /* the file replaced */
  char                 *dir;
  char                 *name;
  char                 *temp;
  int                   fd;
  int                   write_errno; /* the first failed write, or 0 */
  SpineCdsSafeFileFlags flags;
};

static void
set_error (GError    **error,
           int         saved_errno,
           const char *what,
           const char *path)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), "%s %s (%s)", what, path,
               g_strerror (saved_errno));
}

static void
safe_file_free (SpineCdsSafeFile *self)
{
  if (self->fd >= 0)
    close (self->fd);
  if (self->temp != NULL)
    g_unlink (self->temp);
  g_free (self->path);
  g_free (self->dir);
  g_free (self->name);
  g_free (self->temp);
  g_free (self);
}

/* The file a link at @path names, when the caller may follow it: a
 * regular file of the user's own. NULL otherwise. */
static char *
own_link_target (const char *path)
{
  g_autofree char *target = g_file_read_link (path, NULL);
  g_autofree char *dir = NULL;
  g_autofree char *absolute = NULL;
  GStatBuf         st;

  if (target == NULL)
    return NULL;
  if (!g_path_is_absolute (target))
    {
      dir = g_path_get_dirname (path);
      absolute = g_build_filename (dir, target, NULL);
    }
  else
    absolute = g_steal_pointer (&target);

  if (g_lstat (absolute, &st) != 0 || !S_ISREG (st.st_mode) || st.st_uid != getuid ())
    return NULL;
  return g_steal_pointer (&absolute);
}

/* Where the data goes: @path, or the file a link there names. */
static char *
resolve_target (const char           *path,
                SpineCdsSafeFileFlags flags,
                GError              **error)
{
  GStatBuf st;

  if (g_lstat (path, &st) != 0)
    return g_strdup (path);

  if (S_ISLNK (st.st_mode))
    {
      char *target = (flags & SPINECDS_SAFE_FILE_FOLLOW_OWN_LINK) ? own_link_target (path) : NULL;

      /* A link planted in a shared folder is replaced, never followed. */
      return target != NULL ? target : g_strdup (path);
    }

  if (!S_ISREG (st.st_mode))
    {
      set_error (error, S_ISDIR (st.st_mode) ? EISDIR : EINVAL, "not a regular file:", path);
      return NULL;
    }
  return g_strdup (path);
}

SpineCdsSafeFile *
spinecds_safe_file_begin (const char           *path,
                          SpineCdsSafeFileFlags flags,
                          GError              **error)
{
  g_autofree char  *target = NULL;
  SpineCdsSafeFile *self;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  target = resolve_target (path, flags, error);
  if (target == NULL)
    return NULL;

  self = g_new0 (SpineCdsSafeFile, 1);
  self->path = g_steal_pointer (&target);
  self->dir = g_path_get_dirname (self->path);
  self->name = g_path_get_basename (self->path);
  self->flags = flags;
  self->temp = g_strdup_printf ("%s/.%s.XXXXXX", self->dir, self->name);
  self->fd = g_mkstemp_full (self->temp, O_RDWR | O_CLOEXEC, 0600);
  /* 0600 whatever the umask: the file holds patient data. */
  if (self->fd < 0 || fchmod (self->fd, 0600) != 0)
    {
      int saved_errno = errno;

      if (self->fd < 0)
        g_clear_pointer (&self->temp, g_free);
      set_error (error, saved_errno, "could not write a temporary file in", self->dir);
      safe_file_free (self);
      return NULL;
    }
  return self;
}

const char *
spinecds_safe_file_get_path (SpineCdsSafeFile *self)
{
  return self->path;
}

static gboolean
write_all (int         fd,
           const char *data,
           gsize       length)
{
  while (length > 0)
    {
      gssize n = write (fd, data, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          if (n == 0)
            errno = EIO;
          return FALSE;
        }
      data += n;
      length -= (gsize) n;
    }
  return TRUE;
}

gboolean
spinecds_safe_file_write (SpineCdsSafeFile *self,
                          const void       *data,
                          gsize             length)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (self->write_errno != 0)
    return FALSE;
  if (!write_all (self->fd, data, length))
    {
      self->write_errno = errno != 0 ? errno : EIO;
      return FALSE;
    }
  return TRUE;
}

/* Writes @data to a new 0600 file "DIR/.NAME.XXXXXX", fsynced and
 * closed. Returns its path, or NULL with errno set and nothing left. */
static char *
write_temp_copy (const char *dir,
                 const char *name,
                 const char *data,
                 gsize       length)
{
  g_autofree char *tmpl = g_strdup_printf ("%s/.%s.XXXXXX", dir, name);
  int              fd = g_mkstemp_full (tmpl, O_RDWR | O_CLOEXEC, 0600);
  int              saved_errno;

  if (fd < 0)
    return NULL;
  if (fchmod (fd, 0600) == 0 && write_all (fd, data, length) && fsync (fd) == 0)
    {
      if (close (fd) == 0)
        return g_steal_pointer (&tmpl);
      saved_errno = errno;
    }
  else
    {
      saved_errno = errno;
      close (fd);
    }
  g_unlink (tmpl);
  errno = saved_errno;
  return NULL;
}

/* Copies the previous file to "FILE~" through a temp file and a
 * rename, so that the backup is whole or absent, and 0600. A "FILE~"
 * that is not a regular file (a folder someone made there) is left
 * alone: the save goes on without a backup, and @warning says so. */
static gboolean
write_backup (SpineCdsSafeFile *self,
              char            **warning,
              GError          **error)
{
  g_autofree char *backup = g_strconcat (self->path, "~", NULL);
  g_autofree char *backup_name = g_strconcat (self->name, "~", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *temp = NULL;
  g_autoptr(GError) read_error = NULL;
  gsize    length;
  GStatBuf st;

  if (g_lstat (self->path, &st) != 0 || !S_ISREG (st.st_mode))
    return TRUE;

  if (g_lstat (backup, &st) == 0 && !S_ISREG (st.st_mode) && !S_ISLNK (st.st_mode))
    {
      if (warning != NULL)
        /* Translators: %s is a path, "case.spinecase~" */
        *warning = g_strdup_printf (_ ("Saved without a backup: %s is not a file SpineCDS can replace"), backup);
      return TRUE;
    }

  if (!g_file_get_contents (self->path, &contents, &length, &read_error))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "could not back up the previous file (%s)",
                   read_error->message);
      return FALSE;
    }

  temp = write_temp_copy (self->dir, backup_name, contents, length);
  if (temp == NULL)
    {
      set_error (error, errno, "could not write a backup in", self->dir);
      return FALSE;
    }
  if (g_rename (temp, backup) != 0)
    {
      int saved_errno = errno;

      g_unlink (temp);
      set_error (error, saved_errno, "could not create the backup", backup);
      return FALSE;
    }
  return TRUE;
}

/* Makes the rename durable. Not an error when it fails: the new file
 * is in place by then, and some file systems refuse to sync folders. */
static void
sync_directory (const char *dir)
{
  int fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  if (fd < 0)
    return;
  if (fsync (fd) != 0)
    g_debug ("Could not sync a folder: %s", g_strerror (errno));
  close (fd);
}

/* Closes @fd and makes what it holds the file; FALSE with @error when
 * any step fails, the previous file untouched. */
static gboolean
commit (SpineCdsSafeFile *self,
        int               fd,
        char            **warning,
        GError          **error)
{
  int failed_errno = self->write_errno;

  if (failed_errno == 0 && fsync (fd) != 0)
    failed_errno = errno;
  if (close (fd) != 0 && failed_errno == 0)
    failed_errno = errno;
  if (failed_errno != 0)
    {
      set_error (error, failed_errno, "could not write a temporary file in", self->dir);
      return FALSE;
    }

  if ((self->flags & SPINECDS_SAFE_FILE_BACKUP) && !write_backup (self, warning, error))
    return FALSE;

  if (g_rename (self->temp, self->path) != 0)
    {
      set_error (error, errno, "could not replace", self->path);
      return FALSE;
    }

  g_clear_pointer (&self->temp, g_free);
  spinecds_safe_file_sweep (self->path);
  sync_directory (self->dir);
  return TRUE;
}

gboolean
spinecds_safe_file_finish (SpineCdsSafeFile *self,
                           char            **warning,
                           GError          **error)
{
  int      fd;
  gboolean ok;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  fd = self->fd;
  self->fd = -1;
  ok = commit (self, fd, warning, error);
  safe_file_free (self);
  return ok;
}

void
spinecds_safe_file_abort (SpineCdsSafeFile *self)
{
  if (self != NULL)
    safe_file_free (self);
}

gboolean
spinecds_safe_file_replace (const char           *path,
                            const char           *data,
                            gsize                 length,
                            SpineCdsSafeFileFlags flags,
                            char                **warning,
                            GError              **error)
{
  SpineCdsSafeFile *self = spinecds_safe_file_begin (path, flags, error);

  if (self == NULL)
    return FALSE;
  spinecds_safe_file_write (self, data, length);
  return spinecds_safe_file_finish (self, warning, error);
}

/* ".NAME.XXXXXX" or ".NAME~.XXXXXX", ours, and untouched for a while. */
static gboolean
is_stale_temp_file (const char *dir,
                    const char *entry,
                    const char *name)
{
  g_autofree char *prefix = g_strdup_printf (".%s.", name);
  g_autofree char *backup_prefix = g_strdup_printf (".%s~.", name);
  g_autofree char *path = NULL;
  gsize            length = strlen (entry);
  GStatBuf         st;

  if (!((g_str_has_prefix (entry, prefix) && length == strlen (prefix) + 6)
        || (g_str_has_prefix (entry, backup_prefix) && length == strlen (backup_prefix) + 6)))
    return FALSE;
  path = g_build_filename (dir, entry, NULL);
  return g_lstat (path, &st) == 0 && S_ISREG (st.st_mode) && st.st_uid == getuid ()
         && st.st_mtime + STALE_TEMP_SECONDS < time (NULL);
}

void
spinecds_safe_file_sweep (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *name = g_path_get_basename (path);
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  const char *entry;

  while (folder != NULL && (entry = g_dir_read_name (folder)) != NULL)
    {
      if (is_stale_temp_file (dir, entry, name))
        {
          g_autofree char *stale = g_build_filename (dir, entry, NULL);

          if (g_unlink (stale) == 0)
            g_debug ("Removed a temporary file a crash left behind");
        }
    }
}
