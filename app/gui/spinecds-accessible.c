/* spinecds-accessible.c: what GTK 4.8's accessibility gets wrong, mended in one place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "spinecds-accessible"

#include "config.h"

#include "spinecds-accessible.h"

static void
describe_selection (AdwComboRow *row)
{
  GListModel *model = adw_combo_row_get_model (row);
  guint       selected = adw_combo_row_get_selected (row);
  g_autoptr(GObject) item = NULL;

  if (model != NULL && selected != GTK_INVALID_LIST_POSITION)
    item = g_list_model_get_item (model, selected);
  if (GTK_IS_STRING_OBJECT (item))
    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    gtk_string_object_get_string (GTK_STRING_OBJECT (item)), -1);
}

void
spinecds_accessible_describe_combo_value (AdwComboRow *row)
{
  g_return_if_fail (ADW_IS_COMBO_ROW (row));

  g_signal_connect (row, "notify::selected", G_CALLBACK (describe_selection), NULL);
  g_signal_connect (row, "notify::model", G_CALLBACK (describe_selection), NULL);
  describe_selection (row);
}

void
spinecds_accessible_fix_mnemonic_buttons (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (GTK_IS_BUTTON (root) && gtk_button_get_use_underline (GTK_BUTTON (root))
      && gtk_button_get_label (GTK_BUTTON (root)) != NULL)
    gtk_accessible_reset_property (GTK_ACCESSIBLE (root), GTK_ACCESSIBLE_PROPERTY_LABEL);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    spinecds_accessible_fix_mnemonic_buttons (child);
}
