/* spinecds-print-dialog.c: prints the summary or the handout
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "spinecds-print-dialog"

#include "config.h"

#include <errno.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "spinecds-accessible.h"
#include "spinecds-print-dialog.h"
#include "spinecds-print-operation.h"
#include "spinecds-print-queue.h"
#include "spinecds-window.h"

struct _SpineCdsPrintDialog
{
  AdwWindow             parent_instance;

  SpineCdsPrintRequest *request;
  GPtrArray            *printers;       /* of SpineCdsPrinter; NULL until listed */
  GCancellable         *cancellable;
  GtkWindow            *parent;         /* weak: the toast goes there */
  char                 *pdf_dir;        /* while a job is being handed over */
  char                 *sending_to;     /* the label of its printer */
  guint                 sending : 1;

  /* Template children */
  GtkSpinner           *spinner;
  AdwComboRow          *document_row;
  AdwComboRow          *language_row;
  AdwComboRow          *printer_row;
  AdwComboRow          *paper_row;
  GtkSpinButton        *copies_button;
};

G_DEFINE_FINAL_TYPE (SpineCdsPrintDialog, spinecds_print_dialog, ADW_TYPE_WINDOW)

enum { DOCUMENT_SUMMARY, DOCUMENT_HANDOUT };
enum { PAPER_A4, PAPER_LETTER };

static void
update_print_action (SpineCdsPrintDialog *self)
{
  gboolean can_print = !self->sending && spinecds_print_dialog_get_printer_name (self) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "print.print", can_print);
  /* The choices hold still while a job is handed over. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->printer_row),
                            !self->sending && self->printers != NULL && self->printers->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), self->sending);
  gtk_spinner_set_spinning (self->spinner, self->sending);
}

static void
on_document_selected (SpineCdsPrintDialog *self)
{
  /* The summary follows the interface's language; only the handout has one of its own. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->language_row),
                            adw_combo_row_get_selected (self->document_row) == DOCUMENT_HANDOUT);
}

/* Printers */

static void
show_printers (SpineCdsPrintDialog *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  for (guint i = 0; i < self->printers->len; i++)
    {
      SpineCdsPrinter *printer = g_ptr_array_index (self->printers, i);

      gtk_string_list_append (labels, printer->label);
    }
  adw_combo_row_set_model (self->printer_row, G_LIST_MODEL (labels));
  if (self->printers->len > 0)
    {
      /* The default printer is listed first. */
      adw_combo_row_set_selected (self->printer_row, 0);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->printer_row), "");
    }
  else
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->printer_row),
                                 _("No printer is set up. Export PDF saves the document instead."));
}

static void
printers_listed_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(SpineCdsPrintDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  GPtrArray *printers = spinecds_print_queue_list_printers_finish (result, &error);

  if (printers == NULL)
    return;   /* cancelled: the dialog is going */
  self->printers = printers;
  show_printers (self);
  update_print_action (self);
}

/* Printing */

