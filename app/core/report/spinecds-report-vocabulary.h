/* spinecds-report-vocabulary.h: the words of one language's MRI reports
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A vocabulary is data (data/report-vocabulary/LL.json, compiled in as
 * a resource; docs/report-vocabulary.md): the phrases that name each
 * finding, the cues that negate or doubt them, section headings, word
 * classes, grade words, level words and the normalisation of words.
 * Loading checks all of it; a defect is an error naming the file and
 * the place, and gives no vocabulary at all.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Where a mention stands; a vocabulary's headings say which section
 * begins. */
typedef enum
{
  SPINECDS_REPORT_SECTION_BODY,    /* findings, impression, or no heading at all */
  SPINECDS_REPORT_SECTION_CONTEXT, /* history, indication, technique, comparison:
                                    * not results of this study */
} SpineCdsReportSection;

#define SPINECDS_REPORT_VOCABULARY_ERROR (spinecds_report_vocabulary_error_quark ())

typedef enum
{
  SPINECDS_REPORT_VOCABULARY_ERROR_INVALID, /* the file breaks a rule of the format */
  SPINECDS_REPORT_VOCABULARY_ERROR_UNKNOWN, /* no vocabulary for that language */
} SpineCdsReportVocabularyError;

typedef struct _SpineCdsReportVocabulary SpineCdsReportVocabulary;

#define SPINECDS_TYPE_REPORT_VOCABULARY (spinecds_report_vocabulary_get_type ())

GQuark                                        spinecds_report_vocabulary_error_quark (void);
GType                                         spinecds_report_vocabulary_get_type (void) G_GNUC_CONST;

/* Reads a vocabulary; @language, when not NULL, is the language the file
 * must declare. @source names it in messages. */
SpineCdsReportVocabulary                     *spinecds_report_vocabulary_new_from_bytes (GBytes     *bytes,
                                                                                         const char *source,
                                                                                         const char *language,
                                                                                         GError    **error);
/* The vocabulary of @language ("en", "de", "es", "fr"), loaded once:
 * from $SPINECDS_REPORT_VOCABULARY_DIR/LL.json when that file exists
 * (to try an edited vocabulary), else the built-in one. */
SpineCdsReportVocabulary                     *spinecds_report_vocabulary_get (const char *language,
                                                                              GError    **error);
/* While a thread has a scope open, the vocabularies it loads that the
 * process has not kept are kept only until the scope is freed: a worker
 * that reads the report of the case being opened must not leave four
 * vocabularies, about 10 MiB each, to a window that may never import a
 * report. Vocabularies the process keeps are used as they are. */
typedef struct _SpineCdsReportVocabularyScope SpineCdsReportVocabularyScope;

SpineCdsReportVocabularyScope                *spinecds_report_vocabulary_scope_new (void);
void                                          spinecds_report_vocabulary_scope_free (SpineCdsReportVocabularyScope *scope);

/* The languages with a vocabulary, NULL-terminated, English first. */
const char * const                           *spinecds_report_vocabulary_get_languages (void);

SpineCdsReportVocabulary                     *spinecds_report_vocabulary_ref (SpineCdsReportVocabulary *self);
void                                          spinecds_report_vocabulary_unref (SpineCdsReportVocabulary *self);

const char                                   *spinecds_report_vocabulary_get_language (const SpineCdsReportVocabulary *self);
/* The language's English name, "German": see spinecds_catalog for names
 * shown to people. */
const char                                   *spinecds_report_vocabulary_get_name (const SpineCdsReportVocabulary *self);
const char                                   *spinecds_report_vocabulary_get_id (const SpineCdsReportVocabulary *self);
const char                                   *spinecds_report_vocabulary_get_version (const SpineCdsReportVocabulary *self);

/* Every expansion of every phrase and heading, and every word with a
 * grammar role, one a line, sorted: what the file means, for tests. */
char                                         *spinecds_report_vocabulary_dump_bytes (GBytes     *bytes,
                                                                                     const char *source,
                                                                                     GError    **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SpineCdsReportVocabulary, spinecds_report_vocabulary_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SpineCdsReportVocabularyScope, spinecds_report_vocabulary_scope_free)

G_END_DECLS
