/* spinecds-report-tokenizer.c: words, levels, punctuation, sentences and sections
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "spinecds-report"

#include "config.h"

#include <string.h>

#include "spinecds-report-reader-private.h"

/* Lines shorter than this are list items or headings; longer lines
 * ending mid-sentence were wrapped by the reporting system. */
#define WRAPPED_LINE_LENGTH 50

gboolean
report_is_word_byte (const char *text,
                     gsize       length,
                     gsize       i)
{
  guchar c = (guchar) text[i];

  if (c < 0x80)
    return g_ascii_isalnum (c);
  return report_separator_length ((const guchar *) text + i, length - i) == 0;
}

static gboolean
is_word_byte (const Reader *r,
              gsize         i)
{
  return report_is_word_byte (r->text, r->length, i);
}

static guint
hash_bytes (const char *p,
            gsize       length)
{
  guint32 hash = 2166136261u; /* FNV-1a */

  for (gsize i = 0; i < length; i++)
    hash = (hash ^ (guchar) p[i]) * 16777619u;
  return hash;
}

static guint32
lookup_word (const Reader *r,
             gsize         start,
             gsize         end)
{
  gsize       length = end - start;
  CachedWord *slot = &r->cache[hash_bytes (r->text + start, length) & r->cache_mask];

  if (slot->length == length && memcmp (r->text + slot->start, r->text + start, length) == 0)
    return slot->id;

  slot->start = start;
  slot->length = (guint32) MIN (length, G_MAXUINT32);
  slot->id = report_lookup_word (r->vocab, r->text + start, length);
  return slot->id;
}

/* A lower-case first letter, in any script. */
static gboolean
starts_lower (const Reader *r,
              const Token  *token)
{
  gunichar c = g_utf8_get_char_validated (r->text + token->start, token->end - token->start);

  return c != (gunichar) -1 && c != (gunichar) -2 && g_unichar_islower (c);
}

static gboolean
is_capitals (const Reader *r,
             const Token  *token)
{
  gboolean letters = FALSE;

  for (gsize i = token->start; i < token->end; i++)
    {
      if (g_ascii_islower (r->text[i]))
        return FALSE;
      letters |= g_ascii_isupper (r->text[i]);
    }
  return letters;
}

typedef struct
{
  guint newlines;      /* line breaks since the last token */
  gsize line_begin;    /* offset of the current line */
  gsize previous_line; /* length of the line before it */
} TokenizerState;

static void
push_token (Reader         *r,
            TokenizerState *state,
            Token          *token)
{
  const Token *previous = r->tokens->len > 0 ? &g_array_index (r->tokens, Token, r->tokens->len - 1) : NULL;

  token->match = -1;
  token->heading_first = token->heading_last = -1;

  if (previous == NULL || state->newlines > 0)
    token->flags |= TOKEN_LINE_START;

  if (state->newlines >= 2)
    token->flags |= TOKEN_BLANK_BEFORE | TOKEN_BREAK_BEFORE;
  else if (state->newlines == 1)
    {
      /* A long line that stops mid-clause and goes on in lower case (or
       * in capitals, in a report written all in capitals) was wrapped,
       * not ended. */
      gboolean wrapped = state->previous_line >= WRAPPED_LINE_LENGTH
                         && previous != NULL
                         && (previous->kind == TOKEN_WORD || previous->kind == TOKEN_LEVEL
                             || previous->kind == TOKEN_COMMA)
                         && token->kind == TOKEN_WORD
                         && (starts_lower (r, token)
                             || (previous->kind == TOKEN_WORD && is_capitals (r, previous)
                                 && is_capitals (r, token)));
      if (!wrapped)
        token->flags |= TOKEN_BREAK_BEFORE;
    }

  state->newlines = 0;
  g_array_append_val (r->tokens, *token);
}

/* A full stop ends a sentence when followed by a space, a line break, a
 * closing mark or the end, unless it closes an abbreviation ("e.g.",
 * "vs."); "2.5 mm" and "e.g" keep going. */
