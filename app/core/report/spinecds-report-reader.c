/* spinecds-report-reader.c: mentions of findings, and their summary
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How a report is read, in four linear passes over the text (each in a
 * file of its own):
 *
 * 1. The tokenizer cuts the bytes into words, vertebral levels ("C5-6",
 *    "L5/S1", "T7", "HWK 5/6"), commas, semicolons, colons and sentence
 *    ends, and marks section headings ("HISTORY:", "Befund:") and level
 *    headings ("C5-C6:"). Words are normalised by the vocabulary's rules
 *    (case, accents, plurals, spellings) to ids.
 * 2. The vocabulary's phrase trie finds findings and cues, leftmost
 *    longest, never across punctuation; determiners, sides and levels
 *    may sit inside a phrase.
 * 3. NegEx: the nearest negation or uncertainty cue whose scope reaches
 *    a finding decides its status; scopes end at the sentence, at ";" or
 *    ":", at a termination term and after a fixed number of words.
 * 4. Grade and level are looked up nearby in the same clause; mentions
 *    are made and summarised per code.
 *
 * Every look-around is bounded by a constant number of tokens, and the
 * trie walk by the longest phrase, so the whole read is O(n) however
 * hostile the input. The reader knows no word of any language: all of
 * them come from the vocabulary (spinecds-report-vocabulary.h).
 */
#define G_LOG_DOMAIN "spinecds-report"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "spinecds-codes.h"
#include "spinecds-finding.h"
#include "spinecds-json.h"
#include "spinecds-report-language.h"
#include "spinecds-report-reader-private.h"

/* The quark's name is dashed, which clang-format would space out. */
/* clang-format off */
G_DEFINE_QUARK (spinecds-report-error-quark, spinecds_report_error)
/* clang-format on */

G_DEFINE_BOXED_TYPE (SpineCdsMention, spinecds_mention, spinecds_mention_copy, spinecds_mention_free)

SpineCdsMention *
spinecds_mention_copy (const SpineCdsMention *self)
{
  SpineCdsMention *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new (SpineCdsMention, 1);
  *copy = *self;
  copy->level = g_strdup (self->level);
  copy->text = g_strdup (self->text);
  return copy;
}

void
spinecds_mention_free (SpineCdsMention *self)
{
  if (self == NULL)
    return;

  g_free (self->level);
  g_free (self->text);
  g_free (self);
}

const char *
spinecds_mention_status_to_string (SpineCdsMentionStatus status)
{
  switch (status)
    {
    case SPINECDS_MENTION_POSITIVE: return "positive";
    case SPINECDS_MENTION_NEGATED: return "negated";
    case SPINECDS_MENTION_UNCERTAIN: return "uncertain";
    default: g_return_val_if_reached (NULL);
    }
}

/* The span as written, with control bytes blanked and invalid UTF-8
 * replaced, so it can go into JSON and widgets as it is. */
static char *
span_text (const Reader *r,
           gsize         start,
           gsize         end)
{
  g_autofree char *copy = g_strndup (r->text + start, end - start);

  for (char *p = copy; *p != '\0'; p++)
    if ((guchar) *p < 0x20 || *p == 0x7f)
      *p = ' ';
  return g_utf8_make_valid (copy, -1);
}

/* A finding comes after token @k in its clause. */
static gboolean
finding_follows (const Reader *r,
                 guint         k)
{
  guint32 sentence = token_at (r, k)->sentence;

  for (guint j = k + 1, steps = 0; j < r->tokens->len && steps++ < SCAN_LIMIT; j++)
    {
      const Token *token = token_at (r, j);
      const Match *match = match_of (r, token);

      if (token->sentence != sentence || ends_clause (token))
        return FALSE;
      if (is_finding (match) || (match != NULL && match->phrase->kind == ATTRIBUTE))
        return TRUE;
    }
  return FALSE;
}

/* How many tokens follow @k before its clause ends. */
static guint
words_to_clause_end (const Reader *r,
                     guint         k)
{
  guint32 sentence = token_at (r, k)->sentence;
  guint   n = 0;

  for (guint j = k + 1; j < r->tokens->len && n <= SCAN_LIMIT; j++)
    {
      if (token_at (r, j)->sentence != sentence || ends_clause (token_at (r, j)))
        break;
      n++;
    }
  return n;
}

/* The value that an attribute ("cord signal", "the canal") is given,
 * before it ("normal cord signal") or after it ("cord signal: normal",
 * "the canal and foramina are widely patent"). FALSE when it is given
 * none that is known: the attribute is then no mention at all. */
static gboolean
attribute_value (const Reader          *r,
                 const Match           *attribute,
                 SpineCdsMentionStatus *status)
{
  guint32  sentence = token_at (r, attribute->first)->sentence;
  guint    steps = 0;
  gboolean field = FALSE; /* "Cord: …" */

  for (guint k = attribute->first; k-- > 0 && steps++ < 3;)
    {
      const Token *token = token_at (r, k);

      if (token->sentence != sentence || token->match >= 0
          || (token->kind != TOKEN_WORD && token->kind != TOKEN_LEVEL))
        break;
      if (token_has (r, token, WORD_NORMAL_VALUE))
        {
          *status = SPINECDS_MENTION_NEGATED;
          return TRUE;
        }
      /* "normal T2 cord signal", "normal left foramen" */
      if (token->kind != TOKEN_LEVEL && !token_has (r, token, WORD_SKIPPABLE) && !is_sequence (token))
        break;
    }

  steps = 0;
  for (guint k = attribute->last + 1; k < r->tokens->len && steps++ < 10; k++)
    {
      const Token *token = token_at (r, k);
      const Match *match = match_of (r, token);

      if (token->sentence != sentence)
        return FALSE;
      if (token->kind == TOKEN_COLON && k == attribute->last + 1)
        {
          field = TRUE;
          continue;
        }
      if (token->kind != TOKEN_WORD && token->kind != TOKEN_LEVEL)
        return FALSE;
      if (match != NULL)
        {
          /* "Canal rachidien : sans particularité", "Myelon: ohne
           * Befund": a negation that negates no finding is the value,
           * in a field or when at most a word follows it; "abuts the
           * cord without flattening it" says nothing of the cord's
           * signal. */
          if (match->phrase->kind == NEGATION_BEFORE && !finding_follows (r, match->last)
              && (field || words_to_clause_end (r, match->last) <= 1))
            {
              *status = SPINECDS_MENTION_NEGATED;
              return TRUE;
            }
          /* "the canal and the foramina are patent" */
          if (match->phrase->kind != ATTRIBUTE)
            return FALSE;
          k = match->last;
          continue;
        }
      if (token_has (r, token, WORD_NORMAL_VALUE))
        {
          *status = SPINECDS_MENTION_NEGATED;
          return TRUE;
        }
      if (token_has (r, token, WORD_ABNORMAL_VALUE))
        {
          *status = SPINECDS_MENTION_POSITIVE;
          return TRUE;
        }
      /* "is moderately to severely narrowed": a range of grades too. */
      if (token->kind != TOKEN_LEVEL && !token_has (r, token, WORD_VALUE_LINK)
          && !token_has (r, token, WORD_GRADE_CONNECTOR))
        return FALSE;
    }
  return FALSE;
}

