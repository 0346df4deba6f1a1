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
fact_new (SpineCdsFactKind kind,
          const char      *name)
{
  SpineCdsFact *self = g_new0 (SpineCdsFact, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->kind = kind;
  self->name = name;
  return self;
}

SpineCdsFact *
spinecds_fact_new_code (SpineCdsCodeKind kind,
                        const char      *code)
{
  SpineCdsFact *self = fact_new (SPINECDS_FACT_CODE, code);

  self->code_kind = kind;
  return self;
}

SpineCdsFact *
spinecds_fact_new_finding (const char   *code,
                           SpineCdsGrade grade,
                           const char   *level)
{
  SpineCdsFact *self = spinecds_fact_new_code (SPINECDS_CODE_KIND_FINDING, code);

  if (grade != SPINECDS_GRADE_NONE)
    self->value = spinecds_enum_to_nick (SPINECDS_TYPE_GRADE, grade);
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

  self->value = nick;
  return self;
}

SpineCdsFact *
spinecds_fact_new_text (const char *msgid)
{
  return fact_new (SPINECDS_FACT_TEXT, msgid);
}

SpineCdsFact *
spinecds_fact_new_assumed (const char *field,
                           const char *nick)
{
  SpineCdsFact *self = fact_new (SPINECDS_FACT_ASSUMED, field);

  self->value = nick;
  return self;
}

SpineCdsFact *
spinecds_fact_new_reported_finding (const SpineCdsFact *finding,
                                    gboolean            doubtful)
{
  SpineCdsFact *self;

  g_return_val_if_fail (finding->kind == SPINECDS_FACT_CODE, NULL);

  self = fact_new (SPINECDS_FACT_ASSUMED, finding->name);
  self->code_kind = SPINECDS_CODE_KIND_FINDING;
  self->value = finding->value;
  self->level = g_strdup (finding->level);
  self->number = doubtful;
  return self;
}

static gboolean
is_reported_finding (const SpineCdsFact *self)
{
  return self->kind == SPINECDS_FACT_ASSUMED && self->code_kind == SPINECDS_CODE_KIND_FINDING;
}

SpineCdsFact *
spinecds_fact_ref (SpineCdsFact *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
spinecds_fact_unref (SpineCdsFact *self)
{
  if (self == NULL || !g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_free (self->level);
  g_free (self);
}

gboolean
spinecds_fact_equal (const SpineCdsFact *a,
                     const SpineCdsFact *b)
{
  return a->kind == b->kind
         && a->code_kind == b->code_kind
         && g_strcmp0 (a->name, b->name) == 0
         && g_strcmp0 (a->value, b->value) == 0
         && g_strcmp0 (a->level, b->level) == 0
         && a->number == b->number;
}

static const char *G_GNUC_FORMAT (3)
translate (SpineCdsCatalog *catalog,
           const char      *context,
           const char      *msgid)
{
  return spinecds_catalog_pgettext (catalog, context, msgid);
}

static const char *
grade_label (const char *nick)
{
  if (g_str_equal (nick, "mild"))
    return NC_ ("value", "mild");
  if (g_str_equal (nick, "moderate"))
    return NC_ ("value", "moderate");
  return NC_ ("value", "severe");
}

static char *
describe_code (const SpineCdsFact *self,
               SpineCdsCatalog    *catalog)
{
  const SpineCdsCodeInfo *info = spinecds_codes_lookup (self->code_kind, self->name);
  const char             *label = translate (catalog, NULL, info != NULL ? info->label : self->name);

  if (self->value != NULL && self->level != NULL)
    /* Translators: a finding, its grade and its level, e.g. "Disc protrusion (moderate, L4-L5)" */
    return g_strdup_printf (translate (catalog, NULL, N_ ("%s (%s, %s)")), label,
                            translate (catalog, "value", grade_label (self->value)), self->level);
  if (self->value != NULL)
    return g_strdup_printf (translate (catalog, NULL, N_ ("%s (%s)")), label,
                            translate (catalog, "value", grade_label (self->value)));
  if (self->level != NULL)
    return g_strdup_printf (translate (catalog, NULL, N_ ("%s (%s)")), label, self->level);

  return g_strdup (label);
}

static char *
describe_number (const SpineCdsFact *self,
                 SpineCdsCatalog    *catalog)
{
  const SpineCdsField *field = spinecds_field_lookup (self->name);
  g_autofree char     *number = NULL;

  g_assert (field != NULL);

  number = spinecds_catalog_format_number (catalog, self->number);
  /* Translators: a measured value, e.g. "CRP (mg/L): 95" */
  return g_strdup_printf (translate (catalog, NULL, N_ ("%s: %s")),
                          translate (catalog, NULL, spinecds_field_get_label (field)), number);
}

/* Readable words for the nicks of enumerations and yes/no fields. */
static const char *
value_label (const char *nick)
{
  static const struct
  {
    const char *nick, *label;
  } labels[] = {
    { "yes", NC_ ("value", "yes") },
    { "no", NC_ ("value", "no") },
    { "unknown", NC_ ("value", "not known") },
    { "cervical", NC_ ("value", "cervical") },
    { "thoracic", NC_ ("value", "thoracic") },
    { "lumbar", NC_ ("value", "lumbar") },
    { "female", NC_ ("value", "female") },
    { "male", NC_ ("value", "male") },
    { "other", NC_ ("value", "other") },
    { "not_tried", NC_ ("value", "not tried") },
    { "improving", NC_ ("value", "improving") },
    { "unchanged", NC_ ("value", "unchanged") },
    { "worsening", NC_ ("value", "worsening") },
    { "routine", NC_ ("value", "routine") },
    { "expedited", NC_ ("value", "expedited") },
    { "urgent", NC_ ("value", "urgent") },
    { "emergency", NC_ ("value", "emergency") },
    /* Translators: the triage of a plan not yet made (age or region missing) */
    { "incomplete", NC_ ("value", "incomplete") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (labels[i].nick, nick))
      return labels[i].label;

  return nick;
}

static char *
describe_choice (const SpineCdsFact *self,
                 SpineCdsCatalog    *catalog)
{
  const SpineCdsField *field = spinecds_field_lookup (self->name);
  const char          *label = field != NULL ? spinecds_field_get_label (field) : N_ ("Triage");

  return g_strdup_printf (translate (catalog, NULL, N_ ("%s: %s")),
                          translate (catalog, NULL, label),
                          translate (catalog, "value", value_label (self->value)));
}

/* "Region: not entered, counted as cervical (the worst case)": the
 * reader must not take the value for one that was entered. An age is
 * not given as a number: the worst case is a band of ages, and the
 * rule's own text names its limit ("age over 50"). */
static char *
describe_assumed (const SpineCdsFact *self,
                  SpineCdsCatalog    *catalog)
{
  const SpineCdsField *field;
  const char          *label;

  if (is_reported_finding (self))
    {
      g_autofree char *finding = describe_code (self, catalog);

      /* Translators: a finding the MRI report names that the clinician has
       * not entered, counted for the highest triage, e.g. "Cauda equina
       * compression (severe, L2): named in the pasted report, not entered" */
      if (self->number != 0)
        /* Translators: a finding the MRI report names only as possible
         * ("cannot be excluded"), not entered, counted for the highest
         * triage */
        return g_strdup_printf (translate (catalog, NULL, N_ ("%s: named as possible in the pasted report, not entered")),
                                finding);
      return g_strdup_printf (translate (catalog, NULL, N_ ("%s: named in the pasted report, not entered")), finding);
    }
  field = spinecds_field_lookup (self->name);
  g_assert (field != NULL);
  label = translate (catalog, NULL, spinecds_field_get_label (field));

  if (self->value == NULL)
    /* Translators: a value the clinician has not entered, e.g. "Age (years): not entered, counted as the worst case" */
    return g_strdup_printf (translate (catalog, NULL, N_ ("%s: not entered, counted as the worst case")), label);
  /* Translators: a value the clinician has not entered, and the value
   * counted for it because it gives the highest triage, e.g. "Region:
   * not entered, counted as cervical (the worst case)" */
  return g_strdup_printf (translate (catalog, NULL, N_ ("%1$s: not entered, counted as %2$s (the worst case)")), label,
                          translate (catalog, "value", value_label (self->value)));
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
    case SPINECDS_FACT_ASSUMED:
      return describe_assumed (self, catalog);
    default:
      g_assert_not_reached ();
    }
}
