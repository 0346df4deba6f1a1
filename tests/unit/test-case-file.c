/* test-case-file.c: reading and writing .spinecase files (CASE-FORMAT §1)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <utime.h>

#include <glib/gstdio.h>

#include "spinecds-case-file.h"
#include "test-scratch.h"

#define NAME "case.spinecase"

#define LONG_NAME "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"

/* A canonical file that uses every field, so that each rule below can
 * be broken by changing one spot of it. */
static const char base_case[] =
  "{\n"
  "  \"format\": \"spinecds-case\",\n"
  "  \"version\": 2,\n"
  "  \"patient\": {\n"
  "    \"name\": \"Ana María O'Neil\",\n"
  "    \"identifier\": \"MRN 0042\",\n"
  "    \"birth_date\": \"1981-03-14\",\n"
  "    \"age_years\": 45,\n"
  "    \"sex\": \"female\",\n"
  "    \"language\": \"es\"\n"
  "  },\n"
  "  \"visit_date\": \"2026-04-02\",\n"
  "  \"region\": \"cervical\",\n"
  "  \"symptom_duration_weeks\": 2.5,\n"
  "  \"conservative_care\": {\n"
  "    \"weeks\": 6,\n"
  "    \"response\": \"unchanged\"\n"
  "  },\n"
  "  \"intervention_candidate\": true,\n"
  "  \"symptoms\": [\n"
  "    \"axial_pain\",\n"
  "    \"radicular_pain\"\n"
  "  ],\n"
  "  \"signs\": [\n"
  "    \"motor_deficit\"\n"
  "  ],\n"
  "  \"history\": [\n"
  "    \"diabetes\"\n"
  "  ],\n"
  "  \"imaging\": {\n"
  "    \"mri_done\": true,\n"
  "    \"findings\": [\n"
  "      {\n"
  "        \"code\": \"disc_protrusion\",\n"
  "        \"grade\": \"moderate\",\n"
  "        \"level\": \"C5-C6\"\n"
  "      },\n"
  "      {\n"
  "        \"code\": \"foraminal_stenosis\",\n"
  "        \"level\": \"C5-C6\",\n"
  "        \"note\": \"left, \\\"marked\\\"\\nsee report\"\n"
  "      }\n"
  "    ],\n"
  "    \"report_text\": \"Left C5–C6 protrusion.\\tÜ\"\n"
  "  },\n"
  "  \"labs\": {\n"
  "    \"crp_mg_l\": 3,\n"
  "    \"temperature_c\": 36.8\n"
  "  },\n"
  "  \"mjoa\": 17,\n"
  "  \"surgery\": {\n"
  "    \"weeks_ago\": 52,\n"
  "    \"procedure\": \"ACDF C6-C7\"\n"
  "  },\n"
  "  \"mscc\": {\n"
  "    \"separate_areas\": 1,\n"
  "    \"deficit_hours\": 10,\n"
  "    \"paraplegic_hours\": 0,\n"
  "    \"predicted_survival_months\": null,\n"
  "    \"radiosensitive_histology\": false\n"
  "  },\n"
  "  \"notes\": \"\",\n"
  "  \"decision\": {\n"
  "    \"status\": \"modified\",\n"
  "    \"note\": \"Physiotherapy booked; MRI deferred\",\n"
  "    \"clinician\": \"Dr Ada Lind\",\n"
  "    \"decided_at\": \"2026-04-02T10:15:00+02:00\",\n"
  "    \"triage\": \"routine\",\n"
  "    \"knowledge_base\": {\n"
  "      \"id\": \"spine-mri\",\n"
  "      \"version\": \"1.4.0\",\n"
  "      \"checksum\": \"0123abcd\"\n"
  "    }\n"
  "  }\n"
  "}\n";

/* What a new case saves as. */
static const char default_case[] =
  "{\n"
  "  \"format\": \"spinecds-case\",\n"
  "  \"version\": 2,\n"
  "  \"patient\": {\n"
  "    \"name\": \"\",\n"
  "    \"identifier\": \"\",\n"
  "    \"birth_date\": null,\n"
  "    \"age_years\": null,\n"
  "    \"sex\": \"unknown\",\n"
  "    \"language\": \"\"\n"
  "  },\n"
  "  \"visit_date\": null,\n"
  "  \"region\": null,\n"
  "  \"symptom_duration_weeks\": null,\n"
  "  \"conservative_care\": {\n"
  "    \"weeks\": 0,\n"
  "    \"response\": \"not_tried\"\n"
  "  },\n"
  "  \"intervention_candidate\": false,\n"
  "  \"symptoms\": [],\n"
  "  \"signs\": [],\n"
  "  \"history\": [],\n"
  "  \"imaging\": {\n"
  "    \"mri_done\": false,\n"
  "    \"findings\": [],\n"
  "    \"report_text\": \"\"\n"
  "  },\n"
  "  \"labs\": {\n"
  "    \"crp_mg_l\": null,\n"
  "    \"temperature_c\": null\n"
  "  },\n"
  "  \"mjoa\": null,\n"
  "  \"surgery\": null,\n"
  "  \"mscc\": null,\n"
  "  \"notes\": \"\",\n"
  "  \"decision\": null\n"
  "}\n";

/* Helpers {{{ */

/* base_case with the single occurrence of @find replaced. */
static char *
mutate (const char *find,
        const char *replace)
{
  const char *at = strstr (base_case, find);

  g_assert_nonnull (at);
  g_assert_null (strstr (at + 1, find));

  return g_strdup_printf ("%.*s%s%s", (int) (at - base_case), base_case, replace, at + strlen (find));
}

static SpineCdsCase *
parse (const char *text,
       GError    **error)
{
  return spinecds_case_file_parse (text, strlen (text), NAME, error);
}

static char *
make_temp_dir (void)
{
  return test_scratch_dir_new ("spinecds-case-file-XXXXXX");
}

static void
write_file (const char *path,
            const char *contents,
            gssize      length,
            int         mode)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents_full (path, contents, length, G_FILE_SET_CONTENTS_NONE, mode, &error);
  g_assert_no_error (error);
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static int
file_mode (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 07777;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

/* The names in @dir, sorted, joined by spaces. */
static char *
list_dir (const char *path)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **) names->pdata);
}

/* }}} */

/* One test per rule {{{ */

typedef struct
{
  const char           *name;
  const char           *find;
  const char           *replace;
  SpineCdsCaseFileError code;
  const char           *message;
} Rule;

