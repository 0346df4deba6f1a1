/* test-report-languages.c: reading reports in English, German, Spanish
 * and French, and refusing the others
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The corpora in tests/data/reports/<lang>/ were written for SpineCDS by
 * people who had not read the reader's vocabularies; english-classes.json
 * covers the classes of English errors that held-out reports found.
 */
#define G_LOG_DOMAIN "spinecds-report"

#include "config.h"

#include <string.h>

#include "spinecds-report-language.h"
#include "spinecds-report-reader.h"
#include "report-scoring.h"

/* Targets of the issue that brought the languages in. */
#define MIN_F1 0.90
/* The held-out corpora (heldout/<lang>/) were written after the
 * vocabularies, by people who saw neither them nor the first corpora, and
 * were measured once. They are not tuned against: the floor only stops a
 * regression, and reading a negation as a finding is never allowed. */
#define HELDOUT_MIN_F1 0.75

static SpineCdsReportVocabulary *
vocabulary (const char *language)
{
  g_autoptr(GError) error = NULL;
  SpineCdsReportVocabulary *vocab = spinecds_report_vocabulary_get (language, &error);

  g_assert_no_error (error);
  return vocab;
}

static char *
corpus_path (const char *first,
             const char *second)
{
  return g_test_build_filename (G_TEST_DIST, "data", "reports", first, second, NULL);
}

static void
assert_score (const char        *what,
              const ReportScore *score,
              GString           *failures)
{
  if (failures->len > 0)
    g_test_message ("%s, differences:%s", what, failures->str);
  report_score_print (what, score);
  g_assert_cmpuint (score->negated_as_present, ==, 0);
  g_assert_cmpfloat (report_score_f1 (score), >=, MIN_F1);
}

static void
test_english_classes (void)
{
  g_autoptr(SpineCdsReportVocabulary) vocab = vocabulary ("en");
  g_autofree char *path = corpus_path ("english-classes.json", NULL);
  ReportScore      score = { 0 };
  g_autoptr(GString) failures = g_string_new (NULL);

  /* Written to probe each class, with controls next to each: the
   * misses left are listed, and are the known limits of the reader
   * (docs/report-vocabulary.md). No control may turn positive. */
  report_score_sentences (vocab, path, &score, failures, NULL);
  assert_score ("English error classes", &score, failures);
  g_assert_cmpfloat (report_score_precision (&score), >=, 0.98);
}

static void
test_sentences (gconstpointer data)
{
  const char *language = data;
  g_autoptr(SpineCdsReportVocabulary) vocab = vocabulary (language);
  g_autofree char *path = corpus_path (language, "sentences.json");
  g_autofree char *what = g_strdup_printf ("%s sentences", language);
  ReportScore      score = { 0 };
  g_autoptr(GString) failures = g_string_new (NULL);
  g_autoptr(JsonArray) sentences = NULL;

  report_score_sentences (vocab, path, &score, failures, &sentences);
  g_assert_cmpuint (json_array_get_length (sentences), >=, 80);
  assert_score (what, &score, failures);
}

static void
test_reports (gconstpointer data)
{
  const char *language = data;
  g_autoptr(SpineCdsReportVocabulary) vocab = vocabulary (language);
  g_autofree char *dir = corpus_path (language, NULL);
  g_autofree char *what = g_strdup_printf ("%s reports", language);
  ReportScore      score = { 0 };
  g_autoptr(GString) failures = g_string_new (NULL);

  g_assert_cmpuint (report_score_reports (vocab, dir, &score, failures), >=, 8);
  assert_score (what, &score, failures);
}

/* What a blind round found misread in a way that could reassure (a
 * persisting finding read as negated, a doubt at a second level lost,
 * a slip in "cauda equina"): no threshold, every sentence exactly. */
static void
test_safety (gconstpointer data)
{
  const char *language = data;
  g_autoptr(SpineCdsReportVocabulary) vocab = vocabulary (language);
  g_autofree char *file = g_strdup_printf ("%s.json", language);
  g_autofree char *path = corpus_path ("safety", file);
  ReportScore      score = { 0 };
  g_autoptr(GString) failures = g_string_new (NULL);
  g_autoptr(JsonArray) sentences = NULL;
  guint n_failed = report_score_sentences (vocab, path, &score, failures, &sentences);

  g_assert_cmpuint (json_array_get_length (sentences), >=, 4);
  if (n_failed > 0)
    g_error ("%u %s safety sentences misread:%s", n_failed, language, failures->str);
}

