/* test-save-faults.c: saving a case when the disk says no
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test injects one fault under spinecds_case_file_save and checks
 * the promise of spinecds-case-file.h: the save fails with an error in
 * SPINECDS_CASE_FILE_ERROR_IO whose message names the file, the file
 * that was there is byte-identical, and the folder holds nothing new
 * (a complete FILE~ backup of the old file at most). The faults:
 *  - the folder does not exist; the target is a folder;
 *  - a full file system (a 64 KiB tmpfs): no room for the new file, no
 *    room for the backup, no inodes left;
 *  - a read-only file system (tmpfs remounted ro) and a read-only bind
 *    mount of an ordinary folder;
 *  - an immutable folder and an immutable file (chattr +i: refused
 *    even to root);
 *  - a folder the user may not write to, saved by an unprivileged user
 *    (root ignores permissions, so the test drops to nobody).
 * Mounts happen in a private mount namespace (unshare), so nothing
 * outlives the test; where that or a file flag is not permitted the
 * test is skipped and says why. After each fault is removed, saving
 * works again.
 */
#define _GNU_SOURCE /* unshare */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <sched.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <linux/fs.h>

#include <glib/gstdio.h>

#include "reliability-common.h"
#include "spinecds-case-file.h"
#include "test-scratch.h"

#define TMPFS_SIZE "64k"
#define NOBODY 65534

static char *namespace_problem; /* why mounts are impossible, or NULL */
static guint n_faults;

/* @listing without the line @name. */
static char *
listing_without (const char *listing,
                 const char *name)
{
  g_auto(GStrv) names = g_strsplit (listing, "\n", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) kept = NULL;

  for (guint i = 0; names[i] != NULL; i++)
    if (!g_str_equal (names[i], name))
      g_strv_builder_add (builder, names[i]);
  kept = g_strv_builder_end (builder);
  return g_strjoinv ("\n", kept);
}

/* Saves @kase to @path expecting failure, then checks that nothing
 * was lost. @old is the previous content, or NULL when there was no
 * file. @listing is the folder's names before, or NULL when the
 * folder cannot be seen (then neither can the file). */
static void
expect_failed_save (SpineCdsCase *kase,
                    const char   *path,
                    GBytes       *old,
                    const char   *listing,
                    const char   *fault)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *backup_name = g_strconcat (name, "~", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree char *after = NULL;
  g_autofree char *after_kept = NULL;
  g_autofree char *before_kept = NULL;

  if (spinecds_case_file_save (kase, file, NULL, &error))
    g_error ("%s: the save succeeded", fault);
  g_assert_error (error, SPINECDS_CASE_FILE_ERROR, SPINECDS_CASE_FILE_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, name));
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_test_message ("%s: %s", fault, error->message);
  n_faults++;

  if (listing == NULL)
    return;

  if (old != NULL)
    g_assert_true (rel_same_bytes (path, old));
  else
    g_assert_false (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  /* Nothing new in the folder but, at most, a complete backup of the
   * old file. */
  after = rel_list_dir (dir);
  after_kept = listing_without (after, backup_name);
  before_kept = listing_without (listing, backup_name);
  if (g_strcmp0 (after_kept, before_kept) != 0)
    g_error ("%s: the folder changed:\nbefore:\n%s\nafter:\n%s", fault, listing, after);
  if (g_strcmp0 (after, listing) != 0 && (old == NULL || !rel_same_bytes (backup, old)))
    g_error ("%s: a backup appeared that is not the old file", fault);
}

/* Once the fault is gone, the same save works. */
static void
expect_save_works (SpineCdsCase *kase,
                   const char   *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SpineCdsCase) loaded = NULL;

  spinecds_case_file_save (kase, file, NULL, &error);
  g_assert_no_error (error);
  loaded = spinecds_case_file_load (file, &error);
  g_assert_no_error (error);
  g_assert_true (spinecds_case_equal (kase, loaded));
}

static char *
make_old_case (const char *dir,
               GBytes    **old)
{
  g_autoptr(SpineCdsCase) kase = rel_case_new_sized (600, 'o');
  char *path = g_build_filename (dir, "case.spinecase", NULL);

  rel_save_or_fail (kase, path);
  *old = rel_read (path);
  return path;
}

