/* spinecds-evaluator.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rules that set triage run first, so the triage is final before any
 * other rule looks at it; it only ever rises (MAX), so no rule can
 * lower what a red flag raised.
 *
 * A case without an age or a region yet (case format 2) is evaluated
 * on what is known, with the triage raised to the worst that any age
 * or region could give, so a missing value never lowers it
 * (CASE-FORMAT §1.1); the knowledge base gives no routine plan then.
 * When that worst case raises the triage, its red flags and the rules
 * that depend on the missing value are named too, each saying which
 * value it counted: a raised triage with nothing to do would be no plan.
 */
#define G_LOG_DOMAIN "spinecds-evaluator"

#include "config.h"

#include "spinecds-assessment-private.h"
#include "spinecds-evaluator.h"
#include "spinecds-field.h"

typedef struct
{
  SpineCdsConditionContext context;
  guint                    n_concepts;
  guint                    n_rules;
} Evaluation;

/* The age and region, of those not entered, that give the highest
 * triage, with the serious findings a pasted report names and the case
 * lacks, and what the rules said there. */
typedef struct
{
  SpineCdsTriage      triage;
  SpineCdsAssessment *assessment;     /* NULL when it raises nothing */
  gboolean            age_assumed;    /* the age was not entered */
  gboolean            region_assumed; /* the region was not entered */
  GPtrArray          *reported;       /* SpineCdsFinding: named in the report, not entered */
  SpineCdsCase       *kase;           /* the case as entered, borrowed */
} WorstCase;

static GPtrArray *
facts_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) spinecds_fact_unref);
}

static void
evaluation_init (Evaluation            *evaluation,
                 SpineCdsKnowledgeBase *kb,
                 SpineCdsCase          *kase,
                 SpineCdsTriage         floor)
{
  GPtrArray *concepts = spinecds_knowledge_base_get_concepts (kb);

  evaluation->n_concepts = concepts->len;
  evaluation->n_rules = spinecds_knowledge_base_get_n_rules (kb);
  evaluation->context = (SpineCdsConditionContext) {
    .kase = kase,
    .concept_values = g_new0 (SpineCdsTristate, concepts->len),
    .concept_facts = g_new0 (GPtrArray *, concepts->len),
    .rule_fired = g_new0 (gboolean, evaluation->n_rules),
    .rule_facts = g_new0 (GPtrArray *, evaluation->n_rules),
    .triage = floor,
  };

  /* Concepts may only use earlier concepts, so one pass in order suffices. */
  for (guint i = 0; i < concepts->len; i++)
    {
      SpineCdsKbConcept *concept = g_ptr_array_index (concepts, i);

      evaluation->context.concept_facts[i] = facts_new ();
      evaluation->context.concept_values[i] = spinecds_condition_evaluate (concept->when, &evaluation->context,
                                                                           evaluation->context.concept_facts[i]);
    }
}

static void
evaluation_clear (Evaluation *evaluation)
{
  for (guint i = 0; i < evaluation->n_concepts; i++)
    g_ptr_array_unref (evaluation->context.concept_facts[i]);
  for (guint i = 0; i < evaluation->n_rules; i++)
    g_clear_pointer (&evaluation->context.rule_facts[i], g_ptr_array_unref);
  g_free (evaluation->context.concept_values);
  g_free (evaluation->context.concept_facts);
  g_free (evaluation->context.rule_fired);
  g_free (evaluation->context.rule_facts);
}

/* The rule's own reasons first, then the inputs, each once. */
static GPtrArray *
because_of (const SpineCdsKbRule *rule,
            GPtrArray            *facts)
{
  GPtrArray *because = facts_new ();

  for (char **text = rule->because; *text != NULL; text++)
    g_ptr_array_add (because, spinecds_fact_new_text (*text));

  for (guint i = 0; i < facts->len; i++)
    {
      SpineCdsFact *fact = g_ptr_array_index (facts, i);

      if (!g_ptr_array_find_with_equal_func (because, fact, (GEqualFunc) spinecds_fact_equal, NULL))
        g_ptr_array_add (because, spinecds_fact_ref (fact));
    }

  return because;
}

