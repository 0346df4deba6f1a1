/* spinecds-condition.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "spinecds-condition"

#include "config.h"

#include <glib/gi18n.h>

#include "spinecds-codes.h"
#include "spinecds-condition.h"
#include "spinecds-enums.h"
#include "spinecds-field.h"
#include "spinecds-json.h"
#include "spinecds-types.h"

typedef enum
{
  CONDITION_ALL,
  CONDITION_ANY,
  CONDITION_NOT,
  CONDITION_CERTAIN,
  CONDITION_CODE,
  CONDITION_FINDING,
  CONDITION_COMPARE,
  CONDITION_IN,
  CONDITION_IS,
  CONDITION_KNOWN,
  CONDITION_CONCEPT,
  CONDITION_FIRED,
  CONDITION_TRIAGE,
} ConditionType;

typedef enum
{
  OP_LT,
  OP_LE,
  OP_GT,
  OP_GE,
  OP_EQ,
  OP_NE
} CompareOp;

struct _SpineCdsCondition
{
  ConditionType type;
  union
  {
    GPtrArray         *children; /* ALL, ANY */
    SpineCdsCondition *child;    /* NOT */
    struct
    {
      SpineCdsCodeKind kind;
      char           **codes;
      SpineCdsGrade    min_grade; /* FINDING */
    } code;
    struct
    {
      const SpineCdsField *field;
      CompareOp            op;
      double               value;    /* COMPARE */
      guint64              choices;  /* IN: bit per enum value */
      gboolean             expected; /* IS, KNOWN */
    } field;
    guint index; /* CONCEPT, FIRED */
    struct
    {
      SpineCdsTriage level;
      gboolean       at_least;
    } triage;
  } u;
};

static const char * const operators[] = { "<", "<=", ">", ">=", "==", "!=" };

static const char * const code_keys[] = {
  [SPINECDS_CODE_KIND_SYMPTOM] = "symptom",
  [SPINECDS_CODE_KIND_SIGN] = "sign",
  [SPINECDS_CODE_KIND_HISTORY] = "history",
  [SPINECDS_CODE_KIND_FINDING] = "finding",
};

void
spinecds_condition_free (SpineCdsCondition *self)
{
  if (self == NULL)
    return;

  switch (self->type)
    {
    case CONDITION_ALL:
    case CONDITION_ANY:
      g_clear_pointer (&self->u.children, g_ptr_array_unref);
      break;
    case CONDITION_NOT:
    case CONDITION_CERTAIN:
      g_clear_pointer (&self->u.child, spinecds_condition_free);
      break;
    case CONDITION_CODE:
    case CONDITION_FINDING:
      g_clear_pointer (&self->u.code.codes, g_strfreev);
      break;
    default:
      break;
    }

  g_free (self);
}

/* Parsing ------------------------------------------------------------------ */

static gboolean
fail (GError    **error,
      const char *source,
      const char *path,
      const char *expected,
      JsonNode   *found)
{
  g_autofree char *description = spinecds_json_describe (found);

  g_set_error (error, SPINECDS_KNOWLEDGE_BASE_ERROR, SPINECDS_KNOWLEDGE_BASE_ERROR_INVALID,
               "%s: %s: expected %s, found %s", source, path, expected, description);
  return FALSE;
}

static const char *
node_string (JsonNode *node)
{
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static SpineCdsCondition *
condition_new (ConditionType type)
{
  SpineCdsCondition *self = g_new0 (SpineCdsCondition, 1);

  self->type = type;
  return self;
}

/* Which keys an object form allows besides its main key. */
static gboolean
check_keys (JsonObject                   *object,
            const char * const           *allowed,
            const char                   *path,
            const SpineCdsConditionScope *scope,
            GError                      **error)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    {
      if (!g_strv_contains (allowed, l->data))
        {
          g_autofree char *key_path = g_strdup_printf ("%s.%s", path, (const char *) l->data);

          return fail (error, scope->source, key_path, "no such key in this condition",
                       json_object_get_member (object, l->data));
        }
    }

  return TRUE;
}

static SpineCdsCondition *parse_node (JsonNode *, const char *, const SpineCdsConditionScope *, GError **);