static gboolean
is_full_stop (Reader *r,
              gsize   i)
{
  const Token *previous;
  guchar       next;

  if (i + 1 < r->length)
    {
      next = (guchar) r->text[i + 1];
      if (!g_ascii_isspace (next) && next != '"' && next != ')' && next != '\'' && next != ']'
          && report_separator_length ((const guchar *) r->text + i + 1, r->length - i - 1) == 0)
        return FALSE;
    }

  if (r->tokens->len == 0)
    return TRUE;

  previous = &g_array_index (r->tokens, Token, r->tokens->len - 1);
  if (previous->kind == TOKEN_WORD && previous->end == i)
    {
      if (previous->end - previous->start == 1 && g_ascii_islower (r->text[previous->start]))
        return FALSE;
      if (token_has (r, previous, WORD_ABBREVIATION))
        return FALSE;
    }
  return TRUE;
}

/* "lumbosacral junction", "atlanto-axial": the words just pushed become
 * one level token. */
static void
join_named_level (Reader *r)
{
  guint         n_tokens = r->tokens->len;
  const GArray *named = r->vocab->named_levels;

  for (guint i = 0; i < named->len; i++)
    {
      const NamedLevel *level = &g_array_index (named, NamedLevel, i);
      guint             n = 0;
      gboolean          same = TRUE;
      Token            *first;

      while (level->words[n] != 0)
        n++;
      if (n == 0 || n > n_tokens)
        continue;
      for (guint j = 0; j < n && same; j++)
        {
          const Token *token = token_at (r, n_tokens - n + j);

          same = token->kind == TOKEN_WORD && token->word == level->words[j];
        }
      if (!same)
        continue;

      first = token_at (r, n_tokens - n);
      first->kind = TOKEN_LEVEL;
      first->word = 0;
      first->first = level->first;
      first->last = level->last;
      first->end = token_at (r, n_tokens - 1)->end;
      g_array_set_size (r->tokens, n_tokens - n + 1);
      return;
    }
}

/* The region letter of a vertebra abbreviation of the vocabulary that
 * starts the word at [@i, @end): "HWK" (cervical), "Th" (thoracic).
 * Sets @digits to where its number starts in the word, or @end. */
static char
vertebra_prefix (const Reader *r,
                 gsize         i,
                 gsize         end,
                 gsize        *digits)
{
  char     head[8];
  gsize    n = 0;
  gpointer region;

  while (i + n < end && g_ascii_isalpha (r->text[i + n]) && n < sizeof head - 1)
    {
      head[n] = g_ascii_tolower (r->text[i + n]);
      n++;
    }
  if (n == 0 || (i + n < end && !g_ascii_isdigit (r->text[i + n])))
    return '\0';
  head[n] = '\0';
  region = g_hash_table_lookup (r->vocab->vertebra_prefixes, head);
  *digits = i + n;
  return region != NULL ? (char) GPOINTER_TO_INT (region) : '\0';
}

/* One vertebra or range written with a vocabulary abbreviation at @i:
 * "HWK 5/6", "HWK5/6", "Th12/L1". Returns the end of the level, or 0. */
static gsize
scan_one_prefixed_level (const Reader *r,
                         gsize         i,
                         gsize         end,
                         int          *first,
                         int          *last)
{
  gsize digits, used;
  char  region = vertebra_prefix (r, i, end, &digits);

  if (region == '\0')
    return 0;
  /* "HWK 5": at most two spaces between the abbreviation and its number. */
  for (guint spaces = 0; digits == end && digits < r->length && r->text[digits] == ' ' && spaces < 2; spaces++)
    digits++, end++;
  if (digits >= r->length || !g_ascii_isdigit (r->text[digits]))
    return 0;

  used = report_parse_level (r->text + digits, r->length - digits, region, first, last);
  return used > 0 && digits + used >= end ? digits + used : 0;
}

/* A prefixed level, or two joined by a slash or a dash where the region
 * changes: "LWK 5/SWK 1", "BWK 12 - LWK 1" is one range, as "L5/S1" is
 * (a heading "LWK 5/SWK 1:" then names its level). */
