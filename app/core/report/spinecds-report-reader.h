/* spinecds-report-reader.h: finding codes from the text of an MRI report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reader turns a pasted radiology report into mentions of the
 * imaging finding codes of CASE-FORMAT §1, each with its grade, level,
 * the byte span of the phrase that triggered it, and whether the report
 * affirms, negates or only suspects it. Negation follows NegEx (Chapman
 * et al., J Biomed Inform 2001;34:301-310): trigger phrases before and
 * after a finding, pseudo-negations, and scopes that end at a
 * conjunction, a clause or a sentence.
 *
 * It reads English, German, Spanish and French, each with the
 * vocabulary of its language (spinecds-report-vocabulary.h); the
 * language can be given or recognised (spinecds-report-language.h).
 * Reading is a pure function of the vocabulary and the text: no state,
 * no I/O, linear time in the length of the input, safe on any bytes
 * (invalid UTF-8 included).
 */
#pragma once

#include "spinecds-types.h"
#include "spinecds-report-vocabulary.h"
#include "spinecds-report-error.h"

G_BEGIN_DECLS

/* Callers that read reports from files refuse larger inputs; the reader
 * itself has no limit. A real report is a few kilobytes. */
#define SPINECDS_REPORT_MAX_LENGTH (4 * 1024 * 1024)

typedef enum
{
  SPINECDS_MENTION_POSITIVE,  /* the report affirms the finding */
  SPINECDS_MENTION_NEGATED,   /* "no disc herniation", "fracture is not seen" */
  SPINECDS_MENTION_UNCERTAIN, /* "possible", "cannot be excluded", "versus" */
} SpineCdsMentionStatus;

#define SPINECDS_TYPE_MENTION (spinecds_mention_get_type ())

typedef struct
{
  const char           *code;  /* a finding code of spinecds-codes, static */
  SpineCdsGrade         grade; /* NONE when the report states none */
  char                 *level; /* "C5-C6", "T7", "C4-C6, C7-T1" (≤ 32 bytes), or NULL */
  gsize                 start; /* byte offsets of the trigger phrase in the input */
  gsize                 end;
  char                 *text; /* the trigger phrase as written, made valid UTF-8 */
  SpineCdsMentionStatus status;
  SpineCdsReportSection section;
} SpineCdsMention;

GType            spinecds_mention_get_type (void) G_GNUC_CONST;
SpineCdsMention *spinecds_mention_copy (const SpineCdsMention *self);
void             spinecds_mention_free (SpineCdsMention *self);
/* "positive", "negated", "uncertain" */
const char      *spinecds_mention_status_to_string (SpineCdsMentionStatus status);

/* Every mention in text order, context sections included (see
 * section), read with @vocab. @length may be -1 for a NUL-terminated
 * @text.
 * Returns: (transfer full) (element-type SpineCdsMention) */
GPtrArray       *spinecds_report_read_with (SpineCdsReportVocabulary *vocab,
                                            const char               *text,
                                            gssize                    length);
/* Where the report names, in its findings or impression, a finding the
 * case format has no code for (a syrinx, an intramedullary tumour,
 * myelitis): mentions with a NULL code and no level, in text order,
 * whatever the words around them say. Callers show them beside the
 * codes read, so that those are not taken for the whole report.
 * Returns: (transfer full) (element-type SpineCdsMention) */
GPtrArray       *spinecds_report_read_uncoded_with (SpineCdsReportVocabulary *vocab,
                                                    const char               *text,
                                                    gssize                    length);
/* Part of a report in a second language ("Befund: … Impression: severe
 * canal stenosis at L3-L4"): whether another of the four languages
 * reads findings, present or doubtful, that the reading in
 * @read_language (its @mentions) has not. Returns that language (a
 * static string) and adds the codes only it finds (static strings) to
 * @codes, or returns NULL. */
const char      *spinecds_report_other_language_finds (const char *text,
                                                       gssize      length,
                                                       const char *read_language,
                                                       GPtrArray  *mentions,
                                                       GPtrArray  *codes);
/* Reads @text in @language ("en", "de", "es", "fr"), or in the language
 * it is recognised to be in when @language is "auto" or NULL; sets
 * @read_language (a static string) to the language read. NULL and an
 * error for a report in another language (SPINECDS_REPORT_ERROR_LANGUAGE)
 * or a vocabulary that does not load.
 * Returns: (transfer full) (element-type SpineCdsMention) */
