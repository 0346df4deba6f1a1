/* spinecds-cli-evaluate.c: spinecds-cli evaluate [--format text|json|note] [--lang LL] CASE
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "spinecds-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "spinecds-cli-command.h"
#include "spinecds-evaluator.h"
#include "spinecds-record-note.h"

int
spinecds_cli_evaluate (int    argc,
                       char **argv)
{
  g_autofree char *format = NULL;
  g_autofree char *language = NULL;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_ ("Output format: text (default), json, or note (plain text for the patient's record)"), "FORMAT" },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &language, N_ ("Language of the texts, e.g. de (default: the environment's)"), "LL" },
    { NULL }
  };
  g_autoptr(SpineCdsAssessment) assessment = NULL;
  g_autoptr(SpineCdsCase) kase = NULL;
  g_autoptr(SpineCdsCatalog) catalog = NULL;
  g_autofree char *output = NULL;

  if (!spinecds_cli_parse_options (_ ("CASE — print the assessment of a case"),
                                   _ ("Example: spinecds-cli evaluate --format json case.spinecase"),
                                   entries, "CASE", &files, &argc, &argv))
    return SPINECDS_CLI_EXIT_BAD_INPUT;

  if (files == NULL || files[0] == NULL || files[1] != NULL)
    {
      spinecds_cli_error (_ ("evaluate takes exactly one case file"));
      return SPINECDS_CLI_EXIT_BAD_INPUT;
    }
  if (format != NULL && !g_str_equal (format, "text") && !g_str_equal (format, "json") && !g_str_equal (format, "note"))
    {
      spinecds_cli_error (_ ("--format: expected text, json or note, found “%s”"), format);
      return SPINECDS_CLI_EXIT_BAD_INPUT;
    }

  if ((catalog = spinecds_cli_catalog (language, TRUE)) == NULL
      || (assessment = spinecds_cli_assess_file (files[0], &kase)) == NULL)
    return SPINECDS_CLI_EXIT_BAD_INPUT;

  if (format != NULL && g_str_equal (format, "json"))
    output = spinecds_assessment_to_json (assessment, catalog);
  else if (format != NULL && g_str_equal (format, "note"))
    output = spinecds_record_note (kase, assessment, catalog);
  else
    output = spinecds_assessment_to_text (assessment, catalog);

  return spinecds_cli_print (output);
}
