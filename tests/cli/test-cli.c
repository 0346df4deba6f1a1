/* test-cli.c: spinecds-cli as a user runs it, as a separate process
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "spinecds-catalog.h"
#include "test-scratch.h"

static const char *cli_path;

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs the CLI with @args (NULL-terminated) and optional extra
 * environment NAME=VALUE pairs. */
static void
run_cli (Run                *run,
         const char * const *args,
         const char * const *extra_env)
{
  g_autoptr(GStrvBuilder) argv = g_strv_builder_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) built = NULL;
  int wait_status;

  g_strv_builder_add (argv, cli_path);
  g_strv_builder_addv (argv, (const char **) args);
  built = g_strv_builder_end (argv);

  envp = g_environ_unsetenv (envp, "SPINECDS_KNOWLEDGE_BASE");
  for (guint i = 0; extra_env != NULL && extra_env[i] != NULL; i++)
    {
      g_auto(GStrv) pair = g_strsplit (extra_env[i], "=", 2);

      envp = g_environ_setenv (envp, pair[0], pair[1], TRUE);
    }

  g_spawn_sync (NULL, built, envp, G_SPAWN_DEFAULT, NULL, NULL, &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
}

static char *
example (const char *name)
{
  return g_build_filename (g_getenv ("SPINECDS_EXAMPLES_DIR"), name, NULL);
}