static gboolean
word_is (const Reader *r,
         guint         k,
         guint32       flag,
         GHashTable   *words)
{
  const Token *token = token_at (r, k);

  return words != NULL ? token->kind == TOKEN_WORD && g_hash_table_contains (words, GUINT_TO_POINTER (token->word))
                       : token_has (r, token, flag);
}

/* A word of the sentence of @match has @flag ("cervical"), or is one of
 * @words when that is not NULL ("abscess"). */
static gboolean
sentence_has (const Reader *r,
              const Match  *match,
              guint32       flag,
              GHashTable   *words)
{
  guint32 sentence = token_at (r, match->first)->sentence;
  guint   steps = 0;

  for (guint k = match->first; k-- > 0 && steps++ < SCAN_LIMIT && token_at (r, k)->sentence == sentence;)
    if (word_is (r, k, flag, words))
      return TRUE;
  steps = 0;
  for (guint k = match->last + 1;
       k < r->tokens->len && steps++ < SCAN_LIMIT && token_at (r, k)->sentence == sentence; k++)
    if (word_is (r, k, flag, words))
      return TRUE;
  return FALSE;
}

/* Whether two codes name one kind of finding at two sites:
 * "canal_stenosis" and "foraminal_stenosis". */
static gboolean
same_kind_of_finding (const char *a,
                      const char *b)
{
  const char *kind_a = strrchr (a, '_');
  const char *kind_b = strrchr (b, '_');

  return kind_a != NULL && kind_b != NULL && !g_str_equal (a, b) && g_str_equal (kind_a, kind_b);
}

/* "Foramen izquierdo: estenosis moderada", "Nerve roots: compression":
 * a one-word finding that is a field's value is of the site the field
 * names. Returns that site's code, or NULL. */
static const char *
field_site (const Reader *r,
            const Match  *finding)
{
  const Match *field;
  guint        k = finding->first;

  if (finding->first != finding->last || finding->phrase->codes[1] != NULL)
    return NULL;
  while (k > 0 && token_at (r, k - 1)->kind == TOKEN_WORD && token_at (r, k - 1)->match < 0
         && token_grade_for (r, token_at (r, k - 1), TRUE) != SPINECDS_GRADE_NONE)
    k--;
  if (k < 2 || token_at (r, k - 1)->kind != TOKEN_COLON
      || token_at (r, k - 1)->sentence != token_at (r, finding->first)->sentence)
    return NULL;
  /* "Foramen izquierdo:": a side or a level may follow the field. */
  k -= 2;
  while (k > 0 && k + 4 > finding->first && match_of (r, token_at (r, k)) == NULL
         && (token_at (r, k)->kind == TOKEN_WORD || token_at (r, k)->kind == TOKEN_LEVEL))
    k--;
  field = match_of (r, token_at (r, k));
  if (field == NULL || field->phrase->kind != ATTRIBUTE)
    return NULL;
  for (guint c = 0; c < G_N_ELEMENTS (field->phrase->codes) && field->phrase->codes[c] != NULL; c++)
    if (same_kind_of_finding (field->phrase->codes[c], finding->phrase->codes[0]))
      return field->phrase->codes[c];
  return NULL;
}

/* The latest mention of this sentence or the one before, in the same
 * section, that affirms or doubts one of @finding's codes; or NULL. */
static const SpineCdsMention *
antecedent (const Reader *r,
            const Match  *finding,
            GPtrArray    *mentions)
{
  const Token *start = token_at (r, finding->first);
  gsize        from = start->start;

  for (guint k = finding->first; k-- > 0 && token_at (r, k)->sentence + 1 >= start->sentence;)
    from = token_at (r, k)->start;
  for (guint i = mentions->len; i-- > 0;)
    {
      const SpineCdsMention *mention = g_ptr_array_index (mentions, i);

      if (mention->start < from)
        break;
      if (mention->status == SPINECDS_MENTION_NEGATED || mention->section != start->section)
        continue;
      for (guint c = 0; c < G_N_ELEMENTS (finding->phrase->codes) && finding->phrase->codes[c] != NULL; c++)
        if (g_str_equal (mention->code, finding->phrase->codes[c]))
          return mention;
    }
  return NULL;
}

