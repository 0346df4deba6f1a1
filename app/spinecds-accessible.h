/* spinecds-accessible.h: what GTK 4.8's accessibility gets wrong, mended in one place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* GTK 4.8 names a button with a mnemonic both by its raw label and by
 * its child label: a screen reader says "_Open Open". Drops the raw one
 * on every such button in @root's tree; call it after the template is
 * built. */
void spinecds_accessible_fix_mnemonic_buttons (GtkWidget *root);

G_END_DECLS
