/* test-catalog.c: a document catalog never trusts its translations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A .mo file whose translation of a format takes other arguments ("Page
 * %u of %u" as "%s") crashed `render`; a language called
 * "de/../../somewhere" loaded any .mo on the disk. Catalogs are built
 * here with msgfmt, from the gettext tools the build needs anyway.
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "spinecds-catalog.h"
#include "test-scratch.h"

static const char po[] =
  "msgid \"\"\n"
  "msgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
  "msgid \"Page %u of %u\"\n"
  "msgstr \"%s\"\n\n"
  "msgid \"%s weeks\"\n"
  "msgstr \"%s Wochen\"\n\n"
  "msgid \"See your doctor again between %1$s and %2$s.\"\n"
  "msgstr \"Zwischen %2$s und %1$s wieder zum Arzt.\"\n\n"
  "msgid \"From %1$s to %2$s\"\n"
  "msgstr \"Von %2$s bis %s\"\n\n"
  "msgid \"%d days, %s\"\n"
  "msgstr \"%0$d Tage, %.2s\"\n\n"
  "msgid \"%d years, %s\"\n"
  "msgstr \"%s Jahre, %d\"\n\n"
  "msgid \"CRP %s; temperature %s\"\n"
  "msgstr \"CRP %s; Temperatur %s %n\"\n\n"
  "msgid \"%s months\"\n"
  "msgstr \"%0000860322151s Monate\"\n\n"
  "msgid \"Summary\"\n"
  "msgstr \"%s%s%s\"\n";

static SpineCdsCatalog *
build_catalog (void)
{
  g_autofree char *dir = test_scratch_dir_new ("spinecds-catalog-XXXXXX");
  g_autofree char *po_path = g_build_filename (dir, "hostile.po", NULL);
  g_autofree char *mo_path = g_build_filename (dir, "hostile.mo", NULL);
  g_autoptr(GError) error = NULL;
  const char      *argv[] = { "msgfmt", "-o", mo_path, po_path, NULL };
  SpineCdsCatalog *catalog;
  int              status;

  g_assert_true (g_file_set_contents (po_path, po, -1, NULL));
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  catalog = spinecds_catalog_new_from_file (mo_path, "de", &error);
  g_assert_no_error (error);
  g_unlink (po_path);
  g_unlink (mo_path);
  g_rmdir (dir);
  return catalog;
}

static void
expect_fallback (SpineCdsCatalog *catalog,
                 const char      *msgid)
{
  g_autofree char *pattern = g_strdup_printf ("*%s*takes other arguments*", msgid);

  g_test_expect_message ("spinecds-catalog", G_LOG_LEVEL_MESSAGE, pattern);
  (void) catalog;
}

static void
test_formats (void)
{
  g_autoptr(SpineCdsCatalog) catalog = build_catalog ();
  g_autofree char *page = NULL;
  g_autofree char *weeks = NULL;
  g_autofree char *visit = NULL;
  g_autofree char *years = NULL;
  g_autofree char *crp = NULL;
  g_autofree char *months = NULL;
  g_autofree char *span = NULL;
  g_autofree char *days = NULL;

  /* The same arguments, reordered or not: the translation is used. */
  weeks = spinecds_catalog_printf (catalog, "%s weeks", "4");
  g_assert_cmpstr (weeks, ==, "4 Wochen");
  visit = spinecds_catalog_printf (catalog, "See your doctor again between %1$s and %2$s.", "3 May", "17 May");
  g_assert_cmpstr (visit, ==, "Zwischen 17 May und 3 May wieder zum Arzt.");

  /* Other arguments: the original is used, and said. */
  expect_fallback (catalog, "Page %u of %u");
  page = spinecds_catalog_printf (catalog, "Page %u of %u", 1u, 2u);
  g_test_assert_expected_messages ();
  g_assert_cmpstr (page, ==, "Page 1 of 2");

  expect_fallback (catalog, "%d years, %s");
  years = spinecds_catalog_printf (catalog, "%d years, %s", 40, "female");
  g_test_assert_expected_messages ();
  g_assert_cmpstr (years, ==, "40 years, female");

  /* %n writes through an argument: never. */
  expect_fallback (catalog, "CRP %s; temperature %s");
  crp = spinecds_catalog_printf (catalog, "CRP %s; temperature %s", "12", "37.2");
  g_test_assert_expected_messages ();
  g_assert_cmpstr (crp, ==, "CRP 12; temperature 37.2");

  /* A width no text needs would allocate most of a gigabyte: never. */
  expect_fallback (catalog, "%s months");
  months = spinecds_catalog_printf (catalog, "%s months", "3");
  g_test_assert_expected_messages ();
  g_assert_cmpstr (months, ==, "3 months");

  /* "%0$d" is text to printf, so the %s after it would print the
   * number as a string: the fuzzer's crash of 2026-12-06. */
  expect_fallback (catalog, "%d days, %s");
  days = spinecds_catalog_printf (catalog, "%d days, %s", 3, "today");
  g_test_assert_expected_messages ();
  g_assert_cmpstr (days, ==, "3 days, today");

  /* "%2$s" then "%s": C leaves such a mix undefined. */
  expect_fallback (catalog, "From %1$s to %2$s");
  span = spinecds_catalog_printf (catalog, "From %1$s to %2$s", "May", "June");
  g_test_assert_expected_messages ();
  g_assert_cmpstr (span, ==, "From May to June");

  /* A plain text is not a format: its translation is used as it is. */
  g_assert_cmpstr (spinecds_catalog_pgettext (catalog, NULL, "Summary"), ==, "%s%s%s");
}

static void
test_language_names (void)
{
  static const char * const refused[] = {
    "de/../../../../tmp/evil", "../de", "/usr/share/locale/de", "de/LC_MESSAGES", "d", "deutsch", "de_", "de DE", ""
  };
  static const char * const names[] = { "de", "pt_BR", "sr@latin", "de_DE.UTF-8", "ast" };

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SpineCdsCatalog) catalog = spinecds_catalog_new_for_language (refused[i], &error);

      g_assert_null (catalog);
      g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL);
    }

  /* Names of languages: found or not installed, never refused as names. */
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SpineCdsCatalog) catalog = spinecds_catalog_new_for_language (names[i], &error);

      g_assert_false (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_INVAL));
    }
}

/* The interface's catalog: the first language of the environment that
 * has one (the build tree's catalogs are found without a variable). */
static void
test_environment (void)
{
  g_setenv ("LANGUAGE", "zz:de:fr", TRUE);
  {
    g_autoptr(SpineCdsCatalog) catalog = spinecds_catalog_new_for_environment ();

    g_assert_cmpstr (spinecds_catalog_get_language (catalog), ==, "de");
  }
  g_setenv ("LANGUAGE", "zz", TRUE);
  g_setenv ("LC_ALL", "C", TRUE);
  {
    g_autoptr(SpineCdsCatalog) catalog = spinecds_catalog_new_for_environment ();

    g_assert_nonnull (catalog);
    g_assert_cmpstr (spinecds_catalog_pgettext (catalog, NULL, "Summary"), ==, "Summary");
  }
  g_unsetenv ("LANGUAGE");
  g_unsetenv ("LC_ALL");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/spinecds/catalog/formats", test_formats);
  g_test_add_func ("/spinecds/catalog/language-names", test_language_names);
  g_test_add_func ("/spinecds/catalog/environment", test_environment);

  return g_test_run ();
}
