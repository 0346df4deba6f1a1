/* test-document.c: the summary and the handout, read back from the PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Expectations come from the assessment itself (triage, recommendation
 * texts, cited references), never from fixed clinical strings, so the
 * tests follow the knowledge base as it grows.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "spinecds-case-file.h"
#include "spinecds-document.h"
#include "spinecds-evaluator.h"
#include "test-scratch.h"

static char *tmpdir;

typedef struct
{
  SpineCdsCase       *kase;
  SpineCdsAssessment *assessment;
} Example;

/* g_ptr_array_sort() hands over pointers to the elements. */
static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static GPtrArray *
list_cases (const char *dir_name)
{
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_assert_nonnull (dir_name);
  dir = g_dir_open (dir_name, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".spinecase"))
      g_ptr_array_add (paths, g_build_filename (dir_name, name, NULL));
  g_ptr_array_sort (paths, compare_paths);
  return paths;
}

static GPtrArray *
list_examples (void)
{
  return list_cases (g_getenv ("SPINECDS_EXAMPLES_DIR"));
}

#define FIXED_VISIT "2026-03-05" /* fixed_date () */

static void
load_example (const char *path,
              Example    *example)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SpineCdsKnowledgeBase) kb = spinecds_knowledge_base_new_default (&error);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_no_error (error);
  example->kase = spinecds_case_file_load (file, &error);
  g_assert_no_error (error);
  /* The visit is the documents' fixed day, so follow-up dates are known. */
  if (*spinecds_case_get_text (example->kase, SPINECDS_CASE_TEXT_VISIT_DATE) == '\0')
    spinecds_case_set_text (example->kase, SPINECDS_CASE_TEXT_VISIT_DATE, FIXED_VISIT);
  example->assessment = spinecds_evaluate (kb, example->kase);
}

static void
example_clear (Example *example)
{
  g_clear_object (&example->kase);
  g_clear_object (&example->assessment);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Example, example_clear)

static GDateTime *
fixed_date (void)
{
  return g_date_time_new_local (2026, 3, 5, 12, 0, 0);
}

static gboolean
have_program (const char *name)
{
  g_autofree char *path = g_find_program_in_path (name);

  return path != NULL;
}

static char *
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int   status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static char *
pdf_text (const char *pdf)
{
  return run ((const char *[]) { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL });
}

/* Line wrapping may break at spaces and hyphens, and the PDF may spell a
 * soft hyphen or the zero-width space a very long word is broken at:
 * compare with all of them removed. */
static char *
normalise (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == '-' || c == 0x00AD || c == 0x2010 || c == 0x2011 || c == 0x200B)
        continue;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static void
assert_contains (const char *haystack_normalised,
                 const char *needle,
                 const char *what)
{
  g_autofree char *normalised = normalise (needle);

  if (strstr (haystack_normalised, normalised) == NULL)
    g_error ("%s: “%s” is not in the PDF text", what, needle);
}

/* The negative of assert_contains, on the same normalised text: a
 * needle with spaces would otherwise never be found, and never fail. */
static void
assert_absent (const char *haystack_normalised,
               const char *needle,
               const char *what)
{
  g_autofree char *normalised = normalise (needle);

  if (strstr (haystack_normalised, normalised) != NULL)
    g_error ("%s: “%s” is in the PDF text", what, needle);
}

/* After the test changed the case: its plan again. */
static void
reevaluate (Example               *example,
            SpineCdsKnowledgeBase *kb)
{
  g_clear_object (&example->assessment);
  example->assessment = spinecds_evaluate (kb, example->kase);
}

static char *
write_document (SpineCdsDocumentKind kind,
                Example             *example,
                SpineCdsPaper        paper,
                const char          *name,
                SpineCdsDocument   **document_out)
{
  g_autoptr(GDateTime) date = fixed_date ();
  SpineCdsDocumentOptions options = { "Dr. Test Clinician", "Test Spine Clinic", date };
  g_autoptr(SpineCdsDocument) document = spinecds_document_new (kind, example->kase, example->assessment, NULL, &options);
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (tmpdir, name, NULL);

  g_assert_true (spinecds_document_write_pdf (document, path, paper, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  if (document_out != NULL)
    *document_out = g_steal_pointer (&document);
  return path;
}

/* The A4 PDF of @example's @kind, read back with pdftotext and
 * normalised; NULL, with the test skipped, without pdftotext. */
static char *
rendered_text (SpineCdsDocumentKind kind,
               Example             *example,
               const char          *name)
{
  g_autoptr(SpineCdsDocument) document = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *raw = NULL;

  if (!have_program ("pdftotext"))
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return NULL;
    }
  pdf = write_document (kind, example, SPINECDS_PAPER_A4, name, &document);
  raw = pdf_text (pdf);
  return normalise (raw);
}

/* Every block of the document shows in the PDF: nothing was lost or
 * cut at a page break. */
static void
assert_all_blocks_printed (SpineCdsDocument *document,
                           const char       *text_normalised)
{
  g_autofree char *body = spinecds_document_dup_text (document);
  g_auto(GStrv) lines = g_strsplit (body, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) cells = g_strsplit (lines[i], "\t", -1);

      for (guint j = 0; cells[j] != NULL; j++)
        if (*cells[j] != '\0')
          assert_contains (text_normalised, cells[j], "document block");
    }
}

/* The footer's review date is written as the document's other dates. */
static void
assert_footer_date (Example    *example,
                    const char *flat)
{
  const char      *reviewed = spinecds_knowledge_base_get_reviewed (spinecds_assessment_get_knowledge_base (example->assessment));
  g_autofree char *written = spinecds_catalog_format_iso_date (NULL, reviewed);
  g_autofree char *expected = g_strdup_printf ("reviewed %s", written);

  g_assert_cmpstr (written, !=, reviewed);
  assert_contains (flat, expected, "the review date");
}

static void
test_summary (void)
{
  g_autoptr(GPtrArray) examples = list_examples ();

  if (!have_program ("pdftotext"))
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }
  if (examples->len == 0)
    {
      g_test_skip ("no example cases");
      return;
    }

  for (guint i = 0; i < examples->len; i++)
    {
      g_auto(Example) example = { 0 };
      g_autoptr(SpineCdsDocument) document = NULL;
      g_autofree char *base = g_path_get_basename (g_ptr_array_index (examples, i));
      g_autofree char *name = g_strconcat (base, "-summary.pdf", NULL);
      g_autofree char *path = NULL;
      g_autofree char *text = NULL;
      g_autofree char *flat = NULL;
      GPtrArray       *recommendations, *references;
      guint            n_pages;

      g_test_message ("summary of %s", base);
      load_example (g_ptr_array_index (examples, i), &example);
      path = write_document (SPINECDS_DOCUMENT_SUMMARY, &example, SPINECDS_PAPER_A4, name, &document);
      text = pdf_text (path);
      flat = normalise (text);

      assert_contains (flat, spinecds_triage_get_label (spinecds_assessment_get_triage (example.assessment)), "triage");
      assert_contains (flat, spinecds_assessment_get_timeframe (example.assessment), "timeframe");
      assert_footer_date (&example, flat);

      recommendations = spinecds_assessment_get_recommendations (example.assessment);
      g_assert_cmpuint (recommendations->len, >, 0);
      for (guint j = 0; j < recommendations->len; j++)
        {
          SpineCdsRecommendation *recommendation = g_ptr_array_index (recommendations, j);

          assert_contains (flat, recommendation->text, "recommendation");
          for (guint k = 0; recommendation->references[k] != NULL; k++)
            g_assert_cmpuint (spinecds_assessment_get_reference_number (example.assessment,
                                                                        recommendation->references[k]),
                              >, 0);
        }

      references = spinecds_assessment_get_references (example.assessment);
      for (guint j = 0; j < references->len; j++)
        {
          const SpineCdsReference *reference = g_ptr_array_index (references, j);
          /* The summary prints the short form; the full one is on the
           * References page. */
          const char              *citation = reference->short_citation != NULL
                                                ? reference->short_citation
                                                : reference->citation;
          g_autofree char         *numbered = g_strdup_printf ("[%u]%s", j + 1, citation);

          assert_contains (flat, numbered, "numbered reference");
        }

      for (guint j = 0; j < spinecds_assessment_get_red_flags (example.assessment)->len; j++)
        assert_contains (flat, ((SpineCdsRedFlag *) g_ptr_array_index (spinecds_assessment_get_red_flags (example.assessment), j))->label,
                         "red flag");

      assert_contains (flat, spinecds_knowledge_base_get_checksum (spinecds_assessment_get_knowledge_base (example.assessment)),
                       "knowledge base checksum");
      assert_all_blocks_printed (document, flat);

      n_pages = spinecds_document_get_n_pages (document);
      g_assert_cmpuint (n_pages, >=, 1);
      g_assert_cmpuint (n_pages, <=, 10);
      /* A routine plan is read in clinic on one A4 page
       * (GUIDELINE-LOGIC §8.10). */
      if (spinecds_assessment_get_triage (example.assessment) == SPINECDS_TRIAGE_ROUTINE)
        g_assert_cmpuint (n_pages, ==, 1);
      {
        g_autofree char *footer = g_strdup_printf ("Page %u of %u", n_pages, n_pages);

        assert_contains (flat, footer, "page footer");
      }
    }
}

