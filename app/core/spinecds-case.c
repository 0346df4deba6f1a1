/* spinecds-case.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "spinecds-case"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <math.h>

#include "spinecds-case.h"
#include "spinecds-codes.h"
#include "spinecds-enums.h"
#include "spinecds-report-vocabulary.h"

#define MAX_AGE_YEARS 120
#define MAX_MJOA 18

struct _SpineCdsCase
{
  GObject               parent_instance;

  /* Who and when (case format 2): "" when not given. */
  char                 *texts[SPINECDS_CASE_N_TEXTS];
  int                   age_years; /* -1 until entered */
  SpineCdsSex           sex;
  SpineCdsRegion        region;
  double                symptom_duration_weeks;
  double                conservative_care_weeks;
  SpineCdsResponse      conservative_care_response;
  gboolean              intervention_candidate;

  /* Symptoms, signs and history: NULL-terminated arrays of the static
   * code strings of spinecds-codes.c, in insertion order. */
  GPtrArray            *codes[SPINECDS_CODE_KIND_FINDING];

  gboolean              mri_done;
  GListStore           *findings;
  /* The finding codes as returned by get_codes(); rebuilt on demand. */
  GPtrArray            *finding_codes;
  char                 *report_text;
  /* What report_text names; NULL until read, dropped when it changes. */
  SpineCdsReportDigest *report_digest;

  double                crp_mg_l;
  double                temperature_c;
  int                   mjoa;

  gboolean              has_surgery;
  double                surgery_weeks_ago;
  char                 *surgery_procedure;

  gboolean              has_mscc;
  int                   mscc_separate_areas;
  double                mscc_deficit_hours;
  double                mscc_paraplegic_hours;
  double                mscc_predicted_survival_months;
  SpineCdsTristate      mscc_radiosensitive;

  char                 *notes;
  SpineCdsDecision     *decision; /* or NULL */

  /* While > 0, ::changed is held back and emitted once at the end, so
   * that assign() is one change for the evaluator and the views. */
  guint                 change_freeze;
  guint                 change_pending : 1;
};

G_DEFINE_FINAL_TYPE (SpineCdsCase, spinecds_case, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_AGE_YEARS,
  PROP_SEX,
  PROP_REGION,
  PROP_SYMPTOM_DURATION_WEEKS,
  PROP_CONSERVATIVE_CARE_WEEKS,
  PROP_CONSERVATIVE_CARE_RESPONSE,
  PROP_INTERVENTION_CANDIDATE,
  PROP_MRI_DONE,
  PROP_FINDINGS,
  PROP_REPORT_TEXT,
  PROP_CRP_MG_L,
  PROP_TEMPERATURE_C,
  PROP_MJOA,
  PROP_HAS_SURGERY,
  PROP_SURGERY_WEEKS_AGO,
  PROP_SURGERY_PROCEDURE,
  PROP_HAS_MSCC,
  PROP_MSCC_SEPARATE_AREAS,
  PROP_MSCC_DEFICIT_HOURS,
  PROP_MSCC_PARAPLEGIC_HOURS,
  PROP_MSCC_PREDICTED_SURVIVAL_MONTHS,
  PROP_MSCC_RADIOSENSITIVE,
  PROP_NOTES,
  PROP_DECISION,
  PROP_PATIENT_NAME,
  PROP_PATIENT_IDENTIFIER,
  PROP_BIRTH_DATE,
  PROP_PATIENT_LANGUAGE,
  PROP_VISIT_DATE,
  N_PROPS
};

enum
{
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

/* Change tracking {{{ */

static void
emit_changed (SpineCdsCase *self)
{
  if (self->change_freeze > 0)
    self->change_pending = TRUE;
  else
    g_signal_emit (self, signals[CHANGED], 0);
}

static void
freeze_changed (SpineCdsCase *self)
{
  g_object_freeze_notify (G_OBJECT (self));
  self->change_freeze++;
}

static void
thaw_changed (SpineCdsCase *self)
{
  g_assert (self->change_freeze > 0);

  /* Property notifications first, so a ::changed handler sees a
   * consistent object whichever signal it listens to. */
  g_object_thaw_notify (G_OBJECT (self));

  if (--self->change_freeze == 0 && self->change_pending)
    {
      self->change_pending = FALSE;
      g_signal_emit (self, signals[CHANGED], 0);
    }
}

static void
notify_changed (SpineCdsCase *self,
                guint         prop_id)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
  emit_changed (self);
}

/* Adding 0.0 turns -0.0 into 0.0: one spelling of zero keeps equal()
 * and the "real change" test exact. */
static void
set_double (SpineCdsCase *self,
            double       *slot,
            double        value,
            guint         prop_id)
{
  value += 0.0;
  if (*slot == value)
    return;

  *slot = value;
  notify_changed (self, prop_id);
}

/* Every negative value means "unknown"; storing one spelling of it
 * keeps equal() and the "real change" test exact too. */
static void
set_nullable_double (SpineCdsCase *self,
                     double       *slot,
                     double        value,
                     guint         prop_id)
{
  set_double (self, slot, value < 0.0 ? SPINECDS_UNKNOWN : value, prop_id);
}

static void
set_int (SpineCdsCase *self,
         int          *slot,
         int           value,
         guint         prop_id)
{
  if (*slot == value)
    return;

  *slot = value;
  notify_changed (self, prop_id);
}

static void
set_boolean (SpineCdsCase *self,
             gboolean     *slot,
             gboolean      value,
             guint         prop_id)
{
  set_int (self, slot, !!value, prop_id);
}

/* Strings of the model are never NULL: a NULL argument means "". */
static void
set_string (SpineCdsCase *self,
            char        **slot,
            const char   *value,
            guint         prop_id)
{
  if (value == NULL)
    value = "";

  if (g_strcmp0 (*slot, value) == 0)
    return;

  g_free (*slot);
  *slot = g_strdup (value);
  notify_changed (self, prop_id);
}

/* }}} */

/* Findings bookkeeping {{{ */

static void
on_finding_notify (SpineCdsFinding *finding,
                   GParamSpec      *pspec,
                   SpineCdsCase    *self)
{
  /* The code is construct-only, so every notification is an edit of
   * grade, level or note, and findings notify on real changes only. */
  emit_changed (self);
}

static void
watch_finding (SpineCdsCase    *self,
               SpineCdsFinding *finding)
{
  g_signal_connect (finding, "notify", G_CALLBACK (on_finding_notify), self);
}

static void
unwatch_finding (SpineCdsCase    *self,
                 SpineCdsFinding *finding)
{
  g_signal_handlers_disconnect_by_func (finding, on_finding_notify, self);
}

static void
unwatch_all_findings (SpineCdsCase *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->findings));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SpineCdsFinding) finding = g_list_model_get_item (G_LIST_MODEL (self->findings), i);

      unwatch_finding (self, finding);
    }
}

static void
on_findings_items_changed (GListModel   *model,
                           guint         position,
                           guint         removed,
                           guint         added,
                           SpineCdsCase *self)
{
  g_clear_pointer (&self->finding_codes, g_ptr_array_unref);
}

/* The position of the first finding of @code at @level (NULL: none
 * given), or at any level with @any_level; -1 when there is none. A
 * code may repeat at different levels (case format 2). */
