/* spinecds-cli-extract.c: spinecds-cli extract [--format text|json] [--lang auto|en|de|es|fr] REPORT.txt
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "spinecds-cli"

#include "config.h"

#include <errno.h>
#include <stdio.h>

#include <glib/gi18n.h>

#include "spinecds-bounded-file.h"
#include "spinecds-cli-command.h"
#include "spinecds-report-language.h"
#include "spinecds-report-reader.h"

/* Reads all of @stream, refusing more than SPINECDS_REPORT_MAX_LENGTH
 * bytes before it has been read in full. Sets errno on a read error. */
static GByteArray *
read_stream (FILE     *stream,
             gboolean *too_large)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  guint8 buffer[64 * 1024];
  gsize  n;

  *too_large = FALSE;
  while ((n = fread (buffer, 1, sizeof buffer, stream)) > 0)
    {
      if (data->len + n > SPINECDS_REPORT_MAX_LENGTH)
        {
          *too_large = TRUE;
          return NULL;
        }
      g_byte_array_append (data, buffer, n);
    }

  if (ferror (stream))
    return NULL;
  return g_steal_pointer (&data);
}

static GByteArray *
read_report (const char *path)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GByteArray) data = NULL;
  gboolean too_large;
  int      saved_errno;

  if (g_str_equal (path, "-"))
    {
      errno = 0;
      data = read_stream (stdin, &too_large);
      saved_errno = errno;
      if (too_large)
        spinecds_cli_error (_ ("%s: larger than %d MiB, not a radiology report"), _ ("standard input"),
                            SPINECDS_REPORT_MAX_LENGTH / (1024 * 1024));
      else if (data == NULL)
        spinecds_cli_error (_ ("%s: cannot read: %s"), _ ("standard input"),
                            g_strerror (saved_errno != 0 ? saved_errno : EIO));
      return g_steal_pointer (&data);
    }

  /* A FIFO, a folder or /dev/zero named as the report: an error at
   * once, never a hang. */
  file = g_file_new_for_commandline_arg (path);
  bytes = spinecds_bounded_file_read (file, SPINECDS_REPORT_MAX_LENGTH, NULL, &error);
  if (bytes == NULL)
    {
      spinecds_cli_error (_ ("%s: cannot read: %s"), path, error->message);
      return NULL;
    }
  data = g_byte_array_new ();
  g_byte_array_append (data, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  return g_steal_pointer (&data);
}

static gboolean
is_blank (GByteArray *report)
{
  for (guint i = 0; i < report->len; i++)
    if (!g_ascii_isspace (report->data[i]))
      return FALSE;
  return TRUE;
}

/* With --lang the report is read as told; a report that reads as
 * another language (or none) gets a warning, because its findings
 * would be missed and its negations not understood ("No
 * spondylolisthesis" read as German); the JSON says "reads_as" too. */
static void
warn_forced_language (const SpineCdsReportSummary *summary,
                      const char                  *name)
{
  if (summary->reads_as == NULL)
    return;
  /* Translators: %1$s is a file name, %2$s and %3$s languages ("German") */
  spinecds_cli_error (_ ("warning: %1$s reads as %2$s, not %3$s; it was read as %3$s, as asked, "
                         "and findings may be missed and negations misread"),
                      g_str_equal (name, "-") ? _ ("standard input") : name,
                      *summary->reads_as != '\0' ? spinecds_report_language_get_name (summary->reads_as)
                                                 : _ ("another language"),
                      spinecds_report_language_get_name (summary->language));
}

int
spinecds_cli_extract (int    argc,
                      char **argv)
{
  g_autofree char *format = NULL;
  g_autofree char *language = NULL;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, N_ ("Output format: text (default) or json"), "FORMAT" },
    { "lang", 'l', 0, G_OPTION_ARG_STRING, &language,
      N_ ("Language of the report: auto (default: recognise it), en, de, es or fr"), "LANG" },
    { NULL }
  };
  g_autoptr(GByteArray) report = NULL;
  g_autoptr(SpineCdsReportSummary) summary = NULL;
  g_autofree char *output = NULL;
  g_autoptr(GError) error = NULL;
  const char *invalid = NULL;
  gboolean    json;

  if (!spinecds_cli_parse_options (_ ("— read the findings of a free-text MRI report (“-” for standard input)"),
                                   NULL, entries, "REPORT.txt", &files, &argc, &argv))
    return SPINECDS_CLI_EXIT_BAD_INPUT;

  if (format != NULL && !g_str_equal (format, "text") && !g_str_equal (format, "json"))
    {
      spinecds_cli_error (_ ("--format: expected “text” or “json”, found “%s”"), format);
      return SPINECDS_CLI_EXIT_BAD_INPUT;
    }
  json = format != NULL && g_str_equal (format, "json");

  if (language != NULL && !g_str_equal (language, "auto")
      && !g_strv_contains (spinecds_report_vocabulary_get_languages (), language))
    {
      spinecds_cli_error (_ ("--lang: expected “auto”, “en”, “de”, “es” or “fr”, found “%s”"), language);
      return SPINECDS_CLI_EXIT_BAD_INPUT;
    }

  if (files == NULL || files[0] == NULL || files[1] != NULL)
    {
      spinecds_cli_error (_ ("extract needs exactly one report file (“-” for standard input)"));
      return SPINECDS_CLI_EXIT_BAD_INPUT;
    }

  report = read_report (files[0]);
  if (report == NULL)
    return SPINECDS_CLI_EXIT_BAD_INPUT;
  if (is_blank (report))
    {
      /* Said as it is: an empty file is no report in another language. */
      spinecds_cli_error (_ ("%s: the report is empty"), g_str_equal (files[0], "-") ? _ ("standard input") : files[0]);
      return SPINECDS_CLI_EXIT_BAD_INPUT;
    }

  /* A report saved as Latin-1 or Windows-1252 loses every word with an
   * accent when read as UTF-8, and the findings in them, without a sign
   * ("Rückenmarkkompression"): refused, as the import window refuses it. */
  if (!g_utf8_validate_len ((const char *) report->data, report->len, &invalid))
    {
      spinecds_cli_error (_ ("%s: not UTF-8 text (at byte %ld); convert the report to UTF-8, for example "
                             "with iconv, and read it again"),
                          g_str_equal (files[0], "-") ? _ ("standard input") : files[0],
                          (long) (invalid - (const char *) report->data));
      return SPINECDS_CLI_EXIT_BAD_INPUT;
    }

  summary = spinecds_report_summary_read ((const char *) report->data, report->len, language, &error);
  if (summary == NULL)
    {
      /* Never an empty list, which would read as "nothing found". A
       * report in another language is named; a vocabulary's message
       * names its own file. */
      if (g_error_matches (error, SPINECDS_REPORT_ERROR, SPINECDS_REPORT_ERROR_LANGUAGE))
        spinecds_cli_error ("%s: %s", g_str_equal (files[0], "-") ? _ ("standard input") : files[0], error->message);
      else
        spinecds_cli_error ("%s", error->message);
      return SPINECDS_CLI_EXIT_BAD_INPUT;
    }
  warn_forced_language (summary, files[0]);
  output = json ? spinecds_report_summary_to_json (summary) : spinecds_report_summary_to_text (summary);

  return spinecds_cli_print (output);
}
