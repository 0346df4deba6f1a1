/* spinecds-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Owns what all windows share: the knowledge base (loaded once; a
 * failure is kept and shown, never worked around), the settings and
 * the interface language's catalog. On start it offers back the drafts
 * a crash left behind.
 */
#define G_LOG_DOMAIN "spinecds-application"

#include "config.h"

#include <locale.h>
#ifdef HAVE_MALLOC_TRIM
#include <malloc.h>
#endif

#include <glib/gi18n.h>

#include "spinecds-application.h"
#include "spinecds-build-tree.h"
#include "spinecds-case-file.h"
#include "spinecds-window-private.h"
#include "spinecds-drafts.h"
#include "spinecds-preferences-window.h"
#include "spinecds-recent-cases.h"
#include "spinecds-window.h"

struct _SpineCdsApplication
{
  AdwApplication         parent_instance;

  SpineCdsKnowledgeBase *kb;
  GError                *kb_error;
  GSettings             *settings;
  SpineCdsCatalog       *catalog;
  gboolean               drafts_offered;
  GFile                 *named_case;        /* the command line's one file, read early */
  GMenu                 *recent_menu;       /* of the private recent cases, shared by the windows */
  guint64                recent_generation; /* of the list the menu shows */

  /* Start-up's freed heap, handed back once (see trim_heap_once_settled) */
  gboolean               heap_trim_armed;
  GdkFrameClock         *heap_trim_clock;
  guint                  heap_trim_timeout_id;
};

G_DEFINE_FINAL_TYPE (SpineCdsApplication, spinecds_application, ADW_TYPE_APPLICATION)

void
spinecds_application_bind_textdomain (void)
{
  /* The same directory the catalogs of the plan's facts come from. */
  bindtextdomain (GETTEXT_PACKAGE, spinecds_catalog_get_localedir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  /* The default domain: g_dpgettext2 (NULL, "kb", …) finds the
   * knowledge base's texts in it. */
  textdomain (GETTEXT_PACKAGE);
}

/* GTK 4.8 draws with OpenGL. Without a GPU (a virtual machine, a remote
 * desktop, Xvfb) that is Mesa's software rasteriser, which compiles its
 * shaders at start-up: there GTK's cairo renderer shows the first window
 * in 60 % of the time (measured: 175 against 293 ms with the seed case).
 * GDK still opens an OpenGL context the cairo renderer never uses;
 * without it the first frame comes ~40 ms sooner and the process needs
 * ~60 MiB less (measured with build-aux/bench). No render node in
 * /dev/dri means no GPU; GSK_RENDERER or GDK_DEBUG, when set, win. */
/* Set when prefer_cairo_without_gpu() set GDK_DEBUG, to take it back
 * once GDK has read it. */
static gboolean gdk_debug_set_here;

static void
prefer_cairo_without_gpu (void)
{
  g_autoptr(GDir) dri = NULL;
  const char *name;

  if (g_getenv ("GSK_RENDERER") != NULL)
    return;
  dri = g_dir_open ("/dev/dri", 0, NULL);
  while (dri != NULL && (name = g_dir_read_name (dri)) != NULL)
    if (g_str_has_prefix (name, "renderD"))
      return;
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  gdk_debug_set_here = g_getenv ("GDK_DEBUG") == NULL;
  g_setenv ("GDK_DEBUG", "gl-disable", FALSE);
}

void
spinecds_application_prepare_process (void)
{
  spinecds_catalog_set_locale ();
  prefer_cairo_without_gpu ();
  spinecds_application_bind_textdomain ();
  g_set_application_name (_ ("SpineCDS"));
}

SpineCdsApplication *
spinecds_application_new (void)
{
  return g_object_new (SPINECDS_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "resource-base-path", "/com/example/SpineCDS",
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       NULL);
}

SpineCdsKnowledgeBase *
spinecds_application_get_knowledge_base (SpineCdsApplication *self)
{
  g_return_val_if_fail (SPINECDS_IS_APPLICATION (self), NULL);

  return self->kb;
}

const GError *
spinecds_application_get_knowledge_base_error (SpineCdsApplication *self)
{
  g_return_val_if_fail (SPINECDS_IS_APPLICATION (self), NULL);

  return self->kb_error;
}

GSettings *
spinecds_application_get_settings (SpineCdsApplication *self)
{
  g_return_val_if_fail (SPINECDS_IS_APPLICATION (self), NULL);

  return self->settings;
}

SpineCdsCatalog *
spinecds_application_get_catalog (SpineCdsApplication *self)
{
  g_return_val_if_fail (SPINECDS_IS_APPLICATION (self), NULL);

  return self->catalog;
}

static char *
uri_basename (const char *uri)
{
  g_autoptr(GFile) file = g_file_new_for_uri (uri);

  return g_file_get_basename (file);
}

/* How the menu names the recent case @uris[@i]: by its file (the file
 * names are the clinic's: "Doe J 1234.spinecase"), and by its folder
 * too when another recent case has the same name, so that two patients'
 * files are never told apart by their place in the list. */
static char *
recent_label (const char * const *uris,
              guint               i)
{
  g_autofree char *name = uri_basename (uris[i]);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) parent = NULL;
  g_autofree char *folder = NULL;
  gboolean         shared = FALSE;

  for (guint j = 0; uris[j] != NULL && !shared; j++)
    {
      g_autofree char *other = j != i ? uri_basename (uris[j]) : NULL;

      shared = other != NULL && g_str_equal (other, name);
    }
  if (!shared)
    return g_steal_pointer (&name);

  file = g_file_new_for_uri (uris[i]);
  parent = g_file_get_parent (file);
  folder = parent != NULL ? g_file_get_parse_name (parent) : g_strdup ("/");
  /* Translators: a recent case in the menu, when two have the same file
   * name; %1$s is the file name, %2$s its folder */
  return g_strdup_printf (_ ("%1$s — %2$s"), name, folder);
}

