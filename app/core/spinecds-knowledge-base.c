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
#include "spinecds-field.h"
#include "spinecds-bounded-file.h"
#include "spinecds-json.h"
#include "spinecds-json-reader.h"
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
  GPtrArray      *actions;   /* of char* */
  GPtrArray      *red_flags; /* of SpineCdsKbRedFlag* */
  GPtrArray      *concepts;  /* of SpineCdsKbConcept* */
  GPtrArray      *rules;     /* of SpineCdsKbRule* */
  guint          *order;     /* rule indices, triage rules first */
  SpineCdsKbMscc *mscc;
  GPtrArray      *corrections; /* of SpineCdsCorrection* */
  GPtrArray      *references;  /* of SpineCdsReference* */
  GHashTable     *reference_ids;
};

G_DEFINE_FINAL_TYPE (SpineCdsKnowledgeBase, spinecds_knowledge_base, G_TYPE_OBJECT)

/* The quark's name is dashed, which clang-format would space out. */
/* clang-format off */
G_DEFINE_QUARK (spinecds-knowledge-base-error-quark, spinecds_knowledge_base_error)
/* clang-format on */

static const char * const categories[] = {
  "triage", "imaging", "treatment", "medication", "referral", "advice", "pitfall", NULL
};

/* The action codes CASE-FORMAT §2 promises; a knowledge base lacking
 * one could not express part of the contract. */
static const char * const required_actions[] = {
  "conservative_care", "reassess_4_6_weeks", "no_further_imaging", "radiography",
  "mri_without_contrast", "mri_with_and_without_contrast", "ct_without_contrast",
  "whole_spine_imaging", "surgical_referral", "dexamethasone", "mscc_team_contact",
  "spinal_immobilisation", "blood_cultures_before_antibiotics", "paediatric_referral", NULL
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
  g_free (rule->text_beside_higher);
  g_free (rule->timeframe);
  g_free (rule->action);
  g_strfreev (rule->also_actions);
  g_strfreev (rule->because);
  g_strfreev (rule->asks_for);
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
  g_strfreev (correction->rules);
  g_free (correction);
}

static void
reference_free (SpineCdsReference *reference)
{
  g_free (reference->id);
  g_free (reference->citation);
  g_free (reference->short_citation);
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

/* The shared reader words the problems; the loader stops at the first
 * one, because later checks lean on earlier ones (a rule's references
 * on the reference list). Conditions are parsed by spinecds-condition,
 * which reports through @error itself. */
typedef struct
{
  SpineCdsKnowledgeBase *kb;
  SpineCdsJsonReader    *reader;
  GError               **error;
} Loader;

/* @object has every key of @required and none outside @known. */
static gboolean
check_keys (Loader             *loader,
            JsonObject         *object,
            const char         *path,
            const char * const *known,
            const char * const *required)
{
  spinecds_json_reader_require_keys (loader->reader, object, path, required);
  spinecds_json_reader_check_keys (loader->reader, object, path, known);
  return !spinecds_json_reader_failed (loader->reader);
}

static JsonObject *
read_object (Loader             *loader,
             JsonNode           *node,
             const char         *path,
             const char * const *known,
             const char * const *required)
{
  JsonObject *object = spinecds_json_reader_object_node (loader->reader, node, path);

  return object != NULL && check_keys (loader, object, path, known, required) ? object : NULL;
}

/* Every text of a knowledge base is required and says something. */
static const char *
read_text (Loader     *loader,
           JsonObject *object,
           const char *path,
           const char *key)
{
  return spinecds_json_reader_string (loader->reader, object, path, key, 0,
                                      SPINECDS_JSON_REQUIRED | SPINECDS_JSON_NON_EMPTY);
}

/* A required list that names at least one thing. */
static JsonArray *
read_list (Loader     *loader,
           JsonObject *parent,
           const char *prefix,
           const char *key)
{
  return spinecds_json_reader_array (loader->reader, parent, prefix, key,
                                     SPINECDS_JSON_REQUIRED | SPINECDS_JSON_NON_EMPTY, "a non-empty array");
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
  JsonNode   *node = json_object_get_member (object, "id");
  const char *id = spinecds_json_node_is_string (node) ? json_node_get_string (node) : NULL;

  if (!is_valid_id (id))
    {
      spinecds_json_reader_add_member (loader->reader, object, path, "id",
                                       "an id of lower-case letters, digits, '_' and '-'");
      return NULL;
    }

  if (seen != NULL && g_hash_table_contains (seen, id))
    {
      spinecds_json_reader_add_member (loader->reader, object, path, "id", "an id not used before in this list");
      return NULL;
    }

  if (seen != NULL)
    g_hash_table_add (seen, (gpointer) id);
  return id;
}

/* Reference ids that must resolve; the reference list is read first. */
static char **
read_reference_ids (Loader     *loader,
                    JsonObject *object,
                    const char *path)
{
  g_autofree char *list_path = spinecds_json_path_member (path, "references");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *array = read_list (loader, object, path, "references");

  if (array == NULL)
    return NULL;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode   *item = json_array_get_element (array, i);
      const char *id = spinecds_json_node_is_string (item) ? json_node_get_string (item) : NULL;

      if (id == NULL || !g_hash_table_contains (loader->kb->reference_ids, id))
        {
          g_autofree char *item_path = spinecds_json_path_item (list_path, i);

          spinecds_json_reader_add_node (loader->reader, item_path, "a reference id listed in references", item);
          return NULL;
        }
      g_strv_builder_add (builder, id);
    }

  return g_strv_builder_end (builder);
}

