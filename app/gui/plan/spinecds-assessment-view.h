/* spinecds-assessment-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "spinecds-assessment.h"
#include "spinecds-decision-panel.h"
#include "spinecds-catalog.h"

G_BEGIN_DECLS

#define SPINECDS_TYPE_ASSESSMENT_VIEW (spinecds_assessment_view_get_type ())

/* The plan: triage banner, red flags, recommendations by category, MSCC. */
G_DECLARE_FINAL_TYPE (SpineCdsAssessmentView, spinecds_assessment_view, SPINECDS, ASSESSMENT_VIEW, AdwBin)

void                   spinecds_assessment_view_set_assessment (SpineCdsAssessmentView *self,
                                                                SpineCdsAssessment     *assessment,
                                                                SpineCdsCatalog        *catalog);
SpineCdsAssessment    *spinecds_assessment_view_get_assessment (SpineCdsAssessmentView *self);
/* The translated triage heading shown in the banner, for tests. */
const char            *spinecds_assessment_view_get_triage_text (SpineCdsAssessmentView *self);
/* The banner's time frame, a knowledge-base text in the interface language, for tests. */
const char            *spinecds_assessment_view_get_timeframe_text (SpineCdsAssessmentView *self);

/* The review dates the banner shows, or NULL when the plan has none. */
const char            *spinecds_assessment_view_get_follow_up (SpineCdsAssessmentView *self);

/* Where the clinician records the decision about this plan. */
SpineCdsDecisionPanel *spinecds_assessment_view_get_decision_panel (SpineCdsAssessmentView *self);

G_END_DECLS