/* The warning sign @text is listed unless the patient has @symptom
 * already; then the handout says to report anything that gets worse. */
static void
assert_warning_sign (Example    *example,
                     const char *flat,
                     const char *symptom,
                     const char *text)
{
  if (spinecds_case_has_code (example->kase, SPINECDS_CODE_KIND_SYMPTOM, symptom))
    {
      assert_absent (flat, text, "a sign the patient has already");
      assert_contains (flat, "Something you have now gets worse", "present symptoms");
    }
  else
    assert_contains (flat, text, "warning sign");
}

/* What the examples' emergencies fear, as their handouts must say it. */
static const struct
{
  const char *red_flag;
  const char *words;
} feared[] = {
  { "suspected_cauda_equina", "The nerves at the bottom of your spine" },
  { "suspected_mscc", "A growth in the bones of your spine may be pressing on your spinal cord" },
  { "ankylosed_spine_trauma", "Your spine may have been hurt in the injury" },
};

static void
test_handout (void)
{
  g_autoptr(GPtrArray) examples = list_examples ();

  if (!have_program ("pdftotext"))
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }

  for (guint i = 0; i < examples->len; i++)
    {
      g_auto(Example) example = { 0 };
      g_autoptr(SpineCdsDocument) document = NULL;
      g_autoptr(GDateTime) date = fixed_date ();
      g_autoptr(GDateTime) first = g_date_time_add_weeks (date, 4);
      g_autoptr(GDateTime) last = g_date_time_add_weeks (date, 6);
      g_autofree char *first_text = spinecds_catalog_format_date (NULL, first);
      g_autofree char *last_text = spinecds_catalog_format_date (NULL, last);
      g_autofree char *base = g_path_get_basename (g_ptr_array_index (examples, i));
      g_autofree char *name = g_strconcat (base, "-handout.pdf", NULL);
      g_autofree char *path = NULL;
      g_autofree char *text = NULL;
      g_autofree char *flat = NULL;

      g_test_message ("handout of %s", base);
      load_example (g_ptr_array_index (examples, i), &example);
      path = write_document (SPINECDS_DOCUMENT_HANDOUT, &example, SPINECDS_PAPER_LETTER, name, &document);
      text = pdf_text (path);
      flat = normalise (text);

      g_assert_cmpstr (first_text, ==, "April 2, 2026");
      assert_contains (flat, "Get help at once if", "warning signs");
      assert_contains (flat, "Notes from your doctor", "notes space");
      /* A routine plan gives the 4–6 week window; a plan that sends the
       * patient on gives none (GUIDELINE-LOGIC §8.3). */
      if (spinecds_assessment_get_triage (example.assessment) != SPINECDS_TRIAGE_ROUTINE)
        {
          static const char * const headlines[] = {
            [SPINECDS_TRIAGE_EXPEDITED] = "This needs prompt medical care",
            [SPINECDS_TRIAGE_URGENT] = "This needs medical care today",
            [SPINECDS_TRIAGE_EMERGENCY] = "This is an emergency",
          };

          assert_contains (flat, headlines[spinecds_assessment_get_triage (example.assessment)], "triage headline");
          assert_absent (flat, "next visit", "must not be said");
          assert_contains (flat,
                           spinecds_assessment_sends_patient_on (example.assessment)
                             ? "The team that sees you next will tell you when to come back"
                             : "Your doctor will see you again when your test results are back",
                           "no routine follow-up");
          assert_absent (flat, first_text, "a routine follow-up date");
          assert_absent (flat, "When to come back", "must not be said");
        }
      else if (spinecds_assessment_has_action (example.assessment, "reexamine_2_weeks"))
        {
          /* A weakness is examined again within 2 weeks: that date. */
          g_autoptr(GDateTime) soon = g_date_time_add_weeks (date, 1);
          g_autoptr(GDateTime) latest = g_date_time_add_weeks (date, 2);
          g_autofree char *soon_text = spinecds_catalog_format_date (NULL, soon);
          g_autofree char *latest_text = spinecds_catalog_format_date (NULL, latest);

          assert_contains (flat, "What you can do", "conservative care");
          assert_contains (flat, soon_text, "follow-up date");
          assert_contains (flat, latest_text, "follow-up date");
          assert_absent (flat, first_text, "the 4-6-week date beside a weakness");
        }
      else
        {
          assert_contains (flat, "What you can do", "conservative care");
          assert_contains (flat, first_text, "follow-up date");
          assert_contains (flat, last_text, "follow-up date");
        }
      /* Where the plan sends the patient is said in their words. */
      if (spinecds_assessment_has_action (example.assessment, "surgical_referral"))
        {
          assert_contains (flat, "You are being sent to a spine surgeon", "referral");
          assert_absent (flat, "no sign of a serious problem", "must not be said");
        }
      /* A second MRI is "another": the patient has just had one; after
       * an MRI a whole-spine one is needed only if that was not one. */
      if (spinecds_assessment_has_action (example.assessment, "mri_without_contrast"))
        assert_contains (flat,
                         !spinecds_case_get_mri_done (example.kase) ? "You will have an MRI scan"
                         : spinecds_assessment_has_action (example.assessment, "whole_spine_imaging")
                           ? "If your scan did not cover your whole spine, you will have another MRI scan"
                           : "You will have another MRI scan",
                         "imaging");
      if (!spinecds_case_get_mri_done (example.kase))
        assert_absent (flat, "scan report", "must not be said");
      /* An emergency says what it fears, in the patient's words. */
      for (guint m = 0; m < G_N_ELEMENTS (feared); m++)
        if (spinecds_assessment_has_red_flag (example.assessment, feared[m].red_flag))
          assert_contains (flat, feared[m].words, "what is feared");
      /* The sheet speaks to the patient, not to the clinician. */
      assert_contains (flat, "Prepared by your care team", "a patient's footer");
      assert_absent (flat, "For parents and carers", "an adult's sheet");
      assert_absent (flat, "Use clinical judgement", "a clinician's disclaimer on a patient's sheet");
      /* What the patient has now is no warning sign to watch for. */
      assert_warning_sign (&example, flat, "urinary_retention", "You cannot pass urine");
      assert_warning_sign (&example, flat, "saddle_numbness", "numb between your legs");
      assert_footer_date (&example, flat);
      assert_all_blocks_printed (document, flat);
      g_assert_cmpuint (spinecds_document_get_n_pages (document), <=, 3);
    }
}

/* One voice (GUIDELINE-LOGIC §8.3), over every clinical case: a
 * handout that sends the patient on gives no routine follow-up window. */
static void
test_handout_follows_triage (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "clinical", NULL);
  g_autoptr(GPtrArray) cases = list_cases (dir);
  guint sent_on = 0, children = 0, spinal_injuries = 0;

  for (guint i = 0; i < cases->len; i++)
    {
      g_auto(Example) example = { 0 };
      g_autoptr(GDateTime) date = fixed_date ();
      SpineCdsDocumentOptions options = { NULL, NULL, date };
      g_autoptr(SpineCdsDocument) document = NULL;
      g_autofree char *text = NULL;

      load_example (g_ptr_array_index (cases, i), &example);
      if (spinecds_assessment_get_triage (example.assessment) < SPINECDS_TRIAGE_URGENT)
        continue;
      document = spinecds_document_new (SPINECDS_DOCUMENT_HANDOUT, example.kase, example.assessment, NULL, &options);
      text = spinecds_document_dup_text (document);
      if (strstr (text, "See your doctor again between") != NULL || strstr (text, "When to come back") != NULL)
        g_error ("%s: an urgent or emergency handout gives a follow-up window", (char *) g_ptr_array_index (cases, i));
      /* A child is told to come with a parent, not about driving. */
      if (spinecds_case_get_age_years (example.kase) >= 0 && spinecds_case_get_age_years (example.kase) < 16)
        {
          g_assert_nonnull (strstr (text, "parent or carer"));
          g_assert_nonnull (strstr (text, "For parents and carers"));
          g_assert_null (strstr (text, "Do not drive"));
          children++;
        }
      /* A spine that may be broken goes by ambulance, lying down, and
       * is left no car ride (eighth round); whoever else goes to
       * hospital now is not told "if" about driving. */
      else if (spinecds_assessment_has_red_flag (example.assessment, "significant_spinal_trauma")
               || spinecds_assessment_has_red_flag (example.assessment, "ankylosed_spine_trauma"))
        {
          g_assert_nonnull (strstr (text, "Go to hospital by ambulance"));
          g_assert_nonnull (strstr (text, "not by car."));
          /* A stiff, bent spine is kept as it is, never laid flat
           * (ninth round: the clinician's text said so, the handout not). */
          if (spinecds_assessment_has_red_flag (example.assessment, "ankylosed_spine_trauma"))
            {
              g_assert_nonnull (strstr (text, "do not let anyone straighten them"));
              g_assert_null (strstr (text, "lying down"));
            }
          g_assert_null (strstr (text, "how to get to hospital safely"));
          spinal_injuries++;
        }
      else if (spinecds_assessment_get_triage (example.assessment) == SPINECDS_TRIAGE_EMERGENCY)
        {
          g_assert_nonnull (strstr (text, "Do not drive yourself"));
          g_assert_null (strstr (text, "Do not drive if"));
        }
      sent_on++;
    }
  g_assert_cmpuint (sent_on, >=, 20);
  g_assert_cmpuint (children, >=, 1);
  g_assert_cmpuint (spinal_injuries, >=, 1);
}

