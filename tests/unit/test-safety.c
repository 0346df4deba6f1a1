/* test-safety.c: safety properties of the shipped knowledge base, exhaustively
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Over every example and clinical test case:
 *  - adding any one, or any two, symptom, sign or history codes (and any
 *    one finding) never lowers the triage;
 *  - every recommendation has a non-empty "because" and at least one
 *    reference that resolves, and one that is not the seed document
 *    (GUIDELINE-LOGIC §8.8);
 *  - one voice (§8.2): under an urgent or emergency triage no text
 *    states the time limit of a lower tier ("within a week", "4–6
 *    weeks", "at the latest"), nor under an emergency "the same day";
 *  - whole-spine imaging always says how (§8.7);
 *  - evaluation is deterministic;
 *  - a missing value never lowers the triage (CASE-FORMAT §1.1): the
 *    case with its age, its region, or a lab value made unknown is
 *    triaged at least as high, and without an age or a region it gets
 *    no routine plan and says what is missing (GUIDELINE-LOGIC §8.11).
 */
#include "config.h"

#include <string.h>

#include "spinecds-case-file.h"
#include "spinecds-codes.h"
#include "spinecds-evaluator.h"

typedef struct
{
  SpineCdsCodeKind kind;
  const char      *code;
} Code;

static SpineCdsKnowledgeBase *kb;
static GPtrArray             *cases;     /* of SpineCdsCase* */
static GPtrArray             *names;     /* of char*, parallel to cases */
static GArray                *all_codes; /* of Code: symptoms, signs, history */
static guint                  n_checked;
static GHashTable            *violations; /* rule id -> the first case that shows it */

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

static void
add_cases_from (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL)
    return;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".spinecase"))
      g_ptr_array_add (files, g_strdup (name));
  g_ptr_array_sort (files, compare_names);

  for (guint i = 0; i < files->len; i++)
    {
      g_autofree char *path = g_build_filename (dir_path, g_ptr_array_index (files, i), NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      SpineCdsCase *kase = spinecds_case_file_load (file, &error);

      g_assert_no_error (error);
      g_ptr_array_add (cases, kase);
      g_ptr_array_add (names, g_strdup (g_ptr_array_index (files, i)));
    }
}

/* The time limits of each tier, as the knowledge base words them. */
static const struct
{
  SpineCdsTriage tier;
  const char    *words;
} time_limits[] = {
  { SPINECDS_TRIAGE_ROUTINE, "4–6 weeks" },
  { SPINECDS_TRIAGE_ROUTINE, "4 to 6 weeks" },
  { SPINECDS_TRIAGE_EXPEDITED, "within a week" },
  { SPINECDS_TRIAGE_EXPEDITED, "within one week" },
  { SPINECDS_TRIAGE_EXPEDITED, "within days" },
  { SPINECDS_TRIAGE_EXPEDITED, "at most a week" },
  { SPINECDS_TRIAGE_EXPEDITED, "at the latest" },
  { SPINECDS_TRIAGE_URGENT, "same day" },
};

static void
check_one_voice (SpineCdsAssessment     *assessment,
                 SpineCdsRecommendation *recommendation,
                 const char             *name)
{
  SpineCdsTriage triage = spinecds_assessment_get_triage (assessment);

  if (triage < SPINECDS_TRIAGE_URGENT)
    return;
  for (guint t = 0; t < G_N_ELEMENTS (time_limits); t++)
    if (time_limits[t].tier < triage && strstr (recommendation->text, time_limits[t].words) != NULL
        && !g_hash_table_contains (violations, recommendation->id))
      g_hash_table_insert (violations, g_strdup (recommendation->id),
                           g_strdup_printf ("%s: under %s, %s says “%s”", name, spinecds_triage_to_string (triage),
                                            recommendation->id, time_limits[t].words));
}

static void
check_recommendations (SpineCdsAssessment *assessment,
                       const char         *name)
{
  GPtrArray          *recommendations = spinecds_assessment_get_recommendations (assessment);
  const char * const *actions = spinecds_assessment_get_actions (assessment);

  g_assert_cmpuint (recommendations->len, >, 0);
  if (g_strv_contains (actions, "whole_spine_imaging") && !g_strv_contains (actions, "mri_without_contrast")
      && !g_strv_contains (actions, "mri_with_and_without_contrast") && !g_strv_contains (actions, "ct_without_contrast"))
    g_error ("%s: whole-spine imaging without its modality", name);

  for (guint i = 0; i < recommendations->len; i++)
    {
      SpineCdsRecommendation *recommendation = g_ptr_array_index (recommendations, i);
      gboolean                primary = FALSE;

      if (recommendation->because->len == 0)
        g_error ("%s: recommendation %s has no because", name, recommendation->id);
      g_assert_nonnull (recommendation->references[0]);
      for (guint r = 0; recommendation->references[r] != NULL; r++)
        primary |= !g_str_equal (recommendation->references[r], "droracle-2026");
      if (!primary)
        g_error ("%s: recommendation %s rests on the seed document alone", name, recommendation->id);
      check_one_voice (assessment, recommendation, name);
      for (guint r = 0; recommendation->references[r] != NULL; r++)
        {
          g_assert_nonnull (spinecds_knowledge_base_lookup_reference (kb, recommendation->references[r]));
          g_assert_cmpuint (spinecds_assessment_get_reference_number (assessment, recommendation->references[r]), >, 0);
        }
    }
}

