/* fuzz-support.c: case builder and assessment checks shared by the harnesses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <float.h>
#include <math.h>

#include <string.h>

#include <json-glib/json-glib.h>

#include "fuzz-common.h"
#include "fuzz-support.h"
#include "spinecds-json-checker.h"
#include "spinecds-case-file.h"
#include "spinecds-codes.h"
#include "spinecds-evaluator.h"

typedef struct
{
  const uint8_t *data;
  size_t         size;
  size_t         pos;
} Input;

/* Past the end, every byte reads as 0: short inputs still build. */
static guint8
take_byte (Input *in)
{
  return in->pos < in->size ? in->data[in->pos++] : 0;
}

static guint
take_u16 (Input *in)
{
  guint high = take_byte (in);

  return (high << 8) | take_byte (in);
}

/* Values the rules compare against, and extremes of a double. */
static const double interesting[] = {
  0, 0.5, 1, 2, 3, 4, 5.9, 6, 10, 10.5, 12, 14, 15, 24, 37.9, 38, 38.5, 47.9,
  48, 49, 50, 51, 64, 65, 66, 100, 1e15, 1e300, DBL_MAX, 5e-324
};

/* A number from @min to @max (INFINITY: unbounded), or unknown. */
static double
take_number (Input   *in,
             double   min,
             double   max,
             gboolean nullable)
{
  guint8 kind = take_byte (in);
  double value;

  if (nullable && kind < 32)
    return SPINECDS_UNKNOWN;

  if (kind < 160)
    value = interesting[kind % G_N_ELEMENTS (interesting)];
  else
    {
      double top = isfinite (max) ? max : 1000.0;

      value = min + (top - min) * take_u16 (in) / 65535.0;
    }

  return CLAMP (value, min, max);
}

static int
take_int (Input *in,
          int    min,
          int    max)
{
  return min + (int) (take_u16 (in) % (guint) (max - min + 1));
}

/* Up to @max_bytes of the input as valid UTF-8 text without NUL. */
static char *
take_text (Input *in,
           gsize  max_bytes)
{
  gsize            length = MIN ((gsize) take_byte (in), max_bytes);
  g_autofree char *valid = NULL;
  GString         *text;

  length = MIN (length, in->size - MIN (in->pos, in->size));
  valid = g_utf8_make_valid ((const char *) in->data + MIN (in->pos, in->size), length);
  in->pos += length;

  text = g_string_new (NULL);
  for (const char *p = valid; *p != '\0'; p++)
    g_string_append_c (text, *p);
  return g_string_free (text, FALSE);
}

static const char * const levels[] = {
  "C5-C6", "L4-L5", "L5-S1", "T7", "C4-C6, C7-T1", "multilevel", "",
  "0123456789012345678901234567890", "ü-ß-é", "L4–L5"
};

static void
take_codes (Input           *in,
            SpineCdsCase    *kase,
            SpineCdsCodeKind kind)
{
  guint                   n;
  const SpineCdsCodeInfo *codes = spinecds_codes_list (kind, &n);
  guint8                  density = take_byte (in);

  for (guint i = 0; i < n; i++)
    if (take_byte (in) < density)
      spinecds_case_set_code (kase, kind, codes[i].code, TRUE);
}

static void
take_findings (Input        *in,
               SpineCdsCase *kase)
{
  guint                   n;
  const SpineCdsCodeInfo *codes = spinecds_codes_list (SPINECDS_CODE_KIND_FINDING, &n);
  guint8                  density = take_byte (in);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SpineCdsFinding) finding = NULL;
      guint8 choice;

      if (take_byte (in) >= density)
        continue;

      finding = spinecds_finding_new (codes[i].code);
      choice = take_byte (in);
      spinecds_finding_set_grade (finding, choice % 4);
      if (choice & 0x10)
        spinecds_finding_set_level (finding, levels[(choice >> 5) % G_N_ELEMENTS (levels)]);
      if (choice & 0x80)
        {
          g_autofree char *note = take_text (in, 64);

          spinecds_finding_set_note (finding, note);
        }
      spinecds_case_add_finding (kase, finding);
    }
}

