/* spinecds-print-operation.h: print and export the summary or the handout
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GtkPrintOperation whose paginate and draw-page are those of the
 * document layer (render/), so what prints is what the tests read.
 * Printing goes through GTK's print dialog, with SpineCDS's choices in
 * its Documents tab; it needs libcups2 2.4.2-3+deb12u11 on Debian 12
 * (docs/printing.md).
 */
#pragma once

#include <gtk/gtk.h>

#include "spinecds-assessment.h"
#include "spinecds-case.h"
#include "spinecds-document.h"

G_BEGIN_DECLS

/* What is to be printed or exported: a copy of the case (the user may
 * go on editing), its assessment, which document, the handout's
 * language, and the clinician and institution from the settings
 * (clinician-name, institution-name, handout-language). */
typedef struct _SpineCdsPrintRequest SpineCdsPrintRequest;

/* The printer a job went to, for the caller to confirm it. */
typedef void (*SpineCdsPrintedFunc) (const char *printer,
                                     gpointer    user_data);

/* Where an export was written, for the caller to confirm it. */
typedef void (*SpineCdsExportedFunc) (GFile   *file,
                                      gpointer user_data);

/* @settings (nullable): the application's, for the names in the
 * header and the handout language last chosen. */
SpineCdsPrintRequest *spinecds_print_request_new (GtkWindow          *parent,
                                                  GSettings          *settings,
                                                  SpineCdsCase       *kase,
                                                  SpineCdsAssessment *assessment);
void                  spinecds_print_request_free (SpineCdsPrintRequest *request);
/* "en" first, then every language with a compiled catalog. */
const char * const   *spinecds_print_request_get_languages (SpineCdsPrintRequest *request);
const char           *spinecds_print_request_get_language (SpineCdsPrintRequest *request);
void                  spinecds_print_request_set_language (SpineCdsPrintRequest *request,
                                                           const char           *language);
void                  spinecds_print_request_set_kind (SpineCdsPrintRequest *request,
                                                       SpineCdsDocumentKind  kind);
/* Writes the request's document to @file with the one private PDF
 * writer (whole or not at all, mode 0600) in a worker thread, and
 * takes @request. Errors are shown on the request's window; @exported
 * (nullable) hears of success while that window is open. */
void                  spinecds_print_request_export (SpineCdsPrintRequest *request,
                                                     GFile                *file,
                                                     SpineCdsExportedFunc  exported,
                                                     gpointer              user_data);
/* The handout in its language; the summary in the interface's. */
SpineCdsDocument     *spinecds_print_request_build_document (SpineCdsPrintRequest *request);

/* Letter where the locale's default paper is Letter, else A4. */
SpineCdsPaper         spinecds_print_default_paper (void);

/* Print: GTK's print dialog (every printer, copies, duplex, page
 * ranges, printer options) with a "Documents" tab: the summary, the
 * handout or both in one job, and the handout's language (the patient's
 * by default, the last choice remembered). The session's last print
 * settings come back. @printed (nullable) hears of a job handed over;
 * errors are shown on @parent. */
void                  spinecds_print_operation_run_print (GtkWindow          *parent,
                                                          GSettings          *settings,
                                                          SpineCdsCase       *kase,
                                                          SpineCdsAssessment *assessment,
                                                          SpineCdsPrintedFunc printed,
                                                          gpointer            user_data);

/* Export PDF: a file chooser with the document and language choices,
 * named after the document and the patient, then the one private PDF
 * writer. Errors are shown on @parent; @exported (nullable) hears of
 * success, so the caller can confirm it. */
void                  spinecds_print_operation_run_export (GtkWindow           *parent,
                                                           GSettings           *settings,
                                                           SpineCdsCase        *kase,
                                                           SpineCdsAssessment  *assessment,
                                                           SpineCdsExportedFunc exported,
                                                           gpointer             user_data);

/* Writes @document to @path through GtkPrintOperation's export action
 * (no dialog, no display needed), on @paper: the draw-page path that
 * printing uses, which tests compare with spinecds_document_write_pdf.
 * Files the user keeps are written by spinecds_document_write_pdf. */
gboolean              spinecds_print_operation_export (GtkWindow        *parent,
                                                       SpineCdsDocument *document,
                                                       SpineCdsPaper     paper,
                                                       const char       *path,
                                                       GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SpineCdsPrintRequest, spinecds_print_request_free)

G_END_DECLS