static const Rule rules[] = {
  /* Header */
  { "format-wrong", "\"spinecds-case\"", "\"spinecds-caze\"", SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": format: expected \"spinecds-case\", found the string \"spinecds-caze\"" },
  { "format-missing", "  \"format\": \"spinecds-case\",\n", "", SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": format: expected \"spinecds-case\", found nothing" },
  { "version-newer", "\"version\": 2", "\"version\": 3", SPINECDS_CASE_FILE_ERROR_NEWER,
    NAME ": version: expected 2, found 3 (the file was made by a newer SpineCDS)" },
  { "version-zero", "\"version\": 2", "\"version\": 0", SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": version: expected the integer 1 or 2, found 0" },
  { "version-decimal", "\"version\": 2", "\"version\": 1.0", SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": version: expected the integer 1 or 2, found the decimal number 1" },
  { "version-string", "\"version\": 2", "\"version\": \"1\"", SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": version: expected the integer 1 or 2, found the string \"1\"" },
  { "version-missing", "  \"version\": 2,\n", "", SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": version: expected the integer 1 or 2, found nothing" },

  /* Patient */
  { "patient-missing", "  \"patient\": {\n    \"name\": \"Ana María O'Neil\",\n    \"identifier\": \"MRN 0042\",\n"
                       "    \"birth_date\": \"1981-03-14\",\n    \"age_years\": 45,\n    \"sex\": \"female\",\n    \"language\": \"es\"\n  },\n",
    "",
    SPINECDS_CASE_FILE_ERROR_INVALID, NAME ": patient: expected an object, found nothing" },
  { "patient-array", "\"patient\": {\n    \"name\": \"Ana María O'Neil\",\n    \"identifier\": \"MRN 0042\",\n"
                     "    \"birth_date\": \"1981-03-14\",\n    \"age_years\": 45,\n    \"sex\": \"female\",\n    \"language\": \"es\"\n  }",
    "\"patient\": []",
    SPINECDS_CASE_FILE_ERROR_INVALID, NAME ": patient: expected an object, found an array" },
  /* Version 2: who, when, what was decided */
  { "age-not-on-visit", "\"age_years\": 45", "\"age_years\": 44", SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": patient.age_years: expected 45 (the age on visit_date of someone born on 1981-03-14), found 44" },
  { "birth-date-impossible", "\"1981-03-14\"", "\"1981-02-30\"", SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": patient.birth_date: expected a date \"YYYY-MM-DD\" or null, found the string \"1981-02-30\"" },
  { "visit-date-format", "\"2026-04-02\"", "\"02.04.2026\"", SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": visit_date: expected a date \"YYYY-MM-DD\" or null, found the string \"02.04.2026\"" },
  { "language-name", "\"language\": \"es\"", "\"language\": \"Spanish\"", SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": patient.language: expected \"\" or a language code such as \"de\", found the string \"Spanish\"" },
  { "name-too-long", "\"Ana María O'Neil\"", "\"" LONG_NAME "\"", SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": patient.name: expected a string of at most 200 characters, found a string of 201 characters" },
  { "decision-modified-without-note", "\"Physiotherapy booked; MRI deferred\"", "\"  \"",
    SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": decision.note: expected a note saying what was done instead and why (the plan was modified or "
         "declined), found none" },
  { "decision-status-unknown", "\"status\": \"modified\"", "\"status\": \"ignored\"",
    SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": decision.status: expected one of \"accepted\", \"modified\", \"declined\", found the string \"ignored\"" },
  { "decision-time-without-offset", "\"2026-04-02T10:15:00+02:00\"", "\"2026-04-02T10:15:00\"",
    SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": decision.decided_at: expected an RFC 3339 date and time with an offset, found the string "
         "\"2026-04-02T10:15:00\"" },
  { "decision-without-knowledge-base", ",\n    \"knowledge_base\": {\n      \"id\": \"spine-mri\",\n"
                                       "      \"version\": \"1.4.0\",\n      \"checksum\": \"0123abcd\"\n    }",
    "",
    SPINECDS_CASE_FILE_ERROR_INVALID, NAME ": decision.knowledge_base: expected an object, found nothing" },
  { "finding-same-code-same-level", "\"code\": \"foraminal_stenosis\"", "\"code\": \"disc_protrusion\"",
    SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": imaging.findings[1].code: expected each code once, found \"disc_protrusion\" again" },
  { "age-negative", "\"age_years\": 45", "\"age_years\": -4", SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": patient.age_years: expected an integer from 0 to 120 or null, found -4" },
  { "age-too-old", "\"age_years\": 45", "\"age_years\": 121", SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": patient.age_years: expected an integer from 0 to 120 or null, found 121" },
  { "age-decimal", "\"age_years\": 45", "\"age_years\": 45.5", SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": patient.age_years: expected an integer from 0 to 120 or null, found 45.5" },
  { "age-decimal-integral", "\"age_years\": 45", "\"age_years\": 4.5e1", SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": patient.age_years: expected an integer from 0 to 120 or null, found the decimal number 45" },
  { "age-string", "\"age_years\": 45", "\"age_years\": \"45\"", SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": patient.age_years: expected an integer from 0 to 120 or null, found the string \"45\"" },
  { "age-missing", "\"age_years\": 45,\n    ", "", SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": patient.age_years: expected an integer from 0 to 120 or null, found nothing" },
  { "sex-invalid", "\"sex\": \"female\"", "\"sex\": \"f\"", SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": patient.sex: expected one of \"unknown\", \"female\", \"male\", \"other\", found the string \"f\"" },
  { "patient-unknown-field", "\"sex\": \"female\"", "\"sex\": \"female\", \"height_cm\": 170",
    SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": patient.height_cm: expected a known field (name, identifier, birth_date, age_years, sex, language), found an unknown field" },

  /* Presentation */
  { "region-invalid", "\"region\": \"cervical\"", "\"region\": \"sacral\"", SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": region: expected one of \"cervical\", \"thoracic\", \"lumbar\", found the string \"sacral\"" },
  { "region-missing", "  \"region\": \"cervical\",\n", "", SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": region: expected one of \"cervical\", \"thoracic\", \"lumbar\", found nothing" },
  { "duration-negative", "\"symptom_duration_weeks\": 2.5", "\"symptom_duration_weeks\": -1",
    SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": symptom_duration_weeks: expected a number ≥ 0 or null, found -1" },
  { "duration-huge", "\"symptom_duration_weeks\": 2.5", "\"symptom_duration_weeks\": 1e999",
    SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": symptom_duration_weeks: expected a number ≥ 0 or null, found a number out of range" },
  { "care-not-object", "\"conservative_care\": {\n    \"weeks\": 6,\n    \"response\": \"unchanged\"\n  }",
    "\"conservative_care\": 6", SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": conservative_care: expected an object, found 6" },
  { "care-weeks-null", "\"weeks\": 6", "\"weeks\": null", SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": conservative_care.weeks: expected a number ≥ 0, found null" },
  { "care-response-invalid", "\"response\": \"unchanged\"", "\"response\": \"better\"",
    SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": conservative_care.response: expected one of \"not_tried\", \"improving\", \"unchanged\", "
         "\"worsening\", found the string \"better\"" },
  { "care-unknown-field", "\"response\": \"unchanged\"", "\"response\": \"unchanged\", \"drug\": \"nsaid\"",
    SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": conservative_care.drug: expected a known field (weeks, response), found an unknown field" },
  { "candidate-string", "\"intervention_candidate\": true", "\"intervention_candidate\": \"yes\"",
    SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": intervention_candidate: expected true or false, found the string \"yes\"" },

  /* Codes */
  { "symptom-unknown", "\"radicular_pain\"", "\"headache\"", SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": symptoms[1]: expected a symptom code, found the string \"headache\"" },
  { "symptom-duplicate", "\"radicular_pain\"", "\"axial_pain\"", SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": symptoms[1]: expected each code once, found \"axial_pain\" again" },
  { "symptom-not-string", "\"radicular_pain\"", "true", SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": symptoms[1]: expected a symptom code, found true" },
  { "sign-of-another-list", "\"motor_deficit\"", "\"fever\"", SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": signs[0]: expected a sign code, found the string \"fever\"" },
  { "history-unknown", "\"diabetes\"", "\"smoker\"", SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": history[0]: expected a history code, found the string \"smoker\"" },
  { "history-not-array", "\"history\": [\n    \"diabetes\"\n  ]", "\"history\": \"diabetes\"",
    SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": history: expected an array of history codes, found the string \"diabetes\"" },
  { "signs-null", "\"signs\": [\n    \"motor_deficit\"\n  ]", "\"signs\": null",
    SPINECDS_CASE_FILE_ERROR_INVALID, NAME ": signs: expected an array of sign codes, found null" },

  /* Imaging */
  { "imaging-not-object", "\"imaging\": {", "\"imaging\": 1, \"x\": {", SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": x: expected a known field (format, version, patient, visit_date, region, "
         "symptom_duration_weeks, conservative_care, intervention_candidate, symptoms, signs, history, imaging, "
         "labs, mjoa, surgery, mscc, notes, decision), found an unknown field"
         "\n" NAME ": imaging: expected an object, found 1" },
  { "mri-done-null", "\"mri_done\": true", "\"mri_done\": null", SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": imaging.mri_done: expected true or false, found null" },
  { "imaging-unknown-field", "\"mri_done\": true", "\"mri_done\": true, \"contrast\": false",
    SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": imaging.contrast: expected a known field (mri_done, findings, report_text), found an unknown field" },
  { "findings-not-array", "\"findings\": [", "\"findings\": {}, \"x\": [", SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": imaging.x: expected a known field (mri_done, findings, report_text), found an unknown field"
         "\n" NAME ": imaging.findings: expected an array of findings, found an object" },
  { "finding-not-object", "      {\n        \"code\": \"disc_protrusion\",\n        \"grade\": \"moderate\",\n"
                          "        \"level\": \"C5-C6\"\n      },",
    "\"disc_protrusion\",", SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": imaging.findings[0]: expected an object, found the string \"disc_protrusion\"" },
  { "finding-unknown-code", "\"code\": \"foraminal_stenosis\"", "\"code\": \"syrinx\"",
    SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": imaging.findings[1].code: expected a finding code, found the string \"syrinx\"" },
  { "finding-symptom-code", "\"code\": \"foraminal_stenosis\"", "\"code\": \"axial_pain\"",
    SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": imaging.findings[1].code: expected a finding code, found the string \"axial_pain\"" },
  { "finding-missing-code", "\"code\": \"foraminal_stenosis\",", "", SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": imaging.findings[1].code: expected a finding code, found nothing" },
  { "finding-duplicate-code", "\"code\": \"foraminal_stenosis\"", "\"code\": \"disc_protrusion\"",
    SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": imaging.findings[1].code: expected each code once, found \"disc_protrusion\" again" },
  { "finding-grade-none", "\"grade\": \"moderate\"", "\"grade\": \"none\"", SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": imaging.findings[0].grade: expected one of \"mild\", \"moderate\", \"severe\", found the string \"none\"" },
  { "finding-grade-null", "\"grade\": \"moderate\"", "\"grade\": null", SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": imaging.findings[0].grade: expected one of \"mild\", \"moderate\", \"severe\", found null" },
  { "finding-level-too-long", "\"level\": \"C5-C6\",", "\"level\": \"C5-C6 C6-C7 C7-T1 T1-T2 T2-T3 T3-\",",
    SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": imaging.findings[1].level: expected a string of at most 32 characters, found a string of 33 characters" },
  { "finding-level-number", "\"level\": \"C5-C6\",", "\"level\": 5,", SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": imaging.findings[1].level: expected a string of at most 32 characters, found 5" },
  { "finding-note-number", "\"note\": \"left, \\\"marked\\\"\\nsee report\"", "\"note\": 3",
    SPINECDS_CASE_FILE_ERROR_INVALID, NAME ": imaging.findings[1].note: expected a string, found 3" },
  { "finding-unknown-field", "\"grade\": \"moderate\",", "\"grade\": \"moderate\", \"side\": \"left\",",
    SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": imaging.findings[0].side: expected a known field (code, grade, level, note), found an unknown field" },
  { "report-text-number", "\"report_text\": \"Left C5–C6 protrusion.\\tÜ\"", "\"report_text\": 0",
    SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": imaging.report_text: expected a string of at most 100000 characters, found 0" },

  /* Labs and scores */
  { "labs-null", "\"labs\": {\n    \"crp_mg_l\": 3,\n    \"temperature_c\": 36.8\n  }", "\"labs\": null",
    SPINECDS_CASE_FILE_ERROR_INVALID, NAME ": labs: expected an object, found null" },
  { "crp-negative", "\"crp_mg_l\": 3", "\"crp_mg_l\": -3", SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": labs.crp_mg_l: expected a number ≥ 0 or null, found -3" },
  { "crp-string", "\"crp_mg_l\": 3", "\"crp_mg_l\": \"3\"", SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": labs.crp_mg_l: expected a number ≥ 0 or null, found the string \"3\"" },
  { "temperature-too-low", "\"temperature_c\": 36.8", "\"temperature_c\": 29.9", SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": labs.temperature_c: expected a number from 30 to 45 or null, found 29.9" },
  { "temperature-too-high", "\"temperature_c\": 36.8", "\"temperature_c\": 45.1", SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": labs.temperature_c: expected a number from 30 to 45 or null, found 45.1" },
  { "labs-unknown-field", "\"temperature_c\": 36.8", "\"temperature_c\": 36.8, \"esr\": 20",
    SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": labs.esr: expected a known field (crp_mg_l, temperature_c), found an unknown field" },
  { "mjoa-too-high", "\"mjoa\": 17", "\"mjoa\": 19", SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": mjoa: expected an integer from 0 to 18 or null, found 19" },
  { "mjoa-negative", "\"mjoa\": 17", "\"mjoa\": -1", SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": mjoa: expected an integer from 0 to 18 or null, found -1" },
  { "mjoa-decimal", "\"mjoa\": 17", "\"mjoa\": 12.5", SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": mjoa: expected an integer from 0 to 18 or null, found 12.5" },

  /* Surgery */
  { "surgery-not-object", "\"surgery\": {\n    \"weeks_ago\": 52,\n    \"procedure\": \"ACDF C6-C7\"\n  }",
    "\"surgery\": true", SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": surgery: expected an object or null, found true" },
  { "surgery-weeks-missing", "\"weeks_ago\": 52,", "", SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": surgery.weeks_ago: expected a number ≥ 0, found nothing" },
  { "surgery-weeks-negative", "\"weeks_ago\": 52", "\"weeks_ago\": -2", SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": surgery.weeks_ago: expected a number ≥ 0, found -2" },
  { "surgery-procedure-null", "\"procedure\": \"ACDF C6-C7\"", "\"procedure\": null",
    SPINECDS_CASE_FILE_ERROR_INVALID, NAME ": surgery.procedure: expected a string, found null" },
  { "surgery-unknown-field", "\"procedure\": \"ACDF C6-C7\"", "\"procedure\": \"ACDF C6-C7\", \"surgeon\": \"X\"",
    SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": surgery.surgeon: expected a known field (weeks_ago, procedure), found an unknown field" },

  /* MSCC */
  { "mscc-not-object", "\"mscc\": {", "\"mscc\": [], \"y\": {", SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": y: expected a known field (format, version, patient, visit_date, region, "
         "symptom_duration_weeks, conservative_care, intervention_candidate, symptoms, signs, history, imaging, "
         "labs, mjoa, surgery, mscc, notes, decision), found an unknown field"
         "\n" NAME ": mscc: expected an object or null, found an array" },
  { "mscc-areas-zero", "\"separate_areas\": 1", "\"separate_areas\": 0", SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": mscc.separate_areas: expected an integer ≥ 1, found 0" },
  { "mscc-areas-decimal", "\"separate_areas\": 1", "\"separate_areas\": 1.0", SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": mscc.separate_areas: expected an integer ≥ 1, found the decimal number 1" },
  { "mscc-areas-missing", "\"separate_areas\": 1,", "", SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": mscc.separate_areas: expected an integer ≥ 1, found nothing" },
  { "mscc-deficit-negative", "\"deficit_hours\": 10", "\"deficit_hours\": -10", SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": mscc.deficit_hours: expected a number ≥ 0 or null, found -10" },
  { "mscc-paraplegic-null", "\"paraplegic_hours\": 0", "\"paraplegic_hours\": null",
    SPINECDS_CASE_FILE_ERROR_INVALID, NAME ": mscc.paraplegic_hours: expected a number ≥ 0, found null" },
  { "mscc-survival-string", "\"predicted_survival_months\": null", "\"predicted_survival_months\": \"6\"",
    SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": mscc.predicted_survival_months: expected a number ≥ 0 or null, found the string \"6\"" },
  { "mscc-radiosensitive-string", "\"radiosensitive_histology\": false", "\"radiosensitive_histology\": \"no\"",
    SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": mscc.radiosensitive_histology: expected true, false or null, found the string \"no\"" },
  { "mscc-unknown-field", "\"radiosensitive_histology\": false",
    "\"radiosensitive_histology\": false, \"primary\": \"lung\"", SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": mscc.primary: expected a known field (separate_areas, deficit_hours, paraplegic_hours, "
         "predicted_survival_months, radiosensitive_histology), found an unknown field" },

  /* Root */
  { "notes-null", "\"notes\": \"\"", "\"notes\": null", SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": notes: expected a string of at most 100000 characters, found null" },
  { "root-unknown-field", "\"notes\": \"\"", "\"notes\": \"\", \"weight_kg\": 80", SPINECDS_CASE_FILE_ERROR_INVALID,
    NAME ": weight_kg: expected a known field (format, version, patient, visit_date, region, "
         "symptom_duration_weeks, conservative_care, intervention_candidate, symptoms, signs, history, imaging, "
         "labs, mjoa, surgery, mscc, notes, decision), found an unknown field" },
};

