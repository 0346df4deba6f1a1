/* spinecds-knowledge-base.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The loader checks everything it can before it accepts a knowledge
 * base, because a rule that silently fails to parse would mean advice
 * silently missing from a plan.
 */
#define G_LOG_DOMAIN "spinecds-knowledge-base"

#include "config.h"

#include <string.h>

#include "spinecds-codes.h"
#include "spinecds-enums.h"
#include "spinecds-json.h"
#include "spinecds-knowledge-base-private.h"

#define DEFAULT_RESOURCE "/com/example/SpineCDS/knowledge-base/spine-mri.json"
#define MAX_SIZE (8 * 1024 * 1024)

struct _SpineCdsKnowledgeBase
{
  GObject         parent_instance;

  char           *id;
  char           *version;
  char           *reviewed;
  char           *title;
  char           *checksum;
  char           *timeframes[SPINECDS_TRIAGE_EMERGENCY + 1];
  GPtrArray      *actions;      /* of char* */
  GPtrArray      *red_flags;    /* of SpineCdsKbRedFlag* */
  GPtrArray      *concepts;     /* of SpineCdsKbConcept* */
  GPtrArray      *rules;        /* of SpineCdsKbRule* */
  guint          *order;        /* rule indices, triage rules first */
  SpineCdsKbMscc *mscc;
  GPtrArray      *corrections;  /* of SpineCdsCorrection* */
  GPtrArray      *references;   /* of SpineCdsReference* */
  GHashTable     *reference_ids;
};

G_DEFINE_FINAL_TYPE (SpineCdsKnowledgeBase, spinecds_knowledge_base, G_TYPE_OBJECT)

G_DEFINE_QUARK (spinecds-knowledge-base-error-quark, spinecds_knowledge_base_error)

static const char * const categories[] = {
  "triage", "imaging", "treatment", "medication", "referral", "advice", "pitfall", NULL
};

/* The action codes CASE-FORMAT §2 promises; a knowledge base lacking
 * one could not express part of the contract. */
static const char * const required_actions[] = {
  "conservative_care", "reassess_4_6_weeks", "no_further_imaging", "radiography",
  "mri_without_contrast", "mri_with_and_without_contrast", "ct_without_contrast",
  "whole_spine_imaging", "surgical_referral", "dexamethasone", "mscc_team_contact",
  "spinal_immobilisation", "blood_cultures_before_antibiotics", NULL
};

/* Freeing ------------------------------------------------------------------- */

static void
red_flag_free (SpineCdsKbRedFlag *flag)
{
  g_free (flag->id);
  g_free (flag->label);
  g_free (flag);
}

static void
concept_free (SpineCdsKbConcept *concept)
{
  g_free (concept->id);
  spinecds_condition_free (concept->when);
  g_free (concept);
}

static void
rule_free (SpineCdsKbRule *rule)
{
  g_free (rule->id);
  spinecds_condition_free (rule->when);
  g_free (rule->category);
  g_free (rule->text);
  g_free (rule->action);
  g_strfreev (rule->because);
  g_strfreev (rule->references);
  g_free (rule);
}

static void
criterion_free (SpineCdsKbCriterion *criterion)
{
  if (criterion == NULL)
    return;
  g_free (criterion->id);
  g_free (criterion->label);
  spinecds_condition_free (criterion->when);
  g_free (criterion);
}

static void
mscc_free (SpineCdsKbMscc *mscc)
{
  if (mscc == NULL)
    return;
  g_clear_pointer (&mscc->criteria, g_ptr_array_unref);
  criterion_free (mscc->age_modifier);
  g_strfreev (mscc->references);
  g_free (mscc);
}

static void
correction_free (SpineCdsCorrection *correction)
{
  g_free (correction->id);
  g_free (correction->text);
  g_strfreev (correction->references);
  g_free (correction);
}

static void
reference_free (SpineCdsReference *reference)
{
  g_free (reference->id);
  g_free (reference->citation);
  g_free (reference->url);
  g_free (reference);
}