static void
test_usage (void)
{
  g_auto(Run) none = { 0 };
  g_auto(Run) help = { 0 };
  g_auto(Run) unknown = { 0 };

  run_cli (&none, (const char *[]) { NULL }, NULL);
  g_assert_cmpint (none.status, ==, 2);
  g_assert_nonnull (strstr (none.err, "Usage"));

  run_cli (&help, (const char *[]) { "--help", NULL }, NULL);
  g_assert_cmpint (help.status, ==, 0);
  g_assert_nonnull (strstr (help.out, "evaluate"));
  g_assert_nonnull (strstr (help.out, "validate"));
  g_assert_nonnull (strstr (help.out, "Examples"));

  run_cli (&unknown, (const char *[]) { "diagnose", "x", NULL }, NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  g_assert_nonnull (strstr (unknown.err, "diagnose"));
}

static void
test_evaluate_json (void)
{
  g_autofree char *seed = example ("seed-mild-reversal.spinecase");
  g_auto(Run) run = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;

  run_cli (&run, (const char *[]) { "evaluate", "--format", "json", seed, NULL }, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");

  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "spinecds-assessment");
  g_assert_cmpint (json_object_get_int_member (root, "version"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (root, "triage"), ==, "routine");
  g_assert_true (json_object_has_member (root, "recommendations"));
  g_assert_true (json_object_has_member (root, "references"));
  g_assert_true (json_object_has_member (root, "knowledge_base"));
}

static void
test_evaluate_text (void)
{
  g_autofree char *ces = example ("cauda-equina.spinecase");
  g_auto(Run) run = { 0 };

  run_cli (&run, (const char *[]) { "evaluate", ces, NULL }, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "EMERGENCY"));
  g_assert_nonnull (strstr (run.out, "References"));
  g_assert_nonnull (strstr (run.out, "not a diagnosis"));
}

/* CASE-FORMAT §3: the note for the record has who, when, the triage,
 * the plan, the follow-up, the decision and the knowledge base. */
static void
test_evaluate_note (void)
{
  static const char case_text[] =
    "{\"format\": \"spinecds-case\", \"version\": 2,\n"
    " \"patient\": {\"name\": \"Ana Example\", \"identifier\": \"MRN 77\", \"age_years\": 44},\n"
    " \"visit_date\": \"2026-03-05\", \"region\": \"lumbar\", \"symptom_duration_weeks\": 2,\n"
    " \"symptoms\": [\"axial_pain\"],\n"
    " \"decision\": {\"status\": \"declined\", \"note\": \"Prefers to wait\", \"clinician\": \"Dr B\",\n"
    "   \"decided_at\": \"2026-03-05T09:30:00+01:00\", \"triage\": \"routine\",\n"
    "   \"knowledge_base\": {\"id\": \"spine-mri\", \"version\": \"0.9\", \"checksum\": \"old\"}}}\n";
  g_autofree char *dir = test_scratch_dir_new ("spinecds-cli-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "note.spinecase", NULL);
  g_auto(Run) run = { 0 };

  g_assert_true (g_file_set_contents (path, case_text, -1, NULL));
  run_cli (&run, (const char *[]) { "evaluate", "--format", "note", path, NULL }, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "Patient: Ana Example, MRN 77, 44 years"));
  g_assert_nonnull (strstr (run.out, "Visit: 2026-03-05"));
  g_assert_nonnull (strstr (run.out, "Triage: ROUTINE"));
  g_assert_nonnull (strstr (run.out, "- Start or continue conservative care"));
  g_assert_nonnull (strstr (run.out, "Follow-up: between 2026-04-02 and 2026-04-16"));
  g_assert_nonnull (strstr (run.out, "Decision: plan declined by Dr B"));
  g_assert_nonnull (strstr (run.out, "Prefers to wait"));
  /* Decided on another knowledge base: stale. */
  g_assert_nonnull (strstr (run.out, "decide again"));
  g_assert_nonnull (strstr (run.out, "Knowledge base: spine-mri"));
  /* The note is for pasting: no reference numbers, no reasons. */
  g_assert_null (strstr (run.out, "Because"));
  g_assert_null (strstr (run.out, "[1"));
  g_remove (path);
  g_rmdir (dir);
}

/* A name with a line break or a direction override prints as one line
 * of plain characters: no forged "Triage:" line in the note, no "47"
 * shown as "74" (sixth probe round). */
static void
test_evaluate_note_one_line_name (void)
{
  static const char case_text[] =
    "{\"format\": \"spinecds-case\", \"version\": 2,\n"
    " \"patient\": {\"name\": \"Jane Doe\\nTriage: ROUTINE\\u0007\", \"identifier\": \"\\u202eMRN-0001\",\n"
    "   \"age_years\": 47},\n"
    " \"region\": \"lumbar\", \"symptoms\": [\"urinary_retention\", \"saddle_numbness\"]}\n";
  g_autofree char *dir = test_scratch_dir_new ("spinecds-cli-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "name.spinecase", NULL);
  g_auto(Run) run = { 0 };
  g_auto(GStrv) lines = NULL;
  guint triage_lines = 0;

  g_assert_true (g_file_set_contents (path, case_text, -1, NULL));
  run_cli (&run, (const char *[]) { "evaluate", "--format", "note", path, NULL }, NULL);
  g_assert_cmpint (run.status, ==, 0);
  lines = g_strsplit (run.out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    triage_lines += g_str_has_prefix (lines[i], "Triage:");
  g_assert_cmpuint (triage_lines, ==, 1);
  g_assert_nonnull (strstr (run.out, "Patient: Jane Doe Triage: ROUTINE , MRN-0001, 47 years"));
  g_assert_null (strstr (run.out, "\u202e"));
  g_assert_null (strchr (run.out, '\a'));
  g_remove (path);
  g_rmdir (dir);
}

/* The record keeps what must not be given as well as what to do: the
 * steroid rules are medication advice, not pitfalls left off the note
 * (fourth clinical round). */
static void
test_evaluate_note_keeps_do_not_give (void)
{
  g_autofree char *path = example ("spinal-infection.spinecase");
  g_auto(Run) note = { 0 };

  run_cli (&note, (const char *[]) { "evaluate", "--format", "note", path, NULL }, NULL);
  g_assert_cmpint (note.status, ==, 0);
  g_assert_nonnull (strstr (note.out, "- Do not give corticosteroids for suspected spinal infection."));
}

/* An expedited plan that sends the patient to no one (radiographs for a
 * possible fragility fracture) leaves the follow-up with the clinician,
 * not with a team that does not exist (sixth clinical round). */
static void
test_evaluate_note_follow_up_owner (void)
{
  g_autofree char *kept = g_test_build_filename (G_TEST_DIST, "data", "clinical", "fragility-age-65.spinecase", NULL);
  g_autofree char *sent = example ("cauda-equina.spinecase");
  g_auto(Run) kept_note = { 0 };
  g_auto(Run) sent_note = { 0 };

  run_cli (&kept_note, (const char *[]) { "evaluate", "--format", "note", kept, NULL }, NULL);
  g_assert_cmpint (kept_note.status, ==, 0);
  g_assert_nonnull (strstr (kept_note.out, "Triage: EXPEDITED"));
  g_assert_nonnull (strstr (kept_note.out, "Follow-up: by the treating clinician with the results"));
  g_assert_null (strstr (kept_note.out, "the team the patient is sent to"));

  run_cli (&sent_note, (const char *[]) { "evaluate", "--format", "note", sent, NULL }, NULL);
  g_assert_cmpint (sent_note.status, ==, 0);
  g_assert_nonnull (strstr (sent_note.out, "Follow-up: set by the team the patient is sent to"));
}

/* §8.11: a case without its age and region has no plan. The note for
 * the record and the text say "Incomplete" as the summary does, never
 * "Routine", and promise no follow-up. */
static void
test_evaluate_note_incomplete (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "clinical", "incomplete-new-case.spinecase", NULL);
  g_auto(Run) note = { 0 };
  g_auto(Run) text = { 0 };
  g_auto(Run) json = { 0 };

  run_cli (&note, (const char *[]) { "evaluate", "--format", "note", path, NULL }, NULL);
  g_assert_cmpint (note.status, ==, 0);
  g_assert_nonnull (strstr (note.out, "Triage: INCOMPLETE"));
  g_assert_null (strstr (note.out, "ROUTINE"));
  g_assert_null (strstr (note.out, "Follow-up"));
  /* Neither the age nor the sex is known, and each is said so. */
  g_assert_nonnull (strstr (note.out, "age not known, sex not known"));

  run_cli (&text, (const char *[]) { "evaluate", path, NULL }, NULL);
  g_assert_cmpint (text.status, ==, 0);
  g_assert_nonnull (strstr (text.out, "Triage: INCOMPLETE"));
  g_assert_null (strstr (text.out, "ROUTINE"));

  /* A program reading the JSON learns it too, not only "routine"
   * (sixth clinical round). */
  run_cli (&json, (const char *[]) { "evaluate", "--format", "json", path, NULL }, NULL);
  g_assert_cmpint (json.status, ==, 0);
  g_assert_nonnull (strstr (json.out, "\"incomplete\": true"));
}

/* GUIDELINE-LOGIC §8.9: a surgery verdict at a criterion's limit
 * (predicted survival exactly 3 months) is called borderline in the
 * record too, not only on screen and in the summary. */
static void
test_evaluate_note_borderline (void)
{
  static const char case_text[] =
    "{\"format\": \"spinecds-case\", \"version\": 2,\n"
    " \"patient\": {\"age_years\": 60}, \"region\": \"thoracic\", \"symptom_duration_weeks\": 1,\n"
    " \"symptoms\": [\"axial_pain\"], \"signs\": [\"motor_deficit\"], \"history\": [\"known_malignancy\"],\n"
    " \"imaging\": {\"mri_done\": true, \"findings\": [{\"code\": \"epidural_tumor\", \"level\": \"T6\"},\n"
    "   {\"code\": \"cord_compression\", \"grade\": \"severe\", \"level\": \"T6\"}]},\n"
    " \"mscc\": {\"separate_areas\": 1, \"deficit_hours\": 10, \"paraplegic_hours\": 0,\n"
    "   \"predicted_survival_months\": %s, \"radiosensitive_histology\": false}}\n";
  g_autofree char *dir = test_scratch_dir_new ("spinecds-cli-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "note.spinecase", NULL);
  g_auto(Run) limit = { 0 };
  g_auto(Run) text = { 0 };
  g_auto(Run) clear = { 0 };
  g_autofree char *at_limit = g_strdup_printf (case_text, "3");
  g_autofree char *above = g_strdup_printf (case_text, "9");

  g_assert_true (g_file_set_contents (path, at_limit, -1, NULL));
  run_cli (&limit, (const char *[]) { "evaluate", "--format", "note", path, NULL }, NULL);
  g_assert_cmpint (limit.status, ==, 0);
  g_assert_nonnull (strstr (limit.out, "decompressive surgery followed by radiotherapy is favoured"));
  g_assert_nonnull (strstr (limit.out, "The surgery verdict is borderline"));

  /* The text's verdict lines say yes or no: "not met" reads as a
   * failed criterion. */
  run_cli (&text, (const char *[]) { "evaluate", path, NULL }, NULL);
  g_assert_nonnull (strstr (text.out, "All criteria met: yes\n"));
  g_assert_nonnull (strstr (text.out, "Surgery favoured: yes (a borderline verdict"));

  g_assert_true (g_file_set_contents (path, above, -1, NULL));
  run_cli (&clear, (const char *[]) { "evaluate", "--format", "note", path, NULL }, NULL);
  g_assert_cmpint (clear.status, ==, 0);
  g_assert_nonnull (strstr (clear.out, "is favoured"));
  g_assert_null (strstr (clear.out, "borderline"));
  g_remove (path);
  g_rmdir (dir);
}

static void
test_evaluate_bad_usage (void)
{
  g_autofree char *seed = example ("seed-mild-reversal.spinecase");
  g_auto(Run) format = { 0 };
  g_auto(Run) two = { 0 };
  g_auto(Run) missing = { 0 };
  g_auto(Run) lang = { 0 };

  run_cli (&format, (const char *[]) { "evaluate", "--format", "xml", seed, NULL }, NULL);
  g_assert_cmpint (format.status, ==, 2);
  g_assert_nonnull (strstr (format.err, "--format"));

  run_cli (&two, (const char *[]) { "evaluate", seed, seed, NULL }, NULL);
  g_assert_cmpint (two.status, ==, 2);

  run_cli (&missing, (const char *[]) { "evaluate", "/nonexistent/lost.spinecase", NULL }, NULL);
  g_assert_cmpint (missing.status, ==, 2);
  g_assert_nonnull (strstr (missing.err, "lost.spinecase"));
  g_assert_cmpstr (missing.out, ==, "");

  run_cli (&lang, (const char *[]) { "evaluate", "--lang", "xx", seed, NULL }, NULL);
  g_assert_cmpint (lang.status, ==, 2);
  g_assert_nonnull (strstr (lang.err, "xx"));
}

/* The case text with its age replaced by @age, whatever it was. */
static char *
replace_age (const char *contents,
             const char *age)
{
  const char *key = strstr (contents, "\"age_years\": ");
  const char *end;

  g_assert_nonnull (key);
  key += strlen ("\"age_years\": ");
  for (end = key; g_ascii_isdigit (*end); end++)
    ;
  return g_strdup_printf ("%.*s%s%s", (int) (key - contents), contents, age, end);
}

static void
test_evaluate_invalid_case (void)
{
  g_autofree char *dir = test_scratch_dir_new ("spinecds-cli-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "broken.spinecase", NULL);
  g_autofree char *seed = example ("seed-mild-reversal.spinecase");
  g_autofree char *contents = NULL;
  g_autofree char *broken = NULL;
  g_auto(Run) run = { 0 };

  g_assert_true (g_file_get_contents (seed, &contents, NULL, NULL));
  broken = replace_age (contents, "-4");
  g_assert_true (g_file_set_contents (path, broken, -1, NULL));

  run_cli (&run, (const char *[]) { "evaluate", path, NULL }, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "broken.spinecase"));
  g_assert_nonnull (strstr (run.err, "patient.age_years"));
  g_assert_cmpstr (run.out, ==, "");

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_validate (void)
{
  g_autofree char *dir = test_scratch_dir_new ("spinecds-cli-XXXXXX");
  g_autofree char *bad = g_build_filename (dir, "bad.spinecase", NULL);
  g_autofree char *seed = example ("seed-mild-reversal.spinecase");
  g_auto(Run) good = { 0 };
  g_auto(Run) mixed = { 0 };
  g_auto(Run) none = { 0 };

  g_assert_true (g_file_set_contents (bad, "{\"format\": \"spinecds-case\", \"version\": 1}", -1, NULL));

  run_cli (&good, (const char *[]) { "validate", seed, NULL }, NULL);
  g_assert_cmpint (good.status, ==, 0);

  run_cli (&mixed, (const char *[]) { "validate", seed, bad, NULL }, NULL);
  g_assert_cmpint (mixed.status, ==, 2);
  g_assert_nonnull (strstr (mixed.err, "bad.spinecase"));
  g_assert_null (strstr (mixed.err, "seed-mild-reversal"));

  run_cli (&none, (const char *[]) { "validate", NULL }, NULL);
  g_assert_cmpint (none.status, ==, 2);

  g_unlink (bad);
  g_rmdir (dir);
}

/* A broken or missing knowledge base: exit 2 and no plan at all. */
static void
test_refuses_without_knowledge_base (void)
{
  g_autofree char *dir = test_scratch_dir_new ("spinecds-cli-XXXXXX");
  g_autofree char *corrupt = g_build_filename (dir, "corrupt.json", NULL);
  g_autofree char *seed = example ("seed-mild-reversal.spinecase");
  g_autofree char *env_corrupt = g_strdup_printf ("SPINECDS_KNOWLEDGE_BASE=%s", corrupt);
  g_autofree char *env_missing = g_strdup_printf ("SPINECDS_KNOWLEDGE_BASE=%s/absent.json", dir);
  const char      *formats[] = { "text", "json" };

  g_assert_true (g_file_set_contents (corrupt, "{\"format\": \"spinecds-knowledge-base\", \"rules\": [", -1, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_auto(Run) broken = { 0 };
      g_auto(Run) missing = { 0 };

      run_cli (&broken, (const char *[]) { "evaluate", "--format", formats[i], seed, NULL },
               (const char *[]) { env_corrupt, NULL });
      g_assert_cmpint (broken.status, ==, 2);
      g_assert_cmpstr (broken.out, ==, "");
      g_assert_nonnull (strstr (broken.err, "corrupt.json"));
      g_assert_nonnull (strstr (broken.err, "no advice"));

      run_cli (&missing, (const char *[]) { "evaluate", "--format", formats[i], seed, NULL },
               (const char *[]) { env_missing, NULL });
      g_assert_cmpint (missing.status, ==, 2);
      g_assert_cmpstr (missing.out, ==, "");
      g_assert_nonnull (strstr (missing.err, "absent.json"));
    }

  g_unlink (corrupt);
  g_rmdir (dir);
}

static void
test_version (void)
{
  g_auto(Run) run = { 0 };

  run_cli (&run, (const char *[]) { "--version", NULL }, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, PACKAGE_VERSION));
  g_assert_nonnull (strstr (run.out, "spine-mri"));
}

static char *
write_report (const char *dir,
              const char *text)
{
  char *path = g_build_filename (dir, "report.txt", NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return path;
}

static const char report[] =
  "FINDINGS: Mild reversal of the cervical lordosis. No cord compression.\n"
  "Possible small disc protrusion at C5-C6.\n";

static void
test_extract (void)
{
  g_autofree char *dir = test_scratch_dir_new ("spinecds-cli-XXXXXX");
  g_autofree char *path = write_report (dir, report);
  g_auto(Run) run = { 0 };
  g_auto(Run) text = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root, *finding;

  run_cli (&run, (const char *[]) { "extract", "--format", "json", path, NULL }, NULL);
  g_assert_cmpint (run.status, ==, 0);
  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));

  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "findings")), ==, 1);
  finding = json_array_get_object_element (json_object_get_array_member (root, "findings"), 0);
  g_assert_cmpstr (json_object_get_string_member (finding, "code"), ==, "lordosis_reversal");
  g_assert_cmpstr (json_object_get_string_member (finding, "grade"), ==, "mild");
  /* Offsets are bytes of the input and point at the matched text. */
  g_assert_cmpint (strncmp (report + json_object_get_int_member (finding, "start"),
                            json_object_get_string_member (finding, "text"),
                            json_object_get_int_member (finding, "end") - json_object_get_int_member (finding, "start")),
                   ==, 0);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (json_object_get_array_member (root, "negated"), 0), "code"),
                   ==, "cord_compression");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (json_object_get_array_member (root, "uncertain"), 0), "code"),
                   ==, "disc_protrusion");

  run_cli (&text, (const char *[]) { "extract", path, NULL }, NULL);
  g_assert_cmpint (text.status, ==, 0);
  g_assert_nonnull (strstr (text.out, "lordosis_reversal"));

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_extract_stdin (void)
{
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;

  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                              cli_path, "extract", "--format", "json", "-", NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, "Severe cord compression at T5 with myelomalacia.", NULL, &out, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 0);
  g_assert_nonnull (strstr (out, "cord_compression"));
  g_assert_nonnull (strstr (out, "cord_signal_change"));
}