static void
remove_pdf (SpineCdsPrintDialog *self)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (self->pdf_dir == NULL)
    return;
  dir = g_dir_open (self->pdf_dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (self->pdf_dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (self->pdf_dir);
  g_clear_pointer (&self->pdf_dir, g_free);
}

static void
show_error (SpineCdsPrintDialog *self,
            const char          *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Print"), message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
job_sent_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(SpineCdsPrintDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  int job = spinecds_print_queue_send_finish (result, &error);
  g_autofree char *printer_label = g_steal_pointer (&self->sending_to);

  remove_pdf (self);
  self->sending = FALSE;
  update_print_action (self);

  if (job == 0)
    {
      show_error (self, error->message);
      return;
    }

  if (self->parent != NULL && SPINECDS_IS_WINDOW (self->parent))
    {
      /* Translators: %s is a printer's name */
      g_autofree char *title = g_strdup_printf (_("Sent to “%s”"), printer_label);

      spinecds_window_add_toast (SPINECDS_WINDOW (self->parent), adw_toast_new (title));
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

/* The document as a private PDF file, since it holds patient data: in a
 * folder only the user can read, under the user's runtime folder (memory,
 * emptied at logout, should SpineCDS die before removing it itself once
 * CUPS has the file). */
static char *
write_pdf (SpineCdsPrintDialog  *self,
           SpineCdsDocument     *document,
           SpineCdsPaper         paper,
           GError              **error)
{
  g_autofree char *path = NULL;
  g_autofree char *tmpl = g_build_filename (g_get_user_runtime_dir (), "spinecds-print-XXXXXX", NULL);

  if (g_mkdtemp_full (tmpl, 0700) == NULL)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "%s: %s", tmpl, g_strerror (saved_errno));
      return NULL;
    }
  self->pdf_dir = g_steal_pointer (&tmpl);
  path = g_build_filename (self->pdf_dir, "document.pdf", NULL);
  if (!spinecds_document_write_pdf (document, path, paper, error))
    {
      remove_pdf (self);
      return NULL;
    }
  return g_steal_pointer (&path);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  SpineCdsPrintDialog *self = SPINECDS_PRINT_DIALOG (widget);
  const char * const *languages = spinecds_print_request_get_languages (self->request);
  guint language = adw_combo_row_get_selected (self->language_row);
  SpineCdsPaper paper = adw_combo_row_get_selected (self->paper_row) == PAPER_LETTER ? SPINECDS_PAPER_LETTER
                                                                                     : SPINECDS_PAPER_A4;
  g_autoptr(SpineCdsDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (self->sending || spinecds_print_dialog_get_printer_name (self) == NULL)
    return;

  spinecds_print_request_set_kind (self->request,
                                   adw_combo_row_get_selected (self->document_row) == DOCUMENT_HANDOUT
                                   ? SPINECDS_DOCUMENT_HANDOUT : SPINECDS_DOCUMENT_SUMMARY);
  if (language < g_strv_length ((GStrv) languages))
    spinecds_print_request_set_language (self->request, languages[language]);

  document = spinecds_print_request_build_document (self->request);
  path = write_pdf (self, document, paper, &error);
  if (path == NULL)
    {
      show_error (self, error->message);
      return;
    }

  self->sending = TRUE;
  self->sending_to = g_strdup (((SpineCdsPrinter *) g_ptr_array_index (self->printers,
                                  adw_combo_row_get_selected (self->printer_row)))->label);
  update_print_action (self);
  spinecds_print_queue_send_async (spinecds_print_dialog_get_printer_name (self), path,
                                   spinecds_document_get_title (document),
                                   gtk_spin_button_get_value_as_int (self->copies_button), paper,
                                   NULL, job_sent_cb, g_object_ref (self));
}

/* Set-up */

static void
fill_languages (SpineCdsPrintDialog *self)
{
  const char * const *languages = spinecds_print_request_get_languages (self->request);
  const char *chosen = spinecds_print_request_get_language (self->request);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  for (guint i = 0; languages[i] != NULL; i++)
    gtk_string_list_append (names, spinecds_catalog_language_name (languages[i]));
  adw_combo_row_set_model (self->language_row, G_LIST_MODEL (names));
  for (guint i = 0; languages[i] != NULL; i++)
    if (g_str_equal (languages[i], chosen))
      adw_combo_row_set_selected (self->language_row, i);
}

static void
spinecds_print_dialog_dispose (GObject *object)
{
  SpineCdsPrintDialog *self = SPINECDS_PRINT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), SPINECDS_TYPE_PRINT_DIALOG);

  G_OBJECT_CLASS (spinecds_print_dialog_parent_class)->dispose (object);
}

static void
spinecds_print_dialog_finalize (GObject *object)
{
  SpineCdsPrintDialog *self = SPINECDS_PRINT_DIALOG (object);

  remove_pdf (self);
  g_clear_pointer (&self->sending_to, g_free);
  g_clear_pointer (&self->request, spinecds_print_request_free);
  g_clear_pointer (&self->printers, g_ptr_array_unref);
  g_clear_object (&self->cancellable);
  g_clear_weak_pointer (&self->parent);

  G_OBJECT_CLASS (spinecds_print_dialog_parent_class)->finalize (object);
}

static void
spinecds_print_dialog_class_init (SpineCdsPrintDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = spinecds_print_dialog_dispose;
  object_class->finalize = spinecds_print_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/SpineCDS/ui/spinecds-print-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SpineCdsPrintDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsPrintDialog, document_row);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsPrintDialog, language_row);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsPrintDialog, printer_row);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsPrintDialog, paper_row);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsPrintDialog, copies_button);

  gtk_widget_class_install_action (widget_class, "print.print", NULL, print_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "print.print", NULL);
}

