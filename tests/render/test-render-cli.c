/* test-render-cli.c: spinecds-cli render, as a separate process
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"
#include "test-scratch.h"

#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

static const char *cli_path;
static char       *tmpdir;

static int
run_cli (const char * const *args,
         char              **err_out)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) argv = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  int status;

  g_strv_builder_add (builder, cli_path);
  g_strv_builder_addv (builder, (const char **) args);
  argv = g_strv_builder_end (builder);
  /* No display is needed, and none is given. */
  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  envp = g_environ_unsetenv (envp, "SPINECDS_KNOWLEDGE_BASE");

  g_spawn_sync (NULL, argv, envp, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, err_out, &status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

static char *
first_example (void)
{
  const char *dir_name = g_getenv ("SPINECDS_EXAMPLES_DIR");
  g_autoptr(GDir) dir = g_dir_open (dir_name, 0, NULL);
  const char *name;
  char       *best = NULL;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".spinecase") && (best == NULL || strcmp (name, best) < 0))
      {
        g_free (best);
        best = g_strdup (name);
      }
  if (best == NULL)
    return NULL;
  {
    char *path = g_build_filename (dir_name, best, NULL);

    g_free (best);
    return path;
  }
}

static void
test_render (void)
{
  g_autofree char *example = first_example ();
  const char      *documents[] = { "summary", "handout" };
  const char      *papers[] = { "a4", "letter" };

  if (example == NULL)
    {
      g_test_skip ("no example cases");
      return;
    }

  for (guint d = 0; d < G_N_ELEMENTS (documents); d++)
    for (guint p = 0; p < G_N_ELEMENTS (papers); p++)
      {
        g_autofree char *name = g_strdup_printf ("%s-%s.pdf", documents[d], papers[p]);
        g_autofree char *out = g_build_filename (tmpdir, name, NULL);
        g_autofree char *err = NULL;
        g_autofree char *contents = NULL;
        gsize            length;
        const char      *args[] = { "render", "--document", documents[d], "--paper", papers[p],
                                    "--date", "2026-03-05", "-o", out, example, NULL };

        g_assert_cmpint (run_cli (args, &err), ==, 0);
        g_assert_cmpstr (err, ==, "");
        g_assert_true (g_file_get_contents (out, &contents, &length, NULL));
        g_assert_cmpuint (length, >, 1000);
        g_assert_true (g_str_has_prefix (contents, "%PDF-"));
        g_unlink (out);
      }
}

static void
test_bad_usage (void)
{
  g_autofree char *example = first_example ();
  g_autofree char *out = g_build_filename (tmpdir, "bad.pdf", NULL);
  const char      *missing_case = "/nonexistent/case.spinecase";
  struct
  {
    const char *args[10];
    const char *message;
  } cases[] = {
    { { "render", "--document", "poster", "-o", out, "x.spinecase", NULL }, "--document" },
    { { "render", "--paper", "a5", "-o", out, "x.spinecase", NULL }, "--paper" },
    { { "render", "x.spinecase", NULL }, "--output" },
    { { "render", "-o", out, NULL }, "exactly one" },
    { { "render", "--date", "5 March", "-o", out, "x.spinecase", NULL }, "--date" },
    { { "render", "--lang", "xx", "-o", out, example != NULL ? example : "x.spinecase", NULL }, "--lang" },
    { { "render", "-o", out, missing_case, NULL }, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *err = NULL;

      g_assert_cmpint (run_cli (cases[i].args, &err), ==, 2);
      if (cases[i].message != NULL && strstr (err, cases[i].message) == NULL)
        g_error ("expected “%s” in: %s", cases[i].message, err);
      g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
    }
}

static void
test_unwritable (void)
{
  g_autofree char *example = first_example ();
  g_autofree char *err = NULL;

  if (example == NULL)
    {
      g_test_skip ("no example cases");
      return;
    }
  g_assert_cmpint (run_cli ((const char *[]) { "render", "-o", "/nonexistent/dir/out.pdf", example, NULL }, &err), ==, 1);
  g_assert_nonnull (strstr (err, "out.pdf"));
}

/* The PDF goes to a file: not through a link, which it would replace
 * (as root, "-o /dev/stdout" replaced /dev/stdout), and never over the
 * case it is made from (sixth probe round). */
static void
test_output_not_a_file (void)
{
  g_autofree char *example = first_example ();
  g_autofree char *dir = test_scratch_dir_new ("spinecds-render-XXXXXX");
  g_autofree char *link = g_build_filename (dir, "link.pdf", NULL);
  g_autofree char *target = g_build_filename (dir, "target.pdf", NULL);
  g_autofree char *kase = g_build_filename (dir, "case.spinecase", NULL);
  g_autofree char *original = NULL;
  g_autofree char *after = NULL;
  g_autofree char *link_err = NULL;
  g_autofree char *case_err = NULL;

  if (example == NULL)
    {
      g_test_skip ("no example cases");
      return;
    }
  g_assert_true (g_file_set_contents (target, "", 0, NULL));
  g_assert_cmpint (symlink (target, link), ==, 0);
  g_assert_cmpint (run_cli ((const char *[]) { "render", "-o", link, example, NULL }, &link_err), ==, 2);
  g_assert_nonnull (strstr (link_err, "link.pdf: not a regular file"));
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));

  g_assert_true (g_file_get_contents (example, &original, NULL, NULL));
  g_assert_true (g_file_set_contents (kase, original, -1, NULL));
  g_assert_cmpint (run_cli ((const char *[]) { "render", "-o", kase, kase, NULL }, &case_err), ==, 2);
  g_assert_nonnull (strstr (case_err, "is the case file itself"));
  g_assert_true (g_file_get_contents (kase, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, original);

  g_remove (link);
  g_remove (target);
  g_remove (kase);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  g_assert_cmpint (argc, ==, 2);
  cli_path = argv[1];
  tmpdir = test_scratch_dir_new ("spinecds-render-cli-XXXXXX");

  g_test_add_func ("/spinecds/render-cli/render", test_render);
  g_test_add_func ("/spinecds/render-cli/bad-usage", test_bad_usage);
  g_test_add_func ("/spinecds/render-cli/unwritable", test_unwritable);
  g_test_add_func ("/spinecds/render-cli/output-not-a-file", test_output_not_a_file);

  status = g_test_run ();
  g_rmdir (tmpdir);
  g_free (tmpdir);
  return status;
}
