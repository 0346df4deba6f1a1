/* test-privacy.c: where SpineCDS writes, with what mode, and no network
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: test-privacy --tap CLI CASE [APP]
 *
 *  - modes: a saved case is 0600 and so is its backup, whatever the
 *    umask and whatever the mode of the file it replaces; after a save
 *    the folder holds the case and its backup and nothing else;
 *  - writes: saving a case, traced with strace, creates, renames or
 *    removes nothing outside the case's folder; the CLI (validate,
 *    evaluate, extract) writes no file at all;
 *  - network: the CLI, and the app (APP, run for a few seconds under
 *    the test display with its data folders in a temporary HOME),
 *    create no AF_INET or AF_INET6 socket and connect to no such
 *    address (AF_UNIX for D-Bus and X11 is fine). The app's writes
 *    stay inside that HOME (its data folder).
 * Tests that need strace or a display are skipped without them.
 */
#include "config.h"

#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "reliability-common.h"
#include "spinecds-case-file.h"
#include "test-scratch.h"

static const char *cli_path;
static const char *case_path;
static const char *app_path;
static char       *self_path;
static char       *strace_path;

static guint
mode_of (const char *path)
{
  struct stat st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpuint (st.st_uid, ==, geteuid ());
  return st.st_mode & 07777;
}

static void
test_modes (void)
{
  g_autofree char *dir = test_scratch_dir_new ("spinecds-privacy-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "case.spinecase", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(SpineCdsCase) kase = rel_case_new_sized (2000, 'p');
  g_autofree char *listing = NULL;
  mode_t           old_umask = umask (022);

  rel_save_or_fail (kase, path);
  listing = rel_list_dir (dir);
  g_assert_cmpstr (listing, ==, "case.spinecase");
  g_assert_cmpuint (mode_of (path), ==, 0600);

  /* A case copied in with a lax mode: the save tightens it, and the
   * backup of it is private too. */
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  spinecds_case_set_age_years (kase, 48);
  rel_save_or_fail (kase, path);
  g_free (listing);
  listing = rel_list_dir (dir);
  g_assert_cmpstr (listing, ==, "case.spinecase\ncase.spinecase~");
  g_assert_cmpuint (mode_of (path), ==, 0600);
  g_assert_cmpuint (mode_of (backup), ==, 0600);

  /* A lax backup left from before is replaced by a private one. */
  g_assert_cmpint (g_chmod (backup, 0666), ==, 0);
  spinecds_case_set_age_years (kase, 49);
  rel_save_or_fail (kase, path);
  g_assert_cmpuint (mode_of (backup), ==, 0600);
  g_free (listing);
  listing = rel_list_dir (dir);
  g_assert_cmpstr (listing, ==, "case.spinecase\ncase.spinecase~");

  umask (old_umask);
}

/* strace ---------------------------------------------------------------------- */

static gboolean
need_strace (void)
{
  if (strace_path != NULL)
    return TRUE;
  g_test_skip ("strace is not installed (apt-get install strace)");
  return FALSE;
}

/* Runs @argv under strace -f, tracing @syscalls, itself under
 * @wrapper (NULL-terminated, may be NULL); returns the log. */
static char *
trace (const char * const *wrapper,
       const char * const *argv,
       const char         *syscalls,
       const char * const *extra_env,
       int                *status)
{
  g_autofree char *dir = test_scratch_dir_new ("spinecds-strace-XXXXXX");
  g_autofree char *log = g_build_filename (dir, "strace.log", NULL);
  g_autofree char *trace_arg = g_strconcat ("trace=", syscalls, NULL);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) full = NULL;
  g_auto(RelRun) run = { 0 };
  char *contents = NULL;

  g_autoptr(GStrvBuilder) env_builder = g_strv_builder_new ();
  g_auto(GStrv) env = NULL;
  g_autofree char *asan = g_strdup_printf ("ASAN_OPTIONS=%s%sdetect_leaks=0",
                                           g_getenv ("ASAN_OPTIONS") ? g_getenv ("ASAN_OPTIONS") : "",
                                           g_getenv ("ASAN_OPTIONS") ? ":" : "");

  if (wrapper != NULL)
    g_strv_builder_addv (builder, (const char **) wrapper);
  g_strv_builder_add_many (builder, strace_path, "-f", "-qq", "-s", "256", "-o", log, "-e", trace_arg, "--", NULL);
  g_strv_builder_addv (builder, (const char **) argv);
  full = g_strv_builder_end (builder);

  /* LeakSanitizer cannot work under ptrace; the sanitizer build checks
   * leaks in the untraced runs. */
  if (extra_env != NULL)
    g_strv_builder_addv (env_builder, (const char **) extra_env);
  g_strv_builder_add (env_builder, asan);
  env = g_strv_builder_end (env_builder);

  rel_run (&run, (const char * const *) full, (const char * const *) env);
  if (status != NULL)
    *status = run.status;
  g_assert_true (g_file_get_contents (log, &contents, NULL, NULL));
  return contents;
}

