/* spinecds-report-vocabulary.c: loading and checking a report vocabulary
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Loading builds what the reader walks: word ids with their grammar
 * classes and grades, and one trie of phrases (findings and cues) and
 * one of headings over those ids, so that matching is a walk down the
 * trie, leftmost longest, in time linear in the text.
 */
#define G_LOG_DOMAIN "spinecds-report"

#include "config.h"

#include <string.h>

#include "spinecds-bounded-file.h"
#include "spinecds-codes.h"
#include "spinecds-json.h"
#include "spinecds-json-reader.h"
#include "spinecds-report-vocabulary-private.h"

#define FORMAT_NAME "spinecds-report-vocabulary"
#define MAX_FILE_SIZE (4 * 1024 * 1024)
/* A pattern expands to every combination of its groups; past this, it
 * is a mistake that would only slow loading. */
#define MAX_EXPANSIONS 20000
#define RESOURCE_PATH "/com/example/SpineCDS/report-vocabulary/%s.json"

/* The quark's name is dashed, which clang-format would space out, and
 * it would join the boxed type's two lines into one of 140 columns. */
/* clang-format off */
G_DEFINE_QUARK (spinecds-report-vocabulary-error-quark, spinecds_report_vocabulary_error)
G_DEFINE_BOXED_TYPE (SpineCdsReportVocabulary, spinecds_report_vocabulary,
                     spinecds_report_vocabulary_ref, spinecds_report_vocabulary_unref)
/* clang-format on */

static const char * const languages[] = { "en", "de", "es", "fr", NULL };

static const char * const required_top_keys[] = {
  "format", "id", "language", "name", "version", "review_date", "about", "normalization",
  "detection", "groups", "phrases", "cues", "headings", "word_classes", "grades", "sizes",
  "levels", NULL
};
static const char * const top_keys[] = {
  "format", "id", "language", "name", "version", "review_date", "about", "normalization",
  "detection", "groups", "phrases", "cues", "headings", "word_classes", "grades", "sizes",
  "levels", "grade_position", NULL
};
static const char * const grade_positions[] = { "before", "after", NULL };
static const char * const normalization_keys[] = { "transliterations", "inflections", "spellings", NULL };
static const char * const detection_keys[] = { "markers", NULL };
static const char * const levels_keys[] = { "named", "vertebra_prefixes", "cervical_words", "sequences", NULL };
static const char * const named_level_keys[] = { "words", "from", "to", NULL };
static const char * const phrase_keys[] = { "kind", "codes", "flags", "in_context_of", "patterns", NULL };
static const char * const context_keys[] = { "words", "codes", "doubt", NULL };
static const char * const context_required_keys[] = { "words", "codes", NULL };
static const char * const cue_keys[] = { "kind", "direction", "flags", "patterns", NULL };
static const char * const heading_keys[] = { "section", "patterns", NULL };
static const char * const grade_keys[] = { "mild", "moderate", "severe", NULL };

/* The names of the word classes, in the order of their bits. */
static const char * const word_class_names[] = {
  "skippable", "level_connector", "range", "grade_connector", "grade_filler", "sequence_next",
  "sequence_before", "abbreviation", "normal_value", "abnormal_value", "value_link", "coordinator",
  "locative", "sequence_subject", "root_noun", "extension", "obligation", NULL
};
/* Classes from here on came later: a vocabulary written before them
 * (an override, say) reads as having none of their words. */
#define FIRST_OPTIONAL_WORD_CLASS 16
G_STATIC_ASSERT (1u << FIRST_OPTIONAL_WORD_CLASS == WORD_OBLIGATION);

/* Kinds as the dump prints them, by PhraseKind. */
static const char * const kind_names[N_PHRASE_KINDS] = {
  "finding", "finding_negated", "negation_before", "negation_after", "negation_either",
  "uncertain_before", "uncertain_after", "uncertain_either", "pseudo_negation", "termination",
  "not_a_finding", "attribute", "unassessed_before", "unassessed_after"
};

/* Trie edges ------------------------------------------------------------ */

void
report_edges_init (ReportEdges *edges)
{
  edges->mask = 1023;
  edges->n = 0;
  edges->keys = g_new0 (guint64, edges->mask + 1);
  edges->values = g_new0 (guint32, edges->mask + 1);
}

void
report_edges_clear (ReportEdges *edges)
{
  g_clear_pointer (&edges->keys, g_free);
  g_clear_pointer (&edges->values, g_free);
}

static void
place (ReportEdges *edges,
       guint64      key,
       guint32      value)
{
  gsize i = report_edges_slot (edges, key);

  while (edges->keys[i] != 0 && edges->keys[i] != key)
    i = (i + 1) & edges->mask;
  edges->n += edges->keys[i] == 0;
  edges->keys[i] = key;
  edges->values[i] = value;
}

/* Half full at most, so that a lookup stops within a few slots. */
static void
grow (ReportEdges *edges)
{
  ReportEdges old = *edges;

  edges->mask = old.mask * 2 + 1;
  edges->n = 0;
  edges->keys = g_new0 (guint64, edges->mask + 1);
  edges->values = g_new0 (guint32, edges->mask + 1);
  for (gsize i = 0; i <= old.mask; i++)
    if (old.keys[i] != 0)
      place (edges, old.keys[i], old.values[i]);
  report_edges_clear (&old);
}

void
report_edges_insert (ReportEdges *edges,
                     guint        node,
                     guint        word,
                     guint32      child)
{
  if (2 * (edges->n + 1) > edges->mask + 1)
    grow (edges);
  place (edges, ((guint64) node << WORD_BITS) | word, child);
}

/* Life cycle ----------------------------------------------------------- */

static void
stage_free (gpointer data)
{
  GArray *stage = data;

  for (guint i = 0; i < stage->len; i++)
    {
      InflectionRule *rule = &g_array_index (stage, InflectionRule, i);

      g_free (rule->affix);
      g_free (rule->replace);
    }
  g_array_unref (stage);
}

static void
phrase_free (gpointer data)
{
  Phrase *phrase = data;

  g_clear_pointer (&phrase->context_words, g_hash_table_unref);
  g_free (phrase);
}

static void pending_pattern_free (gpointer data);

static SpineCdsReportVocabulary *
vocabulary_new (void)
{
  SpineCdsReportVocabulary *self = g_new0 (SpineCdsReportVocabulary, 1);
  WordInfo                  unknown = { 0, SPINECDS_GRADE_NONE, SPINECDS_GRADE_NONE };
  TrieNode                  root = { NULL, -1 };

  g_atomic_ref_count_init (&self->ref_count);
  self->transliterations = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  self->inflections = g_ptr_array_new_with_free_func (stage_free);
  self->spellings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->word_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->word_names = g_ptr_array_new ();
  g_ptr_array_add (self->word_names, (gpointer) "");
  self->words = g_array_new (FALSE, FALSE, sizeof (WordInfo));
  g_array_append_val (self->words, unknown);
  report_edges_init (&self->edges);
  self->nodes = g_array_new (FALSE, FALSE, sizeof (TrieNode));
  g_array_append_val (self->nodes, root); /* PHRASE_ROOT */
  g_array_append_val (self->nodes, root); /* HEADING_ROOT */
  self->phrases = g_ptr_array_new_with_free_func (phrase_free);
  self->named_levels = g_array_new (FALSE, FALSE, sizeof (NamedLevel));
  self->vertebra_prefixes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->slips = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->pending = g_ptr_array_new_with_free_func (pending_pattern_free);
  return self;
}

