/* test-case.c: the case model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "spinecds-case.h"
#include "spinecds-enums.h"

static void
count_signal (gpointer instance,
              guint   *counter)
{
  (*counter)++;
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *counter)
{
  (*counter)++;
}

static guint *
watch_changed (SpineCdsCase *kase)
{
  guint *counter = g_new0 (guint, 1);

  g_signal_connect (kase, "changed", G_CALLBACK (count_signal), counter);
  g_object_set_data_full (G_OBJECT (kase), "test-counter", counter, g_free);
  return counter;
}

static void
test_defaults (void)
{
  g_autoptr(SpineCdsCase) kase = spinecds_case_new ();

  /* Nothing from nothing (GUIDELINE-LOGIC §8.11): no age, no region. */
  g_assert_cmpint (spinecds_case_get_age_years (kase), ==, -1);
  g_assert_cmpint (spinecds_case_get_sex (kase), ==, SPINECDS_SEX_UNKNOWN);
  g_assert_cmpint (spinecds_case_get_region (kase), ==, SPINECDS_REGION_UNKNOWN);
  for (SpineCdsCaseText text = 0; text < SPINECDS_CASE_N_TEXTS; text++)
    g_assert_cmpstr (spinecds_case_get_text (kase, text), ==, "");
  g_assert_null (spinecds_case_get_decision (kase));
  g_assert_cmpfloat (spinecds_case_get_symptom_duration_weeks (kase), ==, SPINECDS_UNKNOWN);
  g_assert_cmpfloat (spinecds_case_get_conservative_care_weeks (kase), ==, 0.0);
  g_assert_cmpint (spinecds_case_get_conservative_care_response (kase), ==, SPINECDS_RESPONSE_NOT_TRIED);
  g_assert_false (spinecds_case_get_intervention_candidate (kase));

  for (SpineCdsCodeKind kind = 0; kind < SPINECDS_N_CODE_KINDS; kind++)
    {
      const char * const *codes = spinecds_case_get_codes (kase, kind);

      g_assert_nonnull (codes);
      g_assert_null (codes[0]);
    }

  g_assert_false (spinecds_case_get_mri_done (kase));
  g_assert_cmpuint (g_list_model_get_n_items (spinecds_case_get_findings (kase)), ==, 0);
  g_assert_cmpstr (spinecds_case_get_report_text (kase), ==, "");
  g_assert_cmpfloat (spinecds_case_get_crp_mg_l (kase), ==, SPINECDS_UNKNOWN);
  g_assert_cmpfloat (spinecds_case_get_temperature_c (kase), ==, SPINECDS_UNKNOWN);
  g_assert_cmpint (spinecds_case_get_mjoa (kase), ==, -1);

  g_assert_false (spinecds_case_get_has_surgery (kase));
  g_assert_cmpfloat (spinecds_case_get_surgery_weeks_ago (kase), ==, 0.0);
  g_assert_cmpstr (spinecds_case_get_surgery_procedure (kase), ==, "");

  g_assert_false (spinecds_case_get_has_mscc (kase));
  g_assert_cmpint (spinecds_case_get_mscc_separate_areas (kase), ==, 1);
  g_assert_cmpfloat (spinecds_case_get_mscc_deficit_hours (kase), ==, SPINECDS_UNKNOWN);
  g_assert_cmpfloat (spinecds_case_get_mscc_paraplegic_hours (kase), ==, 0.0);
  g_assert_cmpfloat (spinecds_case_get_mscc_predicted_survival_months (kase), ==, SPINECDS_UNKNOWN);
  g_assert_cmpint (spinecds_case_get_mscc_radiosensitive (kase), ==, SPINECDS_TRISTATE_UNKNOWN);
  g_assert_cmpstr (spinecds_case_get_notes (kase), ==, "");

  /* The property defaults agree with the object's state. */
  {
    guint                   n_specs;
    g_autofree GParamSpec **specs = g_object_class_list_properties (G_OBJECT_GET_CLASS (kase), &n_specs);

    for (guint i = 0; i < n_specs; i++)
      {
        g_auto(GValue) value = G_VALUE_INIT;

        if (!(specs[i]->flags & G_PARAM_WRITABLE))
          continue;

        g_value_init (&value, specs[i]->value_type);
        g_object_get_property (G_OBJECT (kase), specs[i]->name, &value);
        if (!g_param_value_defaults (specs[i], &value))
          g_error ("property %s does not start at its default", specs[i]->name);
      }
  }
}

