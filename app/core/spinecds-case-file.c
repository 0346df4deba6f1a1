/* spinecds-case-file.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading is strict (CASE-FORMAT §1): every rule is checked, every
 * problem is reported as "NAME: FIELD.PATH: expected …, found …", one
 * line per problem, and a file with any problem yields no case at all.
 * Writing is canonical, so a load followed by a save is byte-identical,
 * and atomic, so a crash or a full disk never costs the old file.
 */
#define G_LOG_DOMAIN "spinecds-case-file"

#include "config.h"

#include <math.h>
#include <string.h>

#include "spinecds-bounded-file.h"
#include "spinecds-case-file.h"
#include "spinecds-codes.h"
#include "spinecds-enums.h"
#include "spinecds-json.h"
#include "spinecds-json-reader.h"
#include "spinecds-safe-file.h"

#define FORMAT_NAME "spinecds-case"
#define FORMAT_VERSION 2
#define MAX_NAME_CHARS 200
#define MAX_ID_CHARS 64
#define MAX_DECISION_NOTE_CHARS 10000
#define MAX_LEVEL_CHARS SPINECDS_CASE_FILE_MAX_LEVEL_CHARS
#define MAX_TEXT_CHARS SPINECDS_CASE_FILE_MAX_TEXT_CHARS
#define MAX_AGE_YEARS 120
#define MAX_MJOA 18
#define MIN_TEMPERATURE_C 30.0
#define MAX_TEMPERATURE_C 45.0

/* The quark's name is dashed, which clang-format would space out. */
/* clang-format off */
G_DEFINE_QUARK (spinecds-case-file-error-quark, spinecds_case_file_error)
/* clang-format on */

/* The keys of each object, in canonical order. */
static const char * const root_keys[] = {
  "format", "version", "patient", "visit_date", "region", "symptom_duration_weeks",
  "conservative_care", "intervention_candidate", "symptoms", "signs",
  "history", "imaging", "labs", "mjoa", "surgery", "mscc", "notes", "decision", NULL
};
static const char * const patient_keys[] = {
  "name", "identifier", "birth_date", "age_years", "sex", "language", NULL
};
static const char * const decision_keys[] = {
  "status", "note", "clinician", "decided_at", "triage", "knowledge_base", NULL
};
static const char * const decision_kb_keys[] = { "id", "version", "checksum", NULL };
static const char * const care_keys[] = { "weeks", "response", NULL };
static const char * const imaging_keys[] = { "mri_done", "findings", "report_text", NULL };
static const char * const finding_keys[] = { "code", "grade", "level", "note", NULL };
static const char * const labs_keys[] = { "crp_mg_l", "temperature_c", NULL };
static const char * const surgery_keys[] = { "weeks_ago", "procedure", NULL };
static const char * const mscc_keys[] = {
  "separate_areas", "deficit_hours", "paraplegic_hours",
  "predicted_survival_months", "radiosensitive_histology", NULL
};

/* Reading {{{ */

typedef SpineCdsJsonReader Reader;

/* Null is SPINECDS_UNKNOWN in a case. */
static void
read_number (Reader           *reader,
             JsonObject       *object,
             const char       *prefix,
             const char       *key,
             double            min,
             double            max,
             SpineCdsJsonFlags flags,
             double           *value)
{
  if (spinecds_json_reader_number (reader, object, prefix, key, min, max, flags, value)
      && isnan (*value))
    *value = SPINECDS_UNKNOWN;
}

/* Null is -1 in a case; @min is never below 0, so that -1 stays free
 * for it. */
static void
read_integer (Reader           *reader,
              JsonObject       *object,
              const char       *prefix,
              const char       *key,
              int               min,
              int               max,
              SpineCdsJsonFlags flags,
              int              *value)
{
  double number;

  if (spinecds_json_reader_number (reader, object, prefix, key, min, max, flags | SPINECDS_JSON_INTEGER, &number))
    *value = isnan (number) ? -1 : (int) number;
}

static void
read_boolean (Reader           *reader,
              JsonObject       *object,
              const char       *prefix,
              const char       *key,
              SpineCdsJsonFlags flags,
              SpineCdsTristate *value)
{
  int parsed;

  if (spinecds_json_reader_boolean (reader, object, prefix, key, flags, &parsed))
    *value = parsed < 0 ? SPINECDS_TRISTATE_UNKNOWN
             : parsed   ? SPINECDS_TRISTATE_YES
                        : SPINECDS_TRISTATE_NO;
}

static gboolean
read_flag (Reader     *reader,
           JsonObject *object,
           const char *prefix,
           const char *key,
           gboolean    fallback)
{
  SpineCdsTristate value = fallback ? SPINECDS_TRISTATE_YES : SPINECDS_TRISTATE_NO;

  read_boolean (reader, object, prefix, key, SPINECDS_JSON_OPTIONAL, &value);
  return value == SPINECDS_TRISTATE_YES;
}

static const char *
read_optional_string (Reader     *reader,
                      JsonObject *object,
                      const char *prefix,
                      const char *key,
                      glong       max_chars)
{
  return spinecds_json_reader_string (reader, object, prefix, key, max_chars, SPINECDS_JSON_OPTIONAL);
}

static void
read_text (Reader          *reader,
           JsonObject      *object,
           const char      *prefix,
           const char      *key,
           glong            max_chars,
           SpineCdsCase    *kase,
           SpineCdsCaseText field)
{
  const char *text = read_optional_string (reader, object, prefix, key, max_chars);

  if (text != NULL)
    spinecds_case_set_text (kase, field, text);
}

/* "YYYY-MM-DD", a real calendar day, or null. */
static void
read_date (Reader          *reader,
           JsonObject      *object,
           const char      *prefix,
           const char      *key,
           SpineCdsCase    *kase,
           SpineCdsCaseText field)
{
  JsonNode        *node = spinecds_json_member (object, key);
  g_autofree char *path = NULL;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return;
  if (spinecds_json_node_is_string (node) && spinecds_case_date_is_valid (json_node_get_string (node)))
    {
      spinecds_case_set_text (kase, field, json_node_get_string (node));
      return;
    }
  path = spinecds_json_path_member (prefix, key);
  spinecds_json_reader_add_node (reader, path, "a date \"YYYY-MM-DD\" or null", node);
}