static void
add_mentions (const Reader *r,
              const Match  *finding,
              GPtrArray    *mentions)
{
  SpineCdsMentionStatus status;
  SpineCdsGrade         grade;
  Levels                levels = { .n = 0 };
  g_autofree char      *level = NULL;
  const Token          *first = token_at (r, finding->first);
  const Token          *last = token_at (r, finding->last);
  const char * const   *codes;
  const char           *site[G_N_ELEMENTS (finding->phrase->codes)] = { NULL };
  const char           *referred[G_N_ELEMENTS (finding->phrase->codes)] = { NULL };

  if (finding->phrase->kind == ATTRIBUTE)
    {
      if (!attribute_value (r, finding, &status))
        return;
      /* An affirming value may still sit under a cue. */
      if (status == SPINECDS_MENTION_POSITIVE)
        status = report_finding_status (r, finding);
    }
  else
    status = report_finding_status (r, finding);
  /* "Cord compression cannot be assessed": no mention either way. */
  if (status == MENTION_UNSTATED)
    return;

  report_finding_levels (r, finding, &levels);
  /* "Focal kyphosis at C4-C5", "cervical kyphosis": not at T12. */
  if ((finding->phrase->flags & PHRASE_CERVICAL)
      && !(levels.n > 0 ? levels.first[0] <= 7 : sentence_has (r, finding, WORD_CERVICAL, NULL)))
    return;

  /* "Epidural extension" is a tumour's, but an abscess's in a sentence
   * about infection. */
  codes = finding->phrase->codes;
  if (finding->phrase->context_words != NULL && sentence_has (r, finding, 0, finding->phrase->context_words))
    {
      codes = finding->phrase->context_codes;
      if ((finding->phrase->flags & PHRASE_CONTEXT_DOUBT) && status == SPINECDS_MENTION_POSITIVE)
        status = SPINECDS_MENTION_UNCERTAIN;
    }
  site[0] = field_site (r, finding);
  if (site[0] != NULL)
    codes = site;
  /* "Possible involvement of L2-L3": of the disease just named, and only
   * at a level of its own. */
  if (finding->phrase->flags & PHRASE_REFERS_BACK)
    {
      const SpineCdsMention *named = levels.n > 0 ? antecedent (r, finding, mentions) : NULL;
      g_autofree char       *own = report_levels_format (&levels);

      /* "Spondylodiscitis at T11-T12 with involvement of the psoas" has
       * no level of its own: the one it found is the disease's. */
      if (named == NULL || g_strcmp0 (own, named->level) == 0)
        return;
      referred[0] = named->code;
      codes = referred;
      /* "Suspected spondylodiscitis at T11-T12. Involvement of T8-T9":
       * no surer than the disease it refers to. */
      if (named->status == SPINECDS_MENTION_UNCERTAIN && status == SPINECDS_MENTION_POSITIVE)
        status = SPINECDS_MENTION_UNCERTAIN;
    }

  grade = report_finding_grade (r, finding);
  level = report_levels_format (&levels);

  for (guint c = 0; c < G_N_ELEMENTS (finding->phrase->codes); c++)
    {
      const char      *code = codes[c];
      SpineCdsMention *mention;

      if (code == NULL)
        continue;

      mention = g_new0 (SpineCdsMention, 1);
      mention->code = spinecds_codes_lookup (SPINECDS_CODE_KIND_FINDING, code)->code;
      mention->grade = grade;
      mention->level = g_strdup (level);
      mention->start = first->start;
      mention->end = last->end;
      mention->text = span_text (r, first->start, last->end);
      mention->status = status;
      mention->section = first->section;
      g_ptr_array_add (mentions, mention);
    }
}

/* The contrast after @finding in its sentence ("but", "jedoch", "pero",
 * "mais") before any other finding, or NULL. */
static const Match *
contrast_after (const Reader *r,
                const Match  *finding)
{
  guint32 sentence = token_at (r, finding->first)->sentence;

  for (guint k = finding->last + 1; k < r->tokens->len && k <= finding->last + SCAN_LIMIT; k++)
    {
      const Token *token = token_at (r, k);
      const Match *match = match_of (r, token);

      if (token->sentence != sentence || (is_finding (match) && match != finding))
        return NULL;
      if (match != NULL && match->first == k && match->phrase->kind == TERMINATION
          && (match->phrase->flags & PHRASE_CONTRAST))
        return match;
    }
  return NULL;
}

/* "Cord compression is absent at C4-C5 but present at C5-C6", "Keine
 * Myelonkompression HWK 4/5, jedoch HWK 5/6", "Sin compresión medular
 * en C4-C5, pero sí en C5-C6": after a negated finding, a contrast whose
 * clause names a level and nothing else (no finding, no cue) affirms
 * that finding there. The mentions @finding added start at @from. */
static void
add_contrasted_levels (const Reader *r,
                       const Match  *finding,
                       GPtrArray    *mentions,
                       guint         from)
{
  const Match     *contrast = contrast_after (r, finding);
  guint32          sentence = token_at (r, finding->first)->sentence;
  Levels           levels = { .n = 0 };
  guint            last = 0, added = mentions->len;
  g_autofree char *level = NULL;

  if (contrast == NULL)
    return;
  for (guint k = contrast->last + 1; k < r->tokens->len && k <= contrast->last + SCAN_LIMIT; k++)
    {
      const Token *token = token_at (r, k);
      const Match *match = match_of (r, token);

      if (token->sentence != sentence || ends_clause (token) || token->kind == TOKEN_COMMA)
        break;
      /* "pero sí en C5-C6": the word that stresses the contrast. */
      if (match != NULL && k == contrast->last + 1 && match->phrase->kind == TERMINATION && match->first == match->last)
        continue;
      if (match != NULL)
        return;
      if (token->kind == TOKEN_LEVEL)
        {
          report_levels_add (&levels, token->first, token->last);
          last = k;
        }
    }
  if (levels.n == 0)
    return;
  level = report_levels_format (&levels);
  for (guint i = from; i < added; i++)
    {
      const SpineCdsMention *negated = g_ptr_array_index (mentions, i);
      SpineCdsMention       *affirmed;

      if (negated->status != SPINECDS_MENTION_NEGATED)
        continue;
      affirmed = spinecds_mention_copy (negated);
      g_free (affirmed->level);
      affirmed->level = g_strdup (level);
      affirmed->status = SPINECDS_MENTION_POSITIVE;
      affirmed->start = token_at (r, contrast->first)->start;
      affirmed->end = token_at (r, last)->end;
      g_free (affirmed->text);
      affirmed->text = span_text (r, affirmed->start, affirmed->end);
      g_ptr_array_add (mentions, affirmed);
    }
}

/* @text in tokens, and its phrases matched. */
static void
reader_read (Reader                   *r,
             SpineCdsReportVocabulary *vocab,
             const char               *text,
             gssize                    length)
{
  r->vocab = vocab;
  r->text = text != NULL ? text : "";
  r->length = length < 0 ? strlen (r->text) : (gsize) length;
  r->tokens = g_array_sized_new (FALSE, FALSE, sizeof (Token), r->length / 5 + 16);
  r->matches = g_array_new (FALSE, FALSE, sizeof (Match));

  report_tokenize (r);
  report_match_phrases (r);
}

