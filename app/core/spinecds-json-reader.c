/* spinecds-json-reader.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "spinecds-json"

#include "config.h"

#include <math.h>

#include "spinecds-codes.h"
#include "spinecds-json.h"
#include "spinecds-json-reader.h"

/* Enough to fix a file by hand; a hostile file must not produce a
 * message of megabytes. */
#define MAX_REPORTED_PROBLEMS 20

void
spinecds_json_reader_init (SpineCdsJsonReader *self,
                           const char         *source)
{
  self->source = g_strdup (source);
  self->problems = g_string_new (NULL);
  self->n_problems = 0;
}

void
spinecds_json_reader_clear (SpineCdsJsonReader *self)
{
  g_clear_pointer (&self->source, g_free);
  if (self->problems != NULL)
    g_string_free (g_steal_pointer (&self->problems), TRUE);
}

gboolean
spinecds_json_reader_failed (const SpineCdsJsonReader *self)
{
  return self->n_problems > 0;
}

void
spinecds_json_reader_set_error (const SpineCdsJsonReader *self,
                                GError                  **error,
                                GQuark                    domain,
                                int                       code)
{
  g_return_if_fail (self->n_problems > 0);

  if (self->n_problems > MAX_REPORTED_PROBLEMS)
    g_set_error (error, domain, code, "%s\n%s: %u more problems not shown", self->problems->str,
                 self->source, self->n_problems - MAX_REPORTED_PROBLEMS);
  else
    g_set_error_literal (error, domain, code, self->problems->str);
}

void
spinecds_json_reader_add (SpineCdsJsonReader *self,
                          const char         *path,
                          const char         *expected,
                          const char         *found)
{
  self->n_problems++;
  if (self->n_problems > MAX_REPORTED_PROBLEMS)
    return;

  if (self->problems->len > 0)
    g_string_append_c (self->problems, '\n');
  g_string_append_printf (self->problems, "%s: %s: expected %s, found %s",
                          self->source, path != NULL && *path != '\0' ? path : "(top level)",
                          expected, found);
}

char *
spinecds_json_reader_describe (JsonNode *found)
{
  g_autofree char *description = spinecds_json_describe (found);

  /* 45.0 and 4.5e1 are numbers but not integers; "expected an integer,
   * found 45" would leave the reader puzzled. */
  if (spinecds_json_node_is_number (found)
      && !spinecds_json_node_is_integer (found)
      && spinecds_json_node_get_number (found) == floor (spinecds_json_node_get_number (found)))
    return g_strdup_printf ("the decimal number %s", description);

  return g_steal_pointer (&description);
}

void
spinecds_json_reader_add_node (SpineCdsJsonReader *self,
                               const char         *path,
                               const char         *expected,
                               JsonNode           *found)
{
  g_autofree char *description = spinecds_json_reader_describe (found);

  spinecds_json_reader_add (self, path, expected, description);
}

void
spinecds_json_reader_add_member (SpineCdsJsonReader *self,
                                 JsonObject         *parent,
                                 const char         *prefix,
                                 const char         *key,
                                 const char         *expected)
{
  g_autofree char *path = spinecds_json_path_member (prefix, key);

  spinecds_json_reader_add_node (self, path, expected, spinecds_json_member (parent, key));
}

char *
spinecds_json_path_member (const char *prefix,
                           const char *key)
{
  if (prefix == NULL || *prefix == '\0')
    return g_strdup (key);

  return g_strdup_printf ("%s.%s", prefix, key);
}

char *
spinecds_json_path_item (const char *prefix,
                         guint       index)
{
  return g_strdup_printf ("%s[%u]", prefix != NULL ? prefix : "", index);
}

gboolean
spinecds_json_node_is_string (JsonNode *node)
{
  return spinecds_json_node_holds (node, G_TYPE_STRING);
}

gboolean
spinecds_json_node_is_boolean (JsonNode *node)
{
  return spinecds_json_node_holds (node, G_TYPE_BOOLEAN);
}

JsonNode *
spinecds_json_member (JsonObject *object,
                      const char *key)
{
  return object != NULL ? json_object_get_member (object, key) : NULL;
}

void
spinecds_json_reader_check_keys (SpineCdsJsonReader *self,
                                 JsonObject         *object,
                                 const char         *prefix,
                                 const char * const *known)
{
  g_autoptr(GList) members = json_object_get_members (object);
  g_autofree char *names = g_strjoinv (", ", (char **) known);
  g_autofree char *expected = g_strdup_printf ("a known field (%s)", names);

  for (const GList *l = members; l != NULL; l = l->next)
    {
      if (!g_strv_contains (known, l->data))
        {
          g_autofree char *path = spinecds_json_path_member (prefix, l->data);

          spinecds_json_reader_add (self, path, expected, "an unknown field");
        }
    }
}