static int
find_finding_at (SpineCdsCase *self,
                 const char   *code,
                 gboolean      any_level,
                 const char   *level)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->findings));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SpineCdsFinding) finding = g_list_model_get_item (G_LIST_MODEL (self->findings), i);

      if (g_strcmp0 (spinecds_finding_get_code (finding), code) == 0
          && (any_level || g_strcmp0 (spinecds_finding_get_level (finding), level) == 0))
        return (int) i;
    }

  return -1;
}

static int
find_finding (SpineCdsCase *self,
              const char   *code)
{
  return find_finding_at (self, code, TRUE, NULL);
}

/* Replaces @old, at @position, in place, so the list keeps the order
 * the physician (or the file) gave. The object is swapped even when the
 * content is equal, so that later edits of @finding reach this case. */
static void
replace_finding (SpineCdsCase    *self,
                 guint            position,
                 SpineCdsFinding *old,
                 SpineCdsFinding *finding)
{
  unwatch_finding (self, old);
  watch_finding (self, finding);
  g_list_store_splice (self->findings, position, 1, (gpointer *) &finding, 1);

  if (!spinecds_finding_equal (old, finding))
    emit_changed (self);
}

static gboolean
findings_equal (GListModel *a,
                GListModel *b)
{
  guint n = g_list_model_get_n_items (a);

  if (n != g_list_model_get_n_items (b))
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SpineCdsFinding) fa = g_list_model_get_item (a, i);
      g_autoptr(SpineCdsFinding) fb = g_list_model_get_item (b, i);

      if (!spinecds_finding_equal (fa, fb))
        return FALSE;
    }

  return TRUE;
}

/* }}} */

/* Code sets {{{ */

static gboolean
codes_equal (GPtrArray *a,
             GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;

  for (guint i = 0; i < a->len; i++)
    if (g_strcmp0 (g_ptr_array_index (a, i), g_ptr_array_index (b, i)) != 0)
      return FALSE;

  return TRUE;
}

static int
find_code (GPtrArray  *codes,
           const char *code)
{
  for (guint i = 0; i < codes->len; i++)
    if (g_strcmp0 (g_ptr_array_index (codes, i), code) == 0)
      return (int) i;

  return -1;
}

static void
copy_codes (GPtrArray *to,
            GPtrArray *from)
{
  g_ptr_array_set_size (to, 0);
  for (guint i = 0; i < from->len; i++)
    g_ptr_array_add (to, g_ptr_array_index (from, i));
}

/* }}} */

static gboolean
texts_equal (SpineCdsCase *a,
             SpineCdsCase *b)
{
  for (guint i = 0; i < SPINECDS_CASE_N_TEXTS; i++)
    if (g_strcmp0 (a->texts[i], b->texts[i]) != 0)
      return FALSE;
  return TRUE;
}

/* GObject {{{ */

static void
spinecds_case_dispose (GObject *object)
{
  SpineCdsCase *self = (SpineCdsCase *) object;

  if (self->findings != NULL)
    {
      unwatch_all_findings (self);
      g_signal_handlers_disconnect_by_func (self->findings, on_findings_items_changed, self);
      g_clear_object (&self->findings);
    }

  G_OBJECT_CLASS (spinecds_case_parent_class)->dispose (object);
}

static void
spinecds_case_finalize (GObject *object)
{
  SpineCdsCase *self = (SpineCdsCase *) object;

  for (guint i = 0; i < G_N_ELEMENTS (self->codes); i++)
    g_clear_pointer (&self->codes[i], g_ptr_array_unref);
  g_clear_pointer (&self->finding_codes, g_ptr_array_unref);
  g_clear_pointer (&self->report_text, g_free);
  g_clear_pointer (&self->report_digest, spinecds_report_digest_unref);
  g_clear_pointer (&self->surgery_procedure, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->decision, spinecds_decision_unref);
  for (guint i = 0; i < G_N_ELEMENTS (self->texts); i++)
    g_clear_pointer (&self->texts[i], g_free);

  G_OBJECT_CLASS (spinecds_case_parent_class)->finalize (object);
}

