/* spinecds-types.h: forward declarations, the knowledge base's errors and
 * the enumerations of the case format
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _SpineCdsAssessment    SpineCdsAssessment;
typedef struct _SpineCdsCase          SpineCdsCase;
typedef struct _SpineCdsFinding       SpineCdsFinding;
typedef struct _SpineCdsKnowledgeBase SpineCdsKnowledgeBase;

/* The knowledge base's errors. Here rather than in its header because
 * the condition language, which the knowledge base's loader uses,
 * reports them too. */
#define SPINECDS_KNOWLEDGE_BASE_ERROR (spinecds_knowledge_base_error_quark ())

typedef enum /*< skip >*/
{
  SPINECDS_KNOWLEDGE_BASE_ERROR_INVALID,
  SPINECDS_KNOWLEDGE_BASE_ERROR_MISSING,
} SpineCdsKnowledgeBaseError;

GQuark spinecds_knowledge_base_error_quark (void);

/* The nicks are the spellings of CASE-FORMAT §1; files and the
 * assessment JSON use them, so they must never change. */

typedef enum /*< underscore_name=spinecds_region >*/
{
  SPINECDS_REGION_CERVICAL, /*< nick=cervical >*/
  SPINECDS_REGION_THORACIC, /*< nick=thoracic >*/
  SPINECDS_REGION_LUMBAR,   /*< nick=lumbar >*/
  /* Not entered yet (case format 2 writes null): no plan may assume one. */
  SPINECDS_REGION_UNKNOWN, /*< nick=unknown >*/
} SpineCdsRegion;

typedef enum /*< underscore_name=spinecds_sex >*/
{
  SPINECDS_SEX_UNKNOWN, /*< nick=unknown >*/
  SPINECDS_SEX_FEMALE,  /*< nick=female >*/
  SPINECDS_SEX_MALE,    /*< nick=male >*/
  SPINECDS_SEX_OTHER,   /*< nick=other >*/
} SpineCdsSex;

typedef enum /*< underscore_name=spinecds_response >*/
{
  SPINECDS_RESPONSE_NOT_TRIED, /*< nick=not_tried >*/
  SPINECDS_RESPONSE_IMPROVING, /*< nick=improving >*/
  SPINECDS_RESPONSE_UNCHANGED, /*< nick=unchanged >*/
  SPINECDS_RESPONSE_WORSENING, /*< nick=worsening >*/
} SpineCdsResponse;

/* A finding's grade; NONE means the report gave no grade. */
typedef enum /*< underscore_name=spinecds_grade >*/
{
  SPINECDS_GRADE_NONE,     /*< nick=none >*/
  SPINECDS_GRADE_MILD,     /*< nick=mild >*/
  SPINECDS_GRADE_MODERATE, /*< nick=moderate >*/
  SPINECDS_GRADE_SEVERE,   /*< nick=severe >*/
} SpineCdsGrade;

/* A yes/no answer that may not be known (JSON true, false or null). */
typedef enum /*< underscore_name=spinecds_tristate >*/
{
  SPINECDS_TRISTATE_UNKNOWN, /*< nick=unknown >*/
  SPINECDS_TRISTATE_NO,      /*< nick=no >*/
  SPINECDS_TRISTATE_YES,     /*< nick=yes >*/
} SpineCdsTristate;

/* Ordered: a larger value is more severe, and the evaluator keeps the maximum. */
typedef enum /*< underscore_name=spinecds_triage >*/
{
  SPINECDS_TRIAGE_ROUTINE,   /*< nick=routine >*/
  SPINECDS_TRIAGE_EXPEDITED, /*< nick=expedited >*/
  SPINECDS_TRIAGE_URGENT,    /*< nick=urgent >*/
  SPINECDS_TRIAGE_EMERGENCY, /*< nick=emergency >*/
} SpineCdsTriage;

/* What the clinician decided about the plan (CASE-FORMAT §1.1). */
typedef enum /*< underscore_name=spinecds_decision_status >*/
{
  SPINECDS_DECISION_ACCEPTED, /*< nick=accepted >*/
  SPINECDS_DECISION_MODIFIED, /*< nick=modified >*/
  SPINECDS_DECISION_DECLINED, /*< nick=declined >*/
} SpineCdsDecisionStatus;

/* The four code lists of a case. */
typedef enum /*< underscore_name=spinecds_code_kind >*/
{
  SPINECDS_CODE_KIND_SYMPTOM, /*< nick=symptoms >*/
  SPINECDS_CODE_KIND_SIGN,    /*< nick=signs >*/
  SPINECDS_CODE_KIND_HISTORY, /*< nick=history >*/
  SPINECDS_CODE_KIND_FINDING, /*< nick=findings >*/
} SpineCdsCodeKind;

#define SPINECDS_N_CODE_KINDS 4

/* Nullable numbers of the case format are stored as doubles; a
 * negative value means "unknown" (JSON null). No field allows a
 * negative known value. */
#define SPINECDS_UNKNOWN (-1.0)
#define SPINECDS_IS_KNOWN(x) ((x) >= 0.0)

G_END_DECLS
