/* spinecds-field.h: the case fields the knowledge base may test, by path
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "spinecds-case.h"

typedef struct _SpineCdsField SpineCdsField;

G_BEGIN_DECLS

typedef enum
{
  SPINECDS_FIELD_NUMBER,   /* compared with op/value; negative = unknown */
  SPINECDS_FIELD_CHOICE,   /* an enumeration, tested with "in" */
  SPINECDS_FIELD_YES_NO,   /* tested with "is"; may be unknown */
  SPINECDS_FIELD_PRESENCE, /* an optional object: only "known" */
} SpineCdsFieldType;

/* NULL for an unknown path. */
const SpineCdsField *spinecds_field_lookup (const char *path);
const char          *spinecds_field_get_path (const SpineCdsField *field);
SpineCdsFieldType    spinecds_field_get_field_type (const SpineCdsField *field);
/* msgid of a short label ("CRP (mg/L)"). */
const char          *spinecds_field_get_label (const SpineCdsField *field);
/* For CHOICE fields; G_TYPE_INVALID otherwise. */
GType                spinecds_field_get_enum_type (const SpineCdsField *field);

/* Whether the case has a value for the field at all. */
gboolean             spinecds_field_is_known (const SpineCdsField *field,
                                              SpineCdsCase        *kase);
/* NUMBER fields. Negative when unknown. */
double               spinecds_field_get_number (const SpineCdsField *field,
                                                SpineCdsCase        *kase);
/* CHOICE fields: the enum value. */
int                  spinecds_field_get_choice (const SpineCdsField *field,
                                                SpineCdsCase        *kase);
/* YES_NO fields. */
SpineCdsTristate     spinecds_field_get_yes_no (const SpineCdsField *field,
                                                SpineCdsCase        *kase);

/* The findings that change a plan at once (a tumour, a compression, a
 * collection, an infection, a fracture, an instability) that the pasted
 * report names, present or doubtful, and the case lacks: new
 * SpineCdsFindings with the report's grade and levels. Empty without a
 * report or with one SpineCDS cannot read. */
GPtrArray           *spinecds_field_dup_unentered_report_findings (SpineCdsCase *kase);
/* Whether @code is such a finding (or the report cannot be read): not
 * absent, only not entered; and whether the report only doubts it. */
gboolean             spinecds_field_report_names_unentered (SpineCdsCase *kase,
                                                            const char   *code);
gboolean             spinecds_field_report_doubts (SpineCdsCase *kase,
                                                   const char   *code);
/* Whether @field is "imaging.findings", the findings of a pasted report. */
gboolean             spinecds_field_is_report_findings (const SpineCdsField *field);

G_END_DECLS
