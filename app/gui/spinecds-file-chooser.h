/* spinecds-file-chooser.h: what the window and the import dialog do alike with a file chooser
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Offers @preferred, chosen at first, and "All Files" after it, for a
 * file whose name does not say what it is. */
void   spinecds_file_chooser_add_filters (GtkFileChooser *chooser,
                                          GtkFileFilter  *preferred);

/* For a "response" handler: the file @response accepted, or NULL. Either
 * way @chooser is closed and its owner's reference, @chooser_slot, is
 * dropped, so the owner may open the next one. */
GFile *spinecds_file_chooser_finish (GtkNativeDialog       *chooser,
                                     int                    response,
                                     GtkFileChooserNative **chooser_slot);

G_END_DECLS
