/* spinecds-assessment.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "spinecds-assessment"

#include "config.h"

#include <glib/gi18n.h>

#include "spinecds-assessment-private.h"
#include "spinecds-codes.h"
#include "spinecds-enums.h"
#include "spinecds-field.h"
#include "spinecds-json.h"

struct _SpineCdsAssessment
{
  GObject                parent_instance;

  SpineCdsKnowledgeBase *kb;
  SpineCdsTriage         triage;
  GPtrArray             *red_flags;       /* of SpineCdsRedFlag* */
  GPtrArray             *actions;         /* of const char*, NULL-terminated once finished */
  GPtrArray             *recommendations; /* of SpineCdsRecommendation* */
  SpineCdsMsccSurgery   *mscc;
  GPtrArray             *references;   /* of const SpineCdsReference*, borrowed from kb */
  const char            *timeframe;    /* a fired rule's own, borrowed from kb, or NULL */
  char                 **missing;      /* field paths the plan still needs */
  guint                  n_needed;     /* the first of them: fields a plan is made from */
  gboolean               incomplete;   /* n_needed > 0 */
  char                  *follow_up[2]; /* "YYYY-MM-DD" from and to, or NULL */
  SpineCdsDecision      *decision;     /* the case's, or NULL */
  gboolean               decision_stale;
};

G_DEFINE_FINAL_TYPE (SpineCdsAssessment, spinecds_assessment, G_TYPE_OBJECT)

static void
red_flag_free (SpineCdsRedFlag *flag)
{
  g_ptr_array_unref (flag->because);
  g_free (flag);
}

static void
recommendation_free (SpineCdsRecommendation *recommendation)
{
  g_ptr_array_unref (recommendation->because);
  g_free ((gpointer) recommendation->references);
  g_free (recommendation);
}

static void
mscc_free (SpineCdsMsccSurgery *mscc)
{
  g_ptr_array_unref (mscc->criteria);
  g_free (mscc);
}

static void
spinecds_assessment_finalize (GObject *object)
{
  SpineCdsAssessment *self = (SpineCdsAssessment *) object;

  g_clear_pointer (&self->red_flags, g_ptr_array_unref);
  g_clear_pointer (&self->actions, g_ptr_array_unref);
  g_clear_pointer (&self->recommendations, g_ptr_array_unref);
  g_clear_pointer (&self->mscc, mscc_free);
  g_clear_pointer (&self->references, g_ptr_array_unref);
  g_clear_pointer (&self->missing, g_strfreev);
  g_clear_pointer (&self->follow_up[0], g_free);
  g_clear_pointer (&self->follow_up[1], g_free);
  g_clear_pointer (&self->decision, spinecds_decision_unref);
  g_clear_object (&self->kb);

  G_OBJECT_CLASS (spinecds_assessment_parent_class)->finalize (object);
}

static void
spinecds_assessment_class_init (SpineCdsAssessmentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = spinecds_assessment_finalize;
}

static void
spinecds_assessment_init (SpineCdsAssessment *self)
{
  self->red_flags = g_ptr_array_new_with_free_func ((GDestroyNotify) red_flag_free);
  self->actions = g_ptr_array_new ();
  self->recommendations = g_ptr_array_new_with_free_func ((GDestroyNotify) recommendation_free);
  self->references = g_ptr_array_new ();
}

/* Building ------------------------------------------------------------------ */

SpineCdsAssessment *
spinecds_assessment_new (SpineCdsKnowledgeBase *kb)
{
  SpineCdsAssessment *self = g_object_new (SPINECDS_TYPE_ASSESSMENT, NULL);

  self->kb = g_object_ref (kb);
  return self;
}

void
spinecds_assessment_set_triage (SpineCdsAssessment *self,
                                SpineCdsTriage      triage)
{
  /* Nothing may lower a triage once raised. */
  g_assert (triage >= self->triage);
  self->triage = triage;
}

static void
merge_facts (GPtrArray *into,
             GPtrArray *facts)
{
  for (guint i = 0; i < facts->len; i++)
    {
      SpineCdsFact *fact = g_ptr_array_index (facts, i);

      if (!g_ptr_array_find_with_equal_func (into, fact, (GEqualFunc) spinecds_fact_equal, NULL))
        g_ptr_array_add (into, spinecds_fact_ref (fact));
    }
}