static void
test_heldout (gconstpointer data)
{
  const char *language = data;
  g_autoptr(SpineCdsReportVocabulary) vocab = vocabulary (language);
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "reports", "heldout", language, NULL);
  g_autofree char *sentences = g_build_filename (dir, "sentences.json", NULL);
  g_autofree char *what = g_strdup_printf ("%s held out", language);
  ReportScore      score = { 0 };
  g_autoptr(GString) failures = g_string_new (NULL);

  report_score_sentences (vocab, sentences, &score, failures, NULL);
  g_assert_cmpuint (report_score_reports (vocab, dir, &score, failures), >=, 8);
  if (failures->len > 0)
    g_test_message ("%s, differences:%s", what, failures->str);
  report_score_print (what, &score);
  g_assert_cmpuint (score.negated_as_present, ==, 0);
  g_assert_cmpfloat (report_score_f1 (&score), >=, HELDOUT_MIN_F1);
}

/* Each class of the language, written for this test: folding (case,
 * accents, transliteration), levels as the country writes them,
 * negation before and after, a list under one negation, doubt before
 * and after, a pseudo-negation, a contrast that ends a negation, a
 * template field, a question in the indication answered in the body. */
static const struct
{
  const char *language;
  const char *text;
  const char *read;
} classes[] = {
  { "en", "Spinal cord: normal calibre and signal.", "cord_compression:negated cord_signal_change:negated" },
  { "en", "Cauda equina: no compression.", "cauda_equina_compression:negated" },
  { "en", "Nerve roots: no compression.", "nerve_root_compression:negated" },
  { "en", "The cauda equina is not well seen because of artefact.", "" },
  { "en", "A protrusion abuts the cord without flattening it.", "disc_protrusion:positive" },
  { "de", "Hochgradige Spinalkanalstenose HWK 5/6.", "canal_stenosis:positive@C5-C6" },
  { "de", "Spinalkanalstenose in Hoehe LWK 4/5.", "canal_stenosis:positive@L4-L5" },
  { "de", "SPINALKANALSTENOSE L4/L5.", "canal_stenosis:positive@L4-L5" },
  { "de", "Myelonkompression im Segment C5/6.", "cord_compression:positive@C5-C6" },
  { "de", "Keine Myelonkompression.", "cord_compression:negated" },
  { "de", "Eine Fraktur ist nicht nachweisbar.", "fracture:negated" },
  { "de", "Kein Nachweis von Fraktur, Spondylolisthese oder Myelonkompression.",
    "fracture:negated spondylolisthesis:negated cord_compression:negated" },
  { "de", "Metastase nicht sicher auszuschließen.", "vertebral_metastasis:uncertain" },
  { "de", "Verdacht auf Spondylodiszitis LWK 2/3.", "discitis_osteomyelitis:uncertain@L2-L3" },
  { "de", "Keine Befundänderung der Spinalkanalstenose L4/5.", "canal_stenosis:positive@L4-L5" },
  { "de", "Keine Fraktur, jedoch Myelonkompression C5/6.", "cord_compression:positive@C5-C6 fracture:negated" },
  { "de", "Myelon: unauffällig.", "cord_compression:negated cord_signal_change:negated" },
  { "de", "Fragestellung: Bandscheibenvorfall?\nBefund:\nKein Bandscheibenvorfall.", "disc_protrusion:negated" },
  { "es", "Estenosis severa del canal en C5-C6.", "canal_stenosis:positive@C5-C6" },
  { "es", "Estenosis de canal a nivel L4-L5.", "canal_stenosis:positive@L4-L5" },
  { "es", "ESTENOSIS DEL CANAL EN L4/L5.", "canal_stenosis:positive@L4-L5" },
  { "es", "Compresion medular en C5-C6.", "cord_compression:positive@C5-C6" },
  { "es", "No se observa compresión medular.", "cord_compression:negated" },
  { "es", "La compresión medular no se demuestra en el presente estudio.", "cord_compression:negated" },
  { "es", "No se observan fracturas, listesis ni compresión medular.",
    "fracture:negated spondylolisthesis:negated cord_compression:negated" },
  { "es", "No se puede descartar metástasis.", "vertebral_metastasis:uncertain" },
  { "es", "Sospecha de espondilodiscitis L2-L3.", "discitis_osteomyelitis:uncertain@L2-L3" },
  { "es", "Estenosis de canal L4-L5 sin cambios respecto al estudio previo.", "canal_stenosis:positive@L4-L5" },
  { "es", "Sin fracturas, pero con compresión medular en C5-C6.", "cord_compression:positive@C5-C6 fracture:negated" },
  { "es", "Cono medular: normal.", "cord_signal_change:negated" },
  { "es", "Indicación: descartar hernia discal.\nHallazgos:\nNo se observa hernia discal.", "disc_protrusion:negated" },
  { "fr", "Sténose canalaire sévère en C5-C6.", "canal_stenosis:positive@C5-C6" },
  { "fr", "Sténose canalaire au niveau L4-L5.", "canal_stenosis:positive@L4-L5" },
  { "fr", "STENOSE CANALAIRE L4/L5.", "canal_stenosis:positive@L4-L5" },
  { "fr", "Compression médullaire en regard de C5-C6.", "cord_compression:positive@C5-C6" },
  { "fr", "Pas de compression médullaire.", "cord_compression:negated" },
  { "fr", "Ni fracture ni spondylolisthésis.", "fracture:negated spondylolisthesis:negated" },
  { "fr", "Pas de fracture, de spondylolisthésis ou de compression médullaire.",
    "fracture:negated spondylolisthesis:negated cord_compression:negated" },
  { "fr", "Métastase non formellement exclue.", "vertebral_metastasis:uncertain" },
  { "fr", "Suspicion de spondylodiscite L2-L3.", "discitis_osteomyelitis:uncertain@L2-L3" },
  { "fr", "Pas de modification de la sténose canalaire L4-L5.", "canal_stenosis:positive@L4-L5" },
  { "fr", "Pas de fracture mais une compression médullaire en C5-C6.", "cord_compression:positive@C5-C6 fracture:negated" },
  { "fr", "Moelle de signal normal.", "cord_signal_change:negated" },
  { "fr", "Indication : hernie discale ?\nRésultats :\nPas de hernie discale.", "disc_protrusion:negated" },
};

