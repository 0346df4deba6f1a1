/* reliability-common.h: helpers shared by the tests of tests/reliability
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "spinecds-case.h"

G_BEGIN_DECLS

typedef struct
{
  int   status; /* exit status; -1 when killed by a signal */
  int   signal; /* the signal, or 0 */
  char *out;
  char *err;
} RelRun;

void rel_run_clear (RelRun *run);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RelRun, rel_run_clear)

/* Runs @argv (NULL-terminated) with the environment plus @extra_env
 * (NAME=VALUE, NULL-terminated, may be NULL); SPINECDS_KNOWLEDGE_BASE
 * is unset unless @extra_env sets it. */
/* clang-format off */
void          rel_run (RelRun             *run,
                       const char * const *argv,
                       const char * const *extra_env);
/* clang-format on */

/* The names in @dir, sorted, "\n"-joined: what a test compares before
 * and after an operation. */
char         *rel_list_dir (const char *dir);
/* Exact bytes of @path; fails the test when unreadable. */
GBytes       *rel_read (const char *path);
gboolean      rel_same_bytes (const char *path,
                              GBytes     *expected);

/* A valid case whose canonical file is about @approx_bytes long
 * (notes and report text filled with @fill, an ASCII letter). */
SpineCdsCase *rel_case_new_sized (gsize approx_bytes,
                                  char  fill);
/* Saves @kase with spinecds_case_file_save and fails on error. */
void          rel_save_or_fail (SpineCdsCase *kase,
                                const char   *path);

G_END_DECLS