void
spinecds_assessment_add_red_flag (SpineCdsAssessment      *self,
                                  const SpineCdsKbRedFlag *flag,
                                  GPtrArray               *because)
{
  g_autoptr(GPtrArray) owned = because;
  SpineCdsRedFlag *entry;

  for (guint i = 0; i < self->red_flags->len; i++)
    {
      entry = g_ptr_array_index (self->red_flags, i);
      if (g_str_equal (entry->id, flag->id))
        {
          merge_facts (entry->because, owned);
          return;
        }
    }

  entry = g_new0 (SpineCdsRedFlag, 1);
  entry->id = flag->id;
  entry->label = flag->label;
  entry->because = g_steal_pointer (&owned);
  g_ptr_array_add (self->red_flags, entry);
}

static void
add_action (SpineCdsAssessment *self,
            char               *action)
{
  if (action != NULL && !g_ptr_array_find_with_equal_func (self->actions, action, g_str_equal, NULL))
    g_ptr_array_add (self->actions, action);
}

void
spinecds_assessment_add_recommendation (SpineCdsAssessment   *self,
                                        const SpineCdsKbRule *rule,
                                        GPtrArray            *because)
{
  SpineCdsRecommendation *recommendation = g_new0 (SpineCdsRecommendation, 1);

  recommendation->id = rule->id;
  recommendation->action = rule->action;
  recommendation->category = rule->category;
  recommendation->text = rule->text;
  recommendation->because = because;
  /* A copy of the list (the ids are the knowledge base's), put in the
   * order of the plan's numbers once every rule has fired. */
  recommendation->references = g_memdup2 (rule->references,
                                          sizeof (char *) * (g_strv_length ((char **) rule->references) + 1));
  g_ptr_array_add (self->recommendations, recommendation);

  add_action (self, rule->action);
  for (guint i = 0; rule->also_actions != NULL && rule->also_actions[i] != NULL; i++)
    add_action (self, rule->also_actions[i]);
}

void
spinecds_assessment_settle_texts (SpineCdsAssessment *self,
                                  GPtrArray          *rules)
{
  guint index;

  /* One MRI: a study without and with contrast includes the images
   * without, so asking for both would say two things; the request for
   * the plain study goes, with its recommendation. */
  if (g_ptr_array_find_with_equal_func (self->actions, "mri_with_and_without_contrast", g_str_equal, NULL)
      && g_ptr_array_find_with_equal_func (self->actions, "mri_without_contrast", g_str_equal, &index))
    {
      g_ptr_array_remove_index (self->actions, index);
      for (guint i = self->recommendations->len; i-- > 0;)
        {
          SpineCdsRecommendation *recommendation = g_ptr_array_index (self->recommendations, i);

          if (g_strcmp0 (recommendation->action, "mri_without_contrast") == 0)
            g_ptr_array_remove_index (self->recommendations, i);
        }
    }

  /* The triage is final now: a rule outranked by it speaks without the
   * time limit of its own tier. */
  for (guint i = 0; i < self->recommendations->len; i++)
    {
      SpineCdsRecommendation *recommendation = g_ptr_array_index (self->recommendations, i);

      for (guint r = 0; r < rules->len; r++)
        {
          const SpineCdsKbRule *rule = g_ptr_array_index (rules, r);

          if (rule->id != recommendation->id)
            continue;
          if (rule->text_beside_higher != NULL && (SpineCdsTriage) rule->tier < self->triage)
            recommendation->text = rule->text_beside_higher;
          if (rule->timeframe != NULL && (SpineCdsTriage) rule->tier == self->triage)
            self->timeframe = rule->timeframe;
        }
    }
}

void
spinecds_assessment_set_mscc_surgery (SpineCdsAssessment  *self,
                                      SpineCdsMsccSurgery *mscc)
{
  g_clear_pointer (&self->mscc, mscc_free);
  self->mscc = mscc;
}

static void
cite (SpineCdsAssessment *self,
      const char * const *ids)
{
  for (guint i = 0; ids[i] != NULL; i++)
    {
      const SpineCdsReference *reference = spinecds_knowledge_base_lookup_reference (self->kb, ids[i]);

      g_assert (reference != NULL);
      if (!g_ptr_array_find (self->references, reference, NULL))
        g_ptr_array_add (self->references, (gpointer) reference);
    }
}

static int
compare_reference_numbers (gconstpointer a,
                           gconstpointer b,
                           gpointer      user_data)
{
  SpineCdsAssessment *self = user_data;
  const char * const *x_id = a;
  const char * const *y_id = b;
  guint               x = spinecds_assessment_get_reference_number (self, *x_id);
  guint               y = spinecds_assessment_get_reference_number (self, *y_id);

  return (x > y) - (x < y);
}

