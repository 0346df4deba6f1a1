/* spinecds-report-words.c: one form for each word, whatever its spelling
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The vocabulary and the report go through the same normalisation, so
 * its rules only need to be consistent, not linguistically perfect:
 * Unicode case folding, the vocabulary's transliterations ("ä" as "ae"),
 * accents dropped, then its spellings and inflection rules. ASCII words,
 * nearly all of an English report, take a path that allocates nothing.
 */
#define G_LOG_DOMAIN "spinecds-report"

#include "config.h"

#include <string.h>

#include "spinecds-report-vocabulary-private.h"

/* Slips are looked for only in words at least this long: in short words
 * one letter more or less is another word ("disc", "disk", "dis"). */
#define MIN_SLIP_LENGTH 8
/* Two neighbours swapped keep a word's letters and length, so a shorter
 * word is still told apart: "equnia" is "equina" and nothing else. */
#define MIN_SWAP_LENGTH 6

static gboolean
is_ascii (const char *word,
          gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if ((guchar) word[i] >= 0x80)
      return FALSE;
  return TRUE;
}

/* Appends @c without its accents: "é" is "e", "ø" stays. */
static void
append_unaccented (GString *out,
                   gunichar c)
{
  gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize    n = g_unichar_fully_decompose (c, FALSE, decomposed, G_N_ELEMENTS (decomposed));

  for (gsize i = 0; i < n; i++)
    if (g_unichar_type (decomposed[i]) != G_UNICODE_NON_SPACING_MARK)
      g_string_append_unichar (out, decomposed[i]);
}

/* Folds a non-ASCII word into @out; FALSE when it is not valid UTF-8
 * or does not fit. */
static gboolean
fold_unicode (GHashTable *transliterations,
              const char *word,
              gsize       length,
              char        out[MAX_NORMAL_BYTES])
{
  g_autofree char *folded = NULL;
  g_autofree char *composed = NULL;
  g_autoptr(GString) plain = NULL;

  if (!g_utf8_validate_len (word, length, NULL) || g_utf8_strlen (word, length) > MAX_WORD_LENGTH)
    return FALSE;

  folded = g_utf8_casefold (word, length);
  composed = g_utf8_normalize (folded, -1, G_NORMALIZE_NFC);
  if (composed == NULL)
    return FALSE;

  plain = g_string_new (NULL);
  for (const char *p = composed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar    c = g_utf8_get_char (p);
      const char *replacement = transliterations != NULL
                                  ? g_hash_table_lookup (transliterations, GUINT_TO_POINTER (c))
                                  : NULL;

      if (replacement != NULL)
        g_string_append (plain, replacement);
      else
        append_unaccented (plain, c);
    }

  if (plain->len == 0 || plain->len >= MAX_NORMAL_BYTES)
    return FALSE;
  memcpy (out, plain->str, plain->len + 1);
  return TRUE;
}

static gboolean
has_suffix (const char *word,
            gsize       length,
            const char *suffix,
            gsize       suffix_length)
{
  return length >= suffix_length && memcmp (word + length - suffix_length, suffix, suffix_length) == 0;
}

/* Applies the first rule of @stage that fits; returns the new length. */
static gsize
apply_stage (const GArray *stage,
             char          out[MAX_NORMAL_BYTES],
             gsize         length)
{
  for (guint i = 0; i < stage->len; i++)
    {
      const InflectionRule *rule = &g_array_index (stage, InflectionRule, i);
      gsize                 affix = rule->affix_length;
      gsize                 replace = rule->replace_length;
      gboolean              fits = rule->prefix ? g_str_has_prefix (out, rule->affix)
                                                : has_suffix (out, length, rule->affix, affix);

      if (!fits || length - affix < rule->min_stem || length - affix + replace >= MAX_NORMAL_BYTES)
        continue;

      if (rule->prefix)
        {
          memmove (out + replace, out + affix, length - affix + 1);
          memcpy (out, rule->replace, replace);
        }
      else
        memcpy (out + length - affix, rule->replace, replace + 1);
      return length - affix + replace;
    }
  return length;
}

gboolean
report_fold_word (GHashTable *transliterations,
                  const char *word,
                  gsize       length,
                  char        out[MAX_NORMAL_BYTES])
{
  if (length == 0)
    return FALSE;

  if (is_ascii (word, length))
    {
      if (length > MAX_WORD_LENGTH)
        return FALSE;
      for (gsize i = 0; i < length; i++)
        out[i] = g_ascii_tolower (word[i]);
      out[length] = '\0';
      return TRUE;
    }
  return fold_unicode (transliterations, word, length, out);
}