/* One property, a value different from the default, and how many
 * notifications and ::changed emissions setting it must give. */
typedef struct
{
  const char *name;
  GType       type;
  int         int_value;
  double      double_value;
  const char *string_value;
} PropertyCase;

static const PropertyCase property_cases[] = {
  { "age-years", G_TYPE_INT, 67 },
  { "sex", G_TYPE_ENUM, SPINECDS_SEX_FEMALE },
  { "region", G_TYPE_ENUM, SPINECDS_REGION_LUMBAR },
  { "symptom-duration-weeks", G_TYPE_DOUBLE, 0, 2.5 },
  { "conservative-care-weeks", G_TYPE_DOUBLE, 0, 6 },
  { "conservative-care-response", G_TYPE_ENUM, SPINECDS_RESPONSE_WORSENING },
  { "intervention-candidate", G_TYPE_BOOLEAN, TRUE },
  { "mri-done", G_TYPE_BOOLEAN, TRUE },
  { "report-text", G_TYPE_STRING, 0, 0, "Mild reversal. Ünïcödé." },
  { "crp-mg-l", G_TYPE_DOUBLE, 0, 95 },
  { "temperature-c", G_TYPE_DOUBLE, 0, 38.6 },
  { "mjoa", G_TYPE_INT, 14 },
  { "has-surgery", G_TYPE_BOOLEAN, TRUE },
  { "surgery-weeks-ago", G_TYPE_DOUBLE, 0, 3 },
  { "surgery-procedure", G_TYPE_STRING, 0, 0, "ACDF C5-C6" },
  { "has-mscc", G_TYPE_BOOLEAN, TRUE },
  { "mscc-separate-areas", G_TYPE_INT, 2 },
  { "mscc-deficit-hours", G_TYPE_DOUBLE, 0, 10 },
  { "mscc-paraplegic-hours", G_TYPE_DOUBLE, 0, 49 },
  { "mscc-predicted-survival-months", G_TYPE_DOUBLE, 0, 12 },
  { "mscc-radiosensitive", G_TYPE_ENUM, SPINECDS_TRISTATE_NO },
  { "notes", G_TYPE_STRING, 0, 0, "free text" },
};

static void
property_case_value (const PropertyCase *pc,
                     GParamSpec         *pspec,
                     GValue             *value)
{
  g_value_init (value, pspec->value_type);
  switch (pc->type)
    {
    case G_TYPE_INT: g_value_set_int (value, pc->int_value); break;
    case G_TYPE_ENUM: g_value_set_enum (value, pc->int_value); break;
    case G_TYPE_BOOLEAN: g_value_set_boolean (value, pc->int_value); break;
    case G_TYPE_DOUBLE: g_value_set_double (value, pc->double_value); break;
    case G_TYPE_STRING: g_value_set_string (value, pc->string_value); break;
    default: g_assert_not_reached ();
    }
}