/* The path argument of a traced call ("openat(AT_FDCWD, \"/x\", …"). */
static char *
quoted_path (const char *line,
             guint       nth)
{
  const char *p = line;

  for (guint i = 0; i <= nth; i++)
    {
      p = strchr (p, '"');
      if (p == NULL)
        return NULL;
      if (i < nth)
        {
          p = strchr (p + 1, '"');
          if (p == NULL)
            return NULL;
          p++;
        }
    }

  return g_strndup (p + 1, strcspn (p + 1, "\""));
}

static gboolean
path_allowed (const char         *path,
              const char * const *allowed)
{
  for (guint i = 0; allowed[i] != NULL; i++)
    if (g_str_has_prefix (path, allowed[i]))
      return TRUE;
  return FALSE;
}

/* Every call of the log that creates, changes or removes a file, for
 * which the path is not under one of @allowed. */
static GPtrArray *
writes_outside (const char         *log,
                const char * const *allowed)
{
  static const char * const modifying[] = {
    "creat(", "rename(", "renameat(", "renameat2(", "unlink(", "unlinkat(", "mkdir(", "mkdirat(",
    "rmdir(", "link(", "linkat(", "symlink(", "symlinkat(", "chmod(", "fchmodat(", "truncate(",
    "mknod(", "mknodat(", NULL
  };
  g_auto(GStrv) lines = g_strsplit (log, "\n", -1);
  GPtrArray *outside = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      const char *call = line;
      gboolean    writes = FALSE;

      /* "PID call(…) = result" */
      while (g_ascii_isdigit (*call) || *call == ' ')
        call++;
      if (strstr (line, "= -1 ") != NULL)
        continue; /* failed: wrote nothing */

      if (g_str_has_prefix (call, "open(") || g_str_has_prefix (call, "openat(") || g_str_has_prefix (call, "openat2("))
        writes = strstr (call, "O_WRONLY") || strstr (call, "O_RDWR") || strstr (call, "O_CREAT") || strstr (call, "O_TRUNC");
      else
        for (guint m = 0; modifying[m] != NULL; m++)
          writes |= g_str_has_prefix (call, modifying[m]);

      if (!writes)
        continue;

      for (guint nth = 0; nth < 2; nth++)
        {
          g_autofree char *path = quoted_path (call, nth);

          if (path == NULL)
            break;
          if (!path_allowed (path, allowed))
            g_ptr_array_add (outside, g_strdup (line));
          /* Only renames and links name a second path. */
          if (!strstr (call, "rename") && !strstr (call, "link"))
            break;
        }
    }

  return outside;
}

static void
assert_no_writes_outside (const char         *what,
                          const char         *log,
                          const char * const *allowed)
{
  g_autoptr(GPtrArray) outside = writes_outside (log, allowed);

  if (outside->len > 0)
    {
      g_ptr_array_add (outside, NULL);
      g_error ("%s wrote outside %s:\n%s", what, allowed[0], g_strjoinv ("\n", (char **) outside->pdata));
    }
}

static int
save_once (const char *path)
{
  g_autoptr(SpineCdsCase) kase = rel_case_new_sized (2000, 's');
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  if (!spinecds_case_file_save (kase, file, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  return 0;
}

static void
test_save_writes_only_its_folder (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *log = NULL;
  g_autofree char *prefix = NULL;
  int              status;

  if (!need_strace ())
    return;

  dir = test_scratch_dir_new ("spinecds-where-XXXXXX");
  path = g_build_filename (dir, "case.spinecase", NULL);
  prefix = g_strconcat (dir, "/", NULL);

  /* Twice: a new file, then a replacement with a backup. */
  for (guint i = 0; i < 2; i++)
    {
      g_free (log);
      log = trace (NULL, (const char *[]) { self_path, "--save-once", path, NULL }, "%file", NULL, &status);
      g_assert_cmpint (status, ==, 0);
      assert_no_writes_outside ("saving a case", log, (const char *[]) { prefix, NULL });
    }
  g_assert_nonnull (strstr (log, "rename"));
}

static void
test_cli_writes_nothing (void)
{
  const char *commands[][6] = {
    { "validate", case_path, NULL },
    { "evaluate", case_path, NULL },
    { "evaluate", "--format", "json", case_path, NULL },
    { "extract", NULL, NULL },
    { "--version", NULL },
  };
  const char * const nothing[] = { "/nonexistent-allowed-prefix/", NULL };
  g_autofree char   *dir = NULL;
  g_autofree char   *report = NULL;

  if (!need_strace ())
    return;

  dir = test_scratch_dir_new ("spinecds-cli-XXXXXX");
  report = g_build_filename (dir, "report.txt", NULL);
  g_assert_true (g_file_set_contents (report, "Severe canal stenosis at L4-L5. No fracture.", -1, NULL));
  commands[3][1] = report;

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) argv = NULL;
      g_autofree char *log = NULL;
      g_autofree char *what = NULL;
      int              status;

      g_strv_builder_add (builder, cli_path);
      g_strv_builder_addv (builder, commands[i]);
      argv = g_strv_builder_end (builder);
      what = g_strjoinv (" ", argv);

      log = trace (NULL, (const char * const *) argv, "%file,%network", NULL, &status);
      g_assert_cmpint (status, ==, 0);
      assert_no_writes_outside (what, log, nothing);
      if (strstr (log, "AF_INET") != NULL)
        g_error ("%s used the network:\n%s", what, log);
    }
}

