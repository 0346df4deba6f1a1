/* test-evaluator.c: the evaluation semantics, on a small test knowledge base
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * These tests pin down the engine (triage only rises, three-valued
 * logic, facts, fired rules, MSCC criteria, JSON shape) independently
 * of the clinical content, which test-clinical checks.
 */
#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "spinecds-evaluator.h"

static SpineCdsKnowledgeBase *
minimal_kb (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "knowledge-base", "minimal.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  SpineCdsKnowledgeBase *kb = spinecds_knowledge_base_new_from_file (file, &error);

  g_assert_no_error (error);
  return kb;
}

static SpineCdsRecommendation *
find_recommendation (SpineCdsAssessment *assessment,
                     const char         *id)
{
  GPtrArray *recommendations = spinecds_assessment_get_recommendations (assessment);

  for (guint i = 0; i < recommendations->len; i++)
    {
      SpineCdsRecommendation *recommendation = g_ptr_array_index (recommendations, i);

      if (g_str_equal (recommendation->id, id))
        return recommendation;
    }

  return NULL;
}

static char *
describe_all (GPtrArray *facts)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < facts->len; i++)
    {
      g_autofree char *text = spinecds_fact_describe (g_ptr_array_index (facts, i), NULL);

      g_string_append_printf (out, "%s%s", i > 0 ? "; " : "", text);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The MSCC section, given as a reason, names the diagnosis it records
 * (the GUI review read "Metastatic cord compression details: yes"). */
static void
test_mscc_presence_reason (void)
{
  g_autoptr(SpineCdsFact) fact = spinecds_fact_new_choice ("mscc", "yes");
  g_autofree char *text = spinecds_fact_describe (fact, NULL);

  g_assert_cmpstr (text, ==, "Metastatic spinal cord compression: yes");
}

static void
test_default_is_routine (void)
{
  g_autoptr(SpineCdsKnowledgeBase) kb = minimal_kb ();
  g_autoptr(SpineCdsCase) kase = spinecds_case_new ();
  g_autoptr(SpineCdsAssessment) assessment = spinecds_evaluate (kb, kase);
  SpineCdsRecommendation *rest;
  g_autofree char        *because = NULL;

  /* Without its age and region the plan is not made yet, and its
   * reasons say so instead of "Triage: routine". */
  g_assert_true (spinecds_assessment_is_unplanned (assessment));
  rest = find_recommendation (assessment, "rest");
  because = describe_all (rest->because);
  g_assert_cmpstr (because, ==, "No rule raised the triage.; Triage: incomplete");
  g_clear_pointer (&because, g_free);
  g_clear_object (&assessment);

  /* An age and a region alone are no complaint: still no plan. */
  spinecds_case_set_age_years (kase, 40);
  spinecds_case_set_region (kase, SPINECDS_REGION_LUMBAR);
  assessment = spinecds_evaluate (kb, kase);
  g_assert_true (spinecds_assessment_is_unplanned (assessment));
  g_assert_cmpstr (spinecds_assessment_get_missing (assessment)[0], ==, "symptoms");
  g_clear_object (&assessment);

  spinecds_case_set_code (kase, SPINECDS_CODE_KIND_SYMPTOM, "axial_pain", TRUE);
  assessment = spinecds_evaluate (kb, kase);
  g_assert_cmpint (spinecds_assessment_get_triage (assessment), ==, SPINECDS_TRIAGE_ROUTINE);
  g_assert_null (spinecds_assessment_get_missing (assessment)[0]);
  g_assert_cmpstr (spinecds_assessment_get_timeframe (assessment), ==, "Reassess in 4–6 weeks");
  g_assert_cmpuint (spinecds_assessment_get_red_flags (assessment)->len, ==, 0);

  rest = find_recommendation (assessment, "rest");
  g_assert_nonnull (rest);
  because = describe_all (rest->because);
  /* The rule's own reason first, then the triage it depends on. */
  g_assert_cmpstr (because, ==, "No rule raised the triage.; Triage: routine");
  g_assert_true (spinecds_assessment_has_action (assessment, "conservative_care"));
  g_assert_null (spinecds_assessment_get_mscc_surgery (assessment));
}

/* Several red flags: the most severe triage wins, all are listed. */
static void
test_most_severe_wins (void)
{
  g_autoptr(SpineCdsKnowledgeBase) kb = minimal_kb ();
  g_autoptr(SpineCdsCase) kase = spinecds_case_new ();
  g_autoptr(SpineCdsAssessment) assessment = NULL;
  GPtrArray *flags;

  spinecds_case_set_code (kase, SPINECDS_CODE_KIND_HISTORY, "fever", TRUE);
  spinecds_case_set_code (kase, SPINECDS_CODE_KIND_SIGN, "saddle_anesthesia", TRUE);
  assessment = spinecds_evaluate (kb, kase);

  g_assert_cmpint (spinecds_assessment_get_triage (assessment), ==, SPINECDS_TRIAGE_EMERGENCY);
  g_assert_cmpstr (spinecds_assessment_get_timeframe (assessment), ==, "Now");
  flags = spinecds_assessment_get_red_flags (assessment);
  g_assert_cmpuint (flags->len, ==, 2);
  g_assert_cmpstr (((SpineCdsRedFlag *) g_ptr_array_index (flags, 0))->id, ==, "saddle");
  g_assert_cmpstr (((SpineCdsRedFlag *) g_ptr_array_index (flags, 1))->id, ==, "fever");
  /* The routine plan does not fire once triage has risen. */
  g_assert_null (find_recommendation (assessment, "rest"));
  g_assert_false (spinecds_assessment_has_action (assessment, "conservative_care"));
}

/* "fired" carries the facts of the rule it names. */
static void
test_fired_inherits_facts (void)
{
  g_autoptr(SpineCdsKnowledgeBase) kb = minimal_kb ();
  g_autoptr(SpineCdsCase) kase = spinecds_case_new ();
  g_autoptr(SpineCdsAssessment) assessment = NULL;
  SpineCdsRecommendation *cultures;
  g_autofree char        *because = NULL;

  spinecds_case_set_temperature_c (kase, 38.4);
  assessment = spinecds_evaluate (kb, kase);

  cultures = find_recommendation (assessment, "cultures");
  g_assert_nonnull (cultures);
  because = describe_all (cultures->because);
  g_assert_cmpstr (because, ==, "Temperature (°C): 38.4");
  g_assert_true (spinecds_assessment_has_action (assessment, "blood_cultures_before_antibiotics"));
}

/* Unknown is neither true nor false: a rule needing a raised CRP does
 * not fire while the CRP is unknown, and fires once it is known. */
static void
test_unknown_values (void)
{
  g_autoptr(SpineCdsKnowledgeBase) kb = minimal_kb ();
  g_autoptr(SpineCdsCase) kase = spinecds_case_new ();
  g_autoptr(SpineCdsAssessment) unknown = NULL;
  g_autoptr(SpineCdsAssessment) low = NULL;
  g_autoptr(SpineCdsAssessment) high = NULL;
  g_autoptr(SpineCdsAssessment) boundary = NULL;

  spinecds_case_set_code (kase, SPINECDS_CODE_KIND_HISTORY, "fever", TRUE);
  unknown = spinecds_evaluate (kb, kase);
  g_assert_null (find_recommendation (unknown, "crp-known-high"));

  spinecds_case_set_crp_mg_l (kase, 10);
  boundary = spinecds_evaluate (kb, kase);
  g_assert_null (find_recommendation (boundary, "crp-known-high"));

  spinecds_case_set_crp_mg_l (kase, 3);
  low = spinecds_evaluate (kb, kase);
  g_assert_null (find_recommendation (low, "crp-known-high"));

  spinecds_case_set_crp_mg_l (kase, 10.5);
  high = spinecds_evaluate (kb, kase);
  g_assert_nonnull (find_recommendation (high, "crp-known-high"));
}

static void
test_finding_grades (void)
{
  g_autoptr(SpineCdsKnowledgeBase) kb = minimal_kb ();
  g_autoptr(SpineCdsCase) kase = spinecds_case_new ();
  g_autoptr(SpineCdsFinding) finding = spinecds_finding_new ("cord_compression");
  SpineCdsGrade grades[] = { SPINECDS_GRADE_NONE, SPINECDS_GRADE_MILD, SPINECDS_GRADE_MODERATE, SPINECDS_GRADE_SEVERE };
  gboolean      fires[] = { FALSE, FALSE, FALSE, TRUE };

  spinecds_finding_set_level (finding, "C5-C6");
  spinecds_case_add_finding (kase, finding);

  for (guint i = 0; i < G_N_ELEMENTS (grades); i++)
    {
      g_autoptr(SpineCdsAssessment) assessment = NULL;
      SpineCdsRecommendation *refer;

      spinecds_finding_set_grade (spinecds_case_lookup_finding (kase, "cord_compression"), grades[i]);
      assessment = spinecds_evaluate (kb, kase);
      refer = find_recommendation (assessment, "severe-cord");
      g_assert_true ((refer != NULL) == fires[i]);
      if (refer != NULL)
        {
          g_autofree char *because = describe_all (refer->because);

          g_assert_cmpstr (because, ==, "Spinal cord compression (severe, C5-C6)");
        }
    }
}

static void
test_choices_and_yes_no (void)
{
  g_autoptr(SpineCdsKnowledgeBase) kb = minimal_kb ();
  g_autoptr(SpineCdsCase) kase = spinecds_case_new ();
  g_autoptr(SpineCdsAssessment) cervical = NULL;
  g_autoptr(SpineCdsAssessment) lumbar = NULL;
  g_autofree char *because = NULL;

  spinecds_case_set_intervention_candidate (kase, TRUE);
  cervical = spinecds_evaluate (kb, kase);
  g_assert_null (find_recommendation (cervical, "lumbar-candidate"));

  spinecds_case_set_region (kase, SPINECDS_REGION_LUMBAR);
  lumbar = spinecds_evaluate (kb, kase);
  g_assert_nonnull (find_recommendation (lumbar, "lumbar-candidate"));
  because = describe_all (find_recommendation (lumbar, "lumbar-candidate")->because);
  g_assert_cmpstr (because, ==, "Region: lumbar; Candidate for injection or surgery: yes");
}

static SpineCdsAssessment *
evaluate_mscc (SpineCdsKnowledgeBase *kb,
               int                    age,
               int                    areas,
               double                 survival,
               SpineCdsTristate       radiosensitive)
{
  g_autoptr(SpineCdsCase) kase = spinecds_case_new ();

  spinecds_case_set_age_years (kase, age);
  spinecds_case_set_has_mscc (kase, TRUE);
  spinecds_case_set_mscc_separate_areas (kase, areas);
  spinecds_case_set_mscc_predicted_survival_months (kase, survival);
  spinecds_case_set_mscc_radiosensitive (kase, radiosensitive);
  return spinecds_evaluate (kb, kase);
}

static void
test_mscc_criteria (void)
{
  g_autoptr(SpineCdsKnowledgeBase) kb = minimal_kb ();
  g_autoptr(SpineCdsAssessment) all_met = evaluate_mscc (kb, 50, 1, 12, SPINECDS_TRISTATE_NO);
  g_autoptr(SpineCdsAssessment) older = evaluate_mscc (kb, 70, 1, 12, SPINECDS_TRISTATE_NO);
  g_autoptr(SpineCdsAssessment) unknown = evaluate_mscc (kb, 50, 1, SPINECDS_UNKNOWN, SPINECDS_TRISTATE_NO);
  g_autoptr(SpineCdsAssessment) unknown_and_not = evaluate_mscc (kb, 50, 2, SPINECDS_UNKNOWN, SPINECDS_TRISTATE_UNKNOWN);
  const SpineCdsMsccSurgery *mscc;

  mscc = spinecds_assessment_get_mscc_surgery (all_met);
  g_assert_cmpuint (mscc->criteria->len, ==, 3);
  g_assert_cmpint (mscc->eligible, ==, SPINECDS_TRISTATE_YES);
  g_assert_cmpint (mscc->surgery_favoured, ==, SPINECDS_TRISTATE_YES);

  /* Age is a modifier, not a criterion. */
  mscc = spinecds_assessment_get_mscc_surgery (older);
  g_assert_cmpint (mscc->eligible, ==, SPINECDS_TRISTATE_YES);
  g_assert_cmpint (mscc->age_modifier_met, ==, SPINECDS_TRISTATE_NO);
  g_assert_cmpint (mscc->surgery_favoured, ==, SPINECDS_TRISTATE_NO);

  mscc = spinecds_assessment_get_mscc_surgery (unknown);
  g_assert_cmpint (((SpineCdsMsccCriterion *) g_ptr_array_index (mscc->criteria, 1))->met, ==, SPINECDS_TRISTATE_UNKNOWN);
  g_assert_cmpint (mscc->eligible, ==, SPINECDS_TRISTATE_UNKNOWN);
  g_assert_cmpint (mscc->surgery_favoured, ==, SPINECDS_TRISTATE_UNKNOWN);

  /* Exactly at a threshold, met or not, is borderline (§8.9); an
   * equality ("one area") has no limit to be at. */
  {
    g_autoptr(SpineCdsAssessment) at_limit = evaluate_mscc (kb, 65, 1, 3, SPINECDS_TRISTATE_NO);

    mscc = spinecds_assessment_get_mscc_surgery (at_limit);
    g_assert_false (((SpineCdsMsccCriterion *) g_ptr_array_index (mscc->criteria, 0))->at_limit);
    g_assert_cmpint (((SpineCdsMsccCriterion *) g_ptr_array_index (mscc->criteria, 1))->met, ==, SPINECDS_TRISTATE_YES);
    g_assert_true (((SpineCdsMsccCriterion *) g_ptr_array_index (mscc->criteria, 1))->at_limit);
    g_assert_cmpint (mscc->age_modifier_met, ==, SPINECDS_TRISTATE_NO);
    g_assert_true (mscc->age_modifier_at_limit);
    {
      g_autofree char *text = spinecds_assessment_to_text (at_limit, NULL);

      g_assert_nonnull (strstr (text, "Survival: met (borderline: exactly at the limit)"));
      g_assert_nonnull (strstr (text, "a borderline verdict"));
    }
    mscc = spinecds_assessment_get_mscc_surgery (all_met);
    g_assert_false (((SpineCdsMsccCriterion *) g_ptr_array_index (mscc->criteria, 1))->at_limit);
    g_assert_false (mscc->age_modifier_at_limit);
  }

  /* One criterion not met settles it, whatever else is unknown. */
  mscc = spinecds_assessment_get_mscc_surgery (unknown_and_not);
  g_assert_cmpint (mscc->eligible, ==, SPINECDS_TRISTATE_NO);
  g_assert_cmpint (mscc->surgery_favoured, ==, SPINECDS_TRISTATE_NO);
}

/* References are numbered in order of first citation; actions follow
 * the knowledge base's order whatever order the rules fired in. */
static void
test_numbering_and_order (void)
{
  g_autoptr(SpineCdsKnowledgeBase) kb = minimal_kb ();
  g_autoptr(SpineCdsCase) kase = spinecds_case_new ();
  g_autoptr(SpineCdsAssessment) assessment = NULL;
  const char * const *actions;

  spinecds_case_set_code (kase, SPINECDS_CODE_KIND_SYMPTOM, "saddle_numbness", TRUE);
  spinecds_case_set_code (kase, SPINECDS_CODE_KIND_HISTORY, "fever", TRUE);
  assessment = spinecds_evaluate (kb, kase);

  g_assert_cmpuint (spinecds_assessment_get_reference_number (assessment, "ref-b"), ==, 1);
  g_assert_cmpuint (spinecds_assessment_get_reference_number (assessment, "ref-a"), ==, 2);
  g_assert_cmpuint (spinecds_assessment_get_reference_number (assessment, "ref-z"), ==, 0);

  actions = spinecds_assessment_get_actions (assessment);
  g_assert_cmpstr (actions[0], ==, "mri_without_contrast");
  g_assert_cmpstr (actions[1], ==, "blood_cultures_before_antibiotics");
  g_assert_null (actions[2]);
}

static void
test_json_contract (void)
{
  g_autoptr(SpineCdsKnowledgeBase) kb = minimal_kb ();
  g_autoptr(SpineCdsAssessment) assessment = evaluate_mscc (kb, 50, 1, 12, SPINECDS_TRISTATE_NO);
  g_autofree char *json = spinecds_assessment_to_json (assessment, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  static const char * const keys[] = {
    "format", "version", "knowledge_base", "language", "triage", "timeframe", "red_flags",
    "actions", "recommendations", "mscc_surgery", "references", "missing", "incomplete", "follow_up", "decision"
  };
  JsonObject *root, *mscc, *recommendation;

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_assert_true (json_object_has_member (root, keys[i]));

  g_assert_cmpstr (json_object_get_string_member (root, "language"), ==, "en");
  g_assert_true (json_node_get_value_type (json_object_get_member (root, "incomplete")) == G_TYPE_BOOLEAN);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root, "knowledge_base"), "id"),
                   ==, "test-minimal");

  mscc = json_object_get_object_member (root, "mscc_surgery");
  g_assert_true (json_object_get_boolean_member (mscc, "eligible"));
  g_assert_true (json_object_get_boolean_member (mscc, "surgery_favoured"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (mscc, "criteria")), ==, 3);

  recommendation = json_array_get_object_element (json_object_get_array_member (root, "recommendations"), 0);
  g_assert_cmpstr (json_object_get_string_member (recommendation, "id"), ==, "rest");
  g_assert_cmpstr (json_object_get_string_member (recommendation, "category"), ==, "treatment");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (recommendation, "because")), >, 0);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (recommendation, "references")), >, 0);
}