static void
spinecds_case_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  SpineCdsCase *self = SPINECDS_CASE (object);

  switch (prop_id)
    {
    case PROP_AGE_YEARS:
      g_value_set_int (value, self->age_years);
      break;
    case PROP_SEX:
      g_value_set_enum (value, self->sex);
      break;
    case PROP_REGION:
      g_value_set_enum (value, self->region);
      break;
    case PROP_SYMPTOM_DURATION_WEEKS:
      g_value_set_double (value, self->symptom_duration_weeks);
      break;
    case PROP_CONSERVATIVE_CARE_WEEKS:
      g_value_set_double (value, self->conservative_care_weeks);
      break;
    case PROP_CONSERVATIVE_CARE_RESPONSE:
      g_value_set_enum (value, self->conservative_care_response);
      break;
    case PROP_INTERVENTION_CANDIDATE:
      g_value_set_boolean (value, self->intervention_candidate);
      break;
    case PROP_MRI_DONE:
      g_value_set_boolean (value, self->mri_done);
      break;
    case PROP_FINDINGS:
      g_value_set_object (value, self->findings);
      break;
    case PROP_REPORT_TEXT:
      g_value_set_string (value, self->report_text);
      break;
    case PROP_CRP_MG_L:
      g_value_set_double (value, self->crp_mg_l);
      break;
    case PROP_TEMPERATURE_C:
      g_value_set_double (value, self->temperature_c);
      break;
    case PROP_MJOA:
      g_value_set_int (value, self->mjoa);
      break;
    case PROP_HAS_SURGERY:
      g_value_set_boolean (value, self->has_surgery);
      break;
    case PROP_SURGERY_WEEKS_AGO:
      g_value_set_double (value, self->surgery_weeks_ago);
      break;
    case PROP_SURGERY_PROCEDURE:
      g_value_set_string (value, self->surgery_procedure);
      break;
    case PROP_HAS_MSCC:
      g_value_set_boolean (value, self->has_mscc);
      break;
    case PROP_MSCC_SEPARATE_AREAS:
      g_value_set_int (value, self->mscc_separate_areas);
      break;
    case PROP_MSCC_DEFICIT_HOURS:
      g_value_set_double (value, self->mscc_deficit_hours);
      break;
    case PROP_MSCC_PARAPLEGIC_HOURS:
      g_value_set_double (value, self->mscc_paraplegic_hours);
      break;
    case PROP_MSCC_PREDICTED_SURVIVAL_MONTHS:
      g_value_set_double (value, self->mscc_predicted_survival_months);
      break;
    case PROP_MSCC_RADIOSENSITIVE:
      g_value_set_enum (value, self->mscc_radiosensitive);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    case PROP_DECISION:
      g_value_set_boxed (value, self->decision);
      break;

    case PROP_PATIENT_NAME:
    case PROP_PATIENT_IDENTIFIER:
    case PROP_BIRTH_DATE:
    case PROP_PATIENT_LANGUAGE:
    case PROP_VISIT_DATE:
      g_value_set_string (value, self->texts[prop_id - PROP_PATIENT_NAME]);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
spinecds_case_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  SpineCdsCase *self = SPINECDS_CASE (object);

  switch (prop_id)
    {
    case PROP_AGE_YEARS:
      spinecds_case_set_age_years (self, g_value_get_int (value));
      break;
    case PROP_SEX:
      spinecds_case_set_sex (self, g_value_get_enum (value));
      break;
    case PROP_REGION:
      spinecds_case_set_region (self, g_value_get_enum (value));
      break;
    case PROP_SYMPTOM_DURATION_WEEKS:
      spinecds_case_set_symptom_duration_weeks (self, g_value_get_double (value));
      break;
    case PROP_CONSERVATIVE_CARE_WEEKS:
      spinecds_case_set_conservative_care_weeks (self, g_value_get_double (value));
      break;
    case PROP_CONSERVATIVE_CARE_RESPONSE:
      spinecds_case_set_conservative_care_response (self, g_value_get_enum (value));
      break;
    case PROP_INTERVENTION_CANDIDATE:
      spinecds_case_set_intervention_candidate (self, g_value_get_boolean (value));
      break;
    case PROP_MRI_DONE:
      spinecds_case_set_mri_done (self, g_value_get_boolean (value));
      break;
    case PROP_REPORT_TEXT:
      spinecds_case_set_report_text (self, g_value_get_string (value));
      break;
    case PROP_CRP_MG_L:
      spinecds_case_set_crp_mg_l (self, g_value_get_double (value));
      break;
    case PROP_TEMPERATURE_C:
      spinecds_case_set_temperature_c (self, g_value_get_double (value));
      break;
    case PROP_MJOA:
      spinecds_case_set_mjoa (self, g_value_get_int (value));
      break;
    case PROP_HAS_SURGERY:
      spinecds_case_set_has_surgery (self, g_value_get_boolean (value));
      break;
    case PROP_SURGERY_WEEKS_AGO:
      spinecds_case_set_surgery_weeks_ago (self, g_value_get_double (value));
      break;
    case PROP_SURGERY_PROCEDURE:
      spinecds_case_set_surgery_procedure (self, g_value_get_string (value));
      break;
    case PROP_HAS_MSCC:
      spinecds_case_set_has_mscc (self, g_value_get_boolean (value));
      break;
    case PROP_MSCC_SEPARATE_AREAS:
      spinecds_case_set_mscc_separate_areas (self, g_value_get_int (value));
      break;
    case PROP_MSCC_DEFICIT_HOURS:
      spinecds_case_set_mscc_deficit_hours (self, g_value_get_double (value));
      break;
    case PROP_MSCC_PARAPLEGIC_HOURS:
      spinecds_case_set_mscc_paraplegic_hours (self, g_value_get_double (value));
      break;
    case PROP_MSCC_PREDICTED_SURVIVAL_MONTHS:
      spinecds_case_set_mscc_predicted_survival_months (self, g_value_get_double (value));
      break;
    case PROP_MSCC_RADIOSENSITIVE:
      spinecds_case_set_mscc_radiosensitive (self, g_value_get_enum (value));
      break;
    case PROP_NOTES:
      spinecds_case_set_notes (self, g_value_get_string (value));
      break;

    case PROP_DECISION:
      spinecds_case_set_decision (self, g_value_get_boxed (value));
      break;

    case PROP_PATIENT_NAME:
    case PROP_PATIENT_IDENTIFIER:
    case PROP_BIRTH_DATE:
    case PROP_PATIENT_LANGUAGE:
    case PROP_VISIT_DATE:
      spinecds_case_set_text (self, prop_id - PROP_PATIENT_NAME, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

#define PARAM_FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

/* Nullable numbers: -1 (SPINECDS_UNKNOWN) and up. */
static GParamSpec *
nullable_double_param (const char *name)
{
  return g_param_spec_double (name, NULL, NULL,
                              SPINECDS_UNKNOWN, G_MAXDOUBLE, SPINECDS_UNKNOWN,
                              PARAM_FLAGS);
}

/* Numbers the format requires to be known: 0 and up. */
static GParamSpec *
known_double_param (const char *name)
{
  return g_param_spec_double (name, NULL, NULL,
                              0.0, G_MAXDOUBLE, 0.0,
                              PARAM_FLAGS);
}

static void
install_properties (GObjectClass *object_class)
{
  properties[PROP_AGE_YEARS] =
    g_param_spec_int ("age-years", NULL, NULL,
                      -1, MAX_AGE_YEARS, -1, PARAM_FLAGS);
  properties[PROP_SEX] =
    g_param_spec_enum ("sex", NULL, NULL,
                       SPINECDS_TYPE_SEX, SPINECDS_SEX_UNKNOWN, PARAM_FLAGS);
  properties[PROP_REGION] =
    g_param_spec_enum ("region", NULL, NULL,
                       SPINECDS_TYPE_REGION, SPINECDS_REGION_UNKNOWN, PARAM_FLAGS);
  properties[PROP_SYMPTOM_DURATION_WEEKS] = nullable_double_param ("symptom-duration-weeks");
  properties[PROP_CONSERVATIVE_CARE_WEEKS] = known_double_param ("conservative-care-weeks");
  properties[PROP_CONSERVATIVE_CARE_RESPONSE] =
    g_param_spec_enum ("conservative-care-response", NULL, NULL,
                       SPINECDS_TYPE_RESPONSE, SPINECDS_RESPONSE_NOT_TRIED, PARAM_FLAGS);
  properties[PROP_INTERVENTION_CANDIDATE] =
    g_param_spec_boolean ("intervention-candidate", NULL, NULL, FALSE, PARAM_FLAGS);
  properties[PROP_MRI_DONE] =
    g_param_spec_boolean ("mri-done", NULL, NULL, FALSE, PARAM_FLAGS);
  properties[PROP_FINDINGS] =
    g_param_spec_object ("findings", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_REPORT_TEXT] =
    g_param_spec_string ("report-text", NULL, NULL, "", PARAM_FLAGS);
  properties[PROP_CRP_MG_L] = nullable_double_param ("crp-mg-l");
  properties[PROP_TEMPERATURE_C] = nullable_double_param ("temperature-c");
  properties[PROP_MJOA] =
    g_param_spec_int ("mjoa", NULL, NULL, -1, MAX_MJOA, -1, PARAM_FLAGS);
  properties[PROP_HAS_SURGERY] =
    g_param_spec_boolean ("has-surgery", NULL, NULL, FALSE, PARAM_FLAGS);
  properties[PROP_SURGERY_WEEKS_AGO] = known_double_param ("surgery-weeks-ago");
  properties[PROP_SURGERY_PROCEDURE] =
    g_param_spec_string ("surgery-procedure", NULL, NULL, "", PARAM_FLAGS);
  properties[PROP_HAS_MSCC] =
    g_param_spec_boolean ("has-mscc", NULL, NULL, FALSE, PARAM_FLAGS);
  properties[PROP_MSCC_SEPARATE_AREAS] =
    g_param_spec_int ("mscc-separate-areas", NULL, NULL, 1, G_MAXINT, 1, PARAM_FLAGS);
  properties[PROP_MSCC_DEFICIT_HOURS] = nullable_double_param ("mscc-deficit-hours");
  properties[PROP_MSCC_PARAPLEGIC_HOURS] = known_double_param ("mscc-paraplegic-hours");
  properties[PROP_MSCC_PREDICTED_SURVIVAL_MONTHS] =
    nullable_double_param ("mscc-predicted-survival-months");
  properties[PROP_MSCC_RADIOSENSITIVE] =
    g_param_spec_enum ("mscc-radiosensitive", NULL, NULL,
                       SPINECDS_TYPE_TRISTATE, SPINECDS_TRISTATE_UNKNOWN, PARAM_FLAGS);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, "", PARAM_FLAGS);
  properties[PROP_DECISION] =
    g_param_spec_boxed ("decision", NULL, NULL, SPINECDS_TYPE_DECISION, PARAM_FLAGS);
  for (guint i = 0; i < SPINECDS_CASE_N_TEXTS; i++)
    properties[PROP_PATIENT_NAME + i] =
      g_param_spec_string (spinecds_case_text_property (i), NULL, NULL, "", PARAM_FLAGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
spinecds_case_class_init (SpineCdsCaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = spinecds_case_dispose;
  object_class->finalize = spinecds_case_finalize;
  object_class->get_property = spinecds_case_get_property;
  object_class->set_property = spinecds_case_set_property;

  install_properties (object_class);

  /**
   * SpineCdsCase::changed:
   *
   * Emitted once for every real change of any input, including the
   * code sets, the findings list and the findings themselves.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
spinecds_case_init (SpineCdsCase *self)
{
  /* Nothing from nothing (GUIDELINE-LOGIC §8.11): a new case has no
   * age and no region until the clinician enters them. */
  self->age_years = -1;
  self->sex = SPINECDS_SEX_UNKNOWN;
  self->region = SPINECDS_REGION_UNKNOWN;
  for (guint i = 0; i < G_N_ELEMENTS (self->texts); i++)
    self->texts[i] = g_strdup ("");
  self->symptom_duration_weeks = SPINECDS_UNKNOWN;
  self->conservative_care_weeks = 0.0;
  self->conservative_care_response = SPINECDS_RESPONSE_NOT_TRIED;

  for (guint i = 0; i < G_N_ELEMENTS (self->codes); i++)
    /* Reserving space makes pdata non-NULL even while empty, so that
     * get_codes() can always return a NULL-terminated array. */
    self->codes[i] = g_ptr_array_new_null_terminated (4, NULL, TRUE);

  self->findings = g_list_store_new (SPINECDS_TYPE_FINDING);
  g_signal_connect (self->findings, "items-changed",
                    G_CALLBACK (on_findings_items_changed), self);
  self->report_text = g_strdup ("");

  self->crp_mg_l = SPINECDS_UNKNOWN;
  self->temperature_c = SPINECDS_UNKNOWN;
  self->mjoa = -1;

  self->surgery_weeks_ago = 0.0;
  self->surgery_procedure = g_strdup ("");

  self->mscc_separate_areas = 1;
  self->mscc_deficit_hours = SPINECDS_UNKNOWN;
  self->mscc_paraplegic_hours = 0.0;
  self->mscc_predicted_survival_months = SPINECDS_UNKNOWN;
  self->mscc_radiosensitive = SPINECDS_TRISTATE_UNKNOWN;

  self->notes = g_strdup ("");
}

/* }}} */

/* Whole-case operations {{{ */

SpineCdsCase *
spinecds_case_new (void)
{
  return g_object_new (SPINECDS_TYPE_CASE, NULL);
}

SpineCdsCase *
spinecds_case_copy (SpineCdsCase *self)
{
  SpineCdsCase *copy;

  g_return_val_if_fail (SPINECDS_IS_CASE (self), NULL);

  copy = spinecds_case_new ();
  spinecds_case_assign (copy, self);

  return copy;
}

static void
assign_findings (SpineCdsCase *self,
                 SpineCdsCase *other)
{
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->findings));
  guint n_new = g_list_model_get_n_items (G_LIST_MODEL (other->findings));
  g_autoptr(GPtrArray) copies = g_ptr_array_new_full (n_new, g_object_unref);

  if (findings_equal (G_LIST_MODEL (self->findings), G_LIST_MODEL (other->findings)))
    return;

  /* Copies, not shared objects: editing a finding of one case must
   * not change the other behind its back. */
  for (guint i = 0; i < n_new; i++)
    {
      g_autoptr(SpineCdsFinding) finding = g_list_model_get_item (G_LIST_MODEL (other->findings), i);
      SpineCdsFinding *copy = spinecds_finding_copy (finding);

      watch_finding (self, copy);
      g_ptr_array_add (copies, copy);
    }

  unwatch_all_findings (self);
  g_list_store_splice (self->findings, 0, n_old, copies->pdata, copies->len);
  emit_changed (self);
}

void
spinecds_case_assign (SpineCdsCase *self,
                      SpineCdsCase *other)
{
  g_return_if_fail (SPINECDS_IS_CASE (self));
  g_return_if_fail (SPINECDS_IS_CASE (other));

  if (self == other)
    return;

  freeze_changed (self);

  spinecds_case_set_age_years (self, other->age_years);
  spinecds_case_set_sex (self, other->sex);
  spinecds_case_set_region (self, other->region);
  spinecds_case_set_symptom_duration_weeks (self, other->symptom_duration_weeks);
  spinecds_case_set_conservative_care_weeks (self, other->conservative_care_weeks);
  spinecds_case_set_conservative_care_response (self, other->conservative_care_response);
  spinecds_case_set_intervention_candidate (self, other->intervention_candidate);

  for (guint i = 0; i < G_N_ELEMENTS (self->codes); i++)
    {
      if (!codes_equal (self->codes[i], other->codes[i]))
        {
          copy_codes (self->codes[i], other->codes[i]);
          emit_changed (self);
        }
    }

  spinecds_case_set_mri_done (self, other->mri_done);
  assign_findings (self, other);
  spinecds_case_set_report_text (self, other->report_text);
  /* The same text: keep the reading made where other was loaded. */
  if (self->report_digest == NULL && other->report_digest != NULL)
    self->report_digest = spinecds_report_digest_ref (other->report_digest);

  spinecds_case_set_crp_mg_l (self, other->crp_mg_l);
  spinecds_case_set_temperature_c (self, other->temperature_c);
  spinecds_case_set_mjoa (self, other->mjoa);

  spinecds_case_set_has_surgery (self, other->has_surgery);
  spinecds_case_set_surgery_weeks_ago (self, other->surgery_weeks_ago);
  spinecds_case_set_surgery_procedure (self, other->surgery_procedure);

  spinecds_case_set_has_mscc (self, other->has_mscc);
  spinecds_case_set_mscc_separate_areas (self, other->mscc_separate_areas);
  spinecds_case_set_mscc_deficit_hours (self, other->mscc_deficit_hours);
  spinecds_case_set_mscc_paraplegic_hours (self, other->mscc_paraplegic_hours);
  spinecds_case_set_mscc_predicted_survival_months (self, other->mscc_predicted_survival_months);
  spinecds_case_set_mscc_radiosensitive (self, other->mscc_radiosensitive);

  spinecds_case_set_notes (self, other->notes);
  spinecds_case_set_decision (self, other->decision);
  for (guint i = 0; i < G_N_ELEMENTS (self->texts); i++)
    spinecds_case_set_text (self, i, other->texts[i]);

  thaw_changed (self);
}

/* Every input counts, including the surgery and MSCC details kept
 * while has-surgery or has-mscc is off, and the order of codes and
 * findings (it is what a saved file would show). */
gboolean
spinecds_case_equal (SpineCdsCase *a,
                     SpineCdsCase *b)
{
  g_return_val_if_fail (SPINECDS_IS_CASE (a), FALSE);
  g_return_val_if_fail (SPINECDS_IS_CASE (b), FALSE);

  if (a == b)
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (a->codes); i++)
    if (!codes_equal (a->codes[i], b->codes[i]))
      return FALSE;

  return a->age_years == b->age_years
         && a->sex == b->sex
         && a->region == b->region
         && a->symptom_duration_weeks == b->symptom_duration_weeks
         && a->conservative_care_weeks == b->conservative_care_weeks
         && a->conservative_care_response == b->conservative_care_response
         && a->intervention_candidate == b->intervention_candidate
         && a->mri_done == b->mri_done
         && findings_equal (G_LIST_MODEL (a->findings), G_LIST_MODEL (b->findings))
         && g_strcmp0 (a->report_text, b->report_text) == 0
         && a->crp_mg_l == b->crp_mg_l
         && a->temperature_c == b->temperature_c
         && a->mjoa == b->mjoa
         && a->has_surgery == b->has_surgery
         && a->surgery_weeks_ago == b->surgery_weeks_ago
         && g_strcmp0 (a->surgery_procedure, b->surgery_procedure) == 0
         && a->has_mscc == b->has_mscc
         && a->mscc_separate_areas == b->mscc_separate_areas
         && a->mscc_deficit_hours == b->mscc_deficit_hours
         && a->mscc_paraplegic_hours == b->mscc_paraplegic_hours
         && a->mscc_predicted_survival_months == b->mscc_predicted_survival_months
         && a->mscc_radiosensitive == b->mscc_radiosensitive
         && g_strcmp0 (a->notes, b->notes) == 0
         && spinecds_decision_equal (a->decision, b->decision)
         && texts_equal (a, b);
}

/* }}} */

/* Presentation {{{ */

int
spinecds_case_get_age_years (SpineCdsCase *self)
{
  g_return_val_if_fail (SPINECDS_IS_CASE (self), 0);

  return self->age_years;
}

void
spinecds_case_set_age_years (SpineCdsCase *self,
                             int           age_years)
{
  g_return_if_fail (SPINECDS_IS_CASE (self));
  g_return_if_fail (age_years >= -1 && age_years <= MAX_AGE_YEARS);

  set_int (self, &self->age_years, age_years, PROP_AGE_YEARS);
}

SpineCdsSex
spinecds_case_get_sex (SpineCdsCase *self)
{
  g_return_val_if_fail (SPINECDS_IS_CASE (self), SPINECDS_SEX_UNKNOWN);

  return self->sex;
}

void
spinecds_case_set_sex (SpineCdsCase *self,
                       SpineCdsSex   sex)
{
  g_return_if_fail (SPINECDS_IS_CASE (self));
  g_return_if_fail (sex <= SPINECDS_SEX_OTHER);

  set_int (self, (int *) &self->sex, sex, PROP_SEX);
}

SpineCdsRegion
spinecds_case_get_region (SpineCdsCase *self)
{
  g_return_val_if_fail (SPINECDS_IS_CASE (self), SPINECDS_REGION_UNKNOWN);

  return self->region;
}

void
spinecds_case_set_region (SpineCdsCase  *self,
                          SpineCdsRegion region)
{
  g_return_if_fail (SPINECDS_IS_CASE (self));
  g_return_if_fail (region <= SPINECDS_REGION_UNKNOWN);

  set_int (self, (int *) &self->region, region, PROP_REGION);
}

double
spinecds_case_get_symptom_duration_weeks (SpineCdsCase *self)
{
  g_return_val_if_fail (SPINECDS_IS_CASE (self), SPINECDS_UNKNOWN);

  return self->symptom_duration_weeks;
}

void
spinecds_case_set_symptom_duration_weeks (SpineCdsCase *self,
                                          double        weeks)
{
  g_return_if_fail (SPINECDS_IS_CASE (self));
  g_return_if_fail (isfinite (weeks));

  set_nullable_double (self, &self->symptom_duration_weeks, weeks, PROP_SYMPTOM_DURATION_WEEKS);
}

double
spinecds_case_get_conservative_care_weeks (SpineCdsCase *self)
{
  g_return_val_if_fail (SPINECDS_IS_CASE (self), 0.0);

  return self->conservative_care_weeks;
}

void
spinecds_case_set_conservative_care_weeks (SpineCdsCase *self,
                                           double        weeks)
{
  g_return_if_fail (SPINECDS_IS_CASE (self));
  g_return_if_fail (isfinite (weeks) && weeks >= 0.0);

  set_double (self, &self->conservative_care_weeks, weeks, PROP_CONSERVATIVE_CARE_WEEKS);
}

SpineCdsResponse
spinecds_case_get_conservative_care_response (SpineCdsCase *self)
{
  g_return_val_if_fail (SPINECDS_IS_CASE (self), SPINECDS_RESPONSE_NOT_TRIED);

  return self->conservative_care_response;
}

void
spinecds_case_set_conservative_care_response (SpineCdsCase    *self,
                                              SpineCdsResponse response)
{
  g_return_if_fail (SPINECDS_IS_CASE (self));
  g_return_if_fail (response <= SPINECDS_RESPONSE_WORSENING);

  set_int (self, (int *) &self->conservative_care_response, response,
           PROP_CONSERVATIVE_CARE_RESPONSE);
}

gboolean
spinecds_case_get_intervention_candidate (SpineCdsCase *self)
{
  g_return_val_if_fail (SPINECDS_IS_CASE (self), FALSE);

  return self->intervention_candidate;
}

void
spinecds_case_set_intervention_candidate (SpineCdsCase *self,
                                          gboolean      candidate)
{
  g_return_if_fail (SPINECDS_IS_CASE (self));

  set_boolean (self, &self->intervention_candidate, candidate,
               PROP_INTERVENTION_CANDIDATE);
}

/* }}} */

/* Codes {{{ */

static const char * const *
finding_codes (SpineCdsCase *self)
{
  if (self->finding_codes == NULL)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->findings));

      self->finding_codes = g_ptr_array_new_null_terminated (n + 1, NULL, TRUE);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(SpineCdsFinding) finding = g_list_model_get_item (G_LIST_MODEL (self->findings), i);

          /* Borrowed: the store keeps the finding, and the cache is
           * dropped whenever the store changes. A code found at
           * several levels is one code of the set. */
          if (find_code (self->finding_codes, spinecds_finding_get_code (finding)) < 0)
            g_ptr_array_add (self->finding_codes, (gpointer) spinecds_finding_get_code (finding));
        }
    }

  return (const char * const *) self->finding_codes->pdata;
}