/* Absent means no texts; present, it lists at least one. */
static char **
read_texts (Loader     *loader,
            JsonObject *object,
            const char *path,
            const char *key)
{
  g_autofree char *list_path = spinecds_json_path_member (path, key);
  JsonArray       *array = spinecds_json_reader_array (loader->reader, object, path, key, SPINECDS_JSON_NON_EMPTY,
                                                       "a non-empty array");
  g_autoptr(GPtrArray) texts = NULL;

  if (spinecds_json_reader_failed (loader->reader))
    return NULL;
  if (array == NULL)
    return g_new0 (char *, 1);

  texts = spinecds_json_reader_string_items (loader->reader, array, list_path, 0, SPINECDS_JSON_NON_EMPTY);
  return texts != NULL ? g_strdupv ((char **) texts->pdata) : NULL;
}

/* Sections ------------------------------------------------------------------- */

/* Checked before anything else: another kind of file, or a later
 * schema, would only produce puzzling problems further down. */
static gboolean
read_format (Loader     *loader,
             JsonObject *root)
{
  JsonNode *format = json_object_get_member (root, "format");
  JsonNode *schema = json_object_get_member (root, "schema");

  if (!spinecds_json_node_is_string (format) || !g_str_equal (json_node_get_string (format), "spinecds-knowledge-base"))
    spinecds_json_reader_add_node (loader->reader, "format", "\"spinecds-knowledge-base\"", format);
  else if (!spinecds_json_node_is_integer (schema) || json_node_get_int (schema) != 1)
    spinecds_json_reader_add_node (loader->reader, "schema", "1", schema);

  return !spinecds_json_reader_failed (loader->reader);
}

static gboolean
is_valid_date (const char *text)
{
  g_autoptr(GDate) date = g_date_new ();

  g_date_set_parse (date, text);
  return strlen (text) == 10 && text[4] == '-' && text[7] == '-' && g_date_valid (date);
}

static gboolean
read_header (Loader     *loader,
             JsonObject *root)
{
  SpineCdsKnowledgeBase *kb = loader->kb;
  const char            *id, *version, *title, *reviewed;

  if ((id = read_id (loader, root, NULL, NULL)) == NULL
      || (version = read_text (loader, root, NULL, "version")) == NULL
      || (title = read_text (loader, root, NULL, "title")) == NULL
      || (reviewed = read_text (loader, root, NULL, "reviewed")) == NULL)
    return FALSE;

  if (!is_valid_date (reviewed))
    {
      spinecds_json_reader_add_member (loader->reader, root, NULL, "reviewed", "a date YYYY-MM-DD");
      return FALSE;
    }

  kb->id = g_strdup (id);
  kb->version = g_strdup (version);
  kb->title = g_strdup (title);
  kb->reviewed = g_strdup (reviewed);
  return TRUE;
}