static void
test_rule (gconstpointer data)
{
  const Rule      *rule = data;
  g_autofree char *text = mutate (rule->find, rule->replace);
  g_autoptr(GError) error = NULL;
  g_autoptr(SpineCdsCase) kase = parse (text, &error);

  g_assert_null (kase);
  g_assert_error (error, SPINECDS_CASE_FILE_ERROR, (int) rule->code);
  g_assert_cmpstr (error->message, ==, rule->message);
}

/* Errors of the JSON layer: the exact wording belongs to spinecds-json.c,
 * the file name and the refusal belong here. */
typedef struct
{
  const char *name;
  const char *data;
  gsize       length;
  const char *prefix;
} Malformed;

/* clang-format off */
#define M(name, literal, prefix) { name, literal, sizeof literal - 1, prefix }
/* clang-format on */

static const Malformed malformed[] = {
  M ("empty", "", NAME ": expected a JSON object, found an empty file"),
  M ("whitespace", "  \n", NAME ": "),
  M ("truncated", "{\n  \"format\": \"spinecds-case\",\n  \"vers", NAME ": expected valid JSON"),
  M ("trailing-comma", "{\"format\": \"spinecds-case\",}", NAME ": expected valid JSON"),
  M ("trailing-garbage", "{\"format\": \"spinecds-case\"} x", NAME ": expected valid JSON"),
  M ("invalid-utf8", "{\"notes\": \"\xff\"}", NAME ": expected UTF-8 text"),
  M ("nul-byte", "{\"notes\": \"a\0b\"}", NAME ": expected "),
  M ("root-array", "[{\"format\": \"spinecds-case\"}]", NAME ": expected a JSON object, found an array"),
  M ("root-number", "1", NAME ": expected a JSON object, found 1"),
  M ("root-null", "null", NAME ": expected a JSON object, found null"),
};