/* A code at two levels with two grades is two findings, each with its
 * own grade, as the case format keeps them (CASE-FORMAT §1.1) and as the
 * app imports them: not one finding with the worse grade at both. */
static void
test_extract_levels_apart (void)
{
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *out = NULL;
  JsonArray       *findings;
  guint            n_stenoses = 0;

  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                              cli_path, "extract", "--format", "json", "-", NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, "L2-L3: Moderate canal stenosis.\nL4-L5: Mild canal stenosis.\n",
                                 NULL, &out, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 0);
  g_assert_true (json_parser_load_from_data (parser, out, -1, NULL));
  findings = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "findings");
  for (guint i = 0; i < json_array_get_length (findings); i++)
    {
      JsonObject *finding = json_array_get_object_element (findings, i);
      const char *level = json_object_get_string_member (finding, "level");

      if (!g_str_equal (json_object_get_string_member (finding, "code"), "canal_stenosis"))
        continue;
      n_stenoses++;
      g_assert_cmpstr (json_object_get_string_member (finding, "grade"), ==,
                       g_str_equal (level, "L2-L3") ? "moderate" : "mild");
    }
  g_assert_cmpuint (n_stenoses, ==, 2);
}

static void
test_extract_bad_usage (void)
{
  g_autofree char *dir = test_scratch_dir_new ("spinecds-cli-XXXXXX");
  g_autofree char *blank = write_report (dir, " \n\n");
  g_auto(Run) missing = { 0 };
  g_auto(Run) format = { 0 };
  g_auto(Run) none = { 0 };
  g_auto(Run) empty = { 0 };

  run_cli (&missing, (const char *[]) { "extract", "/nonexistent/report.txt", NULL }, NULL);
  g_assert_cmpint (missing.status, ==, 2);
  g_assert_nonnull (strstr (missing.err, "report.txt"));

  run_cli (&format, (const char *[]) { "extract", "--format", "yaml", "-", NULL }, NULL);
  g_assert_cmpint (format.status, ==, 2);

  run_cli (&none, (const char *[]) { "extract", NULL }, NULL);
  g_assert_cmpint (none.status, ==, 2);

  /* An empty report is said to be empty, not to be in another language. */
  run_cli (&empty, (const char *[]) { "extract", blank, NULL }, NULL);
  g_assert_cmpint (empty.status, ==, 2);
  g_assert_nonnull (strstr (empty.err, "the report is empty"));
  g_assert_cmpstr (empty.out, ==, "");
  g_remove (blank);
  g_rmdir (dir);
}

