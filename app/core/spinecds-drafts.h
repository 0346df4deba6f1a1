/* spinecds-drafts.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "spinecds-case.h"

G_BEGIN_DECLS

/* Autosaved copies of unsaved cases, for crash recovery. Each window owns
 * one draft id; a draft is DIR/ID.spinecase (mode 0600) plus DIR/ID.origin
 * naming the file it came from, in a 0700 folder under the user data dir. */

/* g_get_user_data_dir()/spinecds/drafts */
char         *spinecds_drafts_get_dir (void);
char         *spinecds_drafts_new_id (void);
/* Serializes @kase now and writes it in a worker thread, through
 * spinecds-safe-file, after checking that it would load again (a draft
 * that could not be restored is worse than none). A remove (the case
 * was saved or discarded) before the write ends makes the write drop
 * its data instead of resurrecting the draft. */
void          spinecds_drafts_save_async (const char         *draft_id,
                                          SpineCdsCase       *kase,
                                          GFile              *origin,
                                          GCancellable       *cancellable,
                                          GAsyncReadyCallback callback,
                                          gpointer            user_data);
gboolean      spinecds_drafts_save_finish (GAsyncResult *result,
                                           GError      **error);
gboolean      spinecds_drafts_save (const char   *draft_id,
                                    SpineCdsCase *kase,
                                    GFile        *origin,
                                    GError      **error);
void          spinecds_drafts_remove (const char *draft_id);
/* At quit: waits for the writes still running, then removes the
 * temporary files a crash may have left in the drafts folder. */
void          spinecds_drafts_shutdown (void);
/* A draft that cannot be restored is kept, under another name, for the
 * user; it is no longer offered. Returns the path it is kept at. */
char         *spinecds_drafts_set_aside (const char *draft_id);
/* Ids of the drafts left behind, oldest first (none without a drafts
 * folder); NULL with @error when the folder cannot be read. */
GStrv         spinecds_drafts_list (GError **error);
/* Loads a draft; @origin receives the file it belonged to, or NULL. */
SpineCdsCase *spinecds_drafts_load (const char *draft_id,
                                    GFile     **origin,
                                    GError    **error);

/* A draft left behind: its case, NULL when it cannot be restored, and
 * the file it belonged to, or NULL. */
typedef struct
{
  char         *id;
  SpineCdsCase *kase;
  GFile        *origin;
} SpineCdsDraft;

void spinecds_draft_free (SpineCdsDraft *draft);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SpineCdsDraft, spinecds_draft_free)

/* spinecds_drafts_list() and spinecds_drafts_load() of each, in a
 * worker thread: at start the windows show while the drafts are read. */
void       spinecds_drafts_find_async (GCancellable       *cancellable,
                                       GAsyncReadyCallback callback,
                                       gpointer            user_data);
/* The drafts, oldest first (a GPtrArray of SpineCdsDraft that frees
 * them); NULL with @error when the drafts folder cannot be read. */
GPtrArray *spinecds_drafts_find_finish (GAsyncResult *result,
                                        GError      **error);

G_END_DECLS