static void
test_malformed (gconstpointer data)
{
  const Malformed *m = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(SpineCdsCase) kase = spinecds_case_file_parse (m->data, m->length, NAME, &error);

  g_assert_null (kase);
  g_assert_error (error, SPINECDS_CASE_FILE_ERROR, SPINECDS_CASE_FILE_ERROR_INVALID);
  if (!g_str_has_prefix (error->message, m->prefix))
    g_error ("message “%s” does not start with “%s”", error->message, m->prefix);
}

static void
test_deep_nesting (void)
{
  gsize            depth = 100000;
  g_autofree char *text = g_malloc (2 * depth);
  g_autoptr(GError) error = NULL;
  g_autoptr(SpineCdsCase) kase = NULL;

  memset (text, '[', depth);
  memset (text + depth, ']', depth);
  kase = spinecds_case_file_parse (text, 2 * depth, NAME, &error);

  g_assert_null (kase);
  g_assert_error (error, SPINECDS_CASE_FILE_ERROR, SPINECDS_CASE_FILE_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, NAME ": "));
}

/* Deep nesting hidden from a naive depth scan behind a quote that
 * json-glib 1.6 does not see as a string delimiter (a single-quoted
 * string, a comment). Run in a subprocess: while spinecds-json.c lets
 * it through, json-glib overflows the stack and the test is reported
 * as incomplete instead of taking the whole suite down. */
static void
test_deep_nesting_hidden (void)
{
  static const char * const prefixes[] = { "['\"', ", "{\"a\": /* \" */ " };

  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    {
      if (g_test_subprocess ())
        {
          g_autoptr(GString) text = g_string_new (prefixes[i]);
          g_autoptr(GError) error = NULL;
          g_autoptr(SpineCdsCase) kase = NULL;

          for (guint j = 0; j < 100000; j++)
            g_string_append_c (text, '[');
          kase = spinecds_case_file_parse (text->str, text->len, NAME, &error);
          g_assert_null (kase);
          g_assert_error (error, SPINECDS_CASE_FILE_ERROR, SPINECDS_CASE_FILE_ERROR_INVALID);
          g_assert_true (g_str_has_prefix (error->message, NAME ": "));
          continue;
        }
    }

  if (g_test_subprocess ())
    return;

  /* In a subprocess: before the strict check, this overflowed the stack. */
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* Limits count characters, not bytes: "é" is two bytes. */
static void
test_text_limits (void)
{
  struct
  {
    const char *find;
    const char *field;
    const char *path;
    guint       limit;
  } limits[] = {
    { "\"notes\": \"\"", "notes", "notes", 100000 },
    { "\"report_text\": \"Left C5–C6 protrusion.\\tÜ\"", "report_text", "imaging.report_text", 100000 },
    { "\"level\": \"C5-C6\",", "level", "imaging.findings[1].level", 32 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (limits); i++)
    {
      for (guint n = limits[i].limit; n <= limits[i].limit + 1; n++)
        {
          g_autoptr(GString) value = g_string_new (NULL);
          g_autofree char *replace = NULL;
          g_autofree char *text = NULL;
          g_autoptr(GError) error = NULL;
          g_autoptr(SpineCdsCase) kase = NULL;

          for (guint j = 0; j < n; j++)
            g_string_append (value, "é");
          replace = g_strdup_printf ("\"%s\": \"%s\"%s", limits[i].field, value->str,
                                     g_str_has_suffix (limits[i].find, ",") ? "," : "");
          text = mutate (limits[i].find, replace);
          kase = parse (text, &error);

          if (n == limits[i].limit)
            {
              g_assert_no_error (error);
              g_assert_nonnull (kase);
            }
          else
            {
              g_autofree char *expected =
                g_strdup_printf (NAME ": %s: expected a string of at most %u characters, found a string of %u characters",
                                 limits[i].path, limits[i].limit, n);

              g_assert_null (kase);
              g_assert_error (error, SPINECDS_CASE_FILE_ERROR, SPINECDS_CASE_FILE_ERROR_INVALID);
              g_assert_cmpstr (error->message, ==, expected);
            }
        }
    }
}

/* Every problem is reported, one line each, and a hostile file cannot
 * make the message huge. */
static void
test_many_problems (void)
{
  g_autoptr(GString) text = g_string_new ("{\"format\": \"spinecds-case\", \"version\": 1, \"region\": \"neck\"");
  g_autoptr(GError) error = NULL;
  g_autoptr(SpineCdsCase) kase = NULL;
  g_auto(GStrv) lines = NULL;

  for (guint i = 0; i < 30; i++)
    g_string_append_printf (text, ", \"extra_%u\": %u", i, i);
  g_string_append (text, "}");

  kase = parse (text->str, &error);
  g_assert_null (kase);
  g_assert_error (error, SPINECDS_CASE_FILE_ERROR, SPINECDS_CASE_FILE_ERROR_INVALID);

  lines = g_strsplit (error->message, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 21);
  for (guint i = 0; lines[i] != NULL; i++)
    g_assert_true (g_str_has_prefix (lines[i], NAME ": "));
  g_assert_true (g_str_has_prefix (lines[0], NAME ": extra_0: expected a known field"));
  /* 30 unknown fields, no patient, a wrong region. */
  g_assert_cmpstr (lines[20], ==, NAME ": 12 more problems not shown");
}

/* }}} */

/* Reading valid files {{{ */

static void
test_parse_minimal (void)
{
  const char *text = "{\"format\": \"spinecds-case\", \"version\": 1, "
                     "\"patient\": {\"age_years\": 45}, \"region\": \"lumbar\"}";
  g_autoptr(GError) error = NULL;
  g_autoptr(SpineCdsCase) kase = parse (text, &error);
  g_autoptr(SpineCdsCase) expected = spinecds_case_new ();

  g_assert_no_error (error);
  g_assert_nonnull (kase);

  /* Everything left out takes the default of a new case. */
  spinecds_case_set_age_years (expected, 45);
  spinecds_case_set_region (expected, SPINECDS_REGION_LUMBAR);
  g_assert_true (spinecds_case_equal (kase, expected));
}

static void
test_parse_full (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SpineCdsCase) kase = parse (base_case, &error);
  SpineCdsFinding *finding;

  g_assert_no_error (error);
  g_assert_nonnull (kase);

  g_assert_cmpint (spinecds_case_get_age_years (kase), ==, 45);
  g_assert_cmpint (spinecds_case_get_sex (kase), ==, SPINECDS_SEX_FEMALE);
  g_assert_cmpint (spinecds_case_get_region (kase), ==, SPINECDS_REGION_CERVICAL);
  g_assert_cmpfloat (spinecds_case_get_symptom_duration_weeks (kase), ==, 2.5);
  g_assert_cmpfloat (spinecds_case_get_conservative_care_weeks (kase), ==, 6);
  g_assert_cmpint (spinecds_case_get_conservative_care_response (kase), ==, SPINECDS_RESPONSE_UNCHANGED);
  g_assert_true (spinecds_case_get_intervention_candidate (kase));
  g_assert_cmpstrv (spinecds_case_get_codes (kase, SPINECDS_CODE_KIND_SYMPTOM),
                    ((const char *[]) { "axial_pain", "radicular_pain", NULL }));
  g_assert_cmpstrv (spinecds_case_get_codes (kase, SPINECDS_CODE_KIND_SIGN),
                    ((const char *[]) { "motor_deficit", NULL }));
  g_assert_cmpstrv (spinecds_case_get_codes (kase, SPINECDS_CODE_KIND_HISTORY),
                    ((const char *[]) { "diabetes", NULL }));
  g_assert_true (spinecds_case_get_mri_done (kase));
  g_assert_cmpstrv (spinecds_case_get_codes (kase, SPINECDS_CODE_KIND_FINDING),
                    ((const char *[]) { "disc_protrusion", "foraminal_stenosis", NULL }));

  finding = spinecds_case_lookup_finding (kase, "disc_protrusion");
  g_assert_cmpint (spinecds_finding_get_grade (finding), ==, SPINECDS_GRADE_MODERATE);
  g_assert_cmpstr (spinecds_finding_get_level (finding), ==, "C5-C6");
  g_assert_null (spinecds_finding_get_note (finding));
  finding = spinecds_case_lookup_finding (kase, "foraminal_stenosis");
  g_assert_cmpint (spinecds_finding_get_grade (finding), ==, SPINECDS_GRADE_NONE);
  g_assert_cmpstr (spinecds_finding_get_note (finding), ==, "left, \"marked\"\nsee report");

  g_assert_cmpstr (spinecds_case_get_report_text (kase), ==, "Left C5–C6 protrusion.\tÜ");
  g_assert_cmpfloat (spinecds_case_get_crp_mg_l (kase), ==, 3);
  g_assert_cmpfloat (spinecds_case_get_temperature_c (kase), ==, 36.8);
  g_assert_cmpint (spinecds_case_get_mjoa (kase), ==, 17);
  g_assert_true (spinecds_case_get_has_surgery (kase));
  g_assert_cmpfloat (spinecds_case_get_surgery_weeks_ago (kase), ==, 52);
  g_assert_cmpstr (spinecds_case_get_surgery_procedure (kase), ==, "ACDF C6-C7");
  g_assert_true (spinecds_case_get_has_mscc (kase));
  g_assert_cmpint (spinecds_case_get_mscc_separate_areas (kase), ==, 1);
  g_assert_cmpfloat (spinecds_case_get_mscc_deficit_hours (kase), ==, 10);
  g_assert_cmpfloat (spinecds_case_get_mscc_paraplegic_hours (kase), ==, 0);
  g_assert_cmpfloat (spinecds_case_get_mscc_predicted_survival_months (kase), ==, SPINECDS_UNKNOWN);
  g_assert_cmpint (spinecds_case_get_mscc_radiosensitive (kase), ==, SPINECDS_TRISTATE_NO);
  g_assert_cmpstr (spinecds_case_get_notes (kase), ==, "");
}

static void
test_parse_nulls (void)
{
  g_autofree char *a = mutate ("\"symptom_duration_weeks\": 2.5", "\"symptom_duration_weeks\": null");
  g_autofree char *b = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SpineCdsCase) kase = parse (a, &error);

  g_assert_no_error (error);
  g_assert_cmpfloat (spinecds_case_get_symptom_duration_weeks (kase), ==, SPINECDS_UNKNOWN);
  g_clear_object (&kase);

  b = mutate ("\"radiosensitive_histology\": false", "\"radiosensitive_histology\": null");
  kase = parse (b, &error);
  g_assert_no_error (error);
  g_assert_cmpint (spinecds_case_get_mscc_radiosensitive (kase), ==, SPINECDS_TRISTATE_UNKNOWN);
}