void
spinecds_assessment_finish (SpineCdsAssessment *self)
{
  GPtrArray *order = spinecds_knowledge_base_get_actions (self->kb);
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();

  for (guint i = 0; i < order->len; i++)
    if (g_ptr_array_find_with_equal_func (self->actions, g_ptr_array_index (order, i), g_str_equal, NULL))
      g_ptr_array_add (sorted, g_ptr_array_index (order, i));
  g_ptr_array_add (sorted, NULL);
  g_ptr_array_unref (self->actions);
  self->actions = g_steal_pointer (&sorted);

  for (guint i = 0; i < self->recommendations->len; i++)
    cite (self, ((SpineCdsRecommendation *) g_ptr_array_index (self->recommendations, i))->references);
  if (self->mscc != NULL)
    cite (self, (const char * const *) spinecds_knowledge_base_get_mscc (self->kb)->references);

  /* "[1, 9, 11]", not "[9, 1, 11]": each list in the order of its numbers. */
  for (guint i = 0; i < self->recommendations->len; i++)
    {
      SpineCdsRecommendation *recommendation = g_ptr_array_index (self->recommendations, i);

      g_qsort_with_data ((gpointer) recommendation->references,
                         g_strv_length ((char **) recommendation->references), sizeof (char *),
                         compare_reference_numbers, self);
    }
}

/* Reading -------------------------------------------------------------------- */

SpineCdsKnowledgeBase *
spinecds_assessment_get_knowledge_base (SpineCdsAssessment *self)
{
  g_return_val_if_fail (SPINECDS_IS_ASSESSMENT (self), NULL);
  return self->kb;
}

SpineCdsTriage
spinecds_assessment_get_triage (SpineCdsAssessment *self)
{
  g_return_val_if_fail (SPINECDS_IS_ASSESSMENT (self), SPINECDS_TRIAGE_EMERGENCY);
  return self->triage;
}

const char *
spinecds_assessment_get_timeframe (SpineCdsAssessment *self)
{
  g_return_val_if_fail (SPINECDS_IS_ASSESSMENT (self), NULL);
  if (self->timeframe != NULL)
    return self->timeframe;
  return spinecds_knowledge_base_get_timeframe (self->kb, self->triage);
}

GPtrArray *
spinecds_assessment_get_red_flags (SpineCdsAssessment *self)
{
  g_return_val_if_fail (SPINECDS_IS_ASSESSMENT (self), NULL);
  return self->red_flags;
}

const char * const *
spinecds_assessment_get_actions (SpineCdsAssessment *self)
{
  g_return_val_if_fail (SPINECDS_IS_ASSESSMENT (self), NULL);
  return (const char * const *) self->actions->pdata;
}

gboolean
spinecds_assessment_has_action (SpineCdsAssessment *self,
                                const char         *action)
{
  g_return_val_if_fail (SPINECDS_IS_ASSESSMENT (self), FALSE);
  return g_strv_contains (spinecds_assessment_get_actions (self), action);
}

gboolean
spinecds_assessment_has_red_flag (SpineCdsAssessment *self,
                                  const char         *id)
{
  g_return_val_if_fail (SPINECDS_IS_ASSESSMENT (self), FALSE);

  for (guint i = 0; i < self->red_flags->len; i++)
    if (g_str_equal (((SpineCdsRedFlag *) g_ptr_array_index (self->red_flags, i))->id, id))
      return TRUE;
  return FALSE;
}

gboolean
spinecds_assessment_has_recommendation (SpineCdsAssessment *self,
                                        const char         *rule_id)
{
  g_return_val_if_fail (SPINECDS_IS_ASSESSMENT (self), FALSE);

  for (guint i = 0; i < self->recommendations->len; i++)
    if (g_str_equal (((SpineCdsRecommendation *) g_ptr_array_index (self->recommendations, i))->id, rule_id))
      return TRUE;
  return FALSE;
}

GPtrArray *
spinecds_assessment_get_recommendations (SpineCdsAssessment *self)
{
  g_return_val_if_fail (SPINECDS_IS_ASSESSMENT (self), NULL);
  return self->recommendations;
}

const SpineCdsMsccSurgery *
spinecds_assessment_get_mscc_surgery (SpineCdsAssessment *self)
{
  g_return_val_if_fail (SPINECDS_IS_ASSESSMENT (self), NULL);
  return self->mscc;
}

GPtrArray *
spinecds_assessment_get_references (SpineCdsAssessment *self)
{
  g_return_val_if_fail (SPINECDS_IS_ASSESSMENT (self), NULL);
  return self->references;
}