static void
fill_recent_menu (SpineCdsApplication *self,
                  const char * const  *uris)
{
  g_menu_remove_all (self->recent_menu);
  for (guint i = 0; uris[i] != NULL; i++)
    {
      g_autofree char *name = recent_label (uris, i);
      g_autoptr(GMenuItem) item = g_menu_item_new (name, NULL);

      g_menu_item_set_action_and_target_value (item, "app.open-recent", g_variant_new_string (uris[i]));
      g_menu_append_item (self->recent_menu, item);
    }
}

/* The list is read and written in a worker thread (a home folder on a
 * network share must not freeze the windows); updates may finish out
 * of order, so the menu shows only a list newer than its own. */
static void
show_recent_list (SpineCdsApplication *self,
                  GAsyncResult        *result)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) uris = NULL;
  guint64 generation = 0;

  uris = spinecds_recent_cases_update_finish (result, &generation, &error);
  if (uris == NULL)
    g_warning ("The list of recent cases was not updated: %s", error->message);
  else if (self->recent_menu != NULL && generation > self->recent_generation)
    {
      self->recent_generation = generation;
      fill_recent_menu (self, (const char * const *) uris);
    }
}

static void
on_recent_read (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(SpineCdsApplication) self = user_data;

  show_recent_list (self, result);
}

static void
on_recent_changed (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(SpineCdsApplication) self = user_data;

  show_recent_list (self, result);
  g_application_release (G_APPLICATION (self));
}

GMenuModel *
spinecds_application_get_recent_menu (SpineCdsApplication *self)
{
  g_return_val_if_fail (SPINECDS_IS_APPLICATION (self), NULL);

  if (self->recent_menu == NULL)
    {
      self->recent_menu = g_menu_new ();
      spinecds_recent_cases_update_async (NULL, SPINECDS_RECENT_CASES_READ, NULL,
                                          on_recent_read, g_object_ref (self));
    }
  return G_MENU_MODEL (self->recent_menu);
}

/* @present: TRUE when @file was opened or saved, FALSE when it is gone. */
static void
note_recent_case (SpineCdsApplication *self,
                  GFile               *file,
                  gboolean             present)
{
  /* Quitting waits for the write, as it waits for a save. */
  g_application_hold (G_APPLICATION (self));
  spinecds_recent_cases_update_async (file, present ? SPINECDS_RECENT_CASES_ADD : SPINECDS_RECENT_CASES_REMOVE,
                                      NULL, on_recent_changed, g_object_ref (self));
}

/* Opened or saved: first in SpineCDS's own recent cases. */
static void
on_window_file (SpineCdsWindow      *window,
                GParamSpec          *pspec,
                SpineCdsApplication *self)
{
  GFile *file = spinecds_window_get_file (window);

  if (file != NULL)
    note_recent_case (self, file, TRUE);
}

