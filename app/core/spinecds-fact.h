/* spinecds-fact.h: one input that made a rule fire (a "because")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Facts are kept structured and described only when shown, so the same
 * assessment can be printed in any language.
 */
#pragma once

#include "spinecds-types.h"
#include "spinecds-catalog.h"

G_BEGIN_DECLS

typedef enum
{
  SPINECDS_FACT_CODE,    /* a symptom, sign, history item or finding is present */
  SPINECDS_FACT_NUMBER,  /* a numeric field with its value */
  SPINECDS_FACT_CHOICE,  /* an enumerated or boolean field with its value */
  SPINECDS_FACT_TEXT,    /* a reason written in the knowledge base */
  SPINECDS_FACT_ASSUMED, /* a field not entered, counted as its worst case */
} SpineCdsFactKind;

/* Facts are immutable and shared by reference between the rules that
 * use them. @name and @value point at static strings (codes, field
 * paths, nicks) or at the knowledge base's texts, which the assessment
 * keeps alive; only @level, taken from the case, is owned. */
typedef struct
{
  gatomicrefcount  ref_count;
  SpineCdsFactKind kind;
  SpineCdsCodeKind code_kind; /* CODE; ASSUMED: FINDING for a reported finding */
  const char      *name;      /* CODE: the code; NUMBER, CHOICE, ASSUMED: the field path (a reported
                               * finding: the code); TEXT: the msgid */
  const char      *value;     /* CHOICE, ASSUMED: the nick; CODE: a finding's grade nick, or NULL */
  char            *level;     /* CODE: a finding's level, or NULL */
  double           number;    /* NUMBER; a reported finding: 1 when only doubted */
} SpineCdsFact;

SpineCdsFact *spinecds_fact_new_code (SpineCdsCodeKind kind,
                                      const char      *code);
SpineCdsFact *spinecds_fact_new_finding (const char   *code,
                                         SpineCdsGrade grade,
                                         const char   *level);
SpineCdsFact *spinecds_fact_new_number (const char *field,
                                        double      number);
SpineCdsFact *spinecds_fact_new_choice (const char *field,
                                        const char *nick);
SpineCdsFact *spinecds_fact_new_text (const char *msgid);
/* @field was not entered and counts as @nick, the value that gives the
 * highest triage; NULL for a number (an age), which counts as a band. */
SpineCdsFact *spinecds_fact_new_assumed (const char *field,
                                         const char *nick);
/* A finding the pasted report names (@doubtful: only as possible) and
 * the case lacks, counted for the worst case: ASSUMED, with the code,
 * grade and level of @finding (a CODE fact of a finding). */
SpineCdsFact *spinecds_fact_new_reported_finding (const SpineCdsFact *finding,
                                                  gboolean            doubtful);
SpineCdsFact *spinecds_fact_ref (SpineCdsFact *self);
void          spinecds_fact_unref (SpineCdsFact *self);
gboolean      spinecds_fact_equal (const SpineCdsFact *a,
                                   const SpineCdsFact *b);
/* A short phrase for a clinician, in the catalog's language. */
char         *spinecds_fact_describe (const SpineCdsFact *self,
                                      SpineCdsCatalog    *catalog);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SpineCdsFact, spinecds_fact_unref)

G_END_DECLS
