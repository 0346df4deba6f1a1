/* spinecds-condition.h: the knowledge base's condition language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Conditions are parsed once, when the knowledge base loads, with every
 * name resolved to an index, so evaluation does no lookups by string.
 * Evaluation is three-valued (true, false, unknown) and collects the
 * facts that made a condition true.
 */
#pragma once

#include <json-glib/json-glib.h>

#include "spinecds-case.h"
#include "spinecds-fact.h"

G_BEGIN_DECLS

typedef struct _SpineCdsCondition SpineCdsCondition;

/* What a condition may refer to at the place it is written. */
typedef struct
{
  const char *source;       /* for messages */
  GHashTable *concepts;     /* id -> GUINT_TO_POINTER (index + 1), those defined so far */
  GHashTable *rules;        /* id -> GUINT_TO_POINTER (index + 1), those it may name */
  gboolean    allow_triage; /* FALSE inside rules that set triage, and concepts */
} SpineCdsConditionScope;

/* What an evaluation sees: the case, and what has been decided so far. */
typedef struct
{
  SpineCdsCase     *kase;
  SpineCdsTristate *concept_values;
  GPtrArray       **concept_facts;
  gboolean         *rule_fired;
  GPtrArray       **rule_facts;
  SpineCdsTriage    triage;
} SpineCdsConditionContext;

SpineCdsCondition *spinecds_condition_parse (JsonNode                     *node,
                                             const char                   *path,
                                             const SpineCdsConditionScope *scope,
                                             GError                      **error);
void               spinecds_condition_free (SpineCdsCondition *self);
/* Appends to @facts the facts that made it true; appends nothing
 * unless the result is YES. */
SpineCdsTristate   spinecds_condition_evaluate (const SpineCdsCondition        *self,
                                                const SpineCdsConditionContext *context,
                                                GPtrArray                      *facts);

/* Whether a number the condition compares is exactly at its threshold
 * ("paraplegic for 48 hours" against "at most 48"): met or not, the
 * verdict is borderline (GUIDELINE-LOGIC §8.9). */
gboolean           spinecds_condition_at_limit (const SpineCdsCondition        *self,
                                                const SpineCdsConditionContext *context);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SpineCdsCondition, spinecds_condition_free)

/* Appends every value @self compares the field at @path with (concepts
 * and fired rules are not followed: walk every condition to see all). */
void spinecds_condition_collect_values (const SpineCdsCondition *self,
                                        const char              *path,
                                        GArray                  *values);

G_END_DECLS