static void
spinecds_knowledge_base_finalize (GObject *object)
{
  SpineCdsKnowledgeBase *self = (SpineCdsKnowledgeBase *) object;

  g_free (self->id);
  g_free (self->version);
  g_free (self->reviewed);
  g_free (self->title);
  g_free (self->checksum);
  for (guint i = 0; i < G_N_ELEMENTS (self->timeframes); i++)
    g_free (self->timeframes[i]);
  g_clear_pointer (&self->actions, g_ptr_array_unref);
  g_clear_pointer (&self->red_flags, g_ptr_array_unref);
  g_clear_pointer (&self->concepts, g_ptr_array_unref);
  g_clear_pointer (&self->rules, g_ptr_array_unref);
  g_clear_pointer (&self->order, g_free);
  g_clear_pointer (&self->mscc, mscc_free);
  g_clear_pointer (&self->corrections, g_ptr_array_unref);
  g_clear_pointer (&self->references, g_ptr_array_unref);
  g_clear_pointer (&self->reference_ids, g_hash_table_unref);

  G_OBJECT_CLASS (spinecds_knowledge_base_parent_class)->finalize (object);
}

static void
spinecds_knowledge_base_class_init (SpineCdsKnowledgeBaseClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = spinecds_knowledge_base_finalize;
}

static void
spinecds_knowledge_base_init (SpineCdsKnowledgeBase *self)
{
  self->actions = g_ptr_array_new_with_free_func (g_free);
  self->red_flags = g_ptr_array_new_with_free_func ((GDestroyNotify) red_flag_free);
  self->concepts = g_ptr_array_new_with_free_func ((GDestroyNotify) concept_free);
  self->rules = g_ptr_array_new_with_free_func ((GDestroyNotify) rule_free);
  self->corrections = g_ptr_array_new_with_free_func ((GDestroyNotify) correction_free);
  self->references = g_ptr_array_new_with_free_func ((GDestroyNotify) reference_free);
  self->reference_ids = g_hash_table_new (g_str_hash, g_str_equal);
}

/* Reading helpers ------------------------------------------------------------ */

typedef struct
{
  SpineCdsKnowledgeBase *kb;
  const char            *source;
  GError               **error;
} Loader;

static gboolean
fail (Loader     *loader,
      const char *path,
      const char *expected,
      JsonNode   *found)
{
  g_autofree char *description = spinecds_json_describe (found);

  g_set_error (loader->error, SPINECDS_KNOWLEDGE_BASE_ERROR, SPINECDS_KNOWLEDGE_BASE_ERROR_INVALID,
               "%s: %s: expected %s, found %s", loader->source, path, expected, description);
  return FALSE;
}

static char *
member_path (const char *path,
             const char *key)
{
  return *path != '\0' ? g_strdup_printf ("%s.%s", path, key) : g_strdup (key);
}

static char *
item_path (const char *path,
           guint       index)
{
  return g_strdup_printf ("%s[%u]", path, index);
}

/* An object with all of @required and nothing outside @required and @optional. */
static JsonObject *
read_object (Loader             *loader,
             JsonNode           *node,
             const char         *path,
             const char * const *required,
             const char * const *optional)
{
  g_autoptr(GList) members = NULL;
  JsonObject *object;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      fail (loader, *path ? path : "(top level)", "an object", node);
      return NULL;
    }

  object = json_node_get_object (node);
  for (guint i = 0; required[i] != NULL; i++)
    {
      if (!json_object_has_member (object, required[i]))
        {
          g_autofree char *missing = member_path (path, required[i]);

          fail (loader, missing, "a value (it is required)", NULL);
          return NULL;
        }
    }

  members = json_object_get_members (object);
  for (GList *l = members; l != NULL; l = l->next)
    {
      if (!g_strv_contains (required, l->data) && (optional == NULL || !g_strv_contains (optional, l->data)))
        {
          g_autofree char *unknown = member_path (path, l->data);

          fail (loader, unknown, "no such key", json_object_get_member (object, l->data));
          return NULL;
        }
    }

  return object;
}

static JsonArray *
read_array (Loader     *loader,
            JsonNode   *node,
            const char *path,
            gboolean    allow_empty)
{
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node)
      || (!allow_empty && json_array_get_length (json_node_get_array (node)) == 0))
    {
      fail (loader, path, allow_empty ? "an array" : "a non-empty array", node);
      return NULL;
    }

  return json_node_get_array (node);
}

