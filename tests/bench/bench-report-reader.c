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

#include "spinecds-report-language.h"
#include "spinecds-report-reader.h"

static const char * const german[] = {
  "Klinische Angaben: Nackenschmerzen mit Ausstrahlung in den linken Arm.\n",
  "Befund:\nStreckfehlhaltung der HWS. Keine Fraktur. In Höhe HWK 5/6 breitbasiger Bandscheibenvorfall "
  "mit hochgradiger Spinalkanalstenose und Kompression des Myelons, Myelopathiesignal nicht sicher "
  "auszuschließen. HWK 6/7: geringgradige Protrusion ohne Neuroforamenstenose.\n",
  "Beurteilung:\n1. Spinalkanalstenose HWK 5/6 mit Myelonkompression.\n2. Kein Anhalt für Spondylodiszitis.\n\n",
};

static const char * const spanish[] = {
  "Información clínica: cervicalgia irradiada al brazo izquierdo.\n",
  "Hallazgos:\nRectificación de la lordosis cervical. No se observan fracturas. A nivel C5-C6 hernia discal "
  "posterocentral que comprime la médula, con estenosis severa del canal. Sin alteración de señal medular.\n",
  "Conclusión:\n1. Hernia discal C5-C6 con compresión medular.\n2. Sin signos de espondilodiscitis.\n\n",
};

static const char * const french[] = {
  "Indication : cervicalgies irradiant au membre supérieur gauche.\n",
  "Résultats :\nRectitude de la lordose cervicale. Pas de fracture. En C5-C6, hernie discale postéro-médiane "
  "avec sténose canalaire serrée et compression médullaire, sans hypersignal médullaire.\n",
  "Conclusion :\n1. Hernie discale C5-C6 avec compression médullaire.\n2. Absence de spondylodiscite.\n\n",
};

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

typedef struct
{
  const char         *language;
  const char * const *paragraphs;
  guint               n_paragraphs;
} Sample;

static const Sample samples[] = {
  { "en", paragraphs, G_N_ELEMENTS (paragraphs) },
  { "de", german, G_N_ELEMENTS (german) },
  { "es", spanish, G_N_ELEMENTS (spanish) },
  { "fr", french, G_N_ELEMENTS (french) },
};

static GString *
make_report (const Sample *sample,
             gsize         size)
{
  GString *report = g_string_sized_new (size + 1024);

  do
    for (guint i = 0; i < sample->n_paragraphs; i++)
      g_string_append (report, sample->paragraphs[i]);
  while (report->len < size);
  return report;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
bench (const Sample *sample,
       gsize         size,
       guint         runs)
{
  g_autoptr(SpineCdsReportVocabulary) vocab = spinecds_report_vocabulary_get (sample->language, NULL);
  g_autoptr(GString) report = make_report (sample, size);
  g_autofree double *times = g_new (double, runs);
  guint              mentions = 0;
  double             median;

  for (guint i = 0; i < runs; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GPtrArray) found = spinecds_report_read_with (vocab, report->str, report->len);
      g_autoptr(SpineCdsReportSummary) summary = spinecds_report_summarize (found);

      times[i] = (g_get_monotonic_time () - start) / 1000.0;
      mentions = found->len;
    }

  qsort (times, runs, sizeof (double), compare_doubles);
  median = times[runs / 2];
  g_print ("report-reader %s: %" G_GSIZE_FORMAT " bytes, %u mentions: median %.2f ms, "
           "min %.2f ms, max %.2f ms over %u runs (%.1f MB/s)\n",
           sample->language, report->len, mentions, median, times[0], times[runs - 1], runs,
           report->len / (median / 1000.0) / 1e6);
}

int
main (int   argc,
      char *argv[])
{
  guint runs = argc > 1 ? (guint) CLAMP (atoi (argv[1]), 1, 10000) : 31;

  /* Loading a vocabulary (from the built-in resource, checked, trie
   * built) and the first read of a report with it, per language: what
   * the first Import in a session costs. Target ≤ 50 ms each. */
  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autofree char *path = g_strdup_printf ("/com/example/SpineCDS/report-vocabulary/%s.json",
                                               samples[i].language);
      g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      g_autoptr(GString) report = make_report (&samples[i], 1);
      gint64 start = g_get_monotonic_time ();
      g_autoptr(SpineCdsReportVocabulary) vocab =
                   spinecds_report_vocabulary_new_from_bytes (bytes, path, samples[i].language, NULL);
      g_autoptr(GPtrArray) found = vocab != NULL ? spinecds_report_read_with (vocab, report->str, -1) : NULL;

      g_print ("report-reader %s: vocabulary load and first read %.2f ms%s\n", samples[i].language,
               (g_get_monotonic_time () - start) / 1000.0, vocab != NULL ? "" : " (DID NOT LOAD)");
    }

  /* Recognising the language reads the opening of the report once with
   * each vocabulary. */
  {
    g_autoptr(GString) report = make_report (&samples[1], 4 * 1024);
    gint64 start;

    spinecds_report_detect_language (report->str, report->len, NULL);
    start = g_get_monotonic_time ();
    spinecds_report_detect_language (report->str, report->len, NULL);
    g_print ("report-reader: recognising the language of a 4 KiB report %.2f ms\n",
             (g_get_monotonic_time () - start) / 1000.0);
  }

  /* Throughput, and linear in the text: 100 KiB and 1 MiB alike. */
  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      bench (&samples[i], 100 * 1024, runs);
      bench (&samples[i], 1024 * 1024, MAX (runs / 4, 3));
    }
  return 0;
}
