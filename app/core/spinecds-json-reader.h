/* spinecds-json-reader.h: reading a JSON tree against a schema, with paths
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every file format of SpineCDS (case files, the knowledge base, the
 * report vocabularies) is read the same way: walk the tree json-glib
 * built, check each value where it is used, and report each problem as
 * "SOURCE: PATH: expected …, found …", one line per problem. A reader
 * collects up to a limit of problems so that a hand-edited file can be
 * fixed in one go; a loader that stops at the first problem just checks
 * spinecds_json_reader_failed() as it goes.
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef struct
{
  char    *source;   /* the file name, as shown to people */
  GString *problems; /* one problem a line */
  guint    n_problems;
} SpineCdsJsonReader;

void      spinecds_json_reader_init (SpineCdsJsonReader *self,
                                     const char         *source);
void      spinecds_json_reader_clear (SpineCdsJsonReader *self);
gboolean  spinecds_json_reader_failed (const SpineCdsJsonReader *self);
/* Sets @error to every problem reported (up to a limit), in order. */
void      spinecds_json_reader_set_error (const SpineCdsJsonReader *self,
                                          GError                  **error,
                                          GQuark                    domain,
                                          int                       code);

void      spinecds_json_reader_add (SpineCdsJsonReader *self,
                                    const char         *path,
                                    const char         *expected,
                                    const char         *found);
void      spinecds_json_reader_add_node (SpineCdsJsonReader *self,
                                         const char         *path,
                                         const char         *expected,
                                         JsonNode           *found);
/* Reports the member @key of @parent (or its absence) at PREFIX.KEY. */
void      spinecds_json_reader_add_member (SpineCdsJsonReader *self,
                                           JsonObject         *parent,
                                           const char         *prefix,
                                           const char         *key,
                                           const char         *expected);

/* "the string \"abc\"", "the decimal number 45.0", … */
char     *spinecds_json_reader_describe (JsonNode *found);

/* "a.b", "a[3]"; a NULL or empty prefix gives the key alone. */
char     *spinecds_json_path_member (const char *prefix,
                                     const char *key);
char     *spinecds_json_path_item (const char *prefix,
                                   guint       index);

gboolean  spinecds_json_node_is_string (JsonNode *node);
gboolean  spinecds_json_node_is_boolean (JsonNode *node);
/* NULL when @object is NULL or has no member @key. */
JsonNode *spinecds_json_member (JsonObject *object,
                                const char *key);

/* clang-format 14 takes the `const` of `* const *` for the name. */
/* clang-format off */
/* Reports every member of @object that is not in @known. */
void        spinecds_json_reader_check_keys (SpineCdsJsonReader *self,
                                             JsonObject         *object,
                                             const char         *prefix,
                                             const char * const *known);
/* Reports every key of @required that @object lacks; TRUE when none. */
gboolean    spinecds_json_reader_require_keys (SpineCdsJsonReader *self,
                                               JsonObject         *object,
                                               const char         *prefix,
                                               const char * const *required);
/* clang-format on */

/* What a member reader accepts beyond a value of its kind. Named flags
 * rather than a row of booleans, so that a call says what it allows. */
typedef enum
{
  SPINECDS_JSON_OPTIONAL = 0,       /* absent is fine: the reader reports nothing */
  SPINECDS_JSON_REQUIRED = 1 << 0,  /* absent is a problem */
  SPINECDS_JSON_NULLABLE = 1 << 1,  /* null is a value ("not known") */
  SPINECDS_JSON_NON_EMPTY = 1 << 2, /* a blank string or an empty array is a problem */
  SPINECDS_JSON_INTEGER = 1 << 3,   /* a number must be whole */
} SpineCdsJsonFlags;

/* The member @key of @parent when it is an object (or an array); NULL
 * when absent (and not REQUIRED), null (and NULLABLE), or wrong (then a
 * problem is reported). */
JsonObject *spinecds_json_reader_object (SpineCdsJsonReader *self,
                                         JsonObject         *parent,
                                         const char         *prefix,
                                         const char         *key,
                                         SpineCdsJsonFlags   flags);
/* @expected describes the array in the problem reported. */
JsonArray  *spinecds_json_reader_array (SpineCdsJsonReader *self,
                                        JsonObject         *parent,
                                        const char         *prefix,
                                        const char         *key,
                                        SpineCdsJsonFlags   flags,
                                        const char         *expected);
/* @node itself must be an object / a string; @path names it. */
JsonObject *spinecds_json_reader_object_node (SpineCdsJsonReader *self,
                                              JsonNode           *node,
                                              const char         *path);
/* A string of at most @max_chars characters (0: any length), not blank
 * when NON_EMPTY. NULL when wrong (reported). */
const char *spinecds_json_reader_string_node (SpineCdsJsonReader *self,
                                              JsonNode           *node,
                                              const char         *path,
                                              glong               max_chars,
                                              SpineCdsJsonFlags   flags);
/* The items of @array (named @path), each a string as above: a
 * NULL-terminated array of them (borrowed from @array), or NULL at the
 * first one that is wrong (reported). */
GPtrArray  *spinecds_json_reader_string_items (SpineCdsJsonReader *self,
                                               JsonArray          *array,
                                               const char         *path,
                                               glong               max_chars,
                                               SpineCdsJsonFlags   flags);
/* The member @key as a string, as above; NULL when absent (and not
 * REQUIRED) or wrong (reported). */
const char *spinecds_json_reader_string (SpineCdsJsonReader *self,
                                         JsonObject         *parent,
                                         const char         *prefix,
                                         const char         *key,
                                         glong               max_chars,
                                         SpineCdsJsonFlags   flags);
/* A number (an integer when INTEGER) in [@min, @max] stored in @value;
 * null stores NAN when NULLABLE. @value is left alone when the member
 * is absent (and not REQUIRED), or wrong (reported). Returns TRUE when
 * @value was set. */
gboolean    spinecds_json_reader_number (SpineCdsJsonReader *self,
                                         JsonObject         *parent,
                                         const char         *prefix,
                                         const char         *key,
                                         double              min,
                                         double              max,
                                         SpineCdsJsonFlags   flags,
                                         double             *value);
/* true/false (or null when NULLABLE: @value becomes -1), else reported.
 * A boolean member is never REQUIRED: absent is its default. */
gboolean    spinecds_json_reader_boolean (SpineCdsJsonReader *self,
                                          JsonObject         *parent,
                                          const char         *prefix,
                                          const char         *key,
                                          SpineCdsJsonFlags   flags,
                                          int                *value);
/* One of the nicks of @enum_type other than @excluded. */
gboolean    spinecds_json_reader_enum (SpineCdsJsonReader *self,
                                       JsonObject         *parent,
                                       const char         *prefix,
                                       const char         *key,
                                       GType               enum_type,
                                       int                 excluded,
                                       SpineCdsJsonFlags   flags,
                                       int                *value);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SpineCdsJsonReader, spinecds_json_reader_clear)

G_END_DECLS