static gboolean
is_blank (const char *text)
{
  for (; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

static const char *
read_text (Loader     *loader,
           JsonObject *object,
           const char *path,
           const char *key)
{
  JsonNode *node = json_object_get_member (object, key);
  g_autofree char *key_path = member_path (path, key);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING
      || is_blank (json_node_get_string (node)))
    {
      fail (loader, key_path, "a non-empty string", node);
      return NULL;
    }

  return json_node_get_string (node);
}

static gboolean
is_valid_id (const char *id)
{
  if (id == NULL || *id == '\0')
    return FALSE;

  for (const char *p = id; *p != '\0'; p++)
    if (!(g_ascii_islower (*p) || g_ascii_isdigit (*p) || *p == '_' || *p == '-'))
      return FALSE;

  return TRUE;
}

/* Reads an id and records it in @seen, refusing duplicates. */
static const char *
read_id (Loader     *loader,
         JsonObject *object,
         const char *path,
         GHashTable *seen)
{
  JsonNode *node = json_object_get_member (object, "id");
  g_autofree char *id_path = member_path (path, "id");
  const char *id = NULL;

  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    id = json_node_get_string (node);

  if (!is_valid_id (id))
    {
      fail (loader, id_path, "an id of lower-case letters, digits, '_' and '-'", node);
      return NULL;
    }

  if (seen != NULL && g_hash_table_contains (seen, id))
    {
      fail (loader, id_path, "an id not used before in this list", node);
      return NULL;
    }

  if (seen != NULL)
    g_hash_table_add (seen, (gpointer) id);
  return id;
}

static gboolean
read_enum (Loader     *loader,
           JsonNode   *node,
           const char *path,
           GType       type,
           const char *expected,
           int        *value)
{
  const char *nick = NULL;

  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    nick = json_node_get_string (node);

  if (!spinecds_enum_from_nick (type, nick, value))
    return fail (loader, path, expected, node);

  return TRUE;
}

/* Reference ids that must resolve; the reference list is read first. */
static char **
read_reference_ids (Loader     *loader,
                    JsonObject *object,
                    const char *path)
{
  g_autofree char *list_path = member_path (path, "references");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *array = read_array (loader, json_object_get_member (object, "references"), list_path, FALSE);

  if (array == NULL)
    return NULL;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *item = json_array_get_element (array, i);
      const char *id = JSON_NODE_HOLDS_VALUE (item) && json_node_get_value_type (item) == G_TYPE_STRING
                       ? json_node_get_string (item) : NULL;

      if (id == NULL || !g_hash_table_contains (loader->kb->reference_ids, id))
        {
          g_autofree char *ref_path = item_path (list_path, i);

          fail (loader, ref_path, "a reference id listed in references", item);
          return NULL;
        }
      g_strv_builder_add (builder, id);
    }

  return g_strv_builder_end (builder);
}

static char **
read_texts (Loader     *loader,
            JsonObject *object,
            const char *path,
            const char *key)
{
  g_autofree char *list_path = member_path (path, key);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *array;

  if (!json_object_has_member (object, key))
    return g_new0 (char *, 1);

  array = read_array (loader, json_object_get_member (object, key), list_path, FALSE);
  if (array == NULL)
    return NULL;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *item = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (item) || json_node_get_value_type (item) != G_TYPE_STRING
          || *json_node_get_string (item) == '\0')
        {
          g_autofree char *text_path = item_path (list_path, i);

          fail (loader, text_path, "a non-empty string", item);
          return NULL;
        }
      g_strv_builder_add (builder, json_node_get_string (item));
    }

  return g_strv_builder_end (builder);
}

/* Sections ------------------------------------------------------------------- */

static gboolean
read_header (Loader     *loader,
             JsonObject *root)
{
  JsonNode *format = json_object_get_member (root, "format");
  JsonNode *schema = json_object_get_member (root, "schema");
  const char *reviewed;
  g_autoptr(GDate) date = g_date_new ();

  if (!JSON_NODE_HOLDS_VALUE (format) || json_node_get_value_type (format) != G_TYPE_STRING
      || !g_str_equal (json_node_get_string (format), "spinecds-knowledge-base"))
    return fail (loader, "format", "\"spinecds-knowledge-base\"", format);

  if (!spinecds_json_node_is_integer (schema) || json_node_get_int (schema) != 1)
    return fail (loader, "schema", "1", schema);

  if (!read_id (loader, root, "", NULL))
    return FALSE;

  loader->kb->id = g_strdup (json_object_get_string_member (root, "id"));
  loader->kb->version = g_strdup (read_text (loader, root, "", "version"));
  loader->kb->title = g_strdup (read_text (loader, root, "", "title"));
  reviewed = read_text (loader, root, "", "reviewed");
  if (loader->kb->version == NULL || loader->kb->title == NULL || reviewed == NULL)
    return FALSE;

  g_date_set_parse (date, reviewed);
  if (strlen (reviewed) != 10 || reviewed[4] != '-' || reviewed[7] != '-' || !g_date_valid (date))
    return fail (loader, "reviewed", "a date YYYY-MM-DD", json_object_get_member (root, "reviewed"));

  loader->kb->reviewed = g_strdup (reviewed);
  return TRUE;
}

