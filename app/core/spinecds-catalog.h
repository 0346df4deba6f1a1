/* spinecds-catalog.h: translations for one language, independent of the UI's
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Documents (and --lang in the CLI) take a language of their own, so
 * they cannot rely on the process-wide gettext state. A catalog reads
 * the compiled .mo file of one language directly. A NULL catalog, or
 * a message it lacks, gives back the English msgid.
 */
#pragma once

#include <glib-object.h>

typedef struct _SpineCdsCatalog SpineCdsCatalog;

G_BEGIN_DECLS

/* A catalog from the bytes of a .mo file; @source names it in errors. */
SpineCdsCatalog *spinecds_catalog_new_from_data (const guint8 *data,
                                                 gsize         length,
                                                 const char   *source,
                                                 const char   *language,
                                                 GError      **error);
/* Loads LOCALEDIR/LANG/LC_MESSAGES/spinecds.mo ("en" and "C" give an
 * empty catalog). Returns NULL with @error when the language has no catalog. */
SpineCdsCatalog *spinecds_catalog_new_for_language (const char *language,
                                                    GError    **error);
/* The interface's: the first language of the environment (LANGUAGE,
 * LC_ALL, LC_MESSAGES, LANG) that has a catalog, else English. */
SpineCdsCatalog *spinecds_catalog_new_for_environment (void);
/* setlocale (LC_ALL, "") for a program's start, such that gettext and
 * the catalogs above speak the same language: where the locale asked
 * for is not installed (or none is), C.UTF-8 with the environment's
 * language in LANGUAGE, instead of "C", in which gettext ignores
 * LANGUAGE and prints non-ASCII characters as "?". */
void             spinecds_catalog_set_locale (void);
SpineCdsCatalog *spinecds_catalog_new_from_file (const char *mo_path,
                                                 const char *language,
                                                 GError    **error);
#define SPINECDS_TYPE_CATALOG (spinecds_catalog_get_type ())

GType            spinecds_catalog_get_type (void) G_GNUC_CONST;
SpineCdsCatalog *spinecds_catalog_ref (SpineCdsCatalog *self);
void             spinecds_catalog_unref (SpineCdsCatalog *self);
const char      *spinecds_catalog_get_language (SpineCdsCatalog *self);
/* Right-to-left script (Arabic, Hebrew, …). */
gboolean         spinecds_catalog_is_rtl (SpineCdsCatalog *self);
/* @context may be NULL. Never returns NULL. */
const char      *spinecds_catalog_pgettext (SpineCdsCatalog *self,
                                            const char      *context,
                                            const char      *msgid) G_GNUC_FORMAT (3);
/* g_strdup_printf() with the translation of @format, or @format itself
 * when the translation would take other arguments (a damaged or hostile
 * catalog must not crash the program). */
char            *spinecds_catalog_printf (SpineCdsCatalog *self,
                                          const char      *format,
                                          ...) G_GNUC_PRINTF (2, 3);
/* @number with up to four significant digits and the language's
 * decimal separator ("38.6", "38,6", "38٫6"). */
char            *spinecds_catalog_format_number (SpineCdsCatalog *self,
                                                 double           number);
/* The directory holding LANG/LC_MESSAGES: the build tree's when run
 * uninstalled, else the installed one; SPINECDS_LOCALEDIR overrides both
 * (to try catalogs elsewhere). */
const char      *spinecds_catalog_get_localedir (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SpineCdsCatalog, spinecds_catalog_unref)

/* A date in the catalog's language, e.g. "March 5, 2026" or "5. März
 * 2026", with month names of our own (no locale needed). */
char       *spinecds_catalog_format_date (SpineCdsCatalog *self,
                                          GDateTime       *date);
/* The same for "YYYY-MM-DD" (a case's or an assessment's date); text
 * that is not such a date comes back as it is. */
char       *spinecds_catalog_format_iso_date (SpineCdsCatalog *self,
                                              const char      *iso);
/* A language's name in that language ("Deutsch"), or @code when unknown. */
const char *spinecds_catalog_language_name (const char *code);
/* "en", then every language whose catalog is installed, sorted: what a
 * handout can be printed in. */
GStrv       spinecds_catalog_list_languages (void);

G_END_DECLS
