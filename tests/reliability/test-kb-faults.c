/* test-kb-faults.c: no advice at all from a broken knowledge base
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: test-kb-faults --tap CLI KNOWLEDGE_BASE CASE
 *
 * tests/cli/test-cli.c covers a knowledge base with a syntax error and
 * a missing one. Here: damaged copies of the real one (cut at several
 * points, one rule's references removed or dangling, a reference
 * removed from the list, an unknown concept, action or schema, a
 * required action missing, duplicate rule ids), and files that are not
 * a knowledge base at all (empty, binary, a folder, a case file, a
 * 9 MB file). For each, `evaluate` in both formats must exit with 2,
 * print nothing on stdout — never a partial plan — and name the file
 * and say "no advice" on stderr; `--version` must fail too. The
 * undamaged copy, run the same way, advises: the damage is what makes
 * the difference.
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "reliability-common.h"
#include "test-scratch.h"

static const char *cli_path;
static const char *kb_path;
static const char *case_path;
static guint       n_refused;

static void
evaluate_with (RelRun     *run,
               const char *kb,
               const char *format)
{
  g_autofree char *env = g_strdup_printf ("SPINECDS_KNOWLEDGE_BASE=%s", kb);

  rel_run (run, (const char *[]) { cli_path, "evaluate", "--format", format, case_path, NULL },
           (const char *[]) { env, NULL });
}

static void
expect_refusal (const char *kb,
                const char *damage)
{
  g_autofree char *name = g_path_get_basename (kb);
  const char      *formats[] = { "json", "text" };
  g_autofree char *env = g_strdup_printf ("SPINECDS_KNOWLEDGE_BASE=%s", kb);
  g_auto(RelRun) version = { 0 };

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_auto(RelRun) run = { 0 };

      evaluate_with (&run, kb, formats[i]);
      if (run.signal != 0 || run.status != 2 || *run.out != '\0')
        g_error ("%s (%s): status %d, signal %d, stdout:\n%s\nstderr:\n%s",
                 damage, formats[i], run.status, run.signal, run.out, run.err);
      g_assert_nonnull (strstr (run.err, name));
      g_assert_nonnull (strstr (run.err, "no advice"));
      g_assert_true (g_utf8_validate (run.err, -1, NULL));
      if (i == 0)
        g_test_message ("%s: %s", damage, g_strstrip (run.err));
    }

  rel_run (&version, (const char *[]) { cli_path, "--version", NULL }, (const char *[]) { env, NULL });
  g_assert_cmpint (version.status, ==, 2);

  n_refused++;
}

static JsonNode *
load_kb (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, kb_path, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static char *
write_kb (const char *dir,
          const char *name,
          JsonNode   *root)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_to_file (generator, path, &error);
  g_assert_no_error (error);
  return path;
}

static JsonObject *
rule (JsonNode *root,
      guint     index)
{
  JsonArray *rules = json_object_get_array_member (json_node_get_object (root), "rules");

  g_assert_cmpuint (index, <, json_array_get_length (rules));
  return json_array_get_object_element (rules, index);
}

static void
test_undamaged_copy_advises (void)
{
  g_autofree char *dir = test_scratch_dir_new ("spinecds-kb-XXXXXX");
  g_autoptr(JsonNode) root = load_kb ();
  g_autofree char *copy = write_kb (dir, "copy.json", root);
  g_auto(RelRun) run = { 0 };

  evaluate_with (&run, copy, "json");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "\"recommendations\""));
}

static void
test_truncated (void)
{
  g_autofree char *dir = test_scratch_dir_new ("spinecds-kb-XXXXXX");
  g_autofree char *contents = NULL;
  gsize            length;
  const double     cuts[] = { 0.0001, 0.1, 0.5, 0.9, 0.999 };

  g_assert_true (g_file_get_contents (kb_path, &contents, &length, NULL));

  for (guint i = 0; i <= G_N_ELEMENTS (cuts); i++)
    {
      /* The last round drops only the final "}" and what follows it. */
      gsize            keep = i < G_N_ELEMENTS (cuts) ? (gsize) (length * cuts[i]) : (gsize) (strrchr (contents, '}') - contents);
      g_autofree char *name = g_strdup_printf ("cut-at-%" G_GSIZE_FORMAT ".json", keep);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *damage = g_strdup_printf ("knowledge base cut after %" G_GSIZE_FORMAT " of %" G_GSIZE_FORMAT " bytes",
                                                 keep, length);

      g_assert_true (g_file_set_contents (path, contents, keep, NULL));
      expect_refusal (path, damage);
    }
}

static void
test_rule_references (void)
{
  g_autofree char *dir = test_scratch_dir_new ("spinecds-kb-XXXXXX");
  g_autoptr(JsonNode) removed = load_kb ();
  g_autoptr(JsonNode) dangling = load_kb ();
  g_autoptr(JsonNode) empty = load_kb ();
  g_autoptr(JsonNode) unlisted = load_kb ();
  g_autofree char *removed_path = NULL;
  g_autofree char *dangling_path = NULL;
  g_autofree char *empty_path = NULL;
  g_autofree char *unlisted_path = NULL;
  JsonArray       *ids = json_array_new ();
  JsonArray       *references;
  guint            last;

  last = json_array_get_length (json_object_get_array_member (json_node_get_object (removed), "rules")) - 1;
  json_object_remove_member (rule (removed, last), "references");
  removed_path = write_kb (dir, "rule-without-references.json", removed);
  expect_refusal (removed_path, "the last rule's references removed");

  json_array_add_string_element (ids, "no-such-reference");
  json_object_set_array_member (rule (dangling, last / 2), "references", ids);
  dangling_path = write_kb (dir, "rule-with-dangling-reference.json", dangling);
  expect_refusal (dangling_path, "a rule citing a reference that does not exist");

  json_object_set_array_member (rule (empty, 0), "references", json_array_new ());
  empty_path = write_kb (dir, "rule-with-no-reference.json", empty);
  expect_refusal (empty_path, "a rule with an empty reference list");

  /* Remove the reference the first rule cites from the list itself. */
  references = json_object_get_array_member (json_node_get_object (unlisted), "references");
  for (guint i = 0; i < json_array_get_length (references); i++)
    {
      JsonObject *reference = json_array_get_object_element (references, i);
      JsonArray  *cited = json_object_get_array_member (rule (unlisted, 0), "references");

      if (g_str_equal (json_object_get_string_member (reference, "id"),
                       json_array_get_string_element (cited, 0)))
        {
          json_array_remove_element (references, i);
          break;
        }
    }
  unlisted_path = write_kb (dir, "reference-removed-from-list.json", unlisted);
  expect_refusal (unlisted_path, "a cited reference removed from the reference list");
}