static gboolean
read_references (Loader    *loader,
                 JsonNode  *node)
{
  static const char * const required[] = { "id", "citation", "year", NULL };
  static const char * const optional[] = { "url", NULL };
  JsonArray *array = read_array (loader, node, "references", FALSE);

  if (array == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = item_path ("references", i);
      g_autofree char *year_path = member_path (path, "year");
      JsonObject *object = read_object (loader, json_array_get_element (array, i), path, required, optional);
      SpineCdsReference *reference;
      JsonNode *year, *url;
      const char *id, *citation;

      if (object == NULL
          || (id = read_id (loader, object, path, loader->kb->reference_ids)) == NULL
          || (citation = read_text (loader, object, path, "citation")) == NULL)
        return FALSE;

      year = json_object_get_member (object, "year");
      if (!spinecds_json_node_is_integer (year) || json_node_get_int (year) < 1900 || json_node_get_int (year) > 2100)
        return fail (loader, year_path, "a year from 1900 to 2100", year);

      url = json_object_get_member (object, "url");
      if (url != NULL && !JSON_NODE_HOLDS_NULL (url) && read_text (loader, object, path, "url") == NULL)
        return FALSE;

      reference = g_new0 (SpineCdsReference, 1);
      reference->id = g_strdup (id);
      reference->citation = g_strdup (citation);
      reference->year = json_node_get_int (year);
      reference->url = url != NULL && !JSON_NODE_HOLDS_NULL (url) ? g_strdup (json_node_get_string (url)) : NULL;
      g_ptr_array_add (loader->kb->references, reference);
    }

  /* Keys must point at the stored copies, not at the parse tree. */
  g_hash_table_remove_all (loader->kb->reference_ids);
  for (guint i = 0; i < loader->kb->references->len; i++)
    {
      SpineCdsReference *reference = g_ptr_array_index (loader->kb->references, i);

      g_hash_table_insert (loader->kb->reference_ids, reference->id, reference);
    }

  return TRUE;
}

static gboolean
read_triage_levels (Loader   *loader,
                    JsonNode *node)
{
  static const char * const levels[] = { "routine", "expedited", "urgent", "emergency", NULL };
  static const char * const level_keys[] = { "timeframe", NULL };
  JsonObject *object = read_object (loader, node, "triage_levels", levels, NULL);

  if (object == NULL)
    return FALSE;

  for (guint i = 0; levels[i] != NULL; i++)
    {
      g_autofree char *path = member_path ("triage_levels", levels[i]);
      JsonObject *level = read_object (loader, json_object_get_member (object, levels[i]), path, level_keys, NULL);
      const char *timeframe = level != NULL ? read_text (loader, level, path, "timeframe") : NULL;

      if (timeframe == NULL)
        return FALSE;
      loader->kb->timeframes[i] = g_strdup (timeframe);
    }

  return TRUE;
}

static gboolean
read_actions (Loader   *loader,
              JsonNode *node)
{
  JsonArray *array = read_array (loader, node, "actions", FALSE);

  if (array == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *item = json_array_get_element (array, i);
      g_autofree char *path = item_path ("actions", i);
      const char *code = JSON_NODE_HOLDS_VALUE (item) && json_node_get_value_type (item) == G_TYPE_STRING
                         ? json_node_get_string (item) : NULL;

      if (!is_valid_id (code))
        return fail (loader, path, "an action code", item);
      if (g_ptr_array_find_with_equal_func (loader->kb->actions, code, g_str_equal, NULL))
        return fail (loader, path, "an action code not listed before", item);
      g_ptr_array_add (loader->kb->actions, g_strdup (code));
    }

  for (guint i = 0; required_actions[i] != NULL; i++)
    {
      if (!g_ptr_array_find_with_equal_func (loader->kb->actions, required_actions[i], g_str_equal, NULL))
        {
          g_autofree char *expected = g_strdup_printf ("a list including \"%s\"", required_actions[i]);

          return fail (loader, "actions", expected, node);
        }
    }

  return TRUE;
}

static gboolean
read_red_flags (Loader   *loader,
                JsonNode *node)
{
  static const char * const required[] = { "id", "label", NULL };
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *array = read_array (loader, node, "red_flags", FALSE);

  if (array == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = item_path ("red_flags", i);
      JsonObject *object = read_object (loader, json_array_get_element (array, i), path, required, NULL);
      SpineCdsKbRedFlag *flag;
      const char *id, *label;

      if (object == NULL
          || (id = read_id (loader, object, path, seen)) == NULL
          || (label = read_text (loader, object, path, "label")) == NULL)
        return FALSE;

      flag = g_new0 (SpineCdsKbRedFlag, 1);
      flag->id = g_strdup (id);
      flag->label = g_strdup (label);
      g_ptr_array_add (loader->kb->red_flags, flag);
    }

  return TRUE;
}

