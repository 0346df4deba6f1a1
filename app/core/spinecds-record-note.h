/* spinecds-record-note.h: the plan as plain text for the patient's record
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One text, pasted by "Copy for the record" in the app and printed by
 * `spinecds-cli evaluate --format note` (CASE-FORMAT §3): who and when,
 * the triage, what is missing, the red flags, the plan, the follow-up,
 * the clinician's decision and the knowledge base it came from. Plain
 * text with no references or reasons: the record links to the summary
 * for those.
 */
#pragma once

#include "spinecds-assessment.h"
#include "spinecds-case.h"
#include "spinecds-catalog.h"

G_BEGIN_DECLS

/* "47 years, female", "age not known, sex not known": the patient as
 * the note and the summary name them. @catalog: nullable, English. */
char *spinecds_record_note_age_sex (SpineCdsCase    *kase,
                                    SpineCdsCatalog *catalog);

/* @catalog (nullable): the language of the note; NULL means English. */
char *spinecds_record_note (SpineCdsCase       *kase,
                            SpineCdsAssessment *assessment,
                            SpineCdsCatalog    *catalog);

G_END_DECLS