static gsize
scan_prefixed_level (const Reader *r,
                     gsize         i,
                     gsize         end,
                     int          *first,
                     int          *last)
{
  gsize level_end = scan_one_prefixed_level (r, i, end, first, last);
  gsize p = level_end, next_end;
  int   next_first, next_last;

  if (level_end == 0)
    return 0;
  while (p < r->length && r->text[p] == ' ')
    p++;
  if (p >= r->length || (r->text[p] != '/' && r->text[p] != '-'))
    return level_end;
  for (p++; p < r->length && r->text[p] == ' '; p++)
    ;
  next_end = p;
  while (next_end < r->length && is_word_byte (r, next_end))
    next_end++;
  next_end = next_end > p ? scan_one_prefixed_level (r, p, next_end, &next_first, &next_last) : 0;
  if (next_end == 0 || next_first <= *last)
    return level_end;

  *last = next_last;
  return next_end;
}

static gsize
scan_word (Reader         *r,
           TokenizerState *state,
           gsize           i)
{
  Token token = { 0 };
  gsize end = i;
  int   first, last;
  gsize used;

  while (end < r->length && is_word_byte (r, end))
    end++;

  used = report_parse_level (r->text + i, r->length - i, '\0', &first, &last);
  if (used < end - i && (used = scan_prefixed_level (r, i, end, &first, &last)) > 0)
    used -= i;

  if (used >= end - i)
    {
      token.kind = TOKEN_LEVEL;
      token.first = first;
      token.last = last;
      end = i + used;
    }
  else
    {
      token.kind = TOKEN_WORD;
      token.word = lookup_word (r, i, end);
    }

  token.start = i;
  token.end = end;
  push_token (r, state, &token);
  if (token.kind == TOKEN_WORD && token.word != 0)
    join_named_level (r);
  return end;
}

/* "? discitis", "fall, ?L1 fracture": a question mark that opens what
 * follows it asks about it; one that closes a sentence ends it. */
static gboolean
is_query_mark (const Reader *r,
               gsize         i)
{
  guchar before = i > 0 ? (guchar) r->text[i - 1] : ' ';
  guchar after = i + 1 < r->length ? (guchar) r->text[i + 1] : '\n';

  if (before != ' ' && before != '\t' && before != ',' && before != '(' && before != ':' && before != '\n')
    return FALSE;
  return after == ' ' ? i + 2 < r->length && g_ascii_isalnum (r->text[i + 2]) : g_ascii_isalnum (after);
}

static void
cut_tokens (Reader *r)
{
  TokenizerState state = { 0, 0, 0 };
  gsize          i = 0;

  while (i < r->length)
    {
      guchar c = (guchar) r->text[i];
      Token  token = { 0 };
      gsize  skip;

      if (c == '\n')
        {
          state.newlines = MIN (state.newlines + 1, 2);
          state.previous_line = i - state.line_begin;
          state.line_begin = ++i;
          continue;
        }

      if (is_word_byte (r, i))
        {
          i = scan_word (r, &state, i);
          continue;
        }

      if (c >= 0x80 && (skip = report_separator_length ((const guchar *) r->text + i, r->length - i)) > 0)
        {
          i += skip;
          continue;
        }

      token.start = i;
      token.end = i + 1;
      switch (c)
        {
        case ',': token.kind = TOKEN_COMMA; break;
        case ';': token.kind = TOKEN_SEMICOLON; break;
        case ':': token.kind = TOKEN_COLON; break;
        case '?':
          if (is_query_mark (r, i))
            {
              token.kind = TOKEN_WORD;
              token.flags = TOKEN_QUERY;
              break;
            }
          token.kind = TOKEN_STOP;
          break;
        case '!': token.kind = TOKEN_STOP; break;
        case '.':
          if (!is_full_stop (r, i))
            {
              i++;
              continue;
            }
          token.kind = TOKEN_STOP;
          break;
        default:
          i++;
          continue;
        }
      push_token (r, &state, &token);
      i++;
    }
}

/* A bare number of one or two digits: "7" in "HWK 4 bis 7". */
static int
bare_number (const Reader *r,
             const Token  *token)
{
  gsize length = token->end - token->start;

  if (token->kind != TOKEN_WORD || length == 0 || length > 2)
    return -1;
  for (gsize i = token->start; i < token->end; i++)
    if (!g_ascii_isdigit (r->text[i]))
      return -1;
  return (int) g_ascii_strtoll (r->text + token->start, NULL, 10);
}