static gboolean
read_concepts (Loader     *loader,
               JsonNode   *node,
               GHashTable *concept_ids)
{
  static const char * const required[] = { "id", "when", NULL };
  JsonArray *array = read_array (loader, node, "concepts", TRUE);
  SpineCdsConditionScope scope = { loader->source, concept_ids, NULL, FALSE };

  if (array == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = item_path ("concepts", i);
      g_autofree char *when_path = member_path (path, "when");
      JsonObject *object = read_object (loader, json_array_get_element (array, i), path, required, NULL);
      g_autoptr(GHashTable) unused = g_hash_table_new (g_str_hash, g_str_equal);
      SpineCdsKbConcept *concept;
      const char *id;

      if (object == NULL || (id = read_id (loader, object, path, unused)) == NULL)
        return FALSE;
      if (g_hash_table_contains (concept_ids, id))
        return fail (loader, path, "an id not used before in this list", json_object_get_member (object, "id"));

      concept = g_new0 (SpineCdsKbConcept, 1);
      concept->id = g_strdup (id);
      concept->when = spinecds_condition_parse (json_object_get_member (object, "when"), when_path,
                                                &scope, loader->error);
      g_ptr_array_add (loader->kb->concepts, concept);
      if (concept->when == NULL)
        return FALSE;

      /* Only now: a concept may not refer to itself. */
      g_hash_table_insert (concept_ids, concept->id, GUINT_TO_POINTER (i + 1));
    }

  return TRUE;
}

static int
find_red_flag (SpineCdsKnowledgeBase *self,
               const char            *id)
{
  for (guint i = 0; i < self->red_flags->len; i++)
    if (g_str_equal (((SpineCdsKbRedFlag *) g_ptr_array_index (self->red_flags, i))->id, id))
      return i;
  return -1;
}

/* Everything of a rule but its condition, which needs to know which
 * rules set triage. */
static SpineCdsKbRule *
read_rule_body (Loader     *loader,
                JsonObject *object,
                const char *path,
                GHashTable *seen)
{
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func ((GDestroyNotify) rule_free);
  SpineCdsKbRule *rule = g_new0 (SpineCdsKbRule, 1);
  const char *id, *category, *text;

  g_ptr_array_add (keep, rule);
  rule->triage = SPINECDS_NO_TRIAGE;
  rule->red_flag = -1;

  if ((id = read_id (loader, object, path, seen)) == NULL
      || (category = read_text (loader, object, path, "category")) == NULL
      || (text = read_text (loader, object, path, "text")) == NULL)
    return NULL;

  rule->id = g_strdup (id);
  rule->text = g_strdup (text);
  if (!g_strv_contains (categories, category))
    {
      g_autofree char *category_path = member_path (path, "category");

      fail (loader, category_path, "triage, imaging, treatment, medication, referral, advice or pitfall",
            json_object_get_member (object, "category"));
      return NULL;
    }
  rule->category = g_strdup (category);

  if (json_object_has_member (object, "triage"))
    {
      g_autofree char *triage_path = member_path (path, "triage");

      if (!read_enum (loader, json_object_get_member (object, "triage"), triage_path, SPINECDS_TYPE_TRIAGE,
                      "routine, expedited, urgent or emergency", &rule->triage))
        return NULL;
    }

  if (json_object_has_member (object, "red_flag"))
    {
      g_autofree char *flag_path = member_path (path, "red_flag");
      JsonNode *flag = json_object_get_member (object, "red_flag");
      const char *flag_id = JSON_NODE_HOLDS_VALUE (flag) && json_node_get_value_type (flag) == G_TYPE_STRING
                            ? json_node_get_string (flag) : "";

      rule->red_flag = find_red_flag (loader->kb, flag_id);
      if (rule->red_flag < 0 || rule->triage == SPINECDS_NO_TRIAGE)
        {
          fail (loader, flag_path, "a red flag id listed in red_flags, on a rule that sets triage", flag);
          return NULL;
        }
    }

  if (json_object_has_member (object, "action"))
    {
      g_autofree char *action_path = member_path (path, "action");
      JsonNode *action = json_object_get_member (object, "action");
      const char *code = JSON_NODE_HOLDS_VALUE (action) && json_node_get_value_type (action) == G_TYPE_STRING
                         ? json_node_get_string (action) : "";

      if (!g_ptr_array_find_with_equal_func (loader->kb->actions, code, g_str_equal, NULL))
        {
          fail (loader, action_path, "an action code listed in actions", action);
          return NULL;
        }
      rule->action = g_strdup (code);
    }

  if ((rule->because = read_texts (loader, object, path, "because")) == NULL
      || (rule->references = read_reference_ids (loader, object, path)) == NULL)
    return NULL;

  return g_ptr_array_steal_index (keep, 0);
}

