/* test-report-vocabulary.c: loading a report vocabulary, and what the
 * reader does with each part of one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A small vocabulary (tests/data/report-vocabulary/minimal.json) has a
 * few words of every part of the format. Each defect a clinician could
 * make while editing one is a load error naming the file and the place;
 * the engine's handling of each part (folding, levels, cues, headings,
 * contexts) is tested against it, independent of the shipped words.
 */
#define G_LOG_DOMAIN "spinecds-report"

#include "config.h"

#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "spinecds-report-reader.h"
#include "spinecds-report-vocabulary-private.h"
#include "spinecds-report-vocabulary.h"
#include "report-scoring.h"
#include "test-scratch.h"

static char *
minimal_text (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "report-vocabulary", "minimal.json", NULL);
  char            *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

static SpineCdsReportVocabulary *
load_text (const char *text,
           GError    **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return spinecds_report_vocabulary_new_from_bytes (bytes, "test.json", NULL, error);
}

static SpineCdsReportVocabulary *
minimal (void)
{
  g_autofree char *text = minimal_text ();
  g_autoptr(GError) error = NULL;
  SpineCdsReportVocabulary *vocab = load_text (text, &error);

  g_assert_no_error (error);
  return vocab;
}

/* The member at @path ("phrases[0].codes[0]") of @root: its parent
 * (object or array) and the key or index. */
static JsonNode *
walk (JsonNode   *root,
      const char *path,
      char      **last_key,
      int        *last_index)
{
  g_auto(GStrv) parts = g_strsplit_set (path, ".[", -1);
  JsonNode *node = root, *parent = NULL;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *part = parts[i];
      gsize n = strlen (part);

      parent = node;
      if (n > 0 && part[n - 1] == ']')
        {
          *last_index = atoi (part);
          g_clear_pointer (last_key, g_free);
          node = json_array_get_element (json_node_get_array (node), *last_index);
        }
      else
        {
          g_free (*last_key);
          *last_key = g_strdup (part);
          *last_index = -1;
          node = json_object_get_member (json_node_get_object (node), part);
        }
      if (node == NULL && parts[i + 1] != NULL)
        g_error ("no %s in the minimal vocabulary", path);
    }
  return parent;
}

/* The minimal vocabulary with the value at @path replaced by @json (or
 * removed when @json is NULL). */
static char *
edited (const char *path,
        const char *json)
{
  g_autofree char *text = minimal_text ();
  g_autoptr(JsonNode) root = json_from_string (text, NULL);
  g_autofree char *key = NULL;
  int              index = -1;
  JsonNode        *parent = walk (root, path, &key, &index);
  JsonNode        *value = json != NULL ? json_from_string (json, NULL) : NULL;

  g_assert_true (json == NULL || value != NULL);
  if (key != NULL && value != NULL)
    json_object_set_member (json_node_get_object (parent), key, value);
  else if (key != NULL)
    json_object_remove_member (json_node_get_object (parent), key);
  else if (value != NULL)
    {
      JsonArray *array = json_node_get_array (parent);
      g_autoptr(JsonArray) copy = json_array_new ();

      for (guint i = 0; i < json_array_get_length (array); i++)
        json_array_add_element (copy, (int) i == index ? value : json_node_copy (json_array_get_element (array, i)));
      json_node_set_array (parent, copy);
    }
  return json_to_string (root, TRUE);
}

