/* spinecds-summary-writer.c: the blocks of the clinician summary
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Case in brief, triage, red flags, every recommendation with why it
 * fired and its reference numbers, the MSCC checklist, pitfalls, where
 * the knowledge base departs from the seed, and the references.
 */
#define G_LOG_DOMAIN "spinecds-render"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "spinecds-codes.h"
#include "spinecds-enums.h"
#include "spinecds-record-note.h"
#include "spinecds-summary-writer.h"
#include "spinecds-writer-private.h"

typedef struct
{
  SpineCdsWriterBase base;
  GPtrArray         *references; /* of const SpineCdsReference*: those the assessment cites */
} Writer;

static const char *G_GNUC_FORMAT (2)
tr (Writer     *w,
    const char *msgid)
{
  return spinecds_catalog_pgettext (w->base.catalog, NULL, msgid);
}

static const char *
kb (Writer     *w,
    const char *text)
{
  return spinecds_catalog_pgettext (w->base.catalog, "kb", text);
}

static const char *
value (Writer     *w,
       const char *msgid)
{
  return spinecds_catalog_pgettext (w->base.catalog, "value", msgid);
}

/* References are numbered as the assessment numbers them; those that
 * only a correction cites follow. */
static guint
reference_number (Writer     *w,
                  const char *id)
{
  for (guint i = 0; i < w->references->len; i++)
    if (g_str_equal (((const SpineCdsReference *) g_ptr_array_index (w->references, i))->id, id))
      return i + 1;
  return 0;
}

/* Whether this plan touches the claim @correction corrects: one of the
 * rules it concerns speaks here (GUIDELINE-LOGIC §8.10). The full list
 * stays on the app's References page and in the docs. */
static gboolean
correction_applies (Writer                   *w,
                    const SpineCdsCorrection *correction)
{
  GPtrArray *recommendations = spinecds_assessment_get_recommendations (w->base.assessment);

  if (correction->rules == NULL)
    return TRUE;
  for (guint i = 0; i < recommendations->len; i++)
    if (g_strv_contains ((const char * const *) correction->rules,
                         ((SpineCdsRecommendation *) g_ptr_array_index (recommendations, i))->id))
      return TRUE;
  return FALSE;
}

/* Only what the recommendations cite (GUIDELINE-LOGIC §8.10): a
 * correction shown here cites those of its sources the plan cites; the
 * rest stay on the app's References page and in the docs. */
static void
collect_references (Writer *w)
{
  w->references = g_ptr_array_ref (spinecds_assessment_get_references (w->base.assessment));
}

static int
compare_numbers (gconstpointer a,
                 gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return (x > y) - (x < y);
}

/* " [1, 4]" as markup, in the order of the numbers, or "" */
static char *
cite (Writer             *w,
      const char * const *ids)
{
  g_autoptr(GArray) numbers = g_array_new (FALSE, FALSE, sizeof (guint));
  GString *out = g_string_new (NULL);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      guint number = reference_number (w, ids[i]);

      if (number > 0)
        g_array_append_val (numbers, number);
    }
  g_array_sort (numbers, compare_numbers);
  for (guint i = 0; i < numbers->len; i++)
    {
      g_string_append (out, i == 0 ? " <span foreground='#1f5f8b'>[" : ", ");
      g_string_append_printf (out, "%u", g_array_index (numbers, guint, i));
    }
  if (out->len > 0)
    g_string_append (out, "]</span>");
  return g_string_free (out, FALSE);
}

static gboolean
is_triage_fact (const SpineCdsFact *fact)
{
  return fact->kind == SPINECDS_FACT_CHOICE && g_str_equal (fact->name, "triage");
}

static char *
describe_because (Writer    *w,
                  GPtrArray *because)
{
  g_autoptr(GString) facts = g_string_new (NULL);

  for (guint i = 0; because != NULL && i < because->len; i++)
    {
      const SpineCdsFact *cause = g_ptr_array_index (because, i);
      g_autofree char    *fact = NULL;
      gsize               length;

      /* The triage heads the page: repeating it under every line hides
       * the facts that make this patient's plan, unless it is the only
       * reason there is. */
      if (is_triage_fact (cause) && because->len > 1)
        continue;
      fact = spinecds_fact_describe (cause, w->base.catalog);
      length = strlen (fact);

      /* Facts written as sentences lose their full stop in a list. */
      if (length > 0 && fact[length - 1] == '.')
        fact[length - 1] = '\0';
      if (facts->len > 0)
        g_string_append (facts, "; ");
      g_string_append (facts, fact);
    }
  if (facts->len == 0)
    return NULL;
  /* Translators: why a recommendation or red flag applies; %s is a list of facts */
  return g_markup_printf_escaped ("<i>%s</i> %s", tr (w, N_ ("Because:")), facts->str);
}