static gboolean
read_rule_conditions (Loader    *loader,
                      JsonArray *array,
                      gboolean   triage_pass,
                      GHashTable *concept_ids,
                      GHashTable *rule_ids,
                      guint     *order,
                      guint     *n_ordered)
{
  SpineCdsConditionScope scope = { loader->source, concept_ids, rule_ids, !triage_pass };

  for (guint i = 0; i < loader->kb->rules->len; i++)
    {
      SpineCdsKbRule *rule = g_ptr_array_index (loader->kb->rules, i);
      g_autofree char *path = item_path ("rules", i);
      g_autofree char *when_path = member_path (path, "when");
      JsonObject *object = json_array_get_object_element (array, i);

      if ((rule->triage != SPINECDS_NO_TRIAGE) != triage_pass)
        continue;

      rule->when = spinecds_condition_parse (json_object_get_member (object, "when"), when_path,
                                             &scope, loader->error);
      if (rule->when == NULL)
        return FALSE;

      g_hash_table_insert (rule_ids, rule->id, GUINT_TO_POINTER (i + 1));
      order[(*n_ordered)++] = i;
    }

  return TRUE;
}

static gboolean
read_rules (Loader     *loader,
            JsonNode   *node,
            GHashTable *concept_ids)
{
  static const char * const required[] = { "id", "when", "category", "text", "references", NULL };
  static const char * const optional[] = { "triage", "red_flag", "action", "because", NULL };
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) rule_ids = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *array = read_array (loader, node, "rules", FALSE);
  guint n_ordered = 0;

  if (array == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = item_path ("rules", i);
      JsonObject *object = read_object (loader, json_array_get_element (array, i), path, required, optional);
      SpineCdsKbRule *rule = object != NULL ? read_rule_body (loader, object, path, seen) : NULL;

      if (rule == NULL)
        return FALSE;
      g_ptr_array_add (loader->kb->rules, rule);
    }

  loader->kb->order = g_new0 (guint, loader->kb->rules->len);
  return read_rule_conditions (loader, array, TRUE, concept_ids, rule_ids, loader->kb->order, &n_ordered)
         && read_rule_conditions (loader, array, FALSE, concept_ids, rule_ids, loader->kb->order, &n_ordered);
}

static SpineCdsKbCriterion *
read_criterion (Loader     *loader,
                JsonNode   *node,
                const char *path,
                GHashTable *concept_ids,
                GHashTable *seen)
{
  static const char * const required[] = { "id", "label", "when", NULL };
  SpineCdsConditionScope scope = { loader->source, concept_ids, NULL, FALSE };
  g_autofree char *when_path = member_path (path, "when");
  JsonObject *object = read_object (loader, node, path, required, NULL);
  SpineCdsKbCriterion *criterion;
  const char *id, *label;

  if (object == NULL
      || (id = read_id (loader, object, path, seen)) == NULL
      || (label = read_text (loader, object, path, "label")) == NULL)
    return NULL;

  criterion = g_new0 (SpineCdsKbCriterion, 1);
  criterion->id = g_strdup (id);
  criterion->label = g_strdup (label);
  criterion->when = spinecds_condition_parse (json_object_get_member (object, "when"), when_path,
                                              &scope, loader->error);
  if (criterion->when == NULL)
    g_clear_pointer (&criterion, criterion_free);

  return criterion;
}

static gboolean
read_mscc (Loader     *loader,
           JsonNode   *node,
           GHashTable *concept_ids)
{
  static const char * const required[] = { "criteria", "age_modifier", "references", NULL };
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  JsonObject *object = read_object (loader, node, "mscc_surgery", required, NULL);
  JsonArray *array;
  SpineCdsKbMscc *mscc;

  if (object == NULL
      || (array = read_array (loader, json_object_get_member (object, "criteria"), "mscc_surgery.criteria", FALSE)) == NULL)
    return FALSE;

  mscc = loader->kb->mscc = g_new0 (SpineCdsKbMscc, 1);
  mscc->criteria = g_ptr_array_new_with_free_func ((GDestroyNotify) criterion_free);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = item_path ("mscc_surgery.criteria", i);
      SpineCdsKbCriterion *criterion = read_criterion (loader, json_array_get_element (array, i), path,
                                                       concept_ids, seen);

      if (criterion == NULL)
        return FALSE;
      g_ptr_array_add (mscc->criteria, criterion);
    }

  mscc->age_modifier = read_criterion (loader, json_object_get_member (object, "age_modifier"),
                                       "mscc_surgery.age_modifier", concept_ids, seen);
  mscc->references = mscc->age_modifier != NULL ? read_reference_ids (loader, object, "mscc_surgery") : NULL;

  return mscc->references != NULL;
}