SpineCdsCase *
fuzz_case_build (const uint8_t *data,
                 size_t         size)
{
  SpineCdsCase *kase = spinecds_case_new ();
  Input         in = { data, size, 0 };
  guint8        flags;

  spinecds_case_set_age_years (kase, take_int (&in, 0, 120));
  spinecds_case_set_sex (kase, take_byte (&in) % 4);
  spinecds_case_set_region (kase, take_byte (&in) % 3);
  spinecds_case_set_symptom_duration_weeks (kase, take_number (&in, 0, INFINITY, TRUE));
  spinecds_case_set_conservative_care_weeks (kase, take_number (&in, 0, INFINITY, FALSE));
  spinecds_case_set_conservative_care_response (kase, take_byte (&in) % 4);

  flags = take_byte (&in);
  spinecds_case_set_intervention_candidate (kase, flags & 1);
  spinecds_case_set_mri_done (kase, (flags >> 1) & 1);

  take_codes (&in, kase, SPINECDS_CODE_KIND_SYMPTOM);
  take_codes (&in, kase, SPINECDS_CODE_KIND_SIGN);
  take_codes (&in, kase, SPINECDS_CODE_KIND_HISTORY);
  take_findings (&in, kase);

  spinecds_case_set_crp_mg_l (kase, take_number (&in, 0, INFINITY, TRUE));
  spinecds_case_set_temperature_c (kase, take_number (&in, 30, 45, TRUE));
  spinecds_case_set_mjoa (kase, (flags & 4) ? take_int (&in, 0, 18) : -1);

  if (flags & 8)
    {
      spinecds_case_set_has_surgery (kase, TRUE);
      spinecds_case_set_surgery_weeks_ago (kase, take_number (&in, 0, INFINITY, FALSE));
      if (flags & 16)
        {
          g_autofree char *procedure = take_text (&in, 64);

          spinecds_case_set_surgery_procedure (kase, procedure);
        }
    }

  if (flags & 32)
    {
      spinecds_case_set_has_mscc (kase, TRUE);
      spinecds_case_set_mscc_separate_areas (kase, take_byte (&in) == 255 ? G_MAXINT : take_int (&in, 1, 4));
      spinecds_case_set_mscc_deficit_hours (kase, take_number (&in, 0, INFINITY, TRUE));
      spinecds_case_set_mscc_paraplegic_hours (kase, take_number (&in, 0, INFINITY, FALSE));
      spinecds_case_set_mscc_predicted_survival_months (kase, take_number (&in, 0, INFINITY, TRUE));
      spinecds_case_set_mscc_radiosensitive (kase, take_byte (&in) % 3);
    }

  if (flags & 64)
    {
      g_autofree char *report = take_text (&in, 255);

      spinecds_case_set_report_text (kase, report);
    }
  if (flags & 128)
    {
      g_autofree char *notes = take_text (&in, 255);

      spinecds_case_set_notes (kase, notes);
    }

  return kase;
}

SpineCdsCase *
fuzz_case_new_full (void)
{
  SpineCdsCase *kase = spinecds_case_new ();

  spinecds_case_set_age_years (kase, 70);
  spinecds_case_set_symptom_duration_weeks (kase, 8);
  spinecds_case_set_conservative_care_weeks (kase, 6);
  spinecds_case_set_conservative_care_response (kase, SPINECDS_RESPONSE_WORSENING);
  spinecds_case_set_intervention_candidate (kase, TRUE);
  spinecds_case_set_mri_done (kase, TRUE);

  for (SpineCdsCodeKind kind = SPINECDS_CODE_KIND_SYMPTOM; kind <= SPINECDS_CODE_KIND_HISTORY; kind++)
    {
      guint                   n;
      const SpineCdsCodeInfo *codes = spinecds_codes_list (kind, &n);

      for (guint i = 0; i < n; i++)
        spinecds_case_set_code (kase, kind, codes[i].code, TRUE);
    }

  {
    guint                   n;
    const SpineCdsCodeInfo *codes = spinecds_codes_list (SPINECDS_CODE_KIND_FINDING, &n);

    for (guint i = 0; i < n; i++)
      {
        g_autoptr(SpineCdsFinding) finding = spinecds_finding_new (codes[i].code);

        spinecds_finding_set_grade (finding, SPINECDS_GRADE_SEVERE);
        spinecds_finding_set_level (finding, "C5-C6");
        spinecds_case_add_finding (kase, finding);
      }
  }

  spinecds_case_set_crp_mg_l (kase, 80);
  spinecds_case_set_temperature_c (kase, 38.6);
  spinecds_case_set_mjoa (kase, 11);
  spinecds_case_set_has_surgery (kase, TRUE);
  spinecds_case_set_surgery_weeks_ago (kase, 3);
  spinecds_case_set_surgery_procedure (kase, "ACDF C5-C6");
  spinecds_case_set_has_mscc (kase, TRUE);
  spinecds_case_set_mscc_separate_areas (kase, 1);
  spinecds_case_set_mscc_deficit_hours (kase, 12);
  spinecds_case_set_mscc_paraplegic_hours (kase, 0);
  spinecds_case_set_mscc_predicted_survival_months (kase, 6);
  spinecds_case_set_mscc_radiosensitive (kase, SPINECDS_TRISTATE_NO);
  return kase;
}

