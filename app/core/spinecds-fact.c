/* spinecds-fact.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "spinecds-fact"

#include "config.h"

#include <glib/gi18n.h>

#include "spinecds-codes.h"
#include "spinecds-enums.h"
#include "spinecds-fact.h"
#include "spinecds-field.h"

static SpineCdsFact *
fact_new (SpineCdsFactKind  kind,
          const char       *name)
{
  SpineCdsFact *self = g_new0 (SpineCdsFact, 1);

  self->kind = kind;
  self->name = g_strdup (name);
  return self;
}

SpineCdsFact *
spinecds_fact_new_code (SpineCdsCodeKind  kind,
                        const char       *code)
{
  SpineCdsFact *self = fact_new (SPINECDS_FACT_CODE, code);

  self->code_kind = kind;
  return self;
}

SpineCdsFact *
spinecds_fact_new_finding (const char    *code,
                           SpineCdsGrade  grade,
                           const char    *level)
{
  SpineCdsFact *self = spinecds_fact_new_code (SPINECDS_CODE_KIND_FINDING, code);

  if (grade != SPINECDS_GRADE_NONE)
    self->value = g_strdup (spinecds_enum_to_nick (SPINECDS_TYPE_GRADE, grade));
  if (level != NULL && *level != '\0')
    self->level = g_strdup (level);
  return self;
}

SpineCdsFact *
spinecds_fact_new_number (const char *field,
                          double      number)
{
  SpineCdsFact *self = fact_new (SPINECDS_FACT_NUMBER, field);

  self->number = number;
  return self;
}

SpineCdsFact *
spinecds_fact_new_choice (const char *field,
                          const char *nick)
{
  SpineCdsFact *self = fact_new (SPINECDS_FACT_CHOICE, field);

  self->value = g_strdup (nick);
  return self;
}

SpineCdsFact *
spinecds_fact_new_text (const char *msgid)
{
  return fact_new (SPINECDS_FACT_TEXT, msgid);
}

SpineCdsFact *
spinecds_fact_copy (const SpineCdsFact *self)
{
  SpineCdsFact *copy = g_memdup2 (self, sizeof *self);

  copy->name = g_strdup (self->name);
  copy->value = g_strdup (self->value);
  copy->level = g_strdup (self->level);
  return copy;
}

void
spinecds_fact_free (SpineCdsFact *self)
{
  if (self == NULL)
    return;

  g_free (self->name);
  g_free (self->value);
  g_free (self->level);
  g_free (self);
}

gboolean
spinecds_fact_equal (const SpineCdsFact *a,
                     const SpineCdsFact *b)
{
  return a->kind == b->kind
         && (a->kind != SPINECDS_FACT_CODE || a->code_kind == b->code_kind)
         && g_strcmp0 (a->name, b->name) == 0
         && g_strcmp0 (a->value, b->value) == 0
         && g_strcmp0 (a->level, b->level) == 0
         && (a->kind != SPINECDS_FACT_NUMBER || a->number == b->number);
}

static const char * G_GNUC_FORMAT (3)
translate (SpineCdsCatalog *catalog,
           const char      *context,
           const char      *msgid)
{
  return spinecds_catalog_pgettext (catalog, context, msgid);
}

static char *
describe_code (const SpineCdsFact *self,
               SpineCdsCatalog    *catalog)
{
  const SpineCdsCodeInfo *info = spinecds_codes_lookup (self->code_kind, self->name);
  const char *label = translate (catalog, NULL, info != NULL ? info->label : self->name);

  if (self->value != NULL && self->level != NULL)
    /* Translators: a finding, its grade and its level, e.g. "Disc protrusion (moderate, L4-L5)" */
    return g_strdup_printf (translate (catalog, NULL, N_("%s (%s, %s)")), label,
                            translate (catalog, "grade", self->value), self->level);
  if (self->value != NULL)
    return g_strdup_printf (translate (catalog, NULL, N_("%s (%s)")), label,
                            translate (catalog, "grade", self->value));
  if (self->level != NULL)
    return g_strdup_printf (translate (catalog, NULL, N_("%s (%s)")), label, self->level);

  return g_strdup (label);
}

static char *
describe_number (const SpineCdsFact *self,
                 SpineCdsCatalog    *catalog)
{
  const SpineCdsField *field = spinecds_field_lookup (self->name);
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  g_assert (field != NULL);

  g_ascii_formatd (number, sizeof number, "%.4g", self->number);
  /* Translators: a measured value, e.g. "CRP (mg/L): 95" */
  return g_strdup_printf (translate (catalog, NULL, N_("%s: %s")),
                          translate (catalog, NULL, spinecds_field_get_label (field)), number);
}

static char *
describe_choice (const SpineCdsFact *self,
                 SpineCdsCatalog    *catalog)
{
  const SpineCdsField *field = spinecds_field_lookup (self->name);
  const char *label = field != NULL ? spinecds_field_get_label (field) : N_("Triage");

  return g_strdup_printf (translate (catalog, NULL, N_("%s: %s")),
                          translate (catalog, NULL, label),
                          translate (catalog, "value", self->value));
}

char *
spinecds_fact_describe (const SpineCdsFact *self,
                        SpineCdsCatalog    *catalog)
{
  g_return_val_if_fail (self != NULL, NULL);

  switch (self->kind)
    {
    case SPINECDS_FACT_CODE:
      return describe_code (self, catalog);
    case SPINECDS_FACT_NUMBER:
      return describe_number (self, catalog);
    case SPINECDS_FACT_CHOICE:
      return describe_choice (self, catalog);
    case SPINECDS_FACT_TEXT:
      return g_strdup (translate (catalog, "kb", self->name));
    default:
      g_assert_not_reached ();
    }
}
