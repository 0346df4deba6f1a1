/* print-helper.c: the app's print paths, driven from tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   print-helper export DOCUMENT CASE OUT.pdf   GtkPrintOperation, ACTION_EXPORT
 *
 * Printing itself goes through GTK's print dialog: tests/gui/test-print-dialog.c.
 */
#include "config.h"

#include <gtk/gtk.h>

#include "spinecds-case-file.h"
#include "spinecds-evaluator.h"
#include "spinecds-print-operation.h"

static int
export_document (const char *kind,
                 const char *case_path,
                 const char *out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SpineCdsKnowledgeBase) kb = spinecds_knowledge_base_new_default (&error);
  g_autoptr(GFile) file = g_file_new_for_path (case_path);
  g_autoptr(SpineCdsCase) kase = NULL;
  g_autoptr(SpineCdsAssessment) assessment = NULL;
  g_autoptr(SpineCdsDocument) document = NULL;
  g_autoptr(GDateTime) date = g_date_time_new_local (2026, 3, 5, 12, 0, 0);
  SpineCdsDocumentOptions options = { NULL, NULL, date };

  g_assert_no_error (error);
  kase = spinecds_case_file_load (file, &error);
  g_assert_no_error (error);
  assessment = spinecds_evaluate (kb, kase);
  document = spinecds_document_new (g_str_equal (kind, "handout") ? SPINECDS_DOCUMENT_HANDOUT
                                                                  : SPINECDS_DOCUMENT_SUMMARY,
                                    kase, assessment, NULL, &options);
  if (!spinecds_print_operation_export (NULL, document, SPINECDS_PAPER_A4, out, &error))
    {
      g_printerr ("export: %s\n", error->message);
      return 1;
    }
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  /* Export needs no display; with one, GTK is set up as in the app. */
  gtk_init_check ();

  if (argc == 5 && g_str_equal (argv[1], "export"))
    return export_document (argv[2], argv[3], argv[4]);

  g_printerr ("usage: print-helper export summary|handout CASE OUT.pdf\n");
  return 2;
}
