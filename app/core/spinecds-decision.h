/* spinecds-decision.h: what the clinician decided about a plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An immutable record (CASE-FORMAT §1.1): the status, the note that
 * says what was done instead and why, who decided and when, and the
 * triage and knowledge base the plan had then, so that a later plan
 * can tell the decision is stale.
 */
#pragma once

#include <glib-object.h>

#include "spinecds-catalog.h"
#include "spinecds-types.h"

G_BEGIN_DECLS

#define SPINECDS_TYPE_DECISION (spinecds_decision_get_type ())

typedef struct
{
  gatomicrefcount        ref_count;
  SpineCdsDecisionStatus status;
  char                  *note; /* "" when accepted without a note */
  char                  *clinician;
  char                  *decided_at; /* RFC 3339 with offset */
  SpineCdsTriage         triage;     /* of the plan decided on */
  char                  *kb_id;
  char                  *kb_version;
  char                  *kb_checksum;
} SpineCdsDecision;

GType             spinecds_decision_get_type (void) G_GNUC_CONST;
SpineCdsDecision *spinecds_decision_new (SpineCdsDecisionStatus status,
                                         const char            *note,
                                         const char            *clinician,
                                         const char            *decided_at,
                                         SpineCdsTriage         triage,
                                         const char            *kb_id,
                                         const char            *kb_version,
                                         const char            *kb_checksum);
SpineCdsDecision *spinecds_decision_ref (SpineCdsDecision *self);
void              spinecds_decision_unref (SpineCdsDecision *self);
gboolean          spinecds_decision_equal (const SpineCdsDecision *a,
                                           const SpineCdsDecision *b);
/* A modified or declined plan needs a note saying what was done instead. */
gboolean          spinecds_decision_status_needs_note (SpineCdsDecisionStatus status);

/* msgid of "accepted", "modified" or "declined". */
const char       *spinecds_decision_status_label (SpineCdsDecisionStatus status);
/* "Decision: plan declined by Dr B, 2026-…", then the note and, when
 * @stale, that the plan has changed since: one text for the plan, the
 * summary and the record note, in @catalog's language (NULL: English). */
char             *spinecds_decision_describe (const SpineCdsDecision *self,
                                              gboolean                stale,
                                              SpineCdsCatalog        *catalog);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SpineCdsDecision, spinecds_decision_unref)

G_END_DECLS
