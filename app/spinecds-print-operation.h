/* spinecds-print-operation.h: print and export the summary or the handout
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GtkPrintOperation whose paginate and draw-page are those of the
 * document layer (render/), so what prints is what the tests read.
 */
#pragma once

#include <gtk/gtk.h>

#include "spinecds-assessment.h"
#include "spinecds-case.h"
#include "spinecds-document.h"

G_BEGIN_DECLS

/* Print (@export_pdf FALSE): the print dialog, with a "Document" tab to
 * pick the summary or the handout and the handout's language.
 * Export (@export_pdf TRUE): a file chooser with the same choices, then
 * GTK_PRINT_OPERATION_ACTION_EXPORT. Asynchronous; errors are shown on
 * @parent. Clinician, institution and the default handout language come
 * from the settings (clinician-name, institution-name, handout-language). */
void      spinecds_print_operation_run                  (GtkWindow           *parent,
                                                         SpineCdsCase        *kase,
                                                         SpineCdsAssessment  *assessment,
                                                         gboolean             export_pdf);

/* Writes @document to @path through GtkPrintOperation's export action
 * (no dialog, no display needed), on @paper. */
gboolean  spinecds_print_operation_export               (GtkWindow           *parent,
                                                         SpineCdsDocument    *document,
                                                         SpineCdsPaper        paper,
                                                         const char          *path,
                                                         GError             **error);

/* Printing without a dialog: sends a PDF file to the printer named
 * @printer_name (NULL: the default printer) with GtkPrintJob, and waits
 * until it is handed over. GTK_PRINT_OPERATION_ACTION_PRINT without a
 * dialog crashes GTK 4.8.3, hence export then this. */
gboolean  spinecds_print_operation_print_pdf_to_printer (const char          *pdf_path,
                                                         const char          *printer_name,
                                                         const char          *title,
                                                         GError             **error);

G_END_DECLS
