/* spinecds-recent-cases.h: SpineCDS's own, private list of recent cases
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Case files are often named after patients, so they must not reach the
 * desktop's shared recent files (the application turns those off). This
 * list keeps the last cases opened or saved, newest first, in a 0600
 * file of a 0700 folder under the user's data directory, written with
 * the same atomic writer as a case.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define SPINECDS_RECENT_CASES_MAX 10

/* The cases' URIs, newest first; a missing or unreadable list is empty. */
GStrv    spinecds_recent_cases_list   (void);
/* Puts @file first (once); FALSE with @error when the list cannot be
 * written, which never stops an open or a save. */
gboolean spinecds_recent_cases_add    (GFile   *file,
                                       GError **error);
/* Forgets @file (it was moved or deleted). */
gboolean spinecds_recent_cases_remove (GFile   *file,
                                       GError **error);

G_END_DECLS