static void
run_rules (Evaluation            *evaluation,
           SpineCdsKnowledgeBase *kb,
           SpineCdsAssessment    *assessment)
{
  GPtrArray                *rules = spinecds_knowledge_base_get_rules (kb);
  GPtrArray                *red_flags = spinecds_knowledge_base_get_red_flags (kb);
  const guint              *order = spinecds_knowledge_base_get_evaluation_order (kb);
  SpineCdsConditionContext *context = &evaluation->context;

  /* Most rules do not fire and collect no facts: reuse one array for
   * them, and hand it over to a rule only when it fires. */
  g_autoptr(GPtrArray) scratch = facts_new ();

  for (guint i = 0; i < evaluation->n_rules; i++)
    {
      guint           index = order[i];
      SpineCdsKbRule *rule = g_ptr_array_index (rules, index);
      GPtrArray      *facts;

      if (spinecds_condition_evaluate (rule->when, context, scratch) != SPINECDS_TRISTATE_YES)
        {
          g_assert (scratch->len == 0);
          continue;
        }

      facts = g_steal_pointer (&scratch);
      scratch = facts_new ();
      context->rule_fired[index] = TRUE;
      /* A rule that names this one with "fired" inherits all its reasons. */
      context->rule_facts[index] = because_of (rule, facts);

      if (rule->triage != SPINECDS_NO_TRIAGE && (SpineCdsTriage) rule->triage > context->triage)
        {
          context->triage = rule->triage;
          spinecds_assessment_set_triage (assessment, context->triage);
        }
      if (rule->red_flag >= 0)
        spinecds_assessment_add_red_flag (assessment, g_ptr_array_index (red_flags, rule->red_flag),
                                          g_ptr_array_ref (context->rule_facts[index]));

      spinecds_assessment_add_recommendation (assessment, rule, g_ptr_array_ref (context->rule_facts[index]));
      g_ptr_array_unref (facts);
    }
}

/* Kleene conjunction: false wins over unknown, unknown over true. */
static SpineCdsTristate
tristate_and (SpineCdsTristate a,
              SpineCdsTristate b)
{
  if (a == SPINECDS_TRISTATE_NO || b == SPINECDS_TRISTATE_NO)
    return SPINECDS_TRISTATE_NO;
  if (a == SPINECDS_TRISTATE_UNKNOWN || b == SPINECDS_TRISTATE_UNKNOWN)
    return SPINECDS_TRISTATE_UNKNOWN;
  return SPINECDS_TRISTATE_YES;
}

static void
mscc_criterion_free (SpineCdsMsccCriterion *criterion)
{
  g_free (criterion);
}

static SpineCdsMsccSurgery *
judge_mscc_surgery (Evaluation            *evaluation,
                    SpineCdsKnowledgeBase *kb)
{
  const SpineCdsKbMscc *rules = spinecds_knowledge_base_get_mscc (kb);
  SpineCdsMsccSurgery  *mscc = g_new0 (SpineCdsMsccSurgery, 1);

  mscc->criteria = g_ptr_array_new_with_free_func ((GDestroyNotify) mscc_criterion_free);
  mscc->eligible = SPINECDS_TRISTATE_YES;

  for (guint i = 0; i < rules->criteria->len; i++)
    {
      SpineCdsKbCriterion   *rule = g_ptr_array_index (rules->criteria, i);
      SpineCdsMsccCriterion *criterion = g_new0 (SpineCdsMsccCriterion, 1);

      criterion->id = rule->id;
      criterion->label = rule->label;
      criterion->met = spinecds_condition_evaluate (rule->when, &evaluation->context, NULL);
      criterion->at_limit = spinecds_condition_at_limit (rule->when, &evaluation->context);
      mscc->eligible = tristate_and (mscc->eligible, criterion->met);
      g_ptr_array_add (mscc->criteria, criterion);
    }

  mscc->age_modifier_label = rules->age_modifier->label;
  mscc->age_modifier_met = spinecds_condition_evaluate (rules->age_modifier->when, &evaluation->context, NULL);
  mscc->age_modifier_at_limit = spinecds_condition_at_limit (rules->age_modifier->when, &evaluation->context);
  mscc->surgery_favoured = tristate_and (mscc->eligible, mscc->age_modifier_met);
  return mscc;
}

