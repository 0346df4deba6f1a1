/* spinecds-print-queue.c: the system's printers, and handing them a PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "spinecds-print-queue"

#include "config.h"

#include <cups/cups.h>
#include <glib/gi18n.h>

#include "spinecds-print-queue.h"

/* Long enough for printers that announce themselves on the local
 * network, short enough that the dialog does not seem stuck. */
#define LIST_TIMEOUT_MS 1500

void
spinecds_printer_free (SpineCdsPrinter *printer)
{
  if (printer == NULL)
    return;
  g_free (printer->name);
  g_free (printer->label);
  g_free (printer->location);
  g_free (printer);
}

static int
add_destination_cb (void        *user_data,
                    unsigned     flags,
                    cups_dest_t *dest)
{
  GPtrArray *printers = user_data;
  SpineCdsPrinter *printer;
  const char *info;
  const char *location;

  /* Instances (NAME/INSTANCE) are option presets of one queue. */
  if ((flags & CUPS_DEST_FLAGS_REMOVED) != 0 || dest->instance != NULL)
    return 1;

  info = cupsGetOption ("printer-info", dest->num_options, dest->options);
  location = cupsGetOption ("printer-location", dest->num_options, dest->options);
  printer = g_new0 (SpineCdsPrinter, 1);
  printer->name = g_strdup (dest->name);
  printer->label = g_strdup (info != NULL && *info != '\0' ? info : dest->name);
  printer->location = location != NULL && *location != '\0' ? g_strdup (location) : NULL;
  printer->is_default = dest->is_default != 0;
  g_ptr_array_add (printers, printer);
  return 1;
}

static int
compare_printers (gconstpointer a,
                  gconstpointer b)
{
  const SpineCdsPrinter *first = *(SpineCdsPrinter * const *) a;
  const SpineCdsPrinter *second = *(SpineCdsPrinter * const *) b;

  if (first->is_default != second->is_default)
    return first->is_default ? -1 : 1;
  return g_utf8_collate (first->label, second->label);
}

GPtrArray *
spinecds_print_queue_list_printers (int timeout_ms)
{
  GPtrArray *printers = g_ptr_array_new_with_free_func ((GDestroyNotify) spinecds_printer_free);

  cupsEnumDests (CUPS_DEST_FLAGS_NONE, timeout_ms, NULL, 0, 0, add_destination_cb, printers);
  g_ptr_array_sort (printers, compare_printers);
  g_debug ("%u printers", printers->len);
  return printers;
}

static void
list_printers_thread (GTask        *task,
                      gpointer      source_object,
                      gpointer      task_data,
                      GCancellable *cancellable)
{
  g_task_return_pointer (task, spinecds_print_queue_list_printers (LIST_TIMEOUT_MS),
                         (GDestroyNotify) g_ptr_array_unref);
}

void
spinecds_print_queue_list_printers_async (GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, spinecds_print_queue_list_printers_async);
  g_task_run_in_thread (task, list_printers_thread);
}

GPtrArray *
spinecds_print_queue_list_printers_finish (GAsyncResult  *result,
                                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Sending */

int
spinecds_print_queue_send (const char     *printer_name,
                           const char     *pdf_path,
                           const char     *title,
                           int             copies,
                           SpineCdsPaper   paper,
                           GError        **error)
{
  g_autofree char *copies_text = NULL;
  cups_option_t *options = NULL;
  int n_options = 0;
  const char *name = printer_name;
  int job;

  g_return_val_if_fail (pdf_path != NULL, 0);
  g_return_val_if_fail (copies >= 1, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (name == NULL && (name = cupsGetDefault2 (CUPS_HTTP_DEFAULT)) == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("No default printer is set up"));
      return 0;
    }

  copies_text = g_strdup_printf ("%d", copies);
  n_options = cupsAddOption ("copies", copies_text, n_options, &options);
  n_options = cupsAddOption ("media", paper == SPINECDS_PAPER_LETTER ? "na_letter_8.5x11in"
                                                                    : "iso_a4_210x297mm",
                             n_options, &options);
  /* The page is laid out to the sheet already: print it as it is. */
  n_options = cupsAddOption ("print-scaling", "none", n_options, &options);
  n_options = cupsAddOption ("document-format", "application/pdf", n_options, &options);

  job = cupsPrintFile2 (CUPS_HTTP_DEFAULT, name, pdf_path, title != NULL ? title : "SpineCDS",
                        n_options, options);
  cupsFreeOptions (n_options, options);

  if (job == 0)
    {
      /* Translators: the first %s is a printer's name, the second what CUPS said */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("The printer “%s” did not take the job: %s"),
                   name, cupsLastErrorString ());
      return 0;
    }
  g_debug ("Job %d on %s", job, name);
  return job;
}

typedef struct
{
  char          *printer_name;
  char          *pdf_path;
  char          *title;
  int            copies;
  SpineCdsPaper  paper;
} SendData;

static void
send_data_free (SendData *data)
{
  g_free (data->printer_name);
  g_free (data->pdf_path);
  g_free (data->title);
  g_free (data);
}

static void
send_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SendData *data = task_data;
  GError *error = NULL;
  int job = spinecds_print_queue_send (data->printer_name, data->pdf_path, data->title,
                                       data->copies, data->paper, &error);

  if (job == 0)
    g_task_return_error (task, error);
  else
    g_task_return_int (task, job);
}

void
spinecds_print_queue_send_async (const char          *printer_name,
                                 const char          *pdf_path,
                                 const char          *title,
                                 int                  copies,
                                 SpineCdsPaper        paper,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  SendData *data = g_new0 (SendData, 1);

  g_return_if_fail (pdf_path != NULL);

  data->printer_name = g_strdup (printer_name);
  data->pdf_path = g_strdup (pdf_path);
  data->title = g_strdup (title);
  data->copies = MAX (copies, 1);
  data->paper = paper;
  g_task_set_source_tag (task, spinecds_print_queue_send_async);
  g_task_set_task_data (task, data, (GDestroyNotify) send_data_free);
  g_task_run_in_thread (task, send_thread);
}

int
spinecds_print_queue_send_finish (GAsyncResult  *result,
                                  GError       **error)
{
  gssize job;

  g_return_val_if_fail (g_task_is_valid (result, NULL), 0);

  job = g_task_propagate_int (G_TASK (result), error);

  return job > 0 ? (int) job : 0;
}