gboolean
report_normalize_word (const SpineCdsReportVocabulary *vocab,
                       const char                     *word,
                       gsize                           length,
                       char                            out[MAX_NORMAL_BYTES])
{
  const char *canonical;
  gsize       n;

  if (!report_fold_word (vocab->transliterations, word, length, out))
    return FALSE;

  /* Listed words skip the inflection rules ("rules out" is not "rule out"). */
  canonical = g_hash_table_lookup (vocab->spellings, out);
  if (canonical == NULL)
    {
      n = strlen (out);
      for (guint i = 0; i < vocab->inflections->len; i++)
        n = apply_stage (g_ptr_array_index (vocab->inflections, i), out, n);
      canonical = g_hash_table_lookup (vocab->spellings, out);
    }
  if (canonical != NULL)
    g_strlcpy (out, canonical, MAX_NORMAL_BYTES);

  return TRUE;
}

static guint32
word_id (const SpineCdsReportVocabulary *vocab,
         const char                     *normal)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (vocab->word_ids, normal));
}

/* Indexes the long words for slip_of(), on first use: a vocabulary
 * loaded only to guess a language (three of four, for a report in one
 * language) never needs it, and it is a fifth of such a load. */
static void
index_slips (SpineCdsReportVocabulary *vocab)
{
  char edit[MAX_NORMAL_BYTES];

  for (guint id = 1; id < vocab->word_names->len; id++)
    {
      const char *word = g_ptr_array_index (vocab->word_names, id);
      gsize       n = strlen (word);

      if (n < MIN_SLIP_LENGTH)
        continue;
      for (gsize i = 0; i < n; i++)
        {
          gpointer other;

          /* Dropping either letter of a pair gives the same word once. */
          if (i > 0 && word[i] == word[i - 1])
            continue;
          memcpy (edit, word, i);
          memcpy (edit + i, word + i + 1, n - i);
          if (g_hash_table_lookup_extended (vocab->slips, edit, NULL, &other))
            {
              if (GPOINTER_TO_UINT (other) != id)
                g_hash_table_replace (vocab->slips, g_strdup (edit), GUINT_TO_POINTER (0));
            }
          else
            g_hash_table_insert (vocab->slips, g_strdup (edit), GUINT_TO_POINTER (id));
        }
    }
}

static GHashTable *
indexed_slips (const SpineCdsReportVocabulary *vocab)
{
  /* A cache: the vocabulary is otherwise read-only once loaded. */
  SpineCdsReportVocabulary *self = (SpineCdsReportVocabulary *) vocab;

  if (g_once_init_enter (&self->slips_indexed))
    {
      index_slips (self);
      g_once_init_leave (&self->slips_indexed, 1);
    }
  return self->slips;
}

/* The one word a slip of @normal may stand for: two neighbours swapped
 * or a letter doubled (both found by editing @normal), or a letter
 * missing (found in the index of long words less one letter). 0 when
 * none or more than one word fits: a guess between two words is no
 * reading. */
static guint32
slip_of (const SpineCdsReportVocabulary *vocab,
         const char                     *normal)
{
  gsize    n = strlen (normal);
  char     edit[MAX_NORMAL_BYTES];
  guint32  found = 0;
  gpointer missing;

  /* clang-format off */
#define CONSIDER(id) G_STMT_START {                     \
    guint32 candidate_ = (id);                          \
    if (candidate_ != 0 && found != 0 && candidate_ != found) \
      return 0;                                         \
    if (candidate_ != 0)                                \
      found = candidate_;                               \
  } G_STMT_END
  /* clang-format on */

  for (gsize i = 0; i + 1 < n; i++)
    {
      if (normal[i] == normal[i + 1])
        {
          if (n < MIN_SLIP_LENGTH - 1)
            continue;
          /* "compresssion": one letter too many, doubled */
          memcpy (edit, normal, i);
          memcpy (edit + i, normal + i + 1, n - i);
          CONSIDER (word_id (vocab, edit));
          continue;
        }
      /* "comrpession" */
      memcpy (edit, normal, n + 1);
      edit[i] = normal[i + 1];
      edit[i + 1] = normal[i];
      CONSIDER (word_id (vocab, edit));
    }

  if (n >= MIN_SLIP_LENGTH - 1 && g_hash_table_lookup_extended (indexed_slips (vocab), normal, NULL, &missing))
    {
      if (GPOINTER_TO_UINT (missing) == 0)
        return 0;
      CONSIDER (GPOINTER_TO_UINT (missing));
    }
#undef CONSIDER

  return found;
}

guint32
report_lookup_word (const SpineCdsReportVocabulary *vocab,
                    const char                     *word,
                    gsize                           length)
{
  char    normal[MAX_NORMAL_BYTES];
  guint32 id;

  if (!report_normalize_word (vocab, word, length, normal))
    return 0;
  id = word_id (vocab, normal);
  if (id != 0 || strlen (normal) < MIN_SWAP_LENGTH)
    return id;

  /* Only letters slip; "l4l5x" is no word. */
  for (const char *p = normal; *p != '\0'; p++)
    if (g_ascii_isdigit (*p))
      return 0;
  return slip_of (vocab, normal);
}