static gboolean
read_corrections (Loader   *loader,
                  JsonNode *node)
{
  static const char * const required[] = { "id", "text", "references", NULL };
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *array = read_array (loader, node, "corrections", TRUE);

  if (array == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = item_path ("corrections", i);
      JsonObject *object = read_object (loader, json_array_get_element (array, i), path, required, NULL);
      SpineCdsCorrection *correction;
      const char *id, *text;
      char **references;

      if (object == NULL
          || (id = read_id (loader, object, path, seen)) == NULL
          || (text = read_text (loader, object, path, "text")) == NULL
          || (references = read_reference_ids (loader, object, path)) == NULL)
        return FALSE;

      correction = g_new0 (SpineCdsCorrection, 1);
      correction->id = g_strdup (id);
      correction->text = g_strdup (text);
      correction->references = references;
      g_ptr_array_add (loader->kb->corrections, correction);
    }

  return TRUE;
}

static gboolean
load (Loader   *loader,
      JsonNode *root_node)
{
  static const char * const required[] = {
    "format", "schema", "id", "version", "reviewed", "title", "triage_levels", "actions",
    "red_flags", "concepts", "rules", "mscc_surgery", "corrections", "references", NULL
  };
  g_autoptr(GHashTable) concept_ids = g_hash_table_new (g_str_hash, g_str_equal);
  JsonObject *root = read_object (loader, root_node, "", required, NULL);

  /* References first: everything else cites them. */
  return root != NULL
         && read_header (loader, root)
         && read_references (loader, json_object_get_member (root, "references"))
         && read_triage_levels (loader, json_object_get_member (root, "triage_levels"))
         && read_actions (loader, json_object_get_member (root, "actions"))
         && read_red_flags (loader, json_object_get_member (root, "red_flags"))
         && read_concepts (loader, json_object_get_member (root, "concepts"), concept_ids)
         && read_rules (loader, json_object_get_member (root, "rules"), concept_ids)
         && read_mscc (loader, json_object_get_member (root, "mscc_surgery"), concept_ids)
         && read_corrections (loader, json_object_get_member (root, "corrections"));
}

/* Public API ------------------------------------------------------------------ */

SpineCdsKnowledgeBase *
spinecds_knowledge_base_new_from_bytes (GBytes      *bytes,
                                        const char  *source_name,
                                        GError     **error)
{
  g_autoptr(SpineCdsKnowledgeBase) self = NULL;
  g_autoptr(JsonNode) root = NULL;
  Loader loader;
  gsize length;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (source_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &length);
  root = spinecds_json_parse (data, length, MAX_SIZE, source_name, SPINECDS_KNOWLEDGE_BASE_ERROR,
                              SPINECDS_KNOWLEDGE_BASE_ERROR_INVALID, error);
  if (root == NULL)
    return NULL;

  self = g_object_new (SPINECDS_TYPE_KNOWLEDGE_BASE, NULL);
  loader = (Loader) { self, source_name, error };
  if (!load (&loader, root))
    return NULL;

  self->checksum = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
  g_debug ("Loaded knowledge base %s %s (%u rules)", self->id, self->version, self->rules->len);
  return g_steal_pointer (&self);
}

SpineCdsKnowledgeBase *
spinecds_knowledge_base_new_from_file (GFile   *file,
                                       GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_basename (file);
  bytes = g_file_load_bytes (file, NULL, NULL, &local_error);
  if (bytes == NULL)
    {
      g_set_error (error, SPINECDS_KNOWLEDGE_BASE_ERROR, SPINECDS_KNOWLEDGE_BASE_ERROR_MISSING,
                   "%s: cannot read the knowledge base: %s", name, local_error->message);
      return NULL;
    }

  return spinecds_knowledge_base_new_from_bytes (bytes, name, error);
}