/* §8.10: the summary prints the references its plan cites and the
 * seed corrections its plan touches, not the whole knowledge base's. */
static void
test_summary_prints_what_applies (void)
{
  g_autofree char *seed = g_build_filename (g_getenv ("SPINECDS_EXAMPLES_DIR"), "seed-mild-reversal.spinecase", NULL);
  g_autofree char *mscc = g_build_filename (g_getenv ("SPINECDS_EXAMPLES_DIR"), "mscc-surgery-candidate.spinecase", NULL);
  g_auto(Example) routine = { 0 };
  g_auto(Example) metastatic = { 0 };
  g_autoptr(GDateTime) date = fixed_date ();
  SpineCdsDocumentOptions options = { NULL, NULL, date };
  g_autoptr(SpineCdsDocument) routine_document = NULL;
  g_autoptr(SpineCdsDocument) metastatic_document = NULL;
  g_autofree char *routine_text = NULL;
  g_autofree char *metastatic_text = NULL;

  load_example (seed, &routine);
  load_example (mscc, &metastatic);
  routine_document = spinecds_document_new (SPINECDS_DOCUMENT_SUMMARY, routine.kase, routine.assessment, NULL, &options);
  metastatic_document = spinecds_document_new (SPINECDS_DOCUMENT_SUMMARY, metastatic.kase, metastatic.assessment,
                                               NULL, &options);
  routine_text = spinecds_document_dup_text (routine_document);
  metastatic_text = spinecds_document_dup_text (metastatic_document);

  /* The neck-curve correction concerns the routine plan's reassurance;
   * the dexamethasone and age-65 ones, and their trials, do not. */
  g_assert_nonnull (strstr (routine_text, "89%"));
  g_assert_null (strstr (routine_text, "dexamethasone"));
  g_assert_null (strstr (routine_text, "Sørensen"));
  g_assert_null (strstr (routine_text, "Patchell"));
  g_assert_nonnull (strstr (metastatic_text, "Patchell"));
  g_assert_nonnull (strstr (metastatic_text, "age of 65"));
  g_assert_null (strstr (metastatic_text, "89%"));
}

/* Every routine plan of the clinical corpus fits one A4 page in
 * English (GUIDELINE-LOGIC §8.10); the layout, not the cases, makes it. */
static void
test_routine_summary_one_page (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "clinical", NULL);
  g_autoptr(GPtrArray) cases = list_cases (dir);
  guint n_routine = 0;

  for (guint i = 0; i < cases->len; i++)
    {
      g_auto(Example) example = { 0 };
      g_autoptr(SpineCdsDocument) document = NULL;

      load_example (g_ptr_array_index (cases, i), &example);
      if (spinecds_assessment_get_triage (example.assessment) != SPINECDS_TRIAGE_ROUTINE)
        continue;
      n_routine++;
      g_test_message ("routine summary of %s", (const char *) g_ptr_array_index (cases, i));
      g_free (write_document (SPINECDS_DOCUMENT_SUMMARY, &example, SPINECDS_PAPER_A4, "routine-summary.pdf", &document));
      g_assert_cmpuint (spinecds_document_get_n_pages (document), ==, 1);
    }
  g_assert_cmpuint (n_routine, >=, 20);
}

/* An emergency handout speaks of now, not today, and does not warn a
 * paraplegic patient with a sensory level of a numb saddle he has
 * already (GUIDELINE-LOGIC §8.2, §8.3). */
static void
test_handout_emergency_now (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "clinical", "mscc-paraplegic-72h.spinecase", NULL);
  g_auto(Example) example = { 0 };
  g_autofree char *flat = NULL;

  load_example (path, &example);
  g_assert_cmpint (spinecds_assessment_get_triage (example.assessment), ==, SPINECDS_TRIAGE_EMERGENCY);
  g_assert_true (spinecds_assessment_has_action (example.assessment, "mscc_team_contact"));
  flat = rendered_text (SPINECDS_DOCUMENT_HANDOUT, &example, "emergency-handout.pdf");
  if (flat == NULL)
    return;
  assert_contains (flat, "Your doctor is calling the cancer team about your spine now.", "now, not today");
  assert_absent (flat, "cancer team about your spine today", "must not be said");
  assert_absent (flat, "numb between your legs", "must not be said");
  assert_contains (flat, "Something you have now gets worse", "present signs");
  /* Paralysed for three days: no promise to protect the walking. */
  assert_absent (flat, "protects your walking", "must not be said");
  assert_contains (flat, "protect what your spinal cord still does", "what treatment can do");
  /* Surgery not favoured: the plan says what is done instead (tenth
   * clinical round: only what not to do). */
  {
    g_autofree char *plan = spinecds_assessment_to_text (example.assessment, NULL);

    g_assert_nonnull (strstr (plan, "plan radiotherapy as the definitive treatment"));
  }
  /* The same tumour seen for the first time on this scan: the doctor
   * gives that news, the sheet speaks of a specialist team. */
  {
    g_autoptr(SpineCdsKnowledgeBase) kb = spinecds_knowledge_base_new_default (NULL);
    g_autofree char *seen = NULL;

    spinecds_case_set_code (example.kase, SPINECDS_CODE_KIND_HISTORY, "known_malignancy", FALSE);
    reevaluate (&example, kb);
    g_assert_true (spinecds_assessment_has_action (example.assessment, "mscc_team_contact"));
    seen = rendered_text (SPINECDS_DOCUMENT_HANDOUT, &example, "emergency-tumour-seen.pdf");
    assert_contains (seen, "Your doctor is calling a specialist team about your spine now.", "no diagnosis");
    assert_absent (seen, "cancer", "a cancer the patient may not know of");
  }
}

/* Radiographs within days and no team to go to: the patient's own
 * doctor sees them again with the results (sixth clinical round). */
static void
test_handout_follow_up_owner (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "clinical", "fragility-age-65.spinecase", NULL);
  g_auto(Example) example = { 0 };
  g_autofree char *flat = NULL;

  load_example (path, &example);
  g_assert_cmpint (spinecds_assessment_get_triage (example.assessment), ==, SPINECDS_TRIAGE_EXPEDITED);
  g_assert_false (spinecds_assessment_sends_patient_on (example.assessment));
  flat = rendered_text (SPINECDS_DOCUMENT_HANDOUT, &example, "follow-up-owner-handout.pdf");
  if (flat == NULL)
    return;
  assert_contains (flat, "Your doctor will see you again when your test results are back", "who sees the patient next");
  assert_absent (flat, "The team that sees you next", "there is no such team");
}

/* A routine plan watches what the patient has: a weakness found on
 * examination keeps its warning sign, and no "something you have now
 * gets worse" sends to the emergency room what "come back sooner if the
 * pain gets worse" sends to the doctor; the pain pill names pregnancy
 * (eighth round, documents). */
static void
test_handout_routine_keeps_warnings (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "clinical", "acute-radiculopathy-mild-weakness.spinecase", NULL);
  g_auto(Example) example = { 0 };
  g_autofree char *flat = NULL;

  load_example (path, &example);
  g_assert_cmpint (spinecds_assessment_get_triage (example.assessment), ==, SPINECDS_TRIAGE_ROUTINE);
  g_assert_true (spinecds_case_has_code (example.kase, SPINECDS_CODE_KIND_SIGN, "motor_deficit"));
  flat = rendered_text (SPINECDS_DOCUMENT_HANDOUT, &example, "routine-warnings.pdf");
  if (flat == NULL)
    return;
  /* Watched as what it is now: getting worse, not appearing (ninth
   * round: night pain the patient came with was an ambulance trigger). */
  assert_contains (flat, "Your arms or legs get weaker or clumsier", "the weakness still watched");
  assert_absent (flat, "Your arms or legs get weak,", "a weakness told as if new");
  assert_absent (flat, "Something you have now gets worse", "two voices on worsening");
}

/* The home advice fits the patient it is printed for: pregnancy only
 * where the plan names it, work only for those who work (tenth round:
 * a man and a 90-year-old told "not if you are pregnant", a
 * 90-year-old told to go back to work). */
static void
test_handout_fits_patient (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "clinical", "acute-radiculopathy-mild-weakness.spinecase", NULL);
  g_autoptr(SpineCdsKnowledgeBase) kb = spinecds_knowledge_base_new_default (NULL);
  g_auto(Example) example = { 0 };
  g_autofree char *man = NULL;
  g_autofree char *woman = NULL;

  load_example (path, &example);
  g_assert_cmpint (spinecds_case_get_sex (example.kase), ==, SPINECDS_SEX_MALE);
  man = rendered_text (SPINECDS_DOCUMENT_HANDOUT, &example, "fits-man.pdf");
  if (man == NULL)
    return;
  assert_contains (man, "A pain pill like ibuprofen can help. Ask your doctor", "the pain pill");
  assert_absent (man, "pregnant", "pregnancy for a man");
  assert_contains (man, "If you work, stay at work", "work advice for those who work");

  spinecds_case_set_sex (example.kase, SPINECDS_SEX_FEMALE);
  reevaluate (&example, kb);
  woman = rendered_text (SPINECDS_DOCUMENT_HANDOUT, &example, "fits-woman.pdf");
  assert_contains (woman, "but not if you are pregnant", "the pain pill and pregnancy");
}

