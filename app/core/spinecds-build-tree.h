/* spinecds-build-tree.h: where an uninstalled SpineCDS finds its files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run from the build tree (the README's run command, the tests), the
 * programs use the translations and settings schema built next to
 * them, with no variable to set; installed, they use the installed
 * ones. A build tree is recognised by its build.ninja above the
 * running executable, so no path of the build machine is compiled in.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The build tree the running program is in, or NULL when installed. */
const char *spinecds_build_tree_get_root (void);

G_END_DECLS
