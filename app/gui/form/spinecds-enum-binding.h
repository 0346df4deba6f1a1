/* spinecds-enum-binding.h: an enum property shown as a list position
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Binds the enum @source_property of @source both ways to the guint
 * @target_property of @target, such as AdwComboRow:selected, whose
 * items are listed in the enum's order: the value is the position.
 * No selection (GTK_INVALID_LIST_POSITION) leaves the enum as it is.
 * The binding is synced at once; it is owned as g_object_bind_property()
 * says. */
GBinding *spinecds_enum_binding_new (gpointer    source,
                                     const char *source_property,
                                     gpointer    target,
                                     const char *target_property);

G_END_DECLS
