/* spinecds-json.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "spinecds-json"

#include "config.h"

#include <math.h>
#include <string.h>

#include "spinecds-json.h"
#include "spinecds-json-checker.h"

/* Valid input bytes do not guarantee valid strings in the tree (see
 * find_bad_surrogate): nothing that is not UTF-8 may reach a case, a
 * label or a message, so check every key and string once more after
 * parsing. Sets @path ("surgery.procedure", "symptoms[2]") to the first
 * bad one. The tree is at most SPINECDS_JSON_MAX_DEPTH deep. */
static gboolean
strings_are_valid (JsonNode *node,
                   GString  *path)
{
  gsize path_length = path->len;

  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObjectIter iter;
        const char    *key;
        JsonNode      *member;

        json_object_iter_init (&iter, json_node_get_object (node));
        while (json_object_iter_next (&iter, &key, &member))
          {
            if (path->len > 0)
              g_string_append_c (path, '.');
            if (!g_utf8_validate (key, -1, NULL))
              {
                g_autofree char *shown = g_utf8_make_valid (key, -1);

                g_string_append (path, shown);
                return FALSE;
              }
            g_string_append (path, key);
            if (!strings_are_valid (member, path))
              return FALSE;
            g_string_truncate (path, path_length);
          }
        return TRUE;
      }

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);

        for (guint i = 0; i < json_array_get_length (array); i++)
          {
            g_string_append_printf (path, "[%u]", i);
            if (!strings_are_valid (json_array_get_element (array, i), path))
              return FALSE;
            g_string_truncate (path, path_length);
          }
        return TRUE;
      }

    case JSON_NODE_VALUE:
      return json_node_get_value_type (node) != G_TYPE_STRING
             || g_utf8_validate (json_node_get_string (node), -1, NULL);

    case JSON_NODE_NULL:
    default:
      return TRUE;
    }
}

static guint
hex4 (const char *p)
{
  guint value = 0;

  for (guint i = 0; i < 4; i++)
    value = value * 16 + (guint) g_ascii_xdigit_value (p[i]);
  return value;
}

/* RFC 8259 lets "\ud800" through, but no UTF-8 text can hold it:
 * json-glib 1.6 turns a lone surrogate into bytes that are not UTF-8
 * (and drops the next character), and leaks memory on a high surrogate
 * followed by another \u escape that is not a low one. Runs after
 * spinecds_json_check, on syntactically valid JSON. Returns the offset
 * of the first bad escape, or @length. */
static gsize
find_bad_surrogate (const char *data,
                    gsize       length)
{
  gboolean in_string = FALSE;

  for (gsize i = 0; i < length; i++)
    {
      guint unit;

      if (data[i] == '"')
        {
          in_string = !in_string;
          continue;
        }
      if (!in_string || data[i] != '\\')
        continue;
      if (i + 1 < length && data[i + 1] != 'u')
        {
          i++;
          continue;
        }
      if (length - i < 6)
        return i;

      unit = hex4 (data + i + 2);
      if (unit >= 0xDC00 && unit <= 0xDFFF)
        return i;
      if (unit >= 0xD800 && unit <= 0xDBFF)
        {
          guint low;

          if (length - i < 12 || data[i + 6] != '\\' || data[i + 7] != 'u')
            return i;
          low = hex4 (data + i + 8);
          if (low < 0xDC00 || low > 0xDFFF)
            return i;
          i += 6;
        }
      i += 5;
    }

  return length;
}

JsonNode *
spinecds_json_parse (const char *data,
                     gsize       length,
                     gsize       max_length,
                     const char *source,
                     GQuark      domain,
                     int         code,
                     GError    **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  const char      *end = NULL;
  g_autofree char *problem = NULL;
  g_autoptr(GString) path = NULL;
  gsize bad_surrogate;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (source != NULL, NULL);

  if (length > max_length)
    {
      g_set_error (error, domain, code,
                   "%s: expected a file of at most %" G_GSIZE_FORMAT " bytes, found %" G_GSIZE_FORMAT " bytes",
                   source, max_length, length);
      return NULL;
    }

  if (length == 0)
    {
      g_set_error (error, domain, code, "%s: expected a JSON object, found an empty file", source);
      return NULL;
    }

  if (!g_utf8_validate_len (data, length, &end))
    {
      g_set_error (error, domain, code,
                   "%s: expected UTF-8 text, found an invalid byte at offset %" G_GSIZE_FORMAT,
                   source, (gsize) (end - data));
      return NULL;
    }

  /* json-glib is lenient and recursive: only strictly valid JSON of
   * bounded depth reaches it. */
  if (!spinecds_json_check (data, length, SPINECDS_JSON_MAX_DEPTH, &problem))
    {
      g_set_error (error, domain, code, "%s: %s", source, problem);
      return NULL;
    }

  if ((bad_surrogate = find_bad_surrogate (data, length)) < length)
    {
      guint line = 1, column = 1;

      for (gsize i = 0; i < bad_surrogate; i++)
        {
          if (data[i] == '\n')
            {
              line++;
              column = 1;
            }
          else if (((guchar) data[i] & 0xC0) != 0x80)
            column++;
        }
      g_set_error (error, domain, code,
                   "%s: expected UTF-8 text, found a lone surrogate \"%.6s\" at line %u, column %u",
                   source, data + bad_surrogate, line, column);
      return NULL;
    }

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      /* json-glib quotes the text it choked on, bytes as they are. */
      g_autofree char *message = g_utf8_make_valid (local_error->message, -1);

      g_set_error (error, domain, code, "%s: expected valid JSON, found a syntax error (%s)",
                   source, message);
      return NULL;
    }

  if (json_parser_get_root (parser) == NULL)
    {
      g_set_error (error, domain, code, "%s: expected a JSON object, found no value", source);
      return NULL;
    }

  path = g_string_new (NULL);
  if (!strings_are_valid (json_parser_get_root (parser), path))
    {
      g_set_error (error, domain, code,
                   "%s: %s: expected UTF-8 text, found a string that is not",
                   source, path->len > 0 ? path->str : "(top level)");
      return NULL;
    }

  return json_node_copy (json_parser_get_root (parser));
}