static const struct
{
  const char *name;
  const char *path;
  const char *json;    /* NULL: the member is removed */
  const char *message; /* what the error must say */
} defects[] = {
  { "unknown-code", "phrases[0].codes", "[\"cord_squeeze\"]",
    "test.json: phrases[0].codes[0]: expected a finding code of the case format, found \"cord_squeeze\"" },
  { "undefined-group", "phrases[0].patterns", "[\"kompression des {nerv}\"]",
    "test.json: phrases[0].patterns[0]: expected a group defined in \"groups\", found {nerv}" },
  { "empty-pattern", "phrases[1].patterns", "[\"(|)\"]",
    "test.json: phrases[1].patterns[0]: expected a pattern of at least one word in every expansion, found an empty expansion" },
  { "blank-pattern", "phrases[1].patterns", "[\"  \"]", "test.json: phrases[1].patterns[0]: expected a non-empty string" },
  { "no-patterns", "phrases[1].patterns", "[]", "test.json: phrases[1].patterns: expected at least one pattern, found none" },
  { "conflicting-duplicate", "cues[2].patterns", "[\"spinalkanalstenose\"]",
    "test.json: cues[2].patterns[0]: expected phrases whose words do not repeat another kind of phrase, found the same words as an earlier finding" },
  { "too-many-expansions", "phrases[1].patterns",
    "[\"(a|b|c|d|e|f|g|h|i|j) (a|b|c|d|e|f|g|h|i|j) (a|b|c|d|e|f|g|h|i|j) (a|b|c|d|e|f|g|h|i|j) (a|b|c|d|e)\"]",
    "test.json: phrases[1].patterns[0]: expected a pattern of at most 20,000 expansions, found more" },
  { "unclosed-group", "phrases[1].patterns", "[\"(spinalkanal stenose\"]",
    "test.json: phrases[1].patterns[0]: expected groups that close and do not nest" },
  { "nested-group", "phrases[1].patterns", "[\"(a|(b|c))\"]",
    "test.json: phrases[1].patterns[0]: expected groups that close and do not nest" },
  { "stray-bracket", "phrases[1].patterns", "[\"stenose)\"]",
    "test.json: phrases[1].patterns[0]: expected groups that open before they close" },
  { "punctuation-in-word", "phrases[1].patterns", "[\"stenose;\"]",
    "test.json: phrases[1].patterns[0]: expected words of letters and digits separated by single spaces" },
  { "word-too-long", "phrases[1].patterns", "[\"abcdefghijabcdefghijabcdefghijabcdefghijabc\"]",
    "test.json: phrases[1].patterns[0]: expected a word of at most 40 letters" },
  { "unknown-kind", "phrases[1].kind", "\"symptom\"",
    "test.json: phrases[1].kind: expected one of \"finding\", \"absent_finding\", \"attribute\", \"not_a_finding\", found the string \"symptom\"" },
  { "codes-on-not-a-finding", "phrases[4].codes", "[\"fracture\"]",
    "test.json: phrases[4].codes: expected no codes for a phrase that is not a finding" },
  { "missing-codes", "phrases[1].codes", NULL, "test.json: phrases[1].codes: expected an array of strings, found nothing" },
  { "three-codes", "phrases[1].codes", "[\"fracture\", \"instability\", \"canal_stenosis\"]",
    "test.json: phrases[1].codes: expected one or two finding codes, found more" },
  { "unknown-flag", "phrases[3].flags", "[\"thoracic_only\"]",
    "test.json: phrases[3].flags[0]: expected \"cervical_only\" or \"refers_back\", found \"thoracic_only\"" },
  { "refers-back-on-an-attribute", "phrases[5].flags", "[\"refers_back\"]",
    "test.json: phrases[5].flags[0]: expected \"cervical_only\", found \"refers_back\"" },
  { "flag-of-another-kind", "cues[0].flags", "[\"after_comma\"]",
    "test.json: cues[0].flags[0]: expected \"after_comma\" or \"contrast\" (on a termination), found \"after_comma\"" },
  { "context-without-codes", "phrases[2].in_context_of", "{ \"words\": [\"abszess\"] }",
    "test.json: phrases[2].in_context_of.codes: expected a value (it is required)" },
  { "context-doubt-not-boolean", "phrases[2].in_context_of", "{ \"words\": [\"abszess\"], \"codes\": [\"fracture\"], \"doubt\": \"yes\" }",
    "test.json: phrases[2].in_context_of.doubt: expected true or false, found the string \"yes\"" },
  { "cue-without-direction", "cues[0].direction", NULL,
    "test.json: cues[0]: expected a \"negation\" or \"uncertainty\" with a \"direction\"" },
  { "termination-with-direction", "cues[6].direction", "\"before\"",
    "test.json: cues[6]: expected a \"negation\" or \"uncertainty\" with a \"direction\"" },
  { "unknown-section", "headings[0].section", "\"history\"",
    "test.json: headings[0].section: expected \"context\" or \"body\", found the string \"history\"" },
  { "unknown-key", "colour", "\"blue\"", "test.json: colour: expected a known field (format, id, language," },
  { "missing-key", "headings", NULL, "test.json: headings: expected a value (it is required), found nothing" },
  { "wrong-type", "groups", "[]", "test.json: groups: expected an object, found an array" },
  { "unknown-grade-position", "grade_position", "\"between\"",
    "test.json: grade_position: expected \"before\" or \"after\", found the string \"between\"" },
  { "wrong-format", "format", "\"spinecds-case\"",
    "test.json: format: expected \"spinecds-report-vocabulary\", found the string \"spinecds-case\"" },
  { "unknown-word-class", "word_classes.adverb", "[\"sehr\"]", "test.json: word_classes.adverb: expected a known field" },
  { "missing-word-class", "word_classes.locative", NULL,
    "test.json: word_classes.locative: expected a value (it is required)" },
  { "grade-not-a-list", "grades.mild", "\"gering\"", "test.json: grades.mild: expected an array of strings" },
  { "transliteration-of-two", "normalization.transliterations", "{ \"ae\": \"a\" }",
    "test.json: normalization.transliterations.ae: expected a key of one letter" },
  { "rule-with-both-affixes", "normalization.inflections", "[[{ \"suffix\": \"en\", \"prefix\": \"ge\", \"replace\": \"\", \"min_stem\": 3 }]]",
    "test.json: normalization.inflections[0][0]: expected either a \"suffix\" or a \"prefix\", found both" },
  { "rule-negative-stem", "normalization.inflections", "[[{ \"suffix\": \"en\", \"replace\": \"\", \"min_stem\": -1 }]]",
    "test.json: normalization.inflections[0][0].min_stem: expected an integer from 0 to 20, found -1" },
  { "bad-vertebra-prefix", "levels.vertebra_prefixes", "{ \"hwk\": \"X\" }",
    "test.json: levels.vertebra_prefixes.hwk: expected a key of one to seven letters and a region letter C, T, L or S" },
  { "bad-named-level", "levels.named[0].to", "\"S9\"",
    "test.json: levels.named[0].to: expected one vertebra such as \"C5\", found the string \"S9\"" },
  { "named-level-upside-down", "levels.named[0].from", "\"S2\"",
    "test.json: levels.named[0]: expected \"from\" above \"to\"" },
};