guint
spinecds_assessment_get_reference_number (SpineCdsAssessment *self,
                                          const char         *reference_id)
{
  g_return_val_if_fail (SPINECDS_IS_ASSESSMENT (self), 0);

  for (guint i = 0; i < self->references->len; i++)
    if (g_str_equal (((SpineCdsReference *) g_ptr_array_index (self->references, i))->id, reference_id))
      return i + 1;

  return 0;
}

const char *
spinecds_triage_to_string (SpineCdsTriage triage)
{
  return spinecds_enum_to_nick (SPINECDS_TYPE_TRIAGE, triage);
}

/* JSON (CASE-FORMAT §2) ------------------------------------------------------- */

typedef struct
{
  GString *out;
  guint    level;
  gboolean first;
} Writer;

static void
writer_key (Writer     *w,
            const char *key)
{
  if (!w->first)
    g_string_append_c (w->out, ',');
  g_string_append_c (w->out, '\n');
  spinecds_json_append_indent (w->out, w->level);
  if (key != NULL)
    {
      spinecds_json_append_string (w->out, key);
      g_string_append (w->out, ": ");
    }
  w->first = FALSE;
}

static void
writer_open (Writer *w,
             char    bracket)
{
  g_string_append_c (w->out, bracket);
  w->level++;
  w->first = TRUE;
}

static void
writer_close (Writer *w,
              char    bracket)
{
  gboolean empty = w->first;

  w->level--;
  if (!empty)
    {
      g_string_append_c (w->out, '\n');
      spinecds_json_append_indent (w->out, w->level);
    }
  g_string_append_c (w->out, bracket);
  w->first = FALSE;
}

static void
write_string (Writer     *w,
              const char *key,
              const char *value)
{
  writer_key (w, key);
  if (value != NULL)
    spinecds_json_append_string (w->out, value);
  else
    g_string_append (w->out, "null");
}

static void
write_tristate (Writer          *w,
                const char      *key,
                SpineCdsTristate value)
{
  writer_key (w, key);
  g_string_append (w->out, value == SPINECDS_TRISTATE_YES  ? "true"
                           : value == SPINECDS_TRISTATE_NO ? "false"
                                                           : "null");
}

static void
write_strings (Writer             *w,
               const char         *key,
               const char * const *values)
{
  writer_key (w, key);
  writer_open (w, '[');
  for (guint i = 0; values[i] != NULL; i++)
    write_string (w, NULL, values[i]);
  writer_close (w, ']');
}

static void
write_facts (Writer          *w,
             GPtrArray       *facts,
             SpineCdsCatalog *catalog)
{
  writer_key (w, "because");
  writer_open (w, '[');
  for (guint i = 0; i < facts->len; i++)
    {
      g_autofree char *text = spinecds_fact_describe (g_ptr_array_index (facts, i), catalog);

      write_string (w, NULL, text);
    }
  writer_close (w, ']');
}

static void
write_recommendation (Writer                 *w,
                      SpineCdsRecommendation *recommendation,
                      SpineCdsCatalog        *catalog)
{
  writer_key (w, NULL);
  writer_open (w, '{');
  write_string (w, "id", recommendation->id);
  write_string (w, "action", recommendation->action);
  write_string (w, "category", recommendation->category);
  write_string (w, "text", spinecds_catalog_pgettext (catalog, "kb", recommendation->text));
  write_facts (w, recommendation->because, catalog);
  write_strings (w, "references", recommendation->references);
  writer_close (w, '}');
}

static void
write_mscc (Writer              *w,
            SpineCdsMsccSurgery *mscc)
{
  writer_key (w, "mscc_surgery");
  if (mscc == NULL)
    {
      g_string_append (w->out, "null");
      return;
    }

  writer_open (w, '{');
  writer_key (w, "criteria");
  writer_open (w, '[');
  for (guint i = 0; i < mscc->criteria->len; i++)
    {
      SpineCdsMsccCriterion *criterion = g_ptr_array_index (mscc->criteria, i);

      writer_key (w, NULL);
      writer_open (w, '{');
      write_string (w, "id", criterion->id);
      write_tristate (w, "met", criterion->met);
      writer_close (w, '}');
    }
  writer_close (w, ']');
  write_tristate (w, "eligible", mscc->eligible);
  write_tristate (w, "surgery_favoured", mscc->surgery_favoured);
  write_tristate (w, "age_under_65", mscc->age_modifier_met);
  writer_close (w, '}');
}