gboolean
spinecds_case_has_code (SpineCdsCase    *self,
                        SpineCdsCodeKind kind,
                        const char      *code)
{
  g_return_val_if_fail (SPINECDS_IS_CASE (self), FALSE);
  g_return_val_if_fail (kind < SPINECDS_N_CODE_KINDS, FALSE);
  g_return_val_if_fail (code != NULL, FALSE);

  if (kind == SPINECDS_CODE_KIND_FINDING)
    return find_finding (self, code) >= 0;

  return find_code (self->codes[kind], code) >= 0;
}

/* The findings are a code set too (see spinecds-case.h), so the
 * generic code API also works on them: present adds a finding with no
 * grade, level or note, absent removes it. */
static void
set_finding_code (SpineCdsCase *self,
                  const char   *code,
                  gboolean      present)
{
  int position = find_finding (self, code);

  if (present && position < 0)
    {
      g_autoptr(SpineCdsFinding) finding = spinecds_finding_new (code);

      spinecds_case_add_finding (self, finding);
    }
  else if (!present)
    {
      /* Absent at every level. */
      freeze_changed (self);
      for (; position >= 0; position = find_finding (self, code))
        spinecds_case_remove_finding (self, (guint) position);
      thaw_changed (self);
    }
}

void
spinecds_case_set_code (SpineCdsCase    *self,
                        SpineCdsCodeKind kind,
                        const char      *code,
                        gboolean         present)
{
  const SpineCdsCodeInfo *info;
  int                     position;

  g_return_if_fail (SPINECDS_IS_CASE (self));
  g_return_if_fail (kind < SPINECDS_N_CODE_KINDS);

  info = spinecds_codes_lookup (kind, code);
  g_return_if_fail (info != NULL);

  if (kind == SPINECDS_CODE_KIND_FINDING)
    {
      set_finding_code (self, code, present);
      return;
    }

  position = find_code (self->codes[kind], code);
  if (present == (position >= 0))
    return;

  if (present)
    g_ptr_array_add (self->codes[kind], (gpointer) info->code);
  else
    g_ptr_array_remove_index (self->codes[kind], (guint) position);

  emit_changed (self);
}

