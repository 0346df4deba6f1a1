/* test-knowledge-base.c: loading, validating and rejecting knowledge bases
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each broken variant is made by changing one value of a valid
 * knowledge base, so every test shows that exactly that defect is
 * caught, and reported at its JSON path.
 */
#include "config.h"

#include <json-glib/json-glib.h>

#include "spinecds-knowledge-base.h"

static char *
fixture_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "data", "knowledge-base", "minimal.json", NULL);
}

static JsonNode *
load_json (const char *path)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

/* Finds the node at @path ("rules[1].when.any[0]"); with @parent_out,
 * stops one step early and returns the last key or index instead. */
static JsonNode *
walk (JsonNode   *node,
      const char *path,
      JsonNode  **parent_out,
      char      **last_out)
{
  g_auto(GStrv) parts = g_strsplit_set (path, ".[", -1);
  guint n = g_strv_length (parts);

  for (guint i = 0; i < n; i++)
    {
      char    *part = parts[i];
      gboolean last = i + 1 == n;

      if (*part == '\0')
        continue;
      if (last && parent_out != NULL)
        {
          *parent_out = node;
          *last_out = g_strdup (part);
          return NULL;
        }
      if (g_str_has_suffix (part, "]"))
        node = json_array_get_element (json_node_get_array (node), (guint) g_ascii_strtoull (part, NULL, 10));
      else
        node = json_object_get_member (json_node_get_object (node), part);
      g_assert_nonnull (node);
    }

  return node;
}

/* Sets @path to the JSON @value, or removes it when @value is NULL. */
static void
mutate (JsonNode   *root,
        const char *path,
        const char *value)
{
  g_autofree char *key = NULL;
  JsonNode        *parent = NULL;
  JsonNode        *replacement = NULL;

  walk (root, path, &parent, &key);
  if (value != NULL)
    replacement = json_from_string (value, NULL);

  if (JSON_NODE_HOLDS_ARRAY (parent))
    {
      JsonArray *array = json_node_get_array (parent);
      guint      index = (guint) g_ascii_strtoull (key, NULL, 10);

      g_assert_nonnull (replacement);
      json_array_remove_element (array, index);
      /* json-glib has no insert: rebuild the array around the new element. */
      {
        g_autoptr(JsonArray) rebuilt = json_array_new ();

        for (guint i = 0; i < json_array_get_length (array) + 1; i++)
          {
            if (i == index)
              json_array_add_element (rebuilt, replacement);
            if (i < json_array_get_length (array))
              json_array_add_element (rebuilt, json_node_copy (json_array_get_element (array, i)));
          }
        json_node_set_array (parent, rebuilt);
      }
      return;
    }

  if (replacement == NULL)
    json_object_remove_member (json_node_get_object (parent), key);
  else
    json_object_set_member (json_node_get_object (parent), key, replacement);
}

static SpineCdsKnowledgeBase *
load_text (const char *text,
           GError    **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return spinecds_knowledge_base_new_from_bytes (bytes, "kb.json", error);
}

static void
test_fixture_loads (void)
{
  g_autofree char *path = fixture_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(SpineCdsKnowledgeBase) kb = spinecds_knowledge_base_new_from_file (file, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (spinecds_knowledge_base_get_id (kb), ==, "test-minimal");
  g_assert_cmpstr (spinecds_knowledge_base_get_version (kb), ==, "0.0.1");
  g_assert_cmpstr (spinecds_knowledge_base_get_reviewed (kb), ==, "2026-01-31");
  g_assert_cmpuint (spinecds_knowledge_base_get_n_rules (kb), ==, 7);
  g_assert_cmpuint (strlen (spinecds_knowledge_base_get_checksum (kb)), ==, 64);
  g_assert_nonnull (spinecds_knowledge_base_lookup_reference (kb, "ref-b"));
  g_assert_null (spinecds_knowledge_base_lookup_reference (kb, "ref-z"));
  g_assert_cmpstr (spinecds_knowledge_base_get_red_flag_label (kb, "saddle"), ==, "Saddle symptoms");
  g_assert_cmpuint (spinecds_knowledge_base_get_corrections (kb)->len, ==, 1);
}

/* The shipped knowledge base: valid, and the copy compiled into the
 * binary is byte for byte the one in the source tree. */
static void
test_shipped_knowledge_base (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_getenv ("SPINECDS_KB_SOURCE"));
  g_autoptr(GError) error = NULL;
  g_autoptr(SpineCdsKnowledgeBase) from_file = spinecds_knowledge_base_new_from_file (file, &error);
  g_autoptr(SpineCdsKnowledgeBase) built_in = NULL;
  GPtrArray *references;

  g_assert_no_error (error);
  g_unsetenv ("SPINECDS_KNOWLEDGE_BASE");
  built_in = spinecds_knowledge_base_new_default (&error);
  g_assert_no_error (error);

  g_assert_cmpstr (spinecds_knowledge_base_get_id (built_in), ==, "spine-mri");
  g_assert_cmpstr (spinecds_knowledge_base_get_checksum (built_in), ==,
                   spinecds_knowledge_base_get_checksum (from_file));

  references = spinecds_knowledge_base_get_references (built_in);
  g_assert_cmpuint (references->len, >=, 20);
  for (guint i = 0; i < references->len; i++)
    {
      SpineCdsReference *reference = g_ptr_array_index (references, i);

      g_assert_cmpuint (strlen (reference->citation), >, 20);
      /* The summary prints the short form (GUIDELINE-LOGIC §8.10). */
      g_assert_nonnull (reference->short_citation);
      g_assert_cmpuint (strlen (reference->short_citation), <, strlen (reference->citation));
      g_assert_cmpint (reference->year, >=, 1990);
    }
  g_assert_cmpuint (spinecds_knowledge_base_get_corrections (built_in)->len, >=, 6);
}