static SpineCdsCondition *
parse_list (ConditionType                 type,
            JsonNode                     *node,
            const char                   *path,
            const SpineCdsConditionScope *scope,
            GError                      **error)
{
  g_autoptr(SpineCdsCondition) self = condition_new (type);
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (node) || json_array_get_length (json_node_get_array (node)) == 0)
    {
      fail (error, scope->source, path, "a non-empty array of conditions", node);
      return NULL;
    }

  array = json_node_get_array (node);
  self->u.children = g_ptr_array_new_with_free_func ((GDestroyNotify) spinecds_condition_free);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char   *item_path = g_strdup_printf ("%s[%u]", path, i);
      SpineCdsCondition *child = parse_node (json_array_get_element (array, i), item_path, scope, error);

      if (child == NULL)
        return NULL;
      g_ptr_array_add (self->u.children, child);
    }

  return g_steal_pointer (&self);
}

static char **
parse_codes (SpineCdsCodeKind              kind,
             JsonNode                     *node,
             const char                   *path,
             const SpineCdsConditionScope *scope,
             GError                      **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *expected = g_strdup_printf ("a %s code or an array of them",
                                               code_keys[kind]);
  JsonArray       *array;

  if (node_string (node) != NULL)
    {
      if (!spinecds_codes_is_valid (kind, node_string (node)))
        {
          fail (error, scope->source, path, expected, node);
          return NULL;
        }
      g_strv_builder_add (builder, node_string (node));
      return g_strv_builder_end (builder);
    }

  if (!JSON_NODE_HOLDS_ARRAY (node) || json_array_get_length (json_node_get_array (node)) == 0)
    {
      fail (error, scope->source, path, expected, node);
      return NULL;
    }

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode        *item = json_array_get_element (array, i);
      g_autofree char *item_path = g_strdup_printf ("%s[%u]", path, i);

      if (!spinecds_codes_is_valid (kind, node_string (item)))
        {
          g_autofree char *one = g_strdup_printf ("a %s code", code_keys[kind]);

          fail (error, scope->source, item_path, one, item);
          return NULL;
        }
      g_strv_builder_add (builder, node_string (item));
    }

  return g_strv_builder_end (builder);
}

static SpineCdsCondition *
parse_code (SpineCdsCodeKind              kind,
            JsonObject                   *object,
            const char                   *path,
            const SpineCdsConditionScope *scope,
            GError                      **error)
{
  static const char * const plain_keys[] = { "symptom", "sign", "history", NULL };
  static const char * const finding_keys[] = { "finding", "min_grade", NULL };
  g_autoptr(SpineCdsCondition) self = NULL;
  g_autofree char *codes_path = g_strdup_printf ("%s.%s", path, code_keys[kind]);
  gboolean         is_finding = kind == SPINECDS_CODE_KIND_FINDING;

  if (!check_keys (object, is_finding ? finding_keys : plain_keys, path, scope, error))
    return NULL;

  self = condition_new (is_finding ? CONDITION_FINDING : CONDITION_CODE);
  self->u.code.kind = kind;
  self->u.code.codes = parse_codes (kind, json_object_get_member (object, code_keys[kind]),
                                    codes_path, scope, error);
  if (self->u.code.codes == NULL)
    return NULL;

  if (json_object_has_member (object, "min_grade"))
    {
      JsonNode *grade = json_object_get_member (object, "min_grade");
      int       value;

      if (!spinecds_enum_from_nick (SPINECDS_TYPE_GRADE, node_string (grade), &value)
          || value == SPINECDS_GRADE_NONE)
        {
          g_autofree char *grade_path = g_strdup_printf ("%s.min_grade", path);

          fail (error, scope->source, grade_path, "mild, moderate or severe", grade);
          return NULL;
        }
      self->u.code.min_grade = value;
    }

  return g_steal_pointer (&self);
}

static gboolean
parse_choices (SpineCdsCondition            *self,
               JsonNode                     *node,
               const char                   *path,
               const SpineCdsConditionScope *scope,
               GError                      **error)
{
  GType      enum_type = spinecds_field_get_enum_type (self->u.field.field);
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (node) || json_array_get_length (json_node_get_array (node)) == 0)
    return fail (error, scope->source, path, "a non-empty array of values", node);

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *item = json_array_get_element (array, i);
      int       value;

      if (!spinecds_enum_from_nick (enum_type, node_string (item), &value))
        {
          g_autofree char *item_path = g_strdup_printf ("%s[%u]", path, i);
          g_autofree char *expected = g_strdup_printf ("a value of %s",
                                                       spinecds_field_get_path (self->u.field.field));

          return fail (error, scope->source, item_path, expected, item);
        }
      self->u.field.choices |= G_GUINT64_CONSTANT (1) << value;
    }

  return TRUE;
}