const char * const *
spinecds_case_get_codes (SpineCdsCase    *self,
                         SpineCdsCodeKind kind)
{
  g_return_val_if_fail (SPINECDS_IS_CASE (self), NULL);
  g_return_val_if_fail (kind < SPINECDS_N_CODE_KINDS, NULL);

  if (kind == SPINECDS_CODE_KIND_FINDING)
    return finding_codes (self);

  return (const char * const *) self->codes[kind]->pdata;
}

/* }}} */

/* Imaging {{{ */

gboolean
spinecds_case_get_mri_done (SpineCdsCase *self)
{
  g_return_val_if_fail (SPINECDS_IS_CASE (self), FALSE);

  return self->mri_done;
}

void
spinecds_case_set_mri_done (SpineCdsCase *self,
                            gboolean      mri_done)
{
  g_return_if_fail (SPINECDS_IS_CASE (self));

  set_boolean (self, &self->mri_done, mri_done, PROP_MRI_DONE);
}

/**
 * spinecds_case_get_findings:
 *
 * Returns: (transfer none): a #GListModel of #SpineCdsFinding
 */
GListModel *
spinecds_case_get_findings (SpineCdsCase *self)
{
  g_return_val_if_fail (SPINECDS_IS_CASE (self), NULL);

  return G_LIST_MODEL (self->findings);
}

