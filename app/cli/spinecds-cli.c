/* spinecds-cli.c: the command-line entry point
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "spinecds-cli"

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <stdarg.h>
#include <stdio.h>

#include <glib/gi18n.h>

#include "spinecds-case-file.h"
#include "spinecds-catalog.h"
#include "spinecds-cli-command.h"
#include "spinecds-knowledge-base.h"

typedef struct
{
  const char *name;
  int (*run) (int argc, char **argv);
  const char *summary;
} Command;

static const Command commands[] = {
  { "evaluate", spinecds_cli_evaluate, N_ ("Print the assessment of a case") },
  { "validate", spinecds_cli_validate, N_ ("Check case files, one line per problem") },
  { "extract", spinecds_cli_extract, N_ ("Read the findings of a free-text MRI report") },
  { "render", spinecds_cli_render, N_ ("Write the clinician summary or the patient handout as PDF") },
};

void
spinecds_cli_error (const char *format,
                    ...)
{
  g_autofree char *message = NULL;
  va_list          args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_printerr ("spinecds-cli: %s\n", message);
}

int
spinecds_cli_print (const char *text)
{
  if (fputs (text, stdout) == EOF || fflush (stdout) != 0 || ferror (stdout))
    {
      spinecds_cli_error (_ ("cannot write to standard output: %s"), g_strerror (errno));
      return SPINECDS_CLI_EXIT_FAILURE;
    }
  return SPINECDS_CLI_EXIT_OK;
}

gboolean
spinecds_cli_parse_options (const char         *parameter_string,
                            const char         *description,
                            const GOptionEntry *entries,
                            const char         *files_name,
                            char             ***files,
                            int                *argc,
                            char             ***argv)
{
  const GOptionEntry remaining[] = {
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, files, NULL, files_name },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (parameter_string);
  g_autoptr(GError) error = NULL;

  /* The files come last, as every command lists them. */
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, remaining, GETTEXT_PACKAGE);
  if (description != NULL)
    g_option_context_set_description (context, description);

  if (g_option_context_parse (context, argc, argv, &error))
    return TRUE;

  spinecds_cli_error ("%s", error->message);
  g_printerr (_ ("Try “spinecds-cli %s --help”.\n"), (*argv)[0]);
  return FALSE;
}

SpineCdsCatalog *
spinecds_cli_catalog (const char *language,
                      gboolean    from_environment)
{
  g_autoptr(GError) error = NULL;
  SpineCdsCatalog *catalog;

  if (language == NULL)
    return from_environment ? spinecds_catalog_new_for_environment () : spinecds_catalog_new_for_language ("en", NULL);

  catalog = spinecds_catalog_new_for_language (language, &error);
  if (catalog == NULL)
    spinecds_cli_error ("--lang: %s", error->message);
  return catalog;
}

SpineCdsAssessment *
spinecds_cli_assess_file (const char    *path,
                          SpineCdsCase **kase_out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SpineCdsKnowledgeBase) kb = NULL;
  g_autoptr(SpineCdsCase) kase = NULL;
  g_autoptr(GFile) file = NULL;
  SpineCdsAssessment *assessment;

  /* Without a valid knowledge base there is no advice at all. */
  kb = spinecds_knowledge_base_new_default (&error);
  if (kb == NULL)
    {
      spinecds_cli_error (_ ("no advice: the knowledge base is not usable: %s"), error->message);
      return NULL;
    }

  file = g_file_new_for_commandline_arg (path);
  kase = spinecds_case_file_load (file, &error);
  if (kase == NULL)
    {
      spinecds_cli_error ("%s", error->message);
      return NULL;
    }

  assessment = spinecds_evaluate (kb, kase);
  if (kase_out != NULL)
    *kase_out = g_steal_pointer (&kase);
  return assessment;
}

static void
print_usage (FILE *stream)
{
  fprintf (stream, "%s\n\n", _ ("Usage: spinecds-cli COMMAND [OPTION…] ARGUMENTS"));
  fprintf (stream, "%s\n", _ ("Spine MRI decision support for clinicians (not a diagnosis)."));
  fprintf (stream, "\n%s\n", _ ("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (stream, "  %-10s %s\n", commands[i].name, _ (commands[i].summary));
  fprintf (stream, "\n%s\n", _ ("Examples:"));
  fprintf (stream, "  spinecds-cli evaluate case.spinecase\n");
  fprintf (stream, "  spinecds-cli evaluate --format json --lang de case.spinecase\n");
  fprintf (stream, "  spinecds-cli validate *.spinecase\n");
  fprintf (stream, "  spinecds-cli extract report.txt\n");
  fprintf (stream, "  spinecds-cli render --document handout -o handout.pdf case.spinecase\n");
  fprintf (stream, "\n%s\n", _ ("Exit status: 0 success, 2 bad usage or invalid input, 1 anything else."));
  fprintf (stream, "%s\n", _ ("Run “spinecds-cli COMMAND --help” for the options of a command."));
}

static int
print_version (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SpineCdsKnowledgeBase) kb = spinecds_knowledge_base_new_default (&error);

  g_print ("spinecds-cli %s\n", PACKAGE_VERSION);
  if (kb == NULL)
    {
      spinecds_cli_error ("%s", error->message);
      return SPINECDS_CLI_EXIT_BAD_INPUT;
    }
  g_print (_ ("Knowledge base %s %s, reviewed %s\n"), spinecds_knowledge_base_get_id (kb),
           spinecds_knowledge_base_get_version (kb), spinecds_knowledge_base_get_reviewed (kb));
  return SPINECDS_CLI_EXIT_OK;
}

int
main (int   argc,
      char *argv[])
{
  spinecds_catalog_set_locale ();
  bindtextdomain (GETTEXT_PACKAGE, spinecds_catalog_get_localedir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc < 2)
    {
      print_usage (stderr);
      return SPINECDS_CLI_EXIT_BAD_INPUT;
    }

  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") || g_str_equal (argv[1], "help"))
    {
      print_usage (stdout);
      return SPINECDS_CLI_EXIT_OK;
    }

  if (g_str_equal (argv[1], "--version"))
    return print_version ();

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      return commands[i].run (argc - 1, argv + 1);

  spinecds_cli_error (_ ("unknown command “%s”"), argv[1]);
  print_usage (stderr);
  return SPINECDS_CLI_EXIT_BAD_INPUT;
}
