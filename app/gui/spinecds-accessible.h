/* spinecds-accessible.h: what GTK 4.8's accessibility gets wrong, mended in one place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* GTK 4.8 names a button with a mnemonic both by its raw label and by
 * its child label: a screen reader says "_Open Open". Drops the raw one
 * on every such button in @root's tree; call it after the template is
 * built. */
void spinecds_accessible_fix_mnemonic_buttons (GtkWidget *root);

/* A combo row reads its title; GTK 4.8 does not read the chosen item
 * (list items have no name before 4.12). Keeps the chosen item's string
 * in @row's accessible description, so "Sex" is read with "Male". (An
 * accessible label would be joined to the title instead: "Sex Sex".) */
void spinecds_accessible_describe_combo_value (AdwComboRow *row);

G_END_DECLS