/* Start-up --------------------------------------------------------------- */

/* How long the first window must go without repainting before start-up
 * counts as over: longer than the gap between its deferred builds. */
#define HEAP_TRIM_QUIET_MS 300

static void
stop_heap_trim (SpineCdsApplication *self)
{
  /* By data, not by id: a window that closes disposes its frame clock,
   * which drops its handlers. */
  if (self->heap_trim_clock != NULL)
    g_signal_handlers_disconnect_by_data (self->heap_trim_clock, self);
  g_clear_object (&self->heap_trim_clock);
  g_clear_handle_id (&self->heap_trim_timeout_id, g_source_remove);
}

static gboolean
trim_heap_cb (gpointer user_data)
{
  SpineCdsApplication *self = user_data;

  self->heap_trim_timeout_id = 0;
  stop_heap_trim (self);
#ifdef HAVE_MALLOC_TRIM
  malloc_trim (0);
#endif
  return G_SOURCE_REMOVE;
}

static void
on_heap_trim_paint (GdkFrameClock       *clock,
                    SpineCdsApplication *self)
{
  g_clear_handle_id (&self->heap_trim_timeout_id, g_source_remove);
  self->heap_trim_timeout_id = g_timeout_add (HEAP_TRIM_QUIET_MS, trim_heap_cb, self);
}

static void
on_first_window_map (GtkWidget           *window,
                     SpineCdsApplication *self)
{
  g_signal_handlers_disconnect_by_func (window, on_first_window_map, self);
  self->heap_trim_clock = g_object_ref (gtk_widget_get_frame_clock (window));
  g_signal_connect (self->heap_trim_clock, "after-paint", G_CALLBACK (on_heap_trim_paint), self);
}

/* Laying out the first window (its text above all) allocates and frees
 * several MiB; glibc keeps the freed pages, and the process would stay
 * that much larger for its whole life (4 MiB with the seed case,
 * measured with build-aux/bench). Once the window has settled, they go
 * back to the system: once, as start-up is the one burst. */
static void
trim_heap_once_settled (SpineCdsApplication *self,
                        SpineCdsWindow      *window)
{
  if (self->heap_trim_armed)
    return;
  self->heap_trim_armed = TRUE;
  g_signal_connect (window, "map", G_CALLBACK (on_first_window_map), self);
}

static void
look_up_an_icon (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  g_autoptr(GtkIconPaintable) icon = NULL;

  icon = gtk_icon_theme_lookup_icon (task_data, "open-menu-symbolic", NULL, 16, 1, GTK_TEXT_DIR_NONE, 0);
  g_task_return_boolean (task, TRUE);
}

/* The icon theme reads its index files and caches at its first lookup,
 * which would be in the first window's first frame. GTK lets a thread
 * look icons up once the theme exists (gtkicontheme.c, "Threading"),
 * so a thread reads them while the window is built: the first frame
 * comes ~3 ms sooner (build-aux/bench). Loading fonts the same way was
 * measured too, and made it later (the threads contend for locks). */
static void
preload_icon_theme (void)
{
  g_autoptr(GTask) task = g_task_new (NULL, NULL, NULL, NULL);

  g_task_set_task_data (task, g_object_ref (gtk_icon_theme_get_for_display (gdk_display_get_default ())),
                        g_object_unref);
  g_task_run_in_thread (task, look_up_an_icon);
}

/* Windows ---------------------------------------------------------------- */

SpineCdsWindow *
spinecds_application_new_window (SpineCdsApplication *self)
{
  SpineCdsWindow *window;

  g_return_val_if_fail (SPINECDS_IS_APPLICATION (self), NULL);

  window = g_object_new (SPINECDS_TYPE_WINDOW,
                         "application", self,
                         "knowledge-base", self->kb,
                         "knowledge-base-error", self->kb_error,
                         "catalog", self->catalog,
                         "settings", self->settings,
                         "recent-menu", spinecds_application_get_recent_menu (self),
                         NULL);
  g_signal_connect_object (window, "notify::file", G_CALLBACK (on_window_file), self, 0);
  trim_heap_once_settled (self, window);
  return window;
}

static SpineCdsWindow *
new_window (SpineCdsApplication *self)
{
  return spinecds_application_new_window (self);
}