/* A myelopathy seen within days: the patient goes home to wait, and
 * clumsy hands already present must not take away the warning about
 * weak legs and falls (tenth round): it is watched for getting worse. */
static void
test_handout_expedited_watches_present_signs (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "clinical", "dcm-mjoa-15.spinecase", NULL);
  g_auto(Example) example = { 0 };
  g_autofree char *flat = NULL;

  load_example (path, &example);
  g_assert_cmpint (spinecds_assessment_get_triage (example.assessment), ==, SPINECDS_TRIAGE_EXPEDITED);
  g_assert_true (spinecds_case_has_code (example.kase, SPINECDS_CODE_KIND_SYMPTOM, "hand_clumsiness"));
  flat = rendered_text (SPINECDS_DOCUMENT_HANDOUT, &example, "expedited-warnings.pdf");
  if (flat == NULL)
    return;
  assert_contains (flat, "Your arms or legs get weaker or clumsier, or you drop things or trip more",
                   "the myelopathy warning, watched");
  assert_absent (flat, "Your arms or legs get weak,", "a present sign told as if new");
}

/* Known cancer and a metastasis on an MRI already done: the sheet says
 * why the spine is tested, promises no second MRI it may not need, and
 * calls the one finding it cannot name "changes", not "other changes".
 * A tumour the scan has just shown is not called "your cancer" (tenth
 * clinical round). */
static void
test_handout_known_cancer (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "clinical", "vertebral-metastasis-no-epidural-disease.spinecase", NULL);
  g_autoptr(SpineCdsKnowledgeBase) kb = spinecds_knowledge_base_new_default (NULL);
  g_auto(Example) example = { 0 };
  g_autofree char *known = NULL;
  g_autofree char *seen = NULL;

  load_example (path, &example);
  g_assert_true (spinecds_assessment_has_action (example.assessment, "whole_spine_imaging"));
  known = rendered_text (SPINECDS_DOCUMENT_HANDOUT, &example, "known-cancer.pdf");
  if (known == NULL)
    return;
  assert_contains (known, "Because of your cancer, your doctor wants more tests of your spine", "why the tests");
  assert_contains (known, "If your scan did not cover your whole spine, you will have another MRI scan that does",
                   "the whole spine, if not done");
  assert_absent (known, "You will have another MRI scan.", "a second MRI as fact");
  assert_contains (known, "Your scan shows changes.", "the finding not named");
  assert_absent (known, "other changes", "other than nothing");

  spinecds_case_set_code (example.kase, SPINECDS_CODE_KIND_HISTORY, "known_malignancy", FALSE);
  reevaluate (&example, kb);
  g_assert_true (spinecds_assessment_has_red_flag (example.assessment, "cancer_with_spinal_pain"));
  seen = rendered_text (SPINECDS_DOCUMENT_HANDOUT, &example, "tumour-seen.pdf");
  assert_absent (seen, "your cancer", "a cancer the patient may not know of");
  assert_contains (seen, "Your doctor wants tests to find the cause of the pain", "the tests, without a diagnosis");
}

/* Why the plan is not routine, in the patient's words, as the plan
 * means it (twelfth round: "you may have an infection" to a patient
 * whose blood test is to rule one out; nothing said of a compression or
 * a collection the scan shows). */
static void
test_handout_says_why (void)
{
  static const struct
  {
    const char *kase;
    const char *words;
    const char *not_words;
  } why[] = {
    { "fragility-chronic-steroids.spinecase", "A blood test today checks that there is no infection in your spine",
      "You may have an infection" },
    { "cauda-equina-compression-no-symptoms.spinecase", "A spine specialist needs to see you within days", NULL },
    { "epidural-collection-labs-not-entered.spinecase", "some fluid next to the nerves in your spine",
      "You do not need a scan" },
    { "cauda-compression-one-week-after-surgery.spinecase", "The team that operated needs to see you today", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (why); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "clinical", why[i].kase, NULL);
      g_auto(Example) example = { 0 };
      g_autofree char *flat = NULL;

      load_example (path, &example);
      flat = rendered_text (SPINECDS_DOCUMENT_HANDOUT, &example, "says-why.pdf");
      if (flat == NULL)
        return;
      assert_contains (flat, why[i].words, why[i].kase);
      if (why[i].not_words != NULL)
        assert_absent (flat, why[i].not_words, why[i].kase);
    }
}

/* Recent sciatica in both legs, nothing else: the sheet says why today
 * and promises no "you do not need a scan" (eleventh clinical round:
 * routine, no imaging, was unsafe). */
static void
test_handout_bilateral_sciatica (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "clinical", "ces-bilateral-radicular-no-deficit.spinecase", NULL);
  g_auto(Example) example = { 0 };
  g_autofree char *flat = NULL;

  load_example (path, &example);
  g_assert_cmpint (spinecds_assessment_get_triage (example.assessment), ==, SPINECDS_TRIAGE_URGENT);
  flat = rendered_text (SPINECDS_DOCUMENT_HANDOUT, &example, "bilateral-sciatica.pdf");
  if (flat == NULL)
    return;
  assert_contains (flat, "Pain in both legs can be an early sign", "why today");
  assert_contains (flat, "You will have an MRI scan.", "the scan");
  assert_absent (flat, "You do not need a scan", "must not be said");
}

/* A child's routine referral: everyday life goes on, sport that hurts
 * waits for the specialist (tenth round: a gymnast with a pars stress
 * fracture was told to carry on as usual). */
static void
test_handout_child_sport (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "clinical", "child-sport-back-pain.spinecase", NULL);
  g_auto(Example) example = { 0 };
  g_autofree char *flat = NULL;

  load_example (path, &example);
  g_assert_cmpint (spinecds_assessment_get_triage (example.assessment), ==, SPINECDS_TRIAGE_ROUTINE);
  g_assert_true (spinecds_assessment_has_action (example.assessment, "paediatric_referral"));
  flat = rendered_text (SPINECDS_DOCUMENT_HANDOUT, &example, "child-sport.pdf");
  if (flat == NULL)
    return;
  assert_contains (flat, "but stop any sport that makes it hurt", "sport waits");
}

/* A decision on the plan @example has now: not stale. */
static SpineCdsDecision *
decision_on (SpineCdsDecisionStatus status,
             Example               *example,
             SpineCdsKnowledgeBase *kb)
{
  return spinecds_decision_new (status, "MRI requested", "Dr A", "2026-03-02T10:00:00+00:00",
                                spinecds_assessment_get_triage (example->assessment), spinecds_knowledge_base_get_id (kb),
                                spinecds_knowledge_base_get_version (kb), spinecds_knowledge_base_get_checksum (kb));
}

/* A plan the clinician changed: the sheet says so and states no "you
 * do not need a scan" beside the scan the doctor ordered (tenth round). */