/* The checksum is of the exact bytes: one changed space changes it. */
static void
test_checksum_tracks_bytes (void)
{
  g_autofree char *path = fixture_path ();
  g_autofree char *text = NULL;
  g_autofree char *changed = NULL;
  g_autoptr(SpineCdsKnowledgeBase) a = NULL;
  g_autoptr(SpineCdsKnowledgeBase) b = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  changed = g_strconcat (text, " ", NULL);
  a = load_text (text, NULL);
  b = load_text (changed, NULL);
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_cmpstr (spinecds_knowledge_base_get_checksum (a), !=, spinecds_knowledge_base_get_checksum (b));
}

typedef struct
{
  const char *name;
  const char *path;     /* what to change */
  const char *value;    /* new JSON value, NULL = remove */
  const char *expected; /* must appear in the message */
} Defect;

static const Defect defects[] = {
  { "wrong-format", "format", "\"spinecds-case\"", "kb.json: format: expected \"spinecds-knowledge-base\"" },
  { "future-schema", "schema", "2", "kb.json: schema: expected 1, found 2" },
  { "missing-rules", "rules", NULL, "kb.json: rules: expected a value (it is required)" },
  { "unknown-top-key", "colour", "\"blue\"",
    "kb.json: colour: expected a known field (format, schema, id, version, reviewed, title, triage_levels, actions, "
    "red_flags, concepts, rules, mscc_surgery, corrections, references), found an unknown field" },
  { "unknown-rule-key", "rules[1].priority", "3",
    "kb.json: rules[1].priority: expected a known field (id, when, category, triage, tier, red_flag, action, "
    "also_actions, text, text_beside_higher, timeframe, because, asks_for, references), found an unknown field" },
  { "asks-for-unknown-field", "rules[1].asks_for", "[\"labs.ck_u_l\"]",
    "kb.json: rules[1].asks_for[0]: expected a field path of the case format, found \"labs.ck_u_l\"" },
  { "timeframe-without-tier", "rules[0].timeframe", "\"Soon\"",
    "kb.json: rules[0].timeframe: expected timeframe only on a rule with a triage or a tier" },
  { "rule-without-references", "rules[1].references", NULL, "kb.json: rules[1].references: expected a value" },
  { "rule-empty-references", "rules[1].references", "[]", "kb.json: rules[1].references: expected a non-empty array" },
  { "unresolved-reference", "rules[1].references[0]", "\"nice-ng99\"",
    "kb.json: rules[1].references[0]: expected a reference id listed in references, found the string \"nice-ng99\"" },
  { "duplicate-rule-id", "rules[2].id", "\"saddle-emergency\"", "kb.json: rules[2].id: expected an id not used before" },
  { "duplicate-reference-id", "references[1].id", "\"ref-a\"", "kb.json: references[1].id: expected an id not used before" },
  { "duplicate-red-flag-id", "red_flags[1].id", "\"saddle\"", "kb.json: red_flags[1].id: expected an id not used before" },
  { "duplicate-concept-id", "concepts[1].id", "\"hot\"", "kb.json: concepts[1]: expected an id not used before" },
  { "duplicate-action", "actions[1]", "\"conservative_care\"", "kb.json: actions[1]: expected an action code not listed before" },
  { "missing-contract-action", "actions[12]", "\"something_else\"",
    "kb.json: actions: expected a list including \"blood_cultures_before_antibiotics\"" },
  { "unknown-symptom", "rules[1].when.any[0].symptom", "\"saddle_numbnes\"",
    "kb.json: rules[1].when.any[0].symptom: expected a symptom code or an array of them, found the string \"saddle_numbnes\"" },
  { "unknown-finding-in-list", "rules[5].when.finding", "[\"cord_compression\", \"cord_squash\"]",
    "kb.json: rules[5].when.finding[1]: expected a finding code" },
  { "unknown-grade", "rules[5].when.min_grade", "\"huge\"", "kb.json: rules[5].when.min_grade: expected mild, moderate or severe" },
  { "unknown-field", "concepts[0].when.any[1].field", "\"labs.temperature_f\"",
    "kb.json: concepts[0].when.any[1].field: expected a field path" },
  { "unknown-operator", "concepts[0].when.any[1].op", "\"=>\"", "kb.json: concepts[0].when.any[1].op: expected one of" },
  { "non-numeric-value", "concepts[0].when.any[1].value", "\"38\"", "kb.json: concepts[0].when.any[1].value: expected a number" },
  { "unknown-choice", "rules[6].when.all[0].in[0]", "\"sacral\"", "kb.json: rules[6].when.all[0].in[0]: expected a value of region" },
  { "unknown-condition", "rules[3].when", "{\"maybe\": true}", "kb.json: rules[3].when: expected a condition" },
  { "empty-all", "concepts[1].when.all", "[]", "kb.json: concepts[1].when.all: expected a non-empty array of conditions" },
  { "concept-before-definition", "concepts[0].when", "{\"concept\": \"hot_and_high_crp\"}",
    "kb.json: concepts[0].when.concept: expected the id of a concept defined earlier" },
  { "fired-later-rule", "rules[3].when", "{\"fired\": \"crp-known-high\"}",
    "kb.json: rules[3].when.fired: expected the id of a rule evaluated before this one" },
  { "triage-rule-reads-triage", "rules[1].when", "{\"triage\": {\"at_least\": \"urgent\"}}",
    "kb.json: rules[1].when.triage: expected no triage condition in a rule that sets triage" },
  { "unknown-action", "rules[1].action", "\"mri_tomorrow\"", "kb.json: rules[1].action: expected an action code listed in actions" },
  { "unknown-red-flag", "rules[1].red_flag", "\"sadle\"", "kb.json: rules[1].red_flag: expected a red flag id" },
  { "red-flag-without-triage", "rules[3].red_flag", "\"fever\"", "kb.json: rules[3].red_flag: expected a red flag id listed in red_flags, on a rule that sets triage" },
  { "bad-triage-level", "rules[1].triage", "\"asap\"", "kb.json: rules[1].triage: expected routine, expedited, urgent or emergency" },
  { "bad-category", "rules[1].category", "\"magic\"", "kb.json: rules[1].category: expected triage, imaging" },
  { "empty-text", "rules[1].text", "\"  \"", "kb.json: rules[1].text: expected a non-empty string" },
  { "numeric-text", "rules[1].text", "42", "kb.json: rules[1].text: expected a non-empty string, found 42" },
  { "bad-id", "rules[1].id", "\"Saddle Emergency\"", "kb.json: rules[1].id: expected an id of lower-case letters" },
  { "missing-timeframe", "triage_levels.urgent", "{}", "kb.json: triage_levels.urgent.timeframe: expected a value" },
  { "bad-review-date", "reviewed", "\"2026-13-45\"", "kb.json: reviewed: expected a date YYYY-MM-DD" },
  { "bad-year", "references[0].year", "\"2020\"", "kb.json: references[0].year: expected a year" },
  { "empty-short-citation", "references[0].short", "\"\"", "kb.json: references[0].short: expected a non-empty string" },
  { "empty-mscc-criteria", "mscc_surgery.criteria", "[]", "kb.json: mscc_surgery.criteria: expected a non-empty array" },
  { "mscc-unresolved-reference", "mscc_surgery.references[0]", "\"patchell\"",
    "kb.json: mscc_surgery.references[0]: expected a reference id" },
  { "correction-unknown-rule", "corrections[0].rules", "[\"rest\", \"no-such-rule\"]",
    "kb.json: corrections[0].rules[1]: expected a rule id listed in rules, found the string \"no-such-rule\"" },
  { "correction-unresolved-reference", "corrections[0].references[0]", "\"nobody\"",
    "kb.json: corrections[0].references[0]: expected a reference id" },
};