/* A recent case: opened like any file, unless it has gone. Asked in the
 * background: the file may live on a share that is slow to answer. */
static void
on_recent_checked (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(SpineCdsApplication) self = user_data;
  GFile *file = G_FILE (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileInfo) info = g_file_query_info_finish (file, result, &error);
  GtkWindow *active;

  /* Any other answer than "gone" opens it: the open says what is wrong. */
  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      g_application_open (G_APPLICATION (self), &file, 1, "");
      return;
    }
  note_recent_case (self, file, FALSE);
  active = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (SPINECDS_IS_WINDOW (active))
    spinecds_window_add_toast (SPINECDS_WINDOW (active),
                               adw_toast_new (_ ("That case is no longer there; it left the recent list")));
}

static void
open_recent_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  SpineCdsApplication *self = user_data;
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  g_file_query_info_async (file, G_FILE_ATTRIBUTE_STANDARD_TYPE, G_FILE_QUERY_INFO_NONE,
                           G_PRIORITY_DEFAULT, NULL, on_recent_checked, g_object_ref (self));
}

static SpineCdsWindow *
find_pristine_window (SpineCdsApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (SPINECDS_IS_WINDOW (l->data) && spinecds_window_is_pristine (l->data))
      return l->data;
  return NULL;
}

/* Drafts ---------------------------------------------------------------- */

static void
restore_drafts (SpineCdsApplication *self,
                GPtrArray           *drafts)
{
  for (guint i = 0; i < drafts->len; i++)
    {
      SpineCdsDraft  *draft = g_ptr_array_index (drafts, i);
      SpineCdsWindow *window;

      window = find_pristine_window (self);
      if (window == NULL)
        window = new_window (self);
      gtk_window_present (GTK_WINDOW (window));

      if (draft->kase == NULL)
        {
          /* Never an empty case in its place: the user is told, and the
           * file is kept for them, no longer offered at every start. */
          g_autofree char *kept = spinecds_drafts_set_aside (draft->id);
          g_autofree char *body = g_strdup_printf (_ ("Its file is kept as “%s”."), kept);

          g_warning ("Draft %s could not be restored", draft->id);
          _spinecds_window_show_error (window, _ ("A Draft Could Not Be Restored"), body);
          continue;
        }
      spinecds_window_restore_draft (window, draft->kase, draft->origin, draft->id);
    }
}

static void
on_restore_response (AdwMessageDialog    *dialog,
                     const char          *response,
                     SpineCdsApplication *self)
{
  GPtrArray *drafts = g_object_get_data (G_OBJECT (dialog), "drafts");

  if (g_strcmp0 (response, "restore") == 0)
    {
      restore_drafts (self, drafts);
    }
  else if (g_strcmp0 (response, "discard") == 0)
    {
      for (guint i = 0; i < drafts->len; i++)
        spinecds_drafts_remove (((SpineCdsDraft *) g_ptr_array_index (drafts, i))->id);
    }
  /* "later" (Escape) keeps the drafts for the next start. */
}

/* One line per draft, naming it as the clinician would look for it:
 * the patient, else the file it came from, else "New case". */
static char *
describe_drafts (GPtrArray *drafts)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < drafts->len; i++)
    {
      SpineCdsDraft   *draft = g_ptr_array_index (drafts, i);
      g_autofree char *file = draft->origin != NULL ? g_file_get_basename (draft->origin) : NULL;
      const char      *name = draft->kase != NULL ? spinecds_case_get_text (draft->kase, SPINECDS_CASE_TEXT_PATIENT_NAME) : "";

      if (out->len > 0)
        g_string_append_c (out, '\n');
      g_string_append (out, "• ");
      if (*name != '\0')
        g_string_append (out, name);
      else if (file != NULL)
        g_string_append (out, file);
      else
        /* Translators: a draft of a case that has no patient name and no file */
        g_string_append (out, _ ("New case"));
    }
  return g_string_free (out, FALSE);
}

