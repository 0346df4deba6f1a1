/* spinecds-field.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "spinecds-field"

#include "config.h"

#include <glib/gi18n.h>

#include "spinecds-enums.h"
#include "spinecds-field.h"

struct _SpineCdsField
{
  const char       *path;
  const char       *label;
  SpineCdsFieldType type;
  GType (*enum_type) (void);
  double (*get_number) (SpineCdsCase *kase);
  int (*get_choice) (SpineCdsCase *kase);
  SpineCdsTristate (*get_yes_no) (SpineCdsCase *kase);
  gboolean (*is_present) (SpineCdsCase *kase);
};

static double
get_age (SpineCdsCase *kase)
{
  return spinecds_case_get_age_years (kase);
}

static double
get_mjoa (SpineCdsCase *kase)
{
  int mjoa = spinecds_case_get_mjoa (kase);

  return mjoa < 0 ? SPINECDS_UNKNOWN : mjoa;
}

/* Fields of an optional object are unknown while the object is absent. */
#define SURGERY_NUMBER(getter) \
  static double surgery_##getter (SpineCdsCase *kase) \
  { \
    return spinecds_case_get_has_surgery (kase) ? spinecds_case_get_##getter (kase) : SPINECDS_UNKNOWN; \
  }
#define MSCC_NUMBER(getter) \
  static double mscc_##getter (SpineCdsCase *kase) \
  { \
    return spinecds_case_get_has_mscc (kase) ? (double) spinecds_case_get_##getter (kase) : SPINECDS_UNKNOWN; \
  }

SURGERY_NUMBER (surgery_weeks_ago)
MSCC_NUMBER (mscc_separate_areas)
MSCC_NUMBER (mscc_deficit_hours)
MSCC_NUMBER (mscc_paraplegic_hours)
MSCC_NUMBER (mscc_predicted_survival_months)

/* Something clinical to plan from: a symptom, a sign, a history item or
 * an MRI. An age and a region alone are no complaint (§8.11). */
static gboolean
has_clinical_input (SpineCdsCase *kase)
{
  static const SpineCdsCodeKind kinds[] = { SPINECDS_CODE_KIND_SYMPTOM, SPINECDS_CODE_KIND_SIGN,
                                            SPINECDS_CODE_KIND_HISTORY };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (spinecds_case_get_codes (kase, kinds[i])[0] != NULL)
      return TRUE;
  return spinecds_case_get_mri_done (kase);
}

/* The findings that change a plan at once; a report that names one of
 * them, present or doubtful, beside entered findings that lack it, has
 * not been read into the case in full (fourteenth round: a tumour in the
 * pasted report, only the disc entered). */
static const char * const serious_findings[] = {
  "epidural_tumor",
  "vertebral_metastasis",
  "cord_compression",
  "cord_signal_change",
  "cauda_equina_compression",
  "epidural_collection",
  "discitis_osteomyelitis",
  "fracture",
  "instability",
  NULL,
};

GPtrArray *
spinecds_field_dup_unentered_report_findings (SpineCdsCase *kase)
{
  SpineCdsReportDigest *digest = spinecds_case_read_report (kase);
  GPtrArray            *unentered = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; digest != NULL && serious_findings[i] != NULL; i++)
    {
      SpineCdsGrade grade;
      const char   *level;

      if (spinecds_report_digest_names (digest, serious_findings[i], &grade, &level)
          && spinecds_case_lookup_finding (kase, serious_findings[i]) == NULL)
        {
          SpineCdsFinding *finding = spinecds_finding_new (serious_findings[i]);

          spinecds_finding_set_grade (finding, grade);
          spinecds_finding_set_level (finding, level);
          g_ptr_array_add (unentered, finding);
        }
    }
  return unentered;
}

gboolean
spinecds_field_report_names_unentered (SpineCdsCase *kase,
                                       const char   *code)
{
  SpineCdsReportDigest *digest = spinecds_case_read_report (kase);

  if (digest == NULL || !g_strv_contains (serious_findings, code) || spinecds_case_lookup_finding (kase, code) != NULL)
    return FALSE;
  /* A report SpineCDS cannot read may name anything. */
  return !spinecds_report_digest_is_readable (digest) || spinecds_report_digest_names (digest, code, NULL, NULL);
}

gboolean
spinecds_field_report_doubts (SpineCdsCase *kase,
                              const char   *code)
{
  SpineCdsReportDigest *digest = spinecds_case_read_report (kase);

  return digest != NULL && spinecds_report_digest_doubts (digest, code);
}

/* Yes when every serious finding the pasted report names is entered;
 * unknown without a report. A report SpineCDS cannot read may name
 * anything. */
