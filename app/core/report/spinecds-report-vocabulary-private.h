/* spinecds-report-vocabulary-private.h: the vocabulary's structures and
 * the text primitives it shares with the reader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the vocabulary loader (spinecds-report-vocabulary.c), the word
 * folding (spinecds-report-words.c) and the language guess
 * (spinecds-report-language.c) need: phrases, words, the trie, and the
 * primitives that tell words and levels in raw text. Nothing here
 * knows the reader's tokens or matches (spinecds-report-reader-private.h), so
 * the vocabulary does not depend on the reader that uses it. None of
 * this is public API.
 */
#pragma once

#include "spinecds-report-vocabulary.h"

G_BEGIN_DECLS

/* Vocabulary ---------------------------------------------------------- */

typedef enum
{
  FINDING,           /* a finding (two codes for elliptic phrases) */
  FINDING_NEGATED,   /* a finding the phrase itself states absent */
  NEGATION_BEFORE,   /* negates what follows: "no", "without" */
  NEGATION_AFTER,    /* negates what precedes: "is not seen" */
  NEGATION_EITHER,   /* "ruled out" */
  UNCERTAIN_BEFORE,  /* "possible", "suspicious for" */
  UNCERTAIN_AFTER,   /* "cannot be excluded" */
  UNCERTAIN_EITHER,  /* "versus" */
  PSEUDO_NEGATION,   /* looks like a negation, is none: "no change in" */
  TERMINATION,       /* ends a scope: "but", "however", "which" */
  NOT_A_FINDING,     /* reads like a finding, names something else */
  ATTRIBUTE,         /* names what a finding would alter, not the
                      * alteration: "cord signal", "the canal". Only a
                      * value says which. */
  UNASSESSED_BEFORE, /* says nothing of this study's finding: "history of" */
  UNASSESSED_AFTER,  /* "cannot be assessed", "is not evaluable" */
  N_PHRASE_KINDS
} PhraseKind;

enum
{
  /* A curve word that means lordosis reversal only in the neck: a
   * mention needs a cervical level ("kyphosis at C4-C5"). */
  PHRASE_CERVICAL = 1 << 0,
  /* A termination only right after a comma: "sans hernie, avec débord"
   * ends the negation; "pas de hernie avec conflit" does not. */
  PHRASE_AFTER_COMMA = 1 << 1,
  /* A finding of whichever of its codes this sentence or the one before
   * affirms or doubts, at a level of its own: "possible involvement of
   * L2-L3" after a spondylodiscitis. Without either, no finding. */
  PHRASE_REFERS_BACK = 1 << 2,
  /* In the context of its in_context_of words, only a possibility. */
  PHRASE_CONTEXT_DOUBT = 1 << 3,
  /* A not_a_finding that names a finding the case format has no code
   * for (a syrinx, an intramedullary tumour): read as no code, but said
   * out loud, so that the codes read are not taken for the report. */
  PHRASE_UNCODED = 1 << 4,
  /* A termination that sets one thing against another ("but",
   * "jedoch", "pero", "mais"): after a negated finding, a clause that
   * names only a level affirms that finding there. */
  PHRASE_CONTRAST = 1 << 5,
};

typedef struct
{
  PhraseKind  kind;
  const char *codes[2]; /* static strings of spinecds-codes, or NULL */
  guint       flags;
  GHashTable *context_words;    /* word ids that make the phrase mean... */
  const char *context_codes[2]; /* ...these codes instead, or NULL */
} Phrase;

/* Word classes that steer the look-around. Their values are fixed: the
 * English dump test (tests/unit) prints them, so a new class takes the
 * next bit and the bits after the grammar classes move up. */