static void
reader_clear (Reader *r)
{
  g_array_unref (r->tokens);
  g_array_unref (r->matches);
  g_free (r->cache);
}

GPtrArray *
spinecds_report_read_with (SpineCdsReportVocabulary *vocab,
                           const char               *text,
                           gssize                    length)
{
  Reader     r = { NULL };
  GPtrArray *mentions = g_ptr_array_new_with_free_func ((GDestroyNotify) spinecds_mention_free);

  g_return_val_if_fail (vocab != NULL, mentions);
  g_return_val_if_fail (text != NULL || length == 0, mentions);

  reader_read (&r, vocab, text, length);
  for (guint i = 0; i < r.matches->len; i++)
    {
      const Match *match = &g_array_index (r.matches, Match, i);

      guint        before = mentions->len;

      if (is_finding (match) || match->phrase->kind == ATTRIBUTE)
        add_mentions (&r, match, mentions);
      if (is_finding (match))
        add_contrasted_levels (&r, match, mentions, before);
    }
  reader_clear (&r);
  return mentions;
}

GPtrArray *
spinecds_report_read_uncoded_with (SpineCdsReportVocabulary *vocab,
                                   const char               *text,
                                   gssize                    length)
{
  Reader     r = { NULL };
  GPtrArray *uncoded = g_ptr_array_new_with_free_func ((GDestroyNotify) spinecds_mention_free);

  g_return_val_if_fail (vocab != NULL, uncoded);
  g_return_val_if_fail (text != NULL || length == 0, uncoded);

  reader_read (&r, vocab, text, length);
  for (guint i = 0; i < r.matches->len; i++)
    {
      const Match     *match = &g_array_index (r.matches, Match, i);
      const Token     *first = token_at (&r, match->first);
      const Token     *last = token_at (&r, match->last);
      SpineCdsMention *mention;

      if (match->phrase->kind != NOT_A_FINDING || !(match->phrase->flags & PHRASE_UNCODED)
          || first->section != SPINECDS_REPORT_SECTION_BODY)
        continue;
      mention = g_new0 (SpineCdsMention, 1);
      mention->start = first->start;
      mention->end = last->end;
      mention->text = span_text (&r, first->start, last->end);
      mention->status = SPINECDS_MENTION_POSITIVE;
      mention->section = first->section;
      g_ptr_array_add (uncoded, mention);
    }
  reader_clear (&r);
  return uncoded;
}

/* The built-in English vocabulary is part of the program and checked by
 * its tests: failing to load it is a broken build, not bad input. */
static SpineCdsReportVocabulary *
builtin_english (void)
{
  static SpineCdsReportVocabulary *english;

  if (g_once_init_enter (&english))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;
      SpineCdsReportVocabulary *vocab = NULL;

      bytes = g_resources_lookup_data ("/com/example/SpineCDS/report-vocabulary/en.json",
                                       G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      if (bytes != NULL)
        vocab = spinecds_report_vocabulary_new_from_bytes (bytes, "en.json", "en", &error);
      if (vocab == NULL)
        g_error ("The built-in English report vocabulary does not load: %s", error->message);
      g_once_init_leave (&english, vocab);
    }
  return english;
}

GPtrArray *
spinecds_report_read (const char *text,
                      gssize      length)
{
  return spinecds_report_read_with (builtin_english (), text, length);
}

/* ------------------------------------------------------------------ */
/* Summary                                                             */
/* ------------------------------------------------------------------ */

typedef struct
{
  const SpineCdsMention *best; /* highest grade, then earliest */
  SpineCdsGrade          grade;
  Levels                 levels;
  /* The uncertain mentions, kept apart: "a further fracture of T12
   * cannot be excluded" must not vanish because L1 has a fracture. */
  const SpineCdsMention *doubt;
  Levels                 doubt_levels;
} CodeSummary;

/* Positive beats uncertain beats negated. */
static int
status_rank (SpineCdsMentionStatus status)
{
  switch (status)
    {
    case SPINECDS_MENTION_POSITIVE: return 3;
    case SPINECDS_MENTION_UNCERTAIN: return 2;
    default: return 1;
    }
}

static guint
finding_index (const char *code)
{
  guint                   n_codes;
  const SpineCdsCodeInfo *codes = spinecds_codes_list (SPINECDS_CODE_KIND_FINDING, &n_codes);

  for (guint i = 0; i < n_codes; i++)
    if (g_str_equal (codes[i].code, code))
      return i;
  g_assert_not_reached ();
}

static void
code_summary_add (CodeSummary           *entry,
                  const SpineCdsMention *mention)
{
  if (mention->status == SPINECDS_MENTION_UNCERTAIN && mention->level != NULL)
    {
      if (entry->doubt == NULL)
        entry->doubt = mention;
      report_levels_parse (&entry->doubt_levels, mention->level);
    }

  if (entry->best == NULL || status_rank (mention->status) > status_rank (entry->best->status))
    {
      entry->best = mention;
      entry->grade = mention->grade;
      entry->levels.n = 0;
    }
  else if (mention->status == entry->best->status)
    {
      if (mention->grade > entry->best->grade)
        entry->best = mention;
      entry->grade = MAX (entry->grade, mention->grade);
    }
  else
    return;

  if (mention->level != NULL)
    report_levels_parse (&entry->levels, mention->level);
}

/* The levels in doubt where the code is not also affirmed, as an
 * uncertain entry of its own; NULL when there are none. */
static SpineCdsMention *
doubt_elsewhere (const CodeSummary *entry)
{
  Levels           only_doubt = { 0 };
  SpineCdsMention *doubt;

  if (entry->doubt == NULL || entry->best->status != SPINECDS_MENTION_POSITIVE)
    return NULL;
  for (guint i = 0; i < entry->doubt_levels.n; i++)
    if (!report_levels_has (&entry->levels, entry->doubt_levels.first[i], entry->doubt_levels.last[i]))
      report_levels_add (&only_doubt, entry->doubt_levels.first[i], entry->doubt_levels.last[i]);
  if (only_doubt.n == 0)
    return NULL;

  doubt = spinecds_mention_copy (entry->doubt);
  g_free (doubt->level);
  doubt->level = report_levels_format (&only_doubt);
  return doubt;
}