static void
test_properties (void)
{
  g_autoptr(SpineCdsCase) kase = spinecds_case_new ();
  guint *changed = watch_changed (kase);

  for (guint i = 0; i < G_N_ELEMENTS (property_cases); i++)
    {
      const PropertyCase *pc = &property_cases[i];
      GParamSpec         *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (kase), pc->name);
      g_auto(GValue) value = G_VALUE_INIT;
      g_auto(GValue) read_back = G_VALUE_INIT;
      guint            notified = 0;
      gulong           id;
      g_autofree char *detail = g_strdup_printf ("notify::%s", pc->name);

      g_test_message ("property %s", pc->name);
      g_assert_nonnull (pspec);
      g_assert_true (pspec->flags & G_PARAM_EXPLICIT_NOTIFY);

      id = g_signal_connect (kase, detail, G_CALLBACK (count_notify), &notified);
      property_case_value (pc, pspec, &value);
      *changed = 0;

      g_object_set_property (G_OBJECT (kase), pc->name, &value);
      g_assert_cmpuint (notified, ==, 1);
      g_assert_cmpuint (*changed, ==, 1);

      g_value_init (&read_back, pspec->value_type);
      g_object_get_property (G_OBJECT (kase), pc->name, &read_back);
      g_assert_cmpint (g_param_values_cmp (pspec, &value, &read_back), ==, 0);

      /* The same value again is not a change. */
      g_object_set_property (G_OBJECT (kase), pc->name, &value);
      g_assert_cmpuint (notified, ==, 1);
      g_assert_cmpuint (*changed, ==, 1);

      g_signal_handler_disconnect (kase, id);
    }

  /* The setters agree with the properties. */
  g_assert_cmpint (spinecds_case_get_age_years (kase), ==, 67);
  g_assert_cmpint (spinecds_case_get_region (kase), ==, SPINECDS_REGION_LUMBAR);
  g_assert_cmpfloat (spinecds_case_get_temperature_c (kase), ==, 38.6);
  g_assert_cmpstr (spinecds_case_get_surgery_procedure (kase), ==, "ACDF C5-C6");
  g_assert_cmpint (spinecds_case_get_mscc_radiosensitive (kase), ==, SPINECDS_TRISTATE_NO);

  /* The enum properties use the generated types. */
  g_assert_true (G_PARAM_SPEC_VALUE_TYPE (g_object_class_find_property (G_OBJECT_GET_CLASS (kase), "sex")) == SPINECDS_TYPE_SEX);
  g_assert_true (G_PARAM_SPEC_VALUE_TYPE (g_object_class_find_property (G_OBJECT_GET_CLASS (kase), "region")) == SPINECDS_TYPE_REGION);
  g_assert_true (G_PARAM_SPEC_VALUE_TYPE (g_object_class_find_property (G_OBJECT_GET_CLASS (kase), "conservative-care-response")) == SPINECDS_TYPE_RESPONSE);
  g_assert_true (G_PARAM_SPEC_VALUE_TYPE (g_object_class_find_property (G_OBJECT_GET_CLASS (kase), "mscc-radiosensitive")) == SPINECDS_TYPE_TRISTATE);
}

static void
test_findings_property (void)
{
  g_autoptr(SpineCdsCase) kase = spinecds_case_new ();
  g_autoptr(GListModel) findings = NULL;
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (kase), "findings");

  g_assert_nonnull (pspec);
  g_assert_false (pspec->flags & G_PARAM_WRITABLE);
  g_object_get (kase, "findings", &findings, NULL);
  g_assert_true (findings == spinecds_case_get_findings (kase));
  g_assert_true (g_list_model_get_item_type (findings) == SPINECDS_TYPE_FINDING);
}

static void
test_unknown_numbers (void)
{
  g_autoptr(SpineCdsCase) kase = spinecds_case_new ();
  guint *changed = watch_changed (kase);

  /* Any negative value means unknown, and unknown is already the value. */
  spinecds_case_set_crp_mg_l (kase, -7.5);
  g_assert_cmpuint (*changed, ==, 0);
  g_assert_cmpfloat (spinecds_case_get_crp_mg_l (kase), ==, SPINECDS_UNKNOWN);

  spinecds_case_set_crp_mg_l (kase, 0);
  g_assert_cmpuint (*changed, ==, 1);
  g_assert_true (SPINECDS_IS_KNOWN (spinecds_case_get_crp_mg_l (kase)));

  spinecds_case_set_crp_mg_l (kase, -3);
  g_assert_cmpuint (*changed, ==, 2);
  g_assert_cmpfloat (spinecds_case_get_crp_mg_l (kase), ==, SPINECDS_UNKNOWN);

  spinecds_case_set_mjoa (kase, -9);
  g_assert_cmpint (spinecds_case_get_mjoa (kase), ==, -1);
  g_assert_cmpuint (*changed, ==, 2);

  spinecds_case_set_symptom_duration_weeks (kase, -0.0);
  g_assert_cmpfloat (spinecds_case_get_symptom_duration_weeks (kase), ==, 0.0);
  g_assert_false (signbit (spinecds_case_get_symptom_duration_weeks (kase)));
}