SpineCdsReportVocabulary *
spinecds_report_vocabulary_ref (SpineCdsReportVocabulary *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
spinecds_report_vocabulary_unref (SpineCdsReportVocabulary *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_free (self->id);
  g_free (self->language);
  g_free (self->name);
  g_free (self->version);
  g_free (self->review_date);
  g_hash_table_unref (self->transliterations);
  g_ptr_array_unref (self->inflections);
  g_hash_table_unref (self->spellings);
  g_ptr_array_unref (self->word_names);
  g_hash_table_unref (self->word_ids);
  g_array_unref (self->words);
  report_edges_clear (&self->edges);
  g_array_unref (self->nodes);
  g_ptr_array_unref (self->phrases);
  g_array_unref (self->named_levels);
  g_hash_table_unref (self->vertebra_prefixes);
  g_hash_table_unref (self->slips);
  g_clear_pointer (&self->pending, g_ptr_array_unref);
  g_free (self->source);
  g_free (self);
}

const char *
spinecds_report_vocabulary_get_language (const SpineCdsReportVocabulary *self)
{
  return self->language;
}

const char *
spinecds_report_vocabulary_get_name (const SpineCdsReportVocabulary *self)
{
  return self->name;
}

const char *
spinecds_report_vocabulary_get_id (const SpineCdsReportVocabulary *self)
{
  return self->id;
}

const char *
spinecds_report_vocabulary_get_version (const SpineCdsReportVocabulary *self)
{
  return self->version;
}

const char * const *
spinecds_report_vocabulary_get_languages (void)
{
  return languages;
}

/* Loading -------------------------------------------------------------- */

typedef struct
{
  SpineCdsReportVocabulary *vocab;
  SpineCdsJsonReader        reader;
  JsonObject               *groups;
  GHashTable               *group_slots; /* name -> its alternatives, read once */
  GPtrArray                *dump;        /* lines, when dumping */
  GHashTable               *interned;    /* a word as written -> its id */
} Loader;

static gboolean
failed (Loader *loader)
{
  return spinecds_json_reader_failed (&loader->reader);
}

static void
problem (Loader     *loader,
         const char *path,
         const char *expected,
         const char *found)
{
  if (!failed (loader))
    spinecds_json_reader_add (&loader->reader, path, expected, found);
}

static void
problem_node (Loader     *loader,
              const char *path,
              const char *expected,
              JsonNode   *found)
{
  if (!failed (loader))
    spinecds_json_reader_add_node (&loader->reader, path, expected, found);
}

/* A problem whose found value is @word, quoted. */
static void
problem_word (Loader     *loader,
              const char *path,
              const char *expected,
              const char *word)
{
  g_autofree char *quoted = g_strdup_printf ("\"%s\"", word);

  problem (loader, path, expected, quoted);
}

/* Keeps @word's @id for the next time a pattern names it. */
static guint
remember_word (Loader     *loader,
               const char *word,
               guint       id)
{
  if (loader->interned != NULL)
    g_hash_table_insert (loader->interned, g_strdup (word), GUINT_TO_POINTER (id));
  return id;
}

/* The id of @word, interned; 0 (a problem is reported) when the word
 * cannot be a word of a report. */
static guint
intern_word (Loader     *loader,
             const char *word,
             const char *path)
{
  SpineCdsReportVocabulary *vocab = loader->vocab;
  char                      normal[MAX_NORMAL_BYTES];
  gsize                     length = strlen (word);
  gpointer                  id;
  WordInfo                  info = { 0, SPINECDS_GRADE_NONE, SPINECDS_GRADE_NONE };
  char                     *key;

  /* Patterns repeat their words thousands of times; normalising one
   * (inflections, spellings) is most of the cost of reading a pattern. */
  if (loader->interned != NULL && (id = g_hash_table_lookup (loader->interned, word)) != NULL)
    return GPOINTER_TO_UINT (id);

  for (gsize i = 0; i < length; i++)
    if ((guchar) word[i] < 0x80 && !report_is_word_byte (word, length, i))
      {
        problem_word (loader, path, "words of letters and digits separated by single spaces", word);
        return 0;
      }

  if (!report_normalize_word (vocab, word, length, normal))
    {
      problem_word (loader, path, "a word of at most 40 letters", word);
      return 0;
    }

  id = g_hash_table_lookup (vocab->word_ids, normal);
  if (id != NULL)
    return remember_word (loader, word, GPOINTER_TO_UINT (id));

  if (vocab->words->len >= MAX_WORDS)
    {
      problem (loader, path, "at most 16,383 different words in a vocabulary", "more");
      return 0;
    }

  g_array_append_val (vocab->words, info);
  key = g_strdup (normal);
  g_hash_table_insert (vocab->word_ids, key, GUINT_TO_POINTER (vocab->words->len - 1));
  g_ptr_array_add (vocab->word_names, key);
  return remember_word (loader, word, vocab->words->len - 1);
}

/* The strings of an array member, each checked; NULL after a problem. */
static GPtrArray *
read_strings (Loader     *loader,
              JsonObject *object,
              const char *prefix,
              const char *key,
              gboolean    allow_empty_items)
{
  g_autofree char *path = spinecds_json_path_member (prefix, key);
  JsonArray       *array = spinecds_json_reader_array (&loader->reader, object, prefix, key, SPINECDS_JSON_REQUIRED,
                                                       "an array of strings");

  if (array == NULL)
    return NULL;

  return spinecds_json_reader_string_items (&loader->reader, array, path, 2000,
                                            allow_empty_items ? SPINECDS_JSON_OPTIONAL : SPINECDS_JSON_NON_EMPTY);
}

/* Adds @flag (or a grade) to each word of the array @key. */
static void
read_word_list (Loader     *loader,
                JsonObject *object,
                const char *prefix,
                const char *key,
                guint32     flag,
                int         grade,
                int         size_grade)
{
  g_autofree char *path = spinecds_json_path_member (prefix, key);
  g_autoptr(GPtrArray) words = read_strings (loader, object, prefix, key, FALSE);

  for (guint i = 0; words != NULL && i < words->len && !failed (loader); i++)
    {
      g_autofree char *item = spinecds_json_path_item (path, i);
      g_auto(GStrv) parts = g_strsplit (g_ptr_array_index (words, i), " ", -1);

      /* "p ej" is two words: each takes the class. */
      for (guint w = 0; parts[w] != NULL && !failed (loader); w++)
        {
          guint     id;
          WordInfo *info;

          if (*parts[w] == '\0')
            continue;
          if ((id = intern_word (loader, parts[w], item)) == 0)
            return;
          info = &g_array_index (loader->vocab->words, WordInfo, id);
          info->flags |= flag;
          if (grade != SPINECDS_GRADE_NONE)
            info->grade = grade;
          if (size_grade != SPINECDS_GRADE_NONE)
            info->size_grade = size_grade;
        }
    }
}

/* Normalisation -------------------------------------------------------- */

/* @text folded as report words are before any rule applies, so that
 * "Rückenmark" in the file meets "rueckenmark" in a report; NULL when
 * it cannot be a word (reported). The empty string stays empty. */
static char *
fold_text (Loader     *loader,
           const char *text,
           const char *path)
{
  char folded[MAX_NORMAL_BYTES];

  if (*text == '\0')
    return g_strdup ("");
  if (!report_fold_word (loader->vocab->transliterations, text, strlen (text), folded))
    {
      g_autofree char *quoted = g_strdup_printf ("\"%s\"", text);

      problem (loader, path, "a word of at most 40 letters", quoted);
      return NULL;
    }
  return g_strdup (folded);
}

/* Reads one key and value of a map of read_string_map(); FALSE after a
 * problem. */
typedef gboolean (*ReadEntry) (Loader     *loader,
                               const char *key,
                               const char *value,
                               const char *path);

/* "normalization.KEY": an object whose values are strings of at most
 * @max_chars characters, each entry given to @read_entry. */
static void
read_string_map (Loader     *loader,
                 JsonObject *normalization,
                 const char *key,
                 glong       max_chars,
                 ReadEntry   read_entry)
{
  g_autofree char *prefix = spinecds_json_path_member ("normalization", key);
  JsonObject      *object = spinecds_json_reader_object (&loader->reader, normalization, "normalization", key,
                                                         SPINECDS_JSON_REQUIRED);
  g_autoptr(GList) members = object != NULL ? json_object_get_members (object) : NULL;

  for (GList *l = members; l != NULL && !failed (loader); l = l->next)
    {
      g_autofree char *path = spinecds_json_path_member (prefix, l->data);
      const char      *value = spinecds_json_reader_string (&loader->reader, object, prefix, l->data, max_chars,
                                                            SPINECDS_JSON_REQUIRED);

      if (value == NULL || !read_entry (loader, l->data, value, path))
        return;
    }
}

static gboolean
add_transliteration (Loader     *loader,
                     const char *letter,
                     const char *replacement,
                     const char *path)
{
  if (g_utf8_strlen (letter, -1) != 1)
    {
      problem (loader, path, "a key of one letter", "a longer key");
      return FALSE;
    }
  /* Lower case, not case folding: "ß" stays one letter (report text
   * folds it to "ss" before transliteration anyway). */
  g_hash_table_replace (loader->vocab->transliterations,
                        GUINT_TO_POINTER (g_unichar_tolower (g_utf8_get_char (letter))),
                        g_utf8_casefold (replacement, -1));
  return TRUE;
}

static gboolean
read_rule (Loader         *loader,
           JsonNode       *node,
           const char     *path,
           InflectionRule *rule)
{
  static const char * const rule_keys[] = { "suffix", "prefix", "replace", "min_stem", NULL };
  JsonObject               *object = spinecds_json_reader_object_node (&loader->reader, node, path);
  gboolean                  prefix;
  const char               *affix, *replace;
  double                    min_stem = 0;

  if (object == NULL)
    return FALSE;
  spinecds_json_reader_check_keys (&loader->reader, object, path, rule_keys);
  prefix = json_object_has_member (object, "prefix");
  if (prefix == json_object_has_member (object, "suffix"))
    {
      problem (loader, path, "either a \"suffix\" or a \"prefix\"", prefix ? "both" : "neither");
      return FALSE;
    }
  affix = spinecds_json_reader_string (&loader->reader, object, path, prefix ? "prefix" : "suffix", 20,
                                       SPINECDS_JSON_REQUIRED);
  replace = spinecds_json_reader_string (&loader->reader, object, path, "replace", 20, SPINECDS_JSON_REQUIRED);
  spinecds_json_reader_number (&loader->reader, object, path, "min_stem", 0, 20,
                               SPINECDS_JSON_INTEGER | SPINECDS_JSON_REQUIRED, &min_stem);
  if (failed (loader))
    return FALSE;
  if (*affix == '\0')
    {
      problem (loader, path, "a non-empty affix", "an empty one");
      return FALSE;
    }

  rule->prefix = prefix;
  rule->affix = fold_text (loader, affix, path);
  rule->replace = fold_text (loader, replace, path);
  rule->min_stem = (guint) min_stem;
  if (rule->affix == NULL || rule->replace == NULL)
    return FALSE;
  rule->affix_length = strlen (rule->affix);
  rule->replace_length = strlen (rule->replace);
  return TRUE;
}

static void
read_inflections (Loader     *loader,
                  JsonObject *normalization)
{
  JsonArray *stages = spinecds_json_reader_array (&loader->reader, normalization, "normalization", "inflections",
                                                  SPINECDS_JSON_REQUIRED, "an array of stages");

  for (guint s = 0; stages != NULL && s < json_array_get_length (stages) && !failed (loader); s++)
    {
      g_autofree char *stage_path = g_strdup_printf ("normalization.inflections[%u]", s);
      JsonNode        *node = json_array_get_element (stages, s);
      GArray          *stage;

      if (!JSON_NODE_HOLDS_ARRAY (node))
        {
          problem_node (loader, stage_path, "an array of rules", node);
          return;
        }
      stage = g_array_new (FALSE, TRUE, sizeof (InflectionRule));
      g_ptr_array_add (loader->vocab->inflections, stage);
      for (guint r = 0; r < json_array_get_length (json_node_get_array (node)); r++)
        {
          g_autofree char *rule_path = spinecds_json_path_item (stage_path, r);
          InflectionRule   rule = { NULL };

          if (!read_rule (loader, json_array_get_element (json_node_get_array (node), r), rule_path, &rule))
            return;
          g_array_append_val (stage, rule);
        }
    }
}

static gboolean
add_spelling (Loader     *loader,
              const char *spelling,
              const char *canonical,
              const char *path)
{
  char *key, *value;

  if ((key = fold_text (loader, spelling, path)) == NULL)
    return FALSE;
  if ((value = fold_text (loader, canonical, path)) == NULL)
    {
      g_free (key);
      return FALSE;
    }
  g_hash_table_replace (loader->vocab->spellings, key, value);
  return TRUE;
}

static void
read_normalization (Loader     *loader,
                    JsonObject *root)
{
  JsonObject *normalization = spinecds_json_reader_object (&loader->reader, root, NULL, "normalization",
                                                           SPINECDS_JSON_REQUIRED);

  if (normalization == NULL)
    return;
  spinecds_json_reader_check_keys (&loader->reader, normalization, "normalization", normalization_keys);
  if (!spinecds_json_reader_require_keys (&loader->reader, normalization, "normalization", normalization_keys))
    return;
  read_string_map (loader, normalization, "transliterations", 8, add_transliteration);
  read_inflections (loader, normalization);
  read_string_map (loader, normalization, "spellings", MAX_WORD_LENGTH, add_spelling);
}

/* Patterns ------------------------------------------------------------- */

/* One place of a pattern: its alternatives, each a list of word ids. */
typedef GPtrArray Slot; /* of GArray of guint */

/* A pattern read and checked, to be put into the trie under @root. Its
 * slots are kept flat in @code, not as the arrays they were parsed
 * into: a vocabulary keeps thousands of patterns until its trie is
 * built, and GLib's slice allocator would hold on to the memory of that
 * many small arrays for the life of the process. @code: the number of
 * slots; for each slot, its number of alternatives; for each of those,
 * its number of words and the words. */
typedef struct
{
  guint         root;
  const Phrase *phrase;
  int           section;
  char         *path;
  guint32       code[];
} PendingPattern;

static PendingPattern *
pending_pattern_new (GPtrArray    *slots,
                     guint         root,
                     const Phrase *phrase,
                     int           section,
                     char         *path)
{
  PendingPattern *pending;
  gsize           n = 1, i = 0;

  for (guint s = 0; s < slots->len; s++)
    {
      GPtrArray *alternatives = g_ptr_array_index (slots, s);

      n++;
      for (guint a = 0; a < alternatives->len; a++)
        n += 1 + ((GArray *) g_ptr_array_index (alternatives, a))->len;
    }
  pending = g_malloc (sizeof (PendingPattern) + n * sizeof (guint32));
  *pending = (PendingPattern) { root, phrase, section, path };
  pending->code[i++] = slots->len;
  for (guint s = 0; s < slots->len; s++)
    {
      GPtrArray *alternatives = g_ptr_array_index (slots, s);

      pending->code[i++] = alternatives->len;
      for (guint a = 0; a < alternatives->len; a++)
        {
          GArray *words = g_ptr_array_index (alternatives, a);

          pending->code[i++] = words->len;
          for (guint w = 0; w < words->len; w++)
            pending->code[i++] = g_array_index (words, guint, w);
        }
    }
  return pending;
}

static void
pending_pattern_free (gpointer data)
{
  PendingPattern *pending = data;

  g_free (pending->path);
  g_free (pending);
}

static Slot *
slot_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
}