static gboolean
parse_compare (SpineCdsCondition            *self,
               JsonObject                   *object,
               const char                   *path,
               const SpineCdsConditionScope *scope,
               GError                      **error)
{
  static const char * const keys[] = { "field", "op", "value", NULL };
  JsonNode                 *op = json_object_get_member (object, "op");
  JsonNode                 *value = json_object_get_member (object, "value");
  g_autofree char          *op_path = g_strdup_printf ("%s.op", path);
  g_autofree char          *value_path = g_strdup_printf ("%s.value", path);
  guint                     i;

  if (!check_keys (object, keys, path, scope, error))
    return FALSE;

  for (i = 0; i < G_N_ELEMENTS (operators); i++)
    if (g_strcmp0 (node_string (op), operators[i]) == 0)
      break;
  if (i == G_N_ELEMENTS (operators))
    return fail (error, scope->source, op_path, "one of < <= > >= == !=", op);

  if (!spinecds_json_node_is_number (value))
    return fail (error, scope->source, value_path, "a number", value);

  self->type = CONDITION_COMPARE;
  self->u.field.op = i;
  self->u.field.value = spinecds_json_node_get_number (value);
  return TRUE;
}

static gboolean
parse_boolean_member (SpineCdsCondition            *self,
                      ConditionType                 type,
                      JsonObject                   *object,
                      const char                   *key,
                      const char                   *path,
                      const SpineCdsConditionScope *scope,
                      GError                      **error)
{
  const char      *keys[] = { "field", key, NULL };
  JsonNode        *node = json_object_get_member (object, key);
  g_autofree char *key_path = g_strdup_printf ("%s.%s", path, key);

  if (!check_keys (object, keys, path, scope, error))
    return FALSE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return fail (error, scope->source, key_path, "true or false", node);

  self->type = type;
  self->u.field.expected = json_node_get_boolean (node);
  return TRUE;
}

static const char *
field_form_expected (SpineCdsFieldType type)
{
  switch (type)
    {
    case SPINECDS_FIELD_NUMBER:
      return "\"op\" and \"value\", or \"known\", for a numeric field";
    case SPINECDS_FIELD_CHOICE:
      return "\"in\", or \"known\", for an enumerated field";
    case SPINECDS_FIELD_YES_NO:
      return "\"is\", or \"known\", for a yes/no field";
    case SPINECDS_FIELD_PRESENCE:
    default:
      return "\"known\" for an optional object";
    }
}

static SpineCdsCondition *
parse_field (JsonObject                   *object,
             const char                   *path,
             const SpineCdsConditionScope *scope,
             GError                      **error)
{
  g_autoptr(SpineCdsCondition) self = condition_new (CONDITION_KNOWN);
  JsonNode         *field_node = json_object_get_member (object, "field");
  g_autofree char  *field_path = g_strdup_printf ("%s.field", path);
  SpineCdsFieldType type;
  gboolean          ok;

  self->u.field.field = spinecds_field_lookup (node_string (field_node));
  if (self->u.field.field == NULL)
    {
      fail (error, scope->source, field_path, "a field path listed in docs/knowledge-base.md", field_node);
      return NULL;
    }
  type = spinecds_field_get_field_type (self->u.field.field);

  if (json_object_has_member (object, "known"))
    ok = parse_boolean_member (self, CONDITION_KNOWN, object, "known", path, scope, error);
  else if (type == SPINECDS_FIELD_NUMBER && json_object_has_member (object, "op"))
    ok = parse_compare (self, object, path, scope, error);
  else if (type == SPINECDS_FIELD_CHOICE && json_object_has_member (object, "in"))
    {
      static const char * const keys[] = { "field", "in", NULL };
      g_autofree char          *in_path = g_strdup_printf ("%s.in", path);

      self->type = CONDITION_IN;
      ok = check_keys (object, keys, path, scope, error)
           && parse_choices (self, json_object_get_member (object, "in"), in_path, scope, error);
    }
  else if (type == SPINECDS_FIELD_YES_NO && json_object_has_member (object, "is"))
    ok = parse_boolean_member (self, CONDITION_IS, object, "is", path, scope, error);
  else
    ok = fail (error, scope->source, path, field_form_expected (type), json_object_get_member (object, "field"));

  return ok ? g_steal_pointer (&self) : NULL;
}