static void
write_reference (Writer                  *w,
                 const SpineCdsReference *reference)
{
  writer_key (w, NULL);
  writer_open (w, '{');
  write_string (w, "id", reference->id);
  write_string (w, "citation", reference->citation);
  writer_key (w, "year");
  g_string_append_printf (w->out, "%d", reference->year);
  write_string (w, "url", reference->url);
  writer_close (w, '}');
}

static void
write_knowledge_base (Writer                *w,
                      SpineCdsKnowledgeBase *kb)
{
  writer_key (w, "knowledge_base");
  writer_open (w, '{');
  write_string (w, "id", spinecds_knowledge_base_get_id (kb));
  write_string (w, "version", spinecds_knowledge_base_get_version (kb));
  write_string (w, "reviewed", spinecds_knowledge_base_get_reviewed (kb));
  write_string (w, "checksum", spinecds_knowledge_base_get_checksum (kb));
  writer_close (w, '}');
}

static void
write_follow_up (Writer             *w,
                 SpineCdsAssessment *self)
{
  writer_key (w, "follow_up");
  if (self->follow_up[0] == NULL)
    {
      g_string_append (w->out, "null");
      return;
    }
  writer_open (w, '{');
  write_string (w, "from", self->follow_up[0]);
  write_string (w, "to", self->follow_up[1]);
  writer_close (w, '}');
}

static void
write_decision (Writer             *w,
                SpineCdsAssessment *self)
{
  writer_key (w, "decision");
  if (self->decision == NULL)
    {
      g_string_append (w->out, "null");
      return;
    }
  writer_open (w, '{');
  write_string (w, "status", spinecds_enum_to_nick (SPINECDS_TYPE_DECISION_STATUS, self->decision->status));
  writer_key (w, "stale");
  g_string_append (w->out, self->decision_stale ? "true" : "false");
  writer_close (w, '}');
}

char *
spinecds_assessment_to_json (SpineCdsAssessment *self,
                             SpineCdsCatalog    *catalog)
{
  Writer w = { g_string_new (NULL), 0, TRUE };

  g_return_val_if_fail (SPINECDS_IS_ASSESSMENT (self), NULL);

  writer_open (&w, '{');
  write_string (&w, "format", "spinecds-assessment");
  writer_key (&w, "version");
  g_string_append (w.out, "1");
  write_knowledge_base (&w, self->kb);
  write_string (&w, "language", catalog != NULL ? spinecds_catalog_get_language (catalog) : "en");
  write_string (&w, "triage", spinecds_triage_to_string (self->triage));
  write_string (&w, "timeframe", spinecds_catalog_pgettext (catalog, "kb", spinecds_assessment_get_timeframe (self)));

  writer_key (&w, "red_flags");
  writer_open (&w, '[');
  for (guint i = 0; i < self->red_flags->len; i++)
    write_string (&w, NULL, ((SpineCdsRedFlag *) g_ptr_array_index (self->red_flags, i))->id);
  writer_close (&w, ']');

  write_strings (&w, "actions", spinecds_assessment_get_actions (self));

  writer_key (&w, "recommendations");
  writer_open (&w, '[');
  for (guint i = 0; i < self->recommendations->len; i++)
    write_recommendation (&w, g_ptr_array_index (self->recommendations, i), catalog);
  writer_close (&w, ']');

  write_mscc (&w, self->mscc);
  write_strings (&w, "missing", (const char * const *) self->missing);
  /* An addition to the contract: what "missing" alone cannot say (it
   * also lists values a rule merely asks for), that the case lacks what
   * a plan is made from; with "triage": "routine" there is no plan yet. */
  write_tristate (&w, "incomplete", self->incomplete ? SPINECDS_TRISTATE_YES : SPINECDS_TRISTATE_NO);
  write_follow_up (&w, self);
  write_decision (&w, self);

  writer_key (&w, "references");
  writer_open (&w, '[');
  for (guint i = 0; i < self->references->len; i++)
    write_reference (&w, g_ptr_array_index (self->references, i));
  writer_close (&w, ']');

  writer_close (&w, '}');
  g_string_append_c (w.out, '\n');
  return g_string_free (w.out, FALSE);
}

/* Text ---------------------------------------------------------------------- */

static const char *G_GNUC_FORMAT (2)
tr (SpineCdsCatalog *catalog,
    const char      *msgid)
{
  return spinecds_catalog_pgettext (catalog, NULL, msgid);
}

