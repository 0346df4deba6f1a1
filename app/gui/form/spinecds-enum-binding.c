/* spinecds-enum-binding.c: an enum property shown as a list position
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "spinecds-enum-binding"

#include "config.h"

#include <gtk/gtk.h>

#include "spinecds-enum-binding.h"

static gboolean
enum_to_position (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  g_value_set_uint (to, (guint) g_value_get_enum (from));
  return TRUE;
}

static gboolean
position_to_enum (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  guint position = g_value_get_uint (from);

  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;
  g_value_set_enum (to, (int) position);
  return TRUE;
}

GBinding *
spinecds_enum_binding_new (gpointer    source,
                           const char *source_property,
                           gpointer    target,
                           const char *target_property)
{
  return g_object_bind_property_full (source, source_property, target, target_property,
                                      G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                      enum_to_position, position_to_enum, NULL, NULL);
}