/* Each command's output to a full disk: exit 1 and a message, never a
 * success with the note cut off (sixth probe round). */
static void
test_output_to_full_disk (void)
{
  g_autofree char    *path = example ("cauda-equina.spinecase");
  g_autofree char    *report_dir = test_scratch_dir_new ("spinecds-cli-XXXXXX");
  g_autofree char    *report_path = write_report (report_dir, report);
  const char * const *commands[] = {
    (const char *[]) { "evaluate", path, NULL },
    (const char *[]) { "evaluate", "--format", "note", path, NULL },
    (const char *[]) { "validate", path, NULL },
    (const char *[]) { "extract", report_path, NULL },
  };

  if (!g_file_test ("/dev/full", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no /dev/full");
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDERR_PIPE);
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) argv = NULL;
      g_autoptr(GSubprocess) process = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *err = NULL;

      g_strv_builder_add (builder, cli_path);
      g_strv_builder_addv (builder, (const char **) commands[i]);
      argv = g_strv_builder_end (builder);
      g_subprocess_launcher_set_stdout_file_path (launcher, "/dev/full");
      process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv, &error);
      g_assert_no_error (error);
      g_subprocess_communicate_utf8 (process, NULL, NULL, NULL, &err, &error);
      g_assert_no_error (error);
      g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 1);
      g_assert_nonnull (strstr (err, "cannot write to standard output"));
    }
  g_remove (report_path);
  g_rmdir (report_dir);
}