const char *
spinecds_triage_get_label (SpineCdsTriage triage)
{
  static const char * const labels[] = {
    /* Translators: triage levels, shown in capitals on a terminal */
    N_ ("Routine"), N_ ("Expedited"), N_ ("Urgent"), N_ ("Emergency")
  };

  g_return_val_if_fail (triage <= SPINECDS_TRIAGE_EMERGENCY, NULL);
  return labels[triage];
}

gboolean
spinecds_assessment_is_incomplete (SpineCdsAssessment *self)
{
  g_return_val_if_fail (SPINECDS_IS_ASSESSMENT (self), FALSE);

  return self->incomplete;
}

gboolean
spinecds_assessment_is_unplanned (SpineCdsAssessment *self)
{
  g_return_val_if_fail (SPINECDS_IS_ASSESSMENT (self), FALSE);

  return self->triage == SPINECDS_TRIAGE_ROUTINE && spinecds_assessment_is_incomplete (self);
}

gboolean
spinecds_assessment_sends_patient_on (SpineCdsAssessment *self)
{
  static const char * const handovers[] = { "surgical_referral", "mscc_team_contact", "paediatric_referral" };

  g_return_val_if_fail (SPINECDS_IS_ASSESSMENT (self), FALSE);

  if (self->triage >= SPINECDS_TRIAGE_URGENT)
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (handovers); i++)
    if (spinecds_assessment_has_action (self, handovers[i]))
      return TRUE;
  return FALSE;
}

const char *
spinecds_assessment_get_headline (SpineCdsAssessment *self)
{
  g_return_val_if_fail (SPINECDS_IS_ASSESSMENT (self), NULL);

  if (spinecds_assessment_is_unplanned (self))
    /* Translators: the plan's headline instead of a triage while the age or region is missing */
    return N_ ("Incomplete");
  return spinecds_triage_get_label (self->triage);
}

static void
append_references (GString            *out,
                   SpineCdsAssessment *self,
                   const char * const *ids)
{
  g_string_append (out, " [");
  for (guint i = 0; ids[i] != NULL; i++)
    g_string_append_printf (out, "%s%u", i > 0 ? ", " : "",
                            spinecds_assessment_get_reference_number (self, ids[i]));
  g_string_append_c (out, ']');
}

static void
append_because (GString         *out,
                GPtrArray       *facts,
                SpineCdsCatalog *catalog)
{
  /* Translators: introduces the reasons a recommendation was made */
  g_string_append_printf (out, "     %s ", tr (catalog, N_ ("Because:")));
  for (guint i = 0; i < facts->len; i++)
    {
      g_autofree char *text = spinecds_fact_describe (g_ptr_array_index (facts, i), catalog);

      g_string_append_printf (out, "%s%s", i > 0 ? "; " : "", text);
    }
  g_string_append_c (out, '\n');
}

static const char *
tristate_label (SpineCdsCatalog *catalog,
                SpineCdsTristate value)
{
  switch (value)
    {
    case SPINECDS_TRISTATE_YES:
      /* Translators: an MSCC surgery criterion is met */
      return tr (catalog, N_ ("met"));
    case SPINECDS_TRISTATE_NO:
      return tr (catalog, N_ ("not met"));
    case SPINECDS_TRISTATE_UNKNOWN:
    default:
      return tr (catalog, N_ ("unknown"));
    }
}

/* A verdict is yes or no; "not met" would read as a failed criterion. */
static const char *
verdict_label (SpineCdsCatalog *catalog,
               SpineCdsTristate value)
{
  switch (value)
    {
    case SPINECDS_TRISTATE_YES:
      return spinecds_catalog_pgettext (catalog, "value", "yes");
    case SPINECDS_TRISTATE_NO:
      return spinecds_catalog_pgettext (catalog, "value", "no");
    case SPINECDS_TRISTATE_UNKNOWN:
    default:
      return spinecds_catalog_pgettext (catalog, "value", "not known");
    }
}

gboolean
spinecds_mscc_surgery_is_borderline (const SpineCdsMsccSurgery *mscc)
{
  g_return_val_if_fail (mscc != NULL, FALSE);

  for (guint i = 0; mscc->criteria != NULL && i < mscc->criteria->len; i++)
    if (((SpineCdsMsccCriterion *) g_ptr_array_index (mscc->criteria, i))->at_limit)
      return TRUE;
  return mscc->age_modifier_at_limit;
}