/* "L4 to 5 mm": a size, not a vertebra. */
static gboolean
followed_by_unit (const Reader *r,
                  guint         i)
{
  static const char * const units[] = { "mm", "cm", "%", "°", NULL };
  const Token              *next = i + 1 < r->tokens->len ? token_at (r, i + 1) : NULL;

  if (next == NULL || next->kind != TOKEN_WORD)
    return FALSE;
  for (guint u = 0; units[u] != NULL; u++)
    if (next->end - next->start == strlen (units[u]) && g_ascii_strncasecmp (r->text + next->start, units[u], strlen (units[u])) == 0)
      return TRUE;
  return FALSE;
}

/* "HWK 4 bis 7", "C4 to 7", "LWK 3 bis 5": a range whose second end
 * names only its number is of the first end's column. */
static void
resolve_bare_range_ends (Reader *r)
{
  /* The last ordinal of each column: C7, T12, L5, S5. */
  static const int column_ends[] = { 7, 19, 24, 29 };

  for (guint i = 2; i < r->tokens->len; i++)
    {
      Token       *token = token_at (r, i);
      const Token *from = token_at (r, i - 2);
      int          number = bare_number (r, token);
      int          base = 0, end = 0;

      if (number < 0 || from->kind != TOKEN_LEVEL || from->first != from->last
          || token_at (r, i - 1)->kind != TOKEN_WORD || !token_has (r, token_at (r, i - 1), WORD_RANGE)
          || followed_by_unit (r, i))
        continue;
      for (guint c = 0; c < G_N_ELEMENTS (column_ends); c++)
        {
          end = column_ends[c];
          if (from->first <= end)
            break;
          base = end;
        }
      if (base + number <= from->first || base + number > end)
        continue;
      token->kind = TOKEN_LEVEL;
      token->word = 0;
      token->first = token->last = base + number;
    }
}

/* "T1", "T2" or "T1/T2": a vertebra, or an MRI sequence. */
static gboolean
is_sequence_candidate (const Token *token)
{
  return token->kind == TOKEN_LEVEL && token->first >= 8 && token->last <= 9;
}

static void
demote_to_sequence (Reader *r,
                    Token  *token)
{
  token->kind = TOKEN_WORD;
  token->word = lookup_word (r, token->start, token->end);
  token->flags |= TOKEN_SEQUENCE;
}

/* The words around "T2" tell the thoracic vertebra from the sequence:
 * "T2 hyperintensity", "on T2", and its neighbours in "T1 and T2". */
static void
resolve_sequences (Reader *r)
{
  guint n = r->tokens->len;

  for (guint i = 0; i < n; i++)
    {
      Token *token = token_at (r, i);

      if (!is_sequence_candidate (token))
        continue;
      /* "hyperintense on T2", but not "listhesis of C7 on T1"; "T2 cord
       * signal" and "hiperseñal medular T2" name the sequence too, "cord
       * compression at T2" and "compresión medular T2" do not. */
      if ((i + 1 < n && token_has (r, token_at (r, i + 1), WORD_SEQUENCE_NEXT))
          || (i + 2 < n && token_has (r, token_at (r, i + 1), WORD_SEQUENCE_SUBJECT)
              && token_has (r, token_at (r, i + 2), WORD_SEQUENCE_NEXT))
          || (i > 0 && token_has (r, token_at (r, i - 1), WORD_SEQUENCE_BEFORE)
              && (i < 2 || token_at (r, i - 2)->kind != TOKEN_LEVEL))
          || (i > 1 && token_has (r, token_at (r, i - 1), WORD_SEQUENCE_SUBJECT)
              && token_has (r, token_at (r, i - 2), WORD_SEQUENCE_BEFORE)))
        demote_to_sequence (r, token);
    }

  for (guint i = n; i-- > 0;)
    {
      Token *token = token_at (r, i);

      if (!is_sequence_candidate (token))
        continue;
      if ((i + 1 < n && is_sequence (token_at (r, i + 1)))
          || (i + 2 < n && token_has (r, token_at (r, i + 1), WORD_GRADE_CONNECTOR)
              && is_sequence (token_at (r, i + 2)))
          || (i > 0 && is_sequence (token_at (r, i - 1)))
          || (i > 1 && token_has (r, token_at (r, i - 1), WORD_GRADE_CONNECTOR)
              && is_sequence (token_at (r, i - 2))))
        demote_to_sequence (r, token);
    }
}

