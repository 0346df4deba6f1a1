/* spinecds-cli-command.h: the sub-commands of spinecds-cli
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each command lives in its own spinecds-cli-NAME.c and receives the
 * arguments after "spinecds-cli" (argv[0] is the command name). It
 * returns the process exit status of CASE-FORMAT §3.
 */
#pragma once

#include <glib.h>

#include "spinecds-catalog.h"
#include "spinecds-evaluator.h"

G_BEGIN_DECLS

typedef enum
{
  SPINECDS_CLI_EXIT_OK = 0,
  SPINECDS_CLI_EXIT_FAILURE = 1,   /* anything else */
  SPINECDS_CLI_EXIT_BAD_INPUT = 2, /* bad usage or invalid input */
} SpineCdsCliExit;

int                 spinecds_cli_evaluate (int argc, char **argv);
int                 spinecds_cli_validate (int argc, char **argv);
int                 spinecds_cli_extract (int argc, char **argv);
int                 spinecds_cli_render (int argc, char **argv);

/* Prints "spinecds-cli: MESSAGE" on stderr. */
void                spinecds_cli_error (const char *format, ...) G_GNUC_PRINTF (1, 2);
/* Writes @text to standard output and flushes it. A full disk or a
 * closed pipe is an error said on stderr (exit 1), never a success
 * with a cut-off note. Returns the exit status. */
int                 spinecds_cli_print (const char *text);

/* The catalog for --lang; with no --lang, the environment's language
 * when @from_environment, else English. Prints the error and returns
 * NULL for a language without a catalog. */
SpineCdsCatalog    *spinecds_cli_catalog (const char *language,
                                          gboolean    from_environment);
/* Loads the knowledge base and the case at @path and evaluates it.
 * Prints the error and returns NULL (exit 2: no advice) when either
 * fails to load. */
SpineCdsAssessment *spinecds_cli_assess_file (const char    *path,
                                              SpineCdsCase **kase_out);

/* Parses @argv for a command that takes @entries (NULL: none) and then
 * the file names stored in @files, named @files_name in the usage line
 * that starts with @parameter_string; @description (or NULL) ends the
 * help. On failure prints the error and the usage hint. Returns FALSE
 * then. */
gboolean            spinecds_cli_parse_options (const char         *parameter_string,
                                                const char         *description,
                                                const GOptionEntry *entries,
                                                const char         *files_name,
                                                char             ***files,
                                                int                *argc,
                                                char             ***argv);

G_END_DECLS
