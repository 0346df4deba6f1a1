/* spinecds-report-reader-private.h: what the passes of the report reader share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reader is a pipeline over one Reader: the tokenizer cuts the text
 * into Tokens (spinecds-report-tokenizer.c), headings mark sections,
 * the phrase trie of the vocabulary finds Matches and NegEx decides
 * their status (spinecds-report-scopes.c), grades and levels are
 * attached (spinecds-report-attachment.c), and mentions are made and
 * summarised (spinecds-report-reader.c). The vocabulary's own
 * structures, which need nothing of the reader, are in
 * spinecds-report-vocabulary-private.h. None of this is public API.
 */
#pragma once

#include "spinecds-report-reader.h"
#include "spinecds-report-vocabulary-private.h"

G_BEGIN_DECLS

/* Levels (spinecds-report-levels.c) ------------------------------------ */

/* Up to 26 ranges (every vertebra one), in the order of the text. */
#define MAX_RANGES 26

typedef struct
{
  gint8 first[MAX_RANGES];
  gint8 last[MAX_RANGES];
  guint n;
} Levels;

void     report_levels_add (Levels *levels,
                            int     first,
                            int     last);
gboolean report_levels_has (const Levels *levels,
                            int           first,
                            int           last);
char    *report_levels_format (const Levels *levels);
void     report_levels_parse (Levels     *levels,
                              const char *text);

/* Tokens (spinecds-report-tokenizer.c) --------------------------------- */

typedef enum
{
  TOKEN_WORD,
  TOKEN_LEVEL,
  TOKEN_COMMA,
  TOKEN_SEMICOLON,
  TOKEN_COLON,
  TOKEN_STOP,
} TokenKind;

enum
{
  TOKEN_LINE_START = 1 << 0,   /* first token of a line */
  TOKEN_BLANK_BEFORE = 1 << 1, /* a blank line precedes it */
  TOKEN_BREAK_BEFORE = 1 << 2, /* a line break ends the sentence before it */
  TOKEN_HEADING = 1 << 3,      /* part of a section heading */
  TOKEN_SEQUENCE = 1 << 4,     /* "T2" naming an MRI sequence */
  TOKEN_QUERY = 1 << 5,        /* "? discitis": a question mark before a finding */
};

typedef struct
{
  gsize   start;
  gsize   end;
  guint32 word; /* vocabulary id of a WORD; 0 when unknown */
  guint32 sentence;
  gint32  match; /* index of the phrase match covering it, or -1 */
  guint8  kind;  /* TokenKind */
  guint8  flags;
  guint8  section; /* SpineCdsReportSection */
  gint8   first;   /* LEVEL: vertebra ordinals */
  gint8   last;
  gint8   heading_first; /* the "C5-C6:" heading over this token, or -1 */
  gint8   heading_last;
} Token;

typedef struct
{
  const Phrase *phrase;
  guint         first; /* token indexes, inclusive */
  guint         last;
} Match;

/* A report repeats its words: each distinct spelling is normalised
 * once. Direct-mapped, by a hash of the bytes. */
typedef struct
{
  gsize   start;  /* where in the text the word was first seen */
  guint32 length; /* 0: empty slot */
  guint32 id;
} CachedWord;

typedef struct
{
  const SpineCdsReportVocabulary *vocab;
  const char                     *text;
  gsize                           length;
  GArray                         *tokens;  /* Token */
  GArray                         *matches; /* Match */
  CachedWord                     *cache;
  guint                           cache_mask;
} Reader;

static inline Token *
token_at (const Reader *r,
          guint         i)
{
  return &g_array_index (r->tokens, Token, i);
}

static inline const WordInfo *
word_info (const Reader *r,
           const Token  *token)
{
  guint32 id = token->kind == TOKEN_WORD ? token->word : 0;

  return &g_array_index (r->vocab->words, WordInfo, id);
}

static inline gboolean
token_has (const Reader *r,
           const Token  *token,
           guint32       flag)
{
  return (word_info (r, token)->flags & flag) != 0;
}

/* The grade of a word for a finding: with @size, "small" counts. */
static inline SpineCdsGrade
token_grade_for (const Reader *r,
                 const Token  *token,
                 gboolean      size)
{
  const WordInfo *info = word_info (r, token);

  return info->grade != SPINECDS_GRADE_NONE || !size ? info->grade : info->size_grade;
}

static inline gboolean
is_sequence (const Token *token)
{
  return (token->flags & TOKEN_SEQUENCE) != 0;
}

/* Cuts the text into tokens, tells sequences from vertebrae, numbers
 * the sentences and marks the sections and level headings. */
void report_tokenize (Reader *r);

/* Scopes (spinecds-report-scopes.c) ------------------------------------ */

/* Hard bound on any look-around, in tokens, for linear time. */
#define SCAN_LIMIT 40

static inline const Match *
match_of (const Reader *r,
          const Token  *token)
{
  return token->match >= 0 ? &g_array_index (r->matches, Match, token->match) : NULL;
}

static inline gboolean
is_finding (const Match *match)
{
  return match != NULL && (match->phrase->kind == FINDING || match->phrase->kind == FINDING_NEGATED);
}

static inline gboolean
ends_clause (const Token *token)
{
  return token->kind == TOKEN_SEMICOLON || token->kind == TOKEN_COLON || token->kind == TOKEN_STOP;
}

/* The status of a finding the report says nothing about on this study
 * ("cannot be assessed", "history of"): it makes no mention. */
#define MENTION_UNSTATED ((SpineCdsMentionStatus) -1)

void                  report_match_phrases (Reader *r);
SpineCdsMentionStatus report_finding_status (const Reader *r,
                                             const Match  *finding);

/* Attachment (spinecds-report-attachment.c) ---------------------------- */

SpineCdsGrade         report_finding_grade (const Reader *r,
                                            const Match  *finding);
void                  report_finding_levels (const Reader *r,
                                             const Match  *finding,
                                             Levels       *levels);

G_END_DECLS