/* Adds the alternative "@text" (words separated by spaces, "" for
 * none) to @slot. */
static gboolean
slot_add (Loader     *loader,
          Slot       *slot,
          const char *text,
          const char *path)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (guint));

  g_ptr_array_add (slot, ids);
  for (guint w = 0; words[w] != NULL; w++)
    {
      guint id;

      if (*words[w] == '\0')
        continue;
      if ((id = intern_word (loader, words[w], path)) == 0)
        return FALSE;
      g_array_append_val (ids, id);
    }
  return TRUE;
}

/* The alternatives of the group @name as a slot, read the first time a
 * pattern uses it; NULL after a problem. */
static Slot *
group_slot (Loader     *loader,
            const char *name,
            const char *path)
{
  g_autofree char *group_path = spinecds_json_path_member ("groups", name);
  g_autoptr(GPtrArray) alternatives = NULL;
  Slot *slot = g_hash_table_lookup (loader->group_slots, name);

  if (slot != NULL)
    return slot;
  if (loader->groups == NULL || !json_object_has_member (loader->groups, name))
    {
      g_autofree char *found = g_strdup_printf ("{%s}", name);

      problem (loader, path, "a group defined in \"groups\"", found);
      return NULL;
    }
  alternatives = read_strings (loader, loader->groups, "groups", name, TRUE);
  if (alternatives == NULL)
    return NULL;
  slot = slot_new ();
  g_hash_table_insert (loader->group_slots, g_strdup (name), slot);
  for (guint a = 0; a < alternatives->len; a++)
    if (!slot_add (loader, slot, g_ptr_array_index (alternatives, a), group_path))
      return NULL;
  return slot;
}

