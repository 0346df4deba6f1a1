/* report-scoring.c: scoring the report reader against written expectations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Corpora (tests/data/reports/) give, per text, the codes a radiologist
 * would tick as findings, negated and uncertain, in the notation CODE,
 * CODE:GRADE, CODE@LEVEL, CODE:GRADE@LEVEL. Every test of the reader,
 * in any language, scores through here.
 */
#define G_LOG_DOMAIN "spinecds-report"

#include "config.h"

#include <string.h>

#include "spinecds-codes.h"
#include "report-scoring.h"

static const char * const list_names[] = { "findings", "negated", "uncertain" };

static GPtrArray *
summary_list (SpineCdsReportSummary *summary,
              guint                  i)
{
  GPtrArray *lists[] = { summary->findings, summary->negated, summary->uncertain };

  return lists[i];
}

static const char *
grade_name (SpineCdsGrade grade)
{
  static const char * const names[] = { "none", "mild", "moderate", "severe" };

  return names[grade];
}

const SpineCdsMention *
report_find_code (GPtrArray  *list,
                  const char *code)
{
  for (guint i = 0; i < list->len; i++)
    {
      const SpineCdsMention *mention = g_ptr_array_index (list, i);

      if (g_str_equal (mention->code, code))
        return mention;
    }
  return NULL;
}