static SpineCdsCondition *
parse_reference (ConditionType                 type,
                 JsonNode                     *node,
                 const char                   *path,
                 const SpineCdsConditionScope *scope,
                 GError                      **error)
{
  GHashTable *names = type == CONDITION_CONCEPT ? scope->concepts : scope->rules;
  gpointer    index = names != NULL ? g_hash_table_lookup (names, node_string (node) ? node_string (node) : "") : NULL;
  g_autoptr(SpineCdsCondition) self = NULL;

  if (index == NULL)
    {
      fail (error, scope->source, path,
            type == CONDITION_CONCEPT ? "the id of a concept defined earlier"
                                      : "the id of a rule evaluated before this one",
            node);
      return NULL;
    }

  self = condition_new (type);
  self->u.index = GPOINTER_TO_UINT (index) - 1;
  return g_steal_pointer (&self);
}

static SpineCdsCondition *
parse_triage (JsonNode                     *node,
              const char                   *path,
              const SpineCdsConditionScope *scope,
              GError                      **error)
{
  g_autoptr(SpineCdsCondition) self = condition_new (CONDITION_TRIAGE);
  JsonObject *object;
  const char *bound;
  int         level;

  if (!scope->allow_triage)
    {
      fail (error, scope->source, path,
            "no triage condition in a rule that sets triage or in a concept", node);
      return NULL;
    }

  if (!JSON_NODE_HOLDS_OBJECT (node) || json_object_get_size (json_node_get_object (node)) != 1)
    {
      fail (error, scope->source, path, "an object with \"at_least\" or \"at_most\"", node);
      return NULL;
    }

  object = json_node_get_object (node);
  self->u.triage.at_least = json_object_has_member (object, "at_least");
  bound = self->u.triage.at_least ? "at_least" : "at_most";
  if (!json_object_has_member (object, bound)
      || !spinecds_enum_from_nick (SPINECDS_TYPE_TRIAGE, node_string (json_object_get_member (object, bound)), &level))
    {
      g_autofree char *bound_path = g_strdup_printf ("%s.%s", path, bound);

      fail (error, scope->source, bound_path, "routine, expedited, urgent or emergency",
            json_object_get_member (object, bound));
      return NULL;
    }

  self->u.triage.level = level;
  return g_steal_pointer (&self);
}

static SpineCdsCondition *
parse_object (JsonObject                   *object,
              const char                   *path,
              const SpineCdsConditionScope *scope,
              GError                      **error)
{
  g_autofree char *child_path = NULL;

  for (guint kind = 0; kind < SPINECDS_N_CODE_KINDS; kind++)
    if (json_object_has_member (object, code_keys[kind]))
      return parse_code (kind, object, path, scope, error);

  if (json_object_has_member (object, "field"))
    return parse_field (object, path, scope, error);

  if (json_object_get_size (object) == 1)
    {
      g_autoptr(GList) members = json_object_get_members (object);
      const char *key = members->data;
      JsonNode   *value = json_object_get_member (object, key);

      child_path = g_strdup_printf ("%s.%s", path, key);

      if (g_str_equal (key, "all"))
        return parse_list (CONDITION_ALL, value, child_path, scope, error);
      if (g_str_equal (key, "any"))
        return parse_list (CONDITION_ANY, value, child_path, scope, error);
      if (g_str_equal (key, "not") || g_str_equal (key, "certain"))
        {
          SpineCdsCondition *child = parse_node (value, child_path, scope, error);
          SpineCdsCondition *self;

          if (child == NULL)
            return NULL;
          self = condition_new (g_str_equal (key, "not") ? CONDITION_NOT : CONDITION_CERTAIN);
          self->u.child = child;
          return self;
        }
      if (g_str_equal (key, "concept"))
        return parse_reference (CONDITION_CONCEPT, value, child_path, scope, error);
      if (g_str_equal (key, "fired"))
        return parse_reference (CONDITION_FIRED, value, child_path, scope, error);
      if (g_str_equal (key, "triage"))
        return parse_triage (value, child_path, scope, error);
    }

  fail (error, scope->source, path,
        "a condition (all, any, not, certain, symptom, sign, history, finding, field, concept, fired or triage)",
        NULL);
  return NULL;
}

