/* spinecds-assessment.h: what the evaluator concludes about a case
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Immutable once built by spinecds_evaluate(). Texts are kept as the
 * knowledge base's English msgids and translated only on output, so one
 * assessment serves a German UI and an Arabic handout alike.
 */
#pragma once

#include "spinecds-types.h"
#include "spinecds-catalog.h"
#include "spinecds-decision.h"
#include "spinecds-fact.h"
#include "spinecds-knowledge-base.h"

G_BEGIN_DECLS

typedef struct
{
  const char *id;      /* stable code, e.g. "suspected_cauda_equina" */
  const char *label;   /* msgid */
  GPtrArray  *because; /* of SpineCdsFact* */
} SpineCdsRedFlag;

typedef struct
{
  const char         *id;         /* the rule id */
  const char         *action;     /* stable action code, or NULL */
  const char         *category;   /* triage, imaging, treatment, medication, referral, advice, pitfall */
  const char         *text;       /* msgid */
  GPtrArray          *because;    /* of SpineCdsFact*, never empty */
  const char * const *references; /* reference ids, at least one */
} SpineCdsRecommendation;

typedef struct
{
  const char      *id;    /* single_area, not_paraplegic_over_48h, … */
  const char      *label; /* msgid */
  SpineCdsTristate met;
  gboolean         at_limit; /* the value is exactly the threshold */
} SpineCdsMsccCriterion;

typedef struct
{
  GPtrArray       *criteria; /* of SpineCdsMsccCriterion* */
  SpineCdsTristate eligible;
  SpineCdsTristate surgery_favoured;
  SpineCdsTristate age_modifier_met; /* age < 65 */
  gboolean         age_modifier_at_limit;
  const char      *age_modifier_label; /* msgid */
} SpineCdsMsccSurgery;

#define SPINECDS_TYPE_ASSESSMENT (spinecds_assessment_get_type ())

G_DECLARE_FINAL_TYPE (SpineCdsAssessment, spinecds_assessment, SPINECDS, ASSESSMENT, GObject)

SpineCdsKnowledgeBase     *spinecds_assessment_get_knowledge_base (SpineCdsAssessment *self);
SpineCdsTriage             spinecds_assessment_get_triage (SpineCdsAssessment *self);
/* msgid */
const char                *spinecds_assessment_get_timeframe (SpineCdsAssessment *self);
/* Borrowed arrays. */
GPtrArray                 *spinecds_assessment_get_red_flags (SpineCdsAssessment *self);
const char * const        *spinecds_assessment_get_actions (SpineCdsAssessment *self);
gboolean                   spinecds_assessment_has_action (SpineCdsAssessment *self,
                                                           const char         *action);
gboolean                   spinecds_assessment_has_red_flag (SpineCdsAssessment *self,
                                                             const char         *id);
GPtrArray                 *spinecds_assessment_get_recommendations (SpineCdsAssessment *self);
/* The plan holds the recommendation of rule @rule_id. */
gboolean                   spinecds_assessment_has_recommendation (SpineCdsAssessment *self,
                                                                   const char         *rule_id);
/* NULL unless the case has MSCC details. */
const SpineCdsMsccSurgery *spinecds_assessment_get_mscc_surgery (SpineCdsAssessment *self);
/* A value lies exactly at a criterion's limit (or the age modifier's):
 * the verdict could go either way (GUIDELINE-LOGIC §8.9). */
gboolean                   spinecds_mscc_surgery_is_borderline (const SpineCdsMsccSurgery *mscc);
/* The cited references, numbered 1… in order of first citation. */
GPtrArray                 *spinecds_assessment_get_references (SpineCdsAssessment *self);
/* 1-based number of a cited reference, 0 if not cited. */
guint                      spinecds_assessment_get_reference_number (SpineCdsAssessment *self,
                                                                     const char         *reference_id);

/* The field paths the plan still needs ("patient.age_years", "region");
 * empty when the case is complete. */
const char * const        *spinecds_assessment_get_missing (SpineCdsAssessment *self);
/* When to see the patient again ("YYYY-MM-DD"), counted from the visit
 * date; FALSE when the plan sends the patient on instead. */
gboolean                   spinecds_assessment_get_follow_up (SpineCdsAssessment *self,
                                                              const char        **from,
                                                              const char        **to);
/* The case's decision (nullable) and whether the plan has changed since. */
SpineCdsDecision          *spinecds_assessment_get_decision (SpineCdsAssessment *self,
                                                             gboolean           *stale);

/* CASE-FORMAT §2; @catalog NULL means English. */
char                      *spinecds_assessment_to_json (SpineCdsAssessment *self,
                                                        SpineCdsCatalog    *catalog);
/* A readable plan for a terminal. */
char                      *spinecds_assessment_to_text (SpineCdsAssessment *self,
                                                        SpineCdsCatalog    *catalog);

/* "routine" … "emergency" */
const char                *spinecds_triage_to_string (SpineCdsTriage triage);
/* msgid of "Routine" … "Emergency" */
const char                *spinecds_triage_get_label (SpineCdsTriage triage);
/* A field a plan is made from is missing (the age, the region,
 * anything clinical, the findings of a pasted report): no plan is made,
 * and without the age or region the triage is the worst case's. */
gboolean                   spinecds_assessment_is_incomplete (SpineCdsAssessment *self);
/* Under a triage that is not "Incomplete", while a field a plan is
 * made from is missing: "not entered yet: Age (years). The triage counts
 * the worst case for it." in the catalog's language; NULL otherwise. */
char                      *spinecds_assessment_dup_incomplete_note (SpineCdsAssessment *self,
                                                                    SpineCdsCatalog    *catalog);
/* Whether the headline of this plan is "Incomplete": the case lacks
 * its age or region and nothing raised it above routine, so it has no
 * plan yet and must not look like an all-clear (GUIDELINE-LOGIC §8.11). */
gboolean                   spinecds_assessment_is_unplanned (SpineCdsAssessment *self);
/* Whether the plan hands the patient to another team (a surgeon, the
 * MSCC or paediatric team, or an assessment today or now), which then
 * owns the follow-up; otherwise it stays with the treating clinician. */
gboolean                   spinecds_assessment_sends_patient_on (SpineCdsAssessment *self);
/* The headline's word (msgid): the triage's label, or "Incomplete". */
const char                *spinecds_assessment_get_headline (SpineCdsAssessment *self);

G_END_DECLS