GPtrArray       *spinecds_report_read_in (const char  *text,
                                          gssize       length,
                                          const char  *language,
                                          const char **read_language,
                                          GError     **error);
/* The same with the built-in English vocabulary. */
GPtrArray       *spinecds_report_read (const char *text,
                                       gssize      length);

/* One entry per code, for the body sections only. A code mentioned
 * both ways counts as positive (a report that says "no extrusion" and
 * later "extrusion at L5-S1" has an extrusion); uncertain beats negated.
 * Each entry carries the highest grade of its mentions, their levels
 * joined when they fit in 32 bytes, and the span of its highest-graded
 * mention. Lists are in text order. */
typedef struct
{
  GPtrArray  *findings;  /* SpineCdsMention, POSITIVE */
  GPtrArray  *negated;   /* SpineCdsMention, NEGATED */
  GPtrArray  *uncertain; /* SpineCdsMention, UNCERTAIN */
  char       *language;  /* "en", "de", "es", "fr": the vocabulary read with */
  /* With a language forced and the text reading otherwise: the
   * language it reads as, or "" when it reads as none SpineCDS knows;
   * NULL otherwise. Its findings may then be lost, not only its
   * negations. */
  char       *reads_as;
  /* The findings at their levels: one SpineCdsMention per code and
   * level, with that level's highest grade, where `findings` gives one
   * per code with its levels joined. */
  GPtrArray  *at_levels;
  /* Findings the report names that have no code (see
   * spinecds_report_read_uncoded_with); empty from
   * spinecds_report_summarize, which sees mentions only. */
  GPtrArray  *uncoded;
  /* Another language that reads findings this reading did not (see
   * spinecds_report_other_language_finds), or NULL; its codes. */
  const char *also_reads_as;
  GPtrArray  *also_codes;
} SpineCdsReportSummary;

SpineCdsReportSummary *spinecds_report_summarize (GPtrArray *mentions);
/* Reads @text in @language: "en", "de", "es", "fr", or "auto" (or
 * NULL) to recognise it. A report in another language is an error
 * (SPINECDS_REPORT_ERROR_LANGUAGE), as is a vocabulary that does not
 * load: never an empty summary that would read as "nothing found". */
SpineCdsReportSummary *spinecds_report_summary_read (const char *text,
                                                     gssize      length,
                                                     const char *language,
                                                     GError    **error);
SpineCdsReportSummary *spinecds_report_summary_new_with (SpineCdsReportVocabulary *vocab,
                                                         const char               *text,
                                                         gssize                    length);
/* English, with the built-in vocabulary. */
SpineCdsReportSummary *spinecds_report_summary_new (const char *text,
                                                    gssize      length);
void                   spinecds_report_summary_free (SpineCdsReportSummary *self);
/* The JSON of CASE-FORMAT §3 (`extract --format json`), with a final newline. */
char                  *spinecds_report_summary_to_json (const SpineCdsReportSummary *self);
/* A short listing for people, in the UI language. */
char                  *spinecds_report_summary_to_text (const SpineCdsReportSummary *self);
/* No finding was read, present, absent or uncertain: the report was not
 * understood, which is never "nothing found" (GUIDELINE-LOGIC §8.11). */
gboolean               spinecds_report_summary_read_nothing (const SpineCdsReportSummary *self);
/* Says which findings only another language reads (also_reads_as set),
 * in the interface language. */
char                  *spinecds_report_summary_dup_other_language_message (const SpineCdsReportSummary *self);
/* The positive entries as case findings, ready to add to a case.
 * Returns: (transfer full) (element-type SpineCdsFinding) */
GPtrArray             *spinecds_report_summary_dup_findings (const SpineCdsReportSummary *self);
/* The case findings of @code, one per level the report gives (a
 * protrusion mild at L4-L5 and severe at L5-S1 is two), never merged. */
GPtrArray             *spinecds_report_summary_dup_code_findings (const SpineCdsReportSummary *self,
                                                                  const char                  *code);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SpineCdsMention, spinecds_mention_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SpineCdsReportSummary, spinecds_report_summary_free)

G_END_DECLS
