/* spinecds-screenshot.c: renders the real window to a PNG
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: spinecds-screenshot [--dark] [--width W] [--height H]
 *          [--page plan|references|form] [--expand N] [--check]
 *          [--import REPORT.txt] [--print] CASE OUT.png
 *
 * Run with GSK_RENDERER=cairo for repeatable images. --check fails when
 * the image is blank (one colour) or larger than asked for (a narrow
 * screenshot that is not narrow), which is what the screenshot test uses.
 * --import renders the Import Report dialog, --width by --height, with
 * REPORT.txt pasted, instead of the window.
 */
#define G_LOG_DOMAIN "spinecds-screenshot"

#include "config.h"

#include <locale.h>

#include "spinecds-application.h"
#include "spinecds-import-dialog.h"
#include "spinecds-window.h"
#include "window-wait.h"

static int      width = 1280;
static int      height = 820;
static gboolean dark;
static gboolean check;
static char    *page;
static char    *import_path;
static gboolean print_dialog;
static char   **files;
static int      exit_status = 1;

static gboolean
texture_is_blank (GdkTexture *texture)
{
  int                 w = gdk_texture_get_width (texture);
  int                 h = gdk_texture_get_height (texture);
  g_autofree guint32 *pixels = g_new (guint32, (gsize) w * h);
  GHashTable         *colours = g_hash_table_new (NULL, NULL);
  guint               n;

  gdk_texture_download (texture, (guchar *) pixels, w * 4);
  for (int i = 0; i < w * h; i += 7)
    g_hash_table_add (colours, GUINT_TO_POINTER (pixels[i]));
  n = g_hash_table_size (colours);
  g_hash_table_unref (colours);
  g_printerr ("%u distinct colours sampled\n", n);
  /* A window with text and widgets has hundreds; a blank one a handful. */
  return n < 32;
}

static gboolean
snapshot_cb (gpointer user_data)
{
  static guint attempts;
  GtkWidget   *window = user_data;

  /* A dialog, when there is one, is the picture. */
  {
    GListModel *toplevels = gtk_window_get_toplevels ();

    for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
      {
        g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);
        if (SPINECDS_IS_IMPORT_DIALOG (w) || GTK_IS_DIALOG (w))
          window = GTK_WIDGET (w);
      }
  }
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (window));
  int          w = gtk_widget_get_width (window);
  int          h = gtk_widget_get_height (window);

  gdk_paintable_snapshot (paintable, snapshot, w, h);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  /* A slow machine (or a sanitizer build) may not have drawn the first
   * frame yet: look again, every interval, for half a minute. */
  if (node == NULL && ++attempts < 15)
    return G_SOURCE_CONTINUE;
  if (node == NULL)
    {
      g_printerr ("Nothing was drawn\n");
      exit_status = 1;
    }
  else
    {
      texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, w, h));
      if (!gdk_texture_save_to_png (texture, files[1]))
        {
          g_printerr ("Could not write %s\n", files[1]);
          exit_status = 1;
        }
      else if (check && texture_is_blank (texture))
        {
          g_printerr ("The window rendered blank\n");
          exit_status = 1;
        }
      else if (check && import_path == NULL && (w > width || h > height))
        {
          g_printerr ("The window is %dx%d, not the %dx%d asked for\n", w, h, width, height);
          exit_status = 1;
        }
      else
        {
          g_print ("%s: %dx%d\n", files[1], w, h);
          exit_status = 0;
        }
    }

  /* Screenshots leave nothing behind: no draft, no prompt. */
  g_application_quit (g_application_get_default ());
  return G_SOURCE_REMOVE;
}

static void
expand_recommendations (GtkWidget *widget,
                        int       *remaining)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL && *remaining > 0;
       child = gtk_widget_get_next_sibling (child))
    {
      if (g_str_equal (G_OBJECT_TYPE_NAME (child), "SpineCdsRecommendationRow"))
        {
          GtkWidget *list = gtk_widget_get_parent (child);
          g_signal_emit_by_name (list, "row-activated", child);
          (*remaining)--;
        }
      else
        expand_recommendations (child, remaining);
    }
}