static void
ask_to_restore (SpineCdsApplication *self,
                GtkWindow           *parent,
                GPtrArray           *drafts)
{
  g_autofree char *names = describe_drafts (drafts);
  guint            n = drafts->len;
  GtkWidget       *dialog;

  dialog = adw_message_dialog_new (parent,
                                   ngettext ("Restore Unsaved Case?",
                                             "Restore Unsaved Cases?", n),
                                   NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog), "%s\n\n%s",
                                  ngettext ("SpineCDS closed before a case was saved. "
                                            "Its last state was kept as a draft.",
                                            "SpineCDS closed before some cases were saved. "
                                            "Their last states were kept as drafts.",
                                            n),
                                  names);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "discard", _ ("_Discard"),
                                    "restore", _ ("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "restore");
  /* Escape decides nothing: the drafts stay for next time. */
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "later");
  g_object_set_data_full (G_OBJECT (dialog), "drafts", g_ptr_array_ref (drafts),
                          (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_restore_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Unsaved work of an earlier run may be in a folder that could not be
 * read: that is said, never taken for "no drafts". */
static void
tell_drafts_unreadable (GtkWindow    *parent,
                        const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, _ ("Unsaved Cases Could Not Be Checked"), NULL);

  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _ ("SpineCDS keeps the last state of unsaved cases as drafts, but their "
                                     "folder could not be read, so drafts of an earlier session may be "
                                     "waiting there.\n\n%s"),
                                  error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Read while the windows ran: a window edited meanwhile may have written
 * its own draft, which is no draft of a previous run. */
static void
forget_open_drafts (SpineCdsApplication *self,
                    GPtrArray           *drafts)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      const char *open_id = SPINECDS_IS_WINDOW (l->data) ? spinecds_window_get_draft_id (l->data) : NULL;

      for (guint i = drafts->len; open_id != NULL && i > 0; i--)
        if (g_str_equal (((SpineCdsDraft *) g_ptr_array_index (drafts, i - 1))->id, open_id))
          g_ptr_array_remove_index (drafts, i - 1);
    }
}

static void
on_drafts_found (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(SpineCdsApplication) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) drafts = spinecds_drafts_find_finish (result, &error);
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (drafts == NULL)
    {
      /* Asked again with the next window: the folder may be back. */
      self->drafts_offered = FALSE;
      if (parent != NULL)
        tell_drafts_unreadable (parent, error);
      return;
    }
  forget_open_drafts (self, drafts);
  /* With every window closed meanwhile, the drafts wait for next time. */
  if (drafts->len == 0 || parent == NULL)
    return;

  g_message ("Found %u unsaved draft(s) from a previous session", drafts->len);
  ask_to_restore (self, parent, drafts);
}

/* Once per run, after the first window shows: the drafts are read in
 * the background. */
static void
offer_drafts (SpineCdsApplication *self)
{
  if (self->drafts_offered)
    return;
  self->drafts_offered = TRUE;
  spinecds_drafts_find_async (NULL, on_drafts_found, g_object_ref (self));
}

/* Actions ---------------------------------------------------------------- */

static void
new_window_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  SpineCdsApplication *self = user_data;
  GtkWindow           *active = gtk_application_get_active_window (GTK_APPLICATION (self));

  /* A window with a new, untouched case already is what Ctrl+N asks
   * for: no second window. */
  if (SPINECDS_IS_WINDOW (active) && spinecds_window_is_pristine (SPINECDS_WINDOW (active)))
    {
      gtk_window_present (active);
      return;
    }
  gtk_window_present (GTK_WINDOW (new_window (self)));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  SpineCdsApplication *self = user_data;
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  /* Each window asks about its own unsaved changes; the application
   * ends when the last one has closed. */
  for (GList *l = windows; l; l = l->next)
    gtk_window_close (l->data);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  SpineCdsApplication *self = user_data;
  GtkWindow           *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autofree char     *kb_info = NULL;
  GtkWidget           *about;
  const char          *developers[] = { "The SpineCDS contributors", NULL };

  if (self->kb != NULL)
    /* Translators: %s are the knowledge base title, version, review date and checksum */
    kb_info = g_strdup_printf (_ ("Knowledge base: %s, version %s, reviewed %s\nSHA-256 %s"),
                               spinecds_knowledge_base_get_title (self->kb),
                               spinecds_knowledge_base_get_version (self->kb),
                               spinecds_knowledge_base_get_reviewed (self->kb),
                               spinecds_knowledge_base_get_checksum (self->kb));
  else
    kb_info = g_strdup_printf (_ ("Knowledge base: not loaded (%s)"),
                               self->kb_error != NULL ? self->kb_error->message : "");

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", parent,
                        "modal", TRUE,
                        "application-icon", "com.example.SpineCDS",
                        "application-name", _ ("SpineCDS"),
                        "developer-name", _ ("The SpineCDS contributors"),
                        "version", PACKAGE_VERSION,
                        "comments", _ ("Clinical decision support for spine MRI findings.\n\n"
                                       "SpineCDS supports a clinician’s judgement; it does not make "
                                       "a diagnosis and does not replace examining the patient. "
                                       "Check every recommendation against its references."),
                        "debug-info", kb_info,
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "developers", developers,
                        "copyright", "© 2024 The SpineCDS contributors",
                        NULL);
  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about),
                                      _ ("Not a Diagnosis"),
                                      NULL, GTK_LICENSE_CUSTOM,
                                      _ ("SpineCDS is decision support for clinicians. It does not "
                                         "diagnose, and it is not a substitute for clinical "
                                         "examination and judgement. Red flags always need "
                                         "immediate clinical assessment."));
  gtk_window_present (GTK_WINDOW (about));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  SpineCdsApplication *self = user_data;
  GtkWindow           *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWidget           *prefs;

  if (self->settings == NULL)
    return;

  prefs = spinecds_preferences_window_new (parent, self->settings);
  gtk_window_present (GTK_WINDOW (prefs));
}