static SpineCdsTriage
triage_of (SpineCdsCase *kase,
           const char   *name)
{
  g_autoptr(SpineCdsAssessment) assessment = spinecds_evaluate (kb, kase);

  check_recommendations (assessment, name);
  n_checked++;
  return spinecds_assessment_get_triage (assessment);
}

static void
fail_lowered (const char    *name,
              SpineCdsTriage before,
              SpineCdsTriage after,
              const Code    *a,
              const Code    *b)
{
  g_error ("%s: adding %s%s%s lowered triage from %s to %s", name, a->code,
           b != NULL ? " and " : "", b != NULL ? b->code : "",
           spinecds_triage_to_string (before), spinecds_triage_to_string (after));
}

static void
test_adding_codes_never_lowers (void)
{
  for (guint c = 0; c < cases->len; c++)
    {
      SpineCdsCase  *base = g_ptr_array_index (cases, c);
      const char    *name = g_ptr_array_index (names, c);
      SpineCdsTriage before = triage_of (base, name);

      for (guint i = 0; i < all_codes->len; i++)
        {
          const Code *a = &g_array_index (all_codes, Code, i);
          g_autoptr(SpineCdsCase) one = NULL;
          SpineCdsTriage after_one;

          if (spinecds_case_has_code (base, a->kind, a->code))
            continue;

          one = spinecds_case_copy (base);
          spinecds_case_set_code (one, a->kind, a->code, TRUE);
          after_one = triage_of (one, name);
          if (after_one < before)
            fail_lowered (name, before, after_one, a, NULL);

          for (guint j = i + 1; j < all_codes->len; j++)
            {
              const Code    *b = &g_array_index (all_codes, Code, j);
              SpineCdsTriage after_two;

              if (spinecds_case_has_code (one, b->kind, b->code))
                continue;

              spinecds_case_set_code (one, b->kind, b->code, TRUE);
              after_two = triage_of (one, name);
              if (after_two < before)
                fail_lowered (name, before, after_two, a, b);
              spinecds_case_set_code (one, b->kind, b->code, FALSE);
            }
        }
    }

  g_test_message ("%u evaluations over %u cases", n_checked, cases->len);
  g_assert_cmpuint (cases->len, >=, 5);
}

static void
test_adding_a_finding_never_lowers (void)
{
  guint                   n_findings;
  const SpineCdsCodeInfo *findings = spinecds_codes_list (SPINECDS_CODE_KIND_FINDING, &n_findings);

  for (guint c = 0; c < cases->len; c++)
    {
      SpineCdsCase  *base = g_ptr_array_index (cases, c);
      const char    *name = g_ptr_array_index (names, c);
      SpineCdsTriage before = triage_of (base, name);

      for (guint i = 0; i < n_findings; i++)
        {
          g_autoptr(SpineCdsCase) changed = NULL;
          g_autoptr(SpineCdsFinding) finding = NULL;
          SpineCdsTriage after;

          if (spinecds_case_lookup_finding (base, findings[i].code) != NULL)
            continue;

          changed = spinecds_case_copy (base);
          finding = spinecds_finding_new (findings[i].code);
          spinecds_finding_set_grade (finding, SPINECDS_GRADE_SEVERE);
          spinecds_case_add_finding (changed, finding);
          spinecds_case_set_mri_done (changed, TRUE);
          after = triage_of (changed, name);
          if (after < before)
            g_error ("%s: adding finding %s lowered triage", name, findings[i].code);
        }
    }
}

static void
test_deterministic (void)
{
  for (guint c = 0; c < cases->len; c++)
    {
      SpineCdsCase *kase = g_ptr_array_index (cases, c);
      g_autoptr(SpineCdsAssessment) a = spinecds_evaluate (kb, kase);
      g_autoptr(SpineCdsAssessment) b = spinecds_evaluate (kb, kase);
      g_autofree char *json_a = spinecds_assessment_to_json (a, NULL);
      g_autofree char *json_b = spinecds_assessment_to_json (b, NULL);
      g_autofree char *text_a = spinecds_assessment_to_text (a, NULL);
      g_autofree char *text_b = spinecds_assessment_to_text (b, NULL);

      g_assert_cmpstr (json_a, ==, json_b);
      g_assert_cmpstr (text_a, ==, text_b);
    }
}

/* Runs after the tests that evaluate every case and its variants. */
static void
test_one_voice (void)
{
  GHashTableIter iter;
  gpointer       example;

  g_assert_cmpuint (n_checked, >, 1000);
  g_hash_table_iter_init (&iter, violations);
  while (g_hash_table_iter_next (&iter, NULL, &example))
    g_test_message ("%s", (char *) example);
  g_assert_cmpuint (g_hash_table_size (violations), ==, 0);
}

typedef void (*Forget) (SpineCdsCase *kase);

