/* spinecds-record-note.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "spinecds-enums.h"
#include "spinecds-field.h"
#include "spinecds-record-note.h"

static const char *
tr (SpineCdsCatalog *catalog,
    const char      *msgid)
{
  return spinecds_catalog_pgettext (catalog, NULL, msgid);
}

static const char *
value (SpineCdsCatalog *catalog,
       const char      *msgid)
{
  return spinecds_catalog_pgettext (catalog, "value", msgid);
}

static const char *
kb (SpineCdsCatalog *catalog,
    const char      *msgid)
{
  return spinecds_catalog_pgettext (catalog, "kb", msgid);
}

/* "Ana Example, MRN 123, born 1980-05-02, 46 years, female" */
static void
append_patient (GString         *out,
                SpineCdsCase    *kase,
                SpineCdsCatalog *catalog)
{
  g_autofree char *age_sex = spinecds_record_note_age_sex (kase, catalog);
  g_autofree char *name = spinecds_case_dup_display_text (kase, SPINECDS_CASE_TEXT_PATIENT_NAME);
  g_autofree char *identifier = spinecds_case_dup_display_text (kase, SPINECDS_CASE_TEXT_PATIENT_IDENTIFIER);
  const char      *born = spinecds_case_get_text (kase, SPINECDS_CASE_TEXT_BIRTH_DATE);

  g_string_append_printf (out, "%s ", tr (catalog, N_ ("Patient:")));
  if (*name != '\0')
    g_string_append_printf (out, "%s, ", name);
  if (*identifier != '\0')
    g_string_append_printf (out, "%s, ", identifier);
  if (*born != '\0')
    {
      /* Translators: the patient's birth date, e.g. "born March 14, 1981" */
      g_autofree char *text = spinecds_catalog_printf (catalog, N_ ("born %s"), born);

      g_string_append_printf (out, "%s, ", text);
    }
  g_string_append_printf (out, "%s\n", age_sex);
}

char *
spinecds_record_note_age_sex (SpineCdsCase    *kase,
                              SpineCdsCatalog *catalog)
{
  /* "not known" alone would read as the age's second mention. */
  static const char * const sexes[] = {
    NC_ ("value", "sex not known"), NC_ ("value", "female"), NC_ ("value", "male"), NC_ ("value", "other")
  };
  int age;

  g_return_val_if_fail (SPINECDS_IS_CASE (kase), NULL);

  age = spinecds_case_get_age_years (kase);
  if (age >= 0)
    /* Translators: age and sex of the patient, e.g. "47 years, female" */
    return spinecds_catalog_printf (catalog, N_ ("%d years, %s"), age, value (catalog, sexes[spinecds_case_get_sex (kase)]));
  /* Translators: the patient's age is not known; %s is the sex */
  return spinecds_catalog_printf (catalog, N_ ("age not known, %s"), value (catalog, sexes[spinecds_case_get_sex (kase)]));
}

static void
append_heading (GString         *out,
                SpineCdsCase    *kase,
                SpineCdsCatalog *catalog)
{
  const char *visit = spinecds_case_get_text (kase, SPINECDS_CASE_TEXT_VISIT_DATE);

  g_string_append_printf (out, "%s\n", tr (catalog, N_ ("SpineCDS plan")));
  append_patient (out, kase, catalog);
  if (*visit != '\0')
    g_string_append_printf (out, "%s %s\n", tr (catalog, N_ ("Visit:")), visit);
}

/* The note gives no reasons, but a red flag that rests on a value not
 * entered yet says so: the record must not read as if it were known. */
static void
append_red_flag (GString               *out,
                 const SpineCdsRedFlag *flag,
                 SpineCdsCatalog       *catalog)
{
  g_string_append_printf (out, "%s %s", tr (catalog, N_ ("Red flag:")), kb (catalog, flag->label));
  for (guint i = 0; i < flag->because->len; i++)
    {
      const SpineCdsFact *fact = g_ptr_array_index (flag->because, i);
      g_autofree char    *assumed = NULL;

      if (fact->kind != SPINECDS_FACT_ASSUMED)
        continue;
      assumed = spinecds_fact_describe (fact, catalog);
      g_string_append_printf (out, " — %s", assumed);
    }
  g_string_append_c (out, '\n');
}

static void
append_triage (GString            *out,
               SpineCdsAssessment *assessment,
               SpineCdsCatalog    *catalog)
{
  /* "Incomplete" while the age or region is missing: the record must
   * not say "Routine" of a patient nobody could assess yet. */
  g_autofree char    *triage = g_utf8_strup (tr (catalog, spinecds_assessment_get_headline (assessment)), -1);
  const char * const *missing = spinecds_assessment_get_missing (assessment);
  GPtrArray          *red_flags = spinecds_assessment_get_red_flags (assessment);

  g_string_append_printf (out, "%s %s — %s\n", tr (catalog, N_ ("Triage:")), triage,
                          kb (catalog, spinecds_assessment_get_timeframe (assessment)));
  for (guint i = 0; missing[i] != NULL; i++)
    {
      const SpineCdsField *field = spinecds_field_lookup (missing[i]);

      g_string_append_printf (out, "%s %s\n", tr (catalog, N_ ("Missing:")),
                              field != NULL ? tr (catalog, spinecds_field_get_label (field)) : missing[i]);
    }
  for (guint i = 0; i < red_flags->len; i++)
    append_red_flag (out, g_ptr_array_index (red_flags, i), catalog);
}