static const GActionEntry app_actions[] = {
  { "new-window", new_window_action },
  { "open-recent", open_recent_action, "s" },
  { "quit", quit_action },
  { "about", about_action },
  { "preferences", preferences_action },
};

/* GApplication ---------------------------------------------------------- */

/* Answered in the calling process: no window, no display, no bus. */
static int
print_version (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SpineCdsKnowledgeBase) kb = spinecds_knowledge_base_new_default (&error);

  g_print ("spinecds %s\n", PACKAGE_VERSION);
  if (kb == NULL)
    {
      g_printerr ("spinecds: %s\n", error->message);
      return 1;
    }
  /* The same line as spinecds-cli --version. */
  g_print (_ ("Knowledge base %s %s, reviewed %s\n"), spinecds_knowledge_base_get_id (kb),
           spinecds_knowledge_base_get_version (kb), spinecds_knowledge_base_get_reviewed (kb));
  return 0;
}

/* A case named on the command line ("spinecds case.spinecase") is read
 * from startup on, while the window is built, so that the window has
 * it by its first frames (spinecds_case_file_prefetch). Only when the
 * one argument is a file: with an option, or a second file,
 * GApplication decides as usual. Not before startup: GTK sets the
 * locale then and startup changes the environment, which no other
 * thread may be reading meanwhile; and a second instance, which hands
 * the file to the first, never starts up. */
static gboolean
spinecds_application_local_command_line (GApplication *application,
                                         char       ***arguments,
                                         int          *exit_status)
{
  SpineCdsApplication *self = SPINECDS_APPLICATION (application);
  char               **argv = *arguments;

  if (argv[0] != NULL && argv[1] != NULL && argv[2] == NULL && argv[1][0] != '-')
    self->named_case = g_file_new_for_commandline_arg (argv[1]);
  return G_APPLICATION_CLASS (spinecds_application_parent_class)->local_command_line (application, arguments, exit_status);
}

static int
spinecds_application_handle_local_options (GApplication *application,
                                           GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    return print_version ();

  /* Go on as usual. */
  return -1;
}

static void
load_settings (SpineCdsApplication *self)
{
  g_autoptr(GSettingsSchemaSource) source = NULL;
  g_autoptr(GSettingsSchema) schema = NULL;
  const char *root = spinecds_build_tree_get_root ();

  /* Uninstalled, the schema compiled in the build tree's data/. */
  if (root != NULL)
    {
      g_autofree char *dir = g_build_filename (root, "data", NULL);

      source = g_settings_schema_source_new_from_directory (dir, g_settings_schema_source_get_default (), FALSE, NULL);
    }
  if (source == NULL && g_settings_schema_source_get_default () != NULL)
    source = g_settings_schema_source_ref (g_settings_schema_source_get_default ());
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, "com.example.SpineCDS", TRUE);
  if (schema == NULL)
    {
      /* No schema installed or built: work, unremembered. */
      g_debug ("Settings schema com.example.SpineCDS not installed; settings are not kept");
      return;
    }
  self->settings = g_settings_new_full (schema, NULL, NULL);
}

