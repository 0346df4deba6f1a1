/* spinecds-findings-editor.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "spinecds-case.h"

G_BEGIN_DECLS

#define SPINECDS_TYPE_FINDINGS_EDITOR (spinecds_findings_editor_get_type ())

/* The MRI findings of a case: add, grade, level, note, remove. */
G_DECLARE_FINAL_TYPE (SpineCdsFindingsEditor, spinecds_findings_editor, SPINECDS, FINDINGS_EDITOR, AdwPreferencesGroup)

/* The editor edits @kase's findings (%NULL: none), holding a reference. */
void spinecds_findings_editor_set_case (SpineCdsFindingsEditor *self,
                                        SpineCdsCase           *kase);

G_END_DECLS