enum
{
  WORD_SKIPPABLE = 1 << 0,         /* may sit inside a phrase: "the", "left" */
  WORD_LEVEL_CONNECTOR = 1 << 1,   /* joins levels: "and", "to", "at" */
  WORD_RANGE = 1 << 2,             /* "C3 to C6" is one range */
  WORD_GRADE_CONNECTOR = 1 << 3,   /* "mild to moderate" */
  WORD_GRADE_FILLER = 1 << 4,      /* "stenosis is severe" */
  WORD_SEQUENCE_NEXT = 1 << 5,     /* "T2 signal": T2 is a sequence, not a vertebra */
  WORD_SEQUENCE_BEFORE = 1 << 6,   /* "on T2" */
  WORD_ABBREVIATION = 1 << 7,      /* "vs." does not end a sentence */
  WORD_NORMAL_VALUE = 1 << 8,      /* "cord signal is normal", "canal: patent" */
  WORD_ABNORMAL_VALUE = 1 << 9,    /* "cord signal is increased" */
  WORD_VALUE_LINK = 1 << 10,       /* may sit between an attribute and its value */
  WORD_COORDINATOR = 1 << 11,      /* closes a list: "A, B and C are not seen" */
  WORD_LOCATIVE = 1 << 12,         /* "collection in the laminectomy bed" */
  WORD_SEQUENCE_SUBJECT = 1 << 13, /* "T2 cord signal": what the sequence shows */
  WORD_ROOT_NOUN = 1 << 14,        /* "the S1 nerve root": a root, not a level */
  WORD_EXTENSION = 1 << 15,        /* "extending to L5-S1": a level reached, not the level */
  WORD_OBLIGATION = 1 << 16,       /* "X should be excluded": to be ruled out, not ruled out */
  WORD_GRAMMAR_CLASSES = (1 << 17) - 1,
  WORD_CERVICAL = 1 << 17, /* makes a sentence cervical */
  WORD_MARKER = 1 << 18,   /* a common word of the language (detection) */
};

typedef struct
{
  guint32 flags;
  guint8  grade;
  guint8  size_grade; /* "small", "large": a grade for the codes graded by size */
} WordInfo;

typedef struct
{
  const Phrase *phrase;  /* a phrase ends here, or NULL */
  gint8         section; /* a heading ends here (SpineCdsReportSection), or -1 */
} TrieNode;

#define PHRASE_ROOT 0
#define HEADING_ROOT 1
/* Words longer than this never match (in characters). */
#define MAX_WORD_LENGTH 40
/* Room for a normalised word: folding and transliteration may grow it. */
#define MAX_NORMAL_BYTES 256
/* An edge key packs a node and a word into 64 bits. */
#define WORD_BITS 14
#define MAX_WORDS (1u << WORD_BITS)
#define MAX_NODES (1u << 22)
#define MAX_NAMED_LEVEL_WORDS 4

typedef struct
{
  guint32 words[MAX_NAMED_LEVEL_WORDS + 1]; /* 0-terminated */
  gint8   first;
  gint8   last;
} NamedLevel;

/* The trie's edges: an open-addressing table from (node, word) to the
 * child node + 1. Leaner and quicker than a GHashTable of boxed 64-bit
 * keys, and it holds more nodes than 32-bit keys could name. */
typedef struct
{
  guint64 *keys; /* 0: empty (a word id is never 0) */
  guint32 *values;
  gsize    mask; /* capacity - 1, a power of two */
  gsize    n;
} ReportEdges;

void report_edges_init (ReportEdges *edges);
void report_edges_clear (ReportEdges *edges);
void report_edges_insert (ReportEdges *edges,
                          guint        node,
                          guint        word,
                          guint32      child);