/* A German report saved as Latin-1: read as UTF-8 its cord compression
 * would vanish without a word, so it is refused (sixth probe round). */
static void
test_extract_not_utf8 (void)
{
  g_autofree char *dir = test_scratch_dir_new ("spinecds-cli-XXXXXX");
  g_autofree char *latin1 = write_report (dir, "BWK 8: hochgradige R\xfc"
                                               "ckenmarkkompression.\n");
  g_auto(Run) run = { 0 };

  run_cli (&run, (const char *[]) { "extract", latin1, NULL }, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "report.txt: not UTF-8 text (at byte 20)"));
  g_assert_cmpstr (run.out, ==, "");
  g_remove (latin1);
  g_rmdir (dir);
}

/* CASE-FORMAT §3: --lang, "language" in the JSON, and the refusal of a
 * report in another language: exit 2, the contract's message, nothing
 * on standard output that could read as "no findings". */
static void
test_extract_languages (void)
{
  g_autofree char *dir = test_scratch_dir_new ("spinecds-cli-XXXXXX");
  g_autofree char *german = write_report (dir, "Befund:\nIn Höhe HWK 5/6 Kompression des Myelons. Keine Fraktur.\n");
  g_autofree char *italian = g_build_filename (dir, "referto.txt", NULL);
  g_auto(Run) read = { 0 };
  g_auto(Run) forced = { 0 };
  g_auto(Run) refused = { 0 };
  g_auto(Run) bad = { 0 };
  g_autofree char *expected = NULL;

  run_cli (&read, (const char *[]) { "extract", "--format", "json", german, NULL }, NULL);
  g_assert_cmpint (read.status, ==, 0);
  g_assert_nonnull (strstr (read.out, "\"language\": \"de\""));
  g_assert_nonnull (strstr (read.out, "\"cord_compression\""));
  g_assert_nonnull (strstr (read.out, "\"C5-C6\""));
  g_assert_null (strstr (read.err, "warning"));
  g_assert_null (strstr (read.out, "reads_as"));

  /* Told it is English, the German report yields nothing from it, and
   * the reader is warned that the report reads as German. */
  run_cli (&forced, (const char *[]) { "extract", "--format", "json", "--lang", "en", german, NULL }, NULL);
  g_assert_cmpint (forced.status, ==, 0);
  g_assert_nonnull (strstr (forced.out, "\"language\": \"en\""));
  g_assert_null (strstr (forced.out, "\"code\": \"cord_compression\""));
  /* What German reads there is said, not proposed. */
  g_assert_nonnull (strstr (forced.out, "\"also_reads_as\": { \"language\": \"de\", \"codes\": [\"cord_compression\"] }"));
  g_assert_nonnull (strstr (forced.err, "warning"));
  g_assert_nonnull (strstr (forced.err, "reads as German, not English"));
  g_assert_nonnull (strstr (forced.err, "findings may be missed"));
  /* A program reading the JSON is told too. */
  g_assert_nonnull (strstr (forced.out, "\"reads_as\": \"de\""));

  g_assert_true (g_file_set_contents (italian, "Referto: ernia discale L4-L5 con compressione della radice. "
                                               "Non si osservano fratture. Il midollo spinale è di segnale normale.\n",
                                      -1, NULL));
  run_cli (&refused, (const char *[]) { "extract", "--format", "json", italian, NULL }, NULL);
  g_assert_cmpint (refused.status, ==, 2);
  g_assert_cmpstr (refused.out, ==, "");
  expected = g_strdup_printf ("%s: the report is not in a language SpineCDS reads (English, German, Spanish, French)",
                              italian);
  g_assert_nonnull (strstr (refused.err, expected));

  run_cli (&bad, (const char *[]) { "extract", "--lang", "it", italian, NULL }, NULL);
  g_assert_cmpint (bad.status, ==, 2);
  g_assert_nonnull (strstr (bad.err, "--lang"));

  g_unlink (german);
  g_unlink (italian);
  g_rmdir (dir);
}

