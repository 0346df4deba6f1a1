/* spinecds-json.h: strict JSON reading and canonical JSON writing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * json-glib parses; these helpers add what the file formats need on
 * top: a size limit, UTF-8 validation, a nesting limit (so a hostile
 * file cannot exhaust the stack), readable descriptions of what was
 * found, and a writer whose output is stable byte for byte.
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define SPINECDS_JSON_MAX_DEPTH 32

/* Parses @data into a tree. On failure sets @error in @domain/@code
 * with the message "SOURCE: what was expected, what was found". */
JsonNode *spinecds_json_parse (const char *data,
                               gsize       length,
                               gsize       max_length,
                               const char *source,
                               GQuark      domain,
                               int         code,
                               GError    **error);
/* "the string \"abc\"", "the number 4", "null", "an object", … */
char     *spinecds_json_describe (JsonNode *node);
/* Whether @node (or NULL) is a value stored as @type: json-glib keeps
 * G_TYPE_STRING, G_TYPE_BOOLEAN, G_TYPE_INT64 or G_TYPE_DOUBLE. */
gboolean  spinecds_json_node_holds (JsonNode *node,
                                    GType     type);
gboolean  spinecds_json_node_is_integer (JsonNode *node);
gboolean  spinecds_json_node_is_number (JsonNode *node);
/* Value of a number node (integer or double). */
double    spinecds_json_node_get_number (JsonNode *node);

void      spinecds_json_append_string (GString    *out,
                                       const char *text);
/* Integers without a fraction; otherwise the shortest form that reads
 * back to the same double. */
void      spinecds_json_append_number (GString *out,
                                       double   value);
void      spinecds_json_append_indent (GString *out,
                                       guint    level);

G_END_DECLS
