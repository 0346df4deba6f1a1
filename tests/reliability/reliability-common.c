/* reliability-common.c: helpers shared by the tests of tests/reliability
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include <glib/gstdio.h>

#include "reliability-common.h"
#include "spinecds-case-file.h"

void
rel_run_clear (RelRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

void
rel_run (RelRun             *run,
         const char * const *argv,
         const char * const *extra_env)
{
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  int wait_status;

  envp = g_environ_unsetenv (envp, "SPINECDS_KNOWLEDGE_BASE");
  for (guint i = 0; extra_env != NULL && extra_env[i] != NULL; i++)
    {
      g_auto(GStrv) pair = g_strsplit (extra_env[i], "=", 2);

      envp = g_environ_setenv (envp, pair[0], pair[1], TRUE);
    }

  g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);

  if (WIFEXITED (wait_status))
    {
      run->status = WEXITSTATUS (wait_status);
      run->signal = 0;
    }
  else
    {
      run->status = -1;
      run->signal = WIFSIGNALED (wait_status) ? WTERMSIG (wait_status) : 0;
    }
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

char *
rel_list_dir (const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) handle = g_dir_open (dir, 0, &error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (handle)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);

  return g_strjoinv ("\n", (char **) names->pdata);
}

GBytes *
rel_read (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

gboolean
rel_same_bytes (const char *path,
                GBytes     *expected)
{
  g_autofree char *contents = NULL;
  gsize            length;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return FALSE;

  return length == g_bytes_get_size (expected)
         && memcmp (contents, g_bytes_get_data (expected, NULL), length) == 0;
}

SpineCdsCase *
rel_case_new_sized (gsize approx_bytes,
                    char  fill)
{
  SpineCdsCase    *kase = spinecds_case_new ();
  /* Notes and report text hold at most 100 000 characters each. */
  gsize            half = MIN (approx_bytes / 2, 100000);
  g_autofree char *text = g_strnfill (half, fill);
  g_autoptr(SpineCdsFinding) finding = spinecds_finding_new ("disc_protrusion");

  spinecds_case_set_age_years (kase, 47);
  spinecds_case_set_sex (kase, SPINECDS_SEX_FEMALE);
  spinecds_case_set_region (kase, SPINECDS_REGION_LUMBAR);
  spinecds_case_set_symptom_duration_weeks (kase, 3);
  spinecds_case_set_code (kase, SPINECDS_CODE_KIND_SYMPTOM, "radicular_pain", TRUE);
  spinecds_case_set_mri_done (kase, TRUE);
  spinecds_finding_set_grade (finding, SPINECDS_GRADE_MODERATE);
  spinecds_finding_set_level (finding, "L4-L5");
  spinecds_case_add_finding (kase, finding);
  spinecds_case_set_report_text (kase, text);
  spinecds_case_set_notes (kase, text);
  return kase;
}

void
rel_save_or_fail (SpineCdsCase *kase,
                  const char   *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  spinecds_case_file_save (kase, file, NULL, &error);
  g_assert_no_error (error);
}
