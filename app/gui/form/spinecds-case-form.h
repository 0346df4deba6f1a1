/* spinecds-case-form.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "spinecds-case.h"
#include "spinecds-codes-group.h"

G_BEGIN_DECLS

#define SPINECDS_TYPE_CASE_FORM (spinecds_case_form_get_type ())

/* Every input of a case, bound to it; the form holds no state of its own. */
G_DECLARE_FINAL_TYPE (SpineCdsCaseForm, spinecds_case_form, SPINECDS, CASE_FORM, AdwBin)

SpineCdsCase       *spinecds_case_form_get_case (SpineCdsCaseForm *self);
void                spinecds_case_form_set_case (SpineCdsCaseForm *self,
                                                 SpineCdsCase     *kase);
/* The form control bound to @property (a case property name), for tests. */
GtkWidget          *spinecds_case_form_get_control (SpineCdsCaseForm *self,
                                                    const char       *property);
SpineCdsCodesGroup *spinecds_case_form_get_codes_group (SpineCdsCaseForm *self,
                                                        SpineCdsCodeKind  kind);
/* The groups below the first screenful appear after the window's first
 * frame; this shows them at once. */
void                spinecds_case_form_ensure_complete (SpineCdsCaseForm *self);

G_END_DECLS