static void
append_mscc (GString             *out,
             SpineCdsMsccSurgery *mscc,
             SpineCdsCatalog     *catalog)
{
  /* Translators: after "met" or "not met" when a value is exactly a criterion's threshold */
  const char *at_limit = tr (catalog, N_ (" (borderline: exactly at the limit)"));

  g_string_append_printf (out, "\n%s\n", tr (catalog, N_ ("Surgery before radiotherapy for metastatic cord compression (Patchell criteria):")));
  for (guint i = 0; i < mscc->criteria->len; i++)
    {
      SpineCdsMsccCriterion *criterion = g_ptr_array_index (mscc->criteria, i);

      g_string_append_printf (out, "  • %s: %s%s\n", spinecds_catalog_pgettext (catalog, "kb", criterion->label),
                              tristate_label (catalog, criterion->met), criterion->at_limit ? at_limit : "");
    }
  g_string_append_printf (out, "  • %s: %s%s\n", spinecds_catalog_pgettext (catalog, "kb", mscc->age_modifier_label),
                          tristate_label (catalog, mscc->age_modifier_met), mscc->age_modifier_at_limit ? at_limit : "");
  g_string_append_printf (out, "  %s %s\n", tr (catalog, N_ ("All criteria met:")),
                          verdict_label (catalog, mscc->eligible));
  g_string_append_printf (out, "  %s %s%s\n", tr (catalog, N_ ("Surgery favoured:")),
                          verdict_label (catalog, mscc->surgery_favoured),
                          spinecds_mscc_surgery_is_borderline (mscc)
                            ? tr (catalog, N_ (" (a borderline verdict: weigh it with the MSCC or spine team)"))
                            : "");
}

/* Field labels joined: "Age (years), Region". */
static char *
join_field_labels (char * const    *paths,
                   guint            n,
                   SpineCdsCatalog *catalog)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      const SpineCdsField *field = spinecds_field_lookup (paths[i]);

      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append (names, field != NULL ? tr (catalog, spinecds_field_get_label (field)) : paths[i]);
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

/* "Age (years), Region": the fields the plan still needs, named as the
 * "because" lists name them. */
static void
append_missing (GString            *out,
                SpineCdsAssessment *self,
                SpineCdsCatalog    *catalog)
{
  g_autofree char *names = NULL;

  if (self->missing == NULL || self->missing[0] == NULL)
    return;
  names = join_field_labels (self->missing, g_strv_length (self->missing), catalog);
  g_string_append_printf (out, "%s %s\n", tr (catalog, N_ ("Missing:")), names);
}

static void
append_follow_up_and_decision (GString            *out,
                               SpineCdsAssessment *self,
                               SpineCdsCatalog    *catalog)
{
  if (self->follow_up[0] != NULL)
    {
      /* Translators: %1$s and %2$s are dates (YYYY-MM-DD) */
      g_autofree char *line = spinecds_catalog_printf (catalog, N_ ("Follow-up: between %1$s and %2$s"),
                                                       self->follow_up[0], self->follow_up[1]);

      g_string_append_printf (out, "\n%s\n", line);
    }
  if (self->decision != NULL)
    {
      g_autofree char *decision = spinecds_decision_describe (self->decision, self->decision_stale, catalog);

      g_string_append_printf (out, "\n%s\n", decision);
    }
}

char *
spinecds_assessment_to_text (SpineCdsAssessment *self,
                             SpineCdsCatalog    *catalog)
{
  GString         *out = g_string_new (NULL);
  g_autofree char *triage = NULL;

  g_return_val_if_fail (SPINECDS_IS_ASSESSMENT (self), NULL);

  /* The headline, as every other view of the plan gives it: "Incomplete"
   * while the age or region is missing, never "Routine". */
  triage = g_utf8_strup (tr (catalog, spinecds_assessment_get_headline (self)), -1);
  g_string_append_printf (out, "%s %s — %s\n", tr (catalog, N_ ("Triage:")), triage,
                          spinecds_catalog_pgettext (catalog, "kb", spinecds_assessment_get_timeframe (self)));

  append_missing (out, self, catalog);

  if (self->red_flags->len > 0)
    {
      g_string_append_printf (out, "\n%s\n", tr (catalog, N_ ("Red flags:")));
      for (guint i = 0; i < self->red_flags->len; i++)
        {
          SpineCdsRedFlag *flag = g_ptr_array_index (self->red_flags, i);

          g_string_append_printf (out, "  ! %s\n", spinecds_catalog_pgettext (catalog, "kb", flag->label));
        }
    }

  g_string_append_printf (out, "\n%s\n", tr (catalog, N_ ("Recommendations:")));
  for (guint i = 0; i < self->recommendations->len; i++)
    {
      SpineCdsRecommendation *recommendation = g_ptr_array_index (self->recommendations, i);

      g_string_append_printf (out, "%3u. %s", i + 1, spinecds_catalog_pgettext (catalog, "kb", recommendation->text));
      append_references (out, self, recommendation->references);
      g_string_append_c (out, '\n');
      append_because (out, recommendation->because, catalog);
    }

  if (self->mscc != NULL)
    append_mscc (out, self->mscc, catalog);
  append_follow_up_and_decision (out, self, catalog);

  g_string_append_printf (out, "\n%s\n", tr (catalog, N_ ("References:")));
  for (guint i = 0; i < self->references->len; i++)
    {
      SpineCdsReference *reference = g_ptr_array_index (self->references, i);

      g_string_append_printf (out, "  [%u] %s\n", i + 1, reference->citation);
    }

  g_string_append_printf (out, "\n%s %s %s (%s)\n%s\n",
                          tr (catalog, N_ ("Knowledge base:")),
                          spinecds_knowledge_base_get_id (self->kb),
                          spinecds_knowledge_base_get_version (self->kb),
                          spinecds_knowledge_base_get_reviewed (self->kb),
                          tr (catalog, N_ ("Decision support for clinicians; not a diagnosis. Use clinical judgement.")));

  return g_string_free (out, FALSE);
}

