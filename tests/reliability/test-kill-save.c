/* test-kill-save.c: kill -9 while a case is being saved
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A helper process (this program with --save-loop PATH) saves two
 * large versions of a case, A and B, to PATH in turns, as fast as it
 * can, with spinecds_case_file_save (the app's drafts use the same
 * atomic save). The test kills it with SIGKILL at random moments
 * after it is ready, within three times the time one save takes (so
 * that the kills land in all its steps, sanitizers or not), N
 * times (SPINECDS_KILL_ROUNDS, default 100; the seed is the GTest
 * seed), and after every kill checks that PATH and its backup PATH~
 * are complete: each is byte for byte version A or version B, and
 * PATH loads. It counts the kills that caught a save half-way (a
 * temporary file left in the folder) and removes those leftovers.
 */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "reliability-common.h"
#include "spinecds-case-file.h"
#include "test-scratch.h"

/* Large enough that writing and syncing takes a while. */
#define SIZE_A (200 * 1024)
#define SIZE_B (120 * 1024)

static char *self_path;

static int
save_loop (const char *path)
{
  g_autoptr(SpineCdsCase) a = rel_case_new_sized (SIZE_A, 'a');
  g_autoptr(SpineCdsCase) b = rel_case_new_sized (SIZE_B, 'b');
  g_autoptr(GFile) file = g_file_new_for_path (path);

  /* Ready: from here on, every moment is inside the save loop. */
  if (write (STDOUT_FILENO, "r", 1) != 1)
    return 1;

  for (guint i = 0;; i++)
    {
      g_autoptr(GError) error = NULL;

      if (!spinecds_case_file_save (i % 2 == 0 ? b : a, file, NULL, &error))
        {
          g_printerr ("save-loop: %s\n", error->message);
          return 1;
        }
    }
}

static gboolean
is_version (const char *path,
            GBytes     *a,
            GBytes     *b,
            char       *which)
{
  if (rel_same_bytes (path, a))
    *which = 'A';
  else if (rel_same_bytes (path, b))
    *which = 'B';
  else
    return FALSE;
  return TRUE;
}

/* Removes and counts what a killed save left behind. */
static guint
remove_leftovers (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;
  guint       n = 0;

  while ((name = g_dir_read_name (handle)) != NULL)
    {
      if (!g_str_equal (name, "case.spinecase") && !g_str_equal (name, "case.spinecase~"))
        {
          g_autofree char *path = g_build_filename (dir, name, NULL);

          /* Only the save's own temporary files may be there. */
          if (!g_str_has_prefix (name, ".case.spinecase"))
            g_error ("unexpected file %s after a kill", name);
          g_unlink (path);
          n++;
        }
    }

  return n;
}

static void
test_kill_during_save (void)
{
  g_autofree char *dir = test_scratch_dir_new ("spinecds-kill-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "case.spinecase", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(SpineCdsCase) a = rel_case_new_sized (SIZE_A, 'a');
  g_autoptr(SpineCdsCase) b = rel_case_new_sized (SIZE_B, 'b');
  g_autoptr(GBytes) bytes_a = NULL;
  g_autoptr(GBytes) bytes_b = NULL;
  const char *rounds_env = g_getenv ("SPINECDS_KILL_ROUNDS");
  guint       rounds = rounds_env != NULL ? (guint) g_ascii_strtoull (rounds_env, NULL, 10) : 100;
  guint       seen_a = 0, seen_b = 0, caught_mid_save = 0, leftovers = 0;
  gint64      start, max_delay;
  char       *argv[] = { self_path, (char *) "--save-loop", path, NULL };

  {
    gsize length;
    char *data = spinecds_case_file_serialize (a, &length);

    bytes_a = g_bytes_new_take (data, length);
    data = spinecds_case_file_serialize (b, &length);
    bytes_b = g_bytes_new_take (data, length);
  }
  /* How long one save takes here, with this build. */
  start = g_get_monotonic_time ();
  rel_save_or_fail (b, path);
  rel_save_or_fail (a, path);
  max_delay = MAX ((g_get_monotonic_time () - start) * 3 / 2, 1000);
  g_unlink (backup);
  start = g_get_monotonic_time ();

  for (guint round = 0; round < rounds; round++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(SpineCdsCase) loaded = NULL;
      GPid  pid;
      int   wait_status;
      char  which = '?';
      char  ready;
      int   ready_fd;
      guint left;

      g_spawn_async_with_pipes (NULL, argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid,
                                NULL, &ready_fd, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpint (read (ready_fd, &ready, 1), ==, 1);
      close (ready_fd);

      g_usleep (g_test_rand_int_range (0, (gint32) max_delay));
      g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
      g_assert_cmpint (waitpid (pid, &wait_status, 0), ==, pid);
      if (!WIFSIGNALED (wait_status))
        g_error ("round %u: the helper ended by itself (status %d)", round, wait_status);

      if (!is_version (path, bytes_a, bytes_b, &which))
        g_error ("round %u: %s is neither version after a kill", round, path);
      if (which == 'A')
        seen_a++;
      else
        seen_b++;
      if (g_file_test (backup, G_FILE_TEST_EXISTS) && !is_version (backup, bytes_a, bytes_b, &which))
        g_error ("round %u: the backup is neither version after a kill", round);

      loaded = spinecds_case_file_load (file, &error);
      g_assert_no_error (error);

      left = remove_leftovers (dir);
      leftovers += left;
      caught_mid_save += left > 0;
    }

  g_test_message ("one save takes about %.1f ms here; kills up to %.1f ms after the helper is ready",
                  max_delay / 1.5 / 1000.0, max_delay / 1000.0);
  g_test_message ("%u kills in %.1f s: the file was whole every time (%u times version A, %u times B); "
                  "%u kills caught a save half-way, leaving %u temporary files",
                  rounds, (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC,
                  seen_a, seen_b, caught_mid_save, leftovers);

  /* Otherwise the kills all came too early to test anything. */
  if (rounds >= 20)
    g_assert_cmpuint (seen_b, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 3 && g_str_equal (argv[1], "--save-loop"))
    return save_loop (argv[2]);

  self_path = g_file_read_link ("/proc/self/exe", NULL);
  if (self_path == NULL)
    self_path = g_strdup (argv[0]);

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/reliability/kill/during-save", test_kill_during_save);
  return g_test_run ();
}