static void
test_codes (void)
{
  g_autoptr(SpineCdsCase) kase = spinecds_case_new ();
  guint              *changed = watch_changed (kase);
  const char * const *codes;

  spinecds_case_set_code (kase, SPINECDS_CODE_KIND_SYMPTOM, "night_pain", TRUE);
  spinecds_case_set_code (kase, SPINECDS_CODE_KIND_SYMPTOM, "axial_pain", TRUE);
  spinecds_case_set_code (kase, SPINECDS_CODE_KIND_SYMPTOM, "weight_loss", TRUE);
  g_assert_cmpuint (*changed, ==, 3);

  /* Already there: no change, and the order of insertion is kept. */
  spinecds_case_set_code (kase, SPINECDS_CODE_KIND_SYMPTOM, "axial_pain", TRUE);
  g_assert_cmpuint (*changed, ==, 3);
  codes = spinecds_case_get_codes (kase, SPINECDS_CODE_KIND_SYMPTOM);
  g_assert_cmpstrv (codes, ((const char *[]) { "night_pain", "axial_pain", "weight_loss", NULL }));

  g_assert_true (spinecds_case_has_code (kase, SPINECDS_CODE_KIND_SYMPTOM, "axial_pain"));
  g_assert_false (spinecds_case_has_code (kase, SPINECDS_CODE_KIND_SIGN, "axial_pain"));
  g_assert_false (spinecds_case_has_code (kase, SPINECDS_CODE_KIND_SYMPTOM, "no_such_code"));

  spinecds_case_set_code (kase, SPINECDS_CODE_KIND_SYMPTOM, "axial_pain", FALSE);
  g_assert_cmpuint (*changed, ==, 4);
  codes = spinecds_case_get_codes (kase, SPINECDS_CODE_KIND_SYMPTOM);
  g_assert_cmpstrv (codes, ((const char *[]) { "night_pain", "weight_loss", NULL }));

  /* Removing an absent code is not a change. */
  spinecds_case_set_code (kase, SPINECDS_CODE_KIND_SYMPTOM, "axial_pain", FALSE);
  g_assert_cmpuint (*changed, ==, 4);

  spinecds_case_set_code (kase, SPINECDS_CODE_KIND_SIGN, "umn_signs", TRUE);
  spinecds_case_set_code (kase, SPINECDS_CODE_KIND_HISTORY, "fever", TRUE);
  g_assert_cmpuint (*changed, ==, 6);
  g_assert_cmpstrv (spinecds_case_get_codes (kase, SPINECDS_CODE_KIND_SIGN),
                    ((const char *[]) { "umn_signs", NULL }));
  g_assert_cmpstrv (spinecds_case_get_codes (kase, SPINECDS_CODE_KIND_HISTORY),
                    ((const char *[]) { "fever", NULL }));

  /* The findings are a code set too. */
  spinecds_case_set_code (kase, SPINECDS_CODE_KIND_FINDING, "disc_bulge", TRUE);
  g_assert_cmpuint (*changed, ==, 7);
  g_assert_true (spinecds_case_has_code (kase, SPINECDS_CODE_KIND_FINDING, "disc_bulge"));
  g_assert_nonnull (spinecds_case_lookup_finding (kase, "disc_bulge"));
  g_assert_cmpstrv (spinecds_case_get_codes (kase, SPINECDS_CODE_KIND_FINDING),
                    ((const char *[]) { "disc_bulge", NULL }));
  spinecds_case_set_code (kase, SPINECDS_CODE_KIND_FINDING, "disc_bulge", TRUE);
  g_assert_cmpuint (*changed, ==, 7);
  spinecds_case_set_code (kase, SPINECDS_CODE_KIND_FINDING, "disc_bulge", FALSE);
  g_assert_cmpuint (*changed, ==, 8);
  g_assert_null (spinecds_case_get_codes (kase, SPINECDS_CODE_KIND_FINDING)[0]);
}

static void
test_invalid_code (void)
{
  g_autoptr(SpineCdsCase) kase = spinecds_case_new ();
  guint *changed = watch_changed (kase);

  /* A code of the wrong list is a programmer error, not a silent add. */
  g_test_expect_message ("spinecds-case", G_LOG_LEVEL_CRITICAL, "*info != NULL*");
  spinecds_case_set_code (kase, SPINECDS_CODE_KIND_SIGN, "axial_pain", TRUE);
  g_test_assert_expected_messages ();

  g_test_expect_message ("spinecds-case", G_LOG_LEVEL_CRITICAL, "*info != NULL*");
  spinecds_case_set_code (kase, SPINECDS_CODE_KIND_SYMPTOM, "headache", TRUE);
  g_test_assert_expected_messages ();

  g_assert_cmpuint (*changed, ==, 0);
  g_assert_null (spinecds_case_get_codes (kase, SPINECDS_CODE_KIND_SIGN)[0]);
  g_assert_null (spinecds_case_get_codes (kase, SPINECDS_CODE_KIND_SYMPTOM)[0]);
}