/* }}} */

/* Canonical writing {{{ */

static void
assert_round_trip (const char *text,
                   gsize       length,
                   const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SpineCdsCase) kase = spinecds_case_file_parse (text, length, name, &error);
  g_autofree char *written = NULL;
  gsize            written_length;

  g_assert_no_error (error);
  g_assert_nonnull (kase);

  written = spinecds_case_file_serialize (kase, &written_length);
  g_assert_cmpstr (written, ==, text);
  g_assert_cmpuint (written_length, ==, length);
}

static void
test_serialize_defaults (void)
{
  g_autoptr(SpineCdsCase) kase = spinecds_case_new ();
  g_autofree char *text = spinecds_case_file_serialize (kase, NULL);

  g_assert_cmpstr (text, ==, default_case);
}

static void
test_round_trip_fixtures (void)
{
  assert_round_trip (base_case, strlen (base_case), NAME);
  assert_round_trip (default_case, strlen (default_case), NAME);
}

/* A case built through the API saves and loads back equal, including
 * strings that need escaping and numbers that need all their digits. */
static void
test_round_trip_model (void)
{
  g_autoptr(SpineCdsCase) kase = spinecds_case_new ();
  g_autoptr(SpineCdsCase) back = NULL;
  g_autoptr(SpineCdsFinding) finding = spinecds_finding_new ("modic_change");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *again = NULL;

  spinecds_case_set_notes (kase, "quote \" backslash \\ control \x01 tab \t newline \n ünï ✓ 🦴");
  spinecds_case_set_report_text (kase, "/ slash </script>");
  spinecds_case_set_symptom_duration_weeks (kase, 0.1);
  spinecds_case_set_crp_mg_l (kase, 1e-7);
  spinecds_case_set_conservative_care_weeks (kase, 123456789.125);
  spinecds_case_set_has_mscc (kase, TRUE);
  spinecds_case_set_mscc_radiosensitive (kase, SPINECDS_TRISTATE_YES);
  spinecds_finding_set_level (finding, "");
  spinecds_finding_set_note (finding, "");
  spinecds_case_add_finding (kase, finding);

  text = spinecds_case_file_serialize (kase, NULL);
  back = parse (text, &error);
  g_assert_no_error (error);
  g_assert_true (spinecds_case_equal (kase, back));

  again = spinecds_case_file_serialize (back, NULL);
  g_assert_cmpstr (again, ==, text);
}

/* The project's own examples (data/examples) are canonical. */
static void
test_round_trip_examples (void)
{
  const char      *env = g_getenv ("SPINECDS_EXAMPLES_DIR");
  g_autofree char *path = env != NULL ? g_strdup (env)
                                      : g_test_build_filename (G_TEST_DIST, "..", "data", "examples", NULL);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;
  guint       n_files = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (path, name, NULL);
      g_autofree char *text = NULL;
      gsize            length;

      if (!g_str_has_suffix (name, ".spinecase"))
        continue;

      g_test_message ("example %s", name);
      g_assert_true (g_file_get_contents (file, &text, &length, NULL));
      assert_round_trip (text, length, name);
      n_files++;
    }

  if (n_files == 0)
    g_test_skip ("no examples in data/examples yet");
}

/* }}} */

/* Loading {{{ */

static void
test_load (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "ok.spinecase", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(SpineCdsCase) kase = NULL;
  g_autofree char *text = NULL;

  write_file (path, base_case, -1, 0600);
  kase = spinecds_case_file_load (file, &error);
  g_assert_no_error (error);
  text = spinecds_case_file_serialize (kase, NULL);
  g_assert_cmpstr (text, ==, base_case);

  test_scratch_dir_remove (dir);
}

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  SpineCdsCase **loaded = user_data;
  g_autoptr(GError) error = NULL;

  *loaded = spinecds_case_file_load_finish (result, &error);
  g_assert_no_error (error);
}

static void
on_load_failed (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  GError **error = user_data;

  g_assert_null (spinecds_case_file_load_finish (result, error));
  g_assert_nonnull (*error);
}

