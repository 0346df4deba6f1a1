/* spinecds-decision-panel.h: what the clinician decided about the plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Accept, modify or decline the plan, with a note (required unless
 * accepted) and the clinician's name; recording stamps the time, the
 * triage and the knowledge base into the case (case format 2). When the
 * plan changes afterwards the panel says the decision is stale and asks
 * again.
 */
#pragma once

#include <adwaita.h>

#include "spinecds-assessment.h"
#include "spinecds-case.h"

G_BEGIN_DECLS

#define SPINECDS_TYPE_DECISION_PANEL (spinecds_decision_panel_get_type ())

G_DECLARE_FINAL_TYPE (SpineCdsDecisionPanel, spinecds_decision_panel, SPINECDS, DECISION_PANEL, AdwBin)

/* The case the decision is recorded in, and the plan it is about. */
void        spinecds_decision_panel_set_case (SpineCdsDecisionPanel *self,
                                              SpineCdsCase          *kase);
void        spinecds_decision_panel_set_assessment (SpineCdsDecisionPanel *self,
                                                    SpineCdsAssessment    *assessment);
/* The name the clinician field starts with (Preferences). */
void        spinecds_decision_panel_set_clinician (SpineCdsDecisionPanel *self,
                                                   const char            *clinician);
/* The state line: not recorded, recorded, or stale. */
const char *spinecds_decision_panel_get_state (SpineCdsDecisionPanel *self);

G_END_DECLS