/* Under LANGUAGE=de the CLI speaks German, knowledge-base texts included. */
static void
test_environment_language (void)
{
  g_autofree char *seed = example ("spinal-infection.spinecase");
  g_autoptr(SpineCdsCatalog) german = spinecds_catalog_new_for_language ("de", NULL);
  g_auto(Run) english = { 0 };
  g_auto(Run) run = { 0 };

  g_assert_nonnull (german);
  run_cli (&english, (const char *[]) { "evaluate", seed, NULL }, (const char *[]) { "LANGUAGE=en", "LANG=C.UTF-8", NULL });
  run_cli (&run, (const char *[]) { "evaluate", seed, NULL }, (const char *[]) { "LANGUAGE=de", "LANG=C.UTF-8", NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, !=, english.out);
  g_assert_nonnull (strstr (run.out, spinecds_catalog_pgettext (german, NULL, "Recommendations:")));
  g_assert_cmpstr (spinecds_catalog_pgettext (german, NULL, "Recommendations:"), !=, "Recommendations:");
  g_assert_nonnull (strstr (run.out, spinecds_catalog_pgettext (german, "kb", "Same day")));
  g_assert_null (strstr (run.out, "Recommendations:"));
}

/* In the "C" locale (no locale installed, or none asked for) gettext
 * ignores LANGUAGE and prints non-ASCII as "?": the CLI still speaks one
 * language, its own words as much as the knowledge base's, in UTF-8. */
static void
test_language_without_locale (void)
{
  g_autofree char *seed = example ("spinal-infection.spinecase");
  g_auto(Run) help = { 0 };
  g_auto(Run) plan = { 0 };
  const char * const env[] = { "LANGUAGE=de", "LANG=C", "LC_ALL=", "LC_MESSAGES=", "LC_CTYPE=", NULL };

  run_cli (&help, (const char *[]) { "extract", "--help", NULL }, env);
  g_assert_cmpint (help.status, ==, 0);
  g_assert_nonnull (strstr (help.out, "Aufruf:"));
  g_assert_nonnull (strstr (help.out, "— die Befunde"));

  run_cli (&plan, (const char *[]) { "evaluate", seed, NULL }, env);
  g_assert_cmpint (plan.status, ==, 0);
  g_assert_nonnull (strstr (plan.out, "DRINGEND — "));
  g_assert_null (strstr (plan.out, "Recommendations:"));
}

/* --lang wins over the environment; the JSON says which language. */
static void
test_lang_option (void)
{
  g_autofree char *seed = example ("spinal-infection.spinecase");
  g_auto(Run) run = { 0 };

  run_cli (&run, (const char *[]) { "evaluate", "--format", "json", "--lang", "es", seed, NULL },
           (const char *[]) { "LANGUAGE=de", "LANG=C.UTF-8", NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "\"language\": \"es\""));
  g_assert_nonnull (strstr (run.out, "\"triage\": \"urgent\""));
}

static char *
pdf_text (const char *pdf)
{
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_spawn_sync (NULL, (char *[]) { (char *) "pdftotext", (char *) "-enc", (char *) "UTF-8", (char *) pdf, (char *) "-", NULL },
                NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&out);
}

/* What survives text extraction from a PDF, for comparing a catalog
 * text with pdftotext's output: no spaces or line breaks (layout),
 * no bidi controls or Arabic vowel marks (pdftotext reorders them),
 * compatibility forms folded (Arabic presentation forms). pdftotext
 * also gives a lam-alef ligature in visual order, so in an @expected
 * text the pair is swapped to match. */
static char *
comparable (const char *text,
            gboolean    expected)
{
  static const char * const ligatures[][2] = {
    { "لأ", "أل" }, { "لا", "ال" }, { "لإ", "إل" }, { "لآ", "آل" }
  };
  g_autofree char *folded = g_utf8_normalize (text, -1, G_NORMALIZE_ALL_COMPOSE);
  GString         *out = g_string_new (NULL);

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
          || (c >= 0x2066 && c <= 0x2069) || (c >= 0x064B && c <= 0x065F) || c == 0x0670)
        continue;
      g_string_append_unichar (out, c);
    }

  for (guint i = 0; expected && i < G_N_ELEMENTS (ligatures); i++)
    g_string_replace (out, ligatures[i][0], ligatures[i][1], 0);

  return g_string_free (out, FALSE);
}