static void
test_minimal_loads (void)
{
  g_autoptr(SpineCdsReportVocabulary) vocab = minimal ();

  g_assert_cmpstr (spinecds_report_vocabulary_get_language (vocab), ==, "de");
  g_assert_cmpstr (spinecds_report_vocabulary_get_version (vocab), ==, "0.1.0");
}

static void
test_defect (gconstpointer data)
{
  guint            i = GPOINTER_TO_UINT (data);
  g_autofree char *text = edited (defects[i].path, defects[i].json);
  g_autoptr(GError) error = NULL;
  g_autoptr(SpineCdsReportVocabulary) vocab = load_text (text, &error);

  g_assert_null (vocab);
  g_assert_error (error, SPINECDS_REPORT_VOCABULARY_ERROR, SPINECDS_REPORT_VOCABULARY_ERROR_INVALID);
  if (!g_str_has_prefix (error->message, defects[i].message))
    g_test_message ("got: %s", error->message);
  g_assert_true (g_str_has_prefix (error->message, defects[i].message));
}

/* A pattern through a group without alternatives has no expansion:
 * an error (it once left the words before the group in the trie as
 * the start of a phrase that never ends). */
static void
test_empty_group (void)
{
  g_autofree char *text = minimal_text ();
  g_autoptr(JsonNode) root = json_from_string (text, NULL);
  JsonObject *object = json_node_get_object (root);
  JsonArray  *phrases = json_object_get_array_member (object, "phrases");
  JsonObject *phrase = json_array_get_object_element (phrases, 1);
  g_autoptr(JsonArray) patterns = json_array_new ();
  g_autofree char *edited_text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SpineCdsReportVocabulary) vocab = NULL;

  json_object_set_array_member (json_object_get_object_member (object, "groups"), "leer", json_array_new ());
  json_array_add_string_element (patterns, "nirgends {leer}");
  json_object_set_array_member (phrase, "patterns", g_steal_pointer (&patterns));
  edited_text = json_to_string (root, TRUE);
  vocab = load_text (edited_text, &error);
  g_assert_null (vocab);
  g_assert_error (error, SPINECDS_REPORT_VOCABULARY_ERROR, SPINECDS_REPORT_VOCABULARY_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "phrases[1].patterns[0]: expected a pattern of at least one expansion"));
}

