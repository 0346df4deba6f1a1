/* test-pdf-safety.c: a PDF holds patient data and is written like a case
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * spinecds-cli render, run as a user runs it, against the ways a PDF
 * used to be exposed or lost:
 *  - with the usual umask 022 it must still be readable by its owner
 *    only (it was 0644);
 *  - a symbolic link planted at the target in a shared folder must be
 *    replaced, not followed (another user's file was overwritten);
 *  - on a full disk (a 1 MiB tmpfs in a private mount namespace) the
 *    render must fail loudly, name the file, and leave the previous PDF
 *    byte for byte, with no temporary file left (it exited 0 with a
 *    truncated PDF);
 *  - a folder at the target is an error naming it.
 */
#define _GNU_SOURCE /* unshare */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "reliability-common.h"
#include "test-scratch.h"

static const char *cli_path;
static const char *case_path;
static char       *namespace_problem;

static void
render (RelRun     *run,
        const char *out)
{
  rel_run (run, (const char * const[]) { cli_path, "render", "--document", "summary", "-o", out, case_path, NULL },
           NULL);
}

static void
test_private_despite_umask (void)
{
  g_autofree char *dir = test_scratch_dir_new ("spinecds-pdf-XXXXXX");
  g_autofree char *out = g_build_filename (dir, "summary.pdf", NULL);
  g_auto(RelRun) run = { 0 };
  mode_t   old = umask (022);
  GStatBuf st;

  render (&run, out);
  umask (old);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpint (g_stat (out, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

static void
test_planted_link_not_followed (void)
{
  g_autofree char *dir = test_scratch_dir_new ("spinecds-pdf-XXXXXX");
  g_autofree char *victim = g_build_filename (dir, "someone-elses-file", NULL);
  g_autofree char *out = g_build_filename (dir, "summary.pdf", NULL);
  g_auto(RelRun) run = { 0 };
  g_autofree char *contents = NULL;
  GStatBuf         st;

  g_assert_true (g_file_set_contents (victim, "not yours", -1, NULL));
  g_assert_cmpint (symlink (victim, out), ==, 0);

  /* Neither followed nor replaced: a link at the output is refused,
   * since replacing one can be as harmful as following it ("-o
   * /dev/stdout" as root). */
  render (&run, out);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "not a regular file"));
  g_assert_true (g_file_get_contents (victim, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "not yours");
  g_assert_cmpint (g_lstat (out, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
}

static void
test_folder_at_target (void)
{
  g_autofree char *dir = test_scratch_dir_new ("spinecds-pdf-XXXXXX");
  g_autofree char *out = g_build_filename (dir, "summary.pdf", NULL);
  g_auto(RelRun) run = { 0 };

  g_assert_cmpint (g_mkdir (out, 0700), ==, 0);
  render (&run, out);
  g_assert_cmpint (run.status, !=, 0);
  g_assert_nonnull (strstr (run.err, out));
  g_assert_true (g_file_test (out, G_FILE_TEST_IS_DIR));
}

/* Writes zeros to @path until the file system is full. */
static void
fill_up (const char *path)
{
  char block[4096] = { 0 };
  int  fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);

  g_assert_cmpint (fd, >=, 0);
  while (write (fd, block, sizeof block) > 0)
    ;
  g_assert_cmpint (errno, ==, ENOSPC);
  g_assert_cmpint (close (fd), ==, 0);
}

static void
test_full_disk_keeps_old_pdf (void)
{
  g_autofree char *dir = test_scratch_dir_new ("spinecds-pdf-XXXXXX");
  g_autofree char *out = NULL;
  g_autofree char *filler = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GBytes) old = NULL;
  g_auto(RelRun) first = { 0 };
  g_auto(RelRun) run = { 0 };

  if (namespace_problem != NULL)
    {
      g_test_skip (namespace_problem);
      return;
    }
  if (mount ("spinecds-test", dir, "tmpfs", MS_NOSUID | MS_NODEV, "size=1m,mode=0700") != 0)
    {
      g_autofree char *why = g_strdup_printf ("mount -t tmpfs is not permitted here: %s", g_strerror (errno));

      g_test_skip (why);
      return;
    }

  out = g_build_filename (dir, "summary.pdf", NULL);
  filler = g_build_filename (dir, "filler", NULL);
  render (&first, out);
  g_assert_cmpint (first.status, ==, 0);
  old = rel_read (out);
  fill_up (filler);
  listing = rel_list_dir (dir);

  render (&run, out);
  g_test_message ("full disk: exit %d, %s", run.status, run.err);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, out));
  g_assert_true (rel_same_bytes (out, old));
  after = rel_list_dir (dir);
  g_assert_cmpstr (after, ==, listing);

  /* Room again: the same render works. */
  g_assert_cmpint (g_unlink (filler), ==, 0);
  rel_run_clear (&run);
  render (&run, out);
  g_assert_cmpint (run.status, ==, 0);

  g_assert_cmpint (umount (dir), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  /* Mounts stay inside this test and its children. */
  if (unshare (CLONE_NEWNS) != 0)
    namespace_problem = g_strdup_printf ("no private mount namespace (unshare: %s); run as root to test "
                                         "a full file system",
                                         g_strerror (errno));
  else if (mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0)
    namespace_problem = g_strdup_printf ("cannot make the mounts private: %s", g_strerror (errno));

  g_test_init (&argc, &argv, NULL);
  g_assert_cmpint (argc, ==, 3);
  cli_path = argv[1];
  case_path = argv[2];

  g_test_add_func ("/reliability/pdf/private-despite-umask", test_private_despite_umask);
  g_test_add_func ("/reliability/pdf/planted-link-not-followed", test_planted_link_not_followed);
  g_test_add_func ("/reliability/pdf/folder-at-target", test_folder_at_target);
  g_test_add_func ("/reliability/pdf/full-disk-keeps-old-pdf", test_full_disk_keeps_old_pdf);

  return g_test_run ();
}