/* Case in brief */

static char *
code_list (Writer          *w,
           SpineCdsCodeKind kind)
{
  const char * const *codes = spinecds_case_get_codes (w->base.kase, kind);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; codes != NULL && codes[i] != NULL; i++)
    {
      const SpineCdsCodeInfo *info = spinecds_codes_lookup (kind, codes[i]);

      if (out->len > 0)
        g_string_append (out, ", ");
      g_string_append (out, info != NULL ? tr (w, info->label) : codes[i]);
    }
  if (out->len == 0)
    return g_strdup (tr (w, N_ ("none recorded")));
  return g_strdup (out->str);
}

static char *
weeks (Writer *w,
       double  number)
{
  g_autofree char *shown = NULL;

  if (!SPINECDS_IS_KNOWN (number))
    return g_strdup (tr (w, N_ ("not known")));
  if (number == 1)
    return g_strdup (tr (w, N_ ("1 week")));
  /* As people write it ("5.9", "5,9" in German), not the double's
   * round-trip spelling ("5.9000000000000004"). */
  shown = spinecds_catalog_format_number (w->base.catalog, number);
  /* Translators: a duration; %s is a number */
  return spinecds_catalog_printf (w->base.catalog, N_ ("%s weeks"), shown);
}

static const char *
grade_label (SpineCdsGrade grade)
{
  switch (grade)
    {
    case SPINECDS_GRADE_MILD:
      return NC_ ("value", "mild");
    case SPINECDS_GRADE_MODERATE:
      return NC_ ("value", "moderate");
    case SPINECDS_GRADE_SEVERE:
      return NC_ ("value", "severe");
    case SPINECDS_GRADE_NONE:
    default:
      return NULL;
    }
}

static char *
findings_list (Writer *w)
{
  GListModel *findings = spinecds_case_get_findings (w->base.kase);
  g_autoptr(GString) out = g_string_new (NULL);
  guint n = g_list_model_get_n_items (findings);

  if (!spinecds_case_get_mri_done (w->base.kase))
    return g_strdup (tr (w, N_ ("no MRI yet")));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SpineCdsFinding) finding = g_list_model_get_item (findings, i);
      const SpineCdsCodeInfo *info = spinecds_codes_lookup (SPINECDS_CODE_KIND_FINDING,
                                                            spinecds_finding_get_code (finding));
      const char             *grade = grade_label (spinecds_finding_get_grade (finding));
      const char             *level = spinecds_finding_get_level (finding);

      if (out->len > 0)
        g_string_append (out, "; ");
      g_string_append (out, info != NULL ? tr (w, info->label) : spinecds_finding_get_code (finding));
      if (grade != NULL || level != NULL)
        {
          g_string_append (out, " (");
          if (grade != NULL)
            g_string_append (out, value (w, grade));
          if (grade != NULL && level != NULL)
            g_string_append (out, ", ");
          if (level != NULL)
            g_string_append (out, level);
          g_string_append (out, ")");
        }
    }
  if (out->len == 0)
    return g_strdup (tr (w, N_ ("no findings recorded")));
  return g_strdup (out->str);
}

static const char *
yes_no (Writer  *w,
        gboolean yes)
{
  return value (w, yes ? NC_ ("value", "yes") : NC_ ("value", "no"));
}

static const char *
tristate (Writer          *w,
          SpineCdsTristate state)
{
  switch (state)
    {
    case SPINECDS_TRISTATE_YES:
      return value (w, NC_ ("value", "yes"));
    case SPINECDS_TRISTATE_NO:
      return value (w, NC_ ("value", "no"));
    case SPINECDS_TRISTATE_UNKNOWN:
    default:
      return value (w, NC_ ("value", "not known"));
    }
}