/* Case format 2: what is missing, when to come back, what was decided */

void
spinecds_assessment_set_missing (SpineCdsAssessment *self,
                                 const char * const *missing,
                                 guint               n_needed)
{
  g_return_if_fail (SPINECDS_IS_ASSESSMENT (self));
  g_return_if_fail (n_needed <= g_strv_length ((char **) missing));

  g_strfreev (self->missing);
  self->missing = g_strdupv ((char **) missing);
  self->n_needed = n_needed;
  self->incomplete = n_needed > 0;
}

char *
spinecds_assessment_dup_incomplete_note (SpineCdsAssessment *self,
                                         SpineCdsCatalog    *catalog)
{
  g_autofree char *names = NULL;

  g_return_val_if_fail (SPINECDS_IS_ASSESSMENT (self), NULL);

  if (self->n_needed == 0 || spinecds_assessment_is_unplanned (self))
    return NULL;
  names = join_field_labels (self->missing, self->n_needed, catalog);
  /* Translators: under a triage, what is not entered yet, e.g. "Age (years), Region" */
  return g_strdup_printf (tr (catalog, N_ ("not entered yet: %s. The triage counts the worst case for it.")), names);
}

const char * const *
spinecds_assessment_get_missing (SpineCdsAssessment *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (SPINECDS_IS_ASSESSMENT (self), none);

  return self->missing != NULL ? (const char * const *) self->missing : none;
}

void
spinecds_assessment_set_follow_up (SpineCdsAssessment *self,
                                   const char         *from,
                                   const char         *to)
{
  g_return_if_fail (SPINECDS_IS_ASSESSMENT (self));

  g_free (self->follow_up[0]);
  g_free (self->follow_up[1]);
  self->follow_up[0] = g_strdup (from);
  self->follow_up[1] = g_strdup (to);
}

gboolean
spinecds_assessment_get_follow_up (SpineCdsAssessment *self,
                                   const char        **from,
                                   const char        **to)
{
  g_return_val_if_fail (SPINECDS_IS_ASSESSMENT (self), FALSE);

  if (from != NULL)
    *from = self->follow_up[0];
  if (to != NULL)
    *to = self->follow_up[1];
  return self->follow_up[0] != NULL;
}

void
spinecds_assessment_set_decision (SpineCdsAssessment *self,
                                  SpineCdsDecision   *decision)
{
  g_return_if_fail (SPINECDS_IS_ASSESSMENT (self));

  g_clear_pointer (&self->decision, spinecds_decision_unref);
  self->decision_stale = FALSE;
  if (decision == NULL)
    return;
  self->decision = spinecds_decision_ref (decision);
  /* Another triage or another knowledge base: the plan decided on is
   * not this one (CASE-FORMAT §1.1). */
  self->decision_stale = decision->triage != self->triage
                         || g_strcmp0 (decision->kb_checksum, spinecds_knowledge_base_get_checksum (self->kb)) != 0;
}

SpineCdsDecision *
spinecds_assessment_get_decision (SpineCdsAssessment *self,
                                  gboolean           *stale)
{
  g_return_val_if_fail (SPINECDS_IS_ASSESSMENT (self), NULL);

  if (stale != NULL)
    *stale = self->decision_stale;
  return self->decision;
}