/* More different words than a vocabulary may have: an error, not an abort. */
static void
test_too_many_words (void)
{
  g_autoptr(GString) patterns = g_string_new ("[");
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SpineCdsReportVocabulary) vocab = NULL;

  for (guint i = 0; i < 17000; i++)
    g_string_append_printf (patterns, "%s\"w%u\"", i > 0 ? ", " : "", i);
  g_string_append (patterns, "]");
  text = edited ("phrases[1].patterns", patterns->str);
  vocab = load_text (text, &error);
  g_assert_null (vocab);
  g_assert_error (error, SPINECDS_REPORT_VOCABULARY_ERROR, SPINECDS_REPORT_VOCABULARY_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "expected at most 16,383 different words in a vocabulary"));
}

/* A class added after a vocabulary was written is optional, so that an
 * override from before it still loads; a required one is not. */
static void
test_optional_word_class (void)
{
  g_autofree char *text = edited ("word_classes.obligation", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SpineCdsReportVocabulary) vocab = load_text (text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (vocab);
}

static void
test_not_json (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SpineCdsReportVocabulary) vocab = load_text ("{ \"format\": ", &error);

  g_assert_null (vocab);
  g_assert_error (error, SPINECDS_REPORT_VOCABULARY_ERROR, SPINECDS_REPORT_VOCABULARY_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "test.json: "));
}

static void
test_language_must_match (void)
{
  g_autofree char *text = minimal_text ();
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(SpineCdsReportVocabulary) vocab = spinecds_report_vocabulary_new_from_bytes (bytes, "fr.json", "fr", &error);

  g_assert_null (vocab);
  g_assert_nonnull (strstr (error->message, "fr.json: language: expected \"fr\", the language of the file's name"));
}

/* Reading with the minimal vocabulary ----------------------------------- */