static SpineCdsCase *
load_in_loop (GFile *file)
{
  SpineCdsCase *loaded = NULL;

  spinecds_case_file_load_async (file, NULL, on_loaded, &loaded);
  while (loaded == NULL)
    g_main_context_iteration (NULL, TRUE);
  return loaded;
}

/* The window draws the plan on the main loop as soon as a case is
 * loaded: its report must have been read (vocabularies loaded) in the
 * loading thread, and kept while its text stays the same. */
static void
test_load_reads_report_in_thread (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "ok.spinecase", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SpineCdsCase) loaded = NULL;
  g_autoptr(SpineCdsCase) shown = spinecds_case_new ();
  g_autoptr(SpineCdsCase) plain = NULL;
  SpineCdsReportDigest *digest;

  write_file (path, base_case, -1, 0600);
  plain = spinecds_case_file_load (file, NULL);
  g_assert_false (spinecds_case_is_report_read (plain));

  loaded = load_in_loop (file);
  g_assert_true (spinecds_case_is_report_read (loaded));
  digest = spinecds_case_read_report (loaded);
  g_assert_true (spinecds_report_digest_is_readable (digest));
  g_assert_true (spinecds_report_digest_names (digest, "disc_protrusion", NULL, NULL));

  spinecds_case_assign (shown, loaded);
  g_assert_true (spinecds_case_read_report (shown) == digest);
  spinecds_case_set_report_text (shown, spinecds_case_get_report_text (loaded));
  g_assert_true (spinecds_case_is_report_read (shown));
  spinecds_case_set_report_text (shown, "Epidural abscess at L3-L4.");
  g_assert_false (spinecds_case_is_report_read (shown));
  g_assert_true (spinecds_report_digest_names (spinecds_case_read_report (shown), "epidural_collection", NULL, NULL));
  spinecds_case_set_report_text (shown, "");
  g_assert_true (spinecds_case_is_report_read (shown));
  g_assert_null (spinecds_case_read_report (shown));

  test_scratch_dir_remove (dir);
}

/* The case named on the command line is read while the window is built: the
 * window's load is given that reading, report read, and only once
 * (the next load reads the file again); a file that does not load
 * gives the same error as a load; another file is read as usual. */
static void
test_prefetch (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "ok.spinecase", NULL);
  g_autofree char *bad_path = g_build_filename (dir, "bad.spinecase", NULL);
  g_autofree char *longer = mutate ("\"symptom_duration_weeks\": 2.5", "\"symptom_duration_weeks\": 9");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr(SpineCdsCase) first = NULL;
  g_autoptr(SpineCdsCase) again = NULL;
  g_autoptr(SpineCdsCase) other = NULL;
  g_autoptr(SpineCdsCase) last = NULL;
  g_autoptr(GCancellable) cancelled = NULL;
  g_autoptr(GError) error = NULL;

  write_file (path, base_case, -1, 0600);
  write_file (bad_path, "{ \"format\": ", -1, 0600);

  spinecds_case_file_prefetch (file);
  g_test_expect_message ("spinecds-case-file", G_LOG_LEVEL_DEBUG, "*before it was asked for*");
  first = load_in_loop (file);
  g_test_assert_expected_messages ();
  g_assert_cmpfloat (spinecds_case_get_symptom_duration_weeks (first), ==, 2.5);
  g_assert_true (spinecds_case_is_report_read (first));

  g_unlink (path); /* write_file() writes over, without truncating */
  write_file (path, longer, -1, 0600);
  again = load_in_loop (file);
  g_assert_cmpfloat (spinecds_case_get_symptom_duration_weeks (again), ==, 9);

  spinecds_case_file_prefetch (bad);
  g_test_expect_message ("spinecds-case-file", G_LOG_LEVEL_DEBUG, "*before it was asked for*");
  spinecds_case_file_load_async (bad, NULL, on_load_failed, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_test_assert_expected_messages ();
  g_assert_nonnull (strstr (error->message, "bad.spinecase"));
  g_clear_error (&error);

  /* Claimed by a load that is cancelled: cancelled, whether the reading
   * was done or not; the next load reads the file again. */
  spinecds_case_file_prefetch (file);
  cancelled = g_cancellable_new ();
  g_cancellable_cancel (cancelled);
  spinecds_case_file_load_async (file, cancelled, on_load_failed, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  /* Unclaimed: another file's load does not take it, a new one
   * replaces it (claimed here, so that no reading outlives the test). */
  spinecds_case_file_prefetch (bad);
  other = load_in_loop (file);
  g_assert_cmpfloat (spinecds_case_get_symptom_duration_weeks (other), ==, 9);
  spinecds_case_file_prefetch (file);
  g_test_expect_message ("spinecds-case-file", G_LOG_LEVEL_DEBUG, "*before it was asked for*");
  last = load_in_loop (file);
  g_test_assert_expected_messages ();

  test_scratch_dir_remove (dir);
}

static void
test_load_errors_name_the_file (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *missing = g_build_filename (dir, "missing.spinecase", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.spinecase", NULL);
  g_autofree char *dir_name = g_path_get_basename (dir);
  g_autofree char *dir_prefix = g_strdup_printf ("%s: ", dir_name);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SpineCdsCase) kase = NULL;

  file = g_file_new_for_path (missing);
  kase = spinecds_case_file_load (file, &error);
  g_assert_null (kase);
  g_assert_error (error, SPINECDS_CASE_FILE_ERROR, SPINECDS_CASE_FILE_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, "missing.spinecase: "));
  g_clear_error (&error);
  g_clear_object (&file);

  /* A folder is not a case file. */
  file = g_file_new_for_path (dir);
  kase = spinecds_case_file_load (file, &error);
  g_assert_null (kase);
  g_assert_error (error, SPINECDS_CASE_FILE_ERROR, SPINECDS_CASE_FILE_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, dir_prefix));
  g_clear_error (&error);
  g_clear_object (&file);

  write_file (bad, "{\"format\": \"spinecds-case\", \"version\": 1, \"patient\": {\"age_years\": -4}, "
                   "\"region\": \"lumbar\"}",
              -1, 0600);
  file = g_file_new_for_path (bad);
  kase = spinecds_case_file_load (file, &error);
  g_assert_null (kase);
  g_assert_error (error, SPINECDS_CASE_FILE_ERROR, SPINECDS_CASE_FILE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "bad.spinecase: patient.age_years: expected an integer from 0 to 120 or null, found -4");

  test_scratch_dir_remove (dir);
}

/* A 50 MB file is refused after reading a little more than the limit,
 * never read whole. Generated here: it must not live in the repository. */
static void
test_load_too_large (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "huge.spinecase", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(SpineCdsCase) kase = NULL;
  int fd;

  fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (write (fd, "{\"notes\": \"", 11), ==, 11);
  g_assert_cmpint (ftruncate (fd, 50 * 1024 * 1024), ==, 0);
  g_assert_cmpint (close (fd), ==, 0);

  kase = spinecds_case_file_load (file, &error);
  g_assert_null (kase);
  g_assert_error (error, SPINECDS_CASE_FILE_ERROR, SPINECDS_CASE_FILE_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "huge.spinecase: expected a file of at most "));

  test_scratch_dir_remove (dir);
}

/* A failing load yields nothing, not a case with the fields read so far. */
static void
test_load_never_partial (void)
{
  g_autofree char *text = mutate ("\"notes\": \"\"", "\"notes\": 1");
  g_autoptr(GError) error = NULL;
  g_autoptr(SpineCdsCase) kase = parse (text, &error);

  /* Everything before "notes" was valid and had been read. */
  g_assert_null (kase);
  g_assert_error (error, SPINECDS_CASE_FILE_ERROR, SPINECDS_CASE_FILE_ERROR_INVALID);
}

/* The corpus in tests/data/bad-cases: every file refused, its name
 * first, and the field that its README line names. */
typedef struct
{
  char    *field; /* NULL: the file is not a case object at all */
  gboolean newer;
  gboolean seen;
} BadCase;

static void
bad_case_free (gpointer data)
{
  BadCase *bad = data;

  g_free (bad->field);
  g_free (bad);
}