void
fuzz_check_case_round_trip (SpineCdsCase *kase,
                            const char   *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SpineCdsCase) again = NULL;
  g_autoptr(SpineCdsCase) copy = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  gsize            first_length, second_length;

  first = spinecds_case_file_serialize (kase, &first_length);
  FUZZ_CHECK (first != NULL && strlen (first) == first_length);
  FUZZ_CHECK (g_utf8_validate (first, first_length, NULL));

  again = spinecds_case_file_parse (first, first_length, name, &error);
  if (again == NULL)
    g_printerr ("the canonical form was refused: %s\n", error->message);
  FUZZ_CHECK (again != NULL && error == NULL);
  FUZZ_CHECK (spinecds_case_equal (kase, again));

  second = spinecds_case_file_serialize (again, &second_length);
  FUZZ_CHECK (first_length == second_length && memcmp (first, second, first_length) == 0);

  copy = spinecds_case_copy (kase);
  FUZZ_CHECK (spinecds_case_equal (kase, copy));
}

static gboolean
json_strings_contain (JsonArray  *array,
                      const char *value)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    if (g_strcmp0 (json_array_get_string_element (array, i), value) == 0)
      return TRUE;
  return FALSE;
}

static const char *
tristate_json (SpineCdsTristate value)
{
  return value == SPINECDS_TRISTATE_YES  ? "true"
         : value == SPINECDS_TRISTATE_NO ? "false"
                                         : "null";
}

static const char *
node_json (JsonNode *node)
{
  if (node == NULL)
    return "absent";
  if (JSON_NODE_HOLDS_NULL (node))
    return "null";
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_BOOLEAN)
    return json_node_get_boolean (node) ? "true" : "false";
  return "other";
}

