/* spinecds-print-dialog.h: prints the summary or the handout
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SpineCDS's own print dialog: document, handout language, printer,
 * paper and copies. It lays the document out as a PDF (the same pages as
 * Export PDF) and hands it to CUPS with spinecds-print-queue, because
 * GtkPrintUnixDialog freezes on Debian 12's current libcups (see
 * spinecds-print-queue.h).
 */
#pragma once

#include <adwaita.h>

#include "spinecds-assessment.h"
#include "spinecds-case.h"

G_BEGIN_DECLS

#define SPINECDS_TYPE_PRINT_DIALOG (spinecds_print_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SpineCdsPrintDialog, spinecds_print_dialog, SPINECDS, PRINT_DIALOG, AdwWindow)

/* A modal dialog on @parent for a copy of @kase and @assessment. Its
 * action "print.print" prints; "window.close" cancels. When the job is
 * handed over it closes, with a toast on @parent if that is a
 * SpineCdsWindow; errors are shown in a message dialog. */
SpineCdsPrintDialog *spinecds_print_dialog_new               (GtkWindow           *parent,
                                                              SpineCdsCase        *kase,
                                                              SpineCdsAssessment  *assessment);
/* Rows, for tests and for keyboard focus. */
AdwComboRow         *spinecds_print_dialog_get_document_row  (SpineCdsPrintDialog *self);
AdwComboRow         *spinecds_print_dialog_get_language_row  (SpineCdsPrintDialog *self);
AdwComboRow         *spinecds_print_dialog_get_printer_row   (SpineCdsPrintDialog *self);
/* The CUPS name of the chosen printer, or NULL while none is known. */
const char          *spinecds_print_dialog_get_printer_name  (SpineCdsPrintDialog *self);
/* TRUE once the printer list has arrived (it may be empty). */
gboolean             spinecds_print_dialog_get_ready         (SpineCdsPrintDialog *self);

G_END_DECLS