static gboolean
expand_cb (gpointer user_data)
{
  int remaining = 1;

  expand_recommendations (GTK_WIDGET (user_data), &remaining);
  return G_SOURCE_REMOVE;
}

/* Found by type: the tool knows no private members of the window. */
static AdwViewStack *
find_view_stack (GtkWidget *widget)
{
  if (ADW_IS_VIEW_STACK (widget))
    return ADW_VIEW_STACK (widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      AdwViewStack *found = find_view_stack (c);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
on_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (files[0]);
  g_autoptr(GError) error = NULL;

  if (!window_wait_load (SPINECDS_WINDOW (window), file, &error))
    {
      g_printerr ("%s\n", error->message);
      exit (2);
    }

  /* The title buttons of GNOME's default layout, not Xvfb's. */
  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", "appmenu:close", NULL);
  gtk_window_unmaximize (window);
  /* The window is on screen already, and GTK 4 keeps a shown window's
   * size over its default: give it a new surface at the size asked for. */
  gtk_widget_set_visible (GTK_WIDGET (window), FALSE);
  gtk_widget_unrealize (GTK_WIDGET (window));
  gtk_window_set_default_size (window, width, height);
  gtk_window_present (window);

  if (dark)
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                        ADW_COLOR_SCHEME_FORCE_DARK);

  if (g_strcmp0 (page, "plan") == 0 || g_strcmp0 (page, "references") == 0)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-assessment", NULL);
  if (g_strcmp0 (page, "references") == 0)
    {
      AdwViewStack *stack = find_view_stack (GTK_WIDGET (window));
      if (stack != NULL)
        adw_view_stack_set_visible_child_name (stack, "references");
    }

  /* The plan's rows are made once the window has painted. */
  g_timeout_add (1000, expand_cb, window);

  if (import_path != NULL)
    {
      g_autofree char *text = NULL;
      g_autoptr(GError) read_error = NULL;
      GListModel *toplevels = gtk_window_get_toplevels ();

      if (!g_file_get_contents (import_path, &text, NULL, &read_error))
        {
          g_printerr ("%s\n", read_error->message);
          exit (2);
        }
      gtk_widget_activate_action (GTK_WIDGET (window), "win.import-report", NULL);
      for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
        {
          g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);
          if (SPINECDS_IS_IMPORT_DIALOG (w))
            {
              /* --width and --height size the dialog, the picture. */
              gtk_window_set_default_size (w, width, height);
              gtk_text_buffer_set_text (spinecds_import_dialog_get_buffer (SPINECDS_IMPORT_DIALOG (w)),
                                        text, -1);
            }
        }
    }

  if (print_dialog)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.print", NULL);

  /* Let layout, the leaflet, the revealer and the fonts settle before the picture. */
  g_timeout_add (2000, snapshot_cb, window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SpineCdsApplication) app = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  const GOptionEntry entries[] = {
    { "width", 0, 0, G_OPTION_ARG_INT, &width, "Window width", "W" },
    { "height", 0, 0, G_OPTION_ARG_INT, &height, "Window height", "H" },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, "Dark style", NULL },
    { "check", 0, 0, G_OPTION_ARG_NONE, &check, "Fail when the image is blank", NULL },
    { "page", 0, 0, G_OPTION_ARG_STRING, &page, "plan, references or form", "PAGE" },
    { "import", 0, 0, G_OPTION_ARG_FILENAME, &import_path, "Show the Import Report dialog with this text", "REPORT" },
    { "print", 0, 0, G_OPTION_ARG_NONE, &print_dialog, "Show the print dialog", NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "CASE OUT.png" },
    { NULL }
  };

  setlocale (LC_ALL, "");
  context = g_option_context_new ("CASE OUT.png");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error)
      || files == NULL || g_strv_length (files) != 2)
    {
      g_printerr ("Usage: spinecds-screenshot [OPTIONS] CASE OUT.png\n");
      return 2;
    }

  app = spinecds_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate), NULL);
  g_application_run (G_APPLICATION (app), 1, argv);

  return exit_status;
}