/* Cuts @pattern into slots: a word, "(a|b c|)", or "{group}". */
static GPtrArray *
parse_pattern (Loader     *loader,
               const char *pattern,
               const char *path)
{
  g_autoptr(GPtrArray) slots = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  const char *p = pattern;

  while (*p != '\0' && !failed (loader))
    {
      Slot *slot;
      gsize length;

      if (*p == ' ')
        {
          p++;
          continue;
        }

      if (*p == '{')
        {
          const char      *end = strchr (p + 1, '}');
          g_autofree char *name = NULL;

          if (end == NULL || memchr (p + 1, '(', end - p - 1) || memchr (p + 1, '{', end - p - 1)
              || memchr (p + 1, ')', end - p - 1))
            {
              problem (loader, path, "groups that close and do not nest", pattern);
              return NULL;
            }
          name = g_strndup (p + 1, end - p - 1);
          if ((slot = group_slot (loader, name, path)) == NULL)
            return NULL;
          g_ptr_array_add (slots, g_ptr_array_ref (slot));
          p = end + 1;
          continue;
        }

      slot = slot_new ();
      g_ptr_array_add (slots, slot);
      if (*p == '(')
        {
          const char      *end = strchr (p + 1, ')');
          g_autofree char *inside = NULL;
          g_auto(GStrv) alternatives = NULL;

          length = end != NULL ? (gsize) (end - p - 1) : 0;
          if (end == NULL || memchr (p + 1, '(', length) || memchr (p + 1, '{', length)
              || memchr (p + 1, '}', length))
            {
              problem (loader, path, "groups that close and do not nest", pattern);
              return NULL;
            }
          inside = g_strndup (p + 1, length);
          alternatives = g_strsplit (inside, "|", -1);
          for (guint a = 0; alternatives[a] != NULL && !failed (loader); a++)
            slot_add (loader, slot, alternatives[a], path);
          p = end + 1;
          continue;
        }

      length = strcspn (p, " ({");
      {
        g_autofree char *word = g_strndup (p, length);

        if (strchr (word, ')') || strchr (word, '}') || strchr (word, '|'))
          {
            problem (loader, path, "groups that open before they close", pattern);
            return NULL;
          }
        slot_add (loader, slot, word, path);
      }
      p += length;
    }

  return failed (loader) ? NULL : g_steal_pointer (&slots);
}

static guint
new_node (SpineCdsReportVocabulary *vocab)
{
  TrieNode node = { NULL, -1 };

  g_array_append_val (vocab->nodes, node);
  return vocab->nodes->len - 1;
}

/* A finding phrase's flags for the dump, joined by commas, or "-". (A
 * termination's after_comma is not printed: the snapshot predates it.) */
static void
append_phrase_flags (GString      *line,
                     const Phrase *phrase)
{
  static const struct
  {
    guint       flag;
    const char *name;
  } names[] = {
    { PHRASE_CERVICAL, "cervical_only" },
    { PHRASE_REFERS_BACK, "refers_back" },
    { PHRASE_CONTEXT_DOUBT, "context_doubt" },
    { PHRASE_UNCODED, "uncoded" },
    { PHRASE_CONTRAST, "contrast" },
  };
  gsize start = line->len;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (phrase->flags & names[i].flag)
      g_string_append_printf (line, "%s%s", line->len > start ? "," : "", names[i].name);
  if (line->len == start)
    g_string_append_c (line, '-');
}

static void
dump_expansion (Loader       *loader,
                const GArray *ids,
                const Phrase *phrase,
                int           section)
{
  GString *line = g_string_new (NULL);

  if (phrase != NULL)
    {
      g_string_append_printf (line, "phrase %s %s%s%s ", kind_names[phrase->kind],
                              phrase->codes[0] != NULL ? phrase->codes[0] : "-",
                              phrase->codes[1] != NULL ? "," : "",
                              phrase->codes[1] != NULL ? phrase->codes[1] : "");
      append_phrase_flags (line, phrase);
      g_string_append_c (line, ':');
    }
  else
    g_string_append_printf (line, "heading %s:", section == SPINECDS_REPORT_SECTION_CONTEXT ? "context" : "body");
  for (guint i = 0; i < ids->len; i++)
    g_string_append_printf (line, " %s",
                            (char *) g_ptr_array_index (loader->vocab->word_names, g_array_index (ids, guint, i)));
  g_ptr_array_add (loader->dump, g_string_free (line, FALSE));
}

/* The node under @node that @words lead to, made where missing; 0 with
 * a problem when the trie is full. Nodes are numbered from 1 here, as
 * the edges store them. */
static guint
descend (Loader        *loader,
         guint          node,
         const guint32 *words,
         guint          n_words,
         const char    *path)
{
  SpineCdsReportVocabulary *vocab = loader->vocab;

  for (guint i = 0; i < n_words; i++)
    {
      guint word = words[i];
      guint child = report_vocabulary_child (vocab, node, word);

      if (child == 0)
        {
          if (vocab->nodes->len >= MAX_NODES)
            {
              problem (loader, path, "at most 4,194,303 trie nodes in a vocabulary", "more");
              return 0;
            }
          child = new_node (vocab) + 1;
          report_edges_insert (&vocab->edges, node, word, child);
        }
      node = child - 1;
    }
  return node + 1;
}

/* Marks @node as the end of one expansion (@ids) of @phrase or of a
 * heading of @section. */
static void
end_expansion (Loader       *loader,
               guint         node,
               const GArray *ids,
               const Phrase *phrase,
               int           section,
               const char   *path)
{
  TrieNode *end;

  if (ids->len == 0)
    {
      problem (loader, path, "a pattern of at least one word in every expansion", "an empty expansion");
      return;
    }
  if (loader->dump != NULL)
    dump_expansion (loader, ids, phrase, section);

  end = &g_array_index (loader->vocab->nodes, TrieNode, node);
  /* The first entry wins; a later identical phrase that means something
   * else is a mistake. */
  if (end->phrase != NULL && phrase != NULL && end->phrase->kind != phrase->kind)
    {
      g_autofree char *found = g_strdup_printf ("the same words as an earlier %s", kind_names[end->phrase->kind]);

      problem (loader, path, "phrases whose words do not repeat another kind of phrase", found);
      return;
    }
  if (end->phrase == NULL)
    end->phrase = phrase;
  if (section >= 0)
    end->section = section;
}

/* The slot after @slot in a PendingPattern's code. */
static const guint32 *
next_slot (const guint32 *slot)
{
  const guint32 *alternative = slot + 1;

  for (guint a = 0; a < slot[0]; a++)
    alternative += 1 + alternative[0];
  return alternative;
}

/* Puts every expansion of the @n_slots slots from @slot on into the
 * trie under @node. Each alternative descends from the node its prefix
 * reached, so the words that expansions share are looked up once, not
 * once per expansion: a pattern of a few hundred expansions mostly
 * shares its beginning. */
static void
expand (Loader        *loader,
        guint          node,
        const guint32 *slot,
        guint          n_slots,
        GArray        *ids,
        const Phrase  *phrase,
        int            section,
        const char    *path)
{
  const guint32 *alternative = slot + 1;
  const guint32 *next;
  guint          mark = ids->len;

  if (failed (loader))
    return;
  if (n_slots == 0)
    {
      end_expansion (loader, node, ids, phrase, section, path);
      return;
    }

  next = next_slot (slot);
  for (guint a = 0; a < slot[0] && !failed (loader); a++, alternative += 1 + alternative[0])
    {
      guint child = descend (loader, node, alternative + 1, alternative[0], path);

      if (child == 0)
        return;
      g_array_append_vals (ids, alternative + 1, alternative[0]);
      expand (loader, child - 1, next, n_slots - 1, ids, phrase, section, path);
      g_array_set_size (ids, mark);
    }
}

static guint64
count_expansions (GPtrArray *slots)
{
  guint64 n = 1;

  for (guint s = 0; s < slots->len && n <= MAX_EXPANSIONS; s++)
    n *= ((Slot *) g_ptr_array_index (slots, s))->len;
  return n;
}

/* Marks the words that begin an expansion of @slots: the first words
 * of the first slot, and of the next one as long as a slot may be left
 * out. The same words the trie's root will have as children. */
