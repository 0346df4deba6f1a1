/* test-hostile-files.c: no file can hang or crash the CLI
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A named pipe given as a case, a report or the knowledge base used to
 * block spinecds-cli in open() for ever; /dev/zero as the knowledge
 * base aborted it trying to allocate gigabytes; a folder was read as if
 * it were a file. Each must be refused at once with exit status 2 and a
 * message naming the file. A watchdog kills a CLI that hangs, so a
 * regression fails the test instead of hanging it.
 */
#include "config.h"

#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "reliability-common.h"
#include "test-scratch.h"

/* A hang, not a slow machine: far above the milliseconds it takes. */
#define WATCHDOG_SECONDS 20

static const char *cli_path;
static const char *case_path;

typedef struct
{
  gboolean done;
  gboolean timed_out;
} Wait;

static void
on_exited (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  ((Wait *) data)->done = TRUE;
}

static gboolean
on_watchdog (gpointer data)
{
  ((Wait *) data)->timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the CLI; returns its exit status, its standard error in @err. */
static int
run (const char * const *args,
     const char         *kb,
     char              **err)
{
  GSubprocessFlags flags = G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_PIPE;
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (flags);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) argv = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  Wait   wait = { FALSE, FALSE };
  gint64 start = g_get_monotonic_time ();
  guint  watchdog;

  g_subprocess_launcher_unsetenv (launcher, "SPINECDS_KNOWLEDGE_BASE");
  if (kb != NULL)
    g_subprocess_launcher_setenv (launcher, "SPINECDS_KNOWLEDGE_BASE", kb, TRUE);
  g_strv_builder_add (builder, cli_path);
  g_strv_builder_addv (builder, (const char **) args);
  argv = g_strv_builder_end (builder);

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv, &error);
  g_assert_no_error (error);
  g_subprocess_wait_async (process, NULL, on_exited, &wait);
  watchdog = g_timeout_add_seconds (WATCHDOG_SECONDS, on_watchdog, &wait);
  while (!wait.done && !wait.timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (wait.timed_out)
    {
      g_subprocess_force_exit (process);
      g_error ("spinecds-cli %s hung", args[0]);
    }
  g_source_remove (watchdog);
  g_test_message ("spinecds-cli %s: %.0f ms", args[0], (g_get_monotonic_time () - start) / 1000.0);

  g_subprocess_communicate_utf8 (process, NULL, NULL, NULL, err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  return g_subprocess_get_exit_status (process);
}

typedef enum
{
  HOSTILE_FIFO,
  HOSTILE_FOLDER,
  HOSTILE_ZERO,
} Hostile;

/* A path that is the hostile thing. */
static char *
make_hostile (const char *dir,
              Hostile     kind)
{
  char *path = g_build_filename (dir, "hostile.json", NULL);

  switch (kind)
    {
    case HOSTILE_FIFO:
      g_assert_cmpint (mkfifo (path, 0600), ==, 0);
      return path;
    case HOSTILE_FOLDER:
      g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
      return path;
    case HOSTILE_ZERO:
    default:
      g_free (path);
      return g_strdup ("/dev/zero");
    }
}

static void
expect_refused (const char * const *args,
                const char         *kb,
                const char         *path)
{
  g_autofree char *err = NULL;
  g_autofree char *name = g_path_get_basename (path);
  int              status = run (args, kb, &err);

  g_test_message ("%s", err);
  g_assert_cmpint (status, ==, 2);
  g_assert_nonnull (strstr (err, name));
}

static void
test_hostile (gconstpointer data)
{
  Hostile          kind = GPOINTER_TO_INT (data);
  g_autofree char *dir = test_scratch_dir_new ("spinecds-hostile-XXXXXX");
  g_autofree char *path = make_hostile (dir, kind);

  expect_refused ((const char * const[]) { "evaluate", path, NULL }, NULL, path);
  expect_refused ((const char * const[]) { "validate", path, NULL }, NULL, path);
  expect_refused ((const char * const[]) { "extract", path, NULL }, NULL, path);
  expect_refused ((const char * const[]) { "evaluate", case_path, NULL }, path, path);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_assert_cmpint (argc, ==, 3);
  cli_path = argv[1];
  case_path = argv[2];

  g_test_add_data_func ("/reliability/hostile/fifo", GINT_TO_POINTER (HOSTILE_FIFO), test_hostile);
  g_test_add_data_func ("/reliability/hostile/folder", GINT_TO_POINTER (HOSTILE_FOLDER), test_hostile);
  g_test_add_data_func ("/reliability/hostile/dev-zero", GINT_TO_POINTER (HOSTILE_ZERO), test_hostile);

  return g_test_run ();
}