/* "" or a language tag ("de", "pt_BR"): the file does not depend on
 * which translations this machine has. */
static void
read_language (Reader       *reader,
               JsonObject   *patient,
               SpineCdsCase *kase)
{
  JsonNode *node = spinecds_json_member (patient, "language");

  if (node == NULL)
    return;
  if (spinecds_json_node_is_string (node) && spinecds_case_language_is_valid (json_node_get_string (node)))
    {
      spinecds_case_set_text (kase, SPINECDS_CASE_TEXT_PATIENT_LANGUAGE, json_node_get_string (node));
      return;
    }
  spinecds_json_reader_add_node (reader, "patient.language", "\"\" or a language code such as \"de\"", node);
}

static void
read_patient (Reader       *reader,
              JsonObject   *root,
              SpineCdsCase *kase)
{
  JsonObject *patient = spinecds_json_reader_object (reader, root, NULL, "patient", SPINECDS_JSON_REQUIRED);
  int         age = spinecds_case_get_age_years (kase);
  int         sex = spinecds_case_get_sex (kase);

  if (patient == NULL)
    return;

  spinecds_json_reader_check_keys (reader, patient, "patient", patient_keys);
  /* Null: not entered yet (case format 2, a new case or a draft). */
  read_integer (reader, patient, "patient", "age_years", 0, MAX_AGE_YEARS,
                SPINECDS_JSON_NULLABLE | SPINECDS_JSON_REQUIRED, &age);
  spinecds_json_reader_enum (reader, patient, "patient", "sex", SPINECDS_TYPE_SEX, -1, SPINECDS_JSON_OPTIONAL, &sex);

  spinecds_case_set_age_years (kase, age);
  spinecds_case_set_sex (kase, sex);
  read_text (reader, patient, "patient", "name", MAX_NAME_CHARS, kase, SPINECDS_CASE_TEXT_PATIENT_NAME);
  read_text (reader, patient, "patient", "identifier", MAX_ID_CHARS, kase, SPINECDS_CASE_TEXT_PATIENT_IDENTIFIER);
  read_date (reader, patient, "patient", "birth_date", kase, SPINECDS_CASE_TEXT_BIRTH_DATE);
  read_language (reader, patient, kase);
}

/* When both dates are there, the age is the age on the visit date. */
static void
check_age (Reader       *reader,
           SpineCdsCase *kase)
{
  int              age = spinecds_case_age_on_visit (kase);
  g_autofree char *expected = NULL;
  g_autofree char *found = NULL;

  /* A wrong age is reported once, as what it is. */
  if (age < 0 || age == spinecds_case_get_age_years (kase) || spinecds_json_reader_failed (reader))
    return;
  expected = g_strdup_printf ("%d (the age on visit_date of someone born on %s)", age,
                              spinecds_case_get_text (kase, SPINECDS_CASE_TEXT_BIRTH_DATE));
  found = spinecds_case_get_age_years (kase) < 0 ? g_strdup ("null")
                                                 : g_strdup_printf ("%d", spinecds_case_get_age_years (kase));
  spinecds_json_reader_add (reader, "patient.age_years", expected, found);
}

static void
read_presentation (Reader       *reader,
                   JsonObject   *root,
                   SpineCdsCase *kase)
{
  JsonObject *care;
  int         region = spinecds_case_get_region (kase);
  double      duration = spinecds_case_get_symptom_duration_weeks (kase);

  /* Null: not chosen yet (case format 2). */
  if (json_object_has_member (root, "region") && JSON_NODE_HOLDS_NULL (json_object_get_member (root, "region")))
    region = SPINECDS_REGION_UNKNOWN;
  else
    spinecds_json_reader_enum (reader, root, NULL, "region", SPINECDS_TYPE_REGION, SPINECDS_REGION_UNKNOWN,
                               SPINECDS_JSON_REQUIRED, &region);
  spinecds_case_set_region (kase, region);

  read_number (reader, root, NULL, "symptom_duration_weeks", 0, INFINITY, SPINECDS_JSON_NULLABLE, &duration);
  spinecds_case_set_symptom_duration_weeks (kase, duration);

  care = spinecds_json_reader_object (reader, root, NULL, "conservative_care", SPINECDS_JSON_OPTIONAL);
  if (care != NULL)
    {
      double weeks = spinecds_case_get_conservative_care_weeks (kase);
      int    response = spinecds_case_get_conservative_care_response (kase);

      spinecds_json_reader_check_keys (reader, care, "conservative_care", care_keys);
      read_number (reader, care, "conservative_care", "weeks", 0, INFINITY, SPINECDS_JSON_OPTIONAL, &weeks);
      spinecds_json_reader_enum (reader, care, "conservative_care", "response", SPINECDS_TYPE_RESPONSE, -1,
                                 SPINECDS_JSON_OPTIONAL, &response);
      spinecds_case_set_conservative_care_weeks (kase, weeks);
      spinecds_case_set_conservative_care_response (kase, response);
    }

  spinecds_case_set_intervention_candidate (kase,
                                            read_flag (reader, root, NULL, "intervention_candidate",
                                                       spinecds_case_get_intervention_candidate (kase)));
}

static const char *
code_noun (SpineCdsCodeKind kind)
{
  switch (kind)
    {
    case SPINECDS_CODE_KIND_SYMPTOM: return "symptom";
    case SPINECDS_CODE_KIND_SIGN: return "sign";
    case SPINECDS_CODE_KIND_HISTORY: return "history";
    case SPINECDS_CODE_KIND_FINDING:
    default: return "finding";
    }
}

static void
report_duplicate (Reader     *reader,
                  const char *path,
                  const char *code)
{
  g_autoptr(GString) found = g_string_new (NULL);

  spinecds_json_append_string (found, code);
  g_string_append (found, " again");
  spinecds_json_reader_add (reader, path, "each code once", found->str);
}

