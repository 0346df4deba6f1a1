/* bench-core.c: knowledge-base load time and evaluation time per case
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints figures; asserts nothing (timing belongs in benchmarks, not
 * in tests). Targets on a 2-core machine: load < 5 ms, evaluate < 20 µs.
 */
#include "config.h"

#include "spinecds-case-file.h"
#include "spinecds-evaluator.h"

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *samples)
{
  g_array_sort (samples, compare_doubles);
  return g_array_index (samples, double, samples->len / 2);
}

static void
bench_load (void)
{
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < 200; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(SpineCdsKnowledgeBase) kb = spinecds_knowledge_base_new_default (NULL);
      double ms = (g_get_monotonic_time () - start) / 1000.0;

      g_assert_nonnull (kb);
      g_array_append_val (samples, ms);
    }

  g_print ("knowledge-base load: median %.3f ms over %u loads (target < 5 ms)\n", median (samples), samples->len);
}

static void
bench_evaluate (SpineCdsKnowledgeBase *kb,
                const char            *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SpineCdsCase) kase = spinecds_case_file_load (file, NULL);
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *name = g_path_get_basename (path);
  const guint      batch = 200;

  g_assert_nonnull (kase);
  for (guint round = 0; round < 50; round++)
    {
      gint64 start = g_get_monotonic_time ();
      double us;

      for (guint i = 0; i < batch; i++)
        g_object_unref (spinecds_evaluate (kb, kase));
      us = (double) (g_get_monotonic_time () - start) / batch;
      g_array_append_val (samples, us);
    }

  g_print ("evaluate %-40s median %7.2f us per case (target < 20 us)\n", name, median (samples));
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SpineCdsKnowledgeBase) kb = spinecds_knowledge_base_new_default (NULL);
  const char *dir_path = argc > 1 ? argv[1] : g_getenv ("SPINECDS_EXAMPLES_DIR");
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (kb);
  g_assert_nonnull (dir_path);
  g_print ("SpineCDS core benchmark: knowledge base %s %s (%u rules)\n",
           spinecds_knowledge_base_get_id (kb), spinecds_knowledge_base_get_version (kb),
           spinecds_knowledge_base_get_n_rules (kb));

  bench_load ();

  dir = g_dir_open (dir_path, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".spinecase"))
      g_ptr_array_add (files, g_build_filename (dir_path, name, NULL));
  g_ptr_array_sort (files, compare_names);

  for (guint i = 0; i < files->len; i++)
    bench_evaluate (kb, g_ptr_array_index (files, i));

  return 0;
}