static gboolean
mount_tmpfs (const char *dir,
             const char *options)
{
  if (namespace_problem != NULL)
    {
      g_test_skip (namespace_problem);
      return FALSE;
    }

  if (mount ("spinecds-test", dir, "tmpfs", MS_NOSUID | MS_NODEV, options) != 0)
    {
      g_autofree char *why = g_strdup_printf ("mount -t tmpfs -o %s is not permitted here: %s",
                                              options, g_strerror (errno));

      g_test_skip (why);
      return FALSE;
    }

  return TRUE;
}

/* Where the file may not go -------------------------------------------------- */

static void
test_missing_folder (void)
{
  g_autofree char *dir = test_scratch_dir_new ("spinecds-save-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "no-such-folder", "case.spinecase", NULL);
  g_autoptr(SpineCdsCase) kase = rel_case_new_sized (600, 'n');
  g_autofree char *listing = rel_list_dir (dir);
  g_autofree char *after = NULL;

  expect_failed_save (kase, path, NULL, NULL, "missing folder");
  after = rel_list_dir (dir);
  g_assert_cmpstr (after, ==, listing);
}

static void
test_target_is_folder (void)
{
  g_autofree char *dir = test_scratch_dir_new ("spinecds-save-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "case.spinecase", NULL);
  g_autoptr(SpineCdsCase) kase = rel_case_new_sized (600, 'n');
  g_autofree char *listing = NULL;

  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  listing = rel_list_dir (dir);
  expect_failed_save (kase, path, NULL, listing, "target is a folder");
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_DIR));
}

/* A full file system ---------------------------------------------------------- */

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
test_full_no_room_for_file (void)
{
  g_autofree char *dir = test_scratch_dir_new ("spinecds-full-XXXXXX");
  g_autofree char *path = NULL;
  g_autofree char *listing = NULL;
  g_autoptr(GBytes) old = NULL;
  /* Twice the size of the file system. */
  g_autoptr(SpineCdsCase) big = rel_case_new_sized (128 * 1024, 'b');

  if (!mount_tmpfs (dir, "size=" TMPFS_SIZE ",mode=0700"))
    return;

  path = make_old_case (dir, &old);
  listing = rel_list_dir (dir);
  expect_failed_save (big, path, old, listing, "file system too small for the new file");

  umount2 (dir, MNT_DETACH);
}

static void
test_full_no_room_for_backup (void)
{
  g_autofree char *dir = test_scratch_dir_new ("spinecds-full-XXXXXX");
  g_autofree char *path = NULL;
  g_autofree char *filler = NULL;
  g_autofree char *listing = NULL;
  g_autoptr(GBytes) old = NULL;
  g_autoptr(SpineCdsCase) small = rel_case_new_sized (600, 's');
  struct stat st;

  if (!mount_tmpfs (dir, "size=" TMPFS_SIZE ",mode=0700"))
    return;

  path = make_old_case (dir, &old);
  filler = g_build_filename (dir, "filler", NULL);
  fill_up (filler);

  /* Completely full: not even the temporary file fits. */
  listing = rel_list_dir (dir);
  expect_failed_save (small, path, old, listing, "file system full");

  /* One page free: the new file fits, its backup does not. */
  g_assert_cmpint (g_stat (filler, &st), ==, 0);
  g_assert_cmpint (truncate (filler, st.st_size - 4096), ==, 0);
  expect_failed_save (small, path, old, listing, "file system full but for the new file");

  /* Room again: the save goes through. */
  g_unlink (filler);
  expect_save_works (small, path);

  umount2 (dir, MNT_DETACH);
}

static void
test_full_no_inodes (void)
{
  g_autofree char *dir = test_scratch_dir_new ("spinecds-full-XXXXXX");
  g_autofree char *path = NULL;
  g_autofree char *listing = NULL;
  g_autoptr(GBytes) old = NULL;
  g_autoptr(SpineCdsCase) small = rel_case_new_sized (600, 'i');
  guint n_extra = 0;

  if (!mount_tmpfs (dir, "size=" TMPFS_SIZE ",nr_inodes=8,mode=0700"))
    return;

  path = make_old_case (dir, &old);
  for (;;)
    {
      g_autofree char *extra = g_strdup_printf ("%s/extra-%u", dir, n_extra);
      int              fd = g_open (extra, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);

      if (fd < 0)
        {
          g_assert_cmpint (errno, ==, ENOSPC);
          break;
        }
      close (fd);
      n_extra++;
    }

  listing = rel_list_dir (dir);
  expect_failed_save (small, path, old, listing, "no inodes left");

  umount2 (dir, MNT_DETACH);
}

/* Read-only ---------------------------------------------------------------------- */