SpineCdsKnowledgeBase *
spinecds_knowledge_base_new_default (GError **error)
{
  const char *override = g_getenv ("SPINECDS_KNOWLEDGE_BASE");
  g_autoptr(GBytes) bytes = NULL;

  if (override != NULL && *override != '\0')
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (override);

      return spinecds_knowledge_base_new_from_file (file, error);
    }

  bytes = g_resources_lookup_data (DEFAULT_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (bytes == NULL)
    {
      g_set_error (error, SPINECDS_KNOWLEDGE_BASE_ERROR, SPINECDS_KNOWLEDGE_BASE_ERROR_MISSING,
                   "spine-mri.json: the built-in knowledge base is missing from this build");
      return NULL;
    }

  return spinecds_knowledge_base_new_from_bytes (bytes, "spine-mri.json", error);
}

#define GETTER(type, name) \
  type spinecds_knowledge_base_get_##name (SpineCdsKnowledgeBase *self) \
  { \
    g_return_val_if_fail (SPINECDS_IS_KNOWLEDGE_BASE (self), 0); \
    return self->name; \
  }

GETTER (const char *, id)
GETTER (const char *, version)
GETTER (const char *, reviewed)
GETTER (const char *, title)
GETTER (const char *, checksum)
GETTER (GPtrArray *, references)
GETTER (GPtrArray *, corrections)
GETTER (GPtrArray *, actions)
GETTER (GPtrArray *, red_flags)
GETTER (GPtrArray *, concepts)
GETTER (GPtrArray *, rules)

guint
spinecds_knowledge_base_get_n_rules (SpineCdsKnowledgeBase *self)
{
  g_return_val_if_fail (SPINECDS_IS_KNOWLEDGE_BASE (self), 0);

  return self->rules->len;
}

const guint *
spinecds_knowledge_base_get_evaluation_order (SpineCdsKnowledgeBase *self)
{
  return self->order;
}

const SpineCdsKbMscc *
spinecds_knowledge_base_get_mscc (SpineCdsKnowledgeBase *self)
{
  return self->mscc;
}

const char *
spinecds_knowledge_base_get_timeframe (SpineCdsKnowledgeBase *self,
                                       SpineCdsTriage         triage)
{
  g_return_val_if_fail (triage <= SPINECDS_TRIAGE_EMERGENCY, NULL);

  return self->timeframes[triage];
}

const SpineCdsReference *
spinecds_knowledge_base_lookup_reference (SpineCdsKnowledgeBase *self,
                                          const char            *id)
{
  g_return_val_if_fail (SPINECDS_IS_KNOWLEDGE_BASE (self), NULL);

  return id != NULL ? g_hash_table_lookup (self->reference_ids, id) : NULL;
}

const char *
spinecds_knowledge_base_get_red_flag_label (SpineCdsKnowledgeBase *self,
                                            const char            *red_flag)
{
  int index;

  g_return_val_if_fail (SPINECDS_IS_KNOWLEDGE_BASE (self), NULL);

  index = red_flag != NULL ? find_red_flag (self, red_flag) : -1;
  return index >= 0 ? ((SpineCdsKbRedFlag *) g_ptr_array_index (self->red_flags, index))->label : NULL;
}

static void
add_unique (GPtrArray  *strings,
            const char *text)
{
  if (!g_ptr_array_find_with_equal_func (strings, text, g_str_equal, NULL))
    g_ptr_array_add (strings, (gpointer) text);
}

GPtrArray *
spinecds_knowledge_base_collect_strings (SpineCdsKnowledgeBase *self)
{
  GPtrArray *strings = g_ptr_array_new ();

  g_return_val_if_fail (SPINECDS_IS_KNOWLEDGE_BASE (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (self->timeframes); i++)
    add_unique (strings, self->timeframes[i]);
  for (guint i = 0; i < self->red_flags->len; i++)
    add_unique (strings, ((SpineCdsKbRedFlag *) g_ptr_array_index (self->red_flags, i))->label);
  for (guint i = 0; i < self->rules->len; i++)
    {
      SpineCdsKbRule *rule = g_ptr_array_index (self->rules, i);

      add_unique (strings, rule->text);
      for (char **because = rule->because; *because != NULL; because++)
        add_unique (strings, *because);
    }
  for (guint i = 0; i < self->mscc->criteria->len; i++)
    add_unique (strings, ((SpineCdsKbCriterion *) g_ptr_array_index (self->mscc->criteria, i))->label);
  add_unique (strings, self->mscc->age_modifier->label);
  for (guint i = 0; i < self->corrections->len; i++)
    add_unique (strings, ((SpineCdsCorrection *) g_ptr_array_index (self->corrections, i))->text);

  return strings;
}
