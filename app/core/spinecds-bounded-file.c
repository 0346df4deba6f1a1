/* spinecds-bounded-file.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "spinecds-bounded-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "spinecds-bounded-file.h"

#define CHUNK (64 * 1024)

static const char *
describe_type (mode_t mode)
{
  if (S_ISDIR (mode))
    return "a folder";
  if (S_ISFIFO (mode))
    return "a named pipe";
  if (S_ISCHR (mode) || S_ISBLK (mode))
    return "a device";
  if (S_ISSOCK (mode))
    return "a socket";
  return "not a regular file";
}

static gboolean
set_too_large (GError **error,
               gsize    max_size)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
               "larger than %.1f MiB", max_size / (1024.0 * 1024.0));
  return FALSE;
}

/* Reads all of @fd into @buffer, at most @max_size bytes. */
static gboolean
read_fd (int           fd,
         GByteArray   *buffer,
         gsize         max_size,
         GCancellable *cancellable,
         GError      **error)
{
  g_autofree guint8 *chunk = g_malloc (CHUNK);

  for (;;)
    {
      gssize n;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      n = read (fd, chunk, CHUNK);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved_errno = errno;

          g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), g_strerror (saved_errno));
          return FALSE;
        }
      if (n == 0)
        return TRUE;
      if (buffer->len + (gsize) n > max_size)
        return set_too_large (error, max_size);
      g_byte_array_append (buffer, chunk, (guint) n);
    }
}

/* A local file: open without blocking, look at what it is, read. */
static GBytes *
read_local (const char   *path,
            gsize         max_size,
            GCancellable *cancellable,
            GError      **error)
{
  g_autoptr(GByteArray) buffer = g_byte_array_new ();
  struct stat st;
  int         fd = g_open (path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0);
  gboolean    ok;

  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), g_strerror (saved_errno));
      return NULL;
    }

  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                   "not a file but %s", describe_type (st.st_mode));
      close (fd);
      return NULL;
    }
  if ((guint64) st.st_size > max_size)
    {
      close (fd);
      set_too_large (error, max_size);
      return NULL;
    }

  ok = read_fd (fd, buffer, max_size, cancellable, error);
  close (fd);
  return ok ? g_byte_array_free_to_bytes (g_steal_pointer (&buffer)) : NULL;
}

/* A file of another GVfs location: GIO's stream, with the same limit. */
static GBytes *
read_stream (GFile        *file,
             gsize         max_size,
             GCancellable *cancellable,
             GError      **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GByteArray) buffer = g_byte_array_new ();
  g_autofree guint8 *chunk = g_malloc (CHUNK);
  gssize             n;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE, G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return NULL;
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE, "not a file but %s", "not a regular file");
      return NULL;
    }
  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return NULL;
  while ((n = g_input_stream_read (G_INPUT_STREAM (stream), chunk, CHUNK, cancellable, error)) > 0)
    {
      if (buffer->len + (gsize) n > max_size)
        {
          set_too_large (error, max_size);
          return NULL;
        }
      g_byte_array_append (buffer, chunk, (guint) n);
    }
  return n == 0 ? g_byte_array_free_to_bytes (g_steal_pointer (&buffer)) : NULL;
}

GBytes *
spinecds_bounded_file_read (GFile        *file,
                            gsize         max_size,
                            GCancellable *cancellable,
                            GError      **error)
{
  const char *path;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  path = g_file_peek_path (file);
  return path != NULL ? read_local (path, max_size, cancellable, error)
                      : read_stream (file, max_size, cancellable, error);
}