static char *
number_or_unknown (Writer     *w,
                   double      number,
                   const char *unit)
{
  g_autofree char *text = NULL;

  if (!SPINECDS_IS_KNOWN (number))
    return g_strdup (tr (w, N_ ("not known")));
  text = spinecds_catalog_format_number (w->base.catalog, number);
  return unit != NULL ? g_strdup_printf ("%s %s", text, unit) : g_steal_pointer (&text);
}

/* A date of the case in the catalog's words, or NULL when not given. */
static char *
format_case_date (Writer          *w,
                  SpineCdsCaseText field)
{
  const char *iso = spinecds_case_get_text (w->base.kase, field);

  return *iso != '\0' ? spinecds_catalog_format_iso_date (w->base.catalog, iso) : NULL;
}

static void
append_identity (Writer  *w,
                 GString *out)
{
  g_autofree char *name = spinecds_case_dup_display_text (w->base.kase, SPINECDS_CASE_TEXT_PATIENT_NAME);
  g_autofree char *identifier = spinecds_case_dup_display_text (w->base.kase, SPINECDS_CASE_TEXT_PATIENT_IDENTIFIER);
  g_autofree char *born = format_case_date (w, SPINECDS_CASE_TEXT_BIRTH_DATE);

  if (*name != '\0')
    g_string_append_printf (out, "%s · ", name);
  if (*identifier != '\0')
    g_string_append_printf (out, "%s · ", identifier);
  if (born != NULL)
    {
      /* Translators: the patient's birth date, e.g. "born March 14, 1981" */
      g_autofree char *text = spinecds_catalog_printf (w->base.catalog, N_ ("born %s"), born);

      g_string_append_printf (out, "%s · ", text);
    }
}

