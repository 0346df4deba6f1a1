/* fuzz-support.h: case builder and assessment checks shared by the harnesses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <stddef.h>
#include <stdint.h>

#include "spinecds-assessment.h"
#include "spinecds-case.h"
#include "spinecds-knowledge-base.h"

G_BEGIN_DECLS

/* Every byte sequence gives a case that the format accepts: the
 * values stay inside the ranges of CASE-FORMAT §1 and favour the
 * thresholds the knowledge base tests (age 50/65, 38.0 °C, 48 h …). */
SpineCdsCase       *fuzz_case_build (const uint8_t *data,
                                     size_t         size);

/* A case with every code, finding, lab and detail set. */
SpineCdsCase       *fuzz_case_new_full (void);

/* serialize → parse → equal → serialize gives the same bytes. */
void                fuzz_check_case_round_trip (SpineCdsCase *kase,
                                                const char   *name);

/* The contract of CASE-FORMAT §2 on one evaluation: every
 * recommendation has reasons and resolvable references, the MSCC block
 * is consistent, the JSON parses and says what the object says, the
 * text is valid UTF-8, and a second evaluation gives the same JSON.
 * Returns the assessment (owned by the caller). */
SpineCdsAssessment *fuzz_evaluate_and_check (SpineCdsKnowledgeBase *kb,
                                             SpineCdsCase          *kase);

G_END_DECLS