static int
compare_start (gconstpointer a,
               gconstpointer b)
{
  const SpineCdsMention *x = *(SpineCdsMention * const *) a;
  const SpineCdsMention *y = *(SpineCdsMention * const *) b;

  return (x->start > y->start) - (x->start < y->start);
}

/* @mention at @level in @parts (from @first on, its code's): a level
 * already there keeps the higher grade. */
static void
add_at_level (GPtrArray             *parts,
              guint                  first,
              const SpineCdsMention *mention,
              const char            *level)
{
  SpineCdsMention *part;

  for (guint p = first; p < parts->len; p++)
    {
      part = g_ptr_array_index (parts, p);
      if (g_strcmp0 (part->level, level) == 0)
        {
          part->grade = MAX (part->grade, mention->grade);
          return;
        }
    }
  part = spinecds_mention_copy (mention);
  g_free (part->level);
  part->level = g_strdup (level);
  g_ptr_array_add (parts, part);
}

/* One mention per code and level of the body's positive findings, with
 * the level's highest grade. A mention without a level joins none when
 * its code is also given at a level (it repeats one of them), and is
 * the unlocated finding otherwise. */
static GPtrArray *
findings_at_levels (GPtrArray *mentions,
                    GPtrArray *findings)
{
  GPtrArray *parts = g_ptr_array_new_with_free_func ((GDestroyNotify) spinecds_mention_free);

  for (guint f = 0; f < findings->len; f++)
    {
      const char *code = ((SpineCdsMention *) g_ptr_array_index (findings, f))->code;
      guint       first = parts->len;
      gboolean    located = FALSE;

      for (guint i = 0; i < mentions->len; i++)
        {
          const SpineCdsMention *mention = g_ptr_array_index (mentions, i);

          located |= mention->section == SPINECDS_REPORT_SECTION_BODY && mention->status == SPINECDS_MENTION_POSITIVE
                     && g_str_equal (mention->code, code) && mention->level != NULL;
        }
      for (guint i = 0; i < mentions->len; i++)
        {
          const SpineCdsMention *mention = g_ptr_array_index (mentions, i);
          Levels                 levels = { 0 };

          if (mention->section != SPINECDS_REPORT_SECTION_BODY || mention->status != SPINECDS_MENTION_POSITIVE
              || !g_str_equal (mention->code, code) || (located && mention->level == NULL))
            continue;
          if (mention->level == NULL)
            {
              add_at_level (parts, first, mention, NULL);
              continue;
            }
          /* "metastases at C2, C4, …, L5": one finding a level, so that
           * none is lost to the length a case allows for one level. */
          report_levels_parse (&levels, mention->level);
          for (guint r = 0; r < levels.n; r++)
            {
              Levels           one = { .first = { levels.first[r] }, .last = { levels.last[r] }, .n = 1 };
              g_autofree char *level = report_levels_format (&one);

              add_at_level (parts, first, mention, level);
            }
        }
    }
  return parts;
}

SpineCdsReportSummary *
spinecds_report_summarize (GPtrArray *mentions)
{
  g_autoptr(SpineCdsReportSummary) self = g_new0 (SpineCdsReportSummary, 1);
  guint                   n_codes;
  g_autofree CodeSummary *entries = NULL;

  g_return_val_if_fail (mentions != NULL, NULL);

  spinecds_codes_list (SPINECDS_CODE_KIND_FINDING, &n_codes);
  entries = g_new0 (CodeSummary, n_codes);

  self->findings = g_ptr_array_new_with_free_func ((GDestroyNotify) spinecds_mention_free);
  self->negated = g_ptr_array_new_with_free_func ((GDestroyNotify) spinecds_mention_free);
  self->uncertain = g_ptr_array_new_with_free_func ((GDestroyNotify) spinecds_mention_free);
  self->uncoded = g_ptr_array_new_with_free_func ((GDestroyNotify) spinecds_mention_free);
  self->also_codes = g_ptr_array_new ();

  for (guint i = 0; i < mentions->len; i++)
    {
      const SpineCdsMention *mention = g_ptr_array_index (mentions, i);

      if (mention->section == SPINECDS_REPORT_SECTION_BODY)
        code_summary_add (&entries[finding_index (mention->code)], mention);
    }

  for (guint i = 0; i < n_codes; i++)
    {
      SpineCdsMention *entry;
      GPtrArray       *list;

      if (entries[i].best == NULL)
        continue;

      entry = spinecds_mention_copy (entries[i].best);
      entry->grade = entries[i].grade;
      g_free (entry->level);
      entry->level = report_levels_format (&entries[i].levels);

      list = entry->status == SPINECDS_MENTION_POSITIVE  ? self->findings
             : entry->status == SPINECDS_MENTION_NEGATED ? self->negated
                                                         : self->uncertain;
      g_ptr_array_add (list, entry);
      if ((entry = doubt_elsewhere (&entries[i])) != NULL)
        g_ptr_array_add (self->uncertain, entry);
    }

  g_ptr_array_sort (self->findings, compare_start);
  g_ptr_array_sort (self->negated, compare_start);
  g_ptr_array_sort (self->uncertain, compare_start);
  self->at_levels = findings_at_levels (mentions, self->findings);
  return g_steal_pointer (&self);
}

SpineCdsReportSummary *
spinecds_report_summary_new_with (SpineCdsReportVocabulary *vocab,
                                  const char               *text,
                                  gssize                    length)
{
  g_autoptr(GPtrArray) mentions = spinecds_report_read_with (vocab, text, length);
  SpineCdsReportSummary *self = spinecds_report_summarize (mentions);

  self->language = g_strdup (spinecds_report_vocabulary_get_language (vocab));
  g_ptr_array_unref (self->uncoded);
  self->uncoded = spinecds_report_read_uncoded_with (vocab, text, length);
  return self;
}

SpineCdsReportSummary *
spinecds_report_summary_new (const char *text,
                             gssize      length)
{
  return spinecds_report_summary_new_with (builtin_english (), text, length);
}

/* The detected language; of the languages a line or two could be in,
 * the one it reads the most in ("Hernie discale L5-S1." has as many
 * German as French words, but reads only in French). */
