/* spinecds-window-actions.c: what the user can do to a window's case
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "spinecds-window-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "spinecds-case-file.h"
#include "spinecds-file-chooser.h"
#include "spinecds-import-dialog.h"
#include "spinecds-window-private.h"

#include "spinecds-print-operation.h"
#include "spinecds-record-note.h"

static void
add_case_filters (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) cases = gtk_file_filter_new ();

  gtk_file_filter_set_name (cases, _ ("SpineCDS Cases"));
  gtk_file_filter_add_pattern (cases, "*.spinecase");
  spinecds_file_chooser_add_filters (chooser, cases);
}

static void
open_response (GtkNativeDialog *dialog,
               int              response,
               SpineCdsWindow  *self)
{
  g_autoptr(GFile) file = spinecds_file_chooser_finish (dialog, response, &self->chooser);

  if (file != NULL)
    _spinecds_window_open (self, file);
}

void
_spinecds_window_open (SpineCdsWindow *self,
                       GFile          *file)
{
  if (spinecds_window_is_pristine (self))
    {
      spinecds_window_load_file_async (self, file, NULL, NULL);
    }
  else
    {
      /* Never replace unsaved or file-backed work: open alongside. */
      GApplication *app = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
      g_application_open (app, &file, 1, "");
    }
}

/* Case files dropped on the window: the first as Open would, the rest
 * each in a window of its own. */
static gboolean
on_drop (GtkDropTarget  *target,
         const GValue   *value,
         double          x,
         double          y,
         SpineCdsWindow *self)
{
  GSList *files = gdk_file_list_get_files (g_value_get_boxed (value));

  if (files == NULL)
    return FALSE;

  _spinecds_window_open (self, files->data);
  for (GSList *l = files->next; l != NULL; l = l->next)
    {
      GFile *file = l->data;

      g_application_open (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))), &file, 1, "");
    }
  g_slist_free (files);
  return TRUE;
}

void
_spinecds_window_actions_init (SpineCdsWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect_object (target, "drop", G_CALLBACK (on_drop), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SpineCdsWindow *self = SPINECDS_WINDOW (widget);

  if (self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_ ("Open Case"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _ ("_Open"), _ ("_Cancel"));
  add_case_filters (GTK_FILE_CHOOSER (self->chooser));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect (self->chooser, "response", G_CALLBACK (open_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
save_as_response (GtkNativeDialog *dialog,
                  int              response,
                  SpineCdsWindow  *self)
{
  g_autoptr(GFile) file = NULL;
  gboolean close_after = self->close_after_save;

  self->close_after_save = FALSE;
  file = spinecds_file_chooser_finish (dialog, response, &self->chooser);

  if (file == NULL)
    return;

  /* A name typed without an extension gets the one the filter shows,
   * but never at the cost of a file the chooser did not ask about. */
  {
    GFile *named = spinecds_case_file_name_for_save (file);

    g_object_unref (file);
    file = named;
  }

  self->close_after_save = close_after;
  _spinecds_window_save (self, file);
}

void
_spinecds_window_save (SpineCdsWindow *self,
                       GFile          *file)
{
  spinecds_window_save_to_file_async (self, file, NULL, NULL);
}

void
_spinecds_window_save_as (SpineCdsWindow *self)
{
  if (self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_ ("Save Case"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _ ("_Save"), _ ("_Cancel"));
  add_case_filters (GTK_FILE_CHOOSER (self->chooser));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  if (self->file != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (self->chooser), self->file, NULL);
  else
    /* Translators: suggested file name of a new case; keep the extension */
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), _ ("case.spinecase"));
  g_signal_connect (self->chooser, "response", G_CALLBACK (save_as_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  _spinecds_window_save_as (SPINECDS_WINDOW (widget));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SpineCdsWindow *self = SPINECDS_WINDOW (widget);

  if (self->file != NULL)
    _spinecds_window_save (self, self->file);
  else
    _spinecds_window_save_as (self);
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
show_assessment_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  SpineCdsWindow *self = SPINECDS_WINDOW (widget);

  adw_leaflet_set_visible_child_name (self->leaflet, "assessment");
}

static void
show_form_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SpineCdsWindow *self = SPINECDS_WINDOW (widget);

  adw_leaflet_set_visible_child_name (self->leaflet, "form");
}

/* F6, as between the panes of a GtkPaned: the form is long, and a
 * keyboard user should not have to tab through it to read the plan.
 * Each pane's focus is kept, to come back to where it was. */
static void
switch_pane_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SpineCdsWindow *self = SPINECDS_WINDOW (widget);
  GtkWidget      *focus = gtk_root_get_focus (GTK_ROOT (self));
  gboolean        in_form = focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->form));
  GtkWidget      *target = in_form ? GTK_WIDGET (self->assessment_view) : GTK_WIDGET (self->form);
  GtkWidget      *back;

  if (in_form)
    g_set_weak_pointer (&self->form_focus, focus);
  else if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->assessment_view)))
    g_set_weak_pointer (&self->plan_focus, focus);
  back = in_form ? self->plan_focus : self->form_focus;

  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child_name (self->leaflet, in_form ? "assessment" : "form");
  if (back == NULL || !gtk_widget_is_ancestor (back, target) || !gtk_widget_grab_focus (back))
    gtk_widget_child_focus (target, GTK_DIR_TAB_FORWARD);
}

