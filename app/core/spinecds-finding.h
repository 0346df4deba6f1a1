/* spinecds-finding.h: one finding of the available imaging
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "spinecds-types.h"

G_BEGIN_DECLS

#define SPINECDS_TYPE_FINDING (spinecds_finding_get_type ())

G_DECLARE_FINAL_TYPE (SpineCdsFinding, spinecds_finding, SPINECDS, FINDING, GObject)

SpineCdsFinding *spinecds_finding_new (const char *code);
SpineCdsFinding *spinecds_finding_copy (SpineCdsFinding *self);
gboolean         spinecds_finding_equal (SpineCdsFinding *a,
                                         SpineCdsFinding *b);
const char      *spinecds_finding_get_code (SpineCdsFinding *self);
SpineCdsGrade    spinecds_finding_get_grade (SpineCdsFinding *self);
void             spinecds_finding_set_grade (SpineCdsFinding *self,
                                             SpineCdsGrade    grade);
/* Level and note: NULL when absent. */
const char      *spinecds_finding_get_level (SpineCdsFinding *self);
/* The regions its level names, as bits 1 << SpineCdsRegion ("C7-T1":
 * cervical and thoracic; a sacral level counts as lumbar); 0 when it
 * names none. */
guint            spinecds_finding_get_regions (SpineCdsFinding *self);
void             spinecds_finding_set_level (SpineCdsFinding *self,
                                             const char      *level);
const char      *spinecds_finding_get_note (SpineCdsFinding *self);
void             spinecds_finding_set_note (SpineCdsFinding *self,
                                            const char      *note);

G_END_DECLS