/* The plan as the clinician acts on it: no pitfalls, no references. */
static void
append_plan (GString            *out,
             SpineCdsAssessment *assessment,
             SpineCdsCatalog    *catalog)
{
  GPtrArray                 *recommendations = spinecds_assessment_get_recommendations (assessment);
  const SpineCdsMsccSurgery *mscc;

  g_string_append_printf (out, "%s\n", tr (catalog, N_ ("Plan:")));
  for (guint i = 0; i < recommendations->len; i++)
    {
      SpineCdsRecommendation *recommendation = g_ptr_array_index (recommendations, i);

      if (g_strcmp0 (recommendation->category, "pitfall") != 0)
        g_string_append_printf (out, "- %s\n", kb (catalog, recommendation->text));
    }
  /* The record keeps what the screen and the summary say of a verdict
   * at a criterion's limit (GUIDELINE-LOGIC §8.9). */
  mscc = spinecds_assessment_get_mscc_surgery (assessment);
  if (mscc != NULL && spinecds_mscc_surgery_is_borderline (mscc))
    g_string_append_printf (out, "- %s\n",
                            tr (catalog, N_ ("The surgery verdict is borderline: a value lies exactly at the limit "
                                             "of its criterion, so it could go either way. Weigh it with the MSCC "
                                             "or spine team.")));
}

static void
append_follow_up (GString            *out,
                  SpineCdsAssessment *assessment,
                  SpineCdsCatalog    *catalog)
{
  const char *from, *to;

  /* An incomplete case has no plan, so no follow-up: its headline
   * already says what to enter. */
  if (spinecds_assessment_is_unplanned (assessment))
    return;
  if (spinecds_assessment_get_follow_up (assessment, &from, &to))
    {
      /* Translators: %1$s and %2$s are dates (YYYY-MM-DD) */
      g_autofree char *line = spinecds_catalog_printf (catalog, N_ ("Follow-up: between %1$s and %2$s"), from, to);

      g_string_append_printf (out, "%s\n", line);
    }
  else if (spinecds_assessment_sends_patient_on (assessment))
    g_string_append_printf (out, "%s\n", tr (catalog, N_ ("Follow-up: set by the team the patient is sent to")));
  else
    /* Tests within days and no team to hand over to: the follow-up is
     * the clinician's own, with the results. */
    g_string_append_printf (out, "%s\n",
                            tr (catalog, N_ ("Follow-up: by the treating clinician with the results, within the "
                                             "plan's time frame")));
}

static void
append_decision (GString            *out,
                 SpineCdsAssessment *assessment,
                 SpineCdsCatalog    *catalog)
{
  gboolean          stale = FALSE;
  SpineCdsDecision *decision = spinecds_assessment_get_decision (assessment, &stale);
  g_autofree char  *text = NULL;

  if (decision == NULL)
    {
      g_string_append_printf (out, "%s\n", tr (catalog, N_ ("Decision: not recorded")));
      return;
    }
  text = spinecds_decision_describe (decision, stale, catalog);
  g_string_append_printf (out, "%s\n", text);
}

char *
spinecds_record_note (SpineCdsCase       *kase,
                      SpineCdsAssessment *assessment,
                      SpineCdsCatalog    *catalog)
{
  SpineCdsKnowledgeBase *base;
  GString               *out;

  g_return_val_if_fail (SPINECDS_IS_CASE (kase), NULL);
  g_return_val_if_fail (SPINECDS_IS_ASSESSMENT (assessment), NULL);

  base = spinecds_assessment_get_knowledge_base (assessment);
  out = g_string_new (NULL);
  append_heading (out, kase, catalog);
  append_triage (out, assessment, catalog);
  append_plan (out, assessment, catalog);
  append_follow_up (out, assessment, catalog);
  append_decision (out, assessment, catalog);
  /* Translators: %1$s %2$s are the knowledge base's id and version, %3$s its checksum */
  g_string_append_printf (out, "%s %s %s (SHA-256 %.12s)\n", tr (catalog, N_ ("Knowledge base:")),
                          spinecds_knowledge_base_get_id (base), spinecds_knowledge_base_get_version (base),
                          spinecds_knowledge_base_get_checksum (base));
  g_string_append_printf (out, "%s\n", tr (catalog, N_ ("Decision support for clinicians; not a diagnosis. Use clinical judgement.")));
  return g_string_free (out, FALSE);
}