/* A Spanish and an Arabic handout carry their catalog's texts. */
static void
test_translated_handouts (void)
{
  static const char * const languages[] = { "es", "ar" };
  static const char * const headings[] = { "Get help at once if", "When to come back" };
  g_autofree char          *dir = test_scratch_dir_new ("spinecds-cli-XXXXXX");
  g_autofree char          *seed = example ("seed-mild-reversal.spinecase");

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autoptr(SpineCdsCatalog) catalog = spinecds_catalog_new_for_language (languages[i], NULL);
      g_autofree char *pdf = g_build_filename (dir, "handout.pdf", NULL);
      g_autofree char *text = NULL;
      g_autofree char *found = NULL;
      g_auto(Run) run = { 0 };

      g_assert_nonnull (catalog);
      run_cli (&run, (const char *[]) { "render", "--document", "handout", "--lang", languages[i], "-o", pdf, seed, NULL }, NULL);
      g_assert_cmpint (run.status, ==, 0);
      text = pdf_text (pdf);
      found = comparable (text, FALSE);
      for (guint h = 0; h < G_N_ELEMENTS (headings); h++)
        {
          const char      *translated = spinecds_catalog_pgettext (catalog, NULL, headings[h]);
          g_autofree char *wanted = comparable (translated, TRUE);
          g_autofree char *english = comparable (headings[h], TRUE);

          g_assert_cmpstr (translated, !=, headings[h]);
          if (strstr (found, wanted) == NULL)
            g_error ("%s handout lacks “%s”", languages[i], translated);
          g_assert_null (strstr (found, english));
        }
      g_unlink (pdf);
    }

  g_rmdir (dir);
}