static GHashTable *
read_bad_case_readme (const char *dir)
{
  g_autofree char *readme_path = g_build_filename (dir, "README.md", NULL);
  g_autofree char *readme = read_file (readme_path);
  g_auto(GStrv) lines = g_strsplit (readme, "\n", -1);
  GHashTable *cases = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, bad_case_free);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(GMatchInfo) match = NULL;
      g_autoptr(GRegex) regex =
                   g_regex_new ("^- `([^`]+)`: (.*); (?:names `([^`]+)`|no field)$", 0, 0, NULL);
      BadCase *bad;

      if (!g_str_has_prefix (lines[i], "- `"))
        continue;
      if (!g_regex_match (regex, lines[i], 0, &match))
        g_error ("README line not understood: %s", lines[i]);

      bad = g_new0 (BadCase, 1);
      bad->field = g_match_info_fetch (match, 3);
      if (bad->field != NULL && *bad->field == '\0')
        g_clear_pointer (&bad->field, g_free);
      bad->newer = strstr (lines[i], "NEWER") != NULL;
      g_hash_table_insert (cases, g_match_info_fetch (match, 1), bad);
    }

  return cases;
}

static void
test_bad_cases (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "bad-cases", NULL);
  g_autoptr(GHashTable) expected = read_bad_case_readme (path);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  GHashTableIter iter;
  const char    *name;
  BadCase       *bad;
  guint          n_files = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file_path = g_build_filename (path, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (file_path);
      g_autoptr(GError) error = NULL;
      g_autoptr(SpineCdsCase) kase = NULL;
      g_autofree char *prefix = NULL;

      if (!g_str_has_suffix (name, ".spinecase"))
        continue;

      g_test_message ("bad case %s", name);
      bad = g_hash_table_lookup (expected, name);
      if (bad == NULL)
        g_error ("%s is not described in README.md", name);
      bad->seen = TRUE;
      n_files++;

      kase = spinecds_case_file_load (file, &error);
      g_assert_null (kase);
      g_assert_error (error, SPINECDS_CASE_FILE_ERROR,
                      bad->newer ? SPINECDS_CASE_FILE_ERROR_NEWER : SPINECDS_CASE_FILE_ERROR_INVALID);

      prefix = bad->field != NULL ? g_strdup_printf ("%s: %s: expected ", name, bad->field)
                                  : g_strdup_printf ("%s: expected ", name);
      if (!g_str_has_prefix (error->message, prefix))
        g_error ("%s: message “%s” does not start with “%s”", name, error->message, prefix);

      /* Each file breaks exactly one rule. */
      g_assert_null (strchr (error->message, '\n'));
    }

  g_hash_table_iter_init (&iter, expected);
  while (g_hash_table_iter_next (&iter, (gpointer *) &name, (gpointer *) &bad))
    if (!bad->seen)
      g_error ("README.md describes %s, which does not exist", name);

  g_assert_cmpuint (n_files, >=, 35);
}

/* }}} */

/* Saving {{{ */

static SpineCdsCase *
base_case_object (void)
{
  g_autoptr(GError) error = NULL;
  SpineCdsCase *kase = parse (base_case, &error);

  g_assert_no_error (error);
  return kase;
}

static void
test_save (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "saved.spinecase", NULL);
  g_autofree char *backup = g_build_filename (dir, "saved.spinecase~", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SpineCdsCase) kase = base_case_object ();
  g_autoptr(SpineCdsCase) other = spinecds_case_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *names = NULL;

  g_assert_true (spinecds_case_file_save (kase, file, NULL, &error));
  g_assert_no_error (error);
  text = read_file (path);
  g_assert_cmpstr (text, ==, base_case);
  g_assert_cmpint (file_mode (path), ==, 0600);
  /* Nothing to back up the first time, and no temp file left. */
  names = list_dir (dir);
  g_assert_cmpstr (names, ==, "saved.spinecase");
  g_clear_pointer (&names, g_free);
  g_clear_pointer (&text, g_free);

  /* The second save keeps the first as FILE~. */
  g_assert_true (spinecds_case_file_save (other, file, NULL, &error));
  g_assert_no_error (error);
  text = read_file (path);
  g_assert_cmpstr (text, ==, default_case);
  g_clear_pointer (&text, g_free);
  text = read_file (backup);
  g_assert_cmpstr (text, ==, base_case);
  g_assert_cmpint (file_mode (path), ==, 0600);
  g_assert_cmpint (file_mode (backup), ==, 0600);
  names = list_dir (dir);
  g_assert_cmpstr (names, ==, "saved.spinecase saved.spinecase~");

  test_scratch_dir_remove (dir);
}

/* A file another program left world-readable: after a save, the case
 * and its backup are private. */
static void
test_save_tightens_mode (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "shared.spinecase", NULL);
  g_autofree char *backup = g_build_filename (dir, "shared.spinecase~", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SpineCdsCase) kase = spinecds_case_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  write_file (path, "old contents", -1, 0644);
  g_assert_true (spinecds_case_file_save (kase, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (file_mode (path), ==, 0600);
  g_assert_cmpint (file_mode (backup), ==, 0600);
  text = read_file (backup);
  g_assert_cmpstr (text, ==, "old contents");

  test_scratch_dir_remove (dir);
}

static void
assert_save_fails (SpineCdsCase *kase,
                   const char   *path,
                   const char   *name,
                   int           code)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *prefix = g_strdup_printf ("%s: ", name);

  g_assert_false (spinecds_case_file_save (kase, file, NULL, &error));
  g_assert_error (error, SPINECDS_CASE_FILE_ERROR, code);
  g_assert_true (g_str_has_prefix (error->message, prefix));
}

/* Failures root cannot bypass (the tests may run as root). */
static void
test_save_failures (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *regular = g_build_filename (dir, "regular", NULL);
  g_autofree char *under_regular = g_build_filename (regular, "x.spinecase", NULL);
  g_autofree char *no_dir = g_build_filename (dir, "missing", "x.spinecase", NULL);
  g_autofree char *dir_name = g_path_get_basename (dir);
  g_autoptr(SpineCdsCase) kase = spinecds_case_new ();
  g_autofree char *names = NULL;

  write_file (regular, "not a folder", -1, 0600);
  assert_save_fails (kase, under_regular, "x.spinecase", SPINECDS_CASE_FILE_ERROR_IO);
  assert_save_fails (kase, no_dir, "x.spinecase", SPINECDS_CASE_FILE_ERROR_IO);
  /* The target is a folder. */
  assert_save_fails (kase, dir, dir_name, SPINECDS_CASE_FILE_ERROR_IO);

  names = list_dir (dir);
  g_assert_cmpstr (names, ==, "regular");

  test_scratch_dir_remove (dir);
}

/* "FILE~" is a folder someone made there, so no backup can be kept:
 * the case is still saved, the user is told, and the folder and what
 * is in it are left alone (it used to make every save fail). */
static void
test_save_backup_blocked (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "keep.spinecase", NULL);
  g_autofree char *backup = g_build_filename (dir, "keep.spinecase~", NULL);
  g_autofree char *inside = g_build_filename (backup, "occupied", NULL);
  g_autoptr(SpineCdsCase) kase = spinecds_case_new ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *warning = NULL;
  g_autofree char *text = NULL;
  g_autofree char *names = NULL;
  g_autofree char *expected = NULL;

  write_file (path, base_case, -1, 0640);
  g_assert_cmpint (g_mkdir (backup, 0700), ==, 0);
  write_file (inside, "", -1, 0600);

  g_assert_true (spinecds_case_file_save (kase, file, &warning, &error));
  g_assert_no_error (error);
  g_assert_nonnull (warning);
  g_assert_nonnull (strstr (warning, backup));

  expected = spinecds_case_file_serialize (kase, NULL);
  text = read_file (path);
  g_assert_cmpstr (text, ==, expected);
  g_assert_cmpint (file_mode (path), ==, 0600);
  g_assert_true (g_file_test (inside, G_FILE_TEST_IS_REGULAR));
  names = list_dir (dir);
  g_assert_cmpstr (names, ==, "keep.spinecase keep.spinecase~");

  test_scratch_dir_remove (dir);
}

/* A case opened through a link to one's own file is saved to that file
 * and the link stays; a link to someone else's file is never written
 * through: the link itself is replaced. */