static void
mark_openers (SpineCdsReportVocabulary *vocab,
              GPtrArray                *slots)
{
  gboolean may_skip = TRUE;

  for (guint s = 0; s < slots->len && may_skip; s++)
    {
      Slot *alternatives = g_ptr_array_index (slots, s);

      may_skip = FALSE;
      for (guint a = 0; a < alternatives->len; a++)
        {
          GArray *words = g_ptr_array_index (alternatives, a);
          guint   first;

          if (words->len == 0)
            {
              may_skip = TRUE;
              continue;
            }
          first = g_array_index (words, guint, 0);
          vocab->openers[first / 32] |= 1u << (first % 32);
        }
    }
}

/* Reads the "patterns" of @object at @path, for the trie. */
static void
read_patterns (Loader       *loader,
               JsonObject   *object,
               const char   *path,
               guint         root,
               const Phrase *phrase,
               int           section)
{
  g_autofree char *patterns_path = spinecds_json_path_member (path, "patterns");
  g_autoptr(GPtrArray) patterns = read_strings (loader, object, path, "patterns", FALSE);

  if (patterns != NULL && patterns->len == 0)
    problem (loader, patterns_path, "at least one pattern", "none");

  for (guint i = 0; patterns != NULL && i < patterns->len && !failed (loader); i++)
    {
      g_autofree char *item = spinecds_json_path_item (patterns_path, i);
      g_autoptr(GPtrArray) slots = parse_pattern (loader, g_ptr_array_index (patterns, i), item);

      if (slots == NULL)
        return;
      if (count_expansions (slots) > MAX_EXPANSIONS)
        {
          problem (loader, item, "a pattern of at most 20,000 expansions", "more");
          return;
        }
      if (count_expansions (slots) == 0)
        {
          problem (loader, item, "a pattern of at least one expansion", "a group without alternatives");
          return;
        }
      if (root == PHRASE_ROOT)
        mark_openers (loader->vocab, slots);
      g_ptr_array_add (loader->vocab->pending,
                       pending_pattern_new (slots, root, phrase, section, g_steal_pointer (&item)));
    }
}

/* Puts the patterns read into the trie, in the order they were read
 * (the first of two identical phrases wins). */
static void
build_trie (Loader *loader)
{
  SpineCdsReportVocabulary *vocab = loader->vocab;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < vocab->pending->len && !failed (loader); i++)
    {
      PendingPattern *pending = g_ptr_array_index (vocab->pending, i);

      expand (loader, pending->root, pending->code + 1, pending->code[0], ids, pending->phrase, pending->section,
              pending->path);
    }
  if (!failed (loader))
    g_clear_pointer (&vocab->pending, g_ptr_array_unref);
}

/* Phrases, cues and headings ------------------------------------------- */

static gboolean
read_codes (Loader      *loader,
            JsonObject  *object,
            const char  *path,
            const char **codes_out)
{
  g_autofree char *codes_path = spinecds_json_path_member (path, "codes");
  g_autoptr(GPtrArray) codes = read_strings (loader, object, path, "codes", FALSE);

  if (codes == NULL)
    return FALSE;
  if (codes->len < 1 || codes->len > 2)
    {
      problem (loader, codes_path, "one or two finding codes", codes->len == 0 ? "none" : "more");
      return FALSE;
    }
  for (guint c = 0; c < codes->len; c++)
    {
      const SpineCdsCodeInfo *info = spinecds_codes_lookup (SPINECDS_CODE_KIND_FINDING,
                                                            g_ptr_array_index (codes, c));
      g_autofree char        *item = spinecds_json_path_item (codes_path, c);

      if (info == NULL)
        {
          g_autofree char *found = g_strdup_printf ("\"%s\"", (char *) g_ptr_array_index (codes, c));

          problem (loader, item, "a finding code of the case format", found);
          return FALSE;
        }
      codes_out[c] = info->code;
    }
  return TRUE;
}

/* "in_context_of": { "words": [...], "codes": [...], "doubt": true }:
 * other codes for the phrase in a sentence with one of those words; with
 * "doubt", a possibility there ("endplate oedema" after a fall: perhaps
 * a fracture, no longer a Modic change). */
static gboolean
read_context (Loader     *loader,
              JsonObject *object,
              const char *path,
              Phrase     *phrase)
{
  g_autofree char *context_path = spinecds_json_path_member (path, "in_context_of");
  g_autofree char *words_path = spinecds_json_path_member (context_path, "words");
  JsonObject      *context = spinecds_json_reader_object (&loader->reader, object, path, "in_context_of",
                                                          SPINECDS_JSON_OPTIONAL);
  g_autoptr(GPtrArray) words = NULL;
  int doubt = FALSE;

  if (context == NULL)
    return !failed (loader);
  spinecds_json_reader_check_keys (&loader->reader, context, context_path, context_keys);
  if (!spinecds_json_reader_require_keys (&loader->reader, context, context_path, context_required_keys)
      || !read_codes (loader, context, context_path, phrase->context_codes))
    return FALSE;
  spinecds_json_reader_boolean (&loader->reader, context, context_path, "doubt", SPINECDS_JSON_OPTIONAL, &doubt);
  if (failed (loader))
    return FALSE;
  if (doubt)
    phrase->flags |= PHRASE_CONTEXT_DOUBT;
  words = read_strings (loader, context, context_path, "words", FALSE);
  if (words == NULL)
    return FALSE;

  phrase->context_words = g_hash_table_new (g_direct_hash, g_direct_equal);
  for (guint w = 0; w < words->len; w++)
    {
      guint id = intern_word (loader, g_ptr_array_index (words, w), words_path);

      if (id == 0)
        return FALSE;
      g_hash_table_add (phrase->context_words, GUINT_TO_POINTER (id));
    }
  return TRUE;
}

static gboolean
read_flags (Loader     *loader,
            JsonObject *object,
            const char *path,
            Phrase     *phrase)
{
  g_autofree char *flags_path = spinecds_json_path_member (path, "flags");
  g_autoptr(GPtrArray) flags = NULL;
  gboolean cue;

  if (!json_object_has_member (object, "flags"))
    return TRUE;
  cue = phrase->kind != FINDING && phrase->kind != FINDING_NEGATED
        && phrase->kind != ATTRIBUTE && phrase->kind != NOT_A_FINDING;
  flags = read_strings (loader, object, path, "flags", FALSE);
  for (guint f = 0; flags != NULL && f < flags->len; f++)
    {
      g_autofree char *item = spinecds_json_path_item (flags_path, f);
      const char      *flag = g_ptr_array_index (flags, f);

      if (!cue && g_strcmp0 (flag, "cervical_only") == 0)
        phrase->flags |= PHRASE_CERVICAL;
      else if (phrase->kind == FINDING && g_strcmp0 (flag, "refers_back") == 0)
        phrase->flags |= PHRASE_REFERS_BACK;
      else if (phrase->kind == NOT_A_FINDING && g_strcmp0 (flag, "uncoded") == 0)
        phrase->flags |= PHRASE_UNCODED;
      else if (phrase->kind == TERMINATION && g_strcmp0 (flag, "after_comma") == 0)
        phrase->flags |= PHRASE_AFTER_COMMA;
      else if (phrase->kind == TERMINATION && g_strcmp0 (flag, "contrast") == 0)
        phrase->flags |= PHRASE_CONTRAST;
      else
        {
          g_autofree char *found = g_strdup_printf ("\"%s\"", flag);

          problem (loader, item,
                   cue                             ? "\"after_comma\" or \"contrast\" (on a termination)"
                   : phrase->kind == FINDING       ? "\"cervical_only\" or \"refers_back\""
                   : phrase->kind == NOT_A_FINDING ? "\"cervical_only\" or \"uncoded\""
                                                   : "\"cervical_only\"",
                   found);
          return FALSE;
        }
    }
  return flags != NULL;
}