static void
read_codes (Reader          *reader,
            JsonObject      *root,
            SpineCdsCodeKind kind,
            SpineCdsCase    *kase)
{
  const char      *key = spinecds_code_kind_to_string (kind);
  g_autofree char *expected_array = g_strdup_printf ("an array of %s codes", code_noun (kind));
  g_autofree char *expected_code = g_strdup_printf ("a %s code", code_noun (kind));
  JsonArray       *array = spinecds_json_reader_array (reader, root, NULL, key, SPINECDS_JSON_OPTIONAL, expected_array);
  guint            n = array != NULL ? json_array_get_length (array) : 0;

  for (guint i = 0; i < n; i++)
    {
      JsonNode        *node = json_array_get_element (array, i);
      g_autofree char *path = g_strdup_printf ("%s[%u]", key, i);
      const char      *code = spinecds_json_node_is_string (node) ? json_node_get_string (node) : NULL;

      if (!spinecds_codes_is_valid (kind, code))
        spinecds_json_reader_add_node (reader, path, expected_code, node);
      else if (spinecds_case_has_code (kase, kind, code))
        report_duplicate (reader, path, code);
      else
        spinecds_case_set_code (kase, kind, code, TRUE);
    }
}

static void
read_finding (Reader       *reader,
              JsonNode     *node,
              const char   *path,
              SpineCdsCase *kase)
{
  g_autoptr(SpineCdsFinding) finding = NULL;
  g_autofree char *code_path = spinecds_json_path_member (path, "code");
  JsonObject      *object;
  JsonNode        *code_node;
  const char      *code;
  const char      *text;
  int              grade = SPINECDS_GRADE_NONE;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      spinecds_json_reader_add_node (reader, path, "an object", node);
      return;
    }

  object = json_node_get_object (node);
  spinecds_json_reader_check_keys (reader, object, path, finding_keys);

  code_node = json_object_get_member (object, "code");
  code = spinecds_json_node_is_string (code_node) ? json_node_get_string (code_node) : NULL;
  if (!spinecds_codes_is_valid (SPINECDS_CODE_KIND_FINDING, code))
    {
      spinecds_json_reader_add_node (reader, code_path, "a finding code", code_node);
      return;
    }
  finding = spinecds_finding_new (code);

  spinecds_json_reader_enum (reader, object, path, "grade", SPINECDS_TYPE_GRADE, SPINECDS_GRADE_NONE,
                             SPINECDS_JSON_OPTIONAL, &grade);
  spinecds_finding_set_grade (finding, grade);

  if ((text = read_optional_string (reader, object, path, "level", MAX_LEVEL_CHARS)) != NULL)
    spinecds_finding_set_level (finding, text);
  /* A code may repeat at different levels, not twice at one. */
  if (spinecds_case_has_finding_at (kase, code, spinecds_finding_get_level (finding)))
    {
      report_duplicate (reader, code_path, code);
      return;
    }
  if ((text = read_optional_string (reader, object, path, "note", 0)) != NULL)
    spinecds_finding_set_note (finding, text);

  spinecds_case_add_finding (kase, finding);
}

static void
read_imaging (Reader       *reader,
              JsonObject   *root,
              SpineCdsCase *kase)
{
  JsonObject *imaging = spinecds_json_reader_object (reader, root, NULL, "imaging", SPINECDS_JSON_OPTIONAL);
  JsonArray  *findings;
  const char *text;
  guint       n;

  if (imaging == NULL)
    return;

  spinecds_json_reader_check_keys (reader, imaging, "imaging", imaging_keys);
  spinecds_case_set_mri_done (kase,
                              read_flag (reader, imaging, "imaging", "mri_done",
                                         spinecds_case_get_mri_done (kase)));

  findings = spinecds_json_reader_array (reader, imaging, "imaging", "findings", SPINECDS_JSON_OPTIONAL,
                                         "an array of findings");
  n = findings != NULL ? json_array_get_length (findings) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *path = g_strdup_printf ("imaging.findings[%u]", i);

      read_finding (reader, json_array_get_element (findings, i), path, kase);
    }

  if ((text = read_optional_string (reader, imaging, "imaging", "report_text", MAX_TEXT_CHARS)) != NULL)
    spinecds_case_set_report_text (kase, text);
}

static void
read_labs (Reader       *reader,
           JsonObject   *root,
           SpineCdsCase *kase)
{
  JsonObject *labs = spinecds_json_reader_object (reader, root, NULL, "labs", SPINECDS_JSON_OPTIONAL);
  double      crp = spinecds_case_get_crp_mg_l (kase);
  double      temperature = spinecds_case_get_temperature_c (kase);
  int         mjoa = spinecds_case_get_mjoa (kase);

  if (labs != NULL)
    {
      spinecds_json_reader_check_keys (reader, labs, "labs", labs_keys);
      read_number (reader, labs, "labs", "crp_mg_l", 0, INFINITY, SPINECDS_JSON_NULLABLE, &crp);
      read_number (reader, labs, "labs", "temperature_c", MIN_TEMPERATURE_C, MAX_TEMPERATURE_C, SPINECDS_JSON_NULLABLE,
                   &temperature);
      spinecds_case_set_crp_mg_l (kase, crp);
      spinecds_case_set_temperature_c (kase, temperature);
    }

  read_integer (reader, root, NULL, "mjoa", 0, MAX_MJOA, SPINECDS_JSON_NULLABLE, &mjoa);
  spinecds_case_set_mjoa (kase, mjoa);
}

/* The numbers that cannot be null are required inside "surgery" and
 * "mscc": a default of 0 weeks or 0 paraplegic hours would be an
 * invented clinical fact, and the MSCC surgery criteria use them. */
static void
read_surgery (Reader       *reader,
              JsonObject   *root,
              SpineCdsCase *kase)
{
  JsonObject *surgery = spinecds_json_reader_object (reader, root, NULL, "surgery", SPINECDS_JSON_NULLABLE);
  double      weeks = spinecds_case_get_surgery_weeks_ago (kase);
  const char *procedure;

  if (surgery == NULL)
    return;

  spinecds_json_reader_check_keys (reader, surgery, "surgery", surgery_keys);
  read_number (reader, surgery, "surgery", "weeks_ago", 0, INFINITY, SPINECDS_JSON_REQUIRED, &weeks);
  if ((procedure = read_optional_string (reader, surgery, "surgery", "procedure", 0)) != NULL)
    spinecds_case_set_surgery_procedure (kase, procedure);

  spinecds_case_set_has_surgery (kase, TRUE);
  spinecds_case_set_surgery_weeks_ago (kase, weeks);
}