static SpineCdsReference *
read_reference (Loader     *loader,
                JsonNode   *node,
                const char *path)
{
  static const char * const known[] = { "id", "citation", "short", "year", "url", NULL };
  static const char * const required[] = { "id", "citation", "year", NULL };
  JsonObject               *object = read_object (loader, node, path, known, required);
  SpineCdsReference        *reference;
  const char               *id, *citation, *short_citation = NULL, *url = NULL;
  JsonNode                 *year, *url_node;

  if (object == NULL
      || (id = read_id (loader, object, path, loader->kb->reference_ids)) == NULL
      || (citation = read_text (loader, object, path, "citation")) == NULL)
    return NULL;

  year = json_object_get_member (object, "year");
  if (!spinecds_json_node_is_integer (year) || json_node_get_int (year) < 1900 || json_node_get_int (year) > 2100)
    {
      spinecds_json_reader_add_member (loader->reader, object, path, "year", "a year from 1900 to 2100");
      return NULL;
    }

  if (json_object_has_member (object, "short")
      && (short_citation = read_text (loader, object, path, "short")) == NULL)
    return NULL;

  /* Not every source has an address: the url may be null or left out. */
  url_node = json_object_get_member (object, "url");
  if (url_node != NULL && !JSON_NODE_HOLDS_NULL (url_node) && (url = read_text (loader, object, path, "url")) == NULL)
    return NULL;

  reference = g_new0 (SpineCdsReference, 1);
  reference->id = g_strdup (id);
  reference->citation = g_strdup (citation);
  reference->short_citation = g_strdup (short_citation);
  reference->year = json_node_get_int (year);
  reference->url = g_strdup (url);
  return reference;
}