static void
test_finding (void)
{
  g_autoptr(SpineCdsFinding) finding = spinecds_finding_new ("disc_protrusion");
  g_autoptr(SpineCdsFinding) copy = NULL;
  g_autofree char *code = NULL;
  guint            notified = 0;
  SpineCdsGrade    grade;

  g_assert_cmpstr (spinecds_finding_get_code (finding), ==, "disc_protrusion");
  g_assert_cmpint (spinecds_finding_get_grade (finding), ==, SPINECDS_GRADE_NONE);
  g_assert_null (spinecds_finding_get_level (finding));
  g_assert_null (spinecds_finding_get_note (finding));

  g_signal_connect (finding, "notify", G_CALLBACK (count_notify), &notified);

  spinecds_finding_set_grade (finding, SPINECDS_GRADE_MODERATE);
  spinecds_finding_set_grade (finding, SPINECDS_GRADE_MODERATE);
  g_assert_cmpuint (notified, ==, 1);
  spinecds_finding_set_level (finding, "C5-C6");
  spinecds_finding_set_level (finding, "C5-C6");
  g_assert_cmpuint (notified, ==, 2);
  spinecds_finding_set_note (finding, "");
  spinecds_finding_set_note (finding, "");
  g_assert_cmpuint (notified, ==, 3);
  g_assert_cmpstr (spinecds_finding_get_note (finding), ==, "");
  spinecds_finding_set_note (finding, NULL);
  g_assert_cmpuint (notified, ==, 4);
  g_assert_null (spinecds_finding_get_note (finding));

  g_object_set (finding, "grade", SPINECDS_GRADE_SEVERE, NULL);
  g_assert_cmpuint (notified, ==, 5);
  g_object_get (finding, "code", &code, "grade", &grade, NULL);
  g_assert_cmpstr (code, ==, "disc_protrusion");
  g_assert_cmpint (grade, ==, SPINECDS_GRADE_SEVERE);
  g_assert_true (G_PARAM_SPEC_VALUE_TYPE (g_object_class_find_property (G_OBJECT_GET_CLASS (finding), "grade")) == SPINECDS_TYPE_GRADE);
  g_assert_true (g_object_class_find_property (G_OBJECT_GET_CLASS (finding), "code")->flags & G_PARAM_CONSTRUCT_ONLY);

  copy = spinecds_finding_copy (finding);
  g_assert_true (copy != finding);
  g_assert_true (spinecds_finding_equal (copy, finding));
  spinecds_finding_set_level (copy, "C6-C7");
  g_assert_false (spinecds_finding_equal (copy, finding));
}