static void
read_mscc (Reader       *reader,
           JsonObject   *root,
           SpineCdsCase *kase)
{
  JsonObject      *mscc = spinecds_json_reader_object (reader, root, NULL, "mscc", SPINECDS_JSON_NULLABLE);
  int              areas = spinecds_case_get_mscc_separate_areas (kase);
  double           deficit = spinecds_case_get_mscc_deficit_hours (kase);
  double           paraplegic = spinecds_case_get_mscc_paraplegic_hours (kase);
  double           survival = spinecds_case_get_mscc_predicted_survival_months (kase);
  SpineCdsTristate radiosensitive = spinecds_case_get_mscc_radiosensitive (kase);

  if (mscc == NULL)
    return;

  spinecds_json_reader_check_keys (reader, mscc, "mscc", mscc_keys);
  read_integer (reader, mscc, "mscc", "separate_areas", 1, G_MAXINT, SPINECDS_JSON_REQUIRED, &areas);
  read_number (reader, mscc, "mscc", "deficit_hours", 0, INFINITY, SPINECDS_JSON_NULLABLE, &deficit);
  read_number (reader, mscc, "mscc", "paraplegic_hours", 0, INFINITY, SPINECDS_JSON_REQUIRED, &paraplegic);
  read_number (reader, mscc, "mscc", "predicted_survival_months", 0, INFINITY, SPINECDS_JSON_NULLABLE, &survival);
  read_boolean (reader, mscc, "mscc", "radiosensitive_histology", SPINECDS_JSON_NULLABLE, &radiosensitive);

  spinecds_case_set_has_mscc (kase, TRUE);
  spinecds_case_set_mscc_separate_areas (kase, areas);
  spinecds_case_set_mscc_deficit_hours (kase, deficit);
  spinecds_case_set_mscc_paraplegic_hours (kase, paraplegic);
  spinecds_case_set_mscc_predicted_survival_months (kase, survival);
  spinecds_case_set_mscc_radiosensitive (kase, radiosensitive);
}