static void
test_handout_plan_changed (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("SPINECDS_EXAMPLES_DIR"), "seed-mild-reversal.spinecase", NULL);
  g_autoptr(SpineCdsKnowledgeBase) kb = spinecds_knowledge_base_new_default (NULL);
  g_autoptr(SpineCdsDecision) decision = NULL;
  g_auto(Example) example = { 0 };
  g_autofree char *flat = NULL;

  load_example (path, &example);
  spinecds_case_set_mri_done (example.kase, FALSE);
  spinecds_case_clear_findings (example.kase);
  spinecds_case_set_report_text (example.kase, "");
  reevaluate (&example, kb);
  g_assert_cmpint (spinecds_assessment_get_triage (example.assessment), ==, SPINECDS_TRIAGE_ROUTINE);
  flat = rendered_text (SPINECDS_DOCUMENT_HANDOUT, &example, "plan-accepted.pdf");
  if (flat == NULL)
    return;
  assert_contains (flat, "You do not need a scan now", "the plan's own words");
  assert_absent (flat, "Your doctor has changed this plan", "no change recorded");
  g_free (flat);

  decision = decision_on (SPINECDS_DECISION_MODIFIED, &example, kb);
  spinecds_case_set_decision (example.kase, decision);
  reevaluate (&example, kb);
  flat = rendered_text (SPINECDS_DOCUMENT_HANDOUT, &example, "plan-modified.pdf");
  assert_contains (flat, "Your doctor has changed this plan after talking with you", "the change said");
  assert_absent (flat, "You do not need a scan now", "the plan's words as fact");
  assert_contains (flat, "Your doctor will tell you whether you need a scan", "the scan left to the doctor");
  assert_absent (flat, "MRI requested", "the clinician's note is for colleagues");

  /* Steps the plan sets in motion are the plan's, not yet the doctor's. */
  {
    g_autofree char *steps_path = g_test_build_filename (G_TEST_DIST, "data", "clinical", "fragility-age-65.spinecase", NULL);
    g_auto(Example) steps = { 0 };
    g_autofree char *before = NULL;
    g_autofree char *after = NULL;
    g_autoptr(SpineCdsDecision) declined = NULL;

    load_example (steps_path, &steps);
    g_assert_true (spinecds_assessment_has_action (steps.assessment, "radiography"));
    before = rendered_text (SPINECDS_DOCUMENT_HANDOUT, &steps, "steps-accepted.pdf");
    assert_absent (before, "Your doctor may have changed some of these steps", "no change recorded");
    declined = decision_on (SPINECDS_DECISION_DECLINED, &steps, kb);
    spinecds_case_set_decision (steps.kase, declined);
    reevaluate (&steps, kb);
    after = rendered_text (SPINECDS_DOCUMENT_HANDOUT, &steps, "steps-declined.pdf");
    assert_contains (after, "You will have an X-ray", "the plan's step");
    assert_contains (after, "Your doctor may have changed some of these steps", "the step may have changed");
  }

  /* A plan set aside is another plan, not this one changed (eleventh
   * round). */
  {
    g_autoptr(SpineCdsDecision) declined = decision_on (SPINECDS_DECISION_DECLINED, &example, kb);
    g_autoptr(SpineCdsDecision) stale = spinecds_decision_new (SPINECDS_DECISION_DECLINED, "", "Dr A",
                                                                "2026-03-02T10:00:00+00:00", SPINECDS_TRIAGE_URGENT,
                                                                "spine-mri", "1", "0");
    g_autofree char *other = NULL;
    g_autofree char *old = NULL;

    spinecds_case_set_decision (example.kase, declined);
    reevaluate (&example, kb);
    other = rendered_text (SPINECDS_DOCUMENT_HANDOUT, &example, "plan-declined.pdf");
    assert_contains (other, "You and your doctor have chosen a different plan", "another plan");
    assert_absent (other, "Your doctor has changed this plan", "not a change");

    /* A decision on another plan (twelfth round): this sheet is this
     * plan's, and the clinician decides again. */
    spinecds_case_set_decision (example.kase, stale);
    reevaluate (&example, kb);
    old = rendered_text (SPINECDS_DOCUMENT_HANDOUT, &example, "plan-decision-stale.pdf");
    assert_absent (old, "a different plan", "a decision on another plan");
    assert_absent (old, "Your doctor has changed this plan", "a decision on another plan");
  }
}

/* A sheet printed weeks after the visit is dated by the visit, the day
 * its return window counts from, not by the printing; it names the
 * patient by name and hospital number. */
static void
test_handout_dated_by_visit (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("SPINECDS_EXAMPLES_DIR"), "seed-mild-reversal.spinecase", NULL);
  g_autoptr(SpineCdsKnowledgeBase) kb = spinecds_knowledge_base_new_default (NULL);
  g_auto(Example) example = { 0 };
  g_autofree char *flat = NULL;

  load_example (path, &example);
  spinecds_case_set_text (example.kase, SPINECDS_CASE_TEXT_VISIT_DATE, "2026-01-10");
  spinecds_case_set_text (example.kase, SPINECDS_CASE_TEXT_PATIENT_NAME, "Ana Example");
  spinecds_case_set_text (example.kase, SPINECDS_CASE_TEXT_PATIENT_IDENTIFIER, "MRN 77");
  reevaluate (&example, kb);
  g_assert_cmpint (spinecds_assessment_get_triage (example.assessment), ==, SPINECDS_TRIAGE_ROUTINE);
  flat = rendered_text (SPINECDS_DOCUMENT_HANDOUT, &example, "visit-dated-handout.pdf");
  if (flat == NULL)
    return;
  /* The sheet names whose it is as both documents do (CASE-FORMAT §1.1). */
  assert_contains (flat, "For Ana Example, MRN 77, from the visit on January 10, 2026. Keep this sheet.",
                   "the patient and the visit's date");
  assert_absent (flat, "Given to you on", "the printing date beside a window counted from the visit");
  assert_contains (flat, "between February 7, 2026 and February 21, 2026", "the window from the visit");
}

/* A cord compression without myelopathy is a routine plan, but its
 * handout names it and does not call the scan free of anything serious
 * (GUIDELINE-LOGIC §5: counsel and follow). */
static void
test_handout_cord_compression_not_reassuring (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("SPINECDS_EXAMPLES_DIR"), "seed-mild-reversal.spinecase", NULL);
  g_autoptr(SpineCdsKnowledgeBase) kb = spinecds_knowledge_base_new_default (NULL);
  g_autoptr(SpineCdsFinding) finding = spinecds_finding_new ("cord_compression");
  g_auto(Example) example = { 0 };
  g_autofree char *flat = NULL;

  load_example (path, &example);
  spinecds_finding_set_grade (finding, SPINECDS_GRADE_MILD);
  spinecds_case_add_finding (example.kase, finding);
  reevaluate (&example, kb);
  g_assert_cmpint (spinecds_assessment_get_triage (example.assessment), ==, SPINECDS_TRIAGE_ROUTINE);
  flat = rendered_text (SPINECDS_DOCUMENT_HANDOUT, &example, "cord-handout.pdf");
  if (flat == NULL)
    return;
  assert_contains (flat, "The spinal cord in your neck is pressed on.", "the finding named");
  assert_absent (flat, "no sign of a serious problem", "must not be said");
  assert_absent (flat, "Changes like these are very common", "must not be said");
}

/* A triage raised because the age is not entered yet is not "no red
 * flag found" (GUIDELINE-LOGIC §8.11): the summary names the red flag
 * the worst case gives and says that the age was not entered. */
static void
test_summary_incomplete_headline (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "clinical",
                                                 "incomplete-age-unknown-night-pain.spinecase", NULL);
  g_auto(Example) example = { 0 };
  g_autofree char *flat = NULL;
  GPtrArray       *flags;

  load_example (path, &example);
  flags = spinecds_assessment_get_red_flags (example.assessment);
  g_assert_cmpint (spinecds_assessment_get_triage (example.assessment), >, SPINECDS_TRIAGE_ROUTINE);
  /* The worst case of an unknown age: over 50 with night pain, and 80 or
   * over with new spinal pain (a fragility fracture). */
  g_assert_cmpuint (flags->len, >=, 1);
  g_assert_cmpstr (((SpineCdsRedFlag *) g_ptr_array_index (flags, 0))->id, ==, "suspected_malignancy");
  g_assert_true (spinecds_assessment_has_red_flag (example.assessment, "possible_fragility_fracture"));
  flat = rendered_text (SPINECDS_DOCUMENT_SUMMARY, &example, "incomplete-summary.pdf");
  if (flat == NULL)
    return;
  assert_contains (flat, "Age (years): not entered, counted as the worst case", "why the triage rose");
  assert_contains (flat, "Plan not complete", "the headline says the plan is not complete");
  /* The clinician's sheet keeps the clinician's disclaimer. */
  assert_contains (flat, "Decision support for clinicians; not a diagnosis.", "the disclaimer");
  assert_absent (flat, "No red flag was found", "must not be said");
}

/* A plan raised by the findings a pasted report names and the case
 * lacks says so under its triage, and names them (sixteenth round: a
 * firm "Urgent" headline with nothing to show it was not complete). */
static void
test_summary_report_not_entered (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "clinical",
                                                 "report-names-cauda-compression-metastasis-entered.spinecase", NULL);
  g_auto(Example) example = { 0 };
  g_autofree char *flat = NULL;

  load_example (path, &example);
  g_assert_true (spinecds_assessment_is_incomplete (example.assessment));
  g_assert_false (spinecds_assessment_is_unplanned (example.assessment));
  flat = rendered_text (SPINECDS_DOCUMENT_SUMMARY, &example, "report-not-entered-summary.pdf");
  if (flat == NULL)
    return;
  assert_contains (flat, "Plan not complete — not entered yet: MRI findings named in the pasted report",
                   "what is missing, under the triage");
  assert_contains (flat, "Cauda equina compression (severe, L2): named in the pasted report, not entered",
                   "the finding the triage counts");
}

/* A duration entered as 5.9 weeks is printed as 5.9, not as the
 * double's round-trip spelling 5.9000000000000004. */
static void
test_summary_fractional_weeks (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("SPINECDS_EXAMPLES_DIR"), "seed-mild-reversal.spinecase", NULL);
  g_auto(Example) example = { 0 };
  g_autofree char *flat = NULL;

  load_example (path, &example);
  spinecds_case_set_symptom_duration_weeks (example.kase, 5.9);
  flat = rendered_text (SPINECDS_DOCUMENT_SUMMARY, &example, "fractional-weeks.pdf");
  if (flat == NULL)
    return;
  assert_contains (flat, "5.9 weeks", "symptom duration");
  assert_absent (flat, "5.90000", "must not be said");
}

/* A new case has no plan yet: its summary is headed "Incomplete", not
 * an all-clear "Routine" (GUIDELINE-LOGIC §8.11). */
