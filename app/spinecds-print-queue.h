/* spinecds-print-queue.h: the system's printers, and handing them a PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Talks to CUPS through libcups rather than through GTK's print backend:
 * with Debian 12's current libcups (2.4.2-3+deb12u10, the fix for
 * CVE-2025-58436) GTK 4.8's CUPS backend spins inside its main-loop
 * source and never returns, which freezes GtkPrintUnixDialog and
 * GtkPrintJob alike (the same regression as upstream CUPS 2.4.15). The
 * documents are already PDF, so nothing of GTK's is needed to print them.
 */
#pragma once

#include <gio/gio.h>

#include "spinecds-document.h"

G_BEGIN_DECLS

typedef struct
{
  char     *name;        /* the CUPS queue */
  char     *label;       /* what the user sees: the printer's description, or its name */
  char     *location;    /* may be NULL */
  gboolean  is_default;
} SpineCdsPrinter;

void       spinecds_printer_free                      (SpineCdsPrinter      *printer);

/* The printers CUPS knows, the default one first. Blocks for up to
 * @timeout_ms while network printers are discovered: call it off the
 * main thread, or use the _async variant. */
GPtrArray *spinecds_print_queue_list_printers         (int                   timeout_ms);
void       spinecds_print_queue_list_printers_async   (GCancellable         *cancellable,
                                                       GAsyncReadyCallback   callback,
                                                       gpointer              user_data);
GPtrArray *spinecds_print_queue_list_printers_finish  (GAsyncResult         *result,
                                                       GError              **error);

/* Sends the PDF at @pdf_path to @printer_name (NULL: the default
 * printer) as a job titled @title, @copies times, on @paper. Returns the
 * CUPS job id, or 0 with @error set. Blocks until CUPS has the file. */
int        spinecds_print_queue_send                  (const char           *printer_name,
                                                       const char           *pdf_path,
                                                       const char           *title,
                                                       int                   copies,
                                                       SpineCdsPaper         paper,
                                                       GError              **error);
void       spinecds_print_queue_send_async            (const char           *printer_name,
                                                       const char           *pdf_path,
                                                       const char           *title,
                                                       int                   copies,
                                                       SpineCdsPaper         paper,
                                                       GCancellable         *cancellable,
                                                       GAsyncReadyCallback   callback,
                                                       gpointer              user_data);
int        spinecds_print_queue_send_finish           (GAsyncResult         *result,
                                                       GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SpineCdsPrinter, spinecds_printer_free)

G_END_DECLS
