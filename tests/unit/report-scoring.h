/* report-scoring.h: scoring the report reader against written expectations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "spinecds-report-reader.h"

G_BEGIN_DECLS

typedef struct
{
  guint true_positive;
  guint false_positive;
  guint false_negative;
  guint attributes; /* grades and levels checked */
  guint attributes_right;
  guint negated_as_present; /* a code the text negates, read as a finding */
} ReportScore;

/* The mention of @code in @list, or NULL. */
const SpineCdsMention *report_find_code (GPtrArray  *list,
                                         const char *code);

JsonNode              *report_load_json (const char *path);
/* The problems of one text against its expectation, or NULL. */
char                  *report_check_text (SpineCdsReportVocabulary *vocab,
                                          const char               *text,
                                          JsonObject               *expectation,
                                          ReportScore              *score);
/* Scores the sentences of a sentences.json; returns how many differ. */
guint                  report_score_sentences (SpineCdsReportVocabulary *vocab,
                                               const char               *path,
                                               ReportScore              *score,
                                               GString                  *failures,
                                               JsonArray               **sentences);
/* Scores every NAME.txt of @dir against NAME.expected.json; returns how
 * many reports there were. */
guint                  report_score_reports (SpineCdsReportVocabulary *vocab,
                                             const char               *dir,
                                             ReportScore              *score,
                                             GString                  *failures);
void                   report_assert_all_codes_covered (JsonArray *sentences);
double                 report_score_precision (const ReportScore *score);
double                 report_score_recall (const ReportScore *score);
double                 report_score_f1 (const ReportScore *score);
void                   report_score_print (const char        *what,
                                           const ReportScore *score);
/* "code:status@level" of each mention of @text, findings first, then
 * negated, then uncertain, joined by " ". */
char                  *report_read_brief (SpineCdsReportVocabulary *vocab,
                                          const char               *text);

G_END_DECLS
