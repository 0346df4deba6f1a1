/* spinecds-recent-cases.h: SpineCDS's own, private list of recent cases
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Case files are often named after patients, so they must not reach the
 * desktop's shared recent files (the application turns those off). This
 * list keeps the last cases opened or saved, newest first, in a 0600
 * file of a 0700 folder under the user's data directory, written with
 * the same atomic writer as a case. The application changes it with
 * spinecds_recent_cases_update_async(), so that the write (and its
 * fsync) never holds up a window.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define SPINECDS_RECENT_CASES_MAX 10

typedef enum
{
  SPINECDS_RECENT_CASES_READ,
  SPINECDS_RECENT_CASES_ADD,
  SPINECDS_RECENT_CASES_REMOVE,
} SpineCdsRecentChange;

/* In a worker thread: puts @file first, forgets it, or (READ, @file
 * NULL) changes nothing; then reads the list back. Changes and reads
 * run one at a time, in no promised order. */
void  spinecds_recent_cases_update_async (GFile               *file,
                                          SpineCdsRecentChange change,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
/* The list as the update left it, or NULL with @error when the list
 * could not be written. @generation grows with each update run: of two
 * lists, the one with the larger generation is the list on disk. */
GStrv spinecds_recent_cases_update_finish (GAsyncResult *result,
                                           guint64      *generation,
                                           GError      **error);

G_END_DECLS