static void
read_phrase (Loader     *loader,
             JsonNode   *node,
             const char *path)
{
  static const char * const kinds[] = { "finding", "absent_finding", "attribute", "not_a_finding", NULL };
  static const PhraseKind   values[] = { FINDING, FINDING_NEGATED, ATTRIBUTE, NOT_A_FINDING };
  JsonObject               *object = spinecds_json_reader_object_node (&loader->reader, node, path);
  g_autofree char          *kind_path = spinecds_json_path_member (path, "kind");
  const char               *kind;
  Phrase                   *phrase;

  if (object == NULL)
    return;
  spinecds_json_reader_check_keys (&loader->reader, object, path, phrase_keys);
  kind = spinecds_json_reader_string (&loader->reader, object, path, "kind", 40, SPINECDS_JSON_REQUIRED);
  if (kind == NULL || failed (loader))
    return;
  if (!g_strv_contains (kinds, kind))
    {
      problem_node (loader, kind_path, "one of \"finding\", \"absent_finding\", \"attribute\", \"not_a_finding\"",
                    json_object_get_member (object, "kind"));
      return;
    }

  phrase = g_new0 (Phrase, 1);
  g_ptr_array_add (loader->vocab->phrases, phrase);
  for (guint k = 0; kinds[k] != NULL; k++)
    if (strcmp (kinds[k], kind) == 0)
      phrase->kind = values[k];

  if (phrase->kind == NOT_A_FINDING)
    {
      if (json_object_has_member (object, "codes"))
        {
          g_autofree char *codes_path = spinecds_json_path_member (path, "codes");

          problem (loader, codes_path, "no codes for a phrase that is not a finding", "codes");
          return;
        }
    }
  else if (!read_codes (loader, object, path, phrase->codes))
    return;

  if (read_flags (loader, object, path, phrase) && read_context (loader, object, path, phrase))
    read_patterns (loader, object, path, PHRASE_ROOT, phrase, -1);
}

static void
read_cue (Loader     *loader,
          JsonNode   *node,
          const char *path)
{
  static const struct
  {
    const char *kind;
    const char *direction;
    PhraseKind  value;
  } cues[] = {
    { "negation", "before", NEGATION_BEFORE },
    { "negation", "after", NEGATION_AFTER },
    { "negation", "either", NEGATION_EITHER },
    { "uncertainty", "before", UNCERTAIN_BEFORE },
    { "uncertainty", "after", UNCERTAIN_AFTER },
    { "uncertainty", "either", UNCERTAIN_EITHER },
    { "unassessed", "before", UNASSESSED_BEFORE },
    { "unassessed", "after", UNASSESSED_AFTER },
    { "pseudo_negation", NULL, PSEUDO_NEGATION },
    { "termination", NULL, TERMINATION },
  };
  JsonObject *object = spinecds_json_reader_object_node (&loader->reader, node, path);
  const char *kind, *direction;
  Phrase     *phrase;

  if (object == NULL)
    return;
  spinecds_json_reader_check_keys (&loader->reader, object, path, cue_keys);
  kind = spinecds_json_reader_string (&loader->reader, object, path, "kind", 40, SPINECDS_JSON_REQUIRED);
  direction = spinecds_json_reader_string (&loader->reader, object, path, "direction", 40, SPINECDS_JSON_OPTIONAL);
  if (failed (loader))
    return;

  for (guint c = 0; c < G_N_ELEMENTS (cues); c++)
    {
      if (strcmp (cues[c].kind, kind) != 0 || g_strcmp0 (cues[c].direction, direction) != 0)
        continue;
      phrase = g_new0 (Phrase, 1);
      phrase->kind = cues[c].value;
      g_ptr_array_add (loader->vocab->phrases, phrase);
      if (read_flags (loader, object, path, phrase))
        read_patterns (loader, object, path, PHRASE_ROOT, phrase, -1);
      return;
    }

  problem (loader, path,
           "a \"negation\" or \"uncertainty\" with a \"direction\" (before, after, either), an "
           "\"unassessed\" with one (before, after), or a \"pseudo_negation\" or \"termination\" without one",
           kind);
}

static void
read_heading (Loader     *loader,
              JsonNode   *node,
              const char *path)
{
  JsonObject      *object = spinecds_json_reader_object_node (&loader->reader, node, path);
  g_autofree char *section_path = spinecds_json_path_member (path, "section");
  const char      *section;

  if (object == NULL)
    return;
  spinecds_json_reader_check_keys (&loader->reader, object, path, heading_keys);
  section = spinecds_json_reader_string (&loader->reader, object, path, "section", 40, SPINECDS_JSON_REQUIRED);
  if (section == NULL || failed (loader))
    return;
  if (strcmp (section, "context") != 0 && strcmp (section, "body") != 0)
    {
      problem_node (loader, section_path, "\"context\" or \"body\"", json_object_get_member (object, "section"));
      return;
    }
  read_patterns (loader, object, path, HEADING_ROOT, NULL,
                 strcmp (section, "context") == 0 ? SPINECDS_REPORT_SECTION_CONTEXT : SPINECDS_REPORT_SECTION_BODY);
}

typedef void (*ReadItem) (Loader     *loader,
                          JsonNode   *node,
                          const char *path);

static void
read_list (Loader     *loader,
           JsonObject *root,
           const char *key,
           ReadItem    read_item)
{
  JsonArray *array = spinecds_json_reader_array (&loader->reader, root, NULL, key, SPINECDS_JSON_REQUIRED,
                                                 "an array of objects");

  for (guint i = 0; array != NULL && i < json_array_get_length (array) && !failed (loader); i++)
    {
      g_autofree char *path = spinecds_json_path_item (key, i);

      read_item (loader, json_array_get_element (array, i), path);
    }
}

/* Word classes, grades, levels ----------------------------------------- */

static void
read_word_classes (Loader     *loader,
                   JsonObject *root)
{
  JsonObject *classes = spinecds_json_reader_object (&loader->reader, root, NULL, "word_classes",
                                                     SPINECDS_JSON_REQUIRED);
  const char *required[FIRST_OPTIONAL_WORD_CLASS + 1] = { NULL };

  if (classes == NULL)
    return;
  memcpy (required, word_class_names, FIRST_OPTIONAL_WORD_CLASS * sizeof (char *));
  spinecds_json_reader_check_keys (&loader->reader, classes, "word_classes", word_class_names);
  if (!spinecds_json_reader_require_keys (&loader->reader, classes, "word_classes", required))
    return;
  for (guint c = 0; word_class_names[c] != NULL && !failed (loader); c++)
    if (c < FIRST_OPTIONAL_WORD_CLASS || json_object_has_member (classes, word_class_names[c]))
      read_word_list (loader, classes, "word_classes", word_class_names[c], 1u << c,
                      SPINECDS_GRADE_NONE, SPINECDS_GRADE_NONE);
}

static void
read_grades (Loader     *loader,
             JsonObject *root,
             const char *key,
             gboolean    size)
{
  static const SpineCdsGrade grades[] = { SPINECDS_GRADE_MILD, SPINECDS_GRADE_MODERATE, SPINECDS_GRADE_SEVERE };
  JsonObject                *object = spinecds_json_reader_object (&loader->reader, root, NULL, key,
                                                                   SPINECDS_JSON_REQUIRED);

  if (object == NULL)
    return;
  spinecds_json_reader_check_keys (&loader->reader, object, key, grade_keys);
  if (!spinecds_json_reader_require_keys (&loader->reader, object, key, grade_keys))
    return;
  for (guint g = 0; grade_keys[g] != NULL && !failed (loader); g++)
    read_word_list (loader, object, key, grade_keys[g], 0, size ? SPINECDS_GRADE_NONE : grades[g],
                    size ? grades[g] : SPINECDS_GRADE_NONE);
}

/* "C5" as a vertebra ordinal, or -1. */
static int
read_vertebra (Loader     *loader,
               JsonObject *object,
               const char *prefix,
               const char *key)
{
  const char *text = spinecds_json_reader_string (&loader->reader, object, prefix, key, 4, SPINECDS_JSON_REQUIRED);
  int         first, last;

  if (text == NULL)
    return -1;
  if (report_parse_level (text, strlen (text), '\0', &first, &last) != strlen (text) || first != last)
    {
      g_autofree char *path = spinecds_json_path_member (prefix, key);

      problem_node (loader, path, "one vertebra such as \"C5\"", json_object_get_member (object, key));
      return -1;
    }
  return first;
}