static char *
patient_text (Writer *w)
{
  g_autofree char *age_sex = spinecds_record_note_age_sex (w->base.kase, w->base.catalog);
  g_autoptr(GString) out = g_string_new (NULL);

  /* Who, as the clinic writes it: name, number, birth date. */
  append_identity (w, out);
  g_string_append (out, age_sex);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
conservative_care_text (Writer *w)
{
  static const char * const responses[] = {
    N_ ("not tried"), N_ ("improving"), N_ ("unchanged"), N_ ("worsening")
  };
  SpineCdsResponse response = spinecds_case_get_conservative_care_response (w->base.kase);
  double           care_weeks = spinecds_case_get_conservative_care_weeks (w->base.kase);
  const char      *candidate = yes_no (w, spinecds_case_get_intervention_candidate (w->base.kase));
  g_autofree char *duration = NULL;

  /* "0 weeks, not tried" says one thing twice. */
  if (response == SPINECDS_RESPONSE_NOT_TRIED && care_weeks == 0)
    /* Translators: conservative care: "not tried; intervention candidate: no" */
    return spinecds_catalog_printf (w->base.catalog, N_ ("%s; intervention candidate: %s"), tr (w, responses[response]),
                                    candidate);
  duration = weeks (w, care_weeks);
  /* Translators: conservative care: "6 weeks, unchanged; intervention candidate: no" */
  return spinecds_catalog_printf (w->base.catalog, N_ ("%s, %s; intervention candidate: %s"), duration,
                                  tr (w, responses[response]), candidate);
}

static char *
labs_text (Writer *w)
{
  g_autofree char *crp = number_or_unknown (w, spinecds_case_get_crp_mg_l (w->base.kase), "mg/L");
  g_autofree char *temperature = number_or_unknown (w, spinecds_case_get_temperature_c (w->base.kase), "°C");

  /* Translators: laboratory values */
  return spinecds_catalog_printf (w->base.catalog, N_ ("CRP %s; temperature %s"), crp, temperature);
}

static char *
surgery_text (Writer *w)
{
  const char      *procedure = spinecds_case_get_surgery_procedure (w->base.kase);
  g_autofree char *ago = weeks (w, spinecds_case_get_surgery_weeks_ago (w->base.kase));

  /* Translators: prior spine surgery: "discectomy, 3 weeks ago" */
  return spinecds_catalog_printf (w->base.catalog, N_ ("%s, %s ago"),
                                  procedure != NULL && *procedure != '\0' ? procedure
                                                                          : tr (w, N_ ("procedure not recorded")),
                                  ago);
}

static char *
mscc_text (Writer *w)
{
  SpineCdsCase    *kase = w->base.kase;
  g_autofree char *areas = NULL;
  g_autofree char *deficit = number_or_unknown (w, spinecds_case_get_mscc_deficit_hours (kase), "h");
  g_autofree char *paraplegic = number_or_unknown (w, spinecds_case_get_mscc_paraplegic_hours (kase), "h");
  g_autofree char *survival = number_or_unknown (w, spinecds_case_get_mscc_predicted_survival_months (kase),
                                                 tr (w, N_ ("months")));

  areas = spinecds_case_get_mscc_separate_areas (kase) >= 0
            ? g_strdup_printf ("%d", spinecds_case_get_mscc_separate_areas (kase))
            : g_strdup (tr (w, N_ ("not known")));
  /* Translators: details of metastatic spinal cord compression */
  return spinecds_catalog_printf (w->base.catalog, N_ ("areas of compression %s; deficit duration %s; paraplegia duration %s; "
                                                       "predicted survival %s; radiosensitive tumour: %s"),
                                  areas, deficit, paraplegic, survival,
                                  tristate (w, spinecds_case_get_mscc_radiosensitive (kase)));
}

/* One fact of the case in brief. */
typedef struct
{
  const char *label;
  char       *text;
} Fact;

/* "<b>Label</b>  text": the label runs into its value, so a cell needs
 * no label column wide enough for the longest label in any language. */
static char *
fact_markup (const Fact *fact)
{
  return g_markup_printf_escaped ("<b>%s</b>  %s", fact->label, fact->text);
}

/* A fact short enough to share a row with another. */
static gboolean
fact_is_short (const Fact *fact)
{
  return g_utf8_strlen (fact->label, -1) + g_utf8_strlen (fact->text, -1) <= 56;
}

/* Two short facts in a row share it, so that a routine plan's summary
 * fits on one page (GUIDELINE-LOGIC §8.10); a long one (a list of
 * codes, the findings, the MSCC details) has the full width. The order
 * stays the reading order. */
static void
write_facts (Writer *w,
             Fact   *facts,
             guint   n_facts)
{
  static const double pair_widths[] = { 0.5, 0.5 };
  static const double full_width[] = { 1.0 };

  for (guint i = 0; i < n_facts;)
    {
      gboolean         paired = i + 1 < n_facts && fact_is_short (&facts[i]) && fact_is_short (&facts[i + 1]);
      g_autofree char *first = fact_markup (&facts[i]);
      g_autofree char *second = paired ? fact_markup (&facts[i + 1]) : NULL;
      const char      *cells[] = { first, second };

      spinecds_page_layout_begin_table (w->base.layout, paired ? 2 : 1, paired ? pair_widths : full_width);
      spinecds_page_layout_add_row (w->base.layout, FALSE, cells);
      i += paired ? 2 : 1;
    }
}

static void
write_case (Writer *w)
{
  static const char * const regions[] = {
    N_ ("Cervical spine"),
    N_ ("Thoracic spine"),
    N_ ("Lumbar spine"),
    /* Translators: the region of the symptoms has not been entered yet */
    N_ ("not entered"),
  };
  SpineCdsCase    *kase = w->base.kase;
  g_autofree char *visit = format_case_date (w, SPINECDS_CASE_TEXT_VISIT_DATE);
  Fact             facts[14];
  guint            n_facts = 0;

  facts[n_facts++] = (Fact) { tr (w, N_ ("Patient")), patient_text (w) };
  if (visit != NULL)
    facts[n_facts++] = (Fact) { tr (w, N_ ("Visit")), g_steal_pointer (&visit) };
  facts[n_facts++] = (Fact) { tr (w, N_ ("Region")), g_strdup (tr (w, regions[spinecds_case_get_region (kase)])) };
  facts[n_facts++] = (Fact) { tr (w, N_ ("Symptom duration")),
                              weeks (w, spinecds_case_get_symptom_duration_weeks (kase)) };
  if (spinecds_case_get_mjoa (kase) >= 0)
    facts[n_facts++] = (Fact) { tr (w, N_ ("mJOA score")), g_strdup_printf ("%d / 18", spinecds_case_get_mjoa (kase)) };
  facts[n_facts++] = (Fact) { tr (w, N_ ("Symptoms")), code_list (w, SPINECDS_CODE_KIND_SYMPTOM) };
  facts[n_facts++] = (Fact) { tr (w, N_ ("Signs")), code_list (w, SPINECDS_CODE_KIND_SIGN) };
  facts[n_facts++] = (Fact) { tr (w, N_ ("History")), code_list (w, SPINECDS_CODE_KIND_HISTORY) };
  facts[n_facts++] = (Fact) { tr (w, N_ ("Labs")), labs_text (w) };
  facts[n_facts++] = (Fact) { tr (w, N_ ("Conservative care")), conservative_care_text (w) };
  facts[n_facts++] = (Fact) { tr (w, N_ ("MRI findings")), findings_list (w) };
  if (spinecds_case_get_has_surgery (kase))
    facts[n_facts++] = (Fact) { tr (w, N_ ("Prior spine surgery")), surgery_text (w) };
  if (spinecds_case_get_has_mscc (kase))
    facts[n_facts++] = (Fact) { tr (w, N_ ("MSCC")), mscc_text (w) };

  spinecds_page_layout_add_heading (w->base.layout, tr (w, N_ ("Case in brief")));
  write_facts (w, facts, n_facts);

  for (guint i = 0; i < n_facts; i++)
    g_free (facts[i].text);
}

static void
write_notes (Writer *w)
{
  const char *notes = spinecds_case_get_notes (w->base.kase);
  g_auto(GStrv) paragraphs = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (notes != NULL ? notes : ""));

  if (*stripped == '\0')
    return;

  spinecds_page_layout_add_subheading (w->base.layout, tr (w, N_ ("Notes")));
  paragraphs = g_strsplit (notes, "\n", -1);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_autofree char *markup = NULL;

      if (*g_strstrip (paragraphs[i]) == '\0')
        continue;
      markup = g_markup_escape_text (paragraphs[i], -1);
      spinecds_page_layout_add_text (w->base.layout, SPINECDS_TEXT_BODY, markup);
    }
}

