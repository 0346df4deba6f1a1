/* spinecds-report-language.h: which language a report is written in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each vocabulary lists its language's commonest words (articles,
 * prepositions, auxiliaries); data/report-vocabulary/other-languages.json
 * lists those of languages SpineCDS does not read. A report is read in
 * the language whose words it uses most, and refused when another
 * language's words win or too few of its words are known at all: an
 * Italian report must not be read as a Spanish one that found nothing.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* "en", "de", "es" or "fr" (static strings), or NULL and an error:
 * SPINECDS_REPORT_ERROR_LANGUAGE for a report in another language, or
 * the error of a vocabulary that does not load. */
const char  *spinecds_report_detect_language (const char *text,
                                              gssize      length,
                                              GError    **error);

/* The languages a short report may be in, best first (a NULL-terminated
 * array of static strings, to g_free()); one for a report long enough
 * to tell. NULL and an error as above. */
const char **spinecds_report_detect_languages (const char *text,
                                               gssize      length,
                                               GError    **error);

/* The name of a report language in the interface's language ("German"
 * for "de"), or NULL for a language SpineCDS does not read. */
const char  *spinecds_report_language_get_name (const char *language);

G_END_DECLS