static const struct
{
  const char *text;
  const char *read;
} readings[] = {
  /* Case, umlauts, their transliteration and a missing accent meet. */
  { "Kompression des Rückenmarks.", "cord_compression:positive" },
  { "KOMPRESSION DES RUECKENMARKS.", "cord_compression:positive" },
  { "Kompression des Ruckenmarks.", "" },
  /* One slip in a long word, and not in a short one. */
  { "Myelonkompresion.", "cord_compression:positive" },
  { "Myelonkomrpession.", "cord_compression:positive" },
  { "Myelonkompresssion.", "cord_compression:positive" },
  /* Levels as German reports write them. */
  { "Myelonkompression in Höhe HWK 5/6.", "cord_compression:positive@C5-C6" },
  { "Myelonkompression HWK5/6.", "cord_compression:positive@C5-C6" },
  { "Myelonkompression in Höhe BWK 7.", "cord_compression:positive@T7" },
  { "Spinalkanalstenose LWK 4/5.", "canal_stenosis:positive@L4-L5" },
  { "Spinalkanalstenose Th12/L1.", "canal_stenosis:positive@T12-L1" },
  { "Spinalkanalstenose Segment L5/S1.", "canal_stenosis:positive@L5-S1" },
  { "Spinalkanalstenose C5/C6.", "canal_stenosis:positive@C5-C6" },
  { "Spinalkanalstenose am lumbosakralen Übergang.", "canal_stenosis:positive@L5-S1" },
  /* Each cue class. */
  { "Keine Myelonkompression.", "cord_compression:negated" },
  { "Eine Myelonkompression ist nicht nachweisbar.", "cord_compression:negated" },
  { "Verdacht auf Myelonkompression.", "cord_compression:uncertain" },
  { "Myelonkompression nicht sicher auszuschließen.", "cord_compression:uncertain" },
  { "Myelonkompression nicht beurteilbar.", "" },
  { "Keine Befundänderung der Myelonkompression.", "cord_compression:positive" },
  { "Keine Spinalkanalstenose, jedoch Myelonkompression.", "cord_compression:positive canal_stenosis:negated" },
  { "Keine Spinalkanalstenose und Myelonkompression.", "canal_stenosis:negated cord_compression:negated" },
  { "? Myelonkompression", "cord_compression:uncertain" },
  { "Myelonkompression?", "cord_compression:uncertain" },
  /* Templates and attributes. */
  { "Myelon: unauffällig.", "cord_signal_change:negated" },
  { "Myelon erhöht.", "cord_signal_change:positive" },
  /* Context words choose the code; cervical-only phrases need the neck. */
  { "Epidurale Ausbreitung.", "epidural_tumor:positive" },
  { "Epidurale Ausbreitung bei Abszess.", "epidural_collection:positive" },
  { "Kyphose.", "" },
  { "Kyphose der HWS.", "lordosis_reversal:positive" },
  { "Kyphose HWK 4/5.", "lordosis_reversal:positive@C4-C5" },
  { "Physiologische Kyphose.", "" },
  /* A termination after a comma only; a doubt after a comma that ends
   * the clause; a negation that negates no finding is a field's value. */
  { "Keine Spinalkanalstenose, mit Myelonkompression.", "cord_compression:positive canal_stenosis:negated" },
  { "Keine Spinalkanalstenose mit Myelonkompression.", "canal_stenosis:negated cord_compression:negated" },
  { "Myelonkompression, nicht sicher auszuschließen.", "cord_compression:uncertain" },
  { "Myelon: ohne.", "cord_signal_change:negated" },
  /* A level heading after a word that introduces levels; a root's name
   * before its level is not the finding's level. */
  { "Höhe HWK 5/6:\nSpinalkanalstenose.", "canal_stenosis:positive@C5-C6" },
  { "Spinalkanalstenose, Wurzel L5.", "canal_stenosis:positive" },
  /* Headings: a block of context, an inline line of it, the body. */
  { "Fragestellung:\nMyelonkompression?\n\nBefund:\nKeine Myelonkompression.", "cord_compression:negated" },
  { "Fragestellung: Myelonkompression.\nSpinalkanalstenose.", "canal_stenosis:positive" },
  /* A finding said absent, then named again: still absent; another
   * finding after it is not. */
  { "Ohne Grundplattenödem vom Typ Modic.", "modic_change:negated" },
  { "Ohne Grundplattenödem, Spinalkanalstenose.", "canal_stenosis:positive modic_change:negated" },
  /* A contrast whose negation ends the clause corrects what precedes;
   * one followed by more words does not. */
  { "Myelonkompression, jedoch nicht nachweisbar.", "cord_compression:negated" },
  { "Myelonkompression jedoch nicht nachweisbar.", "cord_compression:negated" },
  { "Myelonkompression, jedoch nicht nachweisbar bei Spinalkanalstenose.", "cord_compression:positive canal_stenosis:positive" },
  /* Items joined by a slash share the field value. */
  { "Spinalkanalstenose / Myelonkompression: nicht nachweisbar.", "canal_stenosis:negated cord_compression:negated" },
  /* Spanish opening marks are punctuation, not part of a word. */
  { "¿Myelonkompression?", "cord_compression:uncertain" },
};

static void
test_readings (void)
{
  g_autoptr(SpineCdsReportVocabulary) vocab = minimal ();
  guint wrong = 0;

  for (guint i = 0; i < G_N_ELEMENTS (readings); i++)
    {
      g_autofree char *read = report_read_brief (vocab, readings[i].text);

      if (!g_str_equal (read, readings[i].read))
        {
          g_test_message ("“%s”: read “%s”, expected “%s”", readings[i].text, read, readings[i].read);
          wrong++;
        }
    }
  g_assert_cmpuint (wrong, ==, 0);
}

/* SPINECDS_REPORT_VOCABULARY_DIR: an edited vocabulary is tried as it
 * is; a broken one is an error naming its path, and a file that is no
 * regular file is refused at once rather than read. */