/* Triage and red flags */

static SpineCdsTone
triage_tone (SpineCdsTriage triage)
{
  switch (triage)
    {
    case SPINECDS_TRIAGE_EMERGENCY:
      return SPINECDS_TONE_DANGER;
    case SPINECDS_TRIAGE_URGENT:
      return SPINECDS_TONE_WARNING;
    case SPINECDS_TRIAGE_EXPEDITED:
      return SPINECDS_TONE_CAUTION;
    case SPINECDS_TRIAGE_ROUTINE:
    default:
      return SPINECDS_TONE_OK;
    }
}

/* "See again between April 2, 2026 and April 16, 2026", or NULL. */
static char *
follow_up_text (Writer *w)
{
  const char      *from, *to;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  if (!spinecds_assessment_get_follow_up (w->base.assessment, &from, &to))
    return NULL;
  first = spinecds_catalog_format_iso_date (w->base.catalog, from);
  last = spinecds_catalog_format_iso_date (w->base.catalog, to);
  /* Translators: in the plan's banner; %1$s and %2$s are dates */
  return spinecds_catalog_printf (w->base.catalog, N_ ("See again between %1$s and %2$s"), first, last);
}

/* What the clinician decided about this plan, or that nothing was
 * decided yet; a decision about an earlier plan says so. */
static void
write_decision (Writer *w)
{
  gboolean          stale = FALSE;
  SpineCdsDecision *decision = spinecds_assessment_get_decision (w->base.assessment, &stale);
  g_autofree char  *text = NULL;
  g_autofree char  *markup = NULL;

  /* One run-in line rather than a section: most summaries are printed
   * before anything is decided. */
  if (decision == NULL)
    text = g_strdup (value (w, NC_ ("value", "not recorded")));
  else
    text = spinecds_decision_describe (decision, stale, w->base.catalog);
  markup = g_markup_printf_escaped ("<b>%s</b>  %s", tr (w, N_ ("Clinician's decision")), text);
  spinecds_page_layout_add_text (w->base.layout, SPINECDS_TEXT_BODY, markup);
}

/* What the headline says when no red flag is listed: nothing while an
 * input is missing, which is no "nothing found" (seventeenth round: an
 * unread report's cord compression beside "no red flag was found"). */
static const char *
no_red_flag_note (Writer *w)
{
  if (spinecds_assessment_is_incomplete (w->base.assessment))
    return "";
  return tr (w, N_ ("No red flag was found in the recorded inputs."));
}

/* Under a triage that is not "Incomplete", what is still missing and
 * that the triage counts the worst case for it (GUIDELINE-LOGIC §8.11;
 * sixteenth round: an urgent summary did not show that the findings of
 * its report were not entered). NULL for a complete plan. */