static gboolean
is_blank (const char *text)
{
  for (; *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

static void
read_decision_kb (Reader      *reader,
                  JsonObject  *decision,
                  const char **id,
                  const char **version,
                  const char **checksum)
{
  JsonObject *kb = spinecds_json_reader_object (reader, decision, "decision", "knowledge_base", SPINECDS_JSON_REQUIRED);

  if (kb == NULL)
    return;
  spinecds_json_reader_check_keys (reader, kb, "decision.knowledge_base", decision_kb_keys);
  *id = spinecds_json_reader_string (reader, kb, "decision.knowledge_base", "id", MAX_ID_CHARS,
                                     SPINECDS_JSON_REQUIRED | SPINECDS_JSON_NON_EMPTY);
  *version = spinecds_json_reader_string (reader, kb, "decision.knowledge_base", "version", MAX_ID_CHARS,
                                          SPINECDS_JSON_REQUIRED | SPINECDS_JSON_NON_EMPTY);
  *checksum = spinecds_json_reader_string (reader, kb, "decision.knowledge_base", "checksum", MAX_ID_CHARS + 64,
                                           SPINECDS_JSON_REQUIRED | SPINECDS_JSON_NON_EMPTY);
}

/* What the clinician decided, on which plan (case format 2). */
static void
read_decision (Reader       *reader,
               JsonObject   *root,
               SpineCdsCase *kase)
{
  JsonObject *decision = spinecds_json_reader_object (reader, root, NULL, "decision", SPINECDS_JSON_NULLABLE);
  g_autoptr(SpineCdsDecision) record = NULL;
  g_autoptr(GDateTime) decided = NULL;
  const char *note = "", *clinician = "", *decided_at, *id = NULL, *version = NULL, *checksum = NULL;
  int         status = -1, triage = -1;

  if (decision == NULL)
    return;
  spinecds_json_reader_check_keys (reader, decision, "decision", decision_keys);
  spinecds_json_reader_enum (reader, decision, "decision", "status", SPINECDS_TYPE_DECISION_STATUS, -1,
                             SPINECDS_JSON_REQUIRED, &status);
  spinecds_json_reader_enum (reader, decision, "decision", "triage", SPINECDS_TYPE_TRIAGE, -1, SPINECDS_JSON_REQUIRED,
                             &triage);
  if ((note = read_optional_string (reader, decision, "decision", "note", MAX_DECISION_NOTE_CHARS)) == NULL)
    note = "";
  if ((clinician = read_optional_string (reader, decision, "decision", "clinician", MAX_NAME_CHARS)) == NULL)
    clinician = "";
  decided_at = spinecds_json_reader_string (reader, decision, "decision", "decided_at", 64, SPINECDS_JSON_REQUIRED);
  if (decided_at != NULL && (decided = g_date_time_new_from_iso8601 (decided_at, NULL)) == NULL)
    spinecds_json_reader_add_node (reader, "decision.decided_at", "an RFC 3339 date and time with an offset",
                                   json_object_get_member (decision, "decided_at"));
  read_decision_kb (reader, decision, &id, &version, &checksum);
  if (status >= 0 && spinecds_decision_status_needs_note (status) && is_blank (note))
    spinecds_json_reader_add (reader, "decision.note",
                              "a note saying what was done instead and why (the plan was modified or declined)",
                              "none");

  if (spinecds_json_reader_failed (reader) || status < 0 || triage < 0 || decided == NULL)
    return;
  record = spinecds_decision_new (status, note, clinician, decided_at, triage, id, version, checksum);
  spinecds_case_set_decision (kase, record);
}

/* Format and version come first and stop the reading when wrong: the
 * other rules mean nothing for a file of another kind or version. */
static gboolean
check_header (const char *name,
              JsonObject *root,
              GError    **error)
{
  JsonNode        *format = json_object_get_member (root, "format");
  JsonNode        *version = json_object_get_member (root, "version");
  g_autofree char *found = NULL;

  if (!spinecds_json_node_is_string (format) || strcmp (json_node_get_string (format), FORMAT_NAME) != 0)
    {
      found = spinecds_json_reader_describe (format);
      g_set_error (error, SPINECDS_CASE_FILE_ERROR, SPINECDS_CASE_FILE_ERROR_INVALID,
                   "%s: format: expected \"%s\", found %s", name, FORMAT_NAME, found);
      return FALSE;
    }

  if (spinecds_json_node_is_integer (version) && json_node_get_int (version) > FORMAT_VERSION)
    {
      g_set_error (error, SPINECDS_CASE_FILE_ERROR, SPINECDS_CASE_FILE_ERROR_NEWER,
                   "%s: version: expected %d, found %" G_GINT64_FORMAT
                   " (the file was made by a newer SpineCDS)",
                   name, FORMAT_VERSION, json_node_get_int (version));
      return FALSE;
    }

  /* Version 1 files load as version 2 with its defaults. */
  if (!spinecds_json_node_is_integer (version) || json_node_get_int (version) < 1)
    {
      found = spinecds_json_reader_describe (version);
      g_set_error (error, SPINECDS_CASE_FILE_ERROR, SPINECDS_CASE_FILE_ERROR_INVALID,
                   "%s: version: expected the integer 1 or %d, found %s", name, FORMAT_VERSION, found);
      return FALSE;
    }

  return TRUE;
}

static SpineCdsCase *
read_case (Reader     *reader,
           JsonObject *root)
{
  g_autoptr(SpineCdsCase) kase = spinecds_case_new ();
  const char *notes;

  spinecds_json_reader_check_keys (reader, root, NULL, root_keys);
  read_patient (reader, root, kase);
  read_date (reader, root, NULL, "visit_date", kase, SPINECDS_CASE_TEXT_VISIT_DATE);
  check_age (reader, kase);
  read_presentation (reader, root, kase);
  read_codes (reader, root, SPINECDS_CODE_KIND_SYMPTOM, kase);
  read_codes (reader, root, SPINECDS_CODE_KIND_SIGN, kase);
  read_codes (reader, root, SPINECDS_CODE_KIND_HISTORY, kase);
  read_imaging (reader, root, kase);
  read_labs (reader, root, kase);
  read_surgery (reader, root, kase);
  read_mscc (reader, root, kase);

  if ((notes = read_optional_string (reader, root, NULL, "notes", MAX_TEXT_CHARS)) != NULL)
    spinecds_case_set_notes (kase, notes);
  read_decision (reader, root, kase);

  return spinecds_json_reader_failed (reader) ? NULL : g_steal_pointer (&kase);
}

SpineCdsCase *
spinecds_case_file_parse (const char *data,
                          gsize       length,
                          const char *display_name,
                          GError    **error)
{
  g_autoptr(JsonNode) node = NULL;
  g_auto(SpineCdsJsonReader) reader = { 0 };
  g_autoptr(SpineCdsCase) kase = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  node = spinecds_json_parse (data, length, SPINECDS_CASE_FILE_MAX_SIZE, display_name,
                              SPINECDS_CASE_FILE_ERROR, SPINECDS_CASE_FILE_ERROR_INVALID,
                              error);
  if (node == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_autofree char *found = spinecds_json_describe (node);

      g_set_error (error, SPINECDS_CASE_FILE_ERROR, SPINECDS_CASE_FILE_ERROR_INVALID,
                   "%s: expected a JSON object, found %s", display_name, found);
      return NULL;
    }

  if (!check_header (display_name, json_node_get_object (node), error))
    return NULL;

  spinecds_json_reader_init (&reader, display_name);
  kase = read_case (&reader, json_node_get_object (node));
  if (kase == NULL)
    {
      spinecds_json_reader_set_error (&reader, error, SPINECDS_CASE_FILE_ERROR,
                                      SPINECDS_CASE_FILE_ERROR_INVALID);
      return NULL;
    }

  return g_steal_pointer (&kase);
}

/* The file's bytes, or an error naming it: "could not open" for what is
 * no file or cannot be read, "expected at most" for a file too large. */
static GBytes *
read_limited (GFile        *file,
              const char   *name,
              GCancellable *cancellable,
              GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  GBytes *bytes = spinecds_bounded_file_read (file, SPINECDS_CASE_FILE_MAX_SIZE, cancellable, &local_error);

  if (bytes != NULL)
    return bytes;
  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE))
    g_set_error (error, SPINECDS_CASE_FILE_ERROR, SPINECDS_CASE_FILE_ERROR_INVALID,
                 "%s: expected a file of at most %d bytes, found a larger file", name, SPINECDS_CASE_FILE_MAX_SIZE);
  else
    g_set_error (error, SPINECDS_CASE_FILE_ERROR, SPINECDS_CASE_FILE_ERROR_IO,
                 "%s: could not open the file (%s)", name, local_error->message);
  return NULL;
}

static SpineCdsCase *
load (GFile        *file,
      GCancellable *cancellable,
      GError      **error)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(GBytes) bytes = read_limited (file, name, cancellable, error);
  gsize       length;
  const char *data;

  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &length);
  return spinecds_case_file_parse (data != NULL ? data : "", length, name, error);
}

SpineCdsCase *
spinecds_case_file_load (GFile   *file,
                         GError **error)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return load (file, NULL, error);
}

static void
load_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  GError       *error = NULL;
  SpineCdsCase *loaded = load (task_data, cancellable, &error);

  if (loaded != NULL)
    {
      /* Here, not when the plan is drawn on the main loop. */
      spinecds_case_read_report_in_worker (loaded);
      g_task_return_pointer (task, loaded, g_object_unref);
    }
  else
    g_task_return_error (task, error);
}

/* A reading started before it was asked for: the loaded case or the
 * error, and the task that asked before the reading was done, whose
 * cancellable (@claimer) cancels the reading (@cancellable). */
typedef struct
{
  GFile        *file;
  GCancellable *cancellable;
  SpineCdsCase *loaded;
  GError       *error;
  gboolean      done;
  GTask        *waiting;
  GCancellable *claimer;
  gulong        claimer_handler;
} Prefetch;

static GMutex    prefetch_lock;
static Prefetch *unclaimed; /* at most one, claimed once */

static void
prefetch_free (Prefetch *prefetch)
{
  g_object_unref (prefetch->file);
  g_object_unref (prefetch->cancellable);
  g_clear_object (&prefetch->loaded);
  g_clear_error (&prefetch->error);
  g_free (prefetch);
}

static void
return_prefetched (GTask    *task,
                   Prefetch *prefetch)
{
  if (prefetch->loaded != NULL)
    g_task_return_pointer (task, g_steal_pointer (&prefetch->loaded), g_object_unref);
  else
    g_task_return_error (task, g_steal_pointer (&prefetch->error));
}

