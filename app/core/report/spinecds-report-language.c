/* spinecds-report-language.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "spinecds-report"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "spinecds-json.h"
#include "spinecds-json-reader.h"
#include "spinecds-report-error.h"
#include "spinecds-report-language.h"
#include "spinecds-report-vocabulary-private.h"

/* The opening of a report tells its language; a megabyte adds nothing. */
#define MAX_SAMPLE (64 * 1024)
/* Below this share of known words the report is in no language we read:
 * a Romanian report shares a few Latin words with each of them. */
#define MIN_KNOWN_SHARE 0.25
/* Short texts ("No fracture.") are judged on what they have. */
#define MIN_WORDS_FOR_SHARE 8
/* Scores this close to the best are a tie in a report that short. */
#define CLOSE_SCORE 2

static const struct
{
  const char *code;
  const char *name;
} names[] = {
  { "en", N_ ("English") },
  { "de", N_ ("German") },
  { "es", N_ ("Spanish") },
  { "fr", N_ ("French") },
};

const char *
spinecds_report_language_get_name (const char *language)
{
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_strcmp0 (names[i].code, language) == 0)
      return _ (names[i].name);
  return NULL;
}

typedef struct
{
  guint words;
  guint markers;
  guint known;
  guint openers; /* known words that begin a phrase ("hernie", "stenosis") */
} Counts;

/* The markers of the languages SpineCDS does not read: one set each,
 * of folded words. Built in, checked by the tests. */
static GPtrArray *
other_languages (void)
{
  static GPtrArray *sets;

  if (g_once_init_enter (&sets))
    {
      static const char * const keys[] = { "format", "about", "languages", NULL };
      static const char * const language_keys[] = { "language", "name", "markers", NULL };
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(JsonNode) node = NULL;
      g_auto(SpineCdsJsonReader) reader = { 0 };
      GPtrArray  *result = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);
      JsonObject *root;
      JsonArray  *list;

      bytes = g_resources_lookup_data ("/com/example/SpineCDS/report-vocabulary/other-languages.json",
                                       G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      if (bytes != NULL)
        node = spinecds_json_parse (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), 1024 * 1024,
                                    "other-languages.json", G_IO_ERROR, G_IO_ERROR_INVALID_DATA, &error);
      if (node == NULL)
        g_error ("The built-in list of other languages does not load: %s", error->message);

      spinecds_json_reader_init (&reader, "other-languages.json");
      root = spinecds_json_reader_object_node (&reader, node, "");
      if (root != NULL)
        spinecds_json_reader_check_keys (&reader, root, NULL, keys);
      list = spinecds_json_reader_array (&reader, root, NULL, "languages", SPINECDS_JSON_REQUIRED,
                                         "an array of languages");
      for (guint i = 0; list != NULL && i < json_array_get_length (list); i++)
        {
          g_autofree char *path = g_strdup_printf ("languages[%u]", i);
          JsonObject      *language = spinecds_json_reader_object_node (&reader, json_array_get_element (list, i),
                                                                        path);
          JsonArray       *markers;
          GHashTable      *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

          g_ptr_array_add (result, set);
          if (language == NULL)
            break;
          spinecds_json_reader_check_keys (&reader, language, path, language_keys);
          markers = spinecds_json_reader_array (&reader, language, path, "markers", SPINECDS_JSON_REQUIRED,
                                                "an array of words");
          for (guint m = 0; markers != NULL && m < json_array_get_length (markers); m++)
            {
              const char *word = json_array_get_string_element (markers, m);
              char        folded[MAX_NORMAL_BYTES];

              if (word != NULL && report_fold_word (NULL, word, strlen (word), folded))
                g_hash_table_add (set, g_strdup (folded));
            }
        }
      if (spinecds_json_reader_failed (&reader))
        g_error ("The built-in list of other languages is broken: %s", reader.problems->str);
      g_once_init_leave (&sets, result);
    }
  return sets;
}

static gboolean
has_letter (const char *word,
            gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if (g_ascii_isalpha (word[i]) || (guchar) word[i] >= 0x80)
      return TRUE;
  return FALSE;
}

/* Calls @count on every word of the sample that has a letter. */
static void
count_words (const char *text,
             gsize       length,
             void (*count) (const char *word, gsize length, gpointer data),
             gpointer data)
{
  gsize i = 0;

  while (i < length)
    {
      gsize end = i;

      while (end < length && report_is_word_byte (text, length, end))
        end++;
      if (end > i && has_letter (text + i, end - i))
        count (text + i, end - i, data);
      i = end > i ? end : i + 1;
    }
}

typedef struct
{
  const SpineCdsReportVocabulary *vocab;
  Counts                          counts;
} VocabularyCount;

