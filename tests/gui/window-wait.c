/* window-wait.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "window-wait.h"

void
window_wait_keep_result (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static GAsyncResult *
wait_for (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *result;
}

gboolean
window_wait_load (SpineCdsWindow *window,
                  GFile          *file,
                  GError        **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  spinecds_window_load_file_async (window, file, window_wait_keep_result, &result);
  return spinecds_window_load_file_finish (window, wait_for (&result), error);
}

gboolean
window_wait_save (SpineCdsWindow *window,
                  GFile          *file,
                  GError        **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  spinecds_window_save_to_file_async (window, file, window_wait_keep_result, &result);
  return spinecds_window_save_to_file_finish (window, wait_for (&result), error);
}

int
window_wait_menu_position (GMenuModel *menu,
                           const char *label)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *item = NULL;

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &item)
          && g_str_equal (item, label))
        return i;
    }
  return -1;
}

AdwMessageDialog *
window_wait_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}