static void
check_json (SpineCdsAssessment *assessment,
            SpineCdsCase       *kase,
            const char         *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  const char * const        *actions = spinecds_assessment_get_actions (assessment);
  GPtrArray                 *recommendations = spinecds_assessment_get_recommendations (assessment);
  const SpineCdsMsccSurgery *mscc = spinecds_assessment_get_mscc_surgery (assessment);
  JsonObject                *root, *kb;
  JsonArray                 *array, *references;
  JsonNode                  *mscc_node;
  const char                *triage;
  guint                      n_actions = g_strv_length ((char **) actions);
  g_autoptr(GHashTable) reference_ids = g_hash_table_new (g_str_hash, g_str_equal);

  FUZZ_CHECK (g_utf8_validate (json, -1, NULL));
  FUZZ_CHECK (json_parser_load_from_data (parser, json, -1, &error));
  FUZZ_CHECK (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  root = json_node_get_object (json_parser_get_root (parser));

  FUZZ_CHECK (g_strcmp0 (json_object_get_string_member_with_default (root, "format", ""), "spinecds-assessment") == 0);
  FUZZ_CHECK (json_object_get_int_member_with_default (root, "version", 0) == 1);
  triage = spinecds_triage_to_string (spinecds_assessment_get_triage (assessment));
  FUZZ_CHECK (g_strcmp0 (json_object_get_string_member_with_default (root, "triage", ""), triage) == 0);
  FUZZ_CHECK (json_object_has_member (root, "timeframe"));
  kb = json_object_get_object_member (root, "knowledge_base");
  FUZZ_CHECK (kb != NULL && json_object_has_member (kb, "id") && json_object_has_member (kb, "reviewed"));

  array = json_object_get_array_member (root, "red_flags");
  FUZZ_CHECK (array != NULL
              && json_array_get_length (array) == spinecds_assessment_get_red_flags (assessment)->len);

  array = json_object_get_array_member (root, "actions");
  FUZZ_CHECK (array != NULL && json_array_get_length (array) == n_actions);
  for (guint i = 0; i < n_actions; i++)
    FUZZ_CHECK (g_strcmp0 (json_array_get_string_element (array, i), actions[i]) == 0);

  references = json_object_get_array_member (root, "references");
  FUZZ_CHECK (references != NULL);
  for (guint i = 0; i < json_array_get_length (references); i++)
    {
      JsonObject *reference = json_array_get_object_element (references, i);

      FUZZ_CHECK (reference != NULL && json_object_get_string_member_with_default (reference, "id", NULL) != NULL);
      FUZZ_CHECK (json_object_get_string_member_with_default (reference, "citation", NULL) != NULL);
      g_hash_table_add (reference_ids, (gpointer) json_object_get_string_member (reference, "id"));
    }

  /* Every recommendation has reasons and references that resolve in
   * the document itself. */
  array = json_object_get_array_member (root, "recommendations");
  FUZZ_CHECK (array != NULL && json_array_get_length (array) == recommendations->len);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *recommendation = json_array_get_object_element (array, i);
      JsonArray  *because = json_object_get_array_member (recommendation, "because");
      JsonArray  *cited = json_object_get_array_member (recommendation, "references");

      FUZZ_CHECK (because != NULL && json_array_get_length (because) > 0);
      FUZZ_CHECK (cited != NULL && json_array_get_length (cited) > 0);
      for (guint r = 0; r < json_array_get_length (cited); r++)
        FUZZ_CHECK (g_hash_table_contains (reference_ids, json_array_get_string_element (cited, r)));
      for (guint b = 0; b < json_array_get_length (because); b++)
        FUZZ_CHECK (*json_array_get_string_element (because, b) != '\0');
      if (!json_object_get_null_member (recommendation, "action"))
        FUZZ_CHECK (json_strings_contain (json_object_get_array_member (root, "actions"),
                                          json_object_get_string_member (recommendation, "action")));
    }

  /* Present whenever the case has MSCC details, else null. */
  mscc_node = json_object_get_member (root, "mscc_surgery");
  FUZZ_CHECK (mscc_node != NULL);
  FUZZ_CHECK (JSON_NODE_HOLDS_NULL (mscc_node) == !spinecds_case_get_has_mscc (kase));
  if (mscc != NULL)
    {
      JsonObject *object = json_node_get_object (mscc_node);

      FUZZ_CHECK (g_str_equal (node_json (json_object_get_member (object, "eligible")), tristate_json (mscc->eligible)));
      FUZZ_CHECK (g_str_equal (node_json (json_object_get_member (object, "surgery_favoured")),
                               tristate_json (mscc->surgery_favoured)));
    }
}

/* Parsing the assessment's JSON back with json-glib was most of the
 * harness's time (224 inputs/s under the sanitizers, far from the 10
 * million inputs of a long run). Most inputs give a document seen
 * before: each distinct one, with whether the case has MSCC details
 * (the one thing check_json reads from the case), is checked once, and
 * past the first few hundred, one new document in four is read back in
 * full while every one still passes the strict syntax check. */
#define MAX_CHECKED_JSON 2048
#define ALWAYS_CHECKED 512
#define CHECK_ONE_IN 4

static void
check_json_once (SpineCdsAssessment *assessment,
                 SpineCdsCase       *kase,
                 const char         *json)
{
  static GHashTable *checked;
  g_autofree char   *key = g_strdup_printf ("%d%s", spinecds_case_get_has_mscc (kase), json);

  static guint       n_seen;
  g_autofree char   *syntax_error = NULL;

  if (checked == NULL)
    checked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (g_hash_table_contains (checked, key))
    return;

  FUZZ_CHECK (spinecds_json_check (json, strlen (json), 64, &syntax_error));
  if (n_seen++ < ALWAYS_CHECKED || g_str_hash (key) % CHECK_ONE_IN == 0)
    check_json (assessment, kase, json);
  if (g_hash_table_size (checked) >= MAX_CHECKED_JSON)
    g_hash_table_remove_all (checked);
  g_hash_table_add (checked, g_steal_pointer (&key));
}

