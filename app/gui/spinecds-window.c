/* spinecds-window.c: the window's life: one case, its file, its plan, its draft
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window owns one SpineCdsCase for its whole life. Opening a file
 * or restoring a draft assigns into it, so the form's bindings never
 * change. Every ::changed re-evaluates synchronously (well under a
 * millisecond), refreshes the views, recomputes "modified" against the
 * last saved copy and schedules a draft.
 */
#define G_LOG_DOMAIN "spinecds-window"

#include "config.h"

#include <glib/gi18n.h>

#include "spinecds-accessible.h"
#include "spinecds-case-file.h"
#include "spinecds-drafts.h"
#include "spinecds-evaluator.h"
#include "spinecds-window-private.h"

/* A change reaches the draft within DRAFT_DELAY_MS plus one write. */
#define DRAFT_DELAY_MS 700

G_DEFINE_FINAL_TYPE (SpineCdsWindow, spinecds_window, ADW_TYPE_APPLICATION_WINDOW)

enum
{
  PROP_0,
  PROP_MODIFIED,
  PROP_FILE,
  PROP_KNOWLEDGE_BASE,
  PROP_KNOWLEDGE_BASE_ERROR,
  PROP_CATALOG,
  PROP_SETTINGS,
  PROP_RECENT_MENU,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_title (SpineCdsWindow *self)
{
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  g_autofree char *window_title = NULL;
  g_autofree char *subtitle = NULL;

  if (self->file != NULL)
    {
      g_autoptr(GFile) parent = g_file_get_parent (self->file);
      name = g_file_get_basename (self->file);
      if (parent != NULL)
        {
          g_autofree char *path = g_file_get_path (parent);
          const char      *home = g_get_home_dir ();

          if (path != NULL && home != NULL && g_str_has_prefix (path, home))
            subtitle = g_strconcat ("~", path + strlen (home), NULL);
          else if (path != NULL)
            subtitle = g_steal_pointer (&path);
          else
            subtitle = g_file_get_parse_name (parent);
        }
    }
  else
    {
      /* Translators: title of a case that was never saved */
      name = g_strdup (_ ("New Case"));
      subtitle = g_strdup (self->modified ? _ ("Not saved") : "");
    }

  /* The dot marks unsaved changes, as in other GNOME editors. */
  title = self->modified ? g_strdup_printf ("• %s", name) : g_strdup (name);
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, subtitle != NULL ? subtitle : "");

  /* Translators: window title; %s is the case file name */
  window_title = g_strdup_printf (_ ("%s — SpineCDS"), title);
  gtk_window_set_title (GTK_WINDOW (self), window_title);
}