static SpineCdsCondition *
parse_node (JsonNode                     *node,
            const char                   *path,
            const SpineCdsConditionScope *scope,
            GError                      **error)
{
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      fail (error, scope->source, path, "a condition object", node);
      return NULL;
    }

  return parse_object (json_node_get_object (node), path, scope, error);
}

SpineCdsCondition *
spinecds_condition_parse (JsonNode                     *node,
                          const char                   *path,
                          const SpineCdsConditionScope *scope,
                          GError                      **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (scope != NULL && scope->source != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return parse_node (node, path, scope, error);
}

/* Evaluation --------------------------------------------------------------- */

static SpineCdsTristate
from_boolean (gboolean value)
{
  return value ? SPINECDS_TRISTATE_YES : SPINECDS_TRISTATE_NO;
}

static void
truncate_facts (GPtrArray *facts,
                guint      mark)
{
  if (facts != NULL && facts->len > mark)
    g_ptr_array_set_size (facts, mark);
}

static void
append_facts (GPtrArray *facts,
              GPtrArray *source)
{
  if (facts == NULL || source == NULL)
    return;

  for (guint i = 0; i < source->len; i++)
    g_ptr_array_add (facts, spinecds_fact_ref (g_ptr_array_index (source, i)));
}

static SpineCdsTristate
evaluate_all (const SpineCdsCondition        *self,
              const SpineCdsConditionContext *context,
              GPtrArray                      *facts)
{
  guint            mark = facts != NULL ? facts->len : 0;
  SpineCdsTristate result = SPINECDS_TRISTATE_YES;

  for (guint i = 0; i < self->u.children->len && result != SPINECDS_TRISTATE_NO; i++)
    {
      SpineCdsTristate value = spinecds_condition_evaluate (g_ptr_array_index (self->u.children, i),
                                                            context, facts);

      if (value == SPINECDS_TRISTATE_NO)
        result = SPINECDS_TRISTATE_NO;
      else if (value == SPINECDS_TRISTATE_UNKNOWN)
        result = SPINECDS_TRISTATE_UNKNOWN;
    }

  if (result != SPINECDS_TRISTATE_YES)
    truncate_facts (facts, mark);
  return result;
}

/* Every true branch contributes its facts, not only the first: a
 * physician should see all the red flags that led to a rule. */
static SpineCdsTristate
evaluate_any (const SpineCdsCondition        *self,
              const SpineCdsConditionContext *context,
              GPtrArray                      *facts)
{
  SpineCdsTristate result = SPINECDS_TRISTATE_NO;

  for (guint i = 0; i < self->u.children->len; i++)
    {
      SpineCdsTristate value = spinecds_condition_evaluate (g_ptr_array_index (self->u.children, i),
                                                            context, facts);

      if (value == SPINECDS_TRISTATE_YES)
        result = SPINECDS_TRISTATE_YES;
      else if (value == SPINECDS_TRISTATE_UNKNOWN && result == SPINECDS_TRISTATE_NO)
        result = SPINECDS_TRISTATE_UNKNOWN;
    }

  return result;
}

/* True only when surely true: an exception that may lower a triage
 * needs certain evidence, and an unknown (a finding not graded) must
 * not turn into "not met" under a "not" (thirteenth round). */
static SpineCdsTristate
evaluate_certain (const SpineCdsCondition        *self,
                  const SpineCdsConditionContext *context,
                  GPtrArray                      *facts)
{
  guint            mark = facts != NULL ? facts->len : 0;
  SpineCdsTristate value = spinecds_condition_evaluate (self->u.child, context, facts);

  if (value != SPINECDS_TRISTATE_YES)
    truncate_facts (facts, mark);
  return from_boolean (value == SPINECDS_TRISTATE_YES);
}

static SpineCdsTristate
evaluate_not (const SpineCdsCondition        *self,
              const SpineCdsConditionContext *context,
              GPtrArray                      *facts)
{
  guint            mark = facts != NULL ? facts->len : 0;
  SpineCdsTristate value = spinecds_condition_evaluate (self->u.child, context, facts);

  /* The absence of something is not shown as a reason. */
  truncate_facts (facts, mark);

  if (value == SPINECDS_TRISTATE_UNKNOWN)
    return value;
  return from_boolean (value == SPINECDS_TRISTATE_NO);
}

static SpineCdsTristate
evaluate_code (const SpineCdsCondition        *self,
               const SpineCdsConditionContext *context,
               GPtrArray                      *facts)
{
  gboolean found = FALSE;

  for (char **code = self->u.code.codes; *code != NULL; code++)
    {
      if (spinecds_case_has_code (context->kase, self->u.code.kind, *code))
        {
          found = TRUE;
          if (facts != NULL)
            g_ptr_array_add (facts, spinecds_fact_new_code (self->u.code.kind, *code));
        }
    }

  return from_boolean (found);
}

/* A finding without a grade cannot be said to reach a minimum grade. */
static SpineCdsTristate
evaluate_finding (const SpineCdsCondition        *self,
                  const SpineCdsConditionContext *context,
                  GPtrArray                      *facts)
{
  SpineCdsTristate result = SPINECDS_TRISTATE_NO;

  GListModel      *findings = spinecds_case_get_findings (context->kase);
  guint            n = g_list_model_get_n_items (findings);

  /* A code may repeat at several levels: each is looked at, so the most
   * severe one decides (CASE-FORMAT §1.1). */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SpineCdsFinding) finding = g_list_model_get_item (findings, i);
      const char   *code = NULL;
      SpineCdsGrade grade;

      /* The condition's own string: a fact outlives the finding. */
      for (char **wanted = self->u.code.codes; *wanted != NULL && code == NULL; wanted++)
        if (g_str_equal (*wanted, spinecds_finding_get_code (finding)))
          code = *wanted;
      if (code == NULL)
        continue;

      grade = spinecds_finding_get_grade (finding);
      if (self->u.code.min_grade != SPINECDS_GRADE_NONE && grade == SPINECDS_GRADE_NONE)
        {
          if (result == SPINECDS_TRISTATE_NO)
            result = SPINECDS_TRISTATE_UNKNOWN;
          continue;
        }
      if (grade < self->u.code.min_grade)
        continue;

      result = SPINECDS_TRISTATE_YES;
      if (facts != NULL)
        g_ptr_array_add (facts, spinecds_fact_new_finding (code, grade, spinecds_finding_get_level (finding)));
    }

  /* Named in the pasted report but not entered: not known to be absent,
   * so no rule concludes from its absence ("the MRI shows no cord
   * compression") while the worst case counts it present (seventeenth
   * round). */
  for (char **wanted = self->u.code.codes; result == SPINECDS_TRISTATE_NO && *wanted != NULL; wanted++)
    if (spinecds_field_report_names_unentered (context->kase, *wanted))
      result = SPINECDS_TRISTATE_UNKNOWN;

  return result;
}