/* Evaluation is pure: the same case gives the same bytes, and
 * evaluating does not change the case. */
static void
test_deterministic (void)
{
  g_autoptr(SpineCdsKnowledgeBase) kb = minimal_kb ();
  g_autoptr(SpineCdsCase) kase = spinecds_case_new ();
  g_autoptr(SpineCdsCase) before = NULL;
  g_autofree char *first = NULL;

  spinecds_case_set_code (kase, SPINECDS_CODE_KIND_HISTORY, "fever", TRUE);
  spinecds_case_set_crp_mg_l (kase, 40);
  before = spinecds_case_copy (kase);

  for (guint i = 0; i < 20; i++)
    {
      g_autoptr(SpineCdsAssessment) assessment = spinecds_evaluate (kb, kase);
      g_autofree char *json = spinecds_assessment_to_json (assessment, NULL);

      if (first == NULL)
        first = g_steal_pointer (&json);
      else
        g_assert_cmpstr (json, ==, first);
    }

  g_assert_true (spinecds_case_equal (kase, before));
}

/* Case format 2: the follow-up counts from the visit, only when the plan
 * has a review; a decision goes stale when the plan changes. */
static void
test_follow_up_and_decision (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SpineCdsKnowledgeBase) kb = spinecds_knowledge_base_new_default (&error);
  g_autoptr(SpineCdsCase) kase = spinecds_case_new ();
  g_autoptr(SpineCdsAssessment) routine = NULL;
  g_autoptr(SpineCdsAssessment) decided = NULL;
  g_autoptr(SpineCdsAssessment) changed = NULL;
  g_autoptr(SpineCdsDecision) decision = NULL;
  const char *from, *to;
  gboolean    stale = TRUE;

  g_assert_no_error (error);
  spinecds_case_set_age_years (kase, 40);
  spinecds_case_set_region (kase, SPINECDS_REGION_LUMBAR);
  spinecds_case_set_symptom_duration_weeks (kase, 2);
  spinecds_case_set_code (kase, SPINECDS_CODE_KIND_SYMPTOM, "axial_pain", TRUE);
  spinecds_case_set_text (kase, SPINECDS_CASE_TEXT_VISIT_DATE, "2026-03-05");

  routine = spinecds_evaluate (kb, kase);
  g_assert_cmpint (spinecds_assessment_get_triage (routine), ==, SPINECDS_TRIAGE_ROUTINE);
  g_assert_true (spinecds_assessment_get_follow_up (routine, &from, &to));
  g_assert_cmpstr (from, ==, "2026-04-02");
  g_assert_cmpstr (to, ==, "2026-04-16");
  g_assert_null (spinecds_assessment_get_missing (routine)[0]);
  g_assert_null (spinecds_assessment_get_decision (routine, NULL));

  /* A weakness to examine again within 2 weeks brings the date forward
   * (eleventh clinical round: the handout gave the 4-6-week date). */
  {
    g_autoptr(SpineCdsAssessment) weak = NULL;

    spinecds_case_set_code (kase, SPINECDS_CODE_KIND_SIGN, "motor_deficit", TRUE);
    weak = spinecds_evaluate (kb, kase);
    g_assert_cmpint (spinecds_assessment_get_triage (weak), ==, SPINECDS_TRIAGE_ROUTINE);
    g_assert_true (spinecds_assessment_has_action (weak, "reexamine_2_weeks"));
    g_assert_true (spinecds_assessment_get_follow_up (weak, &from, &to));
    g_assert_cmpstr (from, ==, "2026-03-12");
    g_assert_cmpstr (to, ==, "2026-03-19");
    spinecds_case_set_code (kase, SPINECDS_CODE_KIND_SIGN, "motor_deficit", FALSE);
  }

  decision = spinecds_decision_new (SPINECDS_DECISION_ACCEPTED, "", "Dr A", "2026-03-05T09:00:00+01:00",
                                    SPINECDS_TRIAGE_ROUTINE, spinecds_knowledge_base_get_id (kb),
                                    spinecds_knowledge_base_get_version (kb), spinecds_knowledge_base_get_checksum (kb));
  spinecds_case_set_decision (kase, decision);
  decided = spinecds_evaluate (kb, kase);
  g_assert_nonnull (spinecds_assessment_get_decision (decided, &stale));
  g_assert_false (stale);

  /* New retention: an emergency, no review date, the decision is stale. */
  spinecds_case_set_code (kase, SPINECDS_CODE_KIND_SYMPTOM, "urinary_retention", TRUE);
  changed = spinecds_evaluate (kb, kase);
  g_assert_cmpint (spinecds_assessment_get_triage (changed), ==, SPINECDS_TRIAGE_EMERGENCY);
  g_assert_false (spinecds_assessment_get_follow_up (changed, NULL, NULL));
  g_assert_nonnull (spinecds_assessment_get_decision (changed, &stale));
  g_assert_true (stale);
}