static void
set_modified (SpineCdsWindow *self,
              gboolean        modified)
{
  modified = !!modified;
  if (self->modified == modified)
    return;

  self->modified = modified;
  update_title (self);
  _spinecds_window_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static void
evaluate (SpineCdsWindow *self)
{
  if (self->kb == NULL)
    return;

  g_clear_object (&self->assessment);
  self->assessment = spinecds_evaluate (self->kb, self->kase);
  spinecds_assessment_view_set_assessment (self->assessment_view, self->assessment, self->catalog);
  spinecds_triage_bar_set_assessment (self->triage_bar, self->assessment);
  spinecds_references_page_set_assessment (self->references_page, self->assessment);
}

/* Drafts --------------------------------------------------------------- */

static void
on_draft_saved (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  /* Only the error's message: never the case. */
  if (!spinecds_drafts_save_finish (result, &error)
      && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_warning ("Could not write the draft: %s", error->message);
}

static gboolean
draft_timeout_cb (gpointer user_data)
{
  SpineCdsWindow *self = user_data;

  self->draft_timeout_id = 0;
  if (self->modified)
    {
      spinecds_drafts_save_async (self->draft_id, self->kase, self->file,
                                  self->draft_cancellable, on_draft_saved, NULL);
      self->draft_written = TRUE;
    }
  return G_SOURCE_REMOVE;
}

static void
schedule_draft (SpineCdsWindow *self)
{
  /* Not restarted by later changes: a steady stream of edits must not
   * postpone the draft forever. */
  if (self->draft_timeout_id == 0)
    self->draft_timeout_id = g_timeout_add (DRAFT_DELAY_MS, draft_timeout_cb, self);
}

static void
discard_draft (SpineCdsWindow *self)
{
  g_clear_handle_id (&self->draft_timeout_id, g_source_remove);
  if (self->draft_written)
    {
      /* A write still in flight must not resurrect the draft. */
      g_cancellable_cancel (self->draft_cancellable);
      g_clear_object (&self->draft_cancellable);
      self->draft_cancellable = g_cancellable_new ();
      spinecds_drafts_remove (self->draft_id);
      self->draft_written = FALSE;
    }
}

void
spinecds_window_flush_draft (SpineCdsWindow *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (SPINECDS_IS_WINDOW (self));

  g_clear_handle_id (&self->draft_timeout_id, g_source_remove);
  if (!self->modified)
    return;
  if (!spinecds_drafts_save (self->draft_id, self->kase, self->file, &error))
    g_warning ("Could not write the draft: %s", error->message);
  else
    self->draft_written = TRUE;
}

/* Case ----------------------------------------------------------------- */

static void
on_case_changed (SpineCdsWindow *self)
{
  evaluate (self);
  set_modified (self, !spinecds_case_equal (self->kase, self->saved));

  if (self->modified)
    schedule_draft (self);
  else
    discard_draft (self);
}

static void
mark_saved (SpineCdsWindow *self,
            SpineCdsCase   *written)
{
  g_clear_object (&self->saved);
  self->saved = spinecds_case_copy (written);
  set_modified (self, !spinecds_case_equal (self->kase, self->saved));
  if (!self->modified)
    discard_draft (self);
}

static void
set_file (SpineCdsWindow *self,
          GFile          *file)
{
  /* Notified on every open and save, not only on a change: the
   * application puts the file first among the recent cases. */
  g_set_object (&self->file, file);
  update_title (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

/* Opening and saving happen in worker threads (the core's _async
 * calls): a slow disk or a network folder never freezes the window.
 * The window's io_cancellable, cancelled when it goes, keeps a late
 * result from touching a window that is gone. */

static void
set_loading (SpineCdsWindow *self,
             gboolean        loading)
{
  self->loading = !!loading;
  /* The case is about to be replaced: nothing typed or decided now
   * would survive (import is disabled too, in update_actions). */
  gtk_widget_set_sensitive (GTK_WIDGET (self->form), !loading);
  gtk_widget_set_sensitive (GTK_WIDGET (self->assessment_view), !loading);
  _spinecds_window_update_actions (self);
}

static void
adopt_loaded_case (SpineCdsWindow *self,
                   GFile          *file,
                   SpineCdsCase   *loaded)
{
  /* Update saved first so that the ::changed of assign finds it unmodified. */
  g_clear_object (&self->saved);
  self->saved = spinecds_case_copy (loaded);
  set_file (self, file);
  spinecds_case_assign (self->kase, loaded);
  /* assign() emits nothing when the contents were already equal. */
  on_case_changed (self);
}

static void
on_case_loaded (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  SpineCdsWindow *self = g_task_get_source_object (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(SpineCdsCase) loaded = spinecds_case_file_load_finish (result, &error);

  if (g_task_return_error_if_cancelled (task))
    return;

  set_loading (self, FALSE);
  /* Parsed completely first: a bad file leaves the current case alone. */
  if (loaded == NULL)
    {
      _spinecds_window_show_error (self, _ ("Could Not Open Case"), error->message);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  adopt_loaded_case (self, g_task_get_task_data (task), loaded);
  g_task_return_boolean (task, TRUE);
}

void
spinecds_window_load_file_async (SpineCdsWindow     *self,
                                 GFile              *file,
                                 GAsyncReadyCallback callback,
                                 gpointer            user_data)
{
  GTask *task;

  g_return_if_fail (SPINECDS_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, self->io_cancellable, callback, user_data);
  g_task_set_source_tag (task, spinecds_window_load_file_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  set_loading (self, TRUE);
  spinecds_case_file_load_async (file, self->io_cancellable, on_case_loaded, task);
}

gboolean
spinecds_window_load_file_finish (SpineCdsWindow *self,
                                  GAsyncResult   *result,
                                  GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* One save of the window: where to, and the application held until it
 * ends, so that quitting never cuts a write short. */
typedef struct
{
  GFile        *file;
  GApplication *application;
} SaveRequest;

static void
save_request_free (SaveRequest *request)
{
  g_object_unref (request->file);
  if (request->application != NULL)
    {
      g_application_release (request->application);
      g_object_unref (request->application);
    }
  g_free (request);
}

static void start_save (SpineCdsWindow *self,
                        GTask          *task);

/* Saves run one after another, each with the case as it is when it
 * starts: two at once could finish out of order and leave the file
 * older than what the window calls saved. */
static void
save_next (SpineCdsWindow *self)
{
  GTask *next = g_queue_pop_head (&self->pending_saves);

  if (next != NULL)
    {
      start_save (self, next);
      return;
    }
  self->saving = FALSE;
  _spinecds_window_update_actions (self);
  /* Asked to close while saving, or to save before closing: close now;
   * close_request asks again if something is still unsaved. */
  if (self->close_after_save)
    {
      self->close_after_save = FALSE;
      gtk_window_close (GTK_WINDOW (self));
    }
}

static void
on_case_saved (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  SpineCdsWindow *self = g_task_get_source_object (task);
  SaveRequest    *request = g_task_get_task_data (task);
  SpineCdsCase   *written = g_object_get_data (G_OBJECT (task), "written");
  g_autoptr(GError) error = NULL;
  g_autofree char *warning = NULL;
  gboolean         saved = spinecds_case_file_save_finish (result, &warning, &error);

  if (g_task_return_error_if_cancelled (task))
    return;

  if (!saved)
    {
      /* Not closed over a failed save. */
      self->close_after_save = FALSE;
      _spinecds_window_show_error (self, _ ("Could Not Save Case"), error->message);
      g_task_return_error (task, g_steal_pointer (&error));
    }
  else
    {
      set_file (self, request->file);
      /* What was written is saved; what was typed meanwhile is not. */
      mark_saved (self, written);
      /* Saved, but the user should know: no backup could be kept. */
      if (warning != NULL)
        spinecds_window_add_toast (self, adw_toast_new (warning));
      g_task_return_boolean (task, TRUE);
    }
  save_next (self);
}

static void
start_save (SpineCdsWindow *self,
            GTask          *task)
{
  SaveRequest  *request = g_task_get_task_data (task);
  SpineCdsCase *written = spinecds_case_copy (self->kase);

  g_object_set_data_full (G_OBJECT (task), "written", written, g_object_unref);
  spinecds_case_file_save_async (written, request->file, self->io_cancellable, on_case_saved, task);
}

void
spinecds_window_save_to_file_async (SpineCdsWindow     *self,
                                    GFile              *file,
                                    GAsyncReadyCallback callback,
                                    gpointer            user_data)
{
  GTask       *task;
  SaveRequest *request;

  g_return_if_fail (SPINECDS_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  request = g_new0 (SaveRequest, 1);
  request->file = g_object_ref (file);
  request->application = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  if (request->application != NULL)
    {
      g_object_ref (request->application);
      g_application_hold (request->application);
    }
  task = g_task_new (self, self->io_cancellable, callback, user_data);
  g_task_set_source_tag (task, spinecds_window_save_to_file_async);
  g_task_set_task_data (task, request, (GDestroyNotify) save_request_free);

  if (self->saving)
    {
      g_queue_push_tail (&self->pending_saves, task);
      return;
    }
  self->saving = TRUE;
  _spinecds_window_update_actions (self);
  start_save (self, task);
}

gboolean
spinecds_window_save_to_file_finish (SpineCdsWindow *self,
                                     GAsyncResult   *result,
                                     GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

typedef struct
{
  SpineCdsWindow *window;
  SpineCdsCase   *placeholder; /* the window's saved case while the original is read */
} OriginalRead;

/* A save that finished first knows better than the file read before it. */
static void
on_original_read (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  OriginalRead *read = user_data;
  g_autoptr(SpineCdsCase) on_disk = spinecds_case_file_load_finish (result, NULL);

  if (on_disk != NULL && read->window->saved == read->placeholder)
    mark_saved (read->window, on_disk);
  g_object_unref (read->window);
  g_object_unref (read->placeholder);
  g_free (read);
}

void
spinecds_window_restore_draft (SpineCdsWindow *self,
                               SpineCdsCase   *kase,
                               GFile          *original,
                               const char     *draft_id)
{
  g_return_if_fail (SPINECDS_IS_WINDOW (self));
  g_return_if_fail (SPINECDS_IS_CASE (kase));
  g_return_if_fail (draft_id != NULL);

  /* Keep writing to the same draft until the case is saved. */
  discard_draft (self);
  g_free (self->draft_id);
  self->draft_id = g_strdup (draft_id);
  self->draft_written = TRUE;

  /* Unsaved against an empty case until the original is read (in the
   * background) and found to be what the draft holds, or not. */
  g_clear_object (&self->saved);
  self->saved = spinecds_case_new ();
  if (original != NULL)
    {
      OriginalRead *read = g_new0 (OriginalRead, 1);

      read->window = g_object_ref (self);
      read->placeholder = g_object_ref (self->saved);
      spinecds_case_file_load_async (original, self->io_cancellable, on_original_read, read);
    }
  set_file (self, original);
  spinecds_case_assign (self->kase, kase);
  on_case_changed (self);
}

void
_spinecds_window_show_error (SpineCdsWindow *self,
                             const char     *heading,
                             const char     *message)
{
  GtkWidget *dialog;

  /* A file opened at start is loaded before the window is shown. */
  if (!gtk_widget_get_visible (GTK_WIDGET (self)))
    gtk_window_present (GTK_WINDOW (self));

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Closing -------------------------------------------------------------- */

static void
save_window_state (SpineCdsWindow *self)
{
  GSettings *settings = self->settings;
  int        width, height;

  if (settings == NULL)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!gtk_window_is_maximized (GTK_WINDOW (self)))
    {
      g_settings_set_int (settings, "window-width", width);
      g_settings_set_int (settings, "window-height", height);
    }
}

static void
on_close_response (AdwMessageDialog *dialog,
                   const char       *response,
                   SpineCdsWindow   *self)
{
  if (g_strcmp0 (response, "discard") == 0)
    {
      discard_draft (self);
      set_modified (self, FALSE);
      gtk_window_close (GTK_WINDOW (self));
    }
  else if (g_strcmp0 (response, "save") == 0)
    {
      self->close_after_save = TRUE;
      if (self->file != NULL)
        _spinecds_window_save (self, self->file);
      else
        _spinecds_window_save_as (self);
    }
}

static gboolean
spinecds_window_close_request (GtkWindow *window)
{
  SpineCdsWindow  *self = SPINECDS_WINDOW (window);
  GtkWidget       *dialog;
  g_autofree char *body = NULL;
  /* The file's name as the file chooser shows it: a file that is not
   * local has no path. */
  g_autofree char *name = self->file != NULL ? g_file_get_parse_name (self->file) : g_strdup (_ ("New Case"));

  /* A save under way ends first; then the window closes, or asks
   * about what was typed meanwhile. */
  if (self->saving)
    {
      self->close_after_save = TRUE;
      return TRUE;
    }

  if (self->modified)
    {
      /* Translators: %s is the case file name, or "New Case" */
      body = g_strdup_printf (_ ("“%s” has unsaved changes. Changes that are not saved are lost."), name);
      dialog = adw_message_dialog_new (window, _ ("Save Changes?"), body);
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                        "cancel", _ ("_Cancel"),
                                        "discard", _ ("_Discard"),
                                        "save", _ ("_Save"),
                                        NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                                  ADW_RESPONSE_DESTRUCTIVE);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                                  ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
      adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
      g_signal_connect_object (dialog, "response", G_CALLBACK (on_close_response), self, 0);
      gtk_window_present (GTK_WINDOW (dialog));
      return TRUE;
    }

  /* A clean close: nothing left to recover. */
  self->closing = TRUE;
  discard_draft (self);
  save_window_state (self);

  return GTK_WINDOW_CLASS (spinecds_window_parent_class)->close_request (window);
}

/* Public --------------------------------------------------------------- */

SpineCdsCase *
spinecds_window_get_case (SpineCdsWindow *self)
{
  g_return_val_if_fail (SPINECDS_IS_WINDOW (self), NULL);

  return self->kase;
}

SpineCdsAssessment *
spinecds_window_get_assessment (SpineCdsWindow *self)
{
  g_return_val_if_fail (SPINECDS_IS_WINDOW (self), NULL);

  return self->assessment;
}

GFile *
spinecds_window_get_file (SpineCdsWindow *self)
{
  g_return_val_if_fail (SPINECDS_IS_WINDOW (self), NULL);

  return self->file;
}

gboolean
spinecds_window_get_modified (SpineCdsWindow *self)
{
  g_return_val_if_fail (SPINECDS_IS_WINDOW (self), FALSE);

  return self->modified;
}

gboolean
spinecds_window_is_pristine (SpineCdsWindow *self)
{
  g_return_val_if_fail (SPINECDS_IS_WINDOW (self), FALSE);

  return self->file == NULL && !self->modified && !self->loading && !self->saving;
}

const char *
spinecds_window_get_draft_id (SpineCdsWindow *self)
{
  g_return_val_if_fail (SPINECDS_IS_WINDOW (self), NULL);

  return self->draft_id;
}

/* GObject -------------------------------------------------------------- */

/* The schema's region enum follows SpineCdsRegion, "none" included. */
G_STATIC_ASSERT (SPINECDS_REGION_UNKNOWN == 3);

static void
apply_settings (SpineCdsWindow *self)
{
  SpineCdsRegion region;

  if (self->settings == NULL)
    return;

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  /* The default region is part of a new case, not a change to it;
   * "none" (the default) is SPINECDS_REGION_UNKNOWN: no region until
   * the clinician chooses one (GUIDELINE-LOGIC §8.11). */
  region = g_settings_get_enum (self->settings, "default-region");
  spinecds_case_set_region (self->kase, region);
  spinecds_case_set_region (self->saved, region);
}

static void
show_knowledge_base_state (SpineCdsWindow *self)
{
  g_autofree char *description = NULL;

  if (self->kb != NULL)
    {
      gtk_stack_set_visible_child_name (self->assessment_stack, "views");
      return;
    }

  /* Translators: %s says why the knowledge base did not load */
  description = g_strdup_printf (_ ("The knowledge base could not be loaded, so SpineCDS gives no advice.\n\n%s"),
                                 self->kb_error != NULL ? self->kb_error->message : _ ("Unknown error"));
  gtk_widget_set_visible (GTK_WIDGET (self->kb_error_page), TRUE);
  adw_status_page_set_icon_name (self->kb_error_page, "dialog-error-symbolic");
  adw_status_page_set_description (self->kb_error_page, description);
  gtk_stack_set_visible_child_name (self->assessment_stack, "error");
}

static void
spinecds_window_constructed (GObject *object)
{
  SpineCdsWindow        *self = SPINECDS_WINDOW (object);
  SpineCdsDecisionPanel *decision_panel = spinecds_assessment_view_get_decision_panel (self->assessment_view);

  G_OBJECT_CLASS (spinecds_window_parent_class)->constructed (object);

  apply_settings (self);
  if (self->recent_menu != NULL)
    g_menu_append_section (self->recent_submenu, NULL, self->recent_menu);
  show_knowledge_base_state (self);

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  spinecds_case_form_set_case (self->form, self->kase);
  spinecds_decision_panel_set_case (decision_panel, self->kase);
  if (self->settings != NULL)
    {
      g_autofree char *clinician = g_settings_get_string (self->settings, "clinician-name");

      spinecds_decision_panel_set_clinician (decision_panel, clinician);
    }
  g_signal_connect_object (self->kase, "changed", G_CALLBACK (on_case_changed), self,
                           G_CONNECT_SWAPPED);
  evaluate (self);
  update_title (self);
  _spinecds_window_update_actions (self);
}

static void
spinecds_window_dispose (GObject *object)
{
  SpineCdsWindow *self = SPINECDS_WINDOW (object);

  g_clear_handle_id (&self->draft_timeout_id, g_source_remove);
  if (self->draft_cancellable != NULL)
    g_cancellable_cancel (self->draft_cancellable);
  g_clear_object (&self->draft_cancellable);
  /* A load or save still running finishes without this window; saves
   * not yet started report that they were cancelled. */
  if (self->io_cancellable != NULL)
    g_cancellable_cancel (self->io_cancellable);
  g_clear_object (&self->io_cancellable);
  while (!g_queue_is_empty (&self->pending_saves))
    {
      g_autoptr(GTask) queued = g_queue_pop_head (&self->pending_saves);

      g_task_return_error_if_cancelled (queued);
    }
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  g_clear_weak_pointer (&self->form_focus);
  g_clear_weak_pointer (&self->plan_focus);
  gtk_widget_dispose_template (GTK_WIDGET (self), SPINECDS_TYPE_WINDOW);

  g_clear_object (&self->assessment);
  g_clear_object (&self->kb);
  g_clear_pointer (&self->kb_error, g_error_free);
  g_clear_pointer (&self->catalog, spinecds_catalog_unref);
  g_clear_object (&self->settings);
  g_clear_object (&self->recent_menu);
  g_clear_object (&self->file);
  g_clear_object (&self->saved);
  g_clear_object (&self->kase);

  G_OBJECT_CLASS (spinecds_window_parent_class)->dispose (object);
}

static void
spinecds_window_finalize (GObject *object)
{
  SpineCdsWindow *self = SPINECDS_WINDOW (object);

  g_free (self->draft_id);

  G_OBJECT_CLASS (spinecds_window_parent_class)->finalize (object);
}

static void
spinecds_window_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SpineCdsWindow *self = SPINECDS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
      break;
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
spinecds_window_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SpineCdsWindow *self = SPINECDS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_KNOWLEDGE_BASE:
      self->kb = g_value_dup_object (value);
      break;
    case PROP_KNOWLEDGE_BASE_ERROR:
      self->kb_error = g_value_dup_boxed (value);
      break;
    case PROP_CATALOG:
      self->catalog = g_value_dup_boxed (value);
      break;
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    case PROP_RECENT_MENU:
      self->recent_menu = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
spinecds_window_class_init (SpineCdsWindowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = spinecds_window_dispose;
  object_class->finalize = spinecds_window_finalize;
  object_class->constructed = spinecds_window_constructed;
  object_class->get_property = spinecds_window_get_property;
  object_class->set_property = spinecds_window_set_property;
  window_class->close_request = spinecds_window_close_request;

  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* What the window needs from its application, given once: the
   * window never reaches back for it. */
  properties[PROP_KNOWLEDGE_BASE] =
    g_param_spec_object ("knowledge-base", NULL, NULL, SPINECDS_TYPE_KNOWLEDGE_BASE,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KNOWLEDGE_BASE_ERROR] =
    g_param_spec_boxed ("knowledge-base-error", NULL, NULL, G_TYPE_ERROR,
                        G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CATALOG] =
    g_param_spec_boxed ("catalog", NULL, NULL, SPINECDS_TYPE_CATALOG,
                        G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RECENT_MENU] =
    g_param_spec_object ("recent-menu", NULL, NULL, G_TYPE_MENU_MODEL,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SPINECDS_TYPE_CASE_FORM);
  g_type_ensure (SPINECDS_TYPE_ASSESSMENT_VIEW);
  g_type_ensure (SPINECDS_TYPE_TRIAGE_BAR);
  g_type_ensure (SPINECDS_TYPE_REFERENCES_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/SpineCDS/ui/spinecds-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SpineCdsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsWindow, form);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsWindow, assessment_stack);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsWindow, kb_error_page);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsWindow, assessment_view);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsWindow, triage_bar);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsWindow, recent_submenu);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsWindow, references_page);

  _spinecds_window_class_actions_init (widget_class);
}

/* The main menu and its recent cases become widgets when first opened,
 * not in every window at start (docs/performance.md). */
static void
create_primary_menu (GtkMenuButton *button,
                     gpointer       user_data)
{
  SpineCdsWindow *self = user_data;

  if (gtk_menu_button_get_menu_model (button) == NULL)
    gtk_menu_button_set_menu_model (button, G_MENU_MODEL (self->primary_menu));
}

static void
spinecds_window_init (SpineCdsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (self->primary_menu_button, create_primary_menu, self, NULL);
  spinecds_accessible_fix_mnemonic_buttons (GTK_WIDGET (self));

  self->kase = spinecds_case_new ();
  self->saved = spinecds_case_new ();
  self->draft_id = spinecds_drafts_new_id ();
  self->draft_cancellable = g_cancellable_new ();
  self->io_cancellable = g_cancellable_new ();
  _spinecds_window_actions_init (self);
}

void
spinecds_window_add_toast (SpineCdsWindow *self,
                           AdwToast       *toast)
{
  g_return_if_fail (SPINECDS_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}