/* Lines of @log that create or reach an Internet socket. */
static char *
internet_use (const char *log)
{
  g_auto(GStrv) lines = g_strsplit (log, "\n", -1);
  g_autoptr(GString) found = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    if (strstr (lines[i], "AF_INET") != NULL || strstr (lines[i], "AF_PACKET") != NULL)
      g_string_append_printf (found, "%s\n", lines[i]);

  return found->len > 0 ? g_strdup (found->str) : NULL;
}

static void
test_app_no_network (void)
{
  g_autofree char *home = NULL;
  g_autofree char *log = NULL;
  g_autofree char *internet = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *dbus_run_session = NULL;
  g_autoptr(GStrvBuilder) env_builder = NULL;
  g_auto(GStrv) env = NULL;
  int status;
  const struct
  {
    const char *variable, *path;
  } folders[] = {
    { "HOME", "" },
    { "XDG_DATA_HOME", ".local/share" },
    { "XDG_CONFIG_HOME", ".config" },
    { "XDG_CACHE_HOME", ".cache" },
    { "XDG_STATE_HOME", ".local/state" },
  };

  if (app_path == NULL)
    {
      g_test_skip ("the app is not built (-Dgui=false)");
      return;
    }
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_test_skip ("no display: run under xvfb-run -a dbus-run-session");
      return;
    }
  if (!need_strace ())
    return;

  home = test_scratch_dir_new ("spinecds-home-XXXXXX");
  prefix = g_strconcat (home, "/", NULL);
  env_builder = g_strv_builder_new ();
  for (guint i = 0; i < G_N_ELEMENTS (folders); i++)
    {
      g_autofree char *folder = g_build_filename (home, folders[i].path, NULL);

      g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
      g_autofree char *pair = g_strdup_printf ("%s=%s", folders[i].variable, folder);

      g_strv_builder_add (env_builder, pair);
    }
  g_strv_builder_add (env_builder, "GSETTINGS_BACKEND=memory");
  env = g_strv_builder_end (env_builder);

  /* A few seconds of a running app (window, drafts folder, knowledge
   * base, first evaluation), in a D-Bus session of its own so that no
   * other instance answers for it (the bus itself is not traced);
   * timeout ends it with SIGTERM. */
  dbus_run_session = g_find_program_in_path ("dbus-run-session");
  log = trace (dbus_run_session != NULL ? (const char *[]) { dbus_run_session, "--", NULL } : NULL,
               (const char *[]) { "timeout", "-k", "3", "6", app_path, NULL },
               "%network,%file", (const char * const *) env, &status);

  internet = internet_use (log);
  if (internet != NULL)
    g_error ("the app used the network:\n%s", internet);
  /* 124: still running when timeout stopped it, as it should be. */
  g_test_message ("the app ran for 6 s (exit status %d): no AF_INET/AF_INET6 socket", status);

  assert_no_writes_outside ("the app", log, (const char *[]) { prefix, "/dev/", NULL });
  {
    g_auto(RelRun) find = { 0 };

    /* Caches (fontconfig, mesa) left out. */
    rel_run (&find, (const char *[]) { "find", home, "-path", "*/.cache", "-prune", "-o", "-printf", "%M %P\n", NULL },
             NULL);
    g_test_message ("what the app wrote in its HOME, caches aside:\n%s", find.out);
  }
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 3 && g_str_equal (argv[1], "--save-once"))
    return save_once (argv[2]);

  self_path = g_file_read_link ("/proc/self/exe", NULL);
  strace_path = g_find_program_in_path ("strace");

  g_test_init (&argc, &argv, NULL);
  if (argc != 3 && argc != 4)
    {
      g_printerr ("Usage: %s [--tap] CLI CASE [APP]\n", argv[0]);
      return 2;
    }
  cli_path = argv[1];
  case_path = argv[2];
  app_path = argc == 4 ? argv[3] : NULL;

  g_test_add_func ("/reliability/privacy/modes", test_modes);
  g_test_add_func ("/reliability/privacy/save-writes-only-its-folder", test_save_writes_only_its_folder);
  g_test_add_func ("/reliability/privacy/cli-writes-nothing-and-no-network", test_cli_writes_nothing);
  g_test_add_func ("/reliability/privacy/app-no-network", test_app_no_network);

  return g_test_run ();
}