static char *
incomplete_note (Writer *w)
{
  g_autofree char *sentence = spinecds_assessment_dup_incomplete_note (w->base.assessment, w->base.catalog);

  if (sentence == NULL)
    return NULL;
  return g_markup_printf_escaped ("\n<b>%s</b> — %s", tr (w, N_ ("Plan not complete")), sentence);
}

static void
write_triage (Writer *w)
{
  SpineCdsTriage   triage = spinecds_assessment_get_triage (w->base.assessment);
  GPtrArray       *flags = spinecds_assessment_get_red_flags (w->base.assessment);
  g_autofree char *markup = NULL;

  /* With no red flag, the callout says so: a section for it would
   * cost the routine summary its one page. */
  g_autofree char *follow_up = follow_up_text (w);

  g_autofree char *incomplete = incomplete_note (w);
  g_autofree char *headline = NULL;

  /* "No red flag" shares the headline's line: every line counts on a
   * routine plan's one page. */
  headline = g_markup_printf_escaped ("<span size='x-large'><b>%s %s</b></span>%s%s\n%s%s%s",
                                      tr (w, N_ ("Triage:")),
                                      tr (w, spinecds_assessment_get_headline (w->base.assessment)),
                                      flags->len == 0 ? "   " : "",
                                      flags->len == 0 ? no_red_flag_note (w) : "",
                                      kb (w, spinecds_assessment_get_timeframe (w->base.assessment)),
                                      follow_up != NULL ? " · " : "", follow_up != NULL ? follow_up : "");
  /* Already markup, so joined rather than escaped again. */
  markup = g_strconcat (headline, incomplete != NULL ? incomplete : "", NULL);
  spinecds_page_layout_add_callout (w->base.layout,
                                    spinecds_assessment_is_unplanned (w->base.assessment)
                                      ? SPINECDS_TONE_NEUTRAL
                                      : triage_tone (triage),
                                    markup);
  if (flags->len == 0)
    return;

  spinecds_page_layout_add_heading (w->base.layout, tr (w, N_ ("Red flags")));

  for (guint i = 0; i < flags->len; i++)
    {
      SpineCdsRedFlag *flag = g_ptr_array_index (flags, i);
      g_autofree char *label = g_markup_printf_escaped ("<b>%s</b>", kb (w, flag->label));
      g_autofree char *because = describe_because (w, flag->because);

      spinecds_page_layout_add_bullet (w->base.layout, "<span foreground='#c62828'>!</span>", label, because);
    }
}

/* Recommendations */