static void
test_findings (void)
{
  g_autoptr(SpineCdsCase) kase = spinecds_case_new ();
  g_autoptr(SpineCdsFinding) bulge = spinecds_finding_new ("disc_bulge");
  g_autoptr(SpineCdsFinding) stenosis = spinecds_finding_new ("canal_stenosis");
  g_autoptr(SpineCdsFinding) bulge2 = spinecds_finding_new ("disc_bulge");
  g_autoptr(SpineCdsFinding) bulge3 = NULL;
  g_autoptr(SpineCdsFinding) item = NULL;
  GListModel *findings = spinecds_case_get_findings (kase);
  guint      *changed = watch_changed (kase);

  spinecds_case_add_finding (kase, bulge);
  spinecds_case_add_finding (kase, stenosis);
  g_assert_cmpuint (*changed, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 2);
  g_assert_true (spinecds_case_lookup_finding (kase, "canal_stenosis") == stenosis);
  g_assert_null (spinecds_case_lookup_finding (kase, "fracture"));
  g_assert_cmpstrv (spinecds_case_get_codes (kase, SPINECDS_CODE_KIND_FINDING),
                    ((const char *[]) { "disc_bulge", "canal_stenosis", NULL }));

  /* The same object again changes nothing. */
  spinecds_case_add_finding (kase, bulge);
  g_assert_cmpuint (*changed, ==, 2);

  /* Editing a listed finding is a change of the case, once per edit. */
  spinecds_finding_set_grade (bulge, SPINECDS_GRADE_MILD);
  g_assert_cmpuint (*changed, ==, 3);
  spinecds_finding_set_grade (bulge, SPINECDS_GRADE_MILD);
  g_assert_cmpuint (*changed, ==, 3);
  spinecds_finding_set_level (bulge, "L4-L5");
  spinecds_finding_set_note (bulge, "broad-based");
  g_assert_cmpuint (*changed, ==, 5);

  /* A present code at the same level is replaced in place, keeping the
   * order. */
  spinecds_finding_set_grade (bulge2, SPINECDS_GRADE_SEVERE);
  spinecds_finding_set_level (bulge2, "L4-L5");
  spinecds_case_add_finding (kase, bulge2);
  g_assert_cmpuint (*changed, ==, 6);
  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 2);
  item = g_list_model_get_item (findings, 0);
  g_assert_true (item == bulge2);
  g_clear_object (&item);

  /* The replaced finding is no longer watched; the new one is. */
  spinecds_finding_set_grade (bulge, SPINECDS_GRADE_MODERATE);
  g_assert_cmpuint (*changed, ==, 6);
  spinecds_finding_set_grade (bulge2, SPINECDS_GRADE_MODERATE);
  g_assert_cmpuint (*changed, ==, 7);

  /* An equal replacement swaps the object without a change. */
  bulge3 = spinecds_finding_copy (bulge2);
  spinecds_case_add_finding (kase, bulge3);
  g_assert_cmpuint (*changed, ==, 7);
  g_assert_true (spinecds_case_lookup_finding (kase, "disc_bulge") == bulge3);

  /* At another level, the same code is another finding (case format 2),
   * and the code set still lists the code once. */
  {
    g_autoptr(SpineCdsFinding) lower = spinecds_finding_new ("disc_bulge");

    spinecds_finding_set_level (lower, "L5-S1");
    spinecds_case_add_finding (kase, lower);
    g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 3);
    g_assert_cmpstrv (spinecds_case_get_codes (kase, SPINECDS_CODE_KIND_FINDING),
                      ((const char *[]) { "disc_bulge", "canal_stenosis", NULL }));
    g_assert_true (spinecds_case_has_finding_at (kase, "disc_bulge", "L5-S1"));
    spinecds_case_remove_finding (kase, 2);
    *changed -= 2;
  }

  spinecds_case_remove_finding (kase, 0);
  g_assert_cmpuint (*changed, ==, 8);
  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 1);
  spinecds_finding_set_grade (bulge3, SPINECDS_GRADE_MILD);
  g_assert_cmpuint (*changed, ==, 8);

  spinecds_case_clear_findings (kase);
  g_assert_cmpuint (*changed, ==, 9);
  spinecds_case_clear_findings (kase);
  g_assert_cmpuint (*changed, ==, 9);
  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 0);
  spinecds_finding_set_grade (stenosis, SPINECDS_GRADE_SEVERE);
  g_assert_cmpuint (*changed, ==, 9);
}

static void
test_finding_outlives_case (void)
{
  g_autoptr(SpineCdsFinding) finding = spinecds_finding_new ("fracture");
  SpineCdsCase *kase = spinecds_case_new ();

  spinecds_case_add_finding (kase, finding);
  g_object_unref (kase);

  /* The case is gone; editing the finding must not reach it. */
  spinecds_finding_set_grade (finding, SPINECDS_GRADE_SEVERE);
}

static SpineCdsCase *
make_full_case (void)
{
  SpineCdsCase *kase = spinecds_case_new ();
  g_autoptr(SpineCdsFinding) finding = spinecds_finding_new ("cord_compression");

  for (guint i = 0; i < G_N_ELEMENTS (property_cases); i++)
    {
      const PropertyCase *pc = &property_cases[i];
      GParamSpec         *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (kase), pc->name);
      g_auto(GValue) value = G_VALUE_INIT;

      property_case_value (pc, pspec, &value);
      g_object_set_property (G_OBJECT (kase), pc->name, &value);
    }

  spinecds_case_set_code (kase, SPINECDS_CODE_KIND_SYMPTOM, "gait_disturbance", TRUE);
  spinecds_case_set_code (kase, SPINECDS_CODE_KIND_SIGN, "umn_signs", TRUE);
  spinecds_case_set_code (kase, SPINECDS_CODE_KIND_HISTORY, "diabetes", TRUE);
  spinecds_finding_set_grade (finding, SPINECDS_GRADE_SEVERE);
  spinecds_finding_set_level (finding, "C4-C5");
  spinecds_case_add_finding (kase, finding);

  return kase;
}