static void
number_sentences (Reader *r)
{
  guint32 sentence = 0;

  for (guint i = 0; i < r->tokens->len; i++)
    {
      Token *token = token_at (r, i);

      if (i > 0 && (token_at (r, i - 1)->kind == TOKEN_STOP || (token->flags & TOKEN_BREAK_BEFORE)))
        sentence++;
      token->sentence = sentence;
    }
}

/* Length in tokens of a section heading at @i ("CLINICAL HISTORY:",
 * or "IMPRESSION" alone on its line), or 0. */
static guint
match_heading (Reader *r,
               guint   i,
               int    *section)
{
  const Token *start = token_at (r, i);
  guint        node = HEADING_ROOT;
  guint        best = 0;

  for (guint j = i; j < r->tokens->len && j < i + 6; j++)
    {
      const Token    *token = token_at (r, j);
      guint           child;
      const TrieNode *trie;

      if (token->kind != TOKEN_WORD || token->word == 0 || (j > i && (token->flags & TOKEN_LINE_START)))
        break;
      child = report_vocabulary_child (r->vocab, node, token->word);
      if (child == 0)
        break;
      node = child - 1;
      trie = &g_array_index (r->vocab->nodes, TrieNode, node);
      if (trie->section >= 0)
        {
          gboolean colon = j + 1 < r->tokens->len && token_at (r, j + 1)->kind == TOKEN_COLON;
          gboolean alone = (start->flags & TOKEN_LINE_START)
                           && (j + 1 == r->tokens->len || (token_at (r, j + 1)->flags & TOKEN_LINE_START));
          if (colon || alone)
            {
              best = j - i + 1;
              *section = trie->section;
            }
        }
    }

  return best;
}

/* Whether a colon follows the level token at @k, directly or after a
 * remark in parentheses on the same line: "L3-L4 (étage sus-jacent) :". */
static gboolean
colon_after_level (const Reader *r,
                   guint         k)
{
  gsize p = token_at (r, k)->end;
  gsize limit = MIN (r->length, p + 80);

  if (token_at (r, k + 1)->kind == TOKEN_COLON)
    return TRUE;
  while (p < limit && (r->text[p] == ' ' || r->text[p] == '\t'))
    p++;
  if (p >= limit || r->text[p] != '(')
    return FALSE;
  while (p < limit && r->text[p] != ')' && r->text[p] != '\n')
    p++;
  if (p >= limit || r->text[p] != ')')
    return FALSE;
  for (p++; p < limit && (r->text[p] == ' ' || r->text[p] == '\t'); p++)
    ;
  return p < limit && r->text[p] == ':';
}

/* "L4-L5" and "L5-S1" share a vertebra; "L4" and "L5" are next to each
 * other; "C4-C5" and "C6-C7" leave the C5-C6 disc between them. */
static gboolean
neighbours (const Token *a,
            const Token *b)
{
  if (a->first == a->last && b->first == b->last)
    return b->first == a->last + 1;
  return b->first <= a->last && b->first >= a->first;
}

/* The last level of a run of neighbouring levels joined by connectors
 * that starts at @k: "LWK 4/5 und LWK 5/SWK 1" (one heading reads as
 * one range, so levels with a gap between them make none). */
static guint
last_joined_level (const Reader *r,
                   guint         k)
{
  while (k + 2 < r->tokens->len && token_at (r, k + 2)->kind == TOKEN_LEVEL
         && neighbours (token_at (r, k), token_at (r, k + 2))
         && (token_at (r, k + 1)->kind == TOKEN_COMMA
             || (token_at (r, k + 1)->kind == TOKEN_WORD && token_has (r, token_at (r, k + 1), WORD_LEVEL_CONNECTOR))))
    k += 2;
  return k;
}