static const char *
category_title (const char *category)
{
  static const struct
  {
    const char *id;
    const char *title;
  } titles[] = {
    { "triage", N_ ("Triage and escalation") },
    { "imaging", N_ ("Imaging") },
    { "treatment", N_ ("Treatment") },
    { "medication", N_ ("Medication") },
    { "referral", N_ ("Referral") },
    { "advice", N_ ("Advice") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    if (g_strcmp0 (category, titles[i].id) == 0)
      return titles[i].title;
  return NULL;
}

static void
add_recommendation (Writer                 *w,
                    const char             *label,
                    SpineCdsRecommendation *recommendation)
{
  g_autofree char *text = g_markup_escape_text (kb (w, recommendation->text), -1);
  g_autofree char *references = cite (w, recommendation->references);
  g_autofree char *because = describe_because (w, recommendation->because);
  g_autofree char *markup = NULL;

  /* The reasons run on after the text, in smaller grey type: a line
   * of their own under each of a dozen items would fill a second page
   * (GUIDELINE-LOGIC §8.10). */
  if (because != NULL)
    markup = g_strdup_printf ("%s%s  <span size='smaller' foreground='#54595f'>%s</span>",
                              text, references, because);
  else
    markup = g_strconcat (text, references, NULL);
  spinecds_page_layout_add_bullet (w->base.layout, label, markup, NULL);
}

static void
write_recommendations (Writer *w)
{
  static const char * const order[] = { "triage", "imaging", "treatment", "medication", "referral", "advice", NULL };
  GPtrArray                *recommendations = spinecds_assessment_get_recommendations (w->base.assessment);
  guint                     number = 0;

  spinecds_page_layout_add_heading (w->base.layout, tr (w, N_ ("Recommendations")));

  /* The known categories in a fixed order, then any other (but pitfalls). */
  for (guint c = 0; c <= G_N_ELEMENTS (order) - 1; c++)
    {
      gboolean titled = FALSE;

      for (guint i = 0; i < recommendations->len; i++)
        {
          SpineCdsRecommendation *recommendation = g_ptr_array_index (recommendations, i);
          gboolean                known = category_title (recommendation->category) != NULL;
          g_autofree char        *label = NULL;

          if (g_strcmp0 (recommendation->category, "pitfall") == 0)
            continue;
          if (order[c] != NULL ? g_strcmp0 (recommendation->category, order[c]) != 0 : known)
            continue;

          if (!titled)
            {
              const char *title = order[c] != NULL ? category_title (order[c]) : N_ ("Other recommendations");

              spinecds_page_layout_add_subheading (w->base.layout, tr (w, title));
              titled = TRUE;
            }
          label = g_strdup_printf ("%u.", ++number);
          add_recommendation (w, label, recommendation);
        }
    }

  if (number == 0)
    spinecds_page_layout_add_text (w->base.layout, SPINECDS_TEXT_BODY, tr (w, N_ ("No recommendation.")));
}

static void
write_pitfalls (Writer *w)
{
  GPtrArray *recommendations = spinecds_assessment_get_recommendations (w->base.assessment);
  gboolean   titled = FALSE;

  for (guint i = 0; i < recommendations->len; i++)
    {
      SpineCdsRecommendation *recommendation = g_ptr_array_index (recommendations, i);

      if (g_strcmp0 (recommendation->category, "pitfall") != 0)
        continue;
      if (!titled)
        {
          spinecds_page_layout_add_heading (w->base.layout, tr (w, N_ ("Pitfalls to avoid")));
          titled = TRUE;
        }
      add_recommendation (w, "<span foreground='#b26a00'>▲</span>", recommendation);
    }
}

/* MSCC */

static char *
status_markup (Writer          *w,
               SpineCdsTristate met,
               gboolean         at_limit)
{
  switch (met)
    {
    case SPINECDS_TRISTATE_YES:
      return g_markup_printf_escaped ("<span foreground='#2e7d32'><b>✓ %s</b></span>",
                                      at_limit ? tr (w, N_ ("Met, at the limit")) : tr (w, N_ ("Met")));
    case SPINECDS_TRISTATE_NO:
      return g_markup_printf_escaped ("<span foreground='#c62828'><b>✗ %s</b></span>",
                                      at_limit ? tr (w, N_ ("Not met, at the limit")) : tr (w, N_ ("Not met")));
    case SPINECDS_TRISTATE_UNKNOWN:
    default:
      return g_markup_printf_escaped ("<span foreground='#b26a00'><b>? %s</b></span>", tr (w, N_ ("Unknown")));
    }
}

static void
add_status_row (Writer          *w,
                const char      *label,
                SpineCdsTristate met,
                gboolean         at_limit,
                gboolean         bold)
{
  g_autofree char *label_markup = g_markup_printf_escaped (bold ? "<b>%s</b>" : "%s", label);
  g_autofree char *status = status_markup (w, met, at_limit);
  const char      *cells[] = { label_markup, status };

  spinecds_page_layout_add_row (w->base.layout, FALSE, cells);
}

static void
write_mscc (Writer *w)
{
  static const double        widths[] = { 0.72, 0.28 };
  const SpineCdsMsccSurgery *mscc = spinecds_assessment_get_mscc_surgery (w->base.assessment);
  const char                *header[2];

  if (mscc == NULL)
    return;

  spinecds_page_layout_add_heading (w->base.layout, tr (w, N_ ("MSCC: surgery before radiotherapy")));
  spinecds_page_layout_add_text (w->base.layout, SPINECDS_TEXT_SMALL,
                                 tr (w, N_ ("Criteria of the decompressive surgery trial; each is met, not met "
                                            "or unknown. Always discuss with the MSCC or spine team.")));
  spinecds_page_layout_begin_table (w->base.layout, G_N_ELEMENTS (widths), widths);
  header[0] = tr (w, N_ ("Criterion"));
  header[1] = tr (w, N_ ("Status"));
  spinecds_page_layout_add_row (w->base.layout, TRUE, header);
  for (guint i = 0; mscc->criteria != NULL && i < mscc->criteria->len; i++)
    {
      SpineCdsMsccCriterion *criterion = g_ptr_array_index (mscc->criteria, i);

      add_status_row (w, kb (w, criterion->label), criterion->met, criterion->at_limit, FALSE);
    }
  if (mscc->age_modifier_label != NULL)
    {
      /* Translators: the age criterion modifies, it does not exclude */
      g_autofree char *label = spinecds_catalog_printf (w->base.catalog, N_ ("%s (modifier, not a trial criterion)"),
                                                        kb (w, mscc->age_modifier_label));

      add_status_row (w, label, mscc->age_modifier_met, mscc->age_modifier_at_limit, FALSE);
    }
  add_status_row (w, tr (w, N_ ("Eligible by the trial criteria")), mscc->eligible, FALSE, TRUE);
  add_status_row (w, tr (w, N_ ("Surgery then radiotherapy favoured")), mscc->surgery_favoured, FALSE, TRUE);
  if (spinecds_mscc_surgery_is_borderline (mscc))
    spinecds_page_layout_add_text (w->base.layout, SPINECDS_TEXT_BODY,
                                   tr (w, N_ ("Borderline: a value lies exactly at the limit of its criterion, "
                                              "so this verdict could go either way. Weigh it with the MSCC "
                                              "or spine team.")));
}

/* Corrections and references */

static void
write_corrections (Writer *w)
{
  GPtrArray *corrections = spinecds_knowledge_base_get_corrections (spinecds_assessment_get_knowledge_base (w->base.assessment));

  gboolean   heading = FALSE;

  for (guint i = 0; corrections != NULL && i < corrections->len; i++)
    {
      const SpineCdsCorrection *correction = g_ptr_array_index (corrections, i);
      g_autofree char          *text = NULL;
      g_autofree char          *references = NULL;
      g_autofree char          *markup = NULL;

      if (!correction_applies (w, correction))
        continue;
      if (!heading)
        spinecds_page_layout_add_heading (w->base.layout, tr (w, N_ ("Where this advice departs from the seed document")));
      heading = TRUE;
      text = g_markup_escape_text (kb (w, correction->text), -1);
      references = cite (w, (const char * const *) correction->references);
      /* Smaller than the plan: a note on the sources, not advice. */
      markup = g_strconcat ("<small>", text, references, "</small>", NULL);
      spinecds_page_layout_add_bullet (w->base.layout, "•", markup, NULL);
    }
}

static void
write_references (Writer *w)
{
  if (w->references->len == 0)
    return;

  g_autoptr(GString) markup = g_string_new (NULL);

  spinecds_page_layout_add_heading (w->base.layout, tr (w, N_ ("References")));
  /* Short citations in one run-in paragraph of fine print: enough to
   * find each source, so that a routine plan fits one A4 page
   * (GUIDELINE-LOGIC §8.10). The full citations are on the app's
   * References page and in the knowledge base. */
  for (guint i = 0; i < w->references->len; i++)
    {
      const SpineCdsReference *reference = g_ptr_array_index (w->references, i);
      const char              *citation = reference->short_citation != NULL ? reference->short_citation : reference->citation;
      g_autofree char         *entry = g_markup_printf_escaped ("%s[%u] %s", i > 0 ? "  " : "", i + 1, citation);

      g_string_append (markup, entry);
    }
  spinecds_page_layout_add_text (w->base.layout, SPINECDS_TEXT_FINE, markup->str);
}

void
spinecds_summary_writer_write (SpineCdsPageLayout *layout,
                               SpineCdsCase       *kase,
                               SpineCdsAssessment *assessment,
                               SpineCdsCatalog    *catalog,
                               GDateTime          *date)
{
  Writer w = { { layout, kase, assessment, catalog }, NULL };

  g_return_if_fail (SPINECDS_IS_PAGE_LAYOUT (layout));
  g_return_if_fail (SPINECDS_IS_CASE (kase));
  g_return_if_fail (SPINECDS_IS_ASSESSMENT (assessment));

  collect_references (&w);

  /* The running header names the document and the date, and every
   * footer says "not a diagnosis": the page starts with the triage. */
  write_triage (&w);
  write_case (&w);
  write_notes (&w);
  write_recommendations (&w);
  write_mscc (&w);
  write_decision (&w);
  write_pitfalls (&w);
  write_corrections (&w);
  write_references (&w);

  g_ptr_array_unref (w.references);
}