static void
test_summary_unplanned_headline (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "clinical", "incomplete-new-case.spinecase", NULL);
  g_auto(Example) example = { 0 };
  g_autofree char *flat = NULL;

  load_example (path, &example);
  g_assert_cmpint (spinecds_assessment_get_triage (example.assessment), ==, SPINECDS_TRIAGE_ROUTINE);
  flat = rendered_text (SPINECDS_DOCUMENT_SUMMARY, &example, "unplanned-summary.pdf");
  if (flat == NULL)
    return;
  assert_contains (flat, "Triage: Incomplete", "no all-clear before the plan");
  assert_absent (flat, "Triage:Routine", "must not be said");
  assert_absent (flat, "No red flag was found", "must not be said before the plan is made");
}

/* A fever measured in clinic is a fever the patient has now: the
 * handout does not list it as a sign to watch for (GUIDELINE-LOGIC §8.3). */
static void
test_handout_measured_fever (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("SPINECDS_EXAMPLES_DIR"), "seed-mild-reversal.spinecase", NULL);
  g_autoptr(SpineCdsKnowledgeBase) kb = spinecds_knowledge_base_new_default (NULL);
  g_auto(Example) example = { 0 };
  g_autoptr(SpineCdsDocument) before = NULL;
  g_autoptr(SpineCdsDocument) after = NULL;
  g_autofree char *path_before = NULL;
  g_autofree char *path_after = NULL;
  g_autofree char *raw_before = NULL;
  g_autofree char *raw_after = NULL;
  g_autofree char *text_before = NULL;
  g_autofree char *text_after = NULL;

  if (!have_program ("pdftotext"))
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }
  load_example (path, &example);
  path_before = write_document (SPINECDS_DOCUMENT_HANDOUT, &example, SPINECDS_PAPER_A4, "fever-before.pdf", &before);
  raw_before = pdf_text (path_before);
  text_before = normalise (raw_before);
  assert_contains (text_before, "You have a fever", "fever as a warning sign");

  spinecds_case_set_temperature_c (example.kase, 38.4);
  reevaluate (&example, kb);
  g_assert_cmpint (spinecds_assessment_get_triage (example.assessment), ==, SPINECDS_TRIAGE_URGENT);
  path_after = write_document (SPINECDS_DOCUMENT_HANDOUT, &example, SPINECDS_PAPER_A4, "fever-after.pdf", &after);
  raw_after = pdf_text (path_after);
  text_after = normalise (raw_after);
  g_assert_null (strstr (text_after, "Youhaveafever"));
  assert_contains (text_after, "Something you have now gets worse", "present symptoms");
  /* The fever is known; its spread to the blood is the new danger
   * (twelfth round), on an infection plan only. */
  assert_contains (text_after, "You feel very unwell, shiver or shake", "signs of sepsis");
  g_assert_null (strstr (text_before, "Youfeelveryunwell"));
}

/* GUIDELINE-LOGIC §8.11: the handout of a case without its age or
 * region gives no home plan, no reassurance and no follow-up window. */
static void
test_handout_incomplete_case (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("SPINECDS_EXAMPLES_DIR"), "seed-mild-reversal.spinecase", NULL);
  g_autoptr(SpineCdsKnowledgeBase) kb = spinecds_knowledge_base_new_default (NULL);
  g_auto(Example) example = { 0 };
  g_autoptr(SpineCdsDocument) document = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *text = NULL;

  if (!have_program ("pdftotext"))
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }
  load_example (path, &example);
  spinecds_case_set_age_years (example.kase, -1);
  reevaluate (&example, kb);
  g_assert_cmpint (spinecds_assessment_get_triage (example.assessment), ==, SPINECDS_TRIAGE_ROUTINE);
  pdf = write_document (SPINECDS_DOCUMENT_HANDOUT, &example, SPINECDS_PAPER_A4, "incomplete.pdf", &document);
  raw = pdf_text (pdf);
  text = normalise (raw);
  assert_contains (text, "Your plan is not finished yet", "unfinished plan");
  g_assert_null (strstr (text, "Whatyoucando"));
  g_assert_null (strstr (text, "verycommon"));
  g_assert_null (strstr (text, "Whentocomeback"));
}

/* §8: a finding is told to the patient where its level puts it. The
 * seed's findings are at C4-C5 and C5-C6; with low back symptoms they
 * are still in the neck, not "in your back". A case without a region
 * names no pain it was not told of. */
/* "Not yet" promises a scan: only where the plan asks for one. A
 * finished routine plan without imaging says none is needed. */
static void
test_handout_promises_no_scan (void)
{
  g_autofree char *seed = g_build_filename (g_getenv ("SPINECDS_EXAMPLES_DIR"), "seed-mild-reversal.spinecase", NULL);
  g_autofree char *radicular = g_build_filename (g_getenv ("SPINECDS_EXAMPLES_DIR"),
                                                 "radiculopathy-after-6-weeks.spinecase", NULL);
  g_autoptr(SpineCdsKnowledgeBase) kb = spinecds_knowledge_base_new_default (NULL);
  g_auto(Example) no_scan = { 0 };
  g_auto(Example) scan_planned = { 0 };
  g_autofree char *no_scan_text = NULL;
  g_autofree char *planned_text = NULL;

  load_example (seed, &no_scan);
  spinecds_case_set_mri_done (no_scan.kase, FALSE);
  reevaluate (&no_scan, kb);
  g_assert_cmpint (spinecds_assessment_get_triage (no_scan.assessment), ==, SPINECDS_TRIAGE_ROUTINE);
  g_assert_false (spinecds_assessment_has_action (no_scan.assessment, "mri_without_contrast"));
  no_scan_text = rendered_text (SPINECDS_DOCUMENT_HANDOUT, &no_scan, "no-scan-needed.pdf");
  if (no_scan_text == NULL)
    return;
  assert_contains (no_scan_text, "You do not need a scan now.", "no scan promised");
  assert_absent (no_scan_text, "not had a scan", "a scan promised");

  load_example (radicular, &scan_planned);
  g_assert_true (spinecds_assessment_has_action (scan_planned.assessment, "mri_without_contrast"));
  planned_text = rendered_text (SPINECDS_DOCUMENT_HANDOUT, &scan_planned, "scan-planned.pdf");
  assert_contains (planned_text, "not had a scan", "the planned scan");
  assert_absent (planned_text, "You do not need a scan now", "no scan where one is planned");
}

static void
test_handout_says_where_findings_are (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("SPINECDS_EXAMPLES_DIR"), "seed-mild-reversal.spinecase", NULL);
  g_autoptr(SpineCdsKnowledgeBase) kb = spinecds_knowledge_base_new_default (NULL);
  g_auto(Example) example = { 0 };
  g_autofree char *lumbar = NULL;
  g_autofree char *no_region = NULL;

  load_example (path, &example);
  spinecds_case_set_region (example.kase, SPINECDS_REGION_LUMBAR);
  reevaluate (&example, kb);
  lumbar = rendered_text (SPINECDS_DOCUMENT_HANDOUT, &example, "lumbar-symptoms-neck-findings.pdf");
  if (lumbar == NULL)
    return;
  assert_contains (lumbar, "Your neck has lost some of its usual gentle curve", "a neck finding");
  assert_contains (lumbar, "Your neck scan", "the scan is of the neck");
  g_assert_null (strstr (lumbar, "Yourbackhaslost"));
  /* A scan of another region does not explain the back pain (seventh
   * clinical round). */
  assert_contains (lumbar, "This scan is of another part of your spine than your pain", "the scan's region");

  spinecds_case_set_region (example.kase, SPINECDS_REGION_UNKNOWN);
  spinecds_case_set_mri_done (example.kase, FALSE);
  reevaluate (&example, kb);
  no_region = rendered_text (SPINECDS_DOCUMENT_HANDOUT, &example, "no-region.pdf");
  assert_contains (no_region, "Your spine: what happens next", "title without a region");
  /* An unfinished plan states no fact about a scan: "not had one" may
   * be a box not ticked yet (seventh clinical round). */
  assert_contains (no_region, "Your doctor will go through any scan results with you when your plan is finished.",
                   "no scan, no region");
  assert_absent (no_region, "You have not had a scan", "a fact nobody entered");
  assert_contains (no_region, "Your doctor will finish your plan and tell you what happens next.", "who goes on");
  g_assert_null (strstr (no_region, "backpain"));
}

/* §8.9: a Patchell criterion met exactly at its limit says so. */
static void
test_summary_borderline (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("SPINECDS_EXAMPLES_DIR"), "mscc-surgery-candidate.spinecase", NULL);
  g_autoptr(SpineCdsKnowledgeBase) kb = spinecds_knowledge_base_new_default (NULL);
  g_auto(Example) example = { 0 };
  g_autoptr(SpineCdsDocument) before = NULL;
  g_autoptr(SpineCdsDocument) after = NULL;
  g_autofree char *path_before = NULL;
  g_autofree char *path_after = NULL;
  g_autofree char *raw_before = NULL;
  g_autofree char *raw_after = NULL;
  g_autofree char *text_before = NULL;
  g_autofree char *text_after = NULL;

  if (!have_program ("pdftotext"))
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }
  load_example (path, &example);
  path_before = write_document (SPINECDS_DOCUMENT_SUMMARY, &example, SPINECDS_PAPER_A4, "mscc-before.pdf", &before);
  raw_before = pdf_text (path_before);
  text_before = normalise (raw_before);
  g_assert_null (strstr (text_before, "Borderline"));

  spinecds_case_set_mscc_paraplegic_hours (example.kase, 48);
  reevaluate (&example, kb);
  path_after = write_document (SPINECDS_DOCUMENT_SUMMARY, &example, SPINECDS_PAPER_A4, "mscc-48h.pdf", &after);
  raw_after = pdf_text (path_after);
  text_after = normalise (raw_after);
  assert_contains (text_after, "Met, at the limit", "criterion at its limit");
  assert_contains (text_after, "Borderline", "borderline verdict");
}