static gboolean
compare (CompareOp op,
         double    a,
         double    b)
{
  switch (op)
    {
    case OP_LT: return a < b;
    case OP_LE: return a <= b;
    case OP_GT: return a > b;
    case OP_GE: return a >= b;
    case OP_EQ: return a == b;
    case OP_NE: return a != b;
    default: g_assert_not_reached ();
    }
}

static SpineCdsTristate
evaluate_compare (const SpineCdsCondition        *self,
                  const SpineCdsConditionContext *context,
                  GPtrArray                      *facts)
{
  const SpineCdsField *field = self->u.field.field;
  double               value = spinecds_field_get_number (field, context->kase);

  if (!SPINECDS_IS_KNOWN (value))
    return SPINECDS_TRISTATE_UNKNOWN;

  if (!compare (self->u.field.op, value, self->u.field.value))
    return SPINECDS_TRISTATE_NO;

  if (facts != NULL)
    g_ptr_array_add (facts, spinecds_fact_new_number (spinecds_field_get_path (field), value));
  return SPINECDS_TRISTATE_YES;
}

static SpineCdsTristate
evaluate_in (const SpineCdsCondition        *self,
             const SpineCdsConditionContext *context,
             GPtrArray                      *facts)
{
  const SpineCdsField *field = self->u.field.field;
  int                  value = spinecds_field_get_choice (field, context->kase);

  if ((self->u.field.choices & (G_GUINT64_CONSTANT (1) << value)) == 0)
    return SPINECDS_TRISTATE_NO;

  if (facts != NULL)
    g_ptr_array_add (facts, spinecds_fact_new_choice (spinecds_field_get_path (field),
                                                      spinecds_enum_to_nick (spinecds_field_get_enum_type (field), value)));
  return SPINECDS_TRISTATE_YES;
}

