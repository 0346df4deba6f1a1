/* spinecds-preferences-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SPINECDS_TYPE_PREFERENCES_WINDOW (spinecds_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (SpineCdsPreferencesWindow, spinecds_preferences_window, SPINECDS, PREFERENCES_WINDOW, AdwPreferencesWindow)

GtkWidget *spinecds_preferences_window_new (GtkWindow *parent,
                                            GSettings *settings);

G_END_DECLS