static gboolean
is_reported (const SpineCdsFact *fact,
             const WorstCase    *worst)
{
  for (guint i = 0; i < worst->reported->len; i++)
    if (g_str_equal (spinecds_finding_get_code (g_ptr_array_index (worst->reported, i)), fact->name))
      return TRUE;
  return FALSE;
}

/* Whether @fact gives a value that was not entered (the worst case's
 * age, region or a finding only the report names). */
static gboolean
is_assumed (const SpineCdsFact *fact,
            const WorstCase    *worst)
{
  if (fact->kind == SPINECDS_FACT_CODE)
    return fact->code_kind == SPINECDS_CODE_KIND_FINDING && is_reported (fact, worst);
  if (fact->kind != SPINECDS_FACT_NUMBER && fact->kind != SPINECDS_FACT_CHOICE)
    return FALSE;
  return (worst->age_assumed && g_str_equal (fact->name, "patient.age_years"))
         || (worst->region_assumed && g_str_equal (fact->name, "region"));
}

/* @because with each value that was not entered said to be assumed;
 * NULL when it rests on no such value. */
static GPtrArray *
because_assumed (GPtrArray       *because,
                 const WorstCase *worst)
{
  g_autoptr(GPtrArray) out = facts_new ();
  gboolean assumed = FALSE;

  for (guint i = 0; i < because->len; i++)
    {
      SpineCdsFact *fact = g_ptr_array_index (because, i);

      if (!is_assumed (fact, worst))
        {
          g_ptr_array_add (out, spinecds_fact_ref (fact));
          continue;
        }
      assumed = TRUE;
      g_ptr_array_add (out, fact->kind == SPINECDS_FACT_CODE
                              ? spinecds_fact_new_reported_finding (fact, spinecds_field_report_doubts (worst->kase, fact->name))
                              : spinecds_fact_new_assumed (fact->name, fact->value));
    }
  return assumed ? g_steal_pointer (&out) : NULL;
}

static gpointer
find_by_id (GPtrArray  *array,
            const char *id)
{
  /* Knowledge base entries and assessment entries both start with their id. */
  for (guint i = 0; i < array->len; i++)
    if (g_str_equal (*(const char **) g_ptr_array_index (array, i), id))
      return g_ptr_array_index (array, i);
  return NULL;
}

/* The red flags and recommendations of the worst case that rest on the
 * age or region it counted, added to @assessment with that said. */
static void
name_worst_case (SpineCdsKnowledgeBase *kb,
                 SpineCdsAssessment    *assessment,
                 const WorstCase       *worst)
{
  GPtrArray *flags = spinecds_assessment_get_red_flags (worst->assessment);
  GPtrArray *recommendations = spinecds_assessment_get_recommendations (worst->assessment);

  for (guint i = 0; i < flags->len; i++)
    {
      const SpineCdsRedFlag *flag = g_ptr_array_index (flags, i);
      GPtrArray             *because;

      if (find_by_id (spinecds_assessment_get_red_flags (assessment), flag->id) != NULL
          || (because = because_assumed (flag->because, worst)) == NULL)
        continue;
      spinecds_assessment_add_red_flag (assessment, find_by_id (spinecds_knowledge_base_get_red_flags (kb), flag->id),
                                        because);
    }
  for (guint i = 0; i < recommendations->len; i++)
    {
      const SpineCdsRecommendation *recommendation = g_ptr_array_index (recommendations, i);
      GPtrArray                    *because;

      if (find_by_id (spinecds_assessment_get_recommendations (assessment), recommendation->id) != NULL
          || (because = because_assumed (recommendation->because, worst)) == NULL)
        continue;
      spinecds_assessment_add_recommendation (assessment,
                                              find_by_id (spinecds_knowledge_base_get_rules (kb), recommendation->id),
                                              because);
    }
}