static const char *
read_likeliest (const char *text,
                gssize      length,
                GError    **error)
{
  g_autofree const char **languages = spinecds_report_detect_languages (text, length, error);
  const char             *best = NULL;
  guint                   most = 0;

  for (guint i = 0; languages != NULL && languages[i] != NULL; i++)
    {
      g_autoptr(SpineCdsReportVocabulary) vocab = spinecds_report_vocabulary_get (languages[i], error);
      g_autoptr(GPtrArray) mentions = NULL;

      if (vocab == NULL)
        return NULL;
      mentions = spinecds_report_read_with (vocab, text, length);
      if (best == NULL || mentions->len > most)
        {
          best = languages[i];
          most = mentions->len;
        }
    }
  return best;
}

GPtrArray *
spinecds_report_read_in (const char  *text,
                         gssize       length,
                         const char  *language,
                         const char **read_language,
                         GError     **error)
{
  g_autoptr(SpineCdsReportVocabulary) vocab = NULL;

  g_return_val_if_fail (text != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (language == NULL || strcmp (language, "auto") == 0)
    {
      language = read_likeliest (text != NULL ? text : "", length, error);
      if (language == NULL)
        return NULL;
    }
  vocab = spinecds_report_vocabulary_get (language, error);
  if (vocab == NULL)
    return NULL;
  if (read_language != NULL)
    *read_language = spinecds_report_vocabulary_get_language (vocab);
  return spinecds_report_read_with (vocab, text, length);
}

/* A sentence of a report (the text up to a full stop or a line end)
 * and the language it reads in, or NULL: a loan word ("bulging" in a
 * French report) is no second language. */
typedef struct
{
  gsize       end; /* the byte after it */
  const char *language;
} Sentence;

static GArray *
read_sentences (const char *text,
                gsize       length)
{
  GArray *sentences = g_array_new (FALSE, FALSE, sizeof (Sentence));

  for (gsize start = 0; start < length;)
    {
      gsize            end = start;
      g_autofree char *sentence = NULL;
      Sentence         read;

      while (end < length && text[end] != '.' && text[end] != '\n')
        end++;
      sentence = g_strndup (text + start, end - start);
      read = (Sentence) { end, spinecds_report_detect_language (sentence, -1, NULL) };
      g_array_append_val (sentences, read);
      start = end + 1;
    }
  return sentences;
}

/* The index of the sentence that holds byte @at (a word's, never a
 * full stop's); the number of sentences past the last. */
static guint
sentence_at (GArray *sentences,
             gsize   at)
{
  guint low = 0, high = sentences->len;

  /* The first sentence that ends after @at. */
  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (g_array_index (sentences, Sentence, middle).end > at)
        high = middle;
      else
        low = middle + 1;
    }
  return low;
}

/* Whether the main reading (@mentions) already says what a second
 * language's @other says: it names the code as present or doubtful, or
 * negates it in the same sentence ("Kein epidural abscess" is one
 * statement read twice). A negation in another sentence does not hide
 * it: "Keine Spinalkanalstenose … Impression: severe canal stenosis".
 * @sentence is the index of @other's. */
static gboolean
already_read (GArray                *sentences,
              GPtrArray             *mentions,
              const SpineCdsMention *other,
              guint                  sentence)
{
  for (guint i = 0; i < mentions->len; i++)
    {
      const SpineCdsMention *mention = g_ptr_array_index (mentions, i);

      if (g_strcmp0 (mention->code, other->code) == 0
          && (mention->status != SPINECDS_MENTION_NEGATED || sentence_at (sentences, mention->start) == sentence))
        return TRUE;
    }
  return FALSE;
}

static gboolean
has_sentence_in (GArray     *sentences,
                 const char *language)
{
  for (guint i = 0; i < sentences->len; i++)
    if (g_strcmp0 (g_array_index (sentences, Sentence, i).language, language) == 0)
      return TRUE;
  return FALSE;
}

const char *
spinecds_report_other_language_finds (const char *text,
                                      gssize      length,
                                      const char *read_language,
                                      GPtrArray  *mentions,
                                      GPtrArray  *codes)
{
  const char * const *languages = spinecds_report_vocabulary_get_languages ();
  g_autoptr(GArray) sentences = NULL;
  gsize size;

  g_return_val_if_fail (text != NULL || length == 0, NULL);
  g_return_val_if_fail (mentions != NULL && codes != NULL, NULL);

  text = text != NULL ? text : "";
  size = length < 0 ? strlen (text) : (gsize) length;
  /* Only a language some sentence is in can add a finding: the others
   * are not loaded (each is a tenth of a second and 10 MiB). */
  sentences = read_sentences (text, size);
  for (guint l = 0; languages[l] != NULL; l++)
    {
      g_autoptr(SpineCdsReportVocabulary) vocab = NULL;
      g_autoptr(GPtrArray) other = NULL;
      guint before = codes->len;

      if (g_strcmp0 (languages[l], read_language) == 0 || !has_sentence_in (sentences, languages[l])
          || (vocab = spinecds_report_vocabulary_get (languages[l], NULL)) == NULL)
        continue;
      other = spinecds_report_read_with (vocab, text, length);
      for (guint i = 0; i < other->len; i++)
        {
          const SpineCdsMention *mention = g_ptr_array_index (other, i);
          guint                  sentence = sentence_at (sentences, mention->start);

          if (mention->status != SPINECDS_MENTION_NEGATED && mention->section == SPINECDS_REPORT_SECTION_BODY
              && sentence < sentences->len
              && g_strcmp0 (g_array_index (sentences, Sentence, sentence).language, languages[l]) == 0
              && !already_read (sentences, mentions, mention, sentence) && !g_ptr_array_find (codes, mention->code, NULL))
            g_ptr_array_add (codes, (gpointer) mention->code);
        }
      if (codes->len > before)
        return spinecds_report_vocabulary_get_language (vocab);
    }
  return NULL;
}

