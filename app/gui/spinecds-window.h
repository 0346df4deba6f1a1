/* spinecds-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "spinecds-assessment.h"
#include "spinecds-case.h"

G_BEGIN_DECLS

#define SPINECDS_TYPE_WINDOW (spinecds_window_get_type ())

G_DECLARE_FINAL_TYPE (SpineCdsWindow, spinecds_window, SPINECDS, WINDOW, AdwApplicationWindow)

/* The window owns one case for its whole life; files are assigned into it. */
SpineCdsCase       *spinecds_window_get_case (SpineCdsWindow *self);
/* NULL when the knowledge base is unavailable. */
SpineCdsAssessment *spinecds_window_get_assessment (SpineCdsWindow *self);
GFile              *spinecds_window_get_file (SpineCdsWindow *self);
gboolean            spinecds_window_get_modified (SpineCdsWindow *self);
/* No file and no change: an Open can reuse the window. */
gboolean            spinecds_window_is_pristine (SpineCdsWindow *self);
/* Loads @file in the background (the form waits, insensitive); on
 * error shows the message and keeps the current case. */
void                spinecds_window_load_file_async (SpineCdsWindow     *self,
                                                     GFile              *file,
                                                     GAsyncReadyCallback callback,
                                                     gpointer            user_data);
gboolean            spinecds_window_load_file_finish (SpineCdsWindow *self,
                                                      GAsyncResult   *result,
                                                      GError        **error);
/* Saves the case as it is now to @file in the background; editing goes
 * on meanwhile, and what is typed after the call stays unsaved. On
 * error shows the message. */
void                spinecds_window_save_to_file_async (SpineCdsWindow     *self,
                                                        GFile              *file,
                                                        GAsyncReadyCallback callback,
                                                        gpointer            user_data);
gboolean            spinecds_window_save_to_file_finish (SpineCdsWindow *self,
                                                         GAsyncResult   *result,
                                                         GError        **error);
/* Adopts the draft @draft_id (already loaded into @kase) as unsaved work. */
void                spinecds_window_restore_draft (SpineCdsWindow *self,
                                                   SpineCdsCase   *kase,
                                                   GFile          *original,
                                                   const char     *draft_id);
const char         *spinecds_window_get_draft_id (SpineCdsWindow *self);
/* Writes the pending draft now (tests, quitting). */
void                spinecds_window_flush_draft (SpineCdsWindow *self);
/* Shows a short notice over the window (takes @toast). */
void                spinecds_window_add_toast (SpineCdsWindow *self,
                                               AdwToast       *toast);

G_END_DECLS
