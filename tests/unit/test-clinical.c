/* test-clinical.c: the clinical content of the shipped knowledge base
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One test per entry of tests/data/clinical/expectations.json (format in
 * tests/data/clinical/README.md): the exact triage, actions that must and
 * must not be present, red flags, the MSCC surgery verdict and, where
 * given, rule ids among the recommendations. Every assessment is also
 * checked for internally consistent actions.
 */
#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "spinecds-case-file.h"
#include "spinecds-evaluator.h"

static const char * const imaging_actions[] = {
  "radiography", "mri_without_contrast", "mri_with_and_without_contrast",
  "ct_without_contrast", "whole_spine_imaging"
};

static SpineCdsKnowledgeBase *kb;

static SpineCdsAssessment *
evaluate_entry (JsonObject *entry,
                char      **out_path)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SpineCdsCase) kase = NULL;
  char *path;

  if (json_object_has_member (entry, "example"))
    {
      const char *dir = g_getenv ("SPINECDS_EXAMPLES_DIR");

      g_assert_nonnull (dir);
      path = g_build_filename (dir, json_object_get_string_member (entry, "example"), NULL);
    }
  else
    {
      path = g_test_build_filename (G_TEST_DIST, "data", "clinical",
                                    json_object_get_string_member (entry, "case"), NULL);
    }

  file = g_file_new_for_path (path);
  kase = spinecds_case_file_load (file, &error);
  g_assert_no_error (error);
  *out_path = path;

  return spinecds_evaluate (kb, kase);
}

static gboolean
has_recommendation (SpineCdsAssessment *assessment,
                    const char         *id)
{
  GPtrArray *recommendations = spinecds_assessment_get_recommendations (assessment);

  for (guint i = 0; i < recommendations->len; i++)
    if (g_str_equal (((SpineCdsRecommendation *) g_ptr_array_index (recommendations, i))->id, id))
      return TRUE;

  return FALSE;
}

static SpineCdsTristate
tristate_member (JsonObject *object,
                 const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  g_assert_nonnull (node);
  if (JSON_NODE_HOLDS_NULL (node))
    return SPINECDS_TRISTATE_UNKNOWN;
  return json_node_get_boolean (node) ? SPINECDS_TRISTATE_YES : SPINECDS_TRISTATE_NO;
}

static void
check_codes (JsonObject         *entry,
             const char         *member,
             SpineCdsAssessment *assessment,
             const char         *path,
             gboolean (*present) (SpineCdsAssessment *, const char *),
             gboolean expected)
{
  JsonArray *codes;

  if (!json_object_has_member (entry, member))
    return;

  codes = json_object_get_array_member (entry, member);
  for (guint i = 0; i < json_array_get_length (codes); i++)
    {
      const char *code = json_array_get_string_element (codes, i);

      if (present (assessment, code) != expected)
        g_test_fail_printf ("%s: %s: %s %s", path, member, code,
                            expected ? "is missing" : "must not be there");
    }
}

static guint
recommendation_index (SpineCdsAssessment *assessment,
                      const char         *id)
{
  GPtrArray *recommendations = spinecds_assessment_get_recommendations (assessment);

  for (guint i = 0; i < recommendations->len; i++)
    if (g_strcmp0 (((SpineCdsRecommendation *) g_ptr_array_index (recommendations, i))->id, id) == 0)
      return i;
  return G_MAXUINT;
}