static void
cancel_reading (GCancellable *claimer,
                GCancellable *reading)
{
  g_cancellable_cancel (reading);
}

static gpointer
prefetch_in_thread (gpointer data)
{
  Prefetch *prefetch = data;
  g_autoptr(GTask) waiting = NULL;
  g_autoptr(GCancellable) claimer = NULL;
  gulong claimer_handler;

  prefetch->loaded = load (prefetch->file, prefetch->cancellable, &prefetch->error);
  if (prefetch->loaded != NULL)
    spinecds_case_read_report_in_worker (prefetch->loaded);

  g_mutex_lock (&prefetch_lock);
  prefetch->done = TRUE;
  waiting = g_steal_pointer (&prefetch->waiting);
  claimer = g_steal_pointer (&prefetch->claimer);
  claimer_handler = prefetch->claimer_handler;
  /* Not yet claimed: the one that claims it frees it. */
  if (waiting == NULL && unclaimed == prefetch)
    prefetch = NULL;
  g_mutex_unlock (&prefetch_lock);

  if (claimer != NULL)
    g_cancellable_disconnect (claimer, claimer_handler);
  if (waiting != NULL)
    return_prefetched (waiting, prefetch);
  if (prefetch != NULL)
    prefetch_free (prefetch);
  return NULL;
}

void
spinecds_case_file_prefetch (GFile *file)
{
  Prefetch *prefetch, *replaced;
  GThread  *thread;

  g_return_if_fail (G_IS_FILE (file));

  prefetch = g_new0 (Prefetch, 1);
  prefetch->file = g_object_ref (file);
  prefetch->cancellable = g_cancellable_new ();
  g_mutex_lock (&prefetch_lock);
  /* An unclaimed earlier one still being read is its thread's to free. */
  replaced = unclaimed != NULL && unclaimed->done ? unclaimed : NULL;
  unclaimed = prefetch;
  g_mutex_unlock (&prefetch_lock);
  g_clear_pointer (&replaced, prefetch_free);

  thread = g_thread_try_new ("spinecds-prefetch", prefetch_in_thread, prefetch, NULL);
  if (thread != NULL)
    g_thread_unref (thread);
  else
    prefetch_in_thread (prefetch); /* no thread to be had: read it here, as it may be claimed already */
}

/* Gives @task the reading of @file started before it asked, if there
 * is one: at once when it is done, or when it is. */
static gboolean
claim_prefetch (GFile *file,
                GTask *task)
{
  GCancellable *claimer = g_task_get_cancellable (task);
  Prefetch     *prefetch;
  gboolean      done;

  g_mutex_lock (&prefetch_lock);
  prefetch = unclaimed;
  if (prefetch == NULL || !g_file_equal (prefetch->file, file))
    {
      g_mutex_unlock (&prefetch_lock);
      return FALSE;
    }
  unclaimed = NULL;
  /* Read here: once the lock is let go, a reading not yet done is its
   * thread's to hand over and free. */
  done = prefetch->done;
  if (!done)
    {
      prefetch->waiting = g_object_ref (task);
      /* Connected under the lock, so that the thread, done, finds the
       * handler to disconnect. cancel_reading takes no lock of ours. */
      if (claimer != NULL)
        {
          prefetch->claimer = g_object_ref (claimer);
          prefetch->claimer_handler = g_cancellable_connect (claimer, G_CALLBACK (cancel_reading),
                                                             g_object_ref (prefetch->cancellable),
                                                             g_object_unref);
        }
    }
  g_mutex_unlock (&prefetch_lock);

  if (done)
    {
      /* Not the file's name: it is often the patient's. */
      g_debug ("A case was read before it was asked for");
      return_prefetched (task, prefetch);
      prefetch_free (prefetch);
    }
  else
    g_debug ("A case is being read since before it was asked for");
  return TRUE;
}

void
spinecds_case_file_load_async (GFile              *file,
                               GCancellable       *cancellable,
                               GAsyncReadyCallback callback,
                               gpointer            user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, spinecds_case_file_load_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  if (!claim_prefetch (file, task))
    g_task_run_in_thread (task, load_in_thread);
}

SpineCdsCase *
spinecds_case_file_load_finish (GAsyncResult *result,
                                GError      **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == spinecds_case_file_load_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* }}} */

/* Writing {{{ */

typedef struct
{
  GString *out;
  guint    depth;
  gboolean has_items; /* in the innermost open object or array */
} Writer;

/* Starts a member (@key non-NULL) or an array element on its own line. */
static void
writer_item (Writer     *writer,
             const char *key)
{
  if (writer->has_items)
    g_string_append_c (writer->out, ',');
  g_string_append_c (writer->out, '\n');
  spinecds_json_append_indent (writer->out, writer->depth);

  if (key != NULL)
    {
      spinecds_json_append_string (writer->out, key);
      g_string_append (writer->out, ": ");
    }

  writer->has_items = TRUE;
}

static void
writer_open (Writer     *writer,
             const char *key,
             char        bracket)
{
  if (writer->depth > 0 || writer->out->len > 0)
    writer_item (writer, key);
  g_string_append_c (writer->out, bracket);
  writer->depth++;
  writer->has_items = FALSE;
}

/* An empty container closes on the same line: "[]". */
static void
writer_close (Writer *writer,
              char    bracket)
{
  writer->depth--;
  if (writer->has_items)
    {
      g_string_append_c (writer->out, '\n');
      spinecds_json_append_indent (writer->out, writer->depth);
    }
  g_string_append_c (writer->out, bracket);
  writer->has_items = TRUE;
}

static void
write_string (Writer     *writer,
              const char *key,
              const char *value)
{
  writer_item (writer, key);
  spinecds_json_append_string (writer->out, value);
}

/* Negative numbers are "unknown" and written as null. */
static void
write_number (Writer     *writer,
              const char *key,
              double      value)
{
  writer_item (writer, key);
  if (SPINECDS_IS_KNOWN (value))
    spinecds_json_append_number (writer->out, value);
  else
    g_string_append (writer->out, "null");
}

static void
write_literal (Writer     *writer,
               const char *key,
               const char *literal)
{
  writer_item (writer, key);
  g_string_append (writer->out, literal);
}