static void
test_defect (gconstpointer data)
{
  const Defect    *defect = data;
  g_autofree char *path = fixture_path ();
  g_autoptr(JsonNode) root = load_json (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(SpineCdsKnowledgeBase) kb = NULL;
  g_autofree char *text = NULL;

  mutate (root, defect->path, defect->value);
  text = json_to_string (root, TRUE);
  kb = load_text (text, &error);

  g_assert_null (kb);
  g_assert_error (error, SPINECDS_KNOWLEDGE_BASE_ERROR, SPINECDS_KNOWLEDGE_BASE_ERROR_INVALID);
  if (strstr (error->message, defect->expected) == NULL)
    g_error ("expected “%s” in “%s”", defect->expected, error->message);
}

static void
test_malformed_bytes (void)
{
  static const char * const inputs[] = {
    "", "{", "[]", "null", "\"kb\"", "{\"format\": \"spinecds-knowledge-base\",}", "\xff\xfe{}"
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SpineCdsKnowledgeBase) kb = load_text (inputs[i], &error);

      g_assert_null (kb);
      g_assert_error (error, SPINECDS_KNOWLEDGE_BASE_ERROR, SPINECDS_KNOWLEDGE_BASE_ERROR_INVALID);
      g_assert_true (g_str_has_prefix (error->message, "kb.json: "));
    }
}