/* TRUE when the list @name of @expectation names @code. */
static gboolean
expects (JsonObject *expectation,
         const char *name,
         const char *code)
{
  JsonArray *list = json_object_has_member (expectation, name) ? json_object_get_array_member (expectation, name) : NULL;

  for (guint i = 0; list != NULL && i < json_array_get_length (list); i++)
    {
      const char *entry = json_array_get_string_element (list, i);

      if (strncmp (entry, code, strlen (code)) == 0 && strchr (":@", entry[strlen (code)]) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* "code", "code:grade", "code@level", "code:grade@level". */
typedef struct
{
  char *code;
  char *grade; /* NULL: not checked */
  char *level; /* NULL: not checked; "none": must be absent */
} Expected;

static void
expected_parse (const char *spec,
                Expected   *expected)
{
  g_autofree char *copy = g_strdup (spec);
  char            *at = strchr (copy, '@');
  char            *colon;

  expected->level = at != NULL ? g_strdup (at + 1) : NULL;
  if (at != NULL)
    *at = '\0';
  colon = strchr (copy, ':');
  expected->grade = colon != NULL ? g_strdup (colon + 1) : NULL;
  if (colon != NULL)
    *colon = '\0';
  expected->code = g_strdup (copy);
}

static void
expected_clear (Expected *expected)
{
  g_free (expected->code);
  g_free (expected->grade);
  g_free (expected->level);
}

static char *
describe_summary (SpineCdsReportSummary *summary)
{
  GString *out = g_string_new (NULL);

  for (guint l = 0; l < G_N_ELEMENTS (list_names); l++)
    {
      GPtrArray *list = summary_list (summary, l);

      g_string_append_printf (out, " %s=[", list_names[l]);
      for (guint i = 0; i < list->len; i++)
        {
          const SpineCdsMention *m = g_ptr_array_index (list, i);

          g_string_append_printf (out, "%s%s:%s@%s", i > 0 ? " " : "", m->code, grade_name (m->grade),
                                  m->level != NULL ? m->level : "none");
        }
      g_string_append_c (out, ']');
    }
  return g_string_free (out, FALSE);
}

/* Scores one text against its expectation and returns the problems
 * found, or NULL. @expectation holds the three lists (missing = []). */
char *
report_check_text (SpineCdsReportVocabulary *vocab,
                   const char               *text,
                   JsonObject               *expectation,
                   ReportScore              *score)
{
  g_autoptr(SpineCdsReportSummary) summary = spinecds_report_summary_new_with (vocab, text, -1);
  g_autoptr(GString) problems = g_string_new (NULL);

  for (guint l = 0; l < G_N_ELEMENTS (list_names); l++)
    {
      GPtrArray *got = summary_list (summary, l);
      JsonArray *want = json_object_has_member (expectation, list_names[l])
                          ? json_object_get_array_member (expectation, list_names[l])
                          : NULL;
      guint      n_want = want != NULL ? json_array_get_length (want) : 0;
      g_autoptr(GHashTable) wanted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      for (guint i = 0; i < n_want; i++)
        {
          Expected               e;
          const SpineCdsMention *m;

          expected_parse (json_array_get_string_element (want, i), &e);
          g_hash_table_add (wanted, g_strdup (e.code));
          m = report_find_code (got, e.code);
          if (m == NULL)
            {
              score->false_negative++;
              g_string_append_printf (problems, " missing %s %s;", list_names[l], e.code);
              expected_clear (&e);
              continue;
            }
          score->true_positive++;

          if (e.grade != NULL)
            {
              score->attributes++;
              if (g_str_equal (e.grade, grade_name (m->grade)))
                score->attributes_right++;
              else
                g_string_append_printf (problems, " %s grade %s, expected %s;", e.code,
                                        grade_name (m->grade), e.grade);
            }
          if (e.level != NULL)
            {
              const char *level = m->level != NULL ? m->level : "none";

              score->attributes++;
              if (g_str_equal (e.level, level))
                score->attributes_right++;
              else
                g_string_append_printf (problems, " %s level %s, expected %s;", e.code, level, e.level);
            }
          expected_clear (&e);
        }

      for (guint i = 0; i < got->len; i++)
        {
          const SpineCdsMention *m = g_ptr_array_index (got, i);

          if (!g_hash_table_contains (wanted, m->code))
            {
              if (l == 0 && expects (expectation, "negated", m->code))
                {
                  score->negated_as_present++;
                  g_string_append_printf (problems, " NEGATED READ AS PRESENT %s;", m->code);
                }
              score->false_positive++;
              g_string_append_printf (problems, " unexpected %s %s;", list_names[l], m->code);
            }
        }
    }

  if (problems->len == 0)
    return NULL;

  {
    g_autofree char *found = describe_summary (summary);
    g_string_append_printf (problems, " got%s", found);
  }
  return g_string_free (g_steal_pointer (&problems), FALSE);
}

JsonNode *
report_load_json (const char *path)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

double
report_score_precision (const ReportScore *score)
{
  return score->true_positive / (double) MAX (1, score->true_positive + score->false_positive);
}

double
report_score_recall (const ReportScore *score)
{
  return score->true_positive / (double) MAX (1, score->true_positive + score->false_negative);
}

double
report_score_f1 (const ReportScore *score)
{
  double p = report_score_precision (score), r = report_score_recall (score);

  return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

void
report_score_print (const char        *what,
                    const ReportScore *score)
{
  g_test_message ("%s: precision %.3f, recall %.3f, F1 %.3f (%u right, %u spurious, %u missed, "
                  "%u negated read as present); grades and levels %u/%u right",
                  what, report_score_precision (score), report_score_recall (score), report_score_f1 (score),
                  score->true_positive, score->false_positive, score->false_negative,
                  score->negated_as_present, score->attributes_right, score->attributes);
}

guint
report_score_sentences (SpineCdsReportVocabulary *vocab,
                        const char               *path,
                        ReportScore              *score,
                        GString                  *failures,
                        JsonArray               **sentences_out)
{
  g_autoptr(JsonNode) root = report_load_json (path);
  JsonArray *sentences = json_object_get_array_member (json_node_get_object (root), "sentences");
  guint      n_failed = 0;

  for (guint i = 0; i < json_array_get_length (sentences); i++)
    {
      JsonObject      *sentence = json_array_get_object_element (sentences, i);
      const char      *text = json_object_get_string_member (sentence, "text");
      g_autofree char *problems = report_check_text (vocab, text, sentence, score);

      if (problems != NULL)
        {
          n_failed++;
          g_string_append_printf (failures, "\n  [%u] “%s”:%s", i, text, problems);
        }
    }

  if (sentences_out != NULL)
    *sentences_out = json_array_ref (sentences);
  return n_failed;
}

/* Every code of CASE-FORMAT §1 appears positive somewhere in the set. */
void
report_assert_all_codes_covered (JsonArray *sentences)
{
  guint                   n_codes;
  const SpineCdsCodeInfo *codes = spinecds_codes_list (SPINECDS_CODE_KIND_FINDING, &n_codes);
  g_autoptr(GString) all = g_string_new (NULL);
  guint covered = 0;

  for (guint i = 0; i < json_array_get_length (sentences); i++)
    {
      JsonObject *sentence = json_array_get_object_element (sentences, i);

      if (json_object_has_member (sentence, "findings"))
        {
          JsonArray *list = json_object_get_array_member (sentence, "findings");

          for (guint j = 0; j < json_array_get_length (list); j++)
            {
              const char *entry = json_array_get_string_element (list, j);

              g_string_append_printf (all, " %.*s:", (int) strcspn (entry, ":@"), entry);
            }
        }
    }

  for (guint c = 0; c < n_codes; c++)
    {
      g_autofree char *needle = g_strdup_printf (" %s:", codes[c].code);

      if (strstr (all->str, needle) != NULL)
        covered++;
      else
        g_test_message ("no positive sentence for %s", codes[c].code);
    }
  g_assert_cmpuint (covered, ==, n_codes);
}

guint
report_score_reports (SpineCdsReportVocabulary *vocab,
                      const char               *dir_path,
                      ReportScore              *score,
                      GString                  *failures)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint       n_reports = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autofree char *expected_path = NULL;
      g_autofree char *base = NULL;
      g_autofree char *text = NULL;
      g_autofree char *problems = NULL;
      g_autoptr(JsonNode) expected = NULL;
      g_autoptr(GError) error = NULL;

      if (!g_str_has_suffix (name, ".txt"))
        continue;

      path = g_build_filename (dir_path, name, NULL);
      base = g_strndup (name, strlen (name) - 4);
      expected_path = g_strdup_printf ("%s%c%s.expected.json", dir_path, G_DIR_SEPARATOR, base);
      g_file_get_contents (path, &text, NULL, &error);
      g_assert_no_error (error);
      expected = report_load_json (expected_path);

      problems = report_check_text (vocab, text, json_node_get_object (expected), score);
      if (problems != NULL)
        g_string_append_printf (failures, "\n  %s:%s", name, problems);
      n_reports++;
    }
  return n_reports;
}

/* "code:status@level" of each mention of @text, in order, joined by " ". */
char *
report_read_brief (SpineCdsReportVocabulary *vocab,
                   const char               *text)
{
  g_autoptr(GPtrArray) mentions = spinecds_report_read_with (vocab, text, -1);
  g_autoptr(SpineCdsReportSummary) summary = spinecds_report_summarize (mentions);
  GPtrArray *lists[] = { summary->findings, summary->negated, summary->uncertain };
  GString   *out = g_string_new (NULL);

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < lists[l]->len; i++)
      {
        const SpineCdsMention *m = g_ptr_array_index (lists[l], i);

        g_string_append_printf (out, "%s%s:%s", out->len > 0 ? " " : "", m->code,
                                spinecds_mention_status_to_string (m->status));
        if (m->level != NULL)
          g_string_append_printf (out, "@%s", m->level);
      }
  return g_string_free (out, FALSE);
}