static void
check_mscc (const SpineCdsMsccSurgery *mscc)
{
  gboolean         any_no = FALSE, all_yes = TRUE;
  SpineCdsTristate expected;

  FUZZ_CHECK (mscc->criteria->len > 0);
  for (guint i = 0; i < mscc->criteria->len; i++)
    {
      SpineCdsMsccCriterion *criterion = g_ptr_array_index (mscc->criteria, i);

      any_no |= criterion->met == SPINECDS_TRISTATE_NO;
      all_yes &= criterion->met == SPINECDS_TRISTATE_YES;
    }

  /* CASE-FORMAT §2: true when all are met, false when any is not, null otherwise. */
  expected = any_no    ? SPINECDS_TRISTATE_NO
             : all_yes ? SPINECDS_TRISTATE_YES
                       : SPINECDS_TRISTATE_UNKNOWN;
  FUZZ_CHECK (mscc->eligible == expected);
  if (mscc->eligible == SPINECDS_TRISTATE_NO)
    FUZZ_CHECK (mscc->surgery_favoured == SPINECDS_TRISTATE_NO);
  if (mscc->surgery_favoured == SPINECDS_TRISTATE_YES)
    FUZZ_CHECK (mscc->eligible == SPINECDS_TRISTATE_YES);
}

SpineCdsAssessment *
fuzz_evaluate_and_check (SpineCdsKnowledgeBase *kb,
                         SpineCdsCase          *kase)
{
  g_autoptr(SpineCdsAssessment) assessment = spinecds_evaluate (kb, kase);
  g_autoptr(SpineCdsAssessment) again = NULL;
  GPtrArray          *recommendations;
  const char * const *actions;
  g_autofree char    *json = NULL;
  g_autofree char    *json_again = NULL;
  g_autofree char    *text = NULL;

  FUZZ_CHECK (assessment != NULL);
  FUZZ_CHECK (spinecds_assessment_get_triage (assessment) <= SPINECDS_TRIAGE_EMERGENCY);
  FUZZ_CHECK (spinecds_assessment_get_timeframe (assessment) != NULL);

  recommendations = spinecds_assessment_get_recommendations (assessment);
  for (guint i = 0; i < recommendations->len; i++)
    {
      SpineCdsRecommendation *recommendation = g_ptr_array_index (recommendations, i);

      FUZZ_CHECK (recommendation->because != NULL && recommendation->because->len > 0);
      FUZZ_CHECK (recommendation->references != NULL && recommendation->references[0] != NULL);
      for (guint r = 0; recommendation->references[r] != NULL; r++)
        {
          FUZZ_CHECK (spinecds_knowledge_base_lookup_reference (kb, recommendation->references[r]) != NULL);
          FUZZ_CHECK (spinecds_assessment_get_reference_number (assessment, recommendation->references[r]) > 0);
        }
      if (recommendation->action != NULL)
        FUZZ_CHECK (spinecds_assessment_has_action (assessment, recommendation->action));
    }

  actions = spinecds_assessment_get_actions (assessment);
  FUZZ_CHECK (actions != NULL);
  for (guint i = 0; actions[i] != NULL; i++)
    for (guint j = i + 1; actions[j] != NULL; j++)
      FUZZ_CHECK (!g_str_equal (actions[i], actions[j]));

  FUZZ_CHECK ((spinecds_assessment_get_mscc_surgery (assessment) != NULL) == spinecds_case_get_has_mscc (kase));
  if (spinecds_assessment_get_mscc_surgery (assessment) != NULL)
    check_mscc (spinecds_assessment_get_mscc_surgery (assessment));

  json = spinecds_assessment_to_json (assessment, NULL);
  check_json_once (assessment, kase, json);

  text = spinecds_assessment_to_text (assessment, NULL);
  FUZZ_CHECK (text != NULL && *text != '\0' && g_utf8_validate (text, -1, NULL));

  /* Pure: the same inputs give the same assessment. */
  again = spinecds_evaluate (kb, kase);
  json_again = spinecds_assessment_to_json (again, NULL);
  FUZZ_CHECK (g_str_equal (json, json_again));

  return g_steal_pointer (&assessment);
}