gboolean
spinecds_json_reader_require_keys (SpineCdsJsonReader *self,
                                   JsonObject         *object,
                                   const char         *prefix,
                                   const char * const *required)
{
  gboolean complete = TRUE;

  for (guint i = 0; required[i] != NULL; i++)
    {
      if (!json_object_has_member (object, required[i]))
        {
          g_autofree char *path = spinecds_json_path_member (prefix, required[i]);

          spinecds_json_reader_add (self, path, "a value (it is required)", "nothing");
          complete = FALSE;
        }
    }
  return complete;
}

static gboolean
absent_and_optional (JsonNode         *node,
                     SpineCdsJsonFlags flags)
{
  return node == NULL && !(flags & SPINECDS_JSON_REQUIRED);
}

static gboolean
null_and_nullable (JsonNode         *node,
                   SpineCdsJsonFlags flags)
{
  return node != NULL && (flags & SPINECDS_JSON_NULLABLE) && JSON_NODE_HOLDS_NULL (node);
}

JsonObject *
spinecds_json_reader_object (SpineCdsJsonReader *self,
                             JsonObject         *parent,
                             const char         *prefix,
                             const char         *key,
                             SpineCdsJsonFlags   flags)
{
  JsonNode *node = spinecds_json_member (parent, key);
  gboolean  nullable = (flags & SPINECDS_JSON_NULLABLE) != 0;

  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
    return json_node_get_object (node);

  if (absent_and_optional (node, flags) || null_and_nullable (node, flags))
    return NULL;

  spinecds_json_reader_add_member (self, parent, prefix, key, nullable ? "an object or null" : "an object");
  return NULL;
}

JsonArray *
spinecds_json_reader_array (SpineCdsJsonReader *self,
                            JsonObject         *parent,
                            const char         *prefix,
                            const char         *key,
                            SpineCdsJsonFlags   flags,
                            const char         *expected)
{
  JsonNode        *node = spinecds_json_member (parent, key);
  g_autofree char *path = NULL;

  if (absent_and_optional (node, flags))
    return NULL;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      spinecds_json_reader_add_member (self, parent, prefix, key, expected);
      return NULL;
    }

  if (!(flags & SPINECDS_JSON_NON_EMPTY) || json_array_get_length (json_node_get_array (node)) > 0)
    return json_node_get_array (node);

  path = spinecds_json_path_member (prefix, key);
  spinecds_json_reader_add (self, path, expected, "an empty array");
  return NULL;
}

JsonObject *
spinecds_json_reader_object_node (SpineCdsJsonReader *self,
                                  JsonNode           *node,
                                  const char         *path)
{
  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
    return json_node_get_object (node);

  spinecds_json_reader_add_node (self, path, "an object", node);
  return NULL;
}