static gboolean
read_references (Loader     *loader,
                 JsonObject *root)
{
  JsonArray *array = read_list (loader, root, NULL, "references");

  if (array == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char   *path = spinecds_json_path_item ("references", i);
      SpineCdsReference *reference = read_reference (loader, json_array_get_element (array, i), path);

      if (reference == NULL)
        return FALSE;
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
read_triage_levels (Loader     *loader,
                    JsonObject *root)
{
  static const char * const levels[] = { "routine", "expedited", "urgent", "emergency", NULL };
  static const char * const level_keys[] = { "timeframe", NULL };
  JsonObject               *object = read_object (loader, json_object_get_member (root, "triage_levels"), "triage_levels",
                                                  levels, levels);

  if (object == NULL)
    return FALSE;

  for (guint i = 0; levels[i] != NULL; i++)
    {
      g_autofree char *path = spinecds_json_path_member ("triage_levels", levels[i]);
      JsonObject      *level = read_object (loader, json_object_get_member (object, levels[i]), path,
                                            level_keys, level_keys);
      const char      *timeframe = level != NULL ? read_text (loader, level, path, "timeframe") : NULL;

      if (timeframe == NULL)
        return FALSE;
      loader->kb->timeframes[i] = g_strdup (timeframe);
    }

  return TRUE;
}

static gboolean
read_actions (Loader     *loader,
              JsonObject *root)
{
  JsonArray *array = read_list (loader, root, NULL, "actions");

  if (array == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode        *item = json_array_get_element (array, i);
      g_autofree char *path = spinecds_json_path_item ("actions", i);
      const char      *code = spinecds_json_node_is_string (item) ? json_node_get_string (item) : NULL;

      if (!is_valid_id (code))
        spinecds_json_reader_add_node (loader->reader, path, "an action code", item);
      else if (g_ptr_array_find_with_equal_func (loader->kb->actions, code, g_str_equal, NULL))
        spinecds_json_reader_add_node (loader->reader, path, "an action code not listed before", item);
      else
        g_ptr_array_add (loader->kb->actions, g_strdup (code));

      if (spinecds_json_reader_failed (loader->reader))
        return FALSE;
    }

  for (guint i = 0; required_actions[i] != NULL; i++)
    {
      if (!g_ptr_array_find_with_equal_func (loader->kb->actions, required_actions[i], g_str_equal, NULL))
        {
          g_autofree char *expected = g_strdup_printf ("a list including \"%s\"", required_actions[i]);

          spinecds_json_reader_add_member (loader->reader, root, NULL, "actions", expected);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
read_red_flags (Loader     *loader,
                JsonObject *root)
{
  static const char * const keys[] = { "id", "label", NULL };
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *array = read_list (loader, root, NULL, "red_flags");

  if (array == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char   *path = spinecds_json_path_item ("red_flags", i);
      JsonObject        *object = read_object (loader, json_array_get_element (array, i), path, keys, keys);
      SpineCdsKbRedFlag *flag;
      const char        *id, *label;

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
               JsonObject *root,
               GHashTable *concept_ids)
{
  static const char * const keys[] = { "id", "when", NULL };
  JsonArray                *array = spinecds_json_reader_array (loader->reader, root, NULL, "concepts",
                                                                SPINECDS_JSON_REQUIRED, "an array");
  SpineCdsConditionScope    scope = { loader->reader->source, concept_ids, NULL, FALSE };

  if (array == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char   *path = spinecds_json_path_item ("concepts", i);
      g_autofree char   *when_path = spinecds_json_path_member (path, "when");
      JsonObject        *object = read_object (loader, json_array_get_element (array, i), path, keys, keys);
      SpineCdsKbConcept *concept;
      const char        *id;

      if (object == NULL || (id = read_id (loader, object, path, NULL)) == NULL)
        return FALSE;
      if (g_hash_table_contains (concept_ids, id))
        {
          spinecds_json_reader_add_node (loader->reader, path, "an id not used before in this list",
                                         json_object_get_member (object, "id"));
          return FALSE;
        }

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

/* The KB spells the triage levels in its messages as people write
 * them, not as the list of nicks the shared reader would give. */
static gboolean
read_rule_triage (Loader         *loader,
                  JsonObject     *object,
                  const char     *path,
                  SpineCdsKbRule *rule)
{
  JsonNode *node = json_object_get_member (object, "triage");

  if (node == NULL
      || (spinecds_json_node_is_string (node)
          && spinecds_enum_from_nick (SPINECDS_TYPE_TRIAGE, json_node_get_string (node), &rule->triage)))
    return TRUE;

  spinecds_json_reader_add_member (loader->reader, object, path, "triage", "routine, expedited, urgent or emergency");
  return FALSE;
}

/* The optional member @key as a name to look up; "" when it is not a
 * string, which no list contains, so the caller reports it. */
static const char *
read_name (JsonObject *object,
           const char *key)
{
  JsonNode *node = json_object_get_member (object, key);

  if (node == NULL)
    return NULL;

  return spinecds_json_node_is_string (node) ? json_node_get_string (node) : "";
}

/* "also_actions": codes that go with the rule's action and say how, as
 * whole-spine imaging names its modality (CASE-FORMAT §2). */
static gboolean
read_also_actions (Loader         *loader,
                   JsonObject     *object,
                   const char     *path,
                   SpineCdsKbRule *rule)
{
  JsonArray *array;
  g_autoptr(GStrvBuilder) codes = g_strv_builder_new ();

  if (!json_object_has_member (object, "also_actions"))
    return TRUE;
  array = spinecds_json_reader_array (loader->reader, object, path, "also_actions",
                                      SPINECDS_JSON_REQUIRED | SPINECDS_JSON_NON_EMPTY,
                                      "a non-empty array of action codes");
  if (array == NULL || rule->action == NULL)
    {
      if (array != NULL)
        spinecds_json_reader_add_member (loader->reader, object, path, "also_actions",
                                         "no also_actions on a rule without an action");
      return FALSE;
    }
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      const char *code = json_array_get_string_element (array, i);

      if (code == NULL || !g_ptr_array_find_with_equal_func (loader->kb->actions, code, g_str_equal, NULL))
        {
          spinecds_json_reader_add_member (loader->reader, object, path, "also_actions",
                                           "action codes listed in actions");
          return FALSE;
        }
      g_strv_builder_add (codes, code);
    }
  rule->also_actions = g_strv_builder_end (codes);
  return TRUE;
}

/* A rule's red flag and action must be listed; a red flag explains why
 * a case is urgent, so only a triage rule raises one. */
static gboolean
read_rule_links (Loader         *loader,
                 JsonObject     *object,
                 const char     *path,
                 SpineCdsKbRule *rule)
{
  const char *flag = read_name (object, "red_flag");
  const char *action = read_name (object, "action");

  if (flag != NULL && ((rule->red_flag = find_red_flag (loader->kb, flag)) < 0 || rule->triage == SPINECDS_NO_TRIAGE))
    {
      spinecds_json_reader_add_member (loader->reader, object, path, "red_flag",
                                       "a red flag id listed in red_flags, on a rule that sets triage");
      return FALSE;
    }

  if (action != NULL && !g_ptr_array_find_with_equal_func (loader->kb->actions, action, g_str_equal, NULL))
    {
      spinecds_json_reader_add_member (loader->reader, object, path, "action", "an action code listed in actions");
      return FALSE;
    }

  rule->action = g_strdup (action);
  return read_also_actions (loader, object, path, rule);
}

/* "tier": the triage level whose time limit the text of a rule that
 * sets no triage states ("within a week" is expedited's). */
static gboolean
read_rule_tier (Loader         *loader,
                JsonObject     *object,
                const char     *path,
                SpineCdsKbRule *rule)
{
  JsonNode *node = json_object_get_member (object, "tier");

  rule->tier = rule->triage;
  if (node == NULL)
    return TRUE;
  if (rule->triage == SPINECDS_NO_TRIAGE && spinecds_json_node_is_string (node)
      && spinecds_enum_from_nick (SPINECDS_TYPE_TRIAGE, json_node_get_string (node), &rule->tier))
    return TRUE;
  spinecds_json_reader_add_member (loader->reader, object, path, "tier",
                                   "routine, expedited, urgent or emergency, on a rule that sets no triage");
  return FALSE;
}

/* Only a rule of a tier below the highest can be outranked. */
static gboolean
read_text_beside_higher (Loader         *loader,
                         JsonObject     *object,
                         const char     *path,
                         SpineCdsKbRule *rule)
{
  const char *text;

  if (!json_object_has_member (object, "text_beside_higher"))
    return TRUE;
  if (rule->tier == SPINECDS_NO_TRIAGE || rule->tier == SPINECDS_TRIAGE_EMERGENCY)
    {
      spinecds_json_reader_add_member (loader->reader, object, path, "text_beside_higher",
                                       "text_beside_higher only on a rule of a tier below emergency");
      return FALSE;
    }
  if ((text = read_text (loader, object, path, "text_beside_higher")) == NULL)
    return FALSE;
  rule->text_beside_higher = g_strdup (text);
  return TRUE;
}

/* A time line of its own needs a tier to stand for. */
static gboolean
read_rule_timeframe (Loader         *loader,
                     JsonObject     *object,
                     const char     *path,
                     SpineCdsKbRule *rule)
{
  const char *text;

  if (!json_object_has_member (object, "timeframe"))
    return TRUE;
  if (rule->tier == SPINECDS_NO_TRIAGE)
    {
      spinecds_json_reader_add_member (loader->reader, object, path, "timeframe",
                                       "timeframe only on a rule with a triage or a tier");
      return FALSE;
    }
  if ((text = read_text (loader, object, path, "timeframe")) == NULL)
    return FALSE;
  rule->timeframe = g_strdup (text);
  return TRUE;
}

/* "asks_for": field paths of the case format ("labs.crp_mg_l"). */
static gboolean
read_rule_asks_for (Loader         *loader,
                    JsonObject     *object,
                    const char     *path,
                    SpineCdsKbRule *rule)
{
  if ((rule->asks_for = read_texts (loader, object, path, "asks_for")) == NULL)
    return FALSE;
  for (guint i = 0; rule->asks_for[i] != NULL; i++)
    if (spinecds_field_lookup (rule->asks_for[i]) == NULL)
      {
        g_autofree char *list_path = spinecds_json_path_member (path, "asks_for");
        g_autofree char *item_path = spinecds_json_path_item (list_path, i);
        g_autofree char *found = g_strdup_printf ("\"%s\"", rule->asks_for[i]);

        spinecds_json_reader_add (loader->reader, item_path, "a field path of the case format", found);
        return FALSE;
      }
  return TRUE;
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
  const char     *id, *category, *text;

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
      spinecds_json_reader_add_member (loader->reader, object, path, "category",
                                       "triage, imaging, treatment, medication, referral, advice or pitfall");
      return NULL;
    }
  rule->category = g_strdup (category);

  if (!read_rule_triage (loader, object, path, rule)
      || !read_rule_tier (loader, object, path, rule)
      || !read_rule_links (loader, object, path, rule)
      || !read_text_beside_higher (loader, object, path, rule)
      || !read_rule_timeframe (loader, object, path, rule)
      || (rule->because = read_texts (loader, object, path, "because")) == NULL
      || !read_rule_asks_for (loader, object, path, rule)
      || (rule->references = read_reference_ids (loader, object, path)) == NULL)
    return NULL;

  return g_ptr_array_steal_index (keep, 0);
}

static gboolean
read_rule_conditions (Loader     *loader,
                      JsonArray  *array,
                      gboolean    triage_pass,
                      GHashTable *concept_ids,
                      GHashTable *rule_ids,
                      guint      *order,
                      guint      *n_ordered)
{
  SpineCdsConditionScope scope = { loader->reader->source, concept_ids, rule_ids, !triage_pass };

  for (guint i = 0; i < loader->kb->rules->len; i++)
    {
      SpineCdsKbRule  *rule = g_ptr_array_index (loader->kb->rules, i);
      g_autofree char *path = spinecds_json_path_item ("rules", i);
      g_autofree char *when_path = spinecds_json_path_member (path, "when");
      JsonObject      *object = json_array_get_object_element (array, i);

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
            JsonObject *root,
            GHashTable *concept_ids)
{
  static const char * const known[] = {
    "id", "when", "category", "triage", "tier", "red_flag", "action", "also_actions", "text",
    "text_beside_higher", "timeframe", "because", "asks_for", "references", NULL
  };
  static const char * const required[] = { "id", "when", "category", "text", "references", NULL };
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) rule_ids = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *array = read_list (loader, root, NULL, "rules");
  guint      n_ordered = 0;

  if (array == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = spinecds_json_path_item ("rules", i);
      JsonObject      *object = read_object (loader, json_array_get_element (array, i), path, known, required);
      SpineCdsKbRule  *rule = object != NULL ? read_rule_body (loader, object, path, seen) : NULL;

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
  static const char * const keys[] = { "id", "label", "when", NULL };
  SpineCdsConditionScope    scope = { loader->reader->source, concept_ids, NULL, FALSE };
  g_autofree char          *when_path = spinecds_json_path_member (path, "when");
  JsonObject               *object = read_object (loader, node, path, keys, keys);
  SpineCdsKbCriterion      *criterion;
  const char               *id, *label;

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
           JsonObject *root,
           GHashTable *concept_ids)
{
  static const char * const keys[] = { "criteria", "age_modifier", "references", NULL };
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  JsonObject     *object = read_object (loader, json_object_get_member (root, "mscc_surgery"), "mscc_surgery",
                                        keys, keys);
  JsonArray      *array;
  SpineCdsKbMscc *mscc;

  if (object == NULL || (array = read_list (loader, object, "mscc_surgery", "criteria")) == NULL)
    return FALSE;

  mscc = loader->kb->mscc = g_new0 (SpineCdsKbMscc, 1);
  mscc->criteria = g_ptr_array_new_with_free_func ((GDestroyNotify) criterion_free);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char     *path = spinecds_json_path_item ("mscc_surgery.criteria", i);
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
is_rule_id (Loader     *loader,
            const char *id)
{
  for (guint i = 0; i < loader->kb->rules->len; i++)
    if (g_str_equal (((SpineCdsKbRule *) g_ptr_array_index (loader->kb->rules, i))->id, id))
      return TRUE;
  return FALSE;
}

/* The rules a correction concerns: the summary prints it only when one
 * of them speaks (GUIDELINE-LOGIC §8.10). Optional; when present, ids of
 * rules listed before. */
static gboolean
read_correction_rules (Loader             *loader,
                       JsonObject         *object,
                       const char         *path,
                       SpineCdsCorrection *correction)
{
  g_autofree char *list_path = spinecds_json_path_member (path, "rules");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *array;

  if (!json_object_has_member (object, "rules"))
    return TRUE;
  if ((array = read_list (loader, object, path, "rules")) == NULL)
    return FALSE;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode   *item = json_array_get_element (array, i);
      const char *id = spinecds_json_node_is_string (item) ? json_node_get_string (item) : NULL;

      if (id == NULL || !is_rule_id (loader, id))
        {
          g_autofree char *item_path = spinecds_json_path_item (list_path, i);

          spinecds_json_reader_add_node (loader->reader, item_path, "a rule id listed in rules", item);
          return FALSE;
        }
      g_strv_builder_add (builder, id);
    }
  correction->rules = g_strv_builder_end (builder);
  return TRUE;
}

static gboolean
read_corrections (Loader     *loader,
                  JsonObject *root)
{
  static const char * const keys[] = { "id", "text", "references", "rules", NULL };
  static const char * const required[] = { "id", "text", "references", NULL };
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *array = spinecds_json_reader_array (loader->reader, root, NULL, "corrections", SPINECDS_JSON_REQUIRED,
                                                 "an array");

  if (array == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char    *path = spinecds_json_path_item ("corrections", i);
      JsonObject         *object = read_object (loader, json_array_get_element (array, i), path, keys, required);
      SpineCdsCorrection *correction;
      const char         *id, *text;
      char              **references;

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
      if (!read_correction_rules (loader, object, path, correction))
        return FALSE;
    }

  return TRUE;
}

static gboolean
load (Loader   *loader,
      JsonNode *root_node)
{
  static const char * const keys[] = {
    "format", "schema", "id", "version", "reviewed", "title", "triage_levels", "actions",
    "red_flags", "concepts", "rules", "mscc_surgery", "corrections", "references", NULL
  };
  g_autoptr(GHashTable) concept_ids = g_hash_table_new (g_str_hash, g_str_equal);
  JsonObject *root = spinecds_json_reader_object_node (loader->reader, root_node, NULL);

  /* The format before the keys: a case file given by mistake gets one
   * line saying so, not a line for each key it lacks. References
   * before the rest, which cites them. */
  return root != NULL
         && read_format (loader, root)
         && check_keys (loader, root, NULL, keys, keys)
         && read_header (loader, root)
         && read_references (loader, root)
         && read_triage_levels (loader, root)
         && read_actions (loader, root)
         && read_red_flags (loader, root)
         && read_concepts (loader, root, concept_ids)
         && read_rules (loader, root, concept_ids)
         && read_mscc (loader, root, concept_ids)
         && read_corrections (loader, root);
}

/* Public API ------------------------------------------------------------------ */

SpineCdsKnowledgeBase *
spinecds_knowledge_base_new_from_bytes (GBytes     *bytes,
                                        const char *source_name,
                                        GError    **error)
{
  g_autoptr(SpineCdsKnowledgeBase) self = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_auto(SpineCdsJsonReader) reader = { 0 };
  Loader      loader;
  gsize       length;
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
  spinecds_json_reader_init (&reader, source_name);
  loader = (Loader) { self, &reader, error };
  if (!load (&loader, root))
    {
      /* Unless a condition failed: it has set @error already. */
      if (spinecds_json_reader_failed (&reader))
        spinecds_json_reader_set_error (&reader, error, SPINECDS_KNOWLEDGE_BASE_ERROR,
                                        SPINECDS_KNOWLEDGE_BASE_ERROR_INVALID);
      return NULL;
    }

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
  /* Bounded: /dev/zero or a FIFO named as the knowledge base must be an
   * error at once, not an abort or a hang. */
  bytes = spinecds_bounded_file_read (file, MAX_SIZE, NULL, &local_error);
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

  add_unique (strings, self->title);
  for (guint i = 0; i < G_N_ELEMENTS (self->timeframes); i++)
    add_unique (strings, self->timeframes[i]);
  for (guint i = 0; i < self->red_flags->len; i++)
    add_unique (strings, ((SpineCdsKbRedFlag *) g_ptr_array_index (self->red_flags, i))->label);
  for (guint i = 0; i < self->rules->len; i++)
    {
      SpineCdsKbRule *rule = g_ptr_array_index (self->rules, i);

      add_unique (strings, rule->text);
      if (rule->text_beside_higher != NULL)
        add_unique (strings, rule->text_beside_higher);
      if (rule->timeframe != NULL)
        add_unique (strings, rule->timeframe);
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
