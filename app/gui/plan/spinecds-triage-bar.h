/* spinecds-triage-bar.h: the triage, wherever the clinician is looking
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * In a narrow window only the form shows. This bar sits above it with
 * the triage word, its colour and its time line; ticking urinary
 * retention turns it to Emergency at once. Activating it shows the
 * plan (win.show-assessment).
 */
#pragma once

#include <gtk/gtk.h>

#include "spinecds-assessment.h"

G_BEGIN_DECLS

#define SPINECDS_TYPE_TRIAGE_BAR (spinecds_triage_bar_get_type ())

G_DECLARE_FINAL_TYPE (SpineCdsTriageBar, spinecds_triage_bar, SPINECDS, TRIAGE_BAR, GtkWidget)

/* @assessment (nullable): none shows nothing. */
void        spinecds_triage_bar_set_assessment (SpineCdsTriageBar  *self,
                                                SpineCdsAssessment *assessment);
/* What the bar says, as a screen reader hears it. */
const char *spinecds_triage_bar_get_text (SpineCdsTriageBar *self);

G_END_DECLS
