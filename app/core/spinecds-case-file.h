/* spinecds-case-file.h: reading and writing .spinecase files (CASE-FORMAT §1)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "spinecds-case.h"

G_BEGIN_DECLS

#define SPINECDS_CASE_FILE_ERROR (spinecds_case_file_error_quark ())

typedef enum
{
  SPINECDS_CASE_FILE_ERROR_INVALID, /* the content breaks a rule of the format */
  SPINECDS_CASE_FILE_ERROR_NEWER,   /* made by a newer SpineCDS */
  SPINECDS_CASE_FILE_ERROR_IO,      /* could not read or write */
} SpineCdsCaseFileError;

/* Files larger than this are refused before parsing (a legitimate case
 * with 100 000-character report and notes is well below it). */
#define SPINECDS_CASE_FILE_MAX_SIZE (4 * 1024 * 1024)

/* What the format allows (CASE-FORMAT §1), in characters: the form
 * holds no more, so that nothing typed is refused at save. */
#define SPINECDS_CASE_FILE_MAX_LEVEL_CHARS 32
#define SPINECDS_CASE_FILE_MAX_TEXT_CHARS 100000

GQuark        spinecds_case_file_error_quark (void);

/* Parses @data. Messages read "DISPLAY_NAME: FIELD.PATH: expected …,
 * found …". Returns a new case, or NULL and @error: never a partial case. */
SpineCdsCase *spinecds_case_file_parse (const char *data,
                                        gsize       length,
                                        const char *display_name,
                                        GError    **error);
SpineCdsCase *spinecds_case_file_load (GFile   *file,
                                       GError **error);
/* The same in a worker thread: reading and parsing never block the
 * caller's main loop. */
void          spinecds_case_file_load_async (GFile              *file,
                                             GCancellable       *cancellable,
                                             GAsyncReadyCallback callback,
                                             gpointer            user_data);
SpineCdsCase *spinecds_case_file_load_finish (GAsyncResult *result,
                                              GError      **error);
/* Starts reading @file (and its report) in a thread of its own, before
 * anything asks for it: the next spinecds_case_file_load_async() of the
 * same file is given that reading, once. For the case named on the
 * command line, read while the window is built. A later call replaces an
 * unclaimed one. */
void          spinecds_case_file_prefetch (GFile *file);
/* The canonical form: every key, stable order, 2-space indent, final newline. */
char         *spinecds_case_file_serialize (SpineCdsCase *self,
                                            gsize        *length);
/* Through spinecds-safe-file: atomic, 0600, the previous file kept as
 * FILE~, a link to one's own file saved through to it. On failure the
 * old file is untouched. @warning: what did not stop the save but the
 * user should know ("saved without a backup: …"), or NULL. */
gboolean      spinecds_case_file_save (SpineCdsCase *self,
                                       GFile        *file,
                                       char        **warning,
                                       GError      **error);
/* Takes what to write from @self at once (the caller may go on
 * editing), then checks and writes it in a worker thread. Once begun,
 * a save runs to its end and reports how it ended, even when
 * @cancellable was cancelled meanwhile. */
void          spinecds_case_file_save_async (SpineCdsCase       *self,
                                             GFile              *file,
                                             GCancellable       *cancellable,
                                             GAsyncReadyCallback callback,
                                             gpointer            user_data);
gboolean      spinecds_case_file_save_finish (GAsyncResult *result,
                                              char        **warning,
                                              GError      **error);

/* The file Save As writes for the name the file chooser confirmed: a
 * name typed without an extension gets ".spinecase", unless a file of
 * that name exists (the chooser asked about @chosen, not about it). */
GFile        *spinecds_case_file_name_for_save (GFile *chosen);

G_END_DECLS
