/* spinecds-knowledge-base-private.h: what the evaluator reads of a knowledge base
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "spinecds-condition.h"
#include "spinecds-knowledge-base.h"

G_BEGIN_DECLS

#define SPINECDS_NO_TRIAGE (-1)

typedef struct
{
  char *id;
  char *label;
} SpineCdsKbRedFlag;

typedef struct
{
  char              *id;
  SpineCdsCondition *when;
} SpineCdsKbConcept;

typedef struct
{
  char              *id;
  SpineCdsCondition *when;
  char              *category;
  char              *text;
  /* The text when another rule sets a higher triage: no time limit of
   * this rule's own tier beside a more pressing one. Or NULL. */
  char              *text_beside_higher;
  /* The plan's time line instead of its triage's when this rule fires
   * and the final triage is the rule's tier (a child's routine plan is
   * a paediatric referral, not "reassess in 4-6 weeks"). Or NULL. */
  char              *timeframe;
  int                triage;       /* SpineCdsTriage, or SPINECDS_NO_TRIAGE */
  int                tier;         /* the level whose time limit @text states: @triage, or "tier" */
  int                red_flag;     /* index into red_flags, or -1 */
  char              *action;       /* or NULL */
  char             **also_actions; /* actions that go with @action ("how"), or NULL */
  char             **because;
  /* Case fields the rule asks the clinician to enter: the assessment
   * lists those still unknown as missing. Empty, never NULL. */
  char             **asks_for;
  char             **references;
} SpineCdsKbRule;

typedef struct
{
  char              *id;
  char              *label;
  SpineCdsCondition *when;
} SpineCdsKbCriterion;

typedef struct
{
  GPtrArray           *criteria; /* of SpineCdsKbCriterion* */
  SpineCdsKbCriterion *age_modifier;
  char               **references;
} SpineCdsKbMscc;

GPtrArray            *spinecds_knowledge_base_get_actions (SpineCdsKnowledgeBase *self);
GPtrArray            *spinecds_knowledge_base_get_red_flags (SpineCdsKnowledgeBase *self);
GPtrArray            *spinecds_knowledge_base_get_concepts (SpineCdsKnowledgeBase *self);
/* In file order; evaluate_order() lists triage rules first. */
GPtrArray            *spinecds_knowledge_base_get_rules (SpineCdsKnowledgeBase *self);
const guint          *spinecds_knowledge_base_get_evaluation_order (SpineCdsKnowledgeBase *self);
const SpineCdsKbMscc *spinecds_knowledge_base_get_mscc (SpineCdsKnowledgeBase *self);
const char           *spinecds_knowledge_base_get_timeframe (SpineCdsKnowledgeBase *self,
                                                             SpineCdsTriage         triage);

G_END_DECLS