guint
spinecds_case_get_finding_regions (SpineCdsCase *self)
{
  guint regions = 0;

  g_return_val_if_fail (SPINECDS_IS_CASE (self), 0);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->findings)); i++)
    {
      g_autoptr(SpineCdsFinding) finding = g_list_model_get_item (G_LIST_MODEL (self->findings), i);

      regions |= spinecds_finding_get_regions (finding);
    }
  return regions;
}

void
spinecds_case_add_finding (SpineCdsCase    *self,
                           SpineCdsFinding *finding)
{
  g_autoptr(SpineCdsFinding) old = NULL;
  int position;

  g_return_if_fail (SPINECDS_IS_CASE (self));
  g_return_if_fail (SPINECDS_IS_FINDING (finding));

  position = find_finding_at (self, spinecds_finding_get_code (finding), FALSE,
                              spinecds_finding_get_level (finding));
  if (position < 0)
    {
      watch_finding (self, finding);
      g_list_store_append (self->findings, finding);
      emit_changed (self);
      return;
    }

  old = g_list_model_get_item (G_LIST_MODEL (self->findings), (guint) position);
  if (old == finding)
    return;

  replace_finding (self, (guint) position, old, finding);
}

void
spinecds_case_remove_finding (SpineCdsCase *self,
                              guint         position)
{
  g_autoptr(SpineCdsFinding) finding = NULL;

  g_return_if_fail (SPINECDS_IS_CASE (self));
  g_return_if_fail (position < g_list_model_get_n_items (G_LIST_MODEL (self->findings)));

  finding = g_list_model_get_item (G_LIST_MODEL (self->findings), position);
  unwatch_finding (self, finding);
  g_list_store_remove (self->findings, position);
  emit_changed (self);
}

void
spinecds_case_clear_findings (SpineCdsCase *self)
{
  g_return_if_fail (SPINECDS_IS_CASE (self));

  if (g_list_model_get_n_items (G_LIST_MODEL (self->findings)) == 0)
    return;

  unwatch_all_findings (self);
  g_list_store_remove_all (self->findings);
  emit_changed (self);
}

/**
 * spinecds_case_lookup_finding:
 *
 * Returns: (transfer none) (nullable): the finding with @code
 */