static void
write_boolean (Writer     *writer,
               const char *key,
               gboolean    value)
{
  write_literal (writer, key, value ? "true" : "false");
}

static void
write_enum (Writer     *writer,
            const char *key,
            GType       enum_type,
            int         value)
{
  write_string (writer, key, spinecds_enum_to_nick (enum_type, value));
}

static void
write_codes (Writer          *writer,
             SpineCdsCase    *self,
             SpineCdsCodeKind kind)
{
  const char * const *codes = spinecds_case_get_codes (self, kind);

  writer_open (writer, spinecds_code_kind_to_string (kind), '[');
  for (guint i = 0; codes[i] != NULL; i++)
    write_string (writer, NULL, codes[i]);
  writer_close (writer, ']');
}

static void
write_finding (Writer          *writer,
               SpineCdsFinding *finding)
{
  SpineCdsGrade grade = spinecds_finding_get_grade (finding);

  writer_open (writer, NULL, '{');
  write_string (writer, "code", spinecds_finding_get_code (finding));
  /* Absent, not "none": the file spells "no grade" by leaving it out. */
  if (grade != SPINECDS_GRADE_NONE)
    write_enum (writer, "grade", SPINECDS_TYPE_GRADE, grade);
  if (spinecds_finding_get_level (finding) != NULL)
    write_string (writer, "level", spinecds_finding_get_level (finding));
  if (spinecds_finding_get_note (finding) != NULL)
    write_string (writer, "note", spinecds_finding_get_note (finding));
  writer_close (writer, '}');
}

static void
write_imaging (Writer       *writer,
               SpineCdsCase *self)
{
  GListModel *findings = spinecds_case_get_findings (self);
  guint       n = g_list_model_get_n_items (findings);

  writer_open (writer, "imaging", '{');
  write_boolean (writer, "mri_done", spinecds_case_get_mri_done (self));
  writer_open (writer, "findings", '[');
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SpineCdsFinding) finding = g_list_model_get_item (findings, i);

      write_finding (writer, finding);
    }
  writer_close (writer, ']');
  write_string (writer, "report_text", spinecds_case_get_report_text (self));
  writer_close (writer, '}');
}

static void
write_surgery (Writer       *writer,
               SpineCdsCase *self)
{
  if (!spinecds_case_get_has_surgery (self))
    {
      write_literal (writer, "surgery", "null");
      return;
    }

  writer_open (writer, "surgery", '{');
  write_number (writer, "weeks_ago", spinecds_case_get_surgery_weeks_ago (self));
  write_string (writer, "procedure", spinecds_case_get_surgery_procedure (self));
  writer_close (writer, '}');
}

static void
write_date (Writer     *writer,
            const char *key,
            const char *date)
{
  if (date == NULL || *date == '\0')
    write_literal (writer, key, "null");
  else
    write_string (writer, key, date);
}

static void
write_decision (Writer                 *writer,
                const SpineCdsDecision *decision)
{
  if (decision == NULL)
    {
      write_literal (writer, "decision", "null");
      return;
    }
  writer_open (writer, "decision", '{');
  write_enum (writer, "status", SPINECDS_TYPE_DECISION_STATUS, decision->status);
  write_string (writer, "note", decision->note);
  write_string (writer, "clinician", decision->clinician);
  write_string (writer, "decided_at", decision->decided_at);
  write_enum (writer, "triage", SPINECDS_TYPE_TRIAGE, decision->triage);
  writer_open (writer, "knowledge_base", '{');
  write_string (writer, "id", decision->kb_id);
  write_string (writer, "version", decision->kb_version);
  write_string (writer, "checksum", decision->kb_checksum);
  writer_close (writer, '}');
  writer_close (writer, '}');
}

static void
write_mscc (Writer       *writer,
            SpineCdsCase *self)
{
  SpineCdsTristate radiosensitive;

  if (!spinecds_case_get_has_mscc (self))
    {
      write_literal (writer, "mscc", "null");
      return;
    }

  radiosensitive = spinecds_case_get_mscc_radiosensitive (self);

  writer_open (writer, "mscc", '{');
  write_number (writer, "separate_areas", spinecds_case_get_mscc_separate_areas (self));
  write_number (writer, "deficit_hours", spinecds_case_get_mscc_deficit_hours (self));
  write_number (writer, "paraplegic_hours", spinecds_case_get_mscc_paraplegic_hours (self));
  write_number (writer, "predicted_survival_months",
                spinecds_case_get_mscc_predicted_survival_months (self));
  write_literal (writer, "radiosensitive_histology",
                 radiosensitive == SPINECDS_TRISTATE_YES  ? "true"
                 : radiosensitive == SPINECDS_TRISTATE_NO ? "false"
                                                          : "null");
  writer_close (writer, '}');
}

