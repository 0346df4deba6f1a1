/* bench-render.c: rendering the summary plus the handout of a case to PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints figures; asserts nothing. Target: summary + handout < 150 ms,
 * and a note of one 100,000-letter word (no space to wrap at) < 2 s.
 * The first round (font loading, fontconfig cache) is reported apart.
 *
 *   bench-render [CASE…]   (default: every example in SPINECDS_EXAMPLES_DIR)
 */
#include "config.h"

#include <glib/gstdio.h>

#include "spinecds-case-file.h"
#include "spinecds-document.h"
#include "spinecds-evaluator.h"
#include "test-scratch.h"

/* g_ptr_array_sort() hands over pointers to the elements. */
static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
render_both (SpineCdsCase       *kase,
             SpineCdsAssessment *assessment,
             const char         *dir)
{
  g_autofree char *summary_path = g_build_filename (dir, "summary.pdf", NULL);
  g_autofree char *handout_path = g_build_filename (dir, "handout.pdf", NULL);
  gint64           start = g_get_monotonic_time ();
  g_autoptr(SpineCdsDocument) summary = spinecds_document_new (SPINECDS_DOCUMENT_SUMMARY, kase, assessment, NULL, NULL);
  g_autoptr(SpineCdsDocument) handout = spinecds_document_new (SPINECDS_DOCUMENT_HANDOUT, kase, assessment, NULL, NULL);

  g_assert_true (spinecds_document_write_pdf (summary, summary_path, SPINECDS_PAPER_A4, NULL));
  g_assert_true (spinecds_document_write_pdf (handout, handout_path, SPINECDS_PAPER_A4, NULL));
  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
bench_case (SpineCdsKnowledgeBase *kb,
            const char            *path,
            const char            *dir)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(SpineCdsCase) kase = spinecds_case_file_load (file, &error);
  g_autoptr(SpineCdsAssessment) assessment = NULL;
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *name = g_path_get_basename (path);

  g_assert_no_error (error);
  assessment = spinecds_evaluate (kb, kase);
  for (guint i = 0; i < 20; i++)
    {
      double ms = render_both (kase, assessment, dir);

      g_array_append_val (samples, ms);
    }
  g_array_sort (samples, compare_doubles);
  g_print ("render summary+handout %-36s median %6.1f ms, max %6.1f ms over %u runs (target < 150 ms)\n",
           name, g_array_index (samples, double, samples->len / 2),
           g_array_index (samples, double, samples->len - 1), samples->len);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SpineCdsKnowledgeBase) kb = spinecds_knowledge_base_new_default (&error);
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *dir = test_scratch_dir_new ("spinecds-bench-render-XXXXXX");

  g_assert_no_error (error);
  for (int i = 1; i < argc; i++)
    g_ptr_array_add (cases, g_strdup (argv[i]));
  if (cases->len == 0 && g_getenv ("SPINECDS_EXAMPLES_DIR") != NULL)
    {
      g_autoptr(GDir) examples = g_dir_open (g_getenv ("SPINECDS_EXAMPLES_DIR"), 0, NULL);
      const char *name;

      while (examples != NULL && (name = g_dir_read_name (examples)) != NULL)
        if (g_str_has_suffix (name, ".spinecase"))
          g_ptr_array_add (cases, g_build_filename (g_getenv ("SPINECDS_EXAMPLES_DIR"), name, NULL));
      g_ptr_array_sort (cases, compare_paths);
    }
  if (cases->len == 0)
    {
      g_printerr ("bench-render: no cases (give paths or set SPINECDS_EXAMPLES_DIR)\n");
      return 2;
    }

  {
    g_autoptr(GFile) file = g_file_new_for_path (g_ptr_array_index (cases, 0));
    g_autoptr(SpineCdsCase) kase = spinecds_case_file_load (file, NULL);
    g_autoptr(SpineCdsAssessment) assessment = spinecds_evaluate (kb, kase);

    g_print ("render summary+handout, first run (cold fonts): %.1f ms\n", render_both (kase, assessment, dir));
  }
  for (guint i = 0; i < cases->len; i++)
    bench_case (kb, g_ptr_array_index (cases, i), dir);

  {
    g_autoptr(GFile) file = g_file_new_for_path (g_ptr_array_index (cases, 0));
    g_autoptr(SpineCdsCase) kase = spinecds_case_file_load (file, NULL);
    g_autoptr(SpineCdsAssessment) assessment = NULL;
    g_autofree char *word = g_strnfill (100000, 'x');

    spinecds_case_set_notes (kase, word);
    assessment = spinecds_evaluate (kb, kase);
    g_print ("render summary+handout, notes of one 100,000-letter word: %.1f ms (target < 2000 ms)\n",
             render_both (kase, assessment, dir));
  }

  {
    g_autofree char *a = g_build_filename (dir, "summary.pdf", NULL);
    g_autofree char *b = g_build_filename (dir, "handout.pdf", NULL);

    g_unlink (a);
    g_unlink (b);
    g_rmdir (dir);
  }
  return 0;
}