static void
count_in_vocabulary (const char *word,
                     gsize       length,
                     gpointer    data)
{
  VocabularyCount *state = data;
  char             normal[MAX_NORMAL_BYTES];
  guint            id;

  state->counts.words++;
  if (!report_normalize_word (state->vocab, word, length, normal))
    return;
  id = GPOINTER_TO_UINT (g_hash_table_lookup (state->vocab->word_ids, normal));
  if (id == 0)
    return;
  state->counts.known++;
  if (g_array_index (state->vocab->words, WordInfo, id).flags & WORD_MARKER)
    state->counts.markers++;
  if (report_vocabulary_is_opener (state->vocab, id))
    state->counts.openers++;
}

typedef struct
{
  const SpineCdsReportVocabulary *vocab;
  GHashTable                     *set;
  guint                           markers;
} OtherCount;

/* A word shared with the language we would read ("canal", "la") says
 * nothing against it: only the other language's own words count. */
static void
count_in_other (const char *word,
                gsize       length,
                gpointer    data)
{
  OtherCount *state = data;
  char        folded[MAX_NORMAL_BYTES];

  if (report_fold_word (NULL, word, length, folded) && g_hash_table_contains (state->set, folded)
      && report_lookup_word (state->vocab, word, length) == 0)
    state->markers++;
}

static guint
most_other_markers (const SpineCdsReportVocabulary *vocab,
                    const char                     *text,
                    gsize                           length)
{
  GPtrArray *sets = other_languages ();
  guint      most = 0;

  for (guint i = 0; i < sets->len; i++)
    {
      OtherCount state = { vocab, g_ptr_array_index (sets, i), 0 };

      count_words (text, length, count_in_other, &state);
      most = MAX (most, state.markers);
    }
  return most;
}

static void
set_not_readable (GError **error)
{
  g_set_error_literal (error, SPINECDS_REPORT_ERROR, SPINECDS_REPORT_ERROR_LANGUAGE,
                       _ ("the report is not in a language SpineCDS reads (English, German, Spanish, French)"));
}

/* The languages a report may be in, best first: the language whose
 * words it uses most, then, for a report too short to tell (a line or
 * two), every other language that scores about as well, for the reader
 * to try. NULL and an error when no supported language fits. */
const char **
spinecds_report_detect_languages (const char *text,
                                  gssize      length,
                                  GError    **error)
{
  const char * const *languages = spinecds_report_vocabulary_get_languages ();
  g_autoptr(SpineCdsReportVocabulary) best = NULL;
  g_autoptr(GArray) scores = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GPtrArray) candidates = g_ptr_array_new ();
  Counts best_counts = { 0, 0, 0, 0 };
  guint  best_score = 0, best_index = 0;
  gsize  sample;

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  sample = MIN (length < 0 ? strlen (text) : (gsize) length, MAX_SAMPLE);
  for (guint i = 0; languages[i] != NULL; i++)
    {
      g_autoptr(SpineCdsReportVocabulary) vocab = report_vocabulary_get_words (languages[i], error);
      VocabularyCount state = { vocab, { 0, 0, 0, 0 } };
      guint           score;

      if (vocab == NULL)
        return NULL;
      count_words (text, sample, count_in_vocabulary, &state);
      /* A language's own small words weigh more than shared Latin terms,
       * and words that begin its phrases ("hernie") say more than words
       * it merely knows. */
      score = 2 * state.counts.markers + state.counts.known + state.counts.openers;
      g_array_append_val (scores, score);
      if (score > best_score)
        {
          g_clear_pointer (&best, spinecds_report_vocabulary_unref);
          best = g_steal_pointer (&vocab);
          best_index = i;
          best_score = score;
          best_counts = state.counts;
        }
    }

  if (best == NULL || most_other_markers (best, text, sample) > best_counts.markers
      || (best_counts.words >= MIN_WORDS_FOR_SHARE && best_counts.known < MIN_KNOWN_SHARE * best_counts.words))
    {
      set_not_readable (error);
      return NULL;
    }

  /* The static names: a vocabulary may be dropped (a scope ends, its
   * trie fails) while the caller still holds the result. */
  g_ptr_array_add (candidates, (gpointer) languages[best_index]);
  for (guint i = 0; best_counts.words < MIN_WORDS_FOR_SHARE && languages[i] != NULL; i++)
    if (g_array_index (scores, guint, i) + CLOSE_SCORE >= best_score
        && strcmp (languages[i], g_ptr_array_index (candidates, 0)) != 0)
      g_ptr_array_add (candidates, (gpointer) languages[i]);
  g_ptr_array_add (candidates, NULL);
  return (const char **) g_ptr_array_steal (candidates, NULL);
}

const char *
spinecds_report_detect_language (const char *text,
                                 gssize      length,
                                 GError    **error)
{
  g_autofree const char **languages = spinecds_report_detect_languages (text, length, error);

  return languages != NULL ? languages[0] : NULL;
}
