/* spinecds-cli-render.c: spinecds-cli render --document summary|handout [--lang LL]
 *                        [--paper a4|letter] -o OUT.pdf CASE
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes the same document the app prints, with no display needed.
 */
#define G_LOG_DOMAIN "spinecds-cli"

#include "config.h"

#include <stdio.h>
#include <sys/stat.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "spinecds-case-file.h"
#include "spinecds-cli-command.h"
#include "spinecds-document.h"
#include "spinecds-evaluator.h"

static GDateTime *
parse_date (const char *text)
{
  int  year, month, day;
  char tail;

  if (sscanf (text, "%4d-%2d-%2d%c", &year, &month, &day, &tail) != 3)
    return NULL;
  return g_date_time_new_local (year, month, day, 12, 0, 0);
}

/* Where the PDF may go: a new file, or a regular file it replaces. Not
 * a link, a device or a folder — the atomic writer would put the PDF
 * in the link's place ("-o /dev/stdout" replaced /dev/stdout) — and
 * never the case it is made from. */
static gboolean
output_allowed (const char *output,
                const char *case_path)
{
  GStatBuf out, in;

  if (g_lstat (output, &out) != 0)
    return TRUE; /* a new file; the writer says why if it cannot be made */
  if (!S_ISREG (out.st_mode))
    {
      spinecds_cli_error (_ ("%s: not a regular file; name a PDF file to write"), output);
      return FALSE;
    }
  if (g_stat (case_path, &in) == 0 && in.st_dev == out.st_dev && in.st_ino == out.st_ino)
    {
      spinecds_cli_error (_ ("%s: is the case file itself; name another file for the PDF"), output);
      return FALSE;
    }
  return TRUE;
}

int
spinecds_cli_render (int    argc,
                     char **argv)
{
  g_autofree char *document = NULL;
  g_autofree char *language = NULL;
  g_autofree char *paper_name = NULL;
  g_autofree char *output = NULL;
  g_autofree char *clinician = NULL;
  g_autofree char *institution = NULL;
  g_autofree char *date_text = NULL;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "document", 'd', 0, G_OPTION_ARG_STRING, &document, N_ ("summary (for the clinician, the default) or handout (for the patient)"), "DOCUMENT" },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &language, N_ ("Language of the document, e.g. de (default: the patient's for a handout, else English)"), "LL" },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &paper_name, N_ ("Paper size: a4 (default) or letter"), "PAPER" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_ ("The PDF file to write"), "OUT.pdf" },
    { "clinician", 0, 0, G_OPTION_ARG_STRING, &clinician, N_ ("Clinician named in the header"), "NAME" },
    { "institution", 0, 0, G_OPTION_ARG_STRING, &institution, N_ ("Institution named in the header"), "NAME" },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, N_ ("Date of the document (default: today)"), "YYYY-MM-DD" },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(SpineCdsCase) kase = NULL;
  g_autoptr(SpineCdsAssessment) assessment = NULL;
  g_autoptr(SpineCdsCatalog) catalog = NULL;
  g_autoptr(SpineCdsDocument) doc = NULL;
  g_autoptr(GDateTime) date = NULL;
  SpineCdsDocumentOptions options = { 0 };
  SpineCdsDocumentKind    kind;
  SpineCdsPaper           paper = SPINECDS_PAPER_A4;

  if (!spinecds_cli_parse_options (_ ("CASE — write the summary or the handout as PDF"),
                                   _ ("Example: spinecds-cli render --document handout --lang de -o handout.pdf case.spinecase"),
                                   entries, "CASE", &files, &argc, &argv))
    return SPINECDS_CLI_EXIT_BAD_INPUT;

  if (files == NULL || files[0] == NULL || files[1] != NULL)
    {
      spinecds_cli_error (_ ("render takes exactly one case file"));
      return SPINECDS_CLI_EXIT_BAD_INPUT;
    }
  if (document == NULL || g_str_equal (document, "summary"))
    kind = SPINECDS_DOCUMENT_SUMMARY;
  else if (g_str_equal (document, "handout"))
    kind = SPINECDS_DOCUMENT_HANDOUT;
  else
    {
      spinecds_cli_error (_ ("--document: expected summary or handout, found “%s”"), document);
      return SPINECDS_CLI_EXIT_BAD_INPUT;
    }
  if (paper_name != NULL && !spinecds_paper_from_string (paper_name, &paper))
    {
      spinecds_cli_error (_ ("--paper: expected a4 or letter, found “%s”"), paper_name);
      return SPINECDS_CLI_EXIT_BAD_INPUT;
    }
  if (output == NULL)
    {
      spinecds_cli_error (_ ("--output is required"));
      return SPINECDS_CLI_EXIT_BAD_INPUT;
    }
  if (date_text != NULL && (date = parse_date (date_text)) == NULL)
    {
      spinecds_cli_error (_ ("--date: expected YYYY-MM-DD, found “%s”"), date_text);
      return SPINECDS_CLI_EXIT_BAD_INPUT;
    }

  if (!output_allowed (output, files[0]) || (assessment = spinecds_cli_assess_file (files[0], &kase)) == NULL)
    return SPINECDS_CLI_EXIT_BAD_INPUT;
  /* A handout speaks the patient's language unless --lang says another. */
  if (language == NULL && kind == SPINECDS_DOCUMENT_HANDOUT
      && *spinecds_case_get_text (kase, SPINECDS_CASE_TEXT_PATIENT_LANGUAGE) != '\0')
    {
      g_auto(GStrv) installed = spinecds_catalog_list_languages ();
      const char *wanted = spinecds_case_get_text (kase, SPINECDS_CASE_TEXT_PATIENT_LANGUAGE);

      if (g_strv_contains ((const char * const *) installed, wanted))
        language = g_strdup (wanted);
      else
        g_printerr (_ ("spinecds-cli: the patient's language “%s” has no translation here; the handout is in English\n"),
                    wanted);
    }
  if ((catalog = spinecds_cli_catalog (language, FALSE)) == NULL)
    return SPINECDS_CLI_EXIT_BAD_INPUT;

  options.clinician = clinician;
  options.institution = institution;
  options.date = date;
  doc = spinecds_document_new (kind, kase, assessment, catalog, &options);
  if (!spinecds_document_write_pdf (doc, output, paper, &error))
    {
      spinecds_cli_error ("%s", error->message);
      return SPINECDS_CLI_EXIT_FAILURE;
    }

  return SPINECDS_CLI_EXIT_OK;
}