static void
test_save_through_link (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *real = g_build_filename (dir, "real.spinecase", NULL);
  g_autofree char *link = g_build_filename (dir, "link.spinecase", NULL);
  g_autofree char *theirs = g_build_filename (dir, "theirs", NULL);
  g_autofree char *planted = g_build_filename (dir, "planted.spinecase", NULL);
  g_autoptr(SpineCdsCase) kase = spinecds_case_new ();
  g_autoptr(GFile) through_link = g_file_new_for_path (link);
  g_autoptr(GFile) through_planted = g_file_new_for_path (planted);
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = spinecds_case_file_serialize (kase, NULL);
  g_autofree char *text = NULL;
  GStatBuf         st;

  write_file (real, base_case, -1, 0600);
  g_assert_cmpint (symlink ("real.spinecase", link), ==, 0);
  g_assert_true (spinecds_case_file_save (kase, through_link, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  text = read_file (real);
  g_assert_cmpstr (text, ==, expected);
  g_clear_pointer (&text, g_free);

  /* Someone else's file (as root, another owner is one chown away). */
  write_file (theirs, "their file", -1, 0644);
  if (getuid () == 0)
    g_assert_cmpint (chown (theirs, 65534, 65534), ==, 0);
  g_assert_cmpint (symlink (theirs, planted), ==, 0);
  g_assert_true (spinecds_case_file_save (kase, through_planted, NULL, &error));
  g_assert_no_error (error);
  if (getuid () == 0)
    {
      text = read_file (theirs);
      g_assert_cmpstr (text, ==, "their file");
      g_assert_cmpint (g_lstat (planted, &st), ==, 0);
      g_assert_true (S_ISREG (st.st_mode));
    }

  test_scratch_dir_remove (dir);
}

/* A crash between creating and renaming a temp file leaves a copy of
 * the case beside it: the next save removes it once it is old enough
 * not to be another instance's save in progress, and nothing else. */
static void
test_save_removes_stale_temp_files (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "crash.spinecase", NULL);
  g_autofree char *stale = g_build_filename (dir, ".crash.spinecase.Ab12Cd", NULL);
  g_autofree char *stale_backup = g_build_filename (dir, ".crash.spinecase~.Zz99yY", NULL);
  g_autofree char *fresh = g_build_filename (dir, ".crash.spinecase.fresh1", NULL);
  g_autofree char *other = g_build_filename (dir, ".other.spinecase.Ab12Cd", NULL);
  g_autofree char *unlike = g_build_filename (dir, ".crash.spinecase.notatemp", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SpineCdsCase) kase = spinecds_case_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;
  struct utimbuf   old = { 0 };

  old.actime = old.modtime = time (NULL) - 3600;
  for (const char **p = (const char *[]) { stale, stale_backup, fresh, other, unlike, NULL }; *p != NULL; p++)
    write_file (*p, "{\"partial\": ", -1, 0600);
  for (const char **p = (const char *[]) { stale, stale_backup, other, unlike, NULL }; *p != NULL; p++)
    g_assert_cmpint (g_utime (*p, &old), ==, 0);

  g_assert_true (spinecds_case_file_save (kase, file, NULL, &error));
  g_assert_no_error (error);

  names = list_dir (dir);
  g_assert_cmpstr (names, ==,
                   ".crash.spinecase.fresh1 .crash.spinecase.notatemp .other.spinecase.Ab12Cd crash.spinecase");

  test_scratch_dir_remove (dir);
}

/* The model accepts values the format refuses; save() must not write
 * a file that would not load again. */
static void
test_save_refuses_invalid (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "cold.spinecase", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SpineCdsCase) kase = spinecds_case_new ();
  g_autoptr(GError) error = NULL;

  spinecds_case_set_temperature_c (kase, 20);
  g_assert_false (spinecds_case_file_save (kase, file, NULL, &error));
  g_assert_error (error, SPINECDS_CASE_FILE_ERROR, SPINECDS_CASE_FILE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "cold.spinecase: labs.temperature_c: expected a number from 30 to 45 or null, found 20");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  test_scratch_dir_remove (dir);
}

/* }}} */

/* Save As: a name typed without an extension gets ".spinecase", never
 * at the cost of an existing file the chooser did not ask about. */
static void
test_name_for_save (void)
{
  g_autofree char *dir = test_scratch_dir_new ("spinecds-save-as-XXXXXX");
  g_autofree char *typed = g_build_filename (dir, "Doe J", NULL);
  g_autofree char *existing = g_build_filename (dir, "Doe J.spinecase", NULL);
  g_autoptr(GFile) chosen = g_file_new_for_path (typed);
  g_autoptr(GFile) first = spinecds_case_file_name_for_save (chosen);
  g_autoptr(GFile) second = NULL;
  g_autoptr(GFile) dotted = g_file_new_for_path (existing);
  g_autoptr(GFile) kept = spinecds_case_file_name_for_save (dotted);
  g_autofree char *first_name = g_file_get_basename (first);
  g_autofree char *second_name = NULL;

  g_assert_cmpstr (first_name, ==, "Doe J.spinecase");
  g_assert_true (g_file_equal (kept, dotted));

  g_assert_true (g_file_set_contents (existing, "someone else's case", -1, NULL));
  second = spinecds_case_file_name_for_save (chosen);
  second_name = g_file_get_basename (second);
  g_assert_cmpstr (second_name, ==, "Doe J");

  g_unlink (existing);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      g_autofree char *path = g_strdup_printf ("/spinecds/case-file/invalid/%s", rules[i].name);

      g_test_add_data_func (path, &rules[i], test_rule);
    }
  for (guint i = 0; i < G_N_ELEMENTS (malformed); i++)
    {
      g_autofree char *path = g_strdup_printf ("/spinecds/case-file/malformed/%s", malformed[i].name);

      g_test_add_data_func (path, &malformed[i], test_malformed);
    }
  g_test_add_func ("/spinecds/case-file/name-for-save", test_name_for_save);
  g_test_add_func ("/spinecds/case-file/prefetch", test_prefetch);
  g_test_add_func ("/spinecds/case-file/malformed/deep-nesting", test_deep_nesting);
  g_test_add_func ("/spinecds/case-file/malformed/deep-nesting-hidden", test_deep_nesting_hidden);
  g_test_add_func ("/spinecds/case-file/invalid/text-limits", test_text_limits);
  g_test_add_func ("/spinecds/case-file/invalid/many-problems", test_many_problems);

  g_test_add_func ("/spinecds/case-file/parse/minimal", test_parse_minimal);
  g_test_add_func ("/spinecds/case-file/parse/full", test_parse_full);
  g_test_add_func ("/spinecds/case-file/parse/nulls", test_parse_nulls);

  g_test_add_func ("/spinecds/case-file/serialize/defaults", test_serialize_defaults);
  g_test_add_func ("/spinecds/case-file/round-trip/fixtures", test_round_trip_fixtures);
  g_test_add_func ("/spinecds/case-file/round-trip/model", test_round_trip_model);
  g_test_add_func ("/spinecds/case-file/round-trip/examples", test_round_trip_examples);

  g_test_add_func ("/spinecds/case-file/load/ok", test_load);
  g_test_add_func ("/spinecds/case-file/load/reads-report-in-thread", test_load_reads_report_in_thread);
  g_test_add_func ("/spinecds/case-file/load/errors-name-the-file", test_load_errors_name_the_file);
  g_test_add_func ("/spinecds/case-file/load/too-large", test_load_too_large);
  g_test_add_func ("/spinecds/case-file/load/never-partial", test_load_never_partial);
  g_test_add_func ("/spinecds/case-file/load/bad-cases", test_bad_cases);

  g_test_add_func ("/spinecds/case-file/save/create-and-backup", test_save);
  g_test_add_func ("/spinecds/case-file/save/tightens-mode", test_save_tightens_mode);
  g_test_add_func ("/spinecds/case-file/save/failures", test_save_failures);
  g_test_add_func ("/spinecds/case-file/save/backup-blocked", test_save_backup_blocked);
  g_test_add_func ("/spinecds/case-file/save/through-link", test_save_through_link);
  g_test_add_func ("/spinecds/case-file/save/stale-temp-files", test_save_removes_stale_temp_files);
  g_test_add_func ("/spinecds/case-file/save/refuses-invalid", test_save_refuses_invalid);

  return g_test_run ();
}