char *
spinecds_case_file_serialize (SpineCdsCase *self,
                              gsize        *length)
{
  Writer writer = { g_string_new (NULL), 0, FALSE };

  g_return_val_if_fail (SPINECDS_IS_CASE (self), NULL);

  writer_open (&writer, NULL, '{');
  write_string (&writer, "format", FORMAT_NAME);
  write_number (&writer, "version", FORMAT_VERSION);

  writer_open (&writer, "patient", '{');
  write_string (&writer, "name", spinecds_case_get_text (self, SPINECDS_CASE_TEXT_PATIENT_NAME));
  write_string (&writer, "identifier", spinecds_case_get_text (self, SPINECDS_CASE_TEXT_PATIENT_IDENTIFIER));
  write_date (&writer, "birth_date", spinecds_case_get_text (self, SPINECDS_CASE_TEXT_BIRTH_DATE));
  write_number (&writer, "age_years", spinecds_case_get_age_years (self));
  write_enum (&writer, "sex", SPINECDS_TYPE_SEX, spinecds_case_get_sex (self));
  write_string (&writer, "language", spinecds_case_get_text (self, SPINECDS_CASE_TEXT_PATIENT_LANGUAGE));
  writer_close (&writer, '}');

  write_date (&writer, "visit_date", spinecds_case_get_text (self, SPINECDS_CASE_TEXT_VISIT_DATE));
  if (spinecds_case_get_region (self) == SPINECDS_REGION_UNKNOWN)
    write_literal (&writer, "region", "null");
  else
    write_enum (&writer, "region", SPINECDS_TYPE_REGION, spinecds_case_get_region (self));
  write_number (&writer, "symptom_duration_weeks", spinecds_case_get_symptom_duration_weeks (self));

  writer_open (&writer, "conservative_care", '{');
  write_number (&writer, "weeks", spinecds_case_get_conservative_care_weeks (self));
  write_enum (&writer, "response", SPINECDS_TYPE_RESPONSE,
              spinecds_case_get_conservative_care_response (self));
  writer_close (&writer, '}');

  write_boolean (&writer, "intervention_candidate", spinecds_case_get_intervention_candidate (self));
  write_codes (&writer, self, SPINECDS_CODE_KIND_SYMPTOM);
  write_codes (&writer, self, SPINECDS_CODE_KIND_SIGN);
  write_codes (&writer, self, SPINECDS_CODE_KIND_HISTORY);
  write_imaging (&writer, self);

  writer_open (&writer, "labs", '{');
  write_number (&writer, "crp_mg_l", spinecds_case_get_crp_mg_l (self));
  write_number (&writer, "temperature_c", spinecds_case_get_temperature_c (self));
  writer_close (&writer, '}');

  write_number (&writer, "mjoa", spinecds_case_get_mjoa (self));
  write_surgery (&writer, self);
  write_mscc (&writer, self);
  write_string (&writer, "notes", spinecds_case_get_notes (self));
  write_decision (&writer, spinecds_case_get_decision (self));
  writer_close (&writer, '}');
  g_string_append_c (writer.out, '\n');

  if (length != NULL)
    *length = writer.out->len;

  return g_string_free (writer.out, FALSE);
}

/* Saving {{{ */

/* What a save writes, taken from the case at once so that the writing
 * can happen elsewhere while the user goes on editing. */
typedef struct
{
  char *name;
  char *path;
  char *data;
  gsize length;
  char *warning;
} Save;

static void
save_free (Save *save)
{
  g_free (save->name);
  g_free (save->path);
  g_free (save->data);
  g_free (save->warning);
  g_free (save);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Save, save_free)

static Save *
save_new (SpineCdsCase *self,
          GFile        *file,
          GError      **error)
{
  g_autoptr(Save) save = g_new0 (Save, 1);

  save->name = g_file_get_basename (file);
  save->path = g_file_get_path (file);
  if (save->path == NULL)
    {
      g_set_error (error, SPINECDS_CASE_FILE_ERROR, SPINECDS_CASE_FILE_ERROR_IO,
                   "%s: could not save: only local files can be saved", save->name);
      return NULL;
    }
  save->data = spinecds_case_file_serialize (self, &save->length);
  return g_steal_pointer (&save);
}

static gboolean
save_write (Save    *save,
            GError **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(SpineCdsCase) check = NULL;

  /* Never write a file that SpineCDS would refuse to open: the model
   * accepts some values the format does not (a temperature of 20 °C,
   * a 33-character level), and the reader is the one judge of that. */
  check = spinecds_case_file_parse (save->data, save->length, save->name, error);
  if (check == NULL)
    return FALSE;

  /* A case opened through a link to one's own file is saved to that
   * file; the link stays a link. */
  if (!spinecds_safe_file_replace (save->path, save->data, save->length,
                                   SPINECDS_SAFE_FILE_BACKUP | SPINECDS_SAFE_FILE_FOLLOW_OWN_LINK,
                                   &save->warning, &local_error))
    {
      g_set_error (error, SPINECDS_CASE_FILE_ERROR, SPINECDS_CASE_FILE_ERROR_IO, "%s: could not save: %s",
                   save->name, local_error->message);
      return FALSE;
    }
  return TRUE;
}

gboolean
spinecds_case_file_save (SpineCdsCase *self,
                         GFile        *file,
                         char        **warning,
                         GError      **error)
{
  g_autoptr(Save) save = NULL;

  g_return_val_if_fail (SPINECDS_IS_CASE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  save = save_new (self, file, error);
  if (save == NULL || !save_write (save, error))
    return FALSE;
  if (warning != NULL)
    *warning = g_steal_pointer (&save->warning);
  return TRUE;
}

static void
save_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  GError *error = NULL;

  if (save_write (task_data, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
spinecds_case_file_save_async (SpineCdsCase       *self,
                               GFile              *file,
                               GCancellable       *cancellable,
                               GAsyncReadyCallback callback,
                               gpointer            user_data)
{
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;
  Save   *save;

  g_return_if_fail (SPINECDS_IS_CASE (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, spinecds_case_file_save_async);
  /* A save that has begun runs to its end and reports how it ended:
   * "cancelled" would hide a file that was written. */
  g_task_set_check_cancellable (task, FALSE);
  save = save_new (self, file, &error);
  if (save == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_set_task_data (task, save, (GDestroyNotify) save_free);
  g_task_run_in_thread (task, save_in_thread);
}

gboolean
spinecds_case_file_save_finish (GAsyncResult *result,
                                char        **warning,
                                GError      **error)
{
  Save *save;

  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == spinecds_case_file_save_async, FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;
  save = g_task_get_task_data (G_TASK (result));
  if (warning != NULL && save != NULL)
    *warning = g_steal_pointer (&save->warning);
  return TRUE;
}

/* }}} */

/* }}} */

GFile *
spinecds_case_file_name_for_save (GFile *chosen)
{
  g_autofree char *name = NULL;
  g_autofree char *with_extension = NULL;
  g_autoptr(GFile) parent = NULL;
  g_autoptr(GFile) extended = NULL;

  g_return_val_if_fail (G_IS_FILE (chosen), NULL);

  name = g_file_get_basename (chosen);
  parent = g_file_get_parent (chosen);
  if (name == NULL || parent == NULL || strchr (name, '.') != NULL)
    return g_object_ref (chosen);
  with_extension = g_strconcat (name, ".spinecase", NULL);
  extended = g_file_get_child (parent, with_extension);
  /* The chooser confirmed replacing @chosen, not another file: an
   * existing "NAME.spinecase" is never overwritten unasked. */
  if (g_file_query_exists (extended, NULL))
    return g_object_ref (chosen);
  return g_steal_pointer (&extended);
}