static SpineCdsTristate
get_report_findings_entered (SpineCdsCase *kase)
{
  SpineCdsReportDigest *digest = spinecds_case_read_report (kase);
  g_autoptr(GPtrArray) unentered = NULL;

  if (digest == NULL)
    return SPINECDS_TRISTATE_UNKNOWN;
  if (!spinecds_report_digest_is_readable (digest))
    return SPINECDS_TRISTATE_NO;
  unentered = spinecds_field_dup_unentered_report_findings (kase);
  return unentered->len == 0 ? SPINECDS_TRISTATE_YES : SPINECDS_TRISTATE_NO;
}

/* The MRI's findings are in the case unless a report pasted into it
 * names findings, present or doubtful, that are not: none entered, or
 * some without the serious ones it names (fifteenth round: "no further
 * imaging" beside an abscess the report named). A report SpineCDS
 * cannot read counts as naming some; one that names only absent
 * findings is a normal report. */
static gboolean
has_findings_of_report (SpineCdsCase *kase)
{
  SpineCdsReportDigest *digest;

  if (*spinecds_case_get_report_text (kase) == '\0')
    return TRUE;
  if (g_list_model_get_n_items (spinecds_case_get_findings (kase)) > 0)
    return get_report_findings_entered (kase) != SPINECDS_TRISTATE_NO;
  digest = spinecds_case_read_report (kase);
  return spinecds_report_digest_is_readable (digest) && spinecds_report_digest_mentions_any (digest)
         && !spinecds_report_digest_names_any (digest);
}

static int
get_region (SpineCdsCase *kase)
{
  return spinecds_case_get_region (kase);
}

static int
get_sex (SpineCdsCase *kase)
{
  return spinecds_case_get_sex (kase);
}

static int
get_response (SpineCdsCase *kase)
{
  return spinecds_case_get_conservative_care_response (kase);
}

static SpineCdsTristate
yes_no (gboolean value)
{
  return value ? SPINECDS_TRISTATE_YES : SPINECDS_TRISTATE_NO;
}

static SpineCdsTristate
get_intervention_candidate (SpineCdsCase *kase)
{
  return yes_no (spinecds_case_get_intervention_candidate (kase));
}

static SpineCdsTristate
get_mri_done (SpineCdsCase *kase)
{
  return yes_no (spinecds_case_get_mri_done (kase));
}

/* Whether the MRI's findings lie in the region of the symptoms: no when
 * every finding with a level is elsewhere (the MRI on record may be of
 * another region); unknown without an MRI, a region or a level. */
static SpineCdsTristate
get_findings_in_region (SpineCdsCase *kase)
{
  SpineCdsRegion region = spinecds_case_get_region (kase);
  guint          seen = spinecds_case_get_finding_regions (kase);

  if (!spinecds_case_get_mri_done (kase) || region == SPINECDS_REGION_UNKNOWN)
    return SPINECDS_TRISTATE_UNKNOWN;
  if (seen == 0)
    return SPINECDS_TRISTATE_UNKNOWN;
  return yes_no ((seen & (1u << region)) != 0);
}

static SpineCdsTristate
get_radiosensitive (SpineCdsCase *kase)
{
  if (!spinecds_case_get_has_mscc (kase))
    return SPINECDS_TRISTATE_UNKNOWN;
  return spinecds_case_get_mscc_radiosensitive (kase);
}