SpineCdsFinding *
spinecds_case_lookup_finding (SpineCdsCase *self,
                              const char   *code)
{
  SpineCdsFinding *finding;
  int              position;

  g_return_val_if_fail (SPINECDS_IS_CASE (self), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  position = find_finding (self, code);
  if (position < 0)
    return NULL;

  /* Borrowed: the store keeps a reference while the finding is listed. */
  finding = g_list_model_get_item (G_LIST_MODEL (self->findings), (guint) position);
  g_object_unref (finding);
  return finding;
}

const char *
spinecds_case_get_report_text (SpineCdsCase *self)
{
  g_return_val_if_fail (SPINECDS_IS_CASE (self), NULL);

  return self->report_text;
}

void
spinecds_case_set_report_text (SpineCdsCase *self,
                               const char   *text)
{
  g_return_if_fail (SPINECDS_IS_CASE (self));

  if (g_strcmp0 (self->report_text, text != NULL ? text : "") != 0)
    g_clear_pointer (&self->report_digest, spinecds_report_digest_unref);
  set_string (self, &self->report_text, text, PROP_REPORT_TEXT);
}

SpineCdsReportDigest *
spinecds_case_read_report (SpineCdsCase *self)
{
  g_return_val_if_fail (SPINECDS_IS_CASE (self), NULL);

  if (self->report_digest == NULL && *self->report_text != '\0')
    self->report_digest = spinecds_report_digest_read (self->report_text);
  return self->report_digest;
}

void
spinecds_case_read_report_in_worker (SpineCdsCase *self)
{
  g_autoptr(SpineCdsReportVocabularyScope) scope = NULL;

  g_return_if_fail (SPINECDS_IS_CASE (self));

  if (spinecds_case_is_report_read (self))
    return;
  scope = spinecds_report_vocabulary_scope_new ();
  spinecds_case_read_report (self);
}

gboolean
spinecds_case_is_report_read (SpineCdsCase *self)
{
  g_return_val_if_fail (SPINECDS_IS_CASE (self), FALSE);

  return self->report_digest != NULL || *self->report_text == '\0';
}

/* }}} */

/* Labs and scores {{{ */

double
spinecds_case_get_crp_mg_l (SpineCdsCase *self)
{
  g_return_val_if_fail (SPINECDS_IS_CASE (self), SPINECDS_UNKNOWN);

  return self->crp_mg_l;
}

void
spinecds_case_set_crp_mg_l (SpineCdsCase *self,
                            double        crp)
{
  g_return_if_fail (SPINECDS_IS_CASE (self));
  g_return_if_fail (isfinite (crp));

  set_nullable_double (self, &self->crp_mg_l, crp, PROP_CRP_MG_L);
}

double
spinecds_case_get_temperature_c (SpineCdsCase *self)
{
  g_return_val_if_fail (SPINECDS_IS_CASE (self), SPINECDS_UNKNOWN);

  return self->temperature_c;
}

void
spinecds_case_set_temperature_c (SpineCdsCase *self,
                                 double        temperature)
{
  g_return_if_fail (SPINECDS_IS_CASE (self));
  g_return_if_fail (isfinite (temperature));

  set_nullable_double (self, &self->temperature_c, temperature, PROP_TEMPERATURE_C);
}

int
spinecds_case_get_mjoa (SpineCdsCase *self)
{
  g_return_val_if_fail (SPINECDS_IS_CASE (self), -1);

  return self->mjoa;
}

void
spinecds_case_set_mjoa (SpineCdsCase *self,
                        int           mjoa)
{
  g_return_if_fail (SPINECDS_IS_CASE (self));
  g_return_if_fail (mjoa <= MAX_MJOA);

  set_int (self, &self->mjoa, MAX (mjoa, -1), PROP_MJOA);
}

/* }}} */

/* Surgery {{{ */

gboolean
spinecds_case_get_has_surgery (SpineCdsCase *self)
{
  g_return_val_if_fail (SPINECDS_IS_CASE (self), FALSE);

  return self->has_surgery;
}

void
spinecds_case_set_has_surgery (SpineCdsCase *self,
                               gboolean      has_surgery)
{
  g_return_if_fail (SPINECDS_IS_CASE (self));

  set_boolean (self, &self->has_surgery, has_surgery, PROP_HAS_SURGERY);
}

double
spinecds_case_get_surgery_weeks_ago (SpineCdsCase *self)
{
  g_return_val_if_fail (SPINECDS_IS_CASE (self), 0.0);

  return self->surgery_weeks_ago;
}

void
spinecds_case_set_surgery_weeks_ago (SpineCdsCase *self,
                                     double        weeks)
{
  g_return_if_fail (SPINECDS_IS_CASE (self));
  g_return_if_fail (isfinite (weeks) && weeks >= 0.0);

  set_double (self, &self->surgery_weeks_ago, weeks, PROP_SURGERY_WEEKS_AGO);
}

const char *
spinecds_case_get_surgery_procedure (SpineCdsCase *self)
{
  g_return_val_if_fail (SPINECDS_IS_CASE (self), NULL);

  return self->surgery_procedure;
}

void
spinecds_case_set_surgery_procedure (SpineCdsCase *self,
                                     const char   *procedure)
{
  g_return_if_fail (SPINECDS_IS_CASE (self));

  set_string (self, &self->surgery_procedure, procedure, PROP_SURGERY_PROCEDURE);
}

/* }}} */

/* MSCC {{{ */

gboolean
spinecds_case_get_has_mscc (SpineCdsCase *self)
{
  g_return_val_if_fail (SPINECDS_IS_CASE (self), FALSE);

  return self->has_mscc;
}

void
spinecds_case_set_has_mscc (SpineCdsCase *self,
                            gboolean      has_mscc)
{
  g_return_if_fail (SPINECDS_IS_CASE (self));

  set_boolean (self, &self->has_mscc, has_mscc, PROP_HAS_MSCC);
}

int
spinecds_case_get_mscc_separate_areas (SpineCdsCase *self)
{
  g_return_val_if_fail (SPINECDS_IS_CASE (self), 1);

  return self->mscc_separate_areas;
}

void
spinecds_case_set_mscc_separate_areas (SpineCdsCase *self,
                                       int           areas)
{
  g_return_if_fail (SPINECDS_IS_CASE (self));
  g_return_if_fail (areas >= 1);

  set_int (self, &self->mscc_separate_areas, areas, PROP_MSCC_SEPARATE_AREAS);
}

double
spinecds_case_get_mscc_deficit_hours (SpineCdsCase *self)
{
  g_return_val_if_fail (SPINECDS_IS_CASE (self), SPINECDS_UNKNOWN);

  return self->mscc_deficit_hours;
}

void
spinecds_case_set_mscc_deficit_hours (SpineCdsCase *self,
                                      double        hours)
{
  g_return_if_fail (SPINECDS_IS_CASE (self));
  g_return_if_fail (isfinite (hours));

  set_nullable_double (self, &self->mscc_deficit_hours, hours, PROP_MSCC_DEFICIT_HOURS);
}

double
spinecds_case_get_mscc_paraplegic_hours (SpineCdsCase *self)
{
  g_return_val_if_fail (SPINECDS_IS_CASE (self), 0.0);

  return self->mscc_paraplegic_hours;
}

void
spinecds_case_set_mscc_paraplegic_hours (SpineCdsCase *self,
                                         double        hours)
{
  g_return_if_fail (SPINECDS_IS_CASE (self));
  g_return_if_fail (isfinite (hours) && hours >= 0.0);

  set_double (self, &self->mscc_paraplegic_hours, hours, PROP_MSCC_PARAPLEGIC_HOURS);
}

double
spinecds_case_get_mscc_predicted_survival_months (SpineCdsCase *self)
{
  g_return_val_if_fail (SPINECDS_IS_CASE (self), SPINECDS_UNKNOWN);

  return self->mscc_predicted_survival_months;
}

void
spinecds_case_set_mscc_predicted_survival_months (SpineCdsCase *self,
                                                  double        months)
{
  g_return_if_fail (SPINECDS_IS_CASE (self));
  g_return_if_fail (isfinite (months));

  set_nullable_double (self, &self->mscc_predicted_survival_months, months,
                       PROP_MSCC_PREDICTED_SURVIVAL_MONTHS);
}

SpineCdsTristate
spinecds_case_get_mscc_radiosensitive (SpineCdsCase *self)
{
  g_return_val_if_fail (SPINECDS_IS_CASE (self), SPINECDS_TRISTATE_UNKNOWN);

  return self->mscc_radiosensitive;
}

void
spinecds_case_set_mscc_radiosensitive (SpineCdsCase    *self,
                                       SpineCdsTristate radiosensitive)
{
  g_return_if_fail (SPINECDS_IS_CASE (self));
  g_return_if_fail (radiosensitive <= SPINECDS_TRISTATE_YES);

  set_int (self, (int *) &self->mscc_radiosensitive, radiosensitive,
           PROP_MSCC_RADIOSENSITIVE);
}

/* }}} */

/* Notes {{{ */

const char *
spinecds_case_get_notes (SpineCdsCase *self)
{
  g_return_val_if_fail (SPINECDS_IS_CASE (self), NULL);

  return self->notes;
}

void
spinecds_case_set_notes (SpineCdsCase *self,
                         const char   *notes)
{
  g_return_if_fail (SPINECDS_IS_CASE (self));

  set_string (self, &self->notes, notes, PROP_NOTES);
}

/* }}} */

/* Who, when and what was decided (case format 2) {{{ */

static const char * const text_properties[SPINECDS_CASE_N_TEXTS] = {
  [SPINECDS_CASE_TEXT_PATIENT_NAME] = "patient-name",
  [SPINECDS_CASE_TEXT_PATIENT_IDENTIFIER] = "patient-identifier",
  [SPINECDS_CASE_TEXT_BIRTH_DATE] = "birth-date",
  [SPINECDS_CASE_TEXT_PATIENT_LANGUAGE] = "patient-language",
  [SPINECDS_CASE_TEXT_VISIT_DATE] = "visit-date",
};

const char *
spinecds_case_text_property (SpineCdsCaseText text)
{
  g_return_val_if_fail (text < SPINECDS_CASE_N_TEXTS, NULL);

  return text_properties[text];
}

const char *
spinecds_case_get_text (SpineCdsCase    *self,
                        SpineCdsCaseText text)
{
  g_return_val_if_fail (SPINECDS_IS_CASE (self), "");
  g_return_val_if_fail (text < SPINECDS_CASE_N_TEXTS, "");

  return self->texts[text];
}

static gboolean
is_direction_control (gunichar c)
{
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

char *
spinecds_case_dup_display_text (SpineCdsCase    *self,
                                SpineCdsCaseText text)
{
  g_autofree char *valid = NULL;
  GString         *out;

  g_return_val_if_fail (SPINECDS_IS_CASE (self), NULL);
  g_return_val_if_fail (text < SPINECDS_CASE_N_TEXTS, NULL);

  out = g_string_new (NULL);
  valid = g_utf8_make_valid (self->texts[text], -1);
  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_direction_control (c))
        continue;
      g_string_append_unichar (out, g_unichar_iscntrl (c) ? ' ' : c);
    }
  return g_string_free (out, FALSE);
}