static void
forget_age (SpineCdsCase *kase)
{
  spinecds_case_set_age_years (kase, -1);
}

static void
forget_region (SpineCdsCase *kase)
{
  spinecds_case_set_region (kase, SPINECDS_REGION_UNKNOWN);
}

static void
forget_crp (SpineCdsCase *kase)
{
  spinecds_case_set_crp_mg_l (kase, SPINECDS_UNKNOWN);
}

static void
forget_duration (SpineCdsCase *kase)
{
  spinecds_case_set_symptom_duration_weeks (kase, SPINECDS_UNKNOWN);
}

static void
test_missing_values_never_lower (void)
{
  guint n_variants = 0;
  static const struct
  {
    const char *what;
    Forget      forget;
    gboolean    incomplete;
  } forgets[] = {
    { "age", forget_age, TRUE },
    { "region", forget_region, TRUE },
    { "CRP", forget_crp, FALSE },
    { "symptom duration", forget_duration, FALSE },
  };

  for (guint i = 0; i < cases->len; i++)
    {
      SpineCdsCase *kase = g_ptr_array_index (cases, i);
      g_autoptr(SpineCdsAssessment) known = spinecds_evaluate (kb, kase);

      for (guint f = 0; f < G_N_ELEMENTS (forgets); f++)
        {
          g_autoptr(SpineCdsCase) less = spinecds_case_copy (kase);
          g_autoptr(SpineCdsAssessment) assessment = NULL;

          forgets[f].forget (less);
          assessment = spinecds_evaluate (kb, less);
          if (spinecds_assessment_get_triage (assessment) < spinecds_assessment_get_triage (known))
            g_error ("%s: without its %s the triage falls from %s to %s", (char *) g_ptr_array_index (names, i),
                     forgets[f].what, spinecds_triage_to_string (spinecds_assessment_get_triage (known)),
                     spinecds_triage_to_string (spinecds_assessment_get_triage (assessment)));
          if (!forgets[f].incomplete)
            continue;
          if (spinecds_assessment_get_missing (assessment)[0] == NULL)
            g_error ("%s: without its %s nothing is said to be missing", (char *) g_ptr_array_index (names, i),
                     forgets[f].what);
          /* A triage raised by the worst case names the red flag that
           * raised it, with what to do: never a headline alone. */
          if (spinecds_assessment_get_triage (assessment) > spinecds_assessment_get_triage (known)
              && spinecds_assessment_get_red_flags (assessment)->len == 0)
            g_error ("%s: without its %s the triage rises to %s and no red flag says why",
                     (char *) g_ptr_array_index (names, i), forgets[f].what,
                     spinecds_triage_to_string (spinecds_assessment_get_triage (assessment)));
          if (spinecds_assessment_has_action (assessment, "conservative_care")
              || spinecds_assessment_has_action (assessment, "no_further_imaging")
              || spinecds_assessment_has_action (assessment, "reassess_4_6_weeks"))
            g_error ("%s: without its %s it still gets a routine plan", (char *) g_ptr_array_index (names, i),
                     forgets[f].what);
          n_variants++;
        }
    }
  g_test_message ("%u incomplete variants checked", n_variants);
}

int
main (int   argc,
      char *argv[])
{
  static const SpineCdsCodeKind kinds[] = {
    SPINECDS_CODE_KIND_SYMPTOM, SPINECDS_CODE_KIND_SIGN, SPINECDS_CODE_KIND_HISTORY
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *clinical = NULL;
  int              status;

  g_test_init (&argc, &argv, NULL);
  violations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  g_unsetenv ("SPINECDS_KNOWLEDGE_BASE");
  kb = spinecds_knowledge_base_new_default (&error);
  g_assert_no_error (error);

  cases = g_ptr_array_new_with_free_func (g_object_unref);
  names = g_ptr_array_new_with_free_func (g_free);
  add_cases_from (g_getenv ("SPINECDS_EXAMPLES_DIR"));
  clinical = g_test_build_filename (G_TEST_DIST, "data", "clinical", NULL);
  add_cases_from (clinical);

  all_codes = g_array_new (FALSE, FALSE, sizeof (Code));
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      guint                   n;
      const SpineCdsCodeInfo *codes = spinecds_codes_list (kinds[k], &n);

      for (guint i = 0; i < n; i++)
        g_array_append_val (all_codes, ((Code) { kinds[k], codes[i].code }));
    }

  g_test_add_func ("/spinecds/safety/adding-codes-never-lowers-triage", test_adding_codes_never_lowers);
  g_test_add_func ("/spinecds/safety/adding-a-finding-never-lowers-triage", test_adding_a_finding_never_lowers);
  g_test_add_func ("/spinecds/safety/deterministic", test_deterministic);
  g_test_add_func ("/spinecds/safety/missing-values-never-lower-triage", test_missing_values_never_lower);
  g_test_add_func ("/spinecds/safety/one-voice", test_one_voice);

  status = g_test_run ();

  g_array_unref (all_codes);
  g_ptr_array_unref (names);
  g_ptr_array_unref (cases);
  g_object_unref (kb);
  return status;
}