static void
read_named_level (Loader     *loader,
                  JsonNode   *node,
                  const char *path)
{
  JsonObject      *object = spinecds_json_reader_object_node (&loader->reader, node, path);
  g_autofree char *words_path = spinecds_json_path_member (path, "words");
  NamedLevel       level = { { 0 }, -1, -1 };
  g_auto(GStrv) words = NULL;
  const char *text;
  guint       n = 0;

  if (object == NULL)
    return;
  spinecds_json_reader_check_keys (&loader->reader, object, path, named_level_keys);
  text = spinecds_json_reader_string (&loader->reader, object, path, "words", 200, SPINECDS_JSON_REQUIRED);
  level.first = read_vertebra (loader, object, path, "from");
  level.last = read_vertebra (loader, object, path, "to");
  if (failed (loader))
    return;

  words = g_strsplit (text, " ", -1);
  for (guint w = 0; words[w] != NULL; w++)
    {
      if (*words[w] == '\0')
        continue;
      if (n == MAX_NAMED_LEVEL_WORDS)
        {
          problem (loader, words_path, "at most four words", text);
          return;
        }
      if ((level.words[n++] = intern_word (loader, words[w], words_path)) == 0)
        return;
    }
  if (level.last < level.first)
    {
      problem (loader, path, "\"from\" above \"to\"", "them the other way round");
      return;
    }
  g_array_append_val (loader->vocab->named_levels, level);
}

static void
read_vertebra_prefixes (Loader     *loader,
                        JsonObject *levels)
{
  JsonObject *object = spinecds_json_reader_object (&loader->reader, levels, "levels", "vertebra_prefixes",
                                                    SPINECDS_JSON_REQUIRED);
  g_autoptr(GList) members = object != NULL ? json_object_get_members (object) : NULL;

  for (GList *l = members; l != NULL && !failed (loader); l = l->next)
    {
      g_autofree char *path = spinecds_json_path_member ("levels.vertebra_prefixes", l->data);
      const char      *prefix = l->data;
      const char      *region = spinecds_json_reader_string (&loader->reader, object, "levels.vertebra_prefixes",
                                                             prefix, 1, SPINECDS_JSON_REQUIRED);
      gsize            n = strlen (prefix);

      if (region == NULL)
        return;
      for (gsize i = 0; i < n; i++)
        if (!g_ascii_isalpha (prefix[i]))
          n = 0;
      if (n == 0 || n > 7 || strchr ("CTLS", region[0]) == NULL)
        {
          problem (loader, path, "a key of one to seven letters and a region letter C, T, L or S", prefix);
          return;
        }
      g_hash_table_replace (loader->vocab->vertebra_prefixes, g_ascii_strdown (prefix, -1),
                            GINT_TO_POINTER (region[0]));
    }
}

static void
read_levels (Loader     *loader,
             JsonObject *root)
{
  JsonObject *levels = spinecds_json_reader_object (&loader->reader, root, NULL, "levels", SPINECDS_JSON_REQUIRED);
  JsonArray  *named;

  if (levels == NULL)
    return;
  spinecds_json_reader_check_keys (&loader->reader, levels, "levels", levels_keys);
  if (!spinecds_json_reader_require_keys (&loader->reader, levels, "levels", levels_keys))
    return;

  named = spinecds_json_reader_array (&loader->reader, levels, "levels", "named", SPINECDS_JSON_REQUIRED,
                                      "an array of objects");
  for (guint i = 0; named != NULL && i < json_array_get_length (named) && !failed (loader); i++)
    {
      g_autofree char *path = g_strdup_printf ("levels.named[%u]", i);

      read_named_level (loader, json_array_get_element (named, i), path);
    }
  read_vertebra_prefixes (loader, levels);
  read_word_list (loader, levels, "levels", "cervical_words", WORD_CERVICAL, SPINECDS_GRADE_NONE,
                  SPINECDS_GRADE_NONE);
  /* Sequences, once told apart from vertebrae, are words like any other. */
  read_word_list (loader, levels, "levels", "sequences", 0, SPINECDS_GRADE_NONE, SPINECDS_GRADE_NONE);
}

static void
read_detection (Loader     *loader,
                JsonObject *root)
{
  JsonObject *detection = spinecds_json_reader_object (&loader->reader, root, NULL, "detection",
                                                       SPINECDS_JSON_REQUIRED);

  if (detection == NULL)
    return;
  spinecds_json_reader_check_keys (&loader->reader, detection, "detection", detection_keys);
  read_word_list (loader, detection, "detection", "markers", WORD_MARKER, SPINECDS_GRADE_NONE,
                  SPINECDS_GRADE_NONE);
}

/* The whole file ------------------------------------------------------- */

/* "grade_position": "after" where a grade adjective follows its noun
 * (French, Spanish: "sténose sévère"); "before", the default, where it
 * precedes it (English, German). */
static gboolean
read_grade_position (Loader                   *loader,
                     JsonObject               *root,
                     SpineCdsReportVocabulary *vocab)
{
  const char *position = spinecds_json_reader_string (&loader->reader, root, NULL, "grade_position", 10,
                                                      SPINECDS_JSON_OPTIONAL);

  if (position == NULL)
    return !failed (loader);
  if (!g_strv_contains (grade_positions, position))
    {
      problem_node (loader, "grade_position", "\"before\" or \"after\"", json_object_get_member (root, "grade_position"));
      return FALSE;
    }
  vocab->grades_follow_findings = g_str_equal (position, "after");
  return TRUE;
}
static gboolean
read_header (Loader     *loader,
             JsonObject *root,
             const char *language)
{
  SpineCdsReportVocabulary *vocab = loader->vocab;
  const char               *format = spinecds_json_reader_string (&loader->reader, root, NULL, "format", 100,
                                                                  SPINECDS_JSON_REQUIRED);

  if (format != NULL && strcmp (format, FORMAT_NAME) != 0)
    problem_node (loader, "format", "\"" FORMAT_NAME "\"", json_object_get_member (root, "format"));
  if (failed (loader))
    return FALSE;

  spinecds_json_reader_check_keys (&loader->reader, root, NULL, top_keys);
  if (!spinecds_json_reader_require_keys (&loader->reader, root, NULL, required_top_keys)
      || !read_grade_position (loader, root, vocab))
    return FALSE;
  vocab->id = g_strdup (spinecds_json_reader_string (&loader->reader, root, NULL, "id", 100, SPINECDS_JSON_REQUIRED));
  vocab->language = g_strdup (spinecds_json_reader_string (&loader->reader, root, NULL, "language", 8,
                                                           SPINECDS_JSON_REQUIRED));
  vocab->name = g_strdup (spinecds_json_reader_string (&loader->reader, root, NULL, "name", 100,
                                                       SPINECDS_JSON_REQUIRED));
  vocab->version = g_strdup (spinecds_json_reader_string (&loader->reader, root, NULL, "version", 20,
                                                          SPINECDS_JSON_REQUIRED));
  vocab->review_date = g_strdup (spinecds_json_reader_string (&loader->reader, root, NULL, "review_date", 10,
                                                              SPINECDS_JSON_REQUIRED));
  spinecds_json_reader_string (&loader->reader, root, NULL, "about", 2000, SPINECDS_JSON_REQUIRED);
  if (failed (loader))
    return FALSE;

  if (language != NULL && strcmp (vocab->language, language) != 0)
    {
      g_autofree char *expected = g_strdup_printf ("\"%s\", the language of the file's name", language);

      problem_node (loader, "language", expected, json_object_get_member (root, "language"));
      return FALSE;
    }
  return TRUE;
}

static void
load (Loader     *loader,
      JsonObject *root,
      const char *language)
{
  if (!read_header (loader, root, language))
    return;

  read_normalization (loader, root);
  if (!failed (loader))
    read_word_classes (loader, root);
  if (!failed (loader))
    read_grades (loader, root, "grades", FALSE);
  if (!failed (loader))
    read_grades (loader, root, "sizes", TRUE);
  if (!failed (loader))
    read_levels (loader, root);
  if (!failed (loader))
    read_detection (loader, root);

  loader->groups = spinecds_json_reader_object (&loader->reader, root, NULL, "groups", SPINECDS_JSON_REQUIRED);
  if (!failed (loader))
    read_list (loader, root, "phrases", read_phrase);
  if (!failed (loader))
    read_list (loader, root, "cues", read_cue);
  if (!failed (loader))
    read_list (loader, root, "headings", read_heading);
}

/* Loads a vocabulary; @whole with its trie, or else only what the
 * language guess needs (complete() adds the trie). */