char *
spinecds_case_dup_patient_label (SpineCdsCase *self)
{
  g_autofree char *name = NULL;
  g_autofree char *identifier = NULL;

  g_return_val_if_fail (SPINECDS_IS_CASE (self), NULL);

  name = spinecds_case_dup_display_text (self, SPINECDS_CASE_TEXT_PATIENT_NAME);
  identifier = spinecds_case_dup_display_text (self, SPINECDS_CASE_TEXT_PATIENT_IDENTIFIER);
  if (*name != '\0' && *identifier != '\0')
    return g_strdup_printf ("%s, %s", name, identifier);
  return g_strdup (*name != '\0' ? name : identifier);
}

void
spinecds_case_set_text (SpineCdsCase    *self,
                        SpineCdsCaseText text,
                        const char      *value)
{
  g_return_if_fail (SPINECDS_IS_CASE (self));
  g_return_if_fail (text < SPINECDS_CASE_N_TEXTS);

  set_string (self, &self->texts[text], value, PROP_PATIENT_NAME + text);
}

SpineCdsDecision *
spinecds_case_get_decision (SpineCdsCase *self)
{
  g_return_val_if_fail (SPINECDS_IS_CASE (self), NULL);

  return self->decision;
}

void
spinecds_case_set_decision (SpineCdsCase     *self,
                            SpineCdsDecision *decision)
{
  g_return_if_fail (SPINECDS_IS_CASE (self));

  if (spinecds_decision_equal (self->decision, decision))
    return;
  g_clear_pointer (&self->decision, spinecds_decision_unref);
  if (decision != NULL)
    self->decision = spinecds_decision_ref (decision);
  notify_changed (self, PROP_DECISION);
}

/* }}} */

/* Dates and languages (case format 2) {{{ */

static gboolean
parse_date (const char *text,
            GDate      *date)
{
  unsigned year, month, day;
  char     end;

  g_date_clear (date, 1);
  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-'
      || sscanf (text, "%4u-%2u-%2u%c", &year, &month, &day, &end) != 3
      || !g_date_valid_dmy (day, month, year))
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

gboolean
spinecds_case_date_is_valid (const char *text)
{
  GDate date;

  return parse_date (text, &date);
}

gboolean
spinecds_case_get_date (SpineCdsCase    *self,
                        SpineCdsCaseText field,
                        GDate           *date)
{
  g_return_val_if_fail (SPINECDS_IS_CASE (self), FALSE);
  g_return_val_if_fail (field < SPINECDS_CASE_N_TEXTS, FALSE);

  return parse_date (self->texts[field], date);
}

gboolean
spinecds_case_language_is_valid (const char *text)
{
  g_return_val_if_fail (text != NULL, FALSE);

  return *text == '\0' || g_regex_match_simple ("^[a-z]{2,3}([_-][A-Z]{2})?$", text, 0, 0);
}

int
spinecds_case_age_on_visit (SpineCdsCase *self)
{
  GDate born, visit;
  int   age;

  g_return_val_if_fail (SPINECDS_IS_CASE (self), -1);

  if (!parse_date (self->texts[SPINECDS_CASE_TEXT_BIRTH_DATE], &born)
      || !parse_date (self->texts[SPINECDS_CASE_TEXT_VISIT_DATE], &visit)
      || g_date_compare (&born, &visit) > 0)
    return -1;
  age = g_date_get_year (&visit) - g_date_get_year (&born);
  if (g_date_get_month (&visit) < g_date_get_month (&born)
      || (g_date_get_month (&visit) == g_date_get_month (&born) && g_date_get_day (&visit) < g_date_get_day (&born)))
    age--;
  return age <= MAX_AGE_YEARS ? age : -1;
}

/* A finding read from a report updates the one it describes: the same
 * code at the same level, or else an unlocated one of that code, which
 * takes the report's level. The physician's note is kept; a finding at
 * another level is another finding (case format 2). */
void
spinecds_case_merge_finding (SpineCdsCase    *self,
                             SpineCdsFinding *finding)
{
  const char *code = spinecds_finding_get_code (finding);
  int         position;

  g_return_if_fail (SPINECDS_IS_CASE (self));
  g_return_if_fail (SPINECDS_IS_FINDING (finding));

  position = find_finding_at (self, code, FALSE, spinecds_finding_get_level (finding));
  if (position < 0 && spinecds_finding_get_level (finding) != NULL)
    position = find_finding_at (self, code, FALSE, NULL);

  freeze_changed (self);
  if (position >= 0)
    {
      g_autoptr(SpineCdsFinding) old = g_list_model_get_item (G_LIST_MODEL (self->findings), (guint) position);

      spinecds_finding_set_note (finding, spinecds_finding_get_note (old));
      replace_finding (self, (guint) position, old, finding);
    }
  else
    spinecds_case_add_finding (self, finding);
  thaw_changed (self);
}

gboolean
spinecds_case_has_finding_at (SpineCdsCase *self,
                              const char   *code,
                              const char   *level)
{
  g_return_val_if_fail (SPINECDS_IS_CASE (self), FALSE);

  return find_finding_at (self, code, FALSE, level) >= 0;
}

/* }}} */
