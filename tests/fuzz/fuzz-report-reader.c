/* fuzz-report-reader.c: any bytes through the MRI report reader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * spinecds-report-reader.h promises a pure function that is safe on
 * any bytes, invalid UTF-8 included, in every language. The first byte
 * of the input picks the vocabulary (English, German, Spanish, French,
 * or the recognised language); the rest is the report. For every input:
 *  - every mention has a known finding code, a span inside the input
 *    (start ≤ end ≤ length), and valid UTF-8 text and level;
 *  - reading is deterministic;
 *  - the summary lists only body mentions with the right status, its
 *    JSON (CASE-FORMAT §3) parses back with the same number of
 *    entries, its text is valid UTF-8, and its findings (one a code
 *    and level, each level of at most 32 bytes) are valid case findings
 *    that a case accepts and saves.
 */
#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "fuzz-common.h"
#include "fuzz-support.h"
#include "spinecds-case-file.h"
#include "spinecds-codes.h"
#include "spinecds-report-reader.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_setup_logging ();
  return 0;
}

static void
check_mention (const SpineCdsMention *mention,
               size_t                 size)
{
  FUZZ_CHECK (mention != NULL);
  FUZZ_CHECK (spinecds_codes_is_valid (SPINECDS_CODE_KIND_FINDING, mention->code));
  FUZZ_CHECK (mention->start <= mention->end && mention->end <= size);
  FUZZ_CHECK (mention->grade <= SPINECDS_GRADE_SEVERE);
  FUZZ_CHECK (mention->status <= SPINECDS_MENTION_UNCERTAIN);
  FUZZ_CHECK (mention->level == NULL || g_utf8_validate (mention->level, -1, NULL));
  FUZZ_CHECK (mention->text != NULL && g_utf8_validate (mention->text, -1, NULL));
}

static gboolean
mentions_equal (const SpineCdsMention *a,
                const SpineCdsMention *b)
{
  return g_strcmp0 (a->code, b->code) == 0 && a->grade == b->grade
         && g_strcmp0 (a->level, b->level) == 0 && a->start == b->start && a->end == b->end
         && g_strcmp0 (a->text, b->text) == 0 && a->status == b->status && a->section == b->section;
}

static void
check_list (GPtrArray            *list,
            SpineCdsMentionStatus status,
            size_t                size)
{
  FUZZ_CHECK (list != NULL);
  for (guint i = 0; i < list->len; i++)
    {
      const SpineCdsMention *mention = g_ptr_array_index (list, i);

      check_mention (mention, size);
      FUZZ_CHECK (mention->status == status);
      FUZZ_CHECK (mention->section == SPINECDS_REPORT_SECTION_BODY);
      /* One entry per code. */
      for (guint j = 0; j < i; j++)
        FUZZ_CHECK (!g_str_equal (mention->code,
                                  ((const SpineCdsMention *) g_ptr_array_index (list, j))->code));
    }
}

static guint
json_list_length (JsonObject *root,
                  const char *key)
{
  JsonArray *array = json_object_get_array_member (root, key);

  FUZZ_CHECK (array != NULL);
  return json_array_get_length (array);
}

static void
check_summary (const SpineCdsReportSummary *summary,
               size_t                       size)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(SpineCdsCase) kase = spinecds_case_new ();
  g_autofree char *json = NULL;
  g_autofree char *text = NULL;
  JsonObject      *root;

  check_list (summary->findings, SPINECDS_MENTION_POSITIVE, size);
  check_list (summary->negated, SPINECDS_MENTION_NEGATED, size);
  check_list (summary->uncertain, SPINECDS_MENTION_UNCERTAIN, size);
  for (guint i = 0; i < summary->at_levels->len; i++)
    {
      const SpineCdsMention *mention = g_ptr_array_index (summary->at_levels, i);

      check_mention (mention, size);
      FUZZ_CHECK (mention->status == SPINECDS_MENTION_POSITIVE);
      FUZZ_CHECK (mention->level == NULL || strlen (mention->level) <= 32);
    }

  json = spinecds_report_summary_to_json (summary);
  FUZZ_CHECK (json != NULL && g_utf8_validate (json, -1, NULL));
  FUZZ_CHECK (json_parser_load_from_data (parser, json, -1, &error));
  root = json_node_get_object (json_parser_get_root (parser));
  FUZZ_CHECK (root != NULL);
  FUZZ_CHECK (json_list_length (root, "findings") == summary->at_levels->len);
  FUZZ_CHECK (json_list_length (root, "negated") == summary->negated->len);
  FUZZ_CHECK (json_list_length (root, "uncertain") == summary->uncertain->len);

  text = spinecds_report_summary_to_text (summary);
  FUZZ_CHECK (text != NULL && g_utf8_validate (text, -1, NULL));

  /* What the reader proposes must make a case the format accepts. */
  findings = spinecds_report_summary_dup_findings (summary);
  FUZZ_CHECK (findings != NULL && findings->len == summary->at_levels->len);
  for (guint i = 0; i < findings->len; i++)
    spinecds_case_add_finding (kase, g_ptr_array_index (findings, i));
  spinecds_case_set_mri_done (kase, TRUE);
  fuzz_check_case_round_trip (kase, "fuzz.spinecase");
}

/* A recognised language is one of the four, and a refusal says so. */
static void
check_recognised (const char *text,
                  size_t      size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SpineCdsReportSummary) summary = spinecds_report_summary_read (text, size, "auto", &error);

  if (summary == NULL)
    {
      FUZZ_CHECK (g_error_matches (error, SPINECDS_REPORT_ERROR, SPINECDS_REPORT_ERROR_LANGUAGE));
      return;
    }
  FUZZ_CHECK (g_strv_contains (spinecds_report_vocabulary_get_languages (), summary->language));
  check_summary (summary, size);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const char * const languages[] = { "en", "de", "es", "fr" };
  const char               *text;
  g_autoptr(SpineCdsReportVocabulary) vocab = NULL;
  g_autoptr(GPtrArray) mentions = NULL;
  g_autoptr(GPtrArray) again = NULL;
  SpineCdsReportSummary *summary;
  guint                  choice;

  if (size == 0)
    return 0;
  choice = data[0] % (G_N_ELEMENTS (languages) + 1);
  text = (const char *) data + 1;
  size--;
  if (choice == G_N_ELEMENTS (languages))
    {
      check_recognised (text, size);
      return 0;
    }

  vocab = spinecds_report_vocabulary_get (languages[choice], NULL);
  FUZZ_CHECK (vocab != NULL);
  mentions = spinecds_report_read_with (vocab, text, size);
  FUZZ_CHECK (mentions != NULL);
  for (guint i = 0; i < mentions->len; i++)
    check_mention (g_ptr_array_index (mentions, i), size);

  again = spinecds_report_read_with (vocab, text, size);
  FUZZ_CHECK (again->len == mentions->len);
  for (guint i = 0; i < mentions->len; i++)
    FUZZ_CHECK (mentions_equal (g_ptr_array_index (mentions, i), g_ptr_array_index (again, i)));

  summary = spinecds_report_summarize (mentions);
  check_summary (summary, size);
  spinecds_report_summary_free (summary);

  summary = spinecds_report_summary_new_with (vocab, text, size);
  check_summary (summary, size);
  spinecds_report_summary_free (summary);
  return 0;
}