static void
test_copy_equal (void)
{
  g_autoptr(SpineCdsCase) full = make_full_case ();
  g_autoptr(SpineCdsCase) copy = spinecds_case_copy (full);
  g_autoptr(SpineCdsCase) empty = spinecds_case_new ();
  g_autoptr(SpineCdsFinding) original = NULL;

  g_assert_true (spinecds_case_equal (full, copy));
  g_assert_true (spinecds_case_equal (full, full));
  g_assert_false (spinecds_case_equal (full, empty));

  /* The copy's findings are its own. */
  original = g_list_model_get_item (spinecds_case_get_findings (full), 0);
  g_assert_true (spinecds_case_lookup_finding (copy, "cord_compression") != original);
  spinecds_finding_set_note (original, "edited");
  g_assert_false (spinecds_case_equal (full, copy));
  spinecds_finding_set_note (original, NULL);
  g_assert_true (spinecds_case_equal (full, copy));

  /* Every input counts: change one property at a time. */
  for (guint i = 0; i < G_N_ELEMENTS (property_cases); i++)
    {
      g_autoptr(SpineCdsCase) fresh = spinecds_case_new ();
      g_autoptr(SpineCdsCase) other = spinecds_case_new ();
      const PropertyCase *pc = &property_cases[i];
      GParamSpec         *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (other), pc->name);
      g_auto(GValue) value = G_VALUE_INIT;

      property_case_value (pc, pspec, &value);
      g_object_set_property (G_OBJECT (other), pc->name, &value);
      if (spinecds_case_equal (fresh, other))
        g_error ("equal() ignores %s", pc->name);
    }

  /* Codes and their order count. */
  {
    g_autoptr(SpineCdsCase) a = spinecds_case_new ();
    g_autoptr(SpineCdsCase) b = spinecds_case_new ();

    spinecds_case_set_code (a, SPINECDS_CODE_KIND_HISTORY, "fever", TRUE);
    g_assert_false (spinecds_case_equal (a, b));
    spinecds_case_set_code (a, SPINECDS_CODE_KIND_HISTORY, "diabetes", TRUE);
    spinecds_case_set_code (b, SPINECDS_CODE_KIND_HISTORY, "diabetes", TRUE);
    spinecds_case_set_code (b, SPINECDS_CODE_KIND_HISTORY, "fever", TRUE);
    g_assert_false (spinecds_case_equal (a, b));
  }
}

static void
test_assign (void)
{
  g_autoptr(SpineCdsCase) full = make_full_case ();
  g_autoptr(SpineCdsCase) target = spinecds_case_new ();
  g_autoptr(SpineCdsCase) empty = spinecds_case_new ();
  guint *changed = watch_changed (target);
  guint  notified = 0;

  g_signal_connect (target, "notify", G_CALLBACK (count_notify), &notified);

  spinecds_case_assign (target, full);
  g_assert_cmpuint (*changed, ==, 1);
  g_assert_cmpuint (notified, ==, G_N_ELEMENTS (property_cases));
  g_assert_true (spinecds_case_equal (target, full));

  /* Nothing to change: no signal at all. */
  spinecds_case_assign (target, full);
  spinecds_case_assign (target, target);
  g_assert_cmpuint (*changed, ==, 1);

  /* Only the codes differ: still exactly one change. */
  spinecds_case_set_code (full, SPINECDS_CODE_KIND_SIGN, "motor_deficit", TRUE);
  spinecds_case_assign (target, full);
  g_assert_cmpuint (*changed, ==, 2);

  /* Only a finding differs. */
  spinecds_finding_set_level (spinecds_case_lookup_finding (full, "cord_compression"), "C3-C4");
  spinecds_case_assign (target, full);
  g_assert_cmpuint (*changed, ==, 3);
  g_assert_true (spinecds_case_equal (target, full));
  g_assert_true (spinecds_case_lookup_finding (target, "cord_compression")
                 != spinecds_case_lookup_finding (full, "cord_compression"));

  /* The assigned findings are watched. */
  spinecds_finding_set_grade (spinecds_case_lookup_finding (target, "cord_compression"), SPINECDS_GRADE_MILD);
  g_assert_cmpuint (*changed, ==, 4);

  spinecds_case_assign (target, empty);
  g_assert_cmpuint (*changed, ==, 5);
  g_assert_true (spinecds_case_equal (target, empty));
}

/* A report's finding updates the one it describes and keeps the
 * physician's note; at another level it is another finding. */