static void
test_deep_nesting (void)
{
  g_autoptr(GString) text = g_string_new ("{\"rules\": ");
  g_autoptr(GError) error = NULL;
  g_autoptr(SpineCdsKnowledgeBase) kb = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append_c (text, '[');
  kb = load_text (text->str, &error);
  g_assert_null (kb);
  g_assert_nonnull (strstr (error->message, "levels of nesting"));
}

static void
test_missing_file (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/spine-mri.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(SpineCdsKnowledgeBase) kb = spinecds_knowledge_base_new_from_file (file, &error);

  g_assert_null (kb);
  g_assert_error (error, SPINECDS_KNOWLEDGE_BASE_ERROR, SPINECDS_KNOWLEDGE_BASE_ERROR_MISSING);
  g_assert_true (g_str_has_prefix (error->message, "spine-mri.json: "));
}

static void
test_environment_override (void)
{
  g_autofree char *path = fixture_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(SpineCdsKnowledgeBase) kb = NULL;
  g_autoptr(SpineCdsKnowledgeBase) none = NULL;

  g_setenv ("SPINECDS_KNOWLEDGE_BASE", path, TRUE);
  kb = spinecds_knowledge_base_new_default (&error);
  g_assert_no_error (error);
  g_assert_cmpstr (spinecds_knowledge_base_get_id (kb), ==, "test-minimal");

  g_setenv ("SPINECDS_KNOWLEDGE_BASE", "/nonexistent/kb.json", TRUE);
  none = spinecds_knowledge_base_new_default (&error);
  g_assert_null (none);
  g_assert_error (error, SPINECDS_KNOWLEDGE_BASE_ERROR, SPINECDS_KNOWLEDGE_BASE_ERROR_MISSING);
  g_unsetenv ("SPINECDS_KNOWLEDGE_BASE");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/spinecds/knowledge-base/fixture-loads", test_fixture_loads);
  g_test_add_func ("/spinecds/knowledge-base/shipped", test_shipped_knowledge_base);
  g_test_add_func ("/spinecds/knowledge-base/checksum", test_checksum_tracks_bytes);
  g_test_add_func ("/spinecds/knowledge-base/malformed-bytes", test_malformed_bytes);
  g_test_add_func ("/spinecds/knowledge-base/deep-nesting", test_deep_nesting);
  g_test_add_func ("/spinecds/knowledge-base/missing-file", test_missing_file);
  g_test_add_func ("/spinecds/knowledge-base/environment-override", test_environment_override);
  for (guint i = 0; i < G_N_ELEMENTS (defects); i++)
    {
      g_autofree char *name = g_strdup_printf ("/spinecds/knowledge-base/rejects/%s", defects[i].name);

      g_test_add_data_func (name, &defects[i], test_defect);
    }

  return g_test_run ();
}