static const SpineCdsField fields[] = {
  { "patient.age_years", N_ ("Age (years)"), SPINECDS_FIELD_NUMBER, .get_number = get_age },
  { "symptom_duration_weeks", N_ ("Symptom duration (weeks)"), SPINECDS_FIELD_NUMBER,
    .get_number = spinecds_case_get_symptom_duration_weeks },
  { "conservative_care.weeks", N_ ("Conservative care (weeks)"), SPINECDS_FIELD_NUMBER,
    .get_number = spinecds_case_get_conservative_care_weeks },
  { "labs.crp_mg_l", N_ ("CRP (mg/L)"), SPINECDS_FIELD_NUMBER, .get_number = spinecds_case_get_crp_mg_l },
  { "labs.temperature_c", N_ ("Temperature (°C)"), SPINECDS_FIELD_NUMBER,
    .get_number = spinecds_case_get_temperature_c },
  { "mjoa", N_ ("mJOA score"), SPINECDS_FIELD_NUMBER, .get_number = get_mjoa },
  { "surgery.weeks_ago", N_ ("Weeks since spine surgery"), SPINECDS_FIELD_NUMBER,
    .get_number = surgery_surgery_weeks_ago },
  { "mscc.separate_areas", N_ ("Separate areas of compression"), SPINECDS_FIELD_NUMBER,
    .get_number = mscc_mscc_separate_areas },
  { "mscc.deficit_hours", N_ ("Hours since the deficit began"), SPINECDS_FIELD_NUMBER,
    .get_number = mscc_mscc_deficit_hours },
  { "mscc.paraplegic_hours", N_ ("Hours of complete paraplegia"), SPINECDS_FIELD_NUMBER,
    .get_number = mscc_mscc_paraplegic_hours },
  { "mscc.predicted_survival_months", N_ ("Predicted survival (months)"), SPINECDS_FIELD_NUMBER,
    .get_number = mscc_mscc_predicted_survival_months },
  { "region", N_ ("Region"), SPINECDS_FIELD_CHOICE, spinecds_region_get_type, .get_choice = get_region },
  { "patient.sex", N_ ("Sex"), SPINECDS_FIELD_CHOICE, spinecds_sex_get_type, .get_choice = get_sex },
  { "conservative_care.response", N_ ("Response to conservative care"), SPINECDS_FIELD_CHOICE,
    spinecds_response_get_type, .get_choice = get_response },
  { "intervention_candidate", N_ ("Candidate for injection or surgery"), SPINECDS_FIELD_YES_NO,
    .get_yes_no = get_intervention_candidate },
  { "imaging.mri_done", N_ ("MRI available"), SPINECDS_FIELD_YES_NO, .get_yes_no = get_mri_done },
  { "imaging.findings_in_region", N_ ("MRI findings in the region of the symptoms"), SPINECDS_FIELD_YES_NO,
    .get_yes_no = get_findings_in_region },
  { "mscc.radiosensitive_histology", N_ ("Radiosensitive tumour"), SPINECDS_FIELD_YES_NO,
    .get_yes_no = get_radiosensitive },
  { "imaging.report_findings_entered", N_ ("Serious findings of the pasted report entered"), SPINECDS_FIELD_YES_NO,
    .get_yes_no = get_report_findings_entered },
  { "surgery", N_ ("Prior spine surgery"), SPINECDS_FIELD_PRESENCE, .is_present = spinecds_case_get_has_surgery },
  { "symptoms", N_ ("Symptoms, signs, history or MRI"), SPINECDS_FIELD_PRESENCE, .is_present = has_clinical_input },
  { "mscc", N_ ("Metastatic spinal cord compression"), SPINECDS_FIELD_PRESENCE,
    .is_present = spinecds_case_get_has_mscc },
  { "imaging.findings", N_ ("MRI findings named in the pasted report"), SPINECDS_FIELD_PRESENCE,
    .is_present = has_findings_of_report },
};

gboolean
spinecds_field_is_report_findings (const SpineCdsField *field)
{
  return field->is_present == has_findings_of_report;
}

const SpineCdsField *
spinecds_field_lookup (const char *path)
{
  if (path == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (g_str_equal (fields[i].path, path))
      return &fields[i];

  return NULL;
}

const char *
spinecds_field_get_path (const SpineCdsField *field)
{
  return field->path;
}

SpineCdsFieldType
spinecds_field_get_field_type (const SpineCdsField *field)
{
  return field->type;
}

const char *
spinecds_field_get_label (const SpineCdsField *field)
{
  return field->label;
}

GType
spinecds_field_get_enum_type (const SpineCdsField *field)
{
  return field->enum_type != NULL ? field->enum_type () : G_TYPE_INVALID;
}

gboolean
spinecds_field_is_known (const SpineCdsField *field,
                         SpineCdsCase        *kase)
{
  switch (field->type)
    {
    case SPINECDS_FIELD_NUMBER:
      return SPINECDS_IS_KNOWN (field->get_number (kase));
    case SPINECDS_FIELD_CHOICE:
      /* A region not chosen yet is unknown; an unknown sex is a value. */
      return field->get_choice != get_region || field->get_choice (kase) != SPINECDS_REGION_UNKNOWN;
    case SPINECDS_FIELD_YES_NO:
      return field->get_yes_no (kase) != SPINECDS_TRISTATE_UNKNOWN;
    case SPINECDS_FIELD_PRESENCE:
      return field->is_present (kase);
    default:
      g_assert_not_reached ();
    }
}

double
spinecds_field_get_number (const SpineCdsField *field,
                           SpineCdsCase        *kase)
{
  g_return_val_if_fail (field->type == SPINECDS_FIELD_NUMBER, SPINECDS_UNKNOWN);

  return field->get_number (kase);
}

int
spinecds_field_get_choice (const SpineCdsField *field,
                           SpineCdsCase        *kase)
{
  g_return_val_if_fail (field->type == SPINECDS_FIELD_CHOICE, 0);

  return field->get_choice (kase);
}

SpineCdsTristate
spinecds_field_get_yes_no (const SpineCdsField *field,
                           SpineCdsCase        *kase)
{
  g_return_val_if_fail (field->type == SPINECDS_FIELD_YES_NO, SPINECDS_TRISTATE_UNKNOWN);

  return field->get_yes_no (kase);
}