static void
test_merge_finding (void)
{
  g_autoptr(SpineCdsCase) kase = spinecds_case_new ();
  g_autoptr(SpineCdsFinding) unlocated = spinecds_finding_new ("disc_protrusion");
  g_autoptr(SpineCdsFinding) l45 = spinecds_finding_new ("disc_protrusion");
  g_autoptr(SpineCdsFinding) l5s1 = spinecds_finding_new ("disc_protrusion");
  g_autoptr(SpineCdsFinding) l45_again = spinecds_finding_new ("disc_protrusion");
  GListModel *findings = spinecds_case_get_findings (kase);

  spinecds_finding_set_note (unlocated, "seen on the old scan");
  spinecds_case_add_finding (kase, unlocated);

  /* The unlocated one takes the report's level and grade. */
  spinecds_finding_set_level (l45, "L4-L5");
  spinecds_finding_set_grade (l45, SPINECDS_GRADE_MILD);
  spinecds_case_merge_finding (kase, l45);
  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 1);
  g_assert_true (spinecds_case_has_finding_at (kase, "disc_protrusion", "L4-L5"));
  g_assert_cmpstr (spinecds_finding_get_note (l45), ==, "seen on the old scan");

  /* Another level is another finding. */
  spinecds_finding_set_level (l5s1, "L5-S1");
  spinecds_finding_set_grade (l5s1, SPINECDS_GRADE_SEVERE);
  spinecds_case_merge_finding (kase, l5s1);
  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 2);

  /* The same level again is updated in place. */
  spinecds_finding_set_level (l45_again, "L4-L5");
  spinecds_finding_set_grade (l45_again, SPINECDS_GRADE_MODERATE);
  spinecds_case_merge_finding (kase, l45_again);
  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 2);
  g_assert_true (g_list_model_get_item (findings, 0) == (gpointer) l45_again);
  g_object_unref (l45_again);
}

/* A finding's region comes from the vertebrae its level names; a level
 * that names none ("L9", "banana") places it nowhere, never outside the
 * region of the symptoms (sixth probe round). */
static void
test_finding_regions (void)
{
  static const struct
  {
    const char *level;
    guint       regions;
  } levels[] = {
    { "C5-C6", 1u << SPINECDS_REGION_CERVICAL },
    { "T12-L1", 1u << SPINECDS_REGION_THORACIC | 1u << SPINECDS_REGION_LUMBAR },
    { "L5/S1, L4", 1u << SPINECDS_REGION_LUMBAR },
    { "C7-T1", 1u << SPINECDS_REGION_CERVICAL | 1u << SPINECDS_REGION_THORACIC },
    { "L9", 0 },
    { "C0-C1", 1u << SPINECDS_REGION_CERVICAL },
    { "T13", 0 },
    /* The thoracolumbar junction is in a lumbar MRI's field. */
    { "T12", 1u << SPINECDS_REGION_THORACIC | 1u << SPINECDS_REGION_LUMBAR },
    { "T10-T11", 1u << SPINECDS_REGION_THORACIC },
    { "banana", 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    {
      g_autoptr(SpineCdsFinding) finding = spinecds_finding_new ("disc_bulge");

      spinecds_finding_set_level (finding, levels[i].level);
      g_assert_cmpuint (spinecds_finding_get_regions (finding), ==, levels[i].regions);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/spinecds/case/merge-finding", test_merge_finding);
  g_test_add_func ("/spinecds/case/defaults", test_defaults);
  g_test_add_func ("/spinecds/case/properties", test_properties);
  g_test_add_func ("/spinecds/case/findings-property", test_findings_property);
  g_test_add_func ("/spinecds/case/unknown-numbers", test_unknown_numbers);
  g_test_add_func ("/spinecds/case/codes", test_codes);
  g_test_add_func ("/spinecds/case/invalid-code", test_invalid_code);
  g_test_add_func ("/spinecds/case/finding", test_finding);
  g_test_add_func ("/spinecds/case/finding-regions", test_finding_regions);
  g_test_add_func ("/spinecds/case/findings", test_findings);
  g_test_add_func ("/spinecds/case/finding-outlives-case", test_finding_outlives_case);
  g_test_add_func ("/spinecds/case/copy-equal", test_copy_equal);
  g_test_add_func ("/spinecds/case/assign", test_assign);

  return g_test_run ();
}