static void
test_entry (gconstpointer data)
{
  JsonObject      *entry = (JsonObject *) data;
  g_autofree char *path = NULL;
  g_autoptr(SpineCdsAssessment) assessment = evaluate_entry (entry, &path);
  const char *triage = spinecds_triage_to_string (spinecds_assessment_get_triage (assessment));
  GPtrArray  *recommendations;
  gboolean    any_imaging = FALSE;
  gboolean    unplanned;

  g_test_message ("%s: %s", path, json_object_get_string_member (entry, "guideline"));

  if (g_strcmp0 (triage, json_object_get_string_member (entry, "triage")) != 0)
    g_test_fail_printf ("%s: triage %s, expected %s", path, triage,
                        json_object_get_string_member (entry, "triage"));

  check_codes (entry, "actions_include", assessment, path, spinecds_assessment_has_action, TRUE);
  check_codes (entry, "actions_exclude", assessment, path, spinecds_assessment_has_action, FALSE);
  check_codes (entry, "red_flags_include", assessment, path, spinecds_assessment_has_red_flag, TRUE);
  check_codes (entry, "recommendations_include", assessment, path, has_recommendation, TRUE);
  check_codes (entry, "recommendations_exclude", assessment, path, has_recommendation, FALSE);

  /* What the plan still needs (case format 2), when the entry says. */
  if (json_object_has_member (entry, "missing"))
    {
      JsonArray          *missing = json_object_get_array_member (entry, "missing");
      const char * const *got = spinecds_assessment_get_missing (assessment);
      guint               n = json_array_get_length (missing);
      gboolean            unmade = FALSE;

      /* Only what a plan is made from leaves it unmade when missing (the
       * age, the region, anything clinical, the findings of a pasted
       * report); a value a rule asks for (CRP, mJOA) does not. */
      for (guint i = 0; i < n; i++)
        unmade |= g_strv_contains ((const char *[]) { "patient.age_years", "region", "symptoms", "imaging.findings", NULL },
                                   json_array_get_string_element (missing, i));
      if (spinecds_assessment_is_incomplete (assessment) != unmade)
        g_test_fail_printf ("%s: incomplete is %d with %s missing", path,
                            spinecds_assessment_is_incomplete (assessment),
                            n > 0 ? json_array_get_string_element (missing, 0) : "nothing");

      if (g_strv_length ((char **) got) != n)
        g_test_fail_printf ("%s: %u fields missing, expected %u", path, g_strv_length ((char **) got), n);
      for (guint i = 0; i < n; i++)
        if (!g_strv_contains (got, json_array_get_string_element (missing, i)))
          g_test_fail_printf ("%s: %s is not said to be missing", path, json_array_get_string_element (missing, i));
    }

  /* The lymphoma caution is decided before the first dose. */
  if (has_recommendation (assessment, "dexamethasone-lymphoma-caution")
      && recommendation_index (assessment, "dexamethasone-lymphoma-caution")
           > recommendation_index (assessment, "dexamethasone-mscc"))
    g_test_fail_printf ("%s: dexamethasone is given before the lymphoma caution", path);

  if (json_object_has_member (entry, "mscc"))
    {
      JsonObject                *mscc = json_object_get_object_member (entry, "mscc");
      const SpineCdsMsccSurgery *surgery = spinecds_assessment_get_mscc_surgery (assessment);

      g_assert_nonnull (surgery);
      g_assert_cmpint (surgery->eligible, ==, tristate_member (mscc, "eligible"));
      g_assert_cmpint (surgery->surgery_favoured, ==, tristate_member (mscc, "surgery_favoured"));
    }

  /* Consistency: actions that contradict each other never co-occur. */
  for (guint i = 0; i < G_N_ELEMENTS (imaging_actions); i++)
    any_imaging |= spinecds_assessment_has_action (assessment, imaging_actions[i]);
  if (any_imaging && spinecds_assessment_has_action (assessment, "no_further_imaging"))
    g_test_fail_printf ("%s: no_further_imaging together with an imaging action", path);
  if (spinecds_assessment_has_action (assessment, "mri_without_contrast")
      && spinecds_assessment_has_action (assessment, "mri_with_and_without_contrast"))
    g_test_fail_printf ("%s: MRI both without and with contrast", path);
  /* A child's routine plan is the paediatric referral instead (§8.1),
   * and a case without an age or a region has none yet (§8.11). */
  if ((spinecds_assessment_get_triage (assessment) == SPINECDS_TRIAGE_ROUTINE
       && !spinecds_assessment_has_action (assessment, "paediatric_referral")
       && !spinecds_assessment_is_incomplete (assessment))
      != spinecds_assessment_has_action (assessment, "conservative_care"))
    g_test_fail_printf ("%s: conservative care must go with, and only with, an adult routine triage", path);
  /* ... and its time line is the referral's, not "reassess in 4-6 weeks". */
  if (spinecds_assessment_get_triage (assessment) == SPINECDS_TRIAGE_ROUTINE
      && spinecds_assessment_has_action (assessment, "paediatric_referral")
      && strstr (spinecds_assessment_get_timeframe (assessment), "reassess") != NULL)
    g_test_fail_printf ("%s: a child's routine plan has the adult routine time line", path);

  recommendations = spinecds_assessment_get_recommendations (assessment);
  unplanned = spinecds_assessment_is_unplanned (assessment);
  for (guint i = 0; i < recommendations->len; i++)
    {
      SpineCdsRecommendation *recommendation = g_ptr_array_index (recommendations, i);
      JsonArray              *excluded = json_object_has_member (entry, "text_exclude")
                                           ? json_object_get_array_member (entry, "text_exclude")
                                           : NULL;

      /* Words the plan must not say to this patient ("come straight
       * back" to one admitted as an emergency). */
      for (guint j = 0; excluded != NULL && j < json_array_get_length (excluded); j++)
        if (strstr (recommendation->text, json_array_get_string_element (excluded, j)) != NULL)
          g_test_fail_printf ("%s: %s says \"%s\"", path, recommendation->id,
                              json_array_get_string_element (excluded, j));
      g_assert_nonnull (recommendation->because);
      if (recommendation->because->len == 0)
        g_test_fail_printf ("%s: %s has no reason", path, recommendation->id);
      /* Under "Incomplete" no reason reads "Triage: routine" (§8.11). */
      if (unplanned)
        for (guint f = 0; f < recommendation->because->len; f++)
          {
            const SpineCdsFact *fact = g_ptr_array_index (recommendation->because, f);

            if (fact->kind == SPINECDS_FACT_CHOICE && g_str_equal (fact->name, "triage")
                && g_strcmp0 (fact->value, "routine") == 0)
              g_test_fail_printf ("%s: %s gives \"Triage: routine\" as a reason of a plan not yet made", path,
                                  recommendation->id);
          }
      g_assert_nonnull (recommendation->references);
      g_assert_nonnull (recommendation->references[0]);
      /* Cited as "[1, 9, 11]", never "[9, 1, 11]". */
      for (guint j = 1; recommendation->references[j] != NULL; j++)
        if (spinecds_assessment_get_reference_number (assessment, recommendation->references[j - 1])
            > spinecds_assessment_get_reference_number (assessment, recommendation->references[j]))
          g_test_fail_printf ("%s: %s cites its references out of order", path, recommendation->id);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *manifest = NULL;
  JsonArray       *entries;

  g_test_init (&argc, &argv, NULL);

  /* The knowledge base that ships (compiled in), unless a reviewer
   * points SPINECDS_KNOWLEDGE_BASE at a draft on purpose. */
  kb = spinecds_knowledge_base_new_default (&error);
  g_assert_no_error (error);

  manifest = g_test_build_filename (G_TEST_DIST, "data", "clinical", "expectations.json", NULL);
  json_parser_load_from_file (parser, manifest, &error);
  g_assert_no_error (error);
  entries = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (entries), >, 0);

  for (guint i = 0; i < json_array_get_length (entries); i++)
    {
      JsonObject      *entry = json_array_get_object_element (entries, i);
      const char      *name = json_object_has_member (entry, "example")
                                ? json_object_get_string_member (entry, "example")
                                : json_object_get_string_member (entry, "case");
      g_autofree char *test_path = g_strdup_printf ("/spinecds/clinical/%s%s",
                                                    json_object_has_member (entry, "example") ? "example/" : "",
                                                    name);

      g_test_add_data_func (test_path, entry, test_entry);
    }

  {
    int status = g_test_run ();

    g_object_unref (kb);
    return status;
  }
}
