/* spinecds-safe-file.h: writing a file that holds patient data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every file SpineCDS writes holds patient data: cases, drafts, PDFs.
 * They are all written the one way that can neither expose nor lose
 * it: a temporary file created next to the target with mode 0600
 * (O_EXCL, so never someone else's file), every write checked, fsync
 * and close checked, an optional backup of the previous file, a rename
 * over the target, the folder synced. Any failure leaves the previous
 * file as it was and removes the temporary one.
 *
 * The target is replaced, never written through: a symbolic link at
 * the target is replaced by the new file, not followed, unless the
 * caller asks to follow a link to a regular file of the user's own (a
 * case opened through a link is saved to the file the link names).
 */
#pragma once

#include <gio/gio.h>

typedef struct _SpineCdsSafeFile SpineCdsSafeFile;

G_BEGIN_DECLS

typedef enum
{
  SPINECDS_SAFE_FILE_NONE = 0,
  SPINECDS_SAFE_FILE_BACKUP = 1 << 0,          /* keep the previous file as "FILE~" */
  SPINECDS_SAFE_FILE_FOLLOW_OWN_LINK = 1 << 1, /* write to what a link to one's own file names */
} SpineCdsSafeFileFlags;

/* Starts writing @path: checks the target and creates the temporary
 * file. NULL with @error (G_IO_ERROR) when that fails. */
SpineCdsSafeFile *spinecds_safe_file_begin (const char           *path,
                                            SpineCdsSafeFileFlags flags,
                                            GError              **error);
/* Appends @data. A failed write is remembered: later writes do nothing
 * and finish reports it. Returns FALSE once a write has failed. */
gboolean          spinecds_safe_file_write (SpineCdsSafeFile *self,
                                            const void       *data,
                                            gsize             length);
/* The file written to: @path, or what the followed link names. */
const char       *spinecds_safe_file_get_path (SpineCdsSafeFile *self);
/* Makes the written data the file and frees @self. A problem that did
 * not stop the save (no backup could be kept) is returned in @warning,
 * for the user. FALSE with @error (and the previous file untouched)
 * when the data could not be made the file. */
gboolean          spinecds_safe_file_finish (SpineCdsSafeFile *self,
                                             char            **warning,
                                             GError          **error);
/* Gives up: removes the temporary file and frees @self. */
void              spinecds_safe_file_abort (SpineCdsSafeFile *self);

/* begin, write and finish in one. */
gboolean          spinecds_safe_file_replace (const char           *path,
                                              const char           *data,
                                              gsize                 length,
                                              SpineCdsSafeFileFlags flags,
                                              char                **warning,
                                              GError              **error);

/* Removes what a crash left between creating and renaming a temporary
 * file for @path ("DIR/.NAME.XXXXXX", ours, a while old). */
void              spinecds_safe_file_sweep (const char *path);

G_END_DECLS