/* Issue 13, item 7: without --lang a handout speaks the patient's
 * language (case format 2); a language without a translation falls back
 * to English and says so. */
static void
test_handout_in_patient_language (void)
{
  g_autofree char *dir = test_scratch_dir_new ("spinecds-cli-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "de.spinecase", NULL);
  g_autofree char *pt = g_build_filename (dir, "pt.spinecase", NULL);
  g_autofree char *pdf = g_build_filename (dir, "handout.pdf", NULL);
  g_autofree char *text = NULL;
  g_auto(Run) run = { 0 };
  g_auto(Run) fallback = { 0 };
  static const char case_text[] =
    "{\"format\": \"spinecds-case\", \"version\": 2, \"patient\": {\"age_years\": 40, \"language\": \"de\"},"
    " \"region\": \"lumbar\", \"symptoms\": [\"axial_pain\"]}";
  g_autofree char *pt_text = NULL;
  GStatBuf         st;

  g_assert_true (g_file_set_contents (path, case_text, -1, NULL));
  run_cli (&run, (const char *[]) { "render", "--document", "handout", "-o", pdf, path, NULL }, NULL);
  g_assert_cmpint (run.status, ==, 0);
  text = pdf_text (pdf);
  g_assert_nonnull (strstr (text, "Patienteninformation"));
  /* Patient data: the owner's alone. */
  g_assert_cmpint (g_stat (pdf, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  pt_text = g_strdup (case_text);
  memcpy (strstr (pt_text, "\"de\""), "\"pt\"", 4);
  g_assert_true (g_file_set_contents (pt, pt_text, -1, NULL));
  run_cli (&fallback, (const char *[]) { "render", "--document", "handout", "-o", pdf, pt, NULL }, NULL);
  g_assert_cmpint (fallback.status, ==, 0);
  g_assert_nonnull (strstr (fallback.err, "in English"));

  g_unlink (pdf);
  g_unlink (pdf);
  g_unlink (path);
  g_unlink (pt);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_assert_cmpint (argc, ==, 2);
  cli_path = argv[1];

  g_test_add_func ("/spinecds/cli/usage", test_usage);
  g_test_add_func ("/spinecds/cli/version", test_version);
  g_test_add_func ("/spinecds/cli/evaluate-json", test_evaluate_json);
  g_test_add_func ("/spinecds/cli/evaluate-text", test_evaluate_text);
  g_test_add_func ("/spinecds/cli/evaluate-note", test_evaluate_note);
  g_test_add_func ("/spinecds/cli/evaluate-note-borderline", test_evaluate_note_borderline);
  g_test_add_func ("/spinecds/cli/evaluate-note-incomplete", test_evaluate_note_incomplete);
  g_test_add_func ("/spinecds/cli/evaluate-note-one-line-name", test_evaluate_note_one_line_name);
  g_test_add_func ("/spinecds/cli/evaluate-note-follow-up-owner", test_evaluate_note_follow_up_owner);
  g_test_add_func ("/spinecds/cli/evaluate-note-keeps-do-not-give", test_evaluate_note_keeps_do_not_give);
  g_test_add_func ("/spinecds/cli/evaluate-bad-usage", test_evaluate_bad_usage);
  g_test_add_func ("/spinecds/cli/evaluate-invalid-case", test_evaluate_invalid_case);
  g_test_add_func ("/spinecds/cli/validate", test_validate);
  g_test_add_func ("/spinecds/cli/refuses-without-knowledge-base", test_refuses_without_knowledge_base);
  g_test_add_func ("/spinecds/cli/environment-language", test_environment_language);
  g_test_add_func ("/spinecds/cli/lang-option", test_lang_option);
  g_test_add_func ("/spinecds/cli/translated-handouts", test_translated_handouts);
  g_test_add_func ("/spinecds/cli/handout-in-patient-language", test_handout_in_patient_language);
  g_test_add_func ("/spinecds/cli/extract", test_extract);
  g_test_add_func ("/spinecds/cli/extract-stdin", test_extract_stdin);
  g_test_add_func ("/spinecds/cli/language-without-locale", test_language_without_locale);
  g_test_add_func ("/spinecds/cli/extract-levels-apart", test_extract_levels_apart);
  g_test_add_func ("/spinecds/cli/extract-bad-usage", test_extract_bad_usage);
  g_test_add_func ("/spinecds/cli/extract-not-utf8", test_extract_not_utf8);
  g_test_add_func ("/spinecds/cli/output-to-full-disk", test_output_to_full_disk);
  g_test_add_func ("/spinecds/cli/extract-languages", test_extract_languages);

  return g_test_run ();
}