static void
test_classes (void)
{
  guint wrong = 0;

  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    {
      g_autoptr(SpineCdsReportVocabulary) vocab = vocabulary (classes[i].language);
      g_autofree char *read = report_read_brief (vocab, classes[i].text);

      if (!g_str_equal (read, classes[i].read))
        {
          g_test_message ("%s “%s”: read “%s”, expected “%s”", classes[i].language, classes[i].text, read,
                          classes[i].read);
          wrong++;
        }
    }
  g_assert_cmpuint (wrong, ==, 0);
}

/* The language of every report of @dir, as recognised. */
static void
assert_detected (const char *dir_path,
                 const char *prefix,
                 const char *language)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint       n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autofree char *text = NULL;
      g_autoptr(GError) error = NULL;
      const char *found;

      if (!g_str_has_suffix (name, ".txt") || !g_str_has_prefix (name, prefix))
        continue;
      g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
      found = spinecds_report_detect_language (text, -1, &error);
      if (g_strcmp0 (found, language) != 0)
        g_test_message ("%s: read as %s, expected %s (%s)", name, found, language ? language : "refused",
                        error != NULL ? error->message : "no error");
      g_assert_cmpstr (found, ==, language);
      if (language == NULL)
        g_assert_error (error, SPINECDS_REPORT_ERROR, SPINECDS_REPORT_ERROR_LANGUAGE);
      n++;
    }
  g_assert_cmpuint (n, >, 0);
}

static void
test_detect_own (gconstpointer data)
{
  const char      *language = data;
  g_autofree char *dir = g_str_equal (language, "en") ? corpus_path (NULL, NULL) : corpus_path (language, NULL);

  assert_detected (dir, "", language);
}

/* Reports with English loan words ("Bulging", "STIR", "Follow-up") are
 * still in their own language, recognised and read as such. */
