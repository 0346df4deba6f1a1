/* spinecds-file-chooser.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "spinecds-file-chooser"

#include "config.h"

#include <glib/gi18n.h>

#include "spinecds-file-chooser.h"

void
spinecds_file_chooser_add_filters (GtkFileChooser *chooser,
                                   GtkFileFilter  *preferred)
{
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  g_return_if_fail (GTK_IS_FILE_CHOOSER (chooser));
  g_return_if_fail (GTK_IS_FILE_FILTER (preferred));

  gtk_file_chooser_add_filter (chooser, preferred);
  gtk_file_filter_set_name (all, _ ("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (chooser, all);
  gtk_file_chooser_set_filter (chooser, preferred);
}

GFile *
spinecds_file_chooser_finish (GtkNativeDialog       *chooser,
                              int                    response,
                              GtkFileChooserNative **chooser_slot)
{
  GFile *file = NULL;

  g_return_val_if_fail (GTK_IS_FILE_CHOOSER (chooser), NULL);
  g_return_val_if_fail (chooser_slot != NULL && *chooser_slot == GTK_FILE_CHOOSER_NATIVE (chooser), NULL);

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_clear_object (chooser_slot);

  return file;
}