SpineCdsReportSummary *
spinecds_report_summary_read (const char *text,
                              gssize      length,
                              const char *language,
                              GError    **error)
{
  const char *read_language = NULL;
  g_autoptr(GPtrArray) mentions = spinecds_report_read_in (text, length, language, &read_language, error);
  g_autoptr(SpineCdsReportVocabulary) vocab = NULL;
  SpineCdsReportSummary *self;

  if (mentions == NULL)
    return NULL;
  self = spinecds_report_summarize (mentions);
  self->language = g_strdup (read_language);
  /* The vocabulary was loaded to read the mentions: this is its cache. */
  vocab = spinecds_report_vocabulary_get (read_language, NULL);
  if (vocab != NULL)
    {
      g_ptr_array_unref (self->uncoded);
      self->uncoded = spinecds_report_read_uncoded_with (vocab, text, length);
    }
  self->also_reads_as = spinecds_report_other_language_finds (text, length, read_language, mentions, self->also_codes);
  if (language != NULL && !g_str_equal (language, "auto"))
    {
      const char *detected = spinecds_report_detect_language (text, length, NULL);

      if (g_strcmp0 (detected, language) != 0)
        self->reads_as = g_strdup (detected != NULL ? detected : "");
    }
  return self;
}

void
spinecds_report_summary_free (SpineCdsReportSummary *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->findings, g_ptr_array_unref);
  g_clear_pointer (&self->negated, g_ptr_array_unref);
  g_clear_pointer (&self->uncertain, g_ptr_array_unref);
  g_clear_pointer (&self->at_levels, g_ptr_array_unref);
  g_clear_pointer (&self->uncoded, g_ptr_array_unref);
  g_clear_pointer (&self->also_codes, g_ptr_array_unref);
  g_free (self->language);
  g_free (self->reads_as);
  g_free (self);
}

/* ------------------------------------------------------------------ */
/* Output                                                              */
/* ------------------------------------------------------------------ */

/* The nicks of spinecds-types.h, which CASE-FORMAT fixes. */
static const char *
grade_nick (SpineCdsGrade grade)
{
  switch (grade)
    {
    case SPINECDS_GRADE_MILD: return "mild";
    case SPINECDS_GRADE_MODERATE: return "moderate";
    case SPINECDS_GRADE_SEVERE: return "severe";
    default: return NULL;
    }
}

static void
append_key (GString    *out,
            guint       indent,
            const char *key)
{
  spinecds_json_append_indent (out, indent);
  spinecds_json_append_string (out, key);
  g_string_append (out, ": ");
}

static void
append_nullable (GString    *out,
                 const char *value)
{
  if (value != NULL)
    spinecds_json_append_string (out, value);
  else
    g_string_append (out, "null");
}

/* A member of a mention after its first: the separator, then the key. */
static void
append_mention_key (GString    *out,
                    const char *key)
{
  g_string_append (out, ",\n");
  append_key (out, 3, key);
}

static void
append_mention_text (GString    *out,
                     const char *key,
                     const char *value)
{
  append_mention_key (out, key);
  append_nullable (out, value);
}

static void
append_mention_offset (GString    *out,
                       const char *key,
                       gsize       offset)
{
  append_mention_key (out, key);
  spinecds_json_append_number (out, offset);
}

static void
append_mention_json (GString               *out,
                     const SpineCdsMention *mention)
{
  spinecds_json_append_indent (out, 2);
  g_string_append (out, "{\n");
  append_key (out, 3, "code");
  spinecds_json_append_string (out, mention->code);
  append_mention_text (out, "grade", grade_nick (mention->grade));
  append_mention_text (out, "level", mention->level);
  append_mention_text (out, "text", mention->text);
  append_mention_offset (out, "start", mention->start);
  append_mention_offset (out, "end", mention->end);
  g_string_append_c (out, '\n');
  spinecds_json_append_indent (out, 2);
  g_string_append_c (out, '}');
}

static void
append_list_json (GString         *out,
                  const char      *key,
                  const GPtrArray *list,
                  gboolean         last)
{
  append_key (out, 1, key);
  if (list->len == 0)
    g_string_append (out, "[]");
  else
    {
      g_string_append (out, "[\n");
      for (guint i = 0; i < list->len; i++)
        {
          append_mention_json (out, g_ptr_array_index (list, i));
          g_string_append (out, i + 1 < list->len ? ",\n" : "\n");
        }
      spinecds_json_append_indent (out, 1);
      g_string_append_c (out, ']');
    }
  g_string_append (out, last ? "\n" : ",\n");
}

static void
append_uncoded_json (GString         *out,
                     const GPtrArray *uncoded)
{
  /* Only when there is any, as reads_as: a report without them keeps
   * the shape the contract gives. */
  if (uncoded->len == 0)
    return;
  append_key (out, 1, "not_coded");
  g_string_append (out, "[\n");
  for (guint i = 0; i < uncoded->len; i++)
    {
      const SpineCdsMention *mention = g_ptr_array_index (uncoded, i);

      spinecds_json_append_indent (out, 2);
      g_string_append (out, "{\n");
      append_key (out, 3, "text");
      spinecds_json_append_string (out, mention->text);
      append_mention_offset (out, "start", mention->start);
      append_mention_offset (out, "end", mention->end);
      g_string_append_c (out, '\n');
      spinecds_json_append_indent (out, 2);
      g_string_append (out, i + 1 < uncoded->len ? "},\n" : "}\n");
    }
  spinecds_json_append_indent (out, 1);
  g_string_append (out, "],\n");
}

char *
spinecds_report_summary_to_json (const SpineCdsReportSummary *self)
{
  GString *out;

  g_return_val_if_fail (self != NULL, NULL);

  out = g_string_new ("{\n");
  append_key (out, 1, "language");
  spinecds_json_append_string (out, self->language != NULL ? self->language : "en");
  g_string_append (out, ",\n");
  /* An addition to the contract: a program reading the JSON learns
   * what the warning on standard error says. */
  if (self->reads_as != NULL && *self->reads_as != '\0')
    {
      append_key (out, 1, "reads_as");
      spinecds_json_append_string (out, self->reads_as);
      g_string_append (out, ",\n");
    }
  /* One entry per code and level, each with its own grade: what an
   * import adds to the case (a code may repeat at other levels). */
  append_list_json (out, "findings", self->at_levels, FALSE);
  append_list_json (out, "negated", self->negated, FALSE);
  append_list_json (out, "uncertain", self->uncertain, FALSE);
  /* An addition to the contract: what the report names that has no
   * code, so that the codes above are not taken for the whole report. */
  append_uncoded_json (out, self->uncoded);
  /* An addition, only when set: findings only another language reads. */
  if (self->also_reads_as != NULL)
    {
      append_key (out, 1, "also_reads_as");
      g_string_append (out, "{ \"language\": ");
      spinecds_json_append_string (out, self->also_reads_as);
      g_string_append (out, ", \"codes\": [");
      for (guint i = 0; i < self->also_codes->len; i++)
        {
          g_string_append (out, i > 0 ? ", " : "");
          spinecds_json_append_string (out, g_ptr_array_index (self->also_codes, i));
        }
      g_string_append (out, "] },\n");
    }
  /* An addition to the contract: never a silent "no findings". */
  append_key (out, 1, "read_nothing");
  g_string_append (out, spinecds_report_summary_read_nothing (self) ? "true\n" : "false\n");
  g_string_append (out, "}\n");
  return g_string_free (out, FALSE);
}