static inline gsize
report_edges_slot (const ReportEdges *edges,
                   guint64            key)
{
  return (gsize) ((key * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> 32) & edges->mask;
}

static inline guint
report_edges_lookup (const ReportEdges *edges,
                     guint              node,
                     guint              word)
{
  guint64 key = ((guint64) node << WORD_BITS) | word;

  for (gsize i = report_edges_slot (edges, key);; i = (i + 1) & edges->mask)
    {
      if (edges->keys[i] == key)
        return edges->values[i];
      if (edges->keys[i] == 0)
        return 0;
    }
}

typedef struct
{
  char    *affix;
  char    *replace;
  gsize    affix_length;
  gsize    replace_length;
  guint    min_stem;
  gboolean prefix;
} InflectionRule;

struct _SpineCdsReportVocabulary
{
  gatomicrefcount ref_count;
  char           *id;
  char           *language;
  char           *name;
  char           *version;
  char           *review_date;

  GHashTable     *transliterations; /* gunichar -> replacement (UTF-8) */
  GPtrArray      *inflections;      /* of GArray of InflectionRule: the stages */
  GHashTable     *spellings;        /* variant -> canonical */

  GHashTable     *word_ids;               /* normalised word -> id, ids from 1 */
  GPtrArray      *word_names;             /* id -> normalised word (borrowed from word_ids) */
  GArray         *words;                  /* WordInfo by id; id 0 is "unknown word" */
  ReportEdges     edges;                  /* (node, word) -> child node + 1 */
  GArray         *nodes;                  /* TrieNode */
  GPtrArray      *phrases;                /* Phrase, owned */
  GArray         *named_levels;           /* NamedLevel */
  GHashTable     *vertebra_prefixes;      /* normalised prefix -> region letter */
  GHashTable     *slips;                  /* a long word less one letter -> id, or 0 if several */
  gsize           slips_indexed;          /* g_once: slips are built on first use */
  gboolean        grades_follow_findings; /* "sténose sévère": a grade after a finding is its own */

  /* Words that begin a phrase or cue, by id (a bit each): what the
   * language guess needs of the trie, known before it is built. */
  guint32         openers[MAX_WORDS / 32];
  /* The patterns read but not yet put into the trie (PendingPatterns),
   * or NULL once the trie is complete. */
  GPtrArray      *pending;
  char           *source; /* the file's name, for the trie's problems */
};

/* Whether @word begins any phrase or cue of @vocab. */
static inline gboolean
report_vocabulary_is_opener (const SpineCdsReportVocabulary *vocab,
                             guint                           word)
{
  return word < MAX_WORDS && (vocab->openers[word / 32] >> (word % 32)) & 1;
}

/* A vocabulary for the language guess only: its words, spellings and
 * openers, without the trie (a third of the time of a whole one, and
 * not its 10 MiB). The whole one if it is already loaded. */
SpineCdsReportVocabulary *report_vocabulary_get_words (const char *language,
                                                       GError    **error);

/* The child of a trie node for a word, or 0. */
static inline guint
report_vocabulary_child (const SpineCdsReportVocabulary *vocab,
                         guint                           node,
                         guint                           word)
{
  return report_edges_lookup (&vocab->edges, node, word);
}

/* Words (spinecds-report-words.c) -------------------------------------- */

/* Case-folded, NFC, transliterated (when @transliterations is not
 * NULL) and unaccented: how words are compared before any rule. */
gboolean report_fold_word (GHashTable *transliterations,
                           const char *word,
                           gsize       length,
                           char        out[MAX_NORMAL_BYTES]);
/* Case-folded, transliterated, unaccented, inflection-stripped and
 * respelled, so that the vocabulary's words and the report's meet.
 * FALSE for words no phrase can contain (too long, invalid UTF-8). */
gboolean report_normalize_word (const SpineCdsReportVocabulary *vocab,
                                const char                     *word,
                                gsize                           length,
                                char                            out[MAX_NORMAL_BYTES]);
/* The id of a report word: as written, or one dictation slip away from
 * exactly one long vocabulary word; 0 when unknown. */
guint32  report_lookup_word (const SpineCdsReportVocabulary *vocab,
                             const char                     *word,
                             gsize                           length);

/* Text primitives (spinecds-report-tokenizer.c, spinecds-report-levels.c) */

/* TRUE when the byte at @i of the text belongs to a word. */
gboolean report_is_word_byte (const char *text,
                              gsize       length,
                              gsize       i);
/* Bytes of a non-ASCII separator at @p (dashes, quotes, no-break space), or 0. */
gsize    report_separator_length (const guchar *p,
                                  gsize         left);
/* "C5", "C5-C6", "C5-6", "L5/S1", "T12 - L1", "L5S1" at @p; with a
 * @region letter, the first vertebra may be a bare number ("5/6" after
 * "HWK"). Returns the bytes used, or 0. */
gsize    report_parse_level (const char *p,
                             gsize       left,
                             char        region,
                             int        *first,
                             int        *last);

G_END_DECLS