static void
test_read_only_file_system (void)
{
  g_autofree char *dir = test_scratch_dir_new ("spinecds-ro-XXXXXX");
  g_autofree char *path = NULL;
  g_autofree char *listing = NULL;
  g_autoptr(GBytes) old = NULL;
  g_autoptr(SpineCdsCase) kase = rel_case_new_sized (600, 'r');

  if (!mount_tmpfs (dir, "size=" TMPFS_SIZE ",mode=0700"))
    return;

  path = make_old_case (dir, &old);
  g_assert_cmpint (mount (NULL, dir, NULL, MS_REMOUNT | MS_RDONLY, NULL), ==, 0);
  listing = rel_list_dir (dir);
  expect_failed_save (kase, path, old, listing, "read-only file system");

  g_assert_cmpint (mount (NULL, dir, NULL, MS_REMOUNT, "size=" TMPFS_SIZE), ==, 0);
  expect_save_works (kase, path);

  umount2 (dir, MNT_DETACH);
}

static void
test_read_only_bind_mount (void)
{
  g_autofree char *dir = test_scratch_dir_new ("spinecds-robind-XXXXXX");
  g_autofree char *path = NULL;
  g_autofree char *listing = NULL;
  g_autoptr(GBytes) old = NULL;
  g_autoptr(SpineCdsCase) kase = rel_case_new_sized (600, 'r');

  path = make_old_case (dir, &old);
  if (namespace_problem != NULL)
    {
      g_test_skip (namespace_problem);
      return;
    }
  if (mount (dir, dir, NULL, MS_BIND, NULL) != 0
      || mount (NULL, dir, NULL, MS_REMOUNT | MS_BIND | MS_RDONLY, NULL) != 0)
    {
      g_autofree char *why = g_strdup_printf ("a read-only bind mount is not permitted here: %s",
                                              g_strerror (errno));
      g_test_skip (why);
      return;
    }

  listing = rel_list_dir (dir);
  expect_failed_save (kase, path, old, listing, "read-only bind mount");

  g_assert_cmpint (umount2 (dir, MNT_DETACH), ==, 0);
  expect_save_works (kase, path);
}

/* chattr +i: refused to root as well. Returns FALSE (and skips) when
 * the file system or the process cannot set the flag. */
static gboolean
set_immutable (const char *path,
               gboolean    immutable)
{
  int fd = g_open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC, 0);
  int flags = 0;
  int saved_errno;

  if (fd < 0 || ioctl (fd, FS_IOC_GETFLAGS, &flags) != 0)
    goto failed;
  if (immutable)
    flags |= FS_IMMUTABLE_FL;
  else
    flags &= ~FS_IMMUTABLE_FL;
  if (ioctl (fd, FS_IOC_SETFLAGS, &flags) != 0)
    goto failed;
  close (fd);
  return TRUE;

failed:
  saved_errno = errno;
  if (fd >= 0)
    close (fd);
  if (immutable)
    {
      g_autofree char *why = g_strdup_printf ("chattr +i is not possible here: %s", g_strerror (saved_errno));

      g_test_skip (why);
    }
  return FALSE;
}

static void
test_immutable_folder (void)
{
  g_autofree char *dir = test_scratch_dir_new ("spinecds-immutable-XXXXXX");
  g_autofree char *path = NULL;
  g_autofree char *listing = NULL;
  g_autoptr(GBytes) old = NULL;
  g_autoptr(SpineCdsCase) kase = rel_case_new_sized (600, 'm');

  path = make_old_case (dir, &old);
  if (!set_immutable (dir, TRUE))
    return;

  listing = rel_list_dir (dir);
  expect_failed_save (kase, path, old, listing, "immutable folder");

  set_immutable (dir, FALSE);
  expect_save_works (kase, path);
}

static void
test_immutable_file (void)
{
  g_autofree char *dir = test_scratch_dir_new ("spinecds-immutable-XXXXXX");
  g_autofree char *path = NULL;
  g_autofree char *listing = NULL;
  g_autoptr(GBytes) old = NULL;
  g_autoptr(SpineCdsCase) kase = rel_case_new_sized (600, 'm');

  path = make_old_case (dir, &old);
  if (!set_immutable (path, TRUE))
    return;

  listing = rel_list_dir (dir);
  expect_failed_save (kase, path, old, listing, "immutable file");

  set_immutable (path, FALSE);
  expect_save_works (kase, path);
}

/* No permission --------------------------------------------------------------- */

