/* spinecds-assessment-private.h: how the evaluator builds an assessment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "spinecds-assessment.h"
#include "spinecds-knowledge-base-private.h"

G_BEGIN_DECLS

SpineCdsAssessment *spinecds_assessment_new (SpineCdsKnowledgeBase *kb);
void                spinecds_assessment_set_triage (SpineCdsAssessment *self,
                                                    SpineCdsTriage      triage);
/* Takes ownership of @because. */
void                spinecds_assessment_add_red_flag (SpineCdsAssessment      *self,
                                                      const SpineCdsKbRedFlag *flag,
                                                      GPtrArray               *because);
void                spinecds_assessment_add_recommendation (SpineCdsAssessment   *self,
                                                            const SpineCdsKbRule *rule,
                                                            GPtrArray            *because);
/* Once every rule has run: each outranked rule takes its
 * text_beside_higher. @rules: the knowledge base's. */
void                spinecds_assessment_settle_texts (SpineCdsAssessment *self,
                                                      GPtrArray          *rules);
/* Takes ownership of @mscc. */
void                spinecds_assessment_set_mscc_surgery (SpineCdsAssessment  *self,
                                                          SpineCdsMsccSurgery *mscc);
/* clang-format off */
/* @missing: field paths to enter, the first @n_needed of them fields
 * a plan is made from (the plan is incomplete when there are any). */
void                spinecds_assessment_set_missing (SpineCdsAssessment *self,
                                                     const char * const *missing,
                                                     guint               n_needed);
/* clang-format on */
void                spinecds_assessment_set_follow_up (SpineCdsAssessment *self,
                                                       const char         *from,
                                                       const char         *to);
/* After the triage is final: it judges whether @decision is stale. */
void                spinecds_assessment_set_decision (SpineCdsAssessment *self,
                                                      SpineCdsDecision   *decision);
/* Orders the actions as the knowledge base lists them and numbers the
 * references in order of first citation. */
void                spinecds_assessment_finish (SpineCdsAssessment *self);

G_END_DECLS