static gboolean
is_blank (const char *text)
{
  for (; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

const char *
spinecds_json_reader_string_node (SpineCdsJsonReader *self,
                                  JsonNode           *node,
                                  const char         *path,
                                  glong               max_chars,
                                  SpineCdsJsonFlags   flags)
{
  gboolean         non_empty = (flags & SPINECDS_JSON_NON_EMPTY) != 0;
  g_autofree char *expected = NULL;
  const char      *text;
  glong            n_chars;

  expected = max_chars > 0
               ? g_strdup_printf ("a %sstring of at most %ld characters", non_empty ? "non-empty " : "", max_chars)
               : g_strdup (non_empty ? "a non-empty string" : "a string");

  if (!spinecds_json_node_is_string (node))
    {
      spinecds_json_reader_add_node (self, path, expected, node);
      return NULL;
    }

  text = json_node_get_string (node);
  if (non_empty && is_blank (text))
    {
      spinecds_json_reader_add (self, path, expected, "an empty string");
      return NULL;
    }

  n_chars = g_utf8_strlen (text, -1);
  if (max_chars > 0 && n_chars > max_chars)
    {
      g_autofree char *found = g_strdup_printf ("a string of %ld characters", n_chars);

      spinecds_json_reader_add (self, path, expected, found);
      return NULL;
    }

  return text;
}

GPtrArray *
spinecds_json_reader_string_items (SpineCdsJsonReader *self,
                                   JsonArray          *array,
                                   const char         *path,
                                   glong               max_chars,
                                   SpineCdsJsonFlags   flags)
{
  guint n = json_array_get_length (array);
  /* Reserving room keeps pdata non-NULL for an empty array too. */
  g_autoptr(GPtrArray) strings = g_ptr_array_new_null_terminated (n + 1, NULL, TRUE);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *item = spinecds_json_path_item (path, i);
      const char      *text = spinecds_json_reader_string_node (self, json_array_get_element (array, i),
                                                                item, max_chars, flags);

      if (text == NULL)
        return NULL;
      g_ptr_array_add (strings, (gpointer) text);
    }

  return g_steal_pointer (&strings);
}

const char *
spinecds_json_reader_string (SpineCdsJsonReader *self,
                             JsonObject         *parent,
                             const char         *prefix,
                             const char         *key,
                             glong               max_chars,
                             SpineCdsJsonFlags   flags)
{
  JsonNode        *node = spinecds_json_member (parent, key);
  g_autofree char *path = NULL;

  if (absent_and_optional (node, flags))
    return NULL;

  path = spinecds_json_path_member (prefix, key);
  return spinecds_json_reader_string_node (self, node, path, max_chars, flags);
}

static char *
describe_range (const char *noun,
                double      min,
                double      max,
                gboolean    nullable)
{
  g_autoptr(GString) text = g_string_new (noun);

  /* G_MAXINT stands for "no upper bound" of an integer field, which
   * still has to fit an int. */
  if (isfinite (max) && max < G_MAXINT)
    g_string_append_printf (text, " from %g to %g", min, max);
  else
    g_string_append_printf (text, " ≥ %g", min);

  if (nullable)
    g_string_append (text, " or null");

  return g_string_free (g_steal_pointer (&text), FALSE);
}

gboolean
spinecds_json_reader_number (SpineCdsJsonReader *self,
                             JsonObject         *parent,
                             const char         *prefix,
                             const char         *key,
                             double              min,
                             double              max,
                             SpineCdsJsonFlags   flags,
                             double             *value)
{
  JsonNode        *node = spinecds_json_member (parent, key);
  gboolean         integer = (flags & SPINECDS_JSON_INTEGER) != 0;
  g_autofree char *expected = NULL;

  if (absent_and_optional (node, flags))
    return FALSE;

  if (null_and_nullable (node, flags))
    {
      *value = NAN;
      return TRUE;
    }

  if (node != NULL
      && (integer ? spinecds_json_node_is_integer (node) : spinecds_json_node_is_number (node)))
    {
      double number = spinecds_json_node_get_number (node);

      if (number >= min && number <= max)
        {
          /* -0 is a valid "0"; keep one spelling of it. */
          *value = number + 0.0;
          return TRUE;
        }
    }

  expected = describe_range (integer ? "an integer" : "a number", min, max, (flags & SPINECDS_JSON_NULLABLE) != 0);
  spinecds_json_reader_add_member (self, parent, prefix, key, expected);
  return FALSE;
}

gboolean
spinecds_json_reader_boolean (SpineCdsJsonReader *self,
                              JsonObject         *parent,
                              const char         *prefix,
                              const char         *key,
                              SpineCdsJsonFlags   flags,
                              int                *value)
{
  JsonNode *node = spinecds_json_member (parent, key);
  gboolean  nullable = (flags & SPINECDS_JSON_NULLABLE) != 0;

  if (node == NULL)
    return FALSE;

  if (spinecds_json_node_is_boolean (node))
    {
      *value = json_node_get_boolean (node);
      return TRUE;
    }

  if (nullable && JSON_NODE_HOLDS_NULL (node))
    {
      *value = -1;
      return TRUE;
    }

  spinecds_json_reader_add_member (self, parent, prefix, key, nullable ? "true, false or null" : "true or false");
  return FALSE;
}

/* "one of \"female\", \"male\"…": the nicks of @enum_type, except
 * @excluded (the grade "none" is spelled by leaving the grade out). */
static char *
describe_enum (GType enum_type,
               int   excluded)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  g_autoptr(GString) text = g_string_new ("one of");
  gboolean first = TRUE;

  for (guint i = 0; i < klass->n_values; i++)
    {
      if (klass->values[i].value == excluded)
        continue;
      g_string_append (text, first ? " " : ", ");
      spinecds_json_append_string (text, klass->values[i].value_nick);
      first = FALSE;
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

gboolean
spinecds_json_reader_enum (SpineCdsJsonReader *self,
                           JsonObject         *parent,
                           const char         *prefix,
                           const char         *key,
                           GType               enum_type,
                           int                 excluded,
                           SpineCdsJsonFlags   flags,
                           int                *value)
{
  JsonNode        *node = spinecds_json_member (parent, key);
  g_autofree char *expected = NULL;
  int              parsed;

  if (absent_and_optional (node, flags))
    return FALSE;

  if (spinecds_json_node_is_string (node)
      && spinecds_enum_from_nick (enum_type, json_node_get_string (node), &parsed)
      && parsed != excluded)
    {
      *value = parsed;
      return TRUE;
    }

  expected = describe_enum (enum_type, excluded);
  spinecds_json_reader_add_member (self, parent, prefix, key, expected);
  return FALSE;
}