/* One pass of the rules over @kase, starting from @floor; with @worst,
 * what the worst case assumed is named. */
static SpineCdsAssessment *
evaluate_from (SpineCdsKnowledgeBase *kb,
               SpineCdsCase          *kase,
               SpineCdsTriage         floor,
               const WorstCase       *worst)
{
  g_autoptr(SpineCdsAssessment) assessment = spinecds_assessment_new (kb);
  Evaluation evaluation;

  spinecds_assessment_set_triage (assessment, floor);
  evaluation_init (&evaluation, kb, kase, floor);
  run_rules (&evaluation, kb, assessment);
  if (worst != NULL && worst->assessment != NULL)
    name_worst_case (kb, assessment, worst);
  spinecds_assessment_settle_texts (assessment, spinecds_knowledge_base_get_rules (kb));

  if (spinecds_case_get_has_mscc (kase))
    spinecds_assessment_set_mscc_surgery (assessment, judge_mscc_surgery (&evaluation, kb));

  evaluation_clear (&evaluation);
  return g_steal_pointer (&assessment);
}

static void
collect_age_limits (GPtrArray *conditions,
                    gsize      offset,
                    GArray    *values)
{
  for (guint i = 0; i < conditions->len; i++)
    {
      const SpineCdsCondition *when =
        G_STRUCT_MEMBER (SpineCdsCondition *, g_ptr_array_index (conditions, i), offset);

      spinecds_condition_collect_values (when, "patient.age_years", values);
    }
}

static int
compare_ages_descending (gconstpointer a,
                         gconstpointer b)
{
  int x = *(const int *) a;
  int y = *(const int *) b;

  return (x < y) - (x > y);
}

/* Every age on each side of every age limit the knowledge base uses,
 * so that each band of ages is tried once, oldest first (see
 * find_worst_case). */
static GArray *
age_scenarios (SpineCdsKnowledgeBase *kb)
{
  const SpineCdsKbMscc *mscc = spinecds_knowledge_base_get_mscc (kb);
  g_autoptr(GArray) limits = g_array_new (FALSE, FALSE, sizeof (double));
  GArray *ages = g_array_new (FALSE, FALSE, sizeof (int));
  int     ends[] = { 0, 120 };

  collect_age_limits (spinecds_knowledge_base_get_rules (kb), G_STRUCT_OFFSET (SpineCdsKbRule, when), limits);
  collect_age_limits (spinecds_knowledge_base_get_concepts (kb), G_STRUCT_OFFSET (SpineCdsKbConcept, when), limits);
  collect_age_limits (mscc->criteria, G_STRUCT_OFFSET (SpineCdsKbCriterion, when), limits);
  spinecds_condition_collect_values (mscc->age_modifier->when, "patient.age_years", limits);

  g_array_append_vals (ages, ends, G_N_ELEMENTS (ends));
  for (guint i = 0; i < limits->len; i++)
    for (int delta = -1; delta <= 1; delta++)
      {
        int age = (int) g_array_index (limits, double, i) + delta;

        if (age > 0 && age < 120)
          g_array_append_val (ages, age);
      }
  g_array_sort (ages, compare_ages_descending);
  return ages;
}

/* The age and region that give the highest triage where they are not
 * entered yet, with the serious findings the pasted report names and
 * the case lacks (§8.11: a report not yet read into the case must not
 * lower the triage); routine, and no assessment, for a complete case or
 * when what is entered already gives that triage. */