static SpineCdsTristate
evaluate_is (const SpineCdsCondition        *self,
             const SpineCdsConditionContext *context,
             GPtrArray                      *facts)
{
  const SpineCdsField *field = self->u.field.field;
  SpineCdsTristate     value = spinecds_field_get_yes_no (field, context->kase);

  if (value == SPINECDS_TRISTATE_UNKNOWN)
    return value;
  if ((value == SPINECDS_TRISTATE_YES) != self->u.field.expected)
    return SPINECDS_TRISTATE_NO;

  if (facts != NULL)
    g_ptr_array_add (facts, spinecds_fact_new_choice (spinecds_field_get_path (field),
                                                      value == SPINECDS_TRISTATE_YES ? "yes" : "no"));
  return SPINECDS_TRISTATE_YES;
}

/* What a field that has a value says, for "because". */
static SpineCdsFact *
fact_of_known_field (const SpineCdsField *field,
                     SpineCdsCase        *kase)
{
  const char *path = spinecds_field_get_path (field);

  switch (spinecds_field_get_field_type (field))
    {
    case SPINECDS_FIELD_NUMBER:
      return spinecds_fact_new_number (path, spinecds_field_get_number (field, kase));
    case SPINECDS_FIELD_CHOICE:
      return spinecds_fact_new_choice (path, spinecds_enum_to_nick (spinecds_field_get_enum_type (field),
                                                                    spinecds_field_get_choice (field, kase)));
    case SPINECDS_FIELD_YES_NO:
      return spinecds_fact_new_choice (path, spinecds_field_get_yes_no (field, kase) == SPINECDS_TRISTATE_YES
                                               ? "yes"
                                               : "no");
    case SPINECDS_FIELD_PRESENCE:
    default:
      return spinecds_fact_new_choice (path, "yes");
    }
}

/* Why a field is not known, for "because": "not known", or for the
 * findings of a pasted report what is missing in them: each serious
 * finding it names that is not entered, or that it could not be read
 * (seventeenth and eighteenth rounds: "not known" before the finding
 * itself read as a contradiction). */
static void
add_unknown_facts (const SpineCdsField *field,
                   SpineCdsCase        *kase,
                   GPtrArray           *facts)
{
  g_autoptr(GPtrArray) unentered = NULL;
  SpineCdsReportDigest *digest = NULL;

  if (spinecds_field_is_report_findings (field))
    digest = spinecds_case_read_report (kase);
  /* Another language, or a vocabulary that does not load: say so, or
   * the clinician would try to import it. */
  if (digest != NULL && !spinecds_report_digest_is_readable (digest))
    {
      g_ptr_array_add (facts,
                       spinecds_fact_new_text (NC_ ("kb", "SpineCDS could not read the pasted report: enter its findings "
                                                          "by hand.")));
      return;
    }
  unentered = digest != NULL ? spinecds_field_dup_unentered_report_findings (kase)
                             : g_ptr_array_new_with_free_func (g_object_unref);
  if (unentered->len == 0)
    g_ptr_array_add (facts, spinecds_fact_new_choice (spinecds_field_get_path (field), "unknown"));
  for (guint i = 0; i < unentered->len; i++)
    {
      SpineCdsFinding        *finding = g_ptr_array_index (unentered, i);
      /* Facts keep static codes: the finding goes with the array. */
      const SpineCdsCodeInfo *info = spinecds_codes_lookup (SPINECDS_CODE_KIND_FINDING, spinecds_finding_get_code (finding));
      g_autoptr(SpineCdsFact) named = NULL;

      g_assert (info != NULL);
      named = spinecds_fact_new_finding (info->code, spinecds_finding_get_grade (finding),
                                         spinecds_finding_get_level (finding));
      g_ptr_array_add (facts,
                       spinecds_fact_new_reported_finding (named, spinecds_field_report_doubts (kase, info->code)));
    }
}