/* Tokens from @i up to the last level of a level heading: the level (or
 * levels joined by "and") alone, or after one or two words that
 * introduce a level ("En", "Niveau", "Höhe"), then a colon; @first is
 * the first level's token. 0 when there is none. */
static guint
level_heading (const Reader *r,
               guint         i,
               guint        *first)
{
  for (guint n = 0; n < 3 && i + n + 1 < r->tokens->len; n++)
    {
      const Token *token = token_at (r, i + n);

      if (token->kind == TOKEN_LEVEL)
        {
          guint last = last_joined_level (r, i + n);

          *first = i + n;
          return colon_after_level (r, last) ? last - i + 1 : 0;
        }
      if (token->kind != TOKEN_WORD || !token_has (r, token, WORD_LEVEL_CONNECTOR)
          || (n > 0 && (token->flags & TOKEN_LINE_START)))
        return 0;
    }
  return 0;
}

/* Text follows the heading that ends before token @k on its line. */
static gboolean
has_inline_text (const Reader *r,
                 guint         k)
{
  if (k < r->tokens->len && token_at (r, k)->kind == TOKEN_COLON)
    k++;
  return k < r->tokens->len && !(token_at (r, k)->flags & TOKEN_LINE_START);
}

static void
mark_sections (Reader *r)
{
  SpineCdsReportSection section = SPINECDS_REPORT_SECTION_BODY;
  SpineCdsReportSection resume = SPINECDS_REPORT_SECTION_BODY;
  int                   heading_first = -1, heading_last = -1;
  guint                 section_tokens = 0;
  gboolean              inline_context = FALSE; /* an inline context heading's line goes on */

  for (guint i = 0; i < r->tokens->len; i++)
    {
      Token   *token = token_at (r, i);
      gboolean at_start = i == 0 || (token->flags & TOKEN_LINE_START)
                          || token_at (r, i - 1)->kind == TOKEN_STOP;
      int   found;
      guint n, first_level;

      /* "Indication: fall.\nL1 burst fracture.": a context heading with
       * its text on the same line covers that line only (and its
       * wrapped continuation), not the findings on the next. */
      if (inline_context && (token->flags & TOKEN_BREAK_BEFORE))
        {
          section = resume;
          inline_context = FALSE;
        }

      if (token->flags & TOKEN_BLANK_BEFORE)
        {
          heading_first = heading_last = -1;
          /* A paragraph of history ends its section: reports often go
           * on to the findings without a heading, and dropping them
           * would be worse than reading a stray line of context. */
          if (section_tokens > 0)
            section = SPINECDS_REPORT_SECTION_BODY;
        }

      if (at_start && (n = match_heading (r, i, &found)) > 0)
        {
          resume = inline_context ? resume : section;
          inline_context = found == SPINECDS_REPORT_SECTION_CONTEXT && has_inline_text (r, i + n);
          section = found;
          section_tokens = 0;
          heading_first = heading_last = -1;
          for (guint j = i; j < i + n; j++)
            {
              token_at (r, j)->flags |= TOKEN_HEADING;
              token_at (r, j)->section = section;
            }
          i += n - 1;
          continue;
        }

      /* "C5-C6: Disc bulge. Mild foraminal narrowing.", "En L4-L5 :",
       * "Niveau C5-C6 :", "Höhe LWK 4/5:". */
      if (at_start && (n = level_heading (r, i, &first_level)) > 0)
        {
          heading_first = token_at (r, first_level)->first;
          heading_last = token_at (r, i + n - 1)->last;
        }

      if (token->kind == TOKEN_WORD || token->kind == TOKEN_LEVEL)
        section_tokens++;
      token->section = section;
      token->heading_first = heading_first;
      token->heading_last = heading_last;
    }
}

void
report_tokenize (Reader *r)
{
  /* A few words per hundred bytes are new; a power of two, 64 to 4096. */
  guint slots = 64;

  while (slots < 4096 && slots < r->length / 16)
    slots *= 2;
  r->cache = g_new0 (CachedWord, slots);
  r->cache_mask = slots - 1;

  cut_tokens (r);
  resolve_bare_range_ends (r);
  resolve_sequences (r);
  number_sentences (r);
  mark_sections (r);
}