static SpineCdsReportVocabulary *
load_bytes (GBytes     *bytes,
            const char *source,
            const char *language,
            gboolean    whole,
            GPtrArray  *dump,
            GError    **error)
{
  g_autoptr(JsonNode) node = NULL;
  gsize       size;
  const char *data = g_bytes_get_data (bytes, &size);
  Loader      loader = { vocabulary_new (), { 0 }, NULL, NULL, dump };

  node = spinecds_json_parse (data, size, MAX_FILE_SIZE, source, SPINECDS_REPORT_VOCABULARY_ERROR,
                              SPINECDS_REPORT_VOCABULARY_ERROR_INVALID, error);
  spinecds_json_reader_init (&loader.reader, source);
  loader.group_slots = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  loader.interned = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (node != NULL)
    {
      JsonObject *root = spinecds_json_reader_object_node (&loader.reader, node, "");

      if (root != NULL)
        load (&loader, root, language);
      if (!failed (&loader) && whole)
        build_trie (&loader);
      if (failed (&loader))
        spinecds_json_reader_set_error (&loader.reader, error, SPINECDS_REPORT_VOCABULARY_ERROR,
                                        SPINECDS_REPORT_VOCABULARY_ERROR_INVALID);
    }

  g_hash_table_unref (loader.group_slots);
  g_hash_table_unref (loader.interned);
  if (node == NULL || failed (&loader))
    {
      spinecds_json_reader_clear (&loader.reader);
      spinecds_report_vocabulary_unref (loader.vocab);
      return NULL;
    }

  spinecds_json_reader_clear (&loader.reader);
  loader.vocab->source = g_strdup (source);
  g_debug ("report vocabulary %s: %u words, %u trie nodes", source, loader.vocab->words->len,
           loader.vocab->nodes->len);
  return loader.vocab;
}

SpineCdsReportVocabulary *
spinecds_report_vocabulary_new_from_bytes (GBytes     *bytes,
                                           const char *source,
                                           const char *language,
                                           GError    **error)
{
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (source != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return load_bytes (bytes, source, language, TRUE, NULL, error);
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

char *
spinecds_report_vocabulary_dump_bytes (GBytes     *bytes,
                                       const char *source,
                                       GError    **error)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(SpineCdsReportVocabulary) vocab = load_bytes (bytes, source, NULL, TRUE, lines, error);
  g_autoptr(GString) out = g_string_new (NULL);

  if (vocab == NULL)
    return NULL;

  for (guint id = 1; id < vocab->words->len; id++)
    {
      const WordInfo *info = &g_array_index (vocab->words, WordInfo, id);
      guint32         grammar = info->flags & WORD_GRAMMAR_CLASSES;

      if (grammar != 0 || info->grade != SPINECDS_GRADE_NONE || info->size_grade != SPINECDS_GRADE_NONE)
        g_ptr_array_add (lines, g_strdup_printf ("word %s: flags %u grade %u size %u",
                                                 (char *) g_ptr_array_index (vocab->word_names, id),
                                                 grammar, info->grade, info->size_grade));
    }

  g_ptr_array_sort (lines, compare_lines);
  for (guint i = 0; i < lines->len; i++)
    if (i == 0 || strcmp (g_ptr_array_index (lines, i), g_ptr_array_index (lines, i - 1)) != 0)
      g_string_append_printf (out, "%s\n", (char *) g_ptr_array_index (lines, i));
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The built-in and overridden vocabularies -------------------------------- */

static GBytes *
read_override (const char *language,
               char      **source,
               GError    **error)
{
  const char      *dir = g_getenv ("SPINECDS_REPORT_VOCABULARY_DIR");
  g_autofree char *name = g_strdup_printf ("%s.json", language);
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) local_error = NULL;
  GBytes *bytes;

  if (dir == NULL || *dir == '\0')
    return NULL;
  path = g_build_filename (dir, name, NULL);
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return NULL;

  *source = g_steal_pointer (&path);
  file = g_file_new_for_path (*source);
  bytes = spinecds_bounded_file_read (file, MAX_FILE_SIZE, NULL, &local_error);
  if (bytes == NULL)
    g_set_error (error, SPINECDS_REPORT_VOCABULARY_ERROR, SPINECDS_REPORT_VOCABULARY_ERROR_INVALID,
                 "%s: cannot read the vocabulary: %s", *source, local_error->message);
  return bytes;
}

static SpineCdsReportVocabulary *
load_language (const char *language,
               gboolean    whole,
               GError    **error)
{
  g_autofree char *source = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *resource = g_strdup_printf (RESOURCE_PATH, language);
  GError          *local_error = NULL;

  bytes = read_override (language, &source, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }
  if (bytes == NULL)
    {
      g_free (source);
      source = g_strdup_printf ("%s.json", language);
      bytes = g_resources_lookup_data (resource, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
      if (bytes == NULL)
        return NULL;
    }
  return load_bytes (bytes, source, language, whole, NULL, error);
}

/* Builds the trie of a vocabulary loaded for the language guess. */
static gboolean
complete (SpineCdsReportVocabulary *vocab,
          GError                  **error)
{
  Loader loader = { vocab, { 0 }, NULL, NULL, NULL };

  if (vocab->pending == NULL)
    return TRUE;
  spinecds_json_reader_init (&loader.reader, vocab->source);
  build_trie (&loader);
  if (failed (&loader))
    spinecds_json_reader_set_error (&loader.reader, error, SPINECDS_REPORT_VOCABULARY_ERROR,
                                    SPINECDS_REPORT_VOCABULARY_ERROR_INVALID);
  spinecds_json_reader_clear (&loader.reader);
  g_debug ("report vocabulary %s: %u trie nodes", vocab->source, vocab->nodes->len);
  return vocab->pending == NULL;
}

struct _SpineCdsReportVocabularyScope
{
  SpineCdsReportVocabulary      *loaded[G_N_ELEMENTS (languages)];
  SpineCdsReportVocabularyScope *outer;
};

/* The scope open in this thread, or NULL. */
static GPrivate open_scope;

SpineCdsReportVocabularyScope *
spinecds_report_vocabulary_scope_new (void)
{
  SpineCdsReportVocabularyScope *scope = g_new0 (SpineCdsReportVocabularyScope, 1);

  scope->outer = g_private_get (&open_scope);
  g_private_set (&open_scope, scope);
  return scope;
}

void
spinecds_report_vocabulary_scope_free (SpineCdsReportVocabularyScope *scope)
{
  g_return_if_fail (scope != NULL);
  g_return_if_fail (g_private_get (&open_scope) == scope);

  g_private_set (&open_scope, scope->outer);
  for (guint i = 0; i < G_N_ELEMENTS (scope->loaded); i++)
    g_clear_pointer (&scope->loaded[i], spinecds_report_vocabulary_unref);
  g_free (scope);
}

static SpineCdsReportVocabulary *
get_vocabulary (const char *language,
                gboolean    whole,
                GError    **error)
{
  static GMutex                    lock;
  static SpineCdsReportVocabulary *loaded[G_N_ELEMENTS (languages)];
  SpineCdsReportVocabularyScope   *scope = g_private_get (&open_scope);
  SpineCdsReportVocabulary       **slot;
  g_autoptr(GMutexLocker) locker = NULL;
  guint index;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  for (index = 0; languages[index] != NULL; index++)
    if (g_strcmp0 (languages[index], language) == 0)
      break;
  if (languages[index] == NULL)
    {
      g_set_error (error, SPINECDS_REPORT_VOCABULARY_ERROR, SPINECDS_REPORT_VOCABULARY_ERROR_UNKNOWN,
                   "SpineCDS has no report vocabulary for the language “%s”", language != NULL ? language : "");
      return NULL;
    }

  /* A defect is reported at every call, not remembered: the author may
   * be fixing the file. A vocabulary that loaded is kept. */
  locker = g_mutex_locker_new (&lock);
  slot = loaded[index] == NULL && scope != NULL ? &scope->loaded[index] : &loaded[index];
  if (*slot == NULL)
    *slot = load_language (language, whole, error);
  /* Other threads may be guessing a language with it: they read only
   * its words, which the trie leaves alone. */
  else if (whole && !complete (*slot, error))
    g_clear_pointer (slot, spinecds_report_vocabulary_unref);
  return *slot != NULL ? spinecds_report_vocabulary_ref (*slot) : NULL;
}

SpineCdsReportVocabulary *
spinecds_report_vocabulary_get (const char *language,
                                GError    **error)
{
  return get_vocabulary (language, TRUE, error);
}

SpineCdsReportVocabulary *
report_vocabulary_get_words (const char *language,
                             GError    **error)
{
  return get_vocabulary (language, FALSE, error);
}