/* Root may write anywhere: drop to nobody in a subprocess. */
static void
drop_privileges_or_skip (void)
{
  if (geteuid () != 0)
    return;

  if (setgroups (0, NULL) != 0 || setgid (NOBODY) != 0 || setuid (NOBODY) != 0)
    {
      /* Tell the parent to skip: GLib 2.74 cannot read a child's status. */
      g_printerr ("cannot become uid %d: %s\n", NOBODY, g_strerror (errno));
      g_file_set_contents (g_getenv ("REL_SKIP_MARKER"), "", 0, NULL);
      exit (0);
    }
}

static void
test_no_permission (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *locked = NULL;
  g_autofree char *path = NULL;
  g_autofree char *hidden_path = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *after = NULL;
  g_autofree char *skip_marker = NULL;
  g_autoptr(GBytes) old = NULL;
  g_autoptr(GBytes) hidden_old = NULL;

  if (g_test_subprocess ())
    {
      g_autoptr(SpineCdsCase) kase = rel_case_new_sized (600, 'p');
      g_autoptr(GBytes) expected = NULL;

      drop_privileges_or_skip ();
      expected = rel_read (g_getenv ("REL_CASE"));
      expect_failed_save (kase, g_getenv ("REL_CASE"), expected, g_getenv ("REL_LISTING"),
                          "folder without write permission");
      /* A folder the user cannot even enter. */
      expect_failed_save (kase, g_getenv ("REL_HIDDEN_CASE"), NULL, NULL,
                          "folder without any permission");
      return;
    }

  /* World-readable, writable by root only; the other one closed. */
  dir = test_scratch_dir_new ("spinecds-perm-XXXXXX");
  g_assert_nonnull (dir);
  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
  path = make_old_case (dir, &old);
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  locked = g_build_filename (dir, "locked", NULL);
  g_assert_cmpint (g_mkdir (locked, 0700), ==, 0);
  hidden_path = make_old_case (locked, &hidden_old);
  if (geteuid () != 0)
    {
      /* Not root: permissions work as they are. */
      g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
      g_assert_cmpint (g_chmod (locked, 0000), ==, 0);
    }
  listing = rel_list_dir (dir);

  g_setenv ("REL_CASE", path, TRUE);
  g_setenv ("REL_HIDDEN_CASE", hidden_path, TRUE);
  g_setenv ("REL_LISTING", listing, TRUE);
  skip_marker = g_build_filename (g_get_tmp_dir (), "spinecds-skip-XXXXXX", NULL);
  close (g_mkstemp (skip_marker));
  g_unlink (skip_marker);
  g_setenv ("REL_SKIP_MARKER", skip_marker, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  if (g_file_test (skip_marker, G_FILE_TEST_EXISTS))
    {
      g_unlink (skip_marker);
      g_test_skip ("cannot drop to an unprivileged user");
    }
  else
    n_faults += 2;

  /* Seen from here too: nothing changed. */
  g_assert_true (rel_same_bytes (path, old));
  g_assert_true (rel_same_bytes (hidden_path, hidden_old));
  g_chmod (dir, 0700);
  g_chmod (locked, 0700);
  after = rel_list_dir (dir);
  g_assert_cmpstr (after, ==, listing);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* A private mount namespace: our mounts vanish with the process and
   * never reach the host's. */
  if (unshare (CLONE_NEWNS) != 0)
    namespace_problem = g_strdup_printf ("no private mount namespace (unshare: %s); run as root to test "
                                         "full and read-only file systems",
                                         g_strerror (errno));
  else if (mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0)
    namespace_problem = g_strdup_printf ("cannot make the mounts private: %s", g_strerror (errno));

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/reliability/save/missing-folder", test_missing_folder);
  g_test_add_func ("/reliability/save/target-is-folder", test_target_is_folder);
  g_test_add_func ("/reliability/save/full/no-room-for-file", test_full_no_room_for_file);
  g_test_add_func ("/reliability/save/full/no-room-for-backup", test_full_no_room_for_backup);
  g_test_add_func ("/reliability/save/full/no-inodes", test_full_no_inodes);
  g_test_add_func ("/reliability/save/read-only/file-system", test_read_only_file_system);
  g_test_add_func ("/reliability/save/read-only/bind-mount", test_read_only_bind_mount);
  g_test_add_func ("/reliability/save/immutable/folder", test_immutable_folder);
  g_test_add_func ("/reliability/save/immutable/file", test_immutable_file);
  g_test_add_func ("/reliability/save/no-permission", test_no_permission);

  status = g_test_run ();
  g_print ("# %u faults injected, every one refused cleanly\n", n_faults);
  return status;
}
