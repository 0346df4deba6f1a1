/* fuzz-common.h: what every harness of tests/fuzz shares
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each harness defines the two libFuzzer entry points. Built with
 * clang and -fsanitize=fuzzer, libFuzzer supplies main(); built with
 * any compiler and fuzz-replay.c, the harness runs each file of its
 * seed corpus and its regressions once, as an ordinary test.
 */
#pragma once

#include <stddef.h>
#include <stdint.h>

#include <glib.h>

int LLVMFuzzerInitialize (int    *argc,
                          char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

/* A broken invariant: abort, so that libFuzzer keeps the input and the
 * replay test fails. Unlike g_assert it also works with G_DISABLE_ASSERT. */
/* clang-format off */
#define FUZZ_CHECK(expr) \
  G_STMT_START { \
    if (G_UNLIKELY (!(expr))) \
      { \
        g_printerr ("%s:%d: invariant broken: %s\n", __FILE__, __LINE__, #expr); \
        abort (); \
      } \
  } G_STMT_END
/* clang-format on */

/* Criticals and warnings are bugs (a g_return_if_fail that fired is a
 * caller passing what it must not); debug messages are noise. */
static inline void
fuzz_setup_logging (void)
{
  g_log_set_always_fatal (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  g_setenv ("G_MESSAGES_DEBUG", "", TRUE);
}
