/* window-wait.h: the window's background open and save, waited for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Tests and benchmarks that need a case loaded or saved before their
 * next line run the main loop until the window reports back; what
 * several GUI tests look for on screen (a menu item, a message dialog)
 * is found here too.
 */
#pragma once

#include "spinecds-window.h"

G_BEGIN_DECLS

/* A GAsyncReadyCallback that stores a reference to the result in the
 * GAsyncResult ** it is given: the caller runs the loop until it is set. */
void              window_wait_keep_result (GObject      *source,
                                           GAsyncResult *result,
                                           gpointer      user_data);
gboolean          window_wait_load (SpineCdsWindow *window,
                                    GFile          *file,
                                    GError        **error);
gboolean          window_wait_save (SpineCdsWindow *window,
                                    GFile          *file,
                                    GError        **error);

/* Where @menu lists an item labelled @label, or -1: the recent-cases
 * menu follows its list in the background, so tests wait on this. */
int               window_wait_menu_position (GMenuModel *menu,
                                             const char *label);

/* The first message dialog on screen, or NULL. */
AdwMessageDialog *window_wait_message_dialog (void);

G_END_DECLS
