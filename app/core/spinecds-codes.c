/* spinecds-codes.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "spinecds-codes"

#include "config.h"

#include <glib/gi18n.h>

#include "spinecds-codes.h"

static const SpineCdsCodeInfo symptoms[] = {
  { "axial_pain", N_ ("Neck or back pain") },
  { "radicular_pain", N_ ("Radiating arm or leg pain") },
  { "paresthesia", N_ ("Tingling or pins and needles") },
  { "night_pain", N_ ("Pain at night or at rest") },
  { "progressive_pain", N_ ("Steadily worsening pain") },
  { "hand_clumsiness", N_ ("Clumsy hands") },
  { "gait_disturbance", N_ ("Unsteady walking") },
  { "bilateral_radicular_symptoms", N_ ("Radicular symptoms in both limbs") },
  { "urinary_retention", N_ ("Urinary retention") },
  { "urinary_incontinence", N_ ("Urinary incontinence") },
  { "bowel_dysfunction", N_ ("Bowel dysfunction") },
  { "saddle_numbness", N_ ("Saddle numbness") },
  { "weight_loss", N_ ("Unexplained weight loss") },
  { "wound_drainage", N_ ("Wound drainage") },
};

static const SpineCdsCodeInfo signs[] = {
  { "motor_deficit", N_ ("Objective weakness") },
  { "severe_motor_deficit", N_ ("Severe weakness (3/5 or less, or disabling)") },
  { "progressive_deficit", N_ ("Deficit worsening over hours to days") },
  { "sensory_deficit", N_ ("Sensory deficit") },
  { "reflex_change", N_ ("Reflex change") },
  { "umn_signs", N_ ("Upper motor neuron signs") },
  { "saddle_anesthesia", N_ ("Saddle anaesthesia") },
  { "reduced_anal_tone", N_ ("Reduced anal tone") },
  { "sensory_level", N_ ("Sensory level") },
  { "paraplegia", N_ ("Paraplegia") },
  { "midline_tenderness", N_ ("Midline spinal tenderness") },
  { "wound_erythema", N_ ("Wound redness") },
};

static const SpineCdsCodeInfo history[] = {
  { "fever", N_ ("Fever") },
  { "known_malignancy", N_ ("Known cancer") },
  { "diabetes", N_ ("Diabetes") },
  { "iv_drug_use", N_ ("Intravenous drug use") },
  { "immunosuppression", N_ ("Immunosuppression") },
  { "indwelling_line_or_dialysis", N_ ("Indwelling line or dialysis") },
  { "osteoporosis", N_ ("Osteoporosis") },
  { "chronic_steroid_use", N_ ("Long-term steroid use") },
  { "ankylosing_disorder", N_ ("Ankylosing spondylitis or DISH") },
  { "high_energy_trauma", N_ ("High-energy trauma") },
  { "low_energy_trauma", N_ ("Low-energy trauma") },
  { "trauma_rule_positive", N_ ("NEXUS or Canadian C-spine rule positive") },
};

static const SpineCdsCodeInfo findings[] = {
  { "lordosis_straightening", N_ ("Straightened lordosis") },
  { "lordosis_reversal", N_ ("Reversed lordosis") },
  { "disc_degeneration", N_ ("Disc degeneration") },
  { "disc_bulge", N_ ("Disc bulge") },
  { "disc_protrusion", N_ ("Disc protrusion") },
  { "disc_extrusion", N_ ("Disc extrusion") },
  { "annular_fissure", N_ ("Annular fissure") },
  { "facet_arthropathy", N_ ("Facet arthropathy") },
  { "disc_osteophyte_complex", N_ ("Disc–osteophyte complex") },
  { "modic_change", N_ ("Modic endplate change") },
  { "spondylolisthesis", N_ ("Spondylolisthesis") },
  { "foraminal_stenosis", N_ ("Foraminal stenosis") },
  { "canal_stenosis", N_ ("Spinal canal stenosis") },
  { "nerve_root_compression", N_ ("Nerve root compression") },
  { "cord_compression", N_ ("Spinal cord compression") },
  { "cord_signal_change", N_ ("Cord signal change") },
  { "cauda_equina_compression", N_ ("Cauda equina compression") },
  { "fracture", N_ ("Fracture") },
  { "instability", N_ ("Instability") },
  { "epidural_collection", N_ ("Epidural collection") },
  { "discitis_osteomyelitis", N_ ("Discitis or osteomyelitis") },
  { "vertebral_metastasis", N_ ("Vertebral metastasis") },
  { "epidural_tumor", N_ ("Epidural tumour") },
  { "postoperative_change", N_ ("Post-operative change") },
};

static const struct
{
  const SpineCdsCodeInfo *codes;
  guint                   n_codes;
} tables[SPINECDS_N_CODE_KINDS] = {
  [SPINECDS_CODE_KIND_SYMPTOM] = { symptoms, G_N_ELEMENTS (symptoms) },
  [SPINECDS_CODE_KIND_SIGN] = { signs, G_N_ELEMENTS (signs) },
  [SPINECDS_CODE_KIND_HISTORY] = { history, G_N_ELEMENTS (history) },
  [SPINECDS_CODE_KIND_FINDING] = { findings, G_N_ELEMENTS (findings) },
};

const SpineCdsCodeInfo *
spinecds_codes_list (SpineCdsCodeKind kind,
                     guint           *n_codes)
{
  g_return_val_if_fail (kind < SPINECDS_N_CODE_KINDS, NULL);

  if (n_codes != NULL)
    *n_codes = tables[kind].n_codes;
  return tables[kind].codes;
}

const SpineCdsCodeInfo *
spinecds_codes_lookup (SpineCdsCodeKind kind,
                       const char      *code)
{
  g_return_val_if_fail (kind < SPINECDS_N_CODE_KINDS, NULL);

  if (code == NULL)
    return NULL;

  for (guint i = 0; i < tables[kind].n_codes; i++)
    if (strcmp (tables[kind].codes[i].code, code) == 0)
      return &tables[kind].codes[i];

  return NULL;
}

gboolean
spinecds_codes_is_valid (SpineCdsCodeKind kind,
                         const char      *code)
{
  return spinecds_codes_lookup (kind, code) != NULL;
}

const char *
spinecds_code_kind_to_string (SpineCdsCodeKind kind)
{
  static const char * const names[] = { "symptoms", "signs", "history", "findings" };

  g_return_val_if_fail (kind < SPINECDS_N_CODE_KINDS, NULL);

  return names[kind];
}

const char *
spinecds_enum_to_nick (GType enum_type,
                       int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *ev = g_enum_get_value (klass, value);

  /* Enum classes are never unloaded, so the nick outlives the reference. */
  return ev != NULL ? ev->value_nick : NULL;
}

gboolean
spinecds_enum_from_nick (GType       enum_type,
                         const char *nick,
                         int        *value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *ev;

  if (nick == NULL)
    return FALSE;

  ev = g_enum_get_value_by_nick (klass, nick);
  if (ev == NULL)
    return FALSE;

  *value = ev->value;
  return TRUE;
}
