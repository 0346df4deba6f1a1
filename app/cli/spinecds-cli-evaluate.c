/* spinecds-cli-evaluate.c: spinecds-cli evaluate [--format text|json] [--lang LL] CASE
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "spinecds-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "spinecds-case-file.h"
#include "spinecds-cli-command.h"
#include "spinecds-evaluator.h"

/* The first language of the environment that has a catalog; English
 * when none has. */
static SpineCdsCatalog *
catalog_from_environment (void)
{
  const char * const *languages = g_get_language_names ();

  for (guint i = 0; languages[i] != NULL; i++)
    {
      SpineCdsCatalog *catalog = spinecds_catalog_new_for_language (languages[i], NULL);

      if (catalog != NULL)
        return catalog;
    }

  return spinecds_catalog_new_for_language ("en", NULL);
}

static SpineCdsCatalog *
catalog_for_option (const char *language)
{
  g_autoptr(GError) error = NULL;
  SpineCdsCatalog *catalog;

  if (language == NULL)
    return catalog_from_environment ();

  catalog = spinecds_catalog_new_for_language (language, &error);
  if (catalog == NULL)
    spinecds_cli_error ("--lang: %s", error->message);
  return catalog;
}

int
spinecds_cli_evaluate (int    argc,
                       char **argv)
{
  g_autofree char *format = NULL;
  g_autofree char *language = NULL;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_("Output format: text (default) or json"), "FORMAT" },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &language, N_("Language of the texts, e.g. de (default: the environment's)"), "LL" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "CASE" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("CASE — print the assessment of a case"));
  g_autoptr(GError) error = NULL;
  g_autoptr(SpineCdsKnowledgeBase) kb = NULL;
  g_autoptr(SpineCdsCase) kase = NULL;
  g_autoptr(SpineCdsAssessment) assessment = NULL;
  g_autoptr(SpineCdsCatalog) catalog = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *output = NULL;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context, _("Example: spinecds-cli evaluate --format json case.spinecase"));
  if (!spinecds_cli_parse_options (context, &argc, &argv))
    return SPINECDS_CLI_EXIT_BAD_INPUT;

  if (files == NULL || files[0] == NULL || files[1] != NULL)
    {
      spinecds_cli_error (_("evaluate takes exactly one case file"));
      return SPINECDS_CLI_EXIT_BAD_INPUT;
    }
  if (format != NULL && !g_str_equal (format, "text") && !g_str_equal (format, "json"))
    {
      spinecds_cli_error (_("--format: expected text or json, found “%s”"), format);
      return SPINECDS_CLI_EXIT_BAD_INPUT;
    }

  /* Without a valid knowledge base there is no advice at all. */
  kb = spinecds_knowledge_base_new_default (&error);
  if (kb == NULL)
    {
      spinecds_cli_error (_("no advice: the knowledge base is not usable: %s"), error->message);
      return SPINECDS_CLI_EXIT_BAD_INPUT;
    }

  if ((catalog = catalog_for_option (language)) == NULL)
    return SPINECDS_CLI_EXIT_BAD_INPUT;

  file = g_file_new_for_commandline_arg (files[0]);
  kase = spinecds_case_file_load (file, &error);
  if (kase == NULL)
    {
      spinecds_cli_error ("%s", error->message);
      return SPINECDS_CLI_EXIT_BAD_INPUT;
    }

  assessment = spinecds_evaluate (kb, kase);
  if (format != NULL && g_str_equal (format, "json"))
    output = spinecds_assessment_to_json (assessment, catalog);
  else
    output = spinecds_assessment_to_text (assessment, catalog);

  g_print ("%s", output);
  return SPINECDS_CLI_EXIT_OK;
}
