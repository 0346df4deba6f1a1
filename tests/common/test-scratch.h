/* test-scratch.h: temporary folders that go away with the test
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Tests write cases, drafts, PDFs and whole data folders; left behind,
 * they pile up in /tmp run after run (hundreds on a developer's
 * machine). A scratch folder is removed, with all it holds, when the
 * program exits normally; a failing test aborts and leaves its files
 * for whoever looks into the failure.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Like g_dir_make_tmp (@tmpl, NULL), asserting it worked. */
char *test_scratch_dir_new (const char *tmpl);
/* Removes @path and all it holds now, for a test whose files are big. */
void  test_scratch_dir_remove (const char *path);

G_END_DECLS