static void
find_worst_case (SpineCdsKnowledgeBase *kb,
                 SpineCdsCase          *kase,
                 WorstCase             *worst)
{
  static const SpineCdsRegion regions[] = {
    SPINECDS_REGION_CERVICAL, SPINECDS_REGION_THORACIC, SPINECDS_REGION_LUMBAR
  };
  gboolean age_known = spinecds_case_get_age_years (kase) >= 0;
  gboolean region_known = spinecds_case_get_region (kase) != SPINECDS_REGION_UNKNOWN;
  g_autoptr(GArray) ages = NULL;
  g_autoptr(SpineCdsCase) scenario = NULL;
  g_autoptr(SpineCdsAssessment) known = NULL;

  *worst = (WorstCase) { SPINECDS_TRIAGE_ROUTINE, NULL, !age_known, !region_known,
                         spinecds_field_dup_unentered_report_findings (kase), kase };
  if (age_known && region_known && worst->reported->len == 0)
    return;

  known = evaluate_from (kb, kase, SPINECDS_TRIAGE_ROUTINE, NULL);
  ages = age_known ? g_array_new (FALSE, FALSE, sizeof (int)) : age_scenarios (kb);
  if (age_known)
    {
      int age = spinecds_case_get_age_years (kase);

      g_array_append_val (ages, age);
    }
  scenario = spinecds_case_copy (kase);
  for (guint i = 0; i < worst->reported->len; i++)
    spinecds_case_add_finding (scenario, g_ptr_array_index (worst->reported, i));
  for (guint r = 0; r < G_N_ELEMENTS (regions); r++)
    {
      if (region_known && regions[r] != spinecds_case_get_region (kase))
        continue;
      spinecds_case_set_region (scenario, regions[r]);
      for (guint a = 0; a < ages->len && worst->triage < SPINECDS_TRIAGE_EMERGENCY; a++)
        {
          g_autoptr(SpineCdsAssessment) tried = NULL;

          spinecds_case_set_age_years (scenario, g_array_index (ages, int, a));
          tried = evaluate_from (kb, scenario, SPINECDS_TRIAGE_ROUTINE, NULL);
          /* Only a higher triage replaces the worst case found: with the
           * ages oldest first, a child's red flag that ties with an
           * adult's leaves the adult's named, as for most of the
           * patients the guidelines were written for. */
          if (spinecds_assessment_get_triage (tried) <= worst->triage)
            continue;
          worst->triage = spinecds_assessment_get_triage (tried);
          if (worst->triage <= spinecds_assessment_get_triage (known))
            continue;
          g_clear_object (&worst->assessment);
          worst->assessment = g_steal_pointer (&tried);
        }
    }
}

/* What a plan cannot be made without: the age and region (without
 * them the triage is the worst case's), something clinical, since an
 * age and a region are no complaint, and the findings of a pasted MRI
 * report, which must not pass for a normal MRI (§8.11). */
static const char * const needed_fields[] = { "patient.age_years", "region", "symptoms", "imaging.findings" };

/* The fields a plan needs first, then what the plan's own
 * recommendations ask to enter and is still unknown: "Measure CRP",
 * "Record an mJOA score". */
static void
set_missing (SpineCdsAssessment    *assessment,
             SpineCdsKnowledgeBase *kb,
             SpineCdsCase          *kase)
{
  GPtrArray *recommendations = spinecds_assessment_get_recommendations (assessment);
  g_autoptr(GPtrArray) missing = g_ptr_array_new ();
  guint n_needed;

  for (guint i = 0; i < G_N_ELEMENTS (needed_fields); i++)
    if (!spinecds_field_is_known (spinecds_field_lookup (needed_fields[i]), kase))
      g_ptr_array_add (missing, (gpointer) needed_fields[i]);
  n_needed = missing->len;
  for (guint i = 0; i < recommendations->len; i++)
    {
      const SpineCdsRecommendation *recommendation = g_ptr_array_index (recommendations, i);
      const SpineCdsKbRule         *rule = find_by_id (spinecds_knowledge_base_get_rules (kb), recommendation->id);

      for (guint f = 0; rule->asks_for[f] != NULL; f++)
        {
          const char *path = rule->asks_for[f];

          if (!spinecds_field_is_known (spinecds_field_lookup (path), kase)
              && !g_ptr_array_find_with_equal_func (missing, path, g_str_equal, NULL))
            g_ptr_array_add (missing, (gpointer) path);
        }
    }
  g_ptr_array_add (missing, NULL);
  spinecds_assessment_set_missing (assessment, (const char * const *) missing->pdata, n_needed);
}