static void
test_override_dir (void)
{
  g_autofree char *dir = test_scratch_dir_new ("spinecds-vocabulary-XXXXXX");
  g_autofree char *broken = g_build_filename (dir, "de.json", NULL);
  g_autofree char *fifo = g_build_filename (dir, "fr.json", NULL);
  g_autofree char *folder = g_build_filename (dir, "es.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SpineCdsReportVocabulary) vocab = NULL;
  gint64 start;

  g_assert_true (g_file_set_contents (broken, "{ \"format\": \"spinecds-report-vocabulary\" }", -1, NULL));
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_setenv ("SPINECDS_REPORT_VOCABULARY_DIR", dir, TRUE);

  vocab = spinecds_report_vocabulary_get ("de", &error);
  g_assert_null (vocab);
  g_assert_true (g_str_has_prefix (error->message, broken));
  g_clear_error (&error);

  start = g_get_monotonic_time ();
  vocab = spinecds_report_vocabulary_get ("fr", &error);
  g_assert_null (vocab);
  g_assert_nonnull (strstr (error->message, fifo));
  g_clear_error (&error);
  vocab = spinecds_report_vocabulary_get ("es", &error);
  g_assert_null (vocab);
  g_assert_nonnull (strstr (error->message, folder));
  g_clear_error (&error);
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);

  /* With no file for it there, a language stays built in. */
  vocab = spinecds_report_vocabulary_get ("en", &error);
  g_assert_no_error (error);
  g_assert_nonnull (vocab);

  /* And an unknown language is an error too. */
  g_assert_null (spinecds_report_vocabulary_get ("it", &error));
  g_assert_error (error, SPINECDS_REPORT_VOCABULARY_ERROR, SPINECDS_REPORT_VOCABULARY_ERROR_UNKNOWN);

  g_unsetenv ("SPINECDS_REPORT_VOCABULARY_DIR");
  g_unlink (broken);
  g_unlink (fifo);
  g_rmdir (folder);
  g_rmdir (dir);
}

/* A scope's vocabularies are its own until it ends; the process's are
 * shared with it. In a child process, where nothing is loaded yet. */
