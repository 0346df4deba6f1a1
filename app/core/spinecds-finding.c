/* spinecds-finding.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "spinecds-finding"

#include "config.h"

#include "spinecds-codes.h"
#include "spinecds-enums.h"
#include "spinecds-finding.h"

struct _SpineCdsFinding
{
  GObject       parent_instance;

  char         *code;
  SpineCdsGrade grade;
  /* NULL when absent: an empty string is a value a file can hold, and
   * keeping the two apart is what makes a load/save byte-identical. */
  char         *level;
  char         *note;
};

G_DEFINE_FINAL_TYPE (SpineCdsFinding, spinecds_finding, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_CODE,
  PROP_GRADE,
  PROP_LEVEL,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
spinecds_finding_finalize (GObject *object)
{
  SpineCdsFinding *self = (SpineCdsFinding *) object;

  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->level, g_free);
  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (spinecds_finding_parent_class)->finalize (object);
}

static void
spinecds_finding_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SpineCdsFinding *self = SPINECDS_FINDING (object);

  switch (prop_id)
    {
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;

    case PROP_GRADE:
      g_value_set_enum (value, self->grade);
      break;

    case PROP_LEVEL:
      g_value_set_string (value, self->level);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
spinecds_finding_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SpineCdsFinding *self = SPINECDS_FINDING (object);

  switch (prop_id)
    {
    case PROP_CODE:
      /* Construct-only; an invalid code is a programmer error. */
      g_assert (self->code == NULL);
      self->code = g_value_dup_string (value);
      break;

    case PROP_GRADE:
      spinecds_finding_set_grade (self, g_value_get_enum (value));
      break;

    case PROP_LEVEL:
      spinecds_finding_set_level (self, g_value_get_string (value));
      break;

    case PROP_NOTE:
      spinecds_finding_set_note (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
spinecds_finding_constructed (GObject *object)
{
  SpineCdsFinding *self = SPINECDS_FINDING (object);

  G_OBJECT_CLASS (spinecds_finding_parent_class)->constructed (object);

  /* A finding without a known code could not be saved or evaluated. */
  if (!spinecds_codes_is_valid (SPINECDS_CODE_KIND_FINDING, self->code))
    g_critical ("SpineCdsFinding created with an unknown code “%s”",
                self->code != NULL ? self->code : "(null)");
}

/* The editable properties notify on real changes only. */
#define PARAM_FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
spinecds_finding_class_init (SpineCdsFindingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = spinecds_finding_finalize;
  object_class->constructed = spinecds_finding_constructed;
  object_class->get_property = spinecds_finding_get_property;
  object_class->set_property = spinecds_finding_set_property;

  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_GRADE] =
    g_param_spec_enum ("grade", NULL, NULL,
                       SPINECDS_TYPE_GRADE, SPINECDS_GRADE_NONE, PARAM_FLAGS);
  properties[PROP_LEVEL] =
    g_param_spec_string ("level", NULL, NULL, NULL, PARAM_FLAGS);
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL, PARAM_FLAGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
spinecds_finding_init (SpineCdsFinding *self)
{
  self->grade = SPINECDS_GRADE_NONE;
}

/**
 * spinecds_finding_new:
 * @code: a code of the `imaging.findings[].code` vocabulary
 *
 * Returns: (transfer full): a finding with no grade, level or note
 */
SpineCdsFinding *
spinecds_finding_new (const char *code)
{
  g_return_val_if_fail (spinecds_codes_is_valid (SPINECDS_CODE_KIND_FINDING, code), NULL);

  return g_object_new (SPINECDS_TYPE_FINDING,
                       "code", code,
                       NULL);
}

SpineCdsFinding *
spinecds_finding_copy (SpineCdsFinding *self)
{
  SpineCdsFinding *copy;

  g_return_val_if_fail (SPINECDS_IS_FINDING (self), NULL);

  copy = spinecds_finding_new (self->code);
  copy->grade = self->grade;
  copy->level = g_strdup (self->level);
  copy->note = g_strdup (self->note);

  return copy;
}

gboolean
spinecds_finding_equal (SpineCdsFinding *a,
                        SpineCdsFinding *b)
{
  g_return_val_if_fail (SPINECDS_IS_FINDING (a), FALSE);
  g_return_val_if_fail (SPINECDS_IS_FINDING (b), FALSE);

  return g_strcmp0 (a->code, b->code) == 0
         && a->grade == b->grade
         && g_strcmp0 (a->level, b->level) == 0
         && g_strcmp0 (a->note, b->note) == 0;
}

const char *
spinecds_finding_get_code (SpineCdsFinding *self)
{
  g_return_val_if_fail (SPINECDS_IS_FINDING (self), NULL);

  return self->code;
}

SpineCdsGrade
spinecds_finding_get_grade (SpineCdsFinding *self)
{
  g_return_val_if_fail (SPINECDS_IS_FINDING (self), SPINECDS_GRADE_NONE);

  return self->grade;
}

void
spinecds_finding_set_grade (SpineCdsFinding *self,
                            SpineCdsGrade    grade)
{
  g_return_if_fail (SPINECDS_IS_FINDING (self));
  g_return_if_fail (grade <= SPINECDS_GRADE_SEVERE);

  if (self->grade == grade)
    return;

  self->grade = grade;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GRADE]);
}

const char *
spinecds_finding_get_level (SpineCdsFinding *self)
{
  g_return_val_if_fail (SPINECDS_IS_FINDING (self), NULL);

  return self->level;
}

/* The region of vertebra @number of the column @letter names, or 0 for
 * none: "L9" or "C0" is no vertebra, and a level not understood must not
 * place a finding outside the region of the symptoms. T12 belongs to the
 * low back too: it lies in the field of a lumbar MRI, and its fracture,
 * the commonest osteoporotic one, hurts in the low back (a probe of the
 * tenth round: "outside the region of the symptoms"). */
static guint
region_of_vertebra (char letter,
                    int  number)
{
  switch (g_ascii_toupper (letter))
    {
    case 'C': return number >= 1 && number <= 7 ? 1u << SPINECDS_REGION_CERVICAL : 0;
    case 'T':
      if (number == 12)
        return 1u << SPINECDS_REGION_THORACIC | 1u << SPINECDS_REGION_LUMBAR;
      return number >= 1 && number < 12 ? 1u << SPINECDS_REGION_THORACIC : 0;
    case 'L': return number >= 1 && number <= 6 ? 1u << SPINECDS_REGION_LUMBAR : 0; /* L6: a transitional vertebra */
    case 'S': return number >= 1 && number <= 5 ? 1u << SPINECDS_REGION_LUMBAR : 0;
    default: return 0;
    }
}

guint
spinecds_finding_get_regions (SpineCdsFinding *self)
{
  guint regions = 0;

  g_return_val_if_fail (SPINECDS_IS_FINDING (self), 0);

  /* A vertebra is a region letter and a digit at the start of a word:
   * "C5-C6", "T12-L1", "L5/S1, L4". */
  for (const char *p = self->level; p != NULL && *p != '\0'; p++)
    if (g_ascii_isdigit (p[1]) && (p == self->level || !g_ascii_isalpha (p[-1])))
      regions |= region_of_vertebra (*p, (int) g_ascii_strtoll (p + 1, NULL, 10));
  return regions;
}

/* g_set_str() is GLib 2.76; this is the same, NULL-aware. */
static gboolean
set_str (char      **slot,
         const char *value)
{
  char *copy;

  if (g_strcmp0 (*slot, value) == 0)
    return FALSE;

  copy = g_strdup (value);
  g_free (*slot);
  *slot = copy;

  return TRUE;
}

void
spinecds_finding_set_level (SpineCdsFinding *self,
                            const char      *level)
{
  g_return_if_fail (SPINECDS_IS_FINDING (self));

  if (set_str (&self->level, level))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL]);
}

const char *
spinecds_finding_get_note (SpineCdsFinding *self)
{
  g_return_val_if_fail (SPINECDS_IS_FINDING (self), NULL);

  return self->note;
}

void
spinecds_finding_set_note (SpineCdsFinding *self,
                           const char      *note)
{
  g_return_if_fail (SPINECDS_IS_FINDING (self));

  if (set_str (&self->note, note))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}
