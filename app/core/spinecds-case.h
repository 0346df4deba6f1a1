/* spinecds-case.h: the physician's inputs, one GObject
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every field of CASE-FORMAT §1 is a property. Nullable numbers use
 * SPINECDS_UNKNOWN (any negative value) for "unknown". Any change to
 * any input, including the code sets and the findings list, emits
 * exactly one ::changed signal, so views and the evaluator need to
 * listen to one thing only.
 */
#pragma once

#include <gio/gio.h>

#include "spinecds-types.h"
#include "spinecds-enums.h"
#include "spinecds-finding.h"
#include "spinecds-decision.h"
#include "spinecds-report-digest.h"

G_BEGIN_DECLS

#define SPINECDS_TYPE_CASE (spinecds_case_get_type ())

G_DECLARE_FINAL_TYPE (SpineCdsCase, spinecds_case, SPINECDS, CASE, GObject)

/* The free texts of case format 2 about who and when; dates are
 * "YYYY-MM-DD", and every one is "" when not given. */
typedef enum
{
  SPINECDS_CASE_TEXT_PATIENT_NAME,
  SPINECDS_CASE_TEXT_PATIENT_IDENTIFIER,
  SPINECDS_CASE_TEXT_BIRTH_DATE,
  SPINECDS_CASE_TEXT_PATIENT_LANGUAGE,
  SPINECDS_CASE_TEXT_VISIT_DATE,
  SPINECDS_CASE_N_TEXTS
} SpineCdsCaseText;

SpineCdsCase         *spinecds_case_new (void);
SpineCdsCase         *spinecds_case_copy (SpineCdsCase *self);
/* Replaces every input of @self by those of @other (one ::changed). */
void                  spinecds_case_assign (SpineCdsCase *self,
                                            SpineCdsCase *other);
gboolean              spinecds_case_equal (SpineCdsCase *a,
                                           SpineCdsCase *b);

/* -1 and SPINECDS_REGION_UNKNOWN until entered (GUIDELINE-LOGIC §8.11). */
int                   spinecds_case_get_age_years (SpineCdsCase *self);
void                  spinecds_case_set_age_years (SpineCdsCase *self,
                                                   int           age_years);
SpineCdsSex           spinecds_case_get_sex (SpineCdsCase *self);
void                  spinecds_case_set_sex (SpineCdsCase *self,
                                             SpineCdsSex   sex);
SpineCdsRegion        spinecds_case_get_region (SpineCdsCase *self);
void                  spinecds_case_set_region (SpineCdsCase  *self,
                                                SpineCdsRegion region);
double                spinecds_case_get_symptom_duration_weeks (SpineCdsCase *self);
void                  spinecds_case_set_symptom_duration_weeks (SpineCdsCase *self,
                                                                double        weeks);
double                spinecds_case_get_conservative_care_weeks (SpineCdsCase *self);
void                  spinecds_case_set_conservative_care_weeks (SpineCdsCase *self,
                                                                 double        weeks);
SpineCdsResponse      spinecds_case_get_conservative_care_response (SpineCdsCase *self);
void                  spinecds_case_set_conservative_care_response (SpineCdsCase    *self,
                                                                    SpineCdsResponse response);
gboolean              spinecds_case_get_intervention_candidate (SpineCdsCase *self);
void                  spinecds_case_set_intervention_candidate (SpineCdsCase *self,
                                                                gboolean      candidate);

/* Code sets (symptoms, signs, history). Order of insertion is kept so
 * that a loaded file saves byte-identical. */
gboolean              spinecds_case_has_code (SpineCdsCase    *self,
                                              SpineCdsCodeKind kind,
                                              const char      *code);
void                  spinecds_case_set_code (SpineCdsCase    *self,
                                              SpineCdsCodeKind kind,
                                              const char      *code,
                                              gboolean         present);
/* NULL-terminated, borrowed; valid until the next change. */
const char * const   *spinecds_case_get_codes (SpineCdsCase    *self,
                                               SpineCdsCodeKind kind);

gboolean              spinecds_case_get_mri_done (SpineCdsCase *self);
void                  spinecds_case_set_mri_done (SpineCdsCase *self,
                                                  gboolean      mri_done);
/* A GListModel of SpineCdsFinding. Edit it through the functions below
 * so that ::changed is emitted; setting a finding's grade, level or
 * note also emits ::changed. */
GListModel           *spinecds_case_get_findings (SpineCdsCase *self);
/* The regions the findings' levels name, as bits 1 << SpineCdsRegion
 * (spinecds_finding_get_regions); 0 when no finding has a level. */
guint                 spinecds_case_get_finding_regions (SpineCdsCase *self);
void                  spinecds_case_add_finding (SpineCdsCase    *self,
                                                 SpineCdsFinding *finding);
void                  spinecds_case_remove_finding (SpineCdsCase *self,
                                                    guint         position);
void                  spinecds_case_clear_findings (SpineCdsCase *self);
/* The first finding with @code, or NULL. Finding codes are a set too:
 * add_finding() of a present code replaces it. */
SpineCdsFinding      *spinecds_case_lookup_finding (SpineCdsCase *self,
                                                    const char   *code);
const char           *spinecds_case_get_report_text (SpineCdsCase *self);
void                  spinecds_case_set_report_text (SpineCdsCase *self,
                                                     const char   *text);