gboolean
spinecds_json_node_holds (JsonNode *node,
                          GType     type)
{
  return node != NULL
         && JSON_NODE_HOLDS_VALUE (node)
         && json_node_get_value_type (node) == type;
}

gboolean
spinecds_json_node_is_integer (JsonNode *node)
{
  return spinecds_json_node_holds (node, G_TYPE_INT64);
}

gboolean
spinecds_json_node_is_number (JsonNode *node)
{
  if (spinecds_json_node_holds (node, G_TYPE_INT64))
    return TRUE;

  return spinecds_json_node_holds (node, G_TYPE_DOUBLE)
         && isfinite (json_node_get_double (node));
}

double
spinecds_json_node_get_number (JsonNode *node)
{
  g_return_val_if_fail (spinecds_json_node_is_number (node), 0.0);

  if (json_node_get_value_type (node) == G_TYPE_INT64)
    return (double) json_node_get_int (node);

  return json_node_get_double (node);
}

static char *
describe_string (const char *text)
{
  g_autoptr(GString) quoted = g_string_new (NULL);
  const glong max_chars = 40;

  if (g_utf8_strlen (text, -1) > max_chars)
    {
      g_autofree char *head = g_utf8_substring (text, 0, max_chars);

      spinecds_json_append_string (quoted, head);
      g_string_insert (quoted, quoted->len - 1, "…");
      return g_strdup_printf ("a string of %ld characters starting %s",
                              g_utf8_strlen (text, -1), quoted->str);
    }

  spinecds_json_append_string (quoted, text);
  return g_strdup_printf ("the string %s", quoted->str);
}

char *
spinecds_json_describe (JsonNode *node)
{
  GType type;

  if (node == NULL)
    return g_strdup ("nothing");

  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      return g_strdup ("an object");
    case JSON_NODE_ARRAY:
      return g_strdup ("an array");
    case JSON_NODE_NULL:
      return g_strdup ("null");
    case JSON_NODE_VALUE:
    default:
      break;
    }

  type = json_node_get_value_type (node);
  if (type == G_TYPE_STRING)
    return describe_string (json_node_get_string (node));
  if (type == G_TYPE_BOOLEAN)
    return g_strdup (json_node_get_boolean (node) ? "true" : "false");
  if (type == G_TYPE_INT64)
    return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
  if (type == G_TYPE_DOUBLE)
    {
      g_autoptr(GString) out = g_string_new (NULL);
      double value = json_node_get_double (node);

      if (!isfinite (value))
        return g_strdup ("a number out of range");
      spinecds_json_append_number (out, value);
      return g_string_free (g_steal_pointer (&out), FALSE);
    }

  return g_strdup ("an unknown value");
}

void
spinecds_json_append_string (GString    *out,
                             const char *text)
{
  g_string_append_c (out, '"');

  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;
      /* Runs that need no escape, in one append: most of every string. */
      gsize  run = strcspn (p, "\"\\\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f"
                                "\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f");

      if (run > 0)
        {
          g_string_append_len (out, p, (gssize) run);
          p += run - 1;
          continue;
        }

      switch (c)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\b': g_string_append (out, "\\b"); break;
        case '\f': g_string_append (out, "\\f"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        default:
          if (c < 0x20)
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_c (out, (char) c);
        }
    }

  g_string_append_c (out, '"');
}

void
spinecds_json_append_number (GString *out,
                             double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_if_fail (isfinite (value));

  if (value == floor (value) && fabs (value) < 1e15)
    {
      /* "-0" would not read back as an integer-looking number. */
      g_string_append_printf (out, "%.0f", value == 0.0 ? 0.0 : value);
      return;
    }

  /* The shortest decimal that reads back to the same double, so that
   * 38.6 is written as 38.6 and not 38.600000000000001. */
  for (int precision = 1; precision <= 17; precision++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", precision);
      g_ascii_formatd (buffer, sizeof buffer, format, value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }

  g_string_append (out, buffer);
}

void
spinecds_json_append_indent (GString *out,
                             guint    level)
{
  for (guint i = 0; i < level; i++)
    g_string_append (out, "  ");
}