static void
test_scope (void)
{
  if (g_test_subprocess ())
    {
      SpineCdsReportVocabularyScope *scope = spinecds_report_vocabulary_scope_new ();
      g_autoptr(SpineCdsReportVocabulary) scoped = spinecds_report_vocabulary_get ("de", NULL);
      g_autoptr(SpineCdsReportVocabulary) again = spinecds_report_vocabulary_get ("de", NULL);
      g_autoptr(SpineCdsReportVocabulary) kept = NULL;
      g_autoptr(SpineCdsReportVocabulary) shared = NULL;

      g_assert_nonnull (scoped);
      g_assert_true (again == scoped);
      spinecds_report_vocabulary_scope_free (scope);

      /* Held past its scope (so its address is not reused), it is not
       * the one the process now loads and keeps. */
      kept = spinecds_report_vocabulary_get ("de", NULL);
      g_assert_true (kept != scoped);
      scope = spinecds_report_vocabulary_scope_new ();
      shared = spinecds_report_vocabulary_get ("de", NULL);
      g_assert_true (shared == kept);
      spinecds_report_vocabulary_scope_free (scope);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* The language guess loads each language without its trie and reads
 * which words begin a phrase from the patterns: for every built-in
 * vocabulary, exactly the words the whole trie's root leads on from.
 * The same vocabulary then completes into the whole one. In a child
 * process, where nothing is loaded yet. */
static void
test_words_only (void)
{
  if (g_test_subprocess ())
    {
      const char * const *languages = spinecds_report_vocabulary_get_languages ();

      for (guint l = 0; languages[l] != NULL; l++)
        {
          g_autofree char *path = g_strdup_printf ("/com/example/SpineCDS/report-vocabulary/%s.json", languages[l]);
          g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
          g_autoptr(SpineCdsReportVocabulary) whole = spinecds_report_vocabulary_new_from_bytes (bytes, path,
                                                                                                  languages[l], NULL);
          g_autoptr(SpineCdsReportVocabulary) words = report_vocabulary_get_words (languages[l], NULL);
          g_autoptr(SpineCdsReportVocabulary) completed = NULL;
          guint openers = 0;

          g_assert_nonnull (whole);
          g_assert_nonnull (words);
          g_assert_nonnull (words->pending);
          g_assert_cmpuint (words->nodes->len, ==, 2); /* the two roots */
          g_assert_cmpuint (words->words->len, ==, whole->words->len);
          for (guint id = 1; id < whole->words->len; id++)
            {
              gboolean begins = report_vocabulary_child (whole, PHRASE_ROOT, id) != 0;

              g_assert_cmpint (report_vocabulary_is_opener (words, id), ==, begins);
              g_assert_cmpint (report_vocabulary_is_opener (whole, id), ==, begins);
              openers += begins;
            }
          g_assert_cmpuint (openers, >, 100);

          completed = spinecds_report_vocabulary_get (languages[l], NULL);
          g_assert_true (completed == words);
          g_assert_null (completed->pending);
          g_assert_cmpuint (completed->nodes->len, ==, whole->nodes->len);
          g_assert_cmpuint (completed->edges.n, ==, whole->edges.n);
        }
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* A defect only the trie shows (two identical phrases of different
 * kinds) passes the words-only load of the language guess; building
 * the trie for a reading then fails with the file and the path named,
 * every time, never a vocabulary without its trie. In a child process,
 * where nothing is loaded yet. */
static void
test_defect_in_trie (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *dir = test_scratch_dir_new ("spinecds-vocabulary-XXXXXX");
      g_autofree char *path = g_build_filename (dir, "de.json", NULL);
      g_autofree char *text = edited ("cues[2].patterns", "[\"spinalkanalstenose\"]");
      g_autoptr(SpineCdsReportVocabulary) words = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_true (g_file_set_contents (path, text, -1, NULL));
      g_setenv ("SPINECDS_REPORT_VOCABULARY_DIR", dir, TRUE);

      words = report_vocabulary_get_words ("de", &error);
      g_assert_no_error (error);
      g_assert_nonnull (words);
      for (guint attempt = 0; attempt < 2; attempt++)
        {
          g_assert_null (spinecds_report_vocabulary_get ("de", &error));
          g_assert_error (error, SPINECDS_REPORT_VOCABULARY_ERROR, SPINECDS_REPORT_VOCABULARY_ERROR_INVALID);
          g_assert_true (g_str_has_prefix (error->message, path));
          g_assert_nonnull (strstr (error->message, "cues[2].patterns[0]: expected phrases whose words do not repeat"));
          g_clear_error (&error);
        }
      g_assert_null (spinecds_report_read_in ("Es zeigt sich eine Spinalkanalstenose bei L4/5.", -1, "de", NULL, &error));
      g_assert_nonnull (error);
      g_assert_nonnull (strstr (error->message, path));

      g_unsetenv ("SPINECDS_REPORT_VOCABULARY_DIR");
      test_scratch_dir_remove (dir);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/spinecds/report-vocabulary/minimal-loads", test_minimal_loads);
  for (guint i = 0; i < G_N_ELEMENTS (defects); i++)
    {
      g_autofree char *name = g_strdup_printf ("/spinecds/report-vocabulary/defect/%s", defects[i].name);

      g_test_add_data_func (name, GUINT_TO_POINTER (i), test_defect);
    }
  g_test_add_func ("/spinecds/report-vocabulary/defect/too-many-words", test_too_many_words);
  g_test_add_func ("/spinecds/report-vocabulary/defect/empty-group", test_empty_group);
  g_test_add_func ("/spinecds/report-vocabulary/defect/not-json", test_not_json);
  g_test_add_func ("/spinecds/report-vocabulary/optional-word-class", test_optional_word_class);
  g_test_add_func ("/spinecds/report-vocabulary/defect/language-must-match", test_language_must_match);
  g_test_add_func ("/spinecds/report-vocabulary/readings", test_readings);
  g_test_add_func ("/spinecds/report-vocabulary/override-dir", test_override_dir);
  g_test_add_func ("/spinecds/report-vocabulary/scope", test_scope);
  g_test_add_func ("/spinecds/report-vocabulary/words-only", test_words_only);
  g_test_add_func ("/spinecds/report-vocabulary/defect/in-trie", test_defect_in_trie);

  return g_test_run ();
}