/* What the report names, read once per text: NULL without a report.
 * The first call reads the report and may load vocabularies, so a case
 * with a report is read where it is loaded, in a worker thread
 * (spinecds_case_read_report_in_worker), not on the main loop. */
SpineCdsReportDigest *spinecds_case_read_report (SpineCdsCase *self);
/* The same in a worker thread that hands the case to the main loop:
 * the vocabularies loaded for it are not kept (about 10 MiB each). */
void                  spinecds_case_read_report_in_worker (SpineCdsCase *self);
gboolean              spinecds_case_is_report_read (SpineCdsCase *self);

double                spinecds_case_get_crp_mg_l (SpineCdsCase *self);
void                  spinecds_case_set_crp_mg_l (SpineCdsCase *self,
                                                  double        crp);
double                spinecds_case_get_temperature_c (SpineCdsCase *self);
void                  spinecds_case_set_temperature_c (SpineCdsCase *self,
                                                       double        temperature);
/* -1 when unknown */
int                   spinecds_case_get_mjoa (SpineCdsCase *self);
void                  spinecds_case_set_mjoa (SpineCdsCase *self,
                                              int           mjoa);

gboolean              spinecds_case_get_has_surgery (SpineCdsCase *self);
void                  spinecds_case_set_has_surgery (SpineCdsCase *self,
                                                     gboolean      has_surgery);
double                spinecds_case_get_surgery_weeks_ago (SpineCdsCase *self);
void                  spinecds_case_set_surgery_weeks_ago (SpineCdsCase *self,
                                                           double        weeks);
const char           *spinecds_case_get_surgery_procedure (SpineCdsCase *self);
void                  spinecds_case_set_surgery_procedure (SpineCdsCase *self,
                                                           const char   *procedure);

gboolean              spinecds_case_get_has_mscc (SpineCdsCase *self);
void                  spinecds_case_set_has_mscc (SpineCdsCase *self,
                                                  gboolean      has_mscc);
int                   spinecds_case_get_mscc_separate_areas (SpineCdsCase *self);
void                  spinecds_case_set_mscc_separate_areas (SpineCdsCase *self,
                                                             int           areas);
double                spinecds_case_get_mscc_deficit_hours (SpineCdsCase *self);
void                  spinecds_case_set_mscc_deficit_hours (SpineCdsCase *self,
                                                            double        hours);
double                spinecds_case_get_mscc_paraplegic_hours (SpineCdsCase *self);
void                  spinecds_case_set_mscc_paraplegic_hours (SpineCdsCase *self,
                                                               double        hours);
double                spinecds_case_get_mscc_predicted_survival_months (SpineCdsCase *self);
void                  spinecds_case_set_mscc_predicted_survival_months (SpineCdsCase *self,
                                                                        double        months);
SpineCdsTristate      spinecds_case_get_mscc_radiosensitive (SpineCdsCase *self);
void                  spinecds_case_set_mscc_radiosensitive (SpineCdsCase    *self,
                                                             SpineCdsTristate radiosensitive);

const char           *spinecds_case_get_notes (SpineCdsCase *self);
void                  spinecds_case_set_notes (SpineCdsCase *self,
                                               const char   *notes);

/* The property of @text ("patient-name", …), for bindings. */
const char           *spinecds_case_text_property (SpineCdsCaseText text);
/* @text as one line to print beside other facts: control characters
 * (a line break that would forge a "Triage:" line in a note) become
 * spaces, and the characters that embed, override or isolate a writing
 * direction (which turn "47" into "74" in a summary) are dropped. */
char                 *spinecds_case_dup_display_text (SpineCdsCase    *self,
                                                      SpineCdsCaseText text);
/* Whose case it is, as a clinic files it: "name, hospital number",
 * either of them, or "" — as display text. */
char                 *spinecds_case_dup_patient_label (SpineCdsCase *self);
const char           *spinecds_case_get_text (SpineCdsCase    *self,
                                              SpineCdsCaseText text);
void                  spinecds_case_set_text (SpineCdsCase    *self,
                                              SpineCdsCaseText text,
                                              const char      *value);
/* (nullable) */
SpineCdsDecision     *spinecds_case_get_decision (SpineCdsCase *self);
void                  spinecds_case_set_decision (SpineCdsCase     *self,
                                                  SpineCdsDecision *decision);

/* "YYYY-MM-DD" naming a real day. */
gboolean              spinecds_case_date_is_valid (const char *text);
/* The date in @field (birth or visit date); FALSE (and @date cleared)
 * when it is not given. */
gboolean              spinecds_case_get_date (SpineCdsCase    *self,
                                              SpineCdsCaseText field,
                                              GDate           *date);
/* "" or a language code ("de", "pt_BR"). */
gboolean              spinecds_case_language_is_valid (const char *text);
/* The age on the visit date from the birth date, or -1 when either is
 * missing. */
int                   spinecds_case_age_on_visit (SpineCdsCase *self);
/* Adds a finding read from a report, updating the one it describes
 * (same code and level, or an unlocated one of that code) and keeping
 * the physician's note. */
void                  spinecds_case_merge_finding (SpineCdsCase    *self,
                                                   SpineCdsFinding *finding);
/* A finding of @code at @level (NULL: without a level) is listed. */
gboolean              spinecds_case_has_finding_at (SpineCdsCase *self,
                                                    const char   *code,
                                                    const char   *level);

G_END_DECLS
