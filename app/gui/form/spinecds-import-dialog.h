/* spinecds-import-dialog.h: proposes findings from a radiology report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "spinecds-case.h"
#include "spinecds-report-reader.h"

G_BEGIN_DECLS

#define SPINECDS_TYPE_IMPORT_DIALOG (spinecds_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SpineCdsImportDialog, spinecds_import_dialog, SPINECDS, IMPORT_DIALOG, AdwWindow)

/* A modal dialog on @parent that edits @kase only when the physician
 * presses Import (the action "import.import"); "window.close" cancels. */
SpineCdsImportDialog *spinecds_import_dialog_new (GtkWindow    *parent,
                                                  SpineCdsCase *kase);
SpineCdsCase         *spinecds_import_dialog_get_case (SpineCdsImportDialog *self);
/* The report text; its tags are named after spinecds_mention_status_to_string(). */
GtkTextBuffer        *spinecds_import_dialog_get_buffer (SpineCdsImportDialog *self);
/* Reads @file asynchronously into the text, as "Open Text File…" does. */
void                  spinecds_import_dialog_load_file (SpineCdsImportDialog *self,
                                                        GFile                *file);
/* The group that lists the proposals of @status. */
AdwPreferencesGroup  *spinecds_import_dialog_get_group (SpineCdsImportDialog *self,
                                                        SpineCdsMentionStatus status);
/* The row that proposes @code, or NULL; its activatable widget is the
 * GtkCheckButton that decides whether the finding is imported. */
/* The language the report is read in: "auto" or a language code. */
GtkDropDown          *spinecds_import_dialog_get_language_dropdown (SpineCdsImportDialog *self);
/* "Read as German" when recognised, else "". */
const char           *spinecds_import_dialog_get_language_text (SpineCdsImportDialog *self);
/* Why nothing was read from the text, or NULL when something was. */
const char           *spinecds_import_dialog_get_unread_message (SpineCdsImportDialog *self);
/* The warning about what the report names beyond the proposals
 * (findings with no code, findings in a second language), or NULL. */
const char           *spinecds_import_dialog_get_warning_message (SpineCdsImportDialog *self);
AdwActionRow         *spinecds_import_dialog_get_row (SpineCdsImportDialog *self,
                                                      const char           *code);

G_END_DECLS