/* Flesch-Kincaid grade level. */

static guint
count_syllables (const char *word)
{
  g_autofree char *lower = g_ascii_strdown (word, -1);
  gsize            length = strlen (lower);
  guint            count = 0;
  gboolean         in_vowel = FALSE;

  for (gsize i = 0; i < length; i++)
    {
      gboolean vowel = strchr ("aeiouy", lower[i]) != NULL;

      if (vowel && !in_vowel)
        count++;
      in_vowel = vowel;
    }
  /* A silent final e ("time"), but not "-le" ("simple") */
  if (length > 2 && lower[length - 1] == 'e' && lower[length - 2] != 'l' && count > 1)
    count--;
  return MAX (count, 1);
}

static double
flesch_kincaid_grade (const char *text,
                      guint      *n_words_out)
{
  guint    words = 0, sentences = 0, syllables = 0;
  GString *word = g_string_new (NULL);
  gboolean sentence_open = FALSE;

  for (const char *p = text;; p++)
    {
      char c = *p;

      if (g_ascii_isalpha (c) || c == '\'')
        {
          if (c != '\'')
            g_string_append_c (word, c);
          continue;
        }
      if (word->len > 0)
        {
          words++;
          syllables += count_syllables (word->str);
          g_string_truncate (word, 0);
          sentence_open = TRUE;
        }
      else if (g_ascii_isdigit (c))
        sentence_open = TRUE;
      /* Full stops, and the end of a block (a heading, a bullet) */
      if ((c == '.' || c == '!' || c == '?' || c == '\n' || c == '\0') && sentence_open)
        {
          sentences++;
          sentence_open = FALSE;
        }
      if (c == '\0')
        break;
    }
  g_string_free (word, TRUE);

  *n_words_out = words;
  g_assert_cmpuint (words, >, 0);
  g_assert_cmpuint (sentences, >, 0);
  return 0.39 * ((double) words / sentences) + 11.8 * ((double) syllables / words) - 15.59;
}

static void
test_syllables (void)
{
  guint n;

  g_assert_cmpuint (count_syllables ("pain"), ==, 1);
  g_assert_cmpuint (count_syllables ("time"), ==, 1);
  g_assert_cmpuint (count_syllables ("simple"), ==, 2);
  g_assert_cmpuint (count_syllables ("exercise"), ==, 3);
  g_assert_cmpuint (count_syllables ("physiotherapy"), ==, 5);
  /* A text for grown-ups scores far higher than the handout may. */
  g_assert_cmpfloat (flesch_kincaid_grade ("Degenerative cervical myelopathy necessitates "
                                           "multidisciplinary neurosurgical evaluation and "
                                           "comprehensive electrophysiological investigation.",
                                           &n),
                     >, 14);
}

static void
test_handout_readability (void)
{
  g_autoptr(GPtrArray) examples = list_examples ();

  for (guint i = 0; i < examples->len; i++)
    {
      g_auto(Example) example = { 0 };
      g_autoptr(GDateTime) date = fixed_date ();
      SpineCdsDocumentOptions options = { NULL, NULL, date };
      g_autoptr(SpineCdsDocument) document = NULL;
      g_autofree char *text = NULL;
      g_autofree char *base = g_path_get_basename (g_ptr_array_index (examples, i));
      double           grade;
      guint            n_words;

      load_example (g_ptr_array_index (examples, i), &example);
      document = spinecds_document_new (SPINECDS_DOCUMENT_HANDOUT, example.kase, example.assessment, NULL, &options);
      text = spinecds_document_dup_text (document);
      grade = flesch_kincaid_grade (text, &n_words);
      g_test_message ("%s: Flesch-Kincaid grade %.1f over %u words", base, grade, n_words);
      g_assert_cmpfloat (grade, <=, 8.0);
      g_assert_cmpuint (n_words, >, 150);
    }
}

static void
assert_page_size (const char *path,
                  const char *size)
{
  g_autofree char *info = run ((const char *[]) { "pdfinfo", path, NULL });

  if (strstr (info, size) == NULL)
    g_error ("%s: expected page size %s in:\n%s", path, size, info);
}

static void
test_paper (void)
{
  g_autoptr(GPtrArray) examples = list_examples ();
  g_auto(Example) example = { 0 };
  g_autofree char *a4 = NULL;
  g_autofree char *letter = NULL;
  double           width, height;

  spinecds_paper_get_size (SPINECDS_PAPER_A4, &width, &height);
  g_assert_cmpfloat (fabs (width - 595.28), <, 0.01);
  g_assert_cmpfloat (fabs (height - 841.89), <, 0.01);
  spinecds_paper_get_size (SPINECDS_PAPER_LETTER, &width, &height);
  g_assert_cmpfloat (width, ==, 612);
  g_assert_cmpfloat (height, ==, 792);

  if (!have_program ("pdfinfo") || examples->len == 0)
    {
      g_test_skip ("pdfinfo or the examples are missing");
      return;
    }

  load_example (g_ptr_array_index (examples, 0), &example);
  a4 = write_document (SPINECDS_DOCUMENT_SUMMARY, &example, SPINECDS_PAPER_A4, "paper-a4.pdf", NULL);
  letter = write_document (SPINECDS_DOCUMENT_SUMMARY, &example, SPINECDS_PAPER_LETTER, "paper-letter.pdf", NULL);
  assert_page_size (a4, "595.276 x 841.89 pts (A4)");
  assert_page_size (letter, "612 x 792 pts (letter)");
}

/* The text of 1-based @page of the PDF, normalised. */
static char *
page_text (const char *pdf,
           guint       page)
{
  g_autofree char *number = g_strdup_printf ("%u", page);
  g_autofree char *raw = run ((const char *[]) { "pdftotext", "-enc", "UTF-8", "-f", number, "-l", number, pdf, "-", NULL });

  return normalise (raw);
}

/* The 1-based page of the PDF whose text holds @needle, 0 if none. */
static guint
page_holding (const char *pdf,
              guint       n_pages,
              const char *needle)
{
  g_autofree char *normalised = normalise (needle);

  for (guint page = 1; page <= n_pages; page++)
    {
      g_autofree char *flat = page_text (pdf, page);

      if (strstr (flat, normalised) != NULL)
        return page;
    }
  return 0;
}

/* A long case (notes of many paragraphs) runs over pages; every line
 * is still there and nothing overflows. */
static void
test_long_document (void)
{
  g_autoptr(GPtrArray) examples = list_examples ();
  g_auto(Example) example = { 0 };
  g_autoptr(SpineCdsDocument) document = NULL;
  g_autoptr(GString) notes = g_string_new (NULL);
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;

  if (!have_program ("pdftotext") || examples->len == 0)
    {
      g_test_skip ("pdftotext or the examples are missing");
      return;
    }

  load_example (g_ptr_array_index (examples, 0), &example);
  /* Enough to run over three pages of the compact summary. */
  for (guint i = 0; i < 120; i++)
    g_string_append_printf (notes, "Note paragraph %u: the patient describes the pain in detail, "
                                   "with words that wrap over more than one line of the page <&>.\n",
                            i);
  spinecds_case_set_notes (example.kase, notes->str);
  spinecds_case_set_text (example.kase, SPINECDS_CASE_TEXT_PATIENT_NAME, "Ana Example");
  spinecds_case_set_text (example.kase, SPINECDS_CASE_TEXT_PATIENT_IDENTIFIER, "MRN 77");
  path = write_document (SPINECDS_DOCUMENT_SUMMARY, &example, SPINECDS_PAPER_LETTER, "long.pdf", &document);
  text = pdf_text (path);
  flat = normalise (text);
  g_assert_cmpuint (spinecds_document_get_n_pages (document), >=, 3);
  /* Every page says whose it is (eighth round: a loose page 2 could not
   * be filed). */
  for (guint page = 1; page <= spinecds_document_get_n_pages (document); page++)
    {
      g_autofree char *page_flat = page_text (path, page);

      assert_contains (page_flat, "Ana Example, MRN 77", "the patient on every page");
    }
  assert_contains (flat, "Note paragraph 0:", "first note");
  assert_contains (flat, "Note paragraph 119:", "last note");
  assert_all_blocks_printed (document, flat);
}

/* The warning signs and the call to act on them share a page in every
 * handout (on Letter, the shorter page), so that no patient turns over
 * to find one without the other. */