static void
test_rule_contents (void)
{
  g_autofree char *dir = test_scratch_dir_new ("spinecds-kb-XXXXXX");
  g_autoptr(JsonNode) concept = load_kb ();
  g_autoptr(JsonNode) action = load_kb ();
  g_autoptr(JsonNode) required = load_kb ();
  g_autoptr(JsonNode) duplicate = load_kb ();
  g_autoptr(JsonNode) schema = load_kb ();
  g_autoptr(JsonNode) when = json_from_string ("{\"concept\": \"no_such_concept\"}", NULL);
  g_autofree char *path = NULL;
  JsonArray       *actions;

  json_object_set_member (rule (concept, 1), "when", g_steal_pointer (&when));
  path = write_kb (dir, "unknown-concept.json", concept);
  expect_refusal (path, "a rule using a concept that does not exist");
  g_free (path);

  json_object_set_string_member (rule (action, 2), "action", "trephination");
  path = write_kb (dir, "unknown-action.json", action);
  expect_refusal (path, "a rule with an unknown action");
  g_free (path);

  actions = json_object_get_array_member (json_node_get_object (required), "actions");
  for (guint i = 0; i < json_array_get_length (actions); i++)
    if (g_str_equal (json_array_get_string_element (actions, i), "dexamethasone"))
      json_array_remove_element (actions, i);
  path = write_kb (dir, "required-action-missing.json", required);
  expect_refusal (path, "the action dexamethasone missing from the list");
  g_free (path);

  json_object_set_string_member (rule (duplicate, 1), "id",
                                 json_object_get_string_member (rule (duplicate, 0), "id"));
  path = write_kb (dir, "duplicate-rule-id.json", duplicate);
  expect_refusal (path, "two rules with the same id");
  g_free (path);

  json_object_set_int_member (json_node_get_object (schema), "schema", 2);
  path = write_kb (dir, "schema-2.json", schema);
  expect_refusal (path, "schema 2");
}

static void
test_not_a_knowledge_base (void)
{
  g_autofree char *dir = test_scratch_dir_new ("spinecds-kb-XXXXXX");
  g_autofree char *empty = g_build_filename (dir, "empty.json", NULL);
  g_autofree char *binary = g_build_filename (dir, "binary.json", NULL);
  g_autofree char *folder = g_build_filename (dir, "folder.json", NULL);
  g_autofree char *huge = g_build_filename (dir, "huge.json", NULL);
  g_autofree char *kase = g_build_filename (dir, "a-case.json", NULL);
  g_autofree char *case_contents = NULL;
  g_autofree char *noise = g_malloc (4096);
  g_autofree char *padding = NULL;
  g_autofree char *kb_contents = NULL;
  gsize            kb_length;

  g_assert_true (g_file_set_contents (empty, "", 0, NULL));

  for (guint i = 0; i < 4096; i++)
    noise[i] = (char) g_test_rand_int_range (0, 256);
  g_assert_true (g_file_set_contents (binary, noise, 4096, NULL));

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);

  g_assert_true (g_file_get_contents (case_path, &case_contents, NULL, NULL));
  g_assert_true (g_file_set_contents (kase, case_contents, -1, NULL));

  /* The real knowledge base padded with spaces past the 8 MB limit. */
  g_assert_true (g_file_get_contents (kb_path, &kb_contents, &kb_length, NULL));
  padding = g_strnfill (9 * 1024 * 1024, ' ');
  {
    g_autofree char *big = g_strconcat (kb_contents, padding, NULL);

    g_assert_true (g_file_set_contents (huge, big, -1, NULL));
  }

  expect_refusal (empty, "an empty file");
  expect_refusal (binary, "4 KB of random bytes");
  expect_refusal (folder, "a folder");
  expect_refusal (kase, "a case file instead of a knowledge base");
  expect_refusal (huge, "a 9 MB file");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  if (argc != 4)
    {
      g_printerr ("Usage: %s [--tap] CLI KNOWLEDGE_BASE CASE\n", argv[0]);
      return 2;
    }
  cli_path = argv[1];
  kb_path = argv[2];
  case_path = argv[3];

  g_test_add_func ("/reliability/knowledge-base/undamaged-copy-advises", test_undamaged_copy_advises);
  g_test_add_func ("/reliability/knowledge-base/truncated", test_truncated);
  g_test_add_func ("/reliability/knowledge-base/rule-references", test_rule_references);
  g_test_add_func ("/reliability/knowledge-base/rule-contents", test_rule_contents);
  g_test_add_func ("/reliability/knowledge-base/not-a-knowledge-base", test_not_a_knowledge_base);

  status = g_test_run ();
  g_print ("# %u damaged knowledge bases, every one refused: no advice, exit 2\n", n_refused);
  return status;
}