static void
spinecds_print_dialog_init (SpineCdsPrintDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  spinecds_accessible_fix_mnemonic_buttons (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();

  g_signal_connect_swapped (self->document_row, "notify::selected", G_CALLBACK (on_document_selected), self);
  adw_combo_row_set_selected (self->paper_row,
                              spinecds_print_default_paper () == SPINECDS_PAPER_LETTER ? PAPER_LETTER : PAPER_A4);
  spinecds_accessible_describe_combo_value (self->document_row);
  spinecds_accessible_describe_combo_value (self->language_row);
  spinecds_accessible_describe_combo_value (self->printer_row);
  spinecds_accessible_describe_combo_value (self->paper_row);
  update_print_action (self);
}

SpineCdsPrintDialog *
spinecds_print_dialog_new (GtkWindow          *parent,
                           SpineCdsCase       *kase,
                           SpineCdsAssessment *assessment)
{
  SpineCdsPrintDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SPINECDS_IS_CASE (kase), NULL);
  g_return_val_if_fail (SPINECDS_IS_ASSESSMENT (assessment), NULL);

  self = g_object_new (SPINECDS_TYPE_PRINT_DIALOG, "transient-for", parent, NULL);
  g_set_weak_pointer (&self->parent, parent);
  self->request = spinecds_print_request_new (parent, kase, assessment);
  fill_languages (self);
  /* After the languages: a combo row with a new model makes itself sensitive. */
  on_document_selected (self);
  spinecds_print_queue_list_printers_async (self->cancellable, printers_listed_cb, g_object_ref (self));
  return self;
}

AdwComboRow *
spinecds_print_dialog_get_document_row (SpineCdsPrintDialog *self)
{
  g_return_val_if_fail (SPINECDS_IS_PRINT_DIALOG (self), NULL);

  return self->document_row;
}

AdwComboRow *
spinecds_print_dialog_get_language_row (SpineCdsPrintDialog *self)
{
  g_return_val_if_fail (SPINECDS_IS_PRINT_DIALOG (self), NULL);

  return self->language_row;
}

AdwComboRow *
spinecds_print_dialog_get_printer_row (SpineCdsPrintDialog *self)
{
  g_return_val_if_fail (SPINECDS_IS_PRINT_DIALOG (self), NULL);

  return self->printer_row;
}

const char *
spinecds_print_dialog_get_printer_name (SpineCdsPrintDialog *self)
{
  guint selected;

  g_return_val_if_fail (SPINECDS_IS_PRINT_DIALOG (self), NULL);

  if (self->printers == NULL)
    return NULL;
  selected = adw_combo_row_get_selected (self->printer_row);
  if (selected >= self->printers->len)
    return NULL;
  return ((SpineCdsPrinter *) g_ptr_array_index (self->printers, selected))->name;
}

gboolean
spinecds_print_dialog_get_ready (SpineCdsPrintDialog *self)
{
  g_return_val_if_fail (SPINECDS_IS_PRINT_DIALOG (self), FALSE);

  return self->printers != NULL;
}