/* A serious finding a pasted report names and the case lacks counts
 * for the triage as the worst case, and each reason that rests on it
 * says where it came from (sixteenth round: a metastasis entered, the
 * cauda equina compression of its report not, gave "expedited"). */
static void
test_reported_findings_count (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SpineCdsKnowledgeBase) kb = spinecds_knowledge_base_new_default (&error);
  g_autoptr(SpineCdsCatalog) catalog = spinecds_catalog_new_for_language ("en", NULL);
  g_autoptr(SpineCdsCase) kase = spinecds_case_new ();
  g_autoptr(SpineCdsFinding) bulge = spinecds_finding_new ("disc_bulge");
  g_autoptr(SpineCdsAssessment) entered = NULL;
  g_autoptr(SpineCdsAssessment) reported = NULL;
  GPtrArray *flags;
  gboolean   named = FALSE;

  g_assert_no_error (error);
  spinecds_case_set_age_years (kase, 45);
  spinecds_case_set_region (kase, SPINECDS_REGION_LUMBAR);
  spinecds_case_set_code (kase, SPINECDS_CODE_KIND_SYMPTOM, "axial_pain", TRUE);
  spinecds_case_set_mri_done (kase, TRUE);
  spinecds_finding_set_level (bulge, "L3-L4");
  spinecds_case_add_finding (kase, bulge);
  spinecds_case_set_report_text (kase, "Mild disc bulge at L3-L4. No fracture.");
  entered = spinecds_evaluate (kb, kase);
  g_assert_cmpint (spinecds_assessment_get_triage (entered), ==, SPINECDS_TRIAGE_ROUTINE);
  g_assert_false (spinecds_assessment_is_incomplete (entered));

  spinecds_case_set_report_text (kase, "Mild disc bulge at L3-L4. Epidural abscess at L3-L4 compressing the cauda "
                                       "equina.");
  reported = spinecds_evaluate (kb, kase);
  g_assert_true (spinecds_assessment_is_incomplete (reported));
  g_assert_cmpint (spinecds_assessment_get_triage (reported), >=, SPINECDS_TRIAGE_URGENT);
  g_assert_false (spinecds_assessment_has_action (reported, "no_further_imaging"));
  flags = spinecds_assessment_get_red_flags (reported);
  g_assert_cmpuint (flags->len, >, 0);
  for (guint i = 0; i < flags->len; i++)
    {
      const SpineCdsRedFlag *flag = g_ptr_array_index (flags, i);

      for (guint f = 0; f < flag->because->len; f++)
        {
          g_autofree char *text = spinecds_fact_describe (g_ptr_array_index (flag->because, f), catalog);

          named |= g_str_has_prefix (text, "Epidural collection (L3-L4): named in the pasted report, not entered");
        }
    }
  g_assert_true (named);

  /* Only doubted: said so; and the plan's own "incomplete" reason names
   * it, so a finding no rule uses is still named (seventeenth round). */
  {
    g_autoptr(SpineCdsAssessment) doubted = NULL;
    GPtrArray *recommendations;
    gboolean   listed = FALSE;

    spinecds_case_set_report_text (kase, "Mild disc bulge at L3-L4. Cord compression is unlikely, but cannot be "
                                         "excluded at L1.");
    doubted = spinecds_evaluate (kb, kase);
    g_assert_true (spinecds_assessment_is_incomplete (doubted));
    g_assert_false (spinecds_assessment_has_action (doubted, "no_further_imaging"));
    recommendations = spinecds_assessment_get_recommendations (doubted);
    for (guint i = 0; i < recommendations->len; i++)
      {
        const SpineCdsRecommendation *recommendation = g_ptr_array_index (recommendations, i);

        if (!g_str_equal (recommendation->id, "incomplete-case-findings"))
          continue;
        for (guint f = 0; f < recommendation->because->len; f++)
          {
            g_autofree char *text = spinecds_fact_describe (g_ptr_array_index (recommendation->because, f), catalog);

            listed |= g_str_equal (text, "Spinal cord compression: named as possible in the pasted report, not entered");
          }
      }
    g_assert_true (listed);
  }

  /* Absent in the main language, named in a second one: no plan as if
   * the MRI were read in full ("routine, no further imaging" before). */
  {
    g_autoptr(SpineCdsAssessment) contradicted = NULL;

    spinecds_case_set_report_text (kase, "Befund: Keine Myelonkompression. Kein Bandscheibenvorfall. Regelrechte "
                                         "Stellung der Wirbelkörper. Bandscheibenprotrusion L3/4.\n"
                                         "Impression: spinal cord compression at L1.");
    contradicted = spinecds_evaluate (kb, kase);
    g_assert_true (spinecds_assessment_is_incomplete (contradicted));
    g_assert_false (spinecds_assessment_has_action (contradicted, "no_further_imaging"));
  }

  /* A report in a language SpineCDS does not read is said to be one. */
  {
    g_autoptr(SpineCdsAssessment) unread = NULL;
    const SpineCdsRecommendation *first;
    gboolean                      said = FALSE;

    spinecds_case_set_report_text (kase, "Ernia discale L4-L5 con compressione della radice L5. Non si osservano "
                                         "fratture né lesioni focali dei corpi vertebrali.");
    unread = spinecds_evaluate (kb, kase);
    g_assert_true (spinecds_assessment_is_incomplete (unread));
    first = g_ptr_array_index (spinecds_assessment_get_recommendations (unread), 0);
    for (guint f = 0; f < first->because->len; f++)
      {
        g_autofree char *text = spinecds_fact_describe (g_ptr_array_index (first->because, f), catalog);

        said |= g_str_has_prefix (text, "SpineCDS could not read the pasted report");
      }
    g_assert_cmpstr (first->id, ==, "incomplete-case-findings");
    g_assert_true (said);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/spinecds/evaluator/mscc-presence-reason", test_mscc_presence_reason);
  g_test_add_func ("/spinecds/evaluator/default-is-routine", test_default_is_routine);
  g_test_add_func ("/spinecds/evaluator/follow-up-and-decision", test_follow_up_and_decision);
  g_test_add_func ("/spinecds/evaluator/most-severe-wins", test_most_severe_wins);
  g_test_add_func ("/spinecds/evaluator/fired-inherits-facts", test_fired_inherits_facts);
  g_test_add_func ("/spinecds/evaluator/unknown-values", test_unknown_values);
  g_test_add_func ("/spinecds/evaluator/finding-grades", test_finding_grades);
  g_test_add_func ("/spinecds/evaluator/choices-and-yes-no", test_choices_and_yes_no);
  g_test_add_func ("/spinecds/evaluator/mscc-criteria", test_mscc_criteria);
  g_test_add_func ("/spinecds/evaluator/numbering-and-order", test_numbering_and_order);
  g_test_add_func ("/spinecds/evaluator/json-contract", test_json_contract);
  g_test_add_func ("/spinecds/evaluator/deterministic", test_deterministic);
  g_test_add_func ("/spinecds/evaluator/reported-findings-count", test_reported_findings_count);

  return g_test_run ();
}
