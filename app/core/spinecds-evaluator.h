/* spinecds-evaluator.h: assessment = evaluate (knowledge base, case)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "spinecds-assessment.h"
#include "spinecds-case.h"
#include "spinecds-knowledge-base.h"

G_BEGIN_DECLS

/* Pure: no I/O, no globals; the same inputs always give an equal
 * assessment. The most severe triage of any firing rule wins. */
SpineCdsAssessment *spinecds_evaluate (SpineCdsKnowledgeBase *kb,
                                       SpineCdsCase          *kase);

G_END_DECLS