static void
test_mixed_with_english (void)
{
  g_autofree char *dir_path = corpus_path ("en-mixed", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  ReportScore score = { 0 };
  g_autoptr(GString) failures = g_string_new (NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autofree char *base = NULL;
      g_autofree char *expected_path = NULL;
      g_autofree char *text = NULL;
      g_autofree char *problems = NULL;
      g_autoptr(JsonNode) expected = NULL;
      g_autoptr(SpineCdsReportVocabulary) vocab = NULL;
      g_autoptr(GError) error = NULL;
      const char *language;

      if (!g_str_has_suffix (name, ".txt"))
        continue;
      base = g_strndup (name, strlen (name) - 4);
      expected_path = g_strdup_printf ("%s%c%s.expected.json", dir_path, G_DIR_SEPARATOR, base);
      expected = report_load_json (expected_path);
      language = json_object_get_string_member (json_node_get_object (expected), "language");
      g_assert_true (g_file_get_contents (path, &text, NULL, NULL));

      g_assert_cmpstr (spinecds_report_detect_language (text, -1, &error), ==, language);
      g_assert_no_error (error);
      vocab = vocabulary (language);
      problems = report_check_text (vocab, text, json_node_get_object (expected), &score);
      if (problems != NULL)
        g_string_append_printf (failures, "\n  %s:%s", name, problems);
      /* English words are loan words here, no second language. */
      {
        g_autoptr(SpineCdsReportSummary) summary = spinecds_report_summary_read (text, -1, "auto", NULL);

        if (summary->also_reads_as != NULL)
          g_string_append_printf (failures, "\n  %s: said to be partly in %s", name, summary->also_reads_as);
      }
    }
  assert_score ("reports with English words", &score, failures);
}

/* A report partly in a second language: what only that language reads
 * is said, never lost without a word (sixth probe round). */
static void
test_second_language (void)
{
  g_autoptr(SpineCdsReportSummary) summary =
               spinecds_report_summary_read ("Befund: Bandscheibenvorfall L4/5 mit Kompression der Cauda equina. Keine Fraktur. "
                                             "Regelrechte Stellung der Wirbelkörper. "
                                             "Impression: severe canal stenosis at L3-L4.",
                                             -1, "auto", NULL);
  g_autofree char *text = spinecds_report_summary_to_text (summary);
  g_autofree char *json = spinecds_report_summary_to_json (summary);

  g_assert_cmpstr (summary->language, ==, "de");
  g_assert_cmpstr (summary->also_reads_as, ==, "en");
  g_assert_cmpuint (summary->also_codes->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (summary->also_codes, 0), ==, "canal_stenosis");
  g_assert_nonnull (strstr (text, "Part of this report may be in English"));
  g_assert_nonnull (strstr (json, "\"also_reads_as\": { \"language\": \"en\", \"codes\": [\"canal_stenosis\"] }"));
}

/* What the main language says is absent but a second language's
 * sentence names is a contradiction, said like any finding the main
 * reading missed: a negation in one language never hides the other. */
static void
test_second_language_contradicts (void)
{
  static const struct
  {
    const char *text;
    const char *language;
    const char *also;
    const char *code;
  } reports[] = {
    { "Befund: Keine Spinalkanalstenose. Kein Bandscheibenvorfall. Regelrechte Stellung der Wirbelkörper. "
      "Impression: severe canal stenosis at L3-L4.",
      "de", "en", "canal_stenosis" },
    { "Findings: No disc herniation. No spinal canal stenosis. Normal alignment of the vertebral bodies. "
      "Beurteilung: Bandscheibenvorfall L4/5 mit Kompression der Nervenwurzel L5.",
      "en", "de", "disc_protrusion" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (reports); i++)
    {
      g_autoptr(SpineCdsReportSummary) summary = spinecds_report_summary_read (reports[i].text, -1, "auto", NULL);

      g_assert_nonnull (summary);
      g_assert_cmpstr (summary->language, ==, reports[i].language);
      g_assert_cmpstr (summary->also_reads_as, ==, reports[i].also);
      g_assert_true (g_ptr_array_find_with_equal_func (summary->also_codes, reports[i].code, g_str_equal, NULL));
    }

  /* One statement in two languages' words is not a second reading: the
   * German negation covers the English noun of its own sentence. */
  {
    g_autoptr(SpineCdsReportSummary) summary =
                 spinecds_report_summary_read ("Befund: Keine Spinalkanalstenose, keine Myelonkompression. "
                                               "Kein epidural abscess in the canal.",
                                               -1, "auto", NULL);

    g_assert_cmpstr (summary->language, ==, "de");
    g_assert_null (summary->also_reads_as);
  }
}

/* Italian, Portuguese, Dutch, Catalan, Romanian, Polish: refused. */
static void
test_refuse_unsupported (void)
{
  g_autofree char *dir = corpus_path ("unsupported", NULL);

  assert_detected (dir, "", NULL);
}

/* A report refused is refused through the public API too: an error, no
 * summary that could read as "nothing found". */
static void
test_refusal_gives_no_summary (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SpineCdsReportSummary) summary = NULL;

  summary = spinecds_report_summary_read ("Non si osservano ernie discali. Il midollo spinale è di segnale normale "
                                          "e il canale vertebrale è ampio a tutti i livelli esaminati.",
                                          -1, "auto", &error);

  g_assert_null (summary);
  g_assert_error (error, SPINECDS_REPORT_ERROR, SPINECDS_REPORT_ERROR_LANGUAGE);
  g_assert_nonnull (strstr (error->message, "English, German, Spanish, French"));
}

/* A line or two has too few words to tell French from German by their
 * small words: it is read in the language it reads in ("Hernie
 * discale" is French), and a longer normal report is not read in
 * another language for want of findings. */
static void
test_short_reports (void)
{
  static const struct
  {
    const char *text;
    const char *language;
    const char *code;
  } lines[] = {
    { "Hernie discale L5-S1.", "fr", "disc_protrusion" },
    { "C4-C5 : rétrécissement canalaire sévère.", "fr", "canal_stenosis" },
    { "Hernia discal L5-S1.", "es", "disc_protrusion" },
    { "Bandscheibenvorfall L5/S1.", "de", "disc_protrusion" },
    { "Disc herniation L5-S1.", "en", "disc_protrusion" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SpineCdsReportSummary) summary = spinecds_report_summary_read (lines[i].text, -1, "auto", &error);

      g_assert_no_error (error);
      g_assert_cmpstr (summary->language, ==, lines[i].language);
      g_assert_cmpuint (summary->findings->len, ==, 1);
      g_assert_cmpstr (((SpineCdsMention *) g_ptr_array_index (summary->findings, 0))->code, ==, lines[i].code);
    }
}

/* What has no code in the case format (a syrinx, an intramedullary
 * tumour, myelitis) is named in every language, in its own words and
 * place, and not taken as a finding; in a context section it is not
 * this study's (sixth blind round: a syrinx vanished without a word). */
static void
test_uncoded (void)
{
  static const struct
  {
    const char *language;
    const char *text;
    const char *named;
  } reports[] = {
    { "en", "FINDINGS: C5-C6 disc protrusion. A syrinx extends from C6 to T2.", "syrinx" },
    { "en", "FINDINGS: Intramedullary enhancing mass from C3 to C5.", "Intramedullary enhancing mass" },
    { "de", "Befund: HWK 5/6 Protrusion. Ausgedehnte Syringomyelie HWK 3 bis BWK 4.", "Syringomyelie" },
    { "de", "Befund: Intramedullärer Tumor HWK 3 bis HWK 5, am ehesten Ependymom.", "Intramedullärer Tumor" },
    { "es", "Hallazgos: siringomielia de C3 a T4. Protrusión discal C5-C6.", "siringomielia" },
    { "fr", "Résultats : syringomyélie de C3 à T4. Protrusion discale C5-C6.", "syringomyélie" },
    /* An old fracture needs no action, but it is not "nothing read". */
    { "en", "FINDINGS: Old T12 fracture, no marrow oedema.", "Old T12 fracture" },
    { "de", "Befund: Alte Fraktur BWK 11.", "Alte Fraktur" },
    /* A cauda equina syndrome named by the radiologist, a spondylolysis. */
    { "en", "FINDINGS: Bulging disc L4-5. Cauda equina syndrome.", "Cauda equina syndrome" },
    { "de", "Befund: Massenprolaps L4/5 mit Kaudasyndrom.", "Kaudasyndrom" },
    { "es", "Hallazgos: hernia discal L4-L5 con síndrome de cola de caballo.", "síndrome de cola de caballo" },
    { "fr", "Résultats : protrusion discale L4-L5. Lyse isthmique bilatérale de L5.", "Lyse isthmique" },
    /* A synovial cyst on a root, a Chiari malformation, a psoas abscess
     * (tenth blind round: dropped without a word). */
    { "en", "FINDINGS: Right facet synovial cyst at L3-L4 abutting the right L4 root.", "facet synovial cyst" },
    { "de", "Befund: LWK 4/5 Synovialzyste rechts mit Kontakt zur Wurzel L5.", "Synovialzyste" },
    { "es", "Hallazgos: quiste sinovial facetario derecho en L4-L5.", "quiste sinovial facetario" },
    { "en", "FINDINGS: Chiari I malformation with tonsillar ectopia of 8 mm.", "Chiari I malformation" },
    { "de", "Befund: Chiari-I-Malformation, unverändert.", "Chiari-I-Malformation" },
    { "es", "Hallazgos: malformación de Chiari tipo I.", "malformación de Chiari tipo I" },
    { "fr", "Résultats : malformation de Chiari de type I.", "malformation de Chiari de type I" },
    { "en", "FINDINGS: L2-L3 discitis with a small left psoas abscess.", "psoas abscess" },
    { "de", "Befund: Spondylodiszitis LWK 2/3 mit kleinem Psoasabszess links.", "Psoasabszess" },
    { "es", "Hallazgos: espondilodiscitis L2-L3 con absceso del psoas izquierdo.", "absceso del psoas" },
    { "fr", "Résultats : spondylodiscite L2-L3 avec abcès du psoas gauche.", "abcès du psoas" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (reports); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SpineCdsReportSummary) summary = spinecds_report_summary_read (reports[i].text, -1, reports[i].language, &error);
      g_autofree char       *json = NULL;
      const SpineCdsMention *first;

      g_assert_no_error (error);
      g_assert_cmpuint (summary->uncoded->len, >=, 1);
      first = g_ptr_array_index (summary->uncoded, 0);
      g_assert_null (first->code);
      g_assert_cmpstr (first->text, ==, reports[i].named);
      g_assert_cmpint (strncmp (reports[i].text + first->start, reports[i].named, strlen (reports[i].named)), ==, 0);
      json = spinecds_report_summary_to_json (summary);
      g_assert_nonnull (strstr (json, "\"not_coded\": ["));
    }

  {
    g_autoptr(SpineCdsReportSummary) summary =
                 spinecds_report_summary_read ("Clinical information: known syrinx.\nFindings: no disc protrusion.", -1, "en", NULL);

    g_assert_cmpuint (summary->uncoded->len, ==, 0);
  }
}

int
main (int    argc,
      char **argv)
{
  static const char * const languages[] = { "de", "es", "fr" };
  static const char * const heldout[] = { "en", "de", "es", "fr" };

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/spinecds/report-languages/english-classes", test_english_classes);
  g_test_add_func ("/spinecds/report-languages/classes", test_classes);
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autofree char *sentences = g_strdup_printf ("/spinecds/report-languages/%s/sentences", languages[i]);
      g_autofree char *reports = g_strdup_printf ("/spinecds/report-languages/%s/reports", languages[i]);
      g_autofree char *detect = g_strdup_printf ("/spinecds/report-languages/%s/detected", languages[i]);

      g_test_add_data_func (sentences, languages[i], test_sentences);
      g_test_add_data_func (reports, languages[i], test_reports);
      g_test_add_data_func (detect, languages[i], test_detect_own);
    }
  g_test_add_data_func ("/spinecds/report-languages/en/detected", "en", test_detect_own);
  for (guint i = 0; i < G_N_ELEMENTS (heldout); i++)
    {
      g_autofree char *path = g_strdup_printf ("/spinecds/report-languages/%s/held-out", heldout[i]);

      g_test_add_data_func (path, heldout[i], test_heldout);
    }
  for (guint i = 0; i < G_N_ELEMENTS (heldout); i++)
    {
      g_autofree char *path = g_strdup_printf ("/spinecds/report-languages/%s/safety", heldout[i]);

      g_test_add_data_func (path, heldout[i], test_safety);
    }
  g_test_add_func ("/spinecds/report-languages/mixed-with-english", test_mixed_with_english);
  g_test_add_func ("/spinecds/report-languages/unsupported-refused", test_refuse_unsupported);
  g_test_add_func ("/spinecds/report-languages/refusal-gives-no-summary", test_refusal_gives_no_summary);
  g_test_add_func ("/spinecds/report-languages/short-reports", test_short_reports);
  g_test_add_func ("/spinecds/report-languages/uncoded", test_uncoded);
  g_test_add_func ("/spinecds/report-languages/second-language", test_second_language);
  g_test_add_func ("/spinecds/report-languages/second-language-contradicts", test_second_language_contradicts);

  return g_test_run ();
}