static void
spinecds_application_startup (GApplication *application)
{
  SpineCdsApplication *self = SPINECDS_APPLICATION (application);
  GtkApplication      *app = GTK_APPLICATION (application);
  const struct
  {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.new-window", { "<Control>n", NULL } },
    { "app.quit", { "<Control>q", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "win.open", { "<Control>o", NULL } },
    { "win.save", { "<Control>s", NULL } },
    { "win.save-as", { "<Control><Shift>s", NULL } },
    { "win.close", { "<Control>w", NULL } },
    { "win.print", { "<Control>p", NULL } },
    { "win.copy-note", { "<Control><Shift>c", NULL } },
    { "win.import-report", { "<Control>i", NULL } },
    { "win.switch-pane", { "F6", "<Shift>F6", NULL } },
    { "win.show-help-overlay", { "<Control>question", "F1", NULL } },
  };

  G_APPLICATION_CLASS (spinecds_application_parent_class)->startup (application);
  preload_icon_theme ();

  /* GDK read it when it opened the display; a program SpineCDS starts
   * (a browser for a reference) must not inherit it. GSK_RENDERER
   * stays: each new window reads it. */
  if (gdk_debug_set_here)
    g_unsetenv ("GDK_DEBUG");
  /* The last change to the environment: the reading may start. */
  if (self->named_case != NULL)
    spinecds_case_file_prefetch (self->named_case);
  g_clear_object (&self->named_case);

  /* Case files are named after patients ("Jane Doe MRN 99887766"): they
   * must not reach the desktop's shared list of recent files, which the
   * file chooser would otherwise fill. */
  g_object_set (gtk_settings_get_default (), "gtk-recent-files-enabled", FALSE, NULL);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (app, accels[i].action, accels[i].accels);

  load_settings (self);
  self->catalog = spinecds_catalog_new_for_environment ();

  /* Once per process: every window shares it. */
  self->kb = spinecds_knowledge_base_new_default (&self->kb_error);
  if (self->kb == NULL)
    g_message ("The knowledge base did not load; no advice will be given: %s",
               self->kb_error->message);
}

static void
spinecds_application_activate (GApplication *application)
{
  SpineCdsApplication *self = SPINECDS_APPLICATION (application);
  GtkWindow           *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (new_window (self));
  gtk_window_present (window);
  offer_drafts (self);
}

static void
spinecds_application_open (GApplication *application,
                           GFile       **files,
                           int           n_files,
                           const char   *hint)
{
  SpineCdsApplication *self = SPINECDS_APPLICATION (application);

  for (int i = 0; i < n_files; i++)
    {
      SpineCdsWindow *window = find_pristine_window (self);

      if (window == NULL)
        window = new_window (self);
      /* Read in the background: the window shows at once and its
       * form waits for the case. */
      spinecds_window_load_file_async (window, files[i], NULL, NULL);
      gtk_window_present (GTK_WINDOW (window));
    }

  if (n_files > 0)
    offer_drafts (self);
}

static void
spinecds_application_dispose (GObject *object)
{
  SpineCdsApplication *self = SPINECDS_APPLICATION (object);

  g_clear_object (&self->kb);
  g_clear_error (&self->kb_error);
  g_clear_object (&self->named_case);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->catalog, spinecds_catalog_unref);
  g_clear_object (&self->recent_menu);
  stop_heap_trim (self);

  G_OBJECT_CLASS (spinecds_application_parent_class)->dispose (object);
}

/* Windows flush their drafts as they close; the writes still running
 * end before the process does, and no temp copy of a case stays. */
static void
spinecds_application_shutdown (GApplication *application)
{
  spinecds_drafts_shutdown ();
  G_APPLICATION_CLASS (spinecds_application_parent_class)->shutdown (application);
}

static void
spinecds_application_class_init (SpineCdsApplicationClass *klass)
{
  GObjectClass      *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = spinecds_application_dispose;
  app_class->local_command_line = spinecds_application_local_command_line;
  app_class->handle_local_options = spinecds_application_handle_local_options;
  app_class->startup = spinecds_application_startup;
  app_class->shutdown = spinecds_application_shutdown;
  app_class->activate = spinecds_application_activate;
  app_class->open = spinecds_application_open;
}

static void
spinecds_application_init (SpineCdsApplication *self)
{
  const GOptionEntry options[] = {
    { "version", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
      N_ ("Show the version of SpineCDS and of its knowledge base"), NULL },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), options);
}