/* Under an "Incomplete" headline no reason may read "Triage:
 * routine": that triage is only the floor of a plan not yet made. The
 * reasons are shared with the rules' and red flags' lists, so each
 * recommendation gets a list of its own. Call after set_missing. */
static void
name_unplanned_triage (SpineCdsAssessment *assessment)
{
  GPtrArray *recommendations = spinecds_assessment_get_recommendations (assessment);

  if (!spinecds_assessment_is_unplanned (assessment))
    return;
  for (guint i = 0; i < recommendations->len; i++)
    {
      SpineCdsRecommendation *recommendation = g_ptr_array_index (recommendations, i);
      GPtrArray              *because = facts_new ();

      for (guint f = 0; f < recommendation->because->len; f++)
        {
          SpineCdsFact *fact = g_ptr_array_index (recommendation->because, f);

          if (fact->kind == SPINECDS_FACT_CHOICE && g_str_equal (fact->name, "triage"))
            g_ptr_array_add (because, spinecds_fact_new_choice ("triage", "incomplete"));
          else
            g_ptr_array_add (because, spinecds_fact_ref (fact));
        }
      g_ptr_array_unref (recommendation->because);
      recommendation->because = because;
    }
}

static char *
format_day (const GDate *day)
{
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (day), g_date_get_month (day), g_date_get_day (day));
}

/* When the patient is seen again, counted from the visit (today when not
 * given): in 4-6 weeks, or within 2 weeks when a weakness is to be
 * examined again (eleventh clinical round: the handout gave the later
 * date); none when the plan sends the patient on. */
static void
set_follow_up (SpineCdsAssessment *assessment,
               SpineCdsCase       *kase)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  gboolean         soon = spinecds_assessment_has_action (assessment, "reexamine_2_weeks");
  GDate            day;

  if (!soon && !spinecds_assessment_has_action (assessment, "reassess_4_6_weeks"))
    return;
  if (!spinecds_case_get_date (kase, SPINECDS_CASE_TEXT_VISIT_DATE, &day))
    g_date_set_dmy (&day, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                    g_date_time_get_year (now));
  g_date_add_days (&day, soon ? 7 : 28);
  from = format_day (&day);
  g_date_add_days (&day, soon ? 7 : 14);
  to = format_day (&day);
  spinecds_assessment_set_follow_up (assessment, from, to);
}

SpineCdsAssessment *
spinecds_evaluate (SpineCdsKnowledgeBase *kb,
                   SpineCdsCase          *kase)
{
  g_autoptr(SpineCdsAssessment) assessment = NULL;
  WorstCase worst;

  g_return_val_if_fail (SPINECDS_IS_KNOWLEDGE_BASE (kb), NULL);
  g_return_val_if_fail (SPINECDS_IS_CASE (kase), NULL);

  find_worst_case (kb, kase, &worst);
  assessment = evaluate_from (kb, kase, worst.triage, &worst);
  g_clear_object (&worst.assessment);
  g_clear_pointer (&worst.reported, g_ptr_array_unref);
  spinecds_assessment_finish (assessment);
  /* What is missing decides whether the plan is made at all. */
  set_missing (assessment, kb, kase);
  name_unplanned_triage (assessment);
  set_follow_up (assessment, kase);
  spinecds_assessment_set_decision (assessment, spinecds_case_get_decision (kase));
  return g_steal_pointer (&assessment);
}
