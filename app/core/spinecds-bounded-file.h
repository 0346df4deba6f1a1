/* spinecds-bounded-file.h: reading a file that could be anything
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Cases, reports, knowledge bases and vocabularies come from paths a
 * user (or anyone who can plant a file) names. The one reader of them
 * refuses at once what is no regular file (a FIFO would block the
 * program in open, a folder or a device read forever) and stops at a
 * size limit before holding more than it allows (/dev/zero would
 * exhaust memory). It never blocks and never reads past the limit.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The bytes of @file, at most @max_size of them. Errors in G_IO_ERROR:
 * G_IO_ERROR_NOT_REGULAR_FILE (a FIFO, a folder, a device),
 * G_IO_ERROR_MESSAGE_TOO_LARGE (over @max_size), or the error of open
 * or read. Messages (English, like every message of a file's content)
 * say what was found, without the file's name: the
 * caller names it. @cancellable may be NULL. */
GBytes *spinecds_bounded_file_read (GFile        *file,
                                    gsize         max_size,
                                    GCancellable *cancellable,
                                    GError      **error);

G_END_DECLS