static void
import_report_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SpineCdsWindow       *self = SPINECDS_WINDOW (widget);
  SpineCdsImportDialog *dialog;

  /* Modal: the case cannot change under the dialog, and a second one
   * cannot open on top. */
  dialog = spinecds_import_dialog_new (GTK_WINDOW (self), self->kase);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_printed (const char *printer,
            gpointer    user_data)
{
  SpineCdsWindow  *self = user_data;
  /* Translators: %s is the name of a printer */
  g_autofree char *text = g_strdup_printf (_ ("Sent to %s"), printer != NULL ? printer : "");

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  SpineCdsWindow *self = SPINECDS_WINDOW (widget);

  if (self->assessment == NULL)
    return;
  spinecds_print_operation_run_print (GTK_WINDOW (self), self->settings, self->kase, self->assessment, on_printed, self);
}

static void
on_exported (GFile   *file,
             gpointer user_data)
{
  SpineCdsWindow  *self = user_data;
  g_autofree char *name = g_file_get_basename (file);
  /* Translators: %s is the name of the exported PDF */
  g_autofree char *text = g_strdup_printf (_ ("Exported “%s”"), name);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
}

static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SpineCdsWindow *self = SPINECDS_WINDOW (widget);

  if (self->assessment == NULL)
    return;
  spinecds_print_operation_run_export (GTK_WINDOW (self), self->settings, self->kase, self->assessment, on_exported, self);
}

/* The plan as plain text for the patient's record, the same text as
 * `spinecds-cli evaluate --format note`, in the interface language. */
static void
copy_note_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SpineCdsWindow  *self = SPINECDS_WINDOW (widget);
  g_autofree char *note = NULL;

  if (self->assessment == NULL)
    return;
  note = spinecds_record_note (self->kase, self->assessment, self->catalog);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), note);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_ ("Plan copied for the record")));
}

void
_spinecds_window_update_actions (SpineCdsWindow *self)
{
  /* No plan, nothing to print: a broken knowledge base gives no advice. */
  gboolean can_print = self->kb != NULL;
  /* One save at a time, so that the file holds the last one asked for. */
  gboolean can_save = !self->saving && !self->loading;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", can_print);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-pdf", can_print);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.copy-note", can_print);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", can_save);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", can_save);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import-report", !self->loading);
}

/* A shortcuts window reads an action's keys only from the window it
 * belongs to, which GTK 4.8 sets for a help overlay given to every
 * window at start, and shows none without it. This one is built on
 * demand: each shortcut that names an action is given that action's
 * keys from the application instead (one table of keys, in
 * spinecds-application.c), and no action to look them up again. */
static void
show_action_keys (GtkBuilder     *builder,
                  GtkApplication *application)
{
  g_autoptr(GSList) objects = gtk_builder_get_objects (builder);

  for (GSList *l = objects; l != NULL; l = l->next)
    {
      g_autofree char *action = NULL;
      g_auto(GStrv) accels = NULL;
      g_autofree char *keys = NULL;

      if (!GTK_IS_SHORTCUTS_SHORTCUT (l->data))
        continue;
      g_object_get (l->data, "action-name", &action, NULL);
      if (action == NULL)
        continue;
      accels = gtk_application_get_accels_for_action (application, action);
      keys = g_strjoinv (" ", accels);
      g_object_set (l->data, "action-name", NULL, "accelerator", keys, NULL);
    }
}

/* Built when asked for, not with every window (5 ms, 1.2 MiB each). */
static void
show_help_overlay_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/com/example/SpineCDS/ui/help-overlay.ui");
  GtkWindow *overlay = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));

  show_action_keys (builder, gtk_window_get_application (GTK_WINDOW (widget)));

  gtk_window_set_modal (overlay, TRUE);
  gtk_window_set_transient_for (overlay, GTK_WINDOW (widget));
  gtk_window_present (overlay);
}

void
_spinecds_window_class_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.close", NULL, close_action);
  gtk_widget_class_install_action (widget_class, "win.show-assessment", NULL, show_assessment_action);
  gtk_widget_class_install_action (widget_class, "win.show-form", NULL, show_form_action);
  gtk_widget_class_install_action (widget_class, "win.switch-pane", NULL, switch_pane_action);
  gtk_widget_class_install_action (widget_class, "win.import-report", NULL, import_report_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.export-pdf", NULL, export_pdf_action);
  gtk_widget_class_install_action (widget_class, "win.copy-note", NULL, copy_note_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_help_overlay_action);
}
