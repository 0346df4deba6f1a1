/* spinecds-cli-validate.c: spinecds-cli validate CASE...
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "spinecds-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "spinecds-case-file.h"
#include "spinecds-cli-command.h"

int
spinecds_cli_validate (int    argc,
                       char **argv)
{
  g_auto(GStrv) files = NULL;
  int status = SPINECDS_CLI_EXIT_OK;

  if (!spinecds_cli_parse_options (_ ("CASE… — check case files, one line per problem"),
                                   NULL, NULL, "CASE…", &files, &argc, &argv))
    return SPINECDS_CLI_EXIT_BAD_INPUT;

  if (files == NULL || files[0] == NULL)
    {
      spinecds_cli_error (_ ("validate needs at least one case file"));
      return SPINECDS_CLI_EXIT_BAD_INPUT;
    }

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (files[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(SpineCdsCase) kase = spinecds_case_file_load (file, &error);

      if (kase == NULL)
        {
          g_printerr ("%s\n", error->message);
          status = SPINECDS_CLI_EXIT_BAD_INPUT;
        }
      else
        {
          /* Translators: printed for a case file without problems */
          g_autofree char *line = g_strdup_printf (_ ("%s: valid\n"), files[i]);

          if (spinecds_cli_print (line) != SPINECDS_CLI_EXIT_OK)
            return SPINECDS_CLI_EXIT_FAILURE;
        }
    }

  return status;
}