static SpineCdsTristate
evaluate_known (const SpineCdsCondition        *self,
                const SpineCdsConditionContext *context,
                GPtrArray                      *facts)
{
  const SpineCdsField *field = self->u.field.field;
  gboolean             known = spinecds_field_is_known (field, context->kase);

  if (known != self->u.field.expected)
    return SPINECDS_TRISTATE_NO;

  if (facts != NULL && known)
    g_ptr_array_add (facts, fact_of_known_field (field, context->kase));
  else if (facts != NULL)
    add_unknown_facts (field, context->kase, facts);
  return SPINECDS_TRISTATE_YES;
}

static SpineCdsTristate
evaluate_triage (const SpineCdsCondition        *self,
                 const SpineCdsConditionContext *context,
                 GPtrArray                      *facts)
{
  gboolean met = self->u.triage.at_least ? context->triage >= self->u.triage.level
                                         : context->triage <= self->u.triage.level;

  if (met && facts != NULL)
    g_ptr_array_add (facts, spinecds_fact_new_choice ("triage", spinecds_enum_to_nick (SPINECDS_TYPE_TRIAGE,
                                                                                       context->triage)));
  return from_boolean (met);
}

SpineCdsTristate
spinecds_condition_evaluate (const SpineCdsCondition        *self,
                             const SpineCdsConditionContext *context,
                             GPtrArray                      *facts)
{
  g_assert (self != NULL);
  g_assert (context != NULL);

  switch (self->type)
    {
    case CONDITION_ALL:
      return evaluate_all (self, context, facts);
    case CONDITION_ANY:
      return evaluate_any (self, context, facts);
    case CONDITION_NOT:
      return evaluate_not (self, context, facts);
    case CONDITION_CERTAIN:
      return evaluate_certain (self, context, facts);
    case CONDITION_CODE:
      return evaluate_code (self, context, facts);
    case CONDITION_FINDING:
      return evaluate_finding (self, context, facts);
    case CONDITION_COMPARE:
      return evaluate_compare (self, context, facts);
    case CONDITION_IN:
      return evaluate_in (self, context, facts);
    case CONDITION_IS:
      return evaluate_is (self, context, facts);
    case CONDITION_KNOWN:
      return evaluate_known (self, context, facts);
    case CONDITION_CONCEPT:
      if (context->concept_values[self->u.index] == SPINECDS_TRISTATE_YES)
        append_facts (facts, context->concept_facts[self->u.index]);
      return context->concept_values[self->u.index];
    case CONDITION_FIRED:
      if (context->rule_fired[self->u.index])
        append_facts (facts, context->rule_facts[self->u.index]);
      return from_boolean (context->rule_fired[self->u.index]);
    case CONDITION_TRIAGE:
      return evaluate_triage (self, context, facts);
    default:
      g_assert_not_reached ();
    }
}

void
spinecds_condition_collect_values (const SpineCdsCondition *self,
                                   const char              *path,
                                   GArray                  *values)
{
  switch (self->type)
    {
    case CONDITION_ALL:
    case CONDITION_ANY:
      for (guint i = 0; i < self->u.children->len; i++)
        spinecds_condition_collect_values (g_ptr_array_index (self->u.children, i), path, values);
      break;
    case CONDITION_NOT:
    case CONDITION_CERTAIN:
      spinecds_condition_collect_values (self->u.child, path, values);
      break;
    case CONDITION_COMPARE:
      if (g_str_equal (spinecds_field_get_path (self->u.field.field), path))
        g_array_append_val (values, self->u.field.value);
      break;
    default:
      break;
    }
}

gboolean
spinecds_condition_at_limit (const SpineCdsCondition        *self,
                             const SpineCdsConditionContext *context)
{
  g_assert (self != NULL);
  g_assert (context != NULL);

  switch (self->type)
    {
    case CONDITION_ALL:
    case CONDITION_ANY:
      for (guint i = 0; i < self->u.children->len; i++)
        if (spinecds_condition_at_limit (g_ptr_array_index (self->u.children, i), context))
          return TRUE;
      return FALSE;
    case CONDITION_NOT:
    case CONDITION_CERTAIN:
      return spinecds_condition_at_limit (self->u.child, context);
    case CONDITION_COMPARE:
      /* An equality has no limit to be at: "one area" is simply met. */
      return self->u.field.op <= OP_GE
             && spinecds_field_get_number (self->u.field.field, context->kase) == self->u.field.value;
    default:
      return FALSE;
    }
}