static void
test_handout_warnings_on_one_page (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "clinical", NULL);
  g_autoptr(GPtrArray) cases = list_cases (dir);
  guint over_a_page = 0;

  if (!have_program ("pdftotext"))
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }
  for (guint i = 0; i < cases->len; i++)
    {
      g_auto(Example) example = { 0 };
      g_autoptr(SpineCdsDocument) document = NULL;
      g_autofree char *path = NULL;
      guint            n_pages, list;

      load_example (g_ptr_array_index (cases, i), &example);
      path = write_document (SPINECDS_DOCUMENT_HANDOUT, &example, SPINECDS_PAPER_LETTER, "warnings.pdf", &document);
      n_pages = spinecds_document_get_n_pages (document);
      list = page_holding (path, n_pages, "Get help at once if");
      g_assert_cmpuint (list, >, 0);
      if (page_holding (path, n_pages, "If any of these happen") != list)
        g_error ("%s: the warning signs and their call to act are on different pages",
                 (char *) g_ptr_array_index (cases, i));
      over_a_page += n_pages > 1;
    }
  /* The sweep means something only if handouts do run over a page. */
  g_assert_cmpuint (over_a_page, >=, 5);
}

/* A word with no space to wrap at, far longer than a line, is printed
 * whole, across lines and pages, with nothing cut (sixth probe round:
 * Pango wraps one such word in quadratic time, so the layout gives it
 * places to break; bench-render measures the time). */
static void
test_long_word (void)
{
  g_autoptr(GPtrArray) examples = list_examples ();
  g_auto(Example) example = { 0 };
  g_autoptr(SpineCdsDocument) document = NULL;
  g_autofree char *word = g_strnfill (12000, 'x');
  g_autofree char *marked = g_strconcat ("Start", word, "End", NULL);
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  const char      *start, *end;
  guint            letters = 0;

  if (!have_program ("pdftotext") || examples->len == 0)
    {
      g_test_skip ("pdftotext or the examples are missing");
      return;
    }
  load_example (g_ptr_array_index (examples, 0), &example);
  spinecds_case_set_notes (example.kase, marked);
  path = write_document (SPINECDS_DOCUMENT_SUMMARY, &example, SPINECDS_PAPER_A4, "long-word.pdf", &document);
  text = pdf_text (path);
  flat = normalise (text);
  start = strstr (flat, "Startx");
  g_assert_nonnull (start);
  end = strstr (start, "xEnd");
  g_assert_nonnull (end);
  /* The running header and footer of a new page may stand between its
   * parts: every letter is there, in order. */
  for (const char *p = start; p < end + 1; p++)
    letters += *p == 'x';
  g_assert_cmpuint (letters, ==, 12000);
}

/* The document copies what it prints: editing the case later does not
 * change it. */
static void
test_snapshot (void)
{
  g_autoptr(GPtrArray) examples = list_examples ();
  g_auto(Example) example = { 0 };
  g_autoptr(SpineCdsDocument) document = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  if (examples->len == 0)
    {
      g_test_skip ("no example cases");
      return;
    }
  load_example (g_ptr_array_index (examples, 0), &example);
  document = spinecds_document_new (SPINECDS_DOCUMENT_SUMMARY, example.kase, example.assessment, NULL, NULL);
  before = spinecds_document_dup_text (document);
  spinecds_case_set_notes (example.kase, "changed afterwards");
  spinecds_case_set_age_years (example.kase, 99);
  after = spinecds_document_dup_text (document);
  g_assert_cmpstr (before, ==, after);
}

/* A right-to-left language: the Arabic text is shaped and printed. */
static void
test_rtl (void)
{
  g_autoptr(GPtrArray) examples = list_examples ();
  g_auto(Example) example = { 0 };
  g_autoptr(SpineCdsCatalog) catalog = NULL;
  g_autoptr(SpineCdsDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *po = g_build_filename (tmpdir, "ar.po", NULL);
  g_autofree char *mo = g_build_filename (tmpdir, "ar.mo", NULL);
  g_autofree char *pdf = g_build_filename (tmpdir, "ar-handout.pdf", NULL);
  g_autofree char *text = NULL;
  const char      *po_text =
    "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
    "msgid \"What your scan shows\"\nmsgstr \"ما تظهره صورتك\"\n\n"
    "msgid \"Get help at once if\"\nmsgstr \"اطلب المساعدة فورًا إذا\"\n";

  if (!have_program ("msgfmt") || !have_program ("pdftotext") || examples->len == 0)
    {
      g_test_skip ("msgfmt, pdftotext or the examples are missing");
      return;
    }

  g_assert_true (g_file_set_contents (po, po_text, -1, NULL));
  g_free (run ((const char *[]) { "msgfmt", "-o", mo, po, NULL }));
  catalog = spinecds_catalog_new_from_file (mo, "ar", &error);
  g_assert_no_error (error);
  g_assert_true (spinecds_catalog_is_rtl (catalog));

  load_example (g_ptr_array_index (examples, 0), &example);
  document = spinecds_document_new (SPINECDS_DOCUMENT_HANDOUT, example.kase, example.assessment, catalog, NULL);
  g_assert_true (spinecds_document_write_pdf (document, pdf, SPINECDS_PAPER_A4, &error));
  g_assert_no_error (error);
  text = pdf_text (pdf);
  /* pdftotext gives RTL text in logical order */
  g_assert_nonnull (strstr (text, "تظهره"));
  g_assert_nonnull (strstr (text, "المساعدة"));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  tmpdir = test_scratch_dir_new ("spinecds-render-XXXXXX");
  g_assert_nonnull (tmpdir);

  g_test_add_func ("/spinecds/render/summary", test_summary);
  g_test_add_func ("/spinecds/render/summary-borderline", test_summary_borderline);
  g_test_add_func ("/spinecds/render/summary-fractional-weeks", test_summary_fractional_weeks);
  g_test_add_func ("/spinecds/render/handout-measured-fever", test_handout_measured_fever);
  g_test_add_func ("/spinecds/render/handout-incomplete-case", test_handout_incomplete_case);
  g_test_add_func ("/spinecds/render/handout-says-where-findings-are", test_handout_says_where_findings_are);
  g_test_add_func ("/spinecds/render/handout-promises-no-scan", test_handout_promises_no_scan);
  g_test_add_func ("/spinecds/render/summary-prints-what-applies", test_summary_prints_what_applies);
  g_test_add_func ("/spinecds/render/routine-summary-one-page", test_routine_summary_one_page);
  g_test_add_func ("/spinecds/render/handout", test_handout);
  g_test_add_func ("/spinecds/render/handout-follows-triage", test_handout_follows_triage);
  g_test_add_func ("/spinecds/render/syllables", test_syllables);
  g_test_add_func ("/spinecds/render/handout-readability", test_handout_readability);
  g_test_add_func ("/spinecds/render/paper", test_paper);
  g_test_add_func ("/spinecds/render/long-document", test_long_document);
  g_test_add_func ("/spinecds/render/long-word", test_long_word);
  g_test_add_func ("/spinecds/render/handout-warnings-on-one-page", test_handout_warnings_on_one_page);
  g_test_add_func ("/spinecds/render/snapshot", test_snapshot);
  g_test_add_func ("/spinecds/render/rtl", test_rtl);
  g_test_add_func ("/spinecds/render/summary-incomplete-headline", test_summary_incomplete_headline);
  g_test_add_func ("/spinecds/render/summary-report-not-entered", test_summary_report_not_entered);
  g_test_add_func ("/spinecds/render/summary-unplanned-headline", test_summary_unplanned_headline);
  g_test_add_func ("/spinecds/render/handout-cord-compression", test_handout_cord_compression_not_reassuring);
  g_test_add_func ("/spinecds/render/handout-emergency-now", test_handout_emergency_now);
  g_test_add_func ("/spinecds/render/handout-dated-by-visit", test_handout_dated_by_visit);
  g_test_add_func ("/spinecds/render/handout-routine-keeps-warnings", test_handout_routine_keeps_warnings);
  g_test_add_func ("/spinecds/render/handout-follow-up-owner", test_handout_follow_up_owner);
  g_test_add_func ("/spinecds/render/handout-fits-patient", test_handout_fits_patient);
  g_test_add_func ("/spinecds/render/handout-expedited-watches-present-signs", test_handout_expedited_watches_present_signs);
  g_test_add_func ("/spinecds/render/handout-plan-changed", test_handout_plan_changed);
  g_test_add_func ("/spinecds/render/handout-known-cancer", test_handout_known_cancer);
  g_test_add_func ("/spinecds/render/handout-child-sport", test_handout_child_sport);
  g_test_add_func ("/spinecds/render/handout-bilateral-sciatica", test_handout_bilateral_sciatica);
  g_test_add_func ("/spinecds/render/handout-says-why", test_handout_says_why);

  status = g_test_run ();

  if (g_getenv ("SPINECDS_KEEP_OUTPUT") == NULL)
    {
      g_autoptr(GDir) dir = g_dir_open (tmpdir, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (tmpdir, name, NULL);

          g_unlink (path);
        }
      g_rmdir (tmpdir);
    }
  g_free (tmpdir);
  return status;
}