static void
append_list_text (GString         *out,
                  const char      *title,
                  const GPtrArray *list)
{
  g_string_append_printf (out, "%s\n", title);
  if (list->len == 0)
    /* Translators: an empty list of report findings */
    g_string_append_printf (out, "  %s\n", _ ("none"));

  for (guint i = 0; i < list->len; i++)
    {
      const SpineCdsMention  *mention = g_ptr_array_index (list, i);
      const SpineCdsCodeInfo *info = spinecds_codes_lookup (SPINECDS_CODE_KIND_FINDING, mention->code);
      const char             *grade = grade_nick (mention->grade);

      g_string_append_printf (out, "  %s (%s)", _ (info->label), mention->code);
      if (grade != NULL)
        g_string_append_printf (out, ", %s", grade);
      if (mention->level != NULL)
        g_string_append_printf (out, ", %s", mention->level);
      /* Translators: the phrase of the report and its byte offsets */
      g_string_append_printf (out, _ (": “%s”, bytes %lu–%lu\n"),
                              mention->text, (gulong) mention->start, (gulong) mention->end);
    }
}

char *
spinecds_report_summary_dup_other_language_message (const SpineCdsReportSummary *self)
{
  g_autoptr(GString) names = g_string_new (NULL);

  g_return_val_if_fail (self != NULL && self->also_reads_as != NULL, NULL);

  for (guint i = 0; i < self->also_codes->len; i++)
    {
      const SpineCdsCodeInfo *info = spinecds_codes_lookup (SPINECDS_CODE_KIND_FINDING, g_ptr_array_index (self->also_codes, i));

      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append (names, _ (info->label));
    }
  /* Translators: %1$s is a language ("English"), %2$s the language the report was read in, %3$s a list of findings */
  return g_strdup_printf (_ ("Part of this report may be in %1$s: read in %1$s it also names %3$s, which the reading in "
                             "%2$s did not find. Read the report for them: they are not among the findings above."),
                          spinecds_report_language_get_name (self->also_reads_as),
                          spinecds_report_language_get_name (self->language), names->str);
}

gboolean
spinecds_report_summary_read_nothing (const SpineCdsReportSummary *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  return self->findings->len + self->negated->len + self->uncertain->len == 0;
}

char *
spinecds_report_summary_to_text (const SpineCdsReportSummary *self)
{
  GString *out;

  g_return_val_if_fail (self != NULL, NULL);

  out = g_string_new (NULL);
  if (self->language != NULL)
    /* Translators: the language a radiology report was read in, "German" */
    g_string_append_printf (out, _ ("Language: %s\n"), spinecds_report_language_get_name (self->language));
  /* Translators: headings of the findings read from a radiology report */
  append_list_text (out, _ ("Findings:"), self->at_levels);
  append_list_text (out, _ ("Negated:"), self->negated);
  append_list_text (out, _ ("Uncertain:"), self->uncertain);
  if (self->uncoded->len > 0)
    {
      g_string_append_printf (out, "%s\n",
                              _ ("Named in the report, with no code in SpineCDS (read the report for these; "
                                 "they are not among the findings above):"));
      for (guint i = 0; i < self->uncoded->len; i++)
        {
          const SpineCdsMention *mention = g_ptr_array_index (self->uncoded, i);

          /* Translators: a phrase of the report and its byte offsets */
          g_string_append_printf (out, _ ("  “%s”, bytes %lu–%lu\n"), mention->text, (gulong) mention->start,
                                  (gulong) mention->end);
        }
    }
  if (self->also_reads_as != NULL)
    {
      g_autofree char *message = spinecds_report_summary_dup_other_language_message (self);

      g_string_append_printf (out, "%s\n", message);
    }
  if (spinecds_report_summary_read_nothing (self) && self->uncoded->len > 0)
    g_string_append_printf (out, "%s\n",
                            _ ("No finding SpineCDS has a code for was read from this report, present or absent: "
                               "only what is named above. Do not take it for a normal report."));
  else if (spinecds_report_summary_read_nothing (self))
    g_string_append_printf (out, "%s\n",
                            _ ("Nothing was read from this report: no finding, present or absent. "
                               "Do not take it for a normal report."));
  return g_string_free (out, FALSE);
}

GPtrArray *
spinecds_report_summary_dup_code_findings (const SpineCdsReportSummary *self,
                                           const char                  *code)
{
  GPtrArray *findings;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (code != NULL, NULL);

  findings = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; self->at_levels != NULL && i < self->at_levels->len; i++)
    {
      const SpineCdsMention *mention = g_ptr_array_index (self->at_levels, i);
      SpineCdsFinding       *finding;

      if (!g_str_equal (mention->code, code))
        continue;
      finding = spinecds_finding_new (mention->code);
      spinecds_finding_set_grade (finding, mention->grade);
      spinecds_finding_set_level (finding, mention->level);
      g_ptr_array_add (findings, finding);
    }
  return findings;
}

GPtrArray *
spinecds_report_summary_dup_findings (const SpineCdsReportSummary *self)
{
  GPtrArray *findings;

  g_return_val_if_fail (self != NULL, NULL);

  findings = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < self->at_levels->len; i++)
    {
      const SpineCdsMention *mention = g_ptr_array_index (self->at_levels, i);
      SpineCdsFinding       *finding = spinecds_finding_new (mention->code);

      spinecds_finding_set_grade (finding, mention->grade);
      spinecds_finding_set_level (finding, mention->level);
      g_ptr_array_add (findings, finding);
    }
  return findings;
}
