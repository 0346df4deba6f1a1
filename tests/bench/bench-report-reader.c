/* bench-report-reader.c: how long reading a report takes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints figures only; nothing here asserts a time.
 * Usage: bench-report-reader [RUNS]
 */
#define G_LOG_DOMAIN "spinecds-report"

#include "config.h"

#include <stdlib.h>

#include "spinecds-report-reader.h"

static const char * const paragraphs[] = {
  "CLINICAL HISTORY: Neck pain radiating to the left arm. Rule out disc herniation.\n",
  "TECHNIQUE: Sagittal T1, T2 and STIR, axial T2-weighted images of the cervical spine.\n",
  "FINDINGS:\nMild reversal of the normal cervical lordosis centred at C4-C5. No fracture or "
  "subluxation. Normal marrow signal. The cord is normal in calibre and signal.\n",
  "C4-C5: Disc desiccation with a small broad-based disc bulge. No canal or foraminal stenosis.\n",
  "C5-C6: Disc-osteophyte complex flattening the ventral cord, with moderate to severe left "
  "neural foraminal narrowing and mild right foraminal narrowing. The left C6 nerve root is "
  "compressed. Increased T2 signal within the cord at this level may represent myelomalacia.\n",
  "C6-C7: Left paracentral disc protrusion abutting the traversing left C7 nerve root; however "
  "there is no cord compression. Facet arthropathy is not seen.\n",
  "L4-L5: Grade 1 anterolisthesis with facet hypertrophy, ligamentum flavum thickening and severe "
  "central canal stenosis with crowding of the cauda equina. Modic type 1 endplate changes. "
  "Discitis cannot be excluded.\n",
  "IMPRESSION:\n1. Degenerative disc disease at C5-C6 with cord compression and possible "
  "myelomalacia.\n2. No epidural collection, no metastatic deposit and no fracture.\n\n",
};

static GString *
make_report (gsize size)
{
  GString *report = g_string_sized_new (size + 1024);

  while (report->len < size)
    for (guint i = 0; i < G_N_ELEMENTS (paragraphs); i++)
      g_string_append (report, paragraphs[i]);
  return report;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y ? 1 : 0;
}

static void
bench (gsize size,
       guint runs)
{
  g_autoptr(GString) report = make_report (size);
  g_autofree double *times = g_new (double, runs);
  guint mentions = 0;
  double median;

  for (guint i = 0; i < runs; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GPtrArray) found = spinecds_report_read (report->str, report->len);
      g_autoptr(SpineCdsReportSummary) summary = spinecds_report_summarize (found);

      times[i] = (g_get_monotonic_time () - start) / 1000.0;
      mentions = found->len;
    }

  qsort (times, runs, sizeof (double), compare_doubles);
  median = times[runs / 2];
  g_print ("report-reader: %" G_GSIZE_FORMAT " bytes, %u mentions: median %.2f ms, "
           "min %.2f ms, max %.2f ms over %u runs (%.1f MB/s)\n",
           report->len, mentions, median, times[0], times[runs - 1], runs,
           report->len / (median / 1000.0) / 1e6);
}

int
main (int   argc,
      char *argv[])
{
  guint runs = argc > 1 ? (guint) CLAMP (atoi (argv[1]), 1, 10000) : 31;

  /* The first read builds the vocabulary; time it apart. */
  {
    gint64 start = g_get_monotonic_time ();
    g_autoptr(GPtrArray) warm = spinecds_report_read ("No fracture.", -1);

    g_print ("report-reader: first call (builds the vocabulary) %.2f ms\n",
             (g_get_monotonic_time () - start) / 1000.0);
  }

  bench (100 * 1024, runs);
  bench (1024 * 1024, MAX (runs / 4, 3));
  return 0;
}
