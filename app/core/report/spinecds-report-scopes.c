/* spinecds-report-scopes.c: phrases, and how far a negation or a doubt reaches
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "spinecds-report"

#include "config.h"

#include <string.h>

#include "spinecds-report-reader-private.h"

/* Words a phrase may step over, at most this many per phrase. */
#define MAX_SKIPS 4

static gboolean
is_skippable (const Reader *r,
              const Token  *token)
{
  return token->kind == TOKEN_LEVEL || token_has (r, token, WORD_SKIPPABLE);
}

/* A level or a word that joins or introduces one ("at", "in Höhe"):
 * what may stand between a finding and what is said of it. */
static gboolean
is_level_word (const Reader *r,
               const Token  *token)
{
  return token->kind == TOKEN_LEVEL || token_has (r, token, WORD_LEVEL_CONNECTOR);
}

static gboolean
continues (const Reader *r,
           guint         node,
           guint         k)
{
  const Token *token;

  if (k >= r->tokens->len)
    return FALSE;
  token = token_at (r, k);
  return is_skippable (r, token)
         || (token->kind == TOKEN_WORD && token->word != 0 && report_vocabulary_child (r->vocab, node, token->word) != 0);
}

static gboolean
is_coordinator (const Reader *r,
                guint         k)
{
  return k < r->tokens->len && token_at (r, k)->kind == TOKEN_WORD
         && token_has (r, token_at (r, k), WORD_COORDINATOR);
}

/* How many tokens from @j a coordination takes that the phrase at
 * @node can step over, or 0: "and displacing" right after the first
 * word (@walked == @i), or "crowded and" where the walk stopped. */
static guint
coordinated_words (const Reader *r,
                   guint         node,
                   guint         i,
                   guint         walked,
                   guint         j)
{
  gboolean after_first = walked == i && j == i + 1;

  if (after_first && is_coordinator (r, j) && j + 1 < r->tokens->len
      && token_at (r, j + 1)->kind == TOKEN_WORD && continues (r, node, j + 2))
    return 2;
  if (j > i && walked == j - 1 && token_at (r, j)->kind == TOKEN_WORD && is_coordinator (r, j + 1)
      && j + 2 < r->tokens->len && token_at (r, j + 2)->kind == TOKEN_WORD
      && token_at (r, j + 2)->word != 0 && report_vocabulary_child (r->vocab, node, token_at (r, j + 2)->word) != 0)
    return 2;
  return 0;
}

/* How many tokens an aside between commas takes, right after the phrase
 * at @node reached token @j - 1, when the phrase goes on after it: "the
 * conus, at the level of L1, is compressed". 0 otherwise. */
static guint
aside_words (const Reader *r,
             guint         node,
             guint         j)
{
  const Token *comma = token_at (r, j);

  for (guint k = j + 1; k < r->tokens->len && k <= j + 9; k++)
    {
      const Token *token = token_at (r, k);

      if (token->sentence != comma->sentence || ends_clause (token))
        return 0;
      /* Nothing that could be a finding of its own is swallowed: "the
       * cord, compressed at C5-C6, shows…" keeps its compression. */
      if (token->kind == TOKEN_WORD && token->word != 0 && !is_skippable (r, token)
          && report_vocabulary_child (r->vocab, PHRASE_ROOT, token->word) != 0)
        return 0;
      if (token->kind != TOKEN_COMMA)
        continue;
      /* The phrase goes on after it, perhaps over a word it may skip:
       * "…, est comprimé". */
      for (guint next = k + 1; next < r->tokens->len && next <= k + 2; next++)
        {
          const Token *word = token_at (r, next);

          if (word->kind == TOKEN_WORD && word->word != 0 && report_vocabulary_child (r->vocab, node, word->word) != 0)
            return k - j + 1;
          if (!is_skippable (r, word))
            break;
        }
      return 0;
    }
  return 0;
}

/* The longest phrase starting at token @i, within its sentence. After
 * token @jump_from the walk goes on at @jump_to, to read a shared head
 * with another object: "compressing [the thecal sac and] cauda equina".
 * Without a jump, @jump_from is G_MAXUINT. */
static gboolean
match_at (Reader *r,
          guint   i,
          guint   jump_from,
          guint   jump_to,
          Match  *match)
{
  const Token *start = token_at (r, i);
  guint        node = PHRASE_ROOT;
  guint        skips = 0;
  guint        walked = i; /* the last token that moved down the trie */
  gboolean     comma = FALSE;
  gboolean     aside = FALSE;
  gboolean     coordinated = FALSE;
  gboolean     found = FALSE;
  guint        skipped;

  for (guint j = i; j < r->tokens->len; j = j == jump_from ? jump_to : j + 1)
    {
      const Token *token = token_at (r, j);
      guint        child = 0;

      if (token->sentence != start->sentence || (token->flags & TOKEN_HEADING))
        break;
      if (token->kind == TOKEN_WORD && token->word != 0)
        child = report_vocabulary_child (r->vocab, node, token->word);

      if (child != 0)
        {
          const TrieNode *trie = &g_array_index (r->vocab->nodes, TrieNode, child - 1);

          node = child - 1;
          walked = j;
          if (trie->phrase != NULL)
            {
              match->phrase = trie->phrase;
              match->first = i;
              match->last = j;
              found = TRUE;
            }
          continue;
        }

      /* The comma that closes a parenthesis after a verb: "contacting,
       * but not compressing, the S1 nerve root". Once, right after the
       * first word, and only before a determiner, side or level. */
      if (token->kind == TOKEN_COMMA && !comma && walked == i && j == i + 1 && j + 1 < r->tokens->len
          && is_skippable (r, token_at (r, j + 1)))
        {
          comma = TRUE;
          continue;
        }

      /* An aside between a subject and its verb: "the conus, at the
       * level of L1, is compressed". Once a phrase, and not in a walk
       * that jumps (match_coordinated's), whose jump it could step over. */
      if (token->kind == TOKEN_COMMA && !aside && j > i && walked == j - 1 && jump_from == G_MAXUINT
          && (skipped = aside_words (r, node, j)) > 0)
        {
          aside = TRUE;
          j += skipped - 1;
          continue;
        }

      /* Two words coordinated where the phrase has one: "compressing
       * and displacing the cord" (after the first word), "roots crowded
       * and compressed" (before the last). Once a phrase. */
      if (!coordinated && (skipped = coordinated_words (r, node, i, walked, j)) > 0)
        {
          coordinated = TRUE;
          j += skipped - 1;
          continue;
        }

      if (j > i && skips < MAX_SKIPS && is_skippable (r, token))
        {
          skips++;
          continue;
        }
      break;
    }

  return found;
}

static void
add_match (Reader      *r,
           const Match *match)
{
  for (guint j = match->first; j <= match->last; j++)
    token_at (r, j)->match = r->matches->len;
  g_array_append_val (r->matches, *match);
}

/* "compressing the thecal sac and cauda equina", "compression of the
 * cord and cauda equina": the object after the coordinator that follows
 * @finding, read with as much of @finding's head as makes a phrase. The
 * match covers the new object only. */
static gboolean
match_coordinated (Reader      *r,
                   const Match *finding,
                   Match       *second)
{
  guint k = finding->last + 1;

  if (!is_finding (finding) || !is_coordinator (r, k) || k + 1 >= r->tokens->len)
    return FALSE;

  for (guint head = finding->last; head-- > finding->first;)
    {
      if (!match_at (r, finding->first, head, k + 1, second) || second->last <= k)
        continue;
      if (!is_finding (second) || second->phrase->codes[0] == finding->phrase->codes[0])
        return FALSE;
      second->first = k + 1;
      return TRUE;
    }
  return FALSE;
}

void
report_match_phrases (Reader *r)
{
  for (guint i = 0; i < r->tokens->len;)
    {
      Match match, second;

      if (token_at (r, i)->kind != TOKEN_WORD || !match_at (r, i, G_MAXUINT, 0, &match)
          || ((match.phrase->flags & PHRASE_AFTER_COMMA) && (i == 0 || token_at (r, i - 1)->kind != TOKEN_COMMA)))
        {
          i++;
          continue;
        }

      add_match (r, &match);
      i = match.last + 1;
      if (match_coordinated (r, &match, &second))
        {
          add_match (r, &second);
          i = second.last + 1;
        }
    }
}

/* NegEx looks five words around a trigger; radiology lists ("no disc
 * herniation, canal stenosis or foraminal narrowing") are long, so
 * findings inside a scope do not count against it. */
#define BEFORE_WINDOW 6
#define AFTER_WINDOW 5

typedef struct
{
  gboolean              found;
  SpineCdsMentionStatus status;
  guint                 distance;
} Cue;

static void
cue_consider (Cue       *best,
              PhraseKind kind,
              guint      distance)
{
  SpineCdsMentionStatus status;

  switch (kind)
    {
    case NEGATION_BEFORE:
    case NEGATION_AFTER:
    case NEGATION_EITHER:
      status = SPINECDS_MENTION_NEGATED;
      break;
    case UNASSESSED_BEFORE:
    case UNASSESSED_AFTER:
      status = MENTION_UNSTATED;
      break;
    default:
      status = SPINECDS_MENTION_UNCERTAIN;
      break;
    }

  /* The nearest cue wins; at equal distance, the negation. */
  if (!best->found || distance < best->distance
      || (distance == best->distance && status == SPINECDS_MENTION_NEGATED))
    {
      best->found = TRUE;
      best->status = status;
      best->distance = distance;
    }
}

static gboolean
shares_code (const Match *a,
             const Match *b)
{
  for (guint i = 0; i < G_N_ELEMENTS (a->phrase->codes); i++)
    for (guint j = 0; a->phrase->codes[i] != NULL && j < G_N_ELEMENTS (b->phrase->codes); j++)
      if (b->phrase->codes[j] != NULL && g_str_equal (a->phrase->codes[i], b->phrase->codes[j]))
        return TRUE;
  return FALSE;
}

/* Whether only a slash and spaces lie between @before and @after. */
static gboolean
joined_by_slash (const Reader *r,
                 const Token  *before,
                 const Token  *after)
{
  guint slashes = 0;

  for (gsize i = before->end; i < after->start; i++)
    if (r->text[i] == '/')
      slashes++;
    else if (r->text[i] != ' ')
      return FALSE;
  return slashes == 1;
}

/* Whether a coordinator closes the list @finding stands in, in it or
 * after it in its clause: "no fracture, dislocation or subluxation"
 * ("extrusiones ni abombamientos" is one phrase of two words). */
static gboolean
list_closed_after (const Reader *r,
                   const Match  *finding)
{
  guint32 sentence = token_at (r, finding->first)->sentence;
  guint   steps = 0;

  for (guint j = finding->first + 1; j < r->tokens->len && steps++ < SCAN_LIMIT; j++)
    {
      const Token *token = token_at (r, j);

      if (token->sentence != sentence || ends_clause (token))
        return FALSE;
      if (is_coordinator (r, j))
        return TRUE;
    }
  return FALSE;
}

/* A cue before the finding: "no", "possible", "versus". */
static void
cue_before (const Reader *r,
            const Match  *finding,
            Cue          *best)
{
  guint32  sentence = token_at (r, finding->first)->sentence;
  guint    other = 0, steps = 0;
  gboolean graded = FALSE, uncertain = FALSE;
  gboolean locative = FALSE, linked = FALSE, passed = FALSE;
  gboolean comma = FALSE, coordinated = FALSE;

  for (guint k = finding->first; k-- > 0 && steps++ < SCAN_LIMIT;)
    {
      const Token *token = token_at (r, k);
      const Match *match = match_of (r, token);

      if (token->sentence != sentence || ends_clause (token))
        return;
      if (token->kind == TOKEN_COMMA)
        {
          /* "No stenosis, mild disc bulge": a graded finding after a
           * comma starts a new, affirmed item; so does a hedged one
           * ("no fracture, possible lesion"). */
          if (graded || uncertain)
            return;
          linked = TRUE;
          comma = TRUE;
          continue;
        }

      if (token->flags & TOKEN_QUERY)
        {
          cue_consider (best, UNCERTAIN_BEFORE, finding->first - k);
          uncertain = TRUE;
          continue;
        }

      if (match != NULL)
        {
          switch (match->phrase->kind)
            {
            case FINDING_NEGATED:
              /* "No signal change of the endplates, of Modic type": the
               * same finding, said twice, is negated twice. */
              if (!graded && !uncertain && shares_code (match, finding))
                {
                  cue_consider (best, NEGATION_BEFORE, finding->first - match->last);
                  return;
                }
              G_GNUC_FALLTHROUGH;
            case FINDING:
              /* "No collection in the laminectomy bed": a finding that
               * only says where an earlier one is not is no item of
               * the negated list. */
              if (!passed && locative && !linked)
                return;
              passed = TRUE;
              k = match->first;
              continue;
            case NEGATION_BEFORE:
            case NEGATION_EITHER:
              /* Past a comma, a negation reaches only into a list that a
               * coordinator closes: "no fracture, dislocation or
               * subluxation", but "no disc herniation, epidural abscess
               * at L3-L4" affirms the abscess (sixteenth round: a
               * comma splice negated it, and the plan reassured). */
              if (comma && !coordinated && !list_closed_after (r, finding))
                return;
              /* A negation over a hedge negates: "no suspicious lesion". */
              best->found = FALSE;
              cue_consider (best, match->phrase->kind, finding->first - match->last);
              return;
            case UNCERTAIN_BEFORE:
            case UNCERTAIN_EITHER:
              cue_consider (best, match->phrase->kind, finding->first - match->last);
              uncertain = TRUE;
              continue;
            case UNASSESSED_BEFORE:
              cue_consider (best, match->phrase->kind, finding->first - match->last);
              return;
            case NOT_A_FINDING:
            case ATTRIBUTE:
              /* Words like any other ("no disc protrusion into the
               * canal"), but a place all the same. */
              if (!passed && locative && !linked)
                return;
              passed = TRUE;
              k = match->first;
              if (++other > BEFORE_WINDOW)
                return;
              continue;
            default:
              /* Terminations, pseudo-negations and the post-cues of an
               * earlier finding close the scope. */
              return;
            }
        }

      if (token_grade_for (r, token, TRUE) != SPINECDS_GRADE_NONE)
        graded = TRUE;
      if (token_has (r, token, WORD_COORDINATOR))
        {
          linked = TRUE;
          coordinated = coordinated || !comma;
        }
      else if (token_has (r, token, WORD_LOCATIVE))
        locative = TRUE;
      if (++other > BEFORE_WINDOW)
        return;
    }
}

/* The first finding after token @k in its clause, or NULL. */
static const Match *
next_finding_in_clause (const Reader *r,
                        guint         k)
{
  guint32 sentence = token_at (r, k)->sentence;
  guint   steps = 0;

  for (guint j = k + 1; j < r->tokens->len && steps++ < SCAN_LIMIT; j++)
    {
      const Token *token = token_at (r, j);
      const Match *match = match_of (r, token);

      if (token->sentence != sentence || ends_clause (token))
        return NULL;
      if (match != NULL && match->phrase->kind == TERMINATION)
        return NULL;
      if (is_finding (match))
        return match;
      if (match != NULL)
        j = match->last;
    }
  return NULL;
}

/* A finding right after token @k, with at most articles, sides or
 * levels between: "probable conflit avec la racine" hedges the conflict. */
static gboolean
finding_right_after (const Reader *r,
                     guint         k)
{
  guint32 sentence = token_at (r, k)->sentence;

  for (guint j = k + 1; j < r->tokens->len && j <= k + 3; j++)
    {
      const Token *token = token_at (r, j);

      if (token->sentence != sentence)
        return FALSE;
      if (is_finding (match_of (r, token)))
        return TRUE;
      if (token->match >= 0 || !is_skippable (r, token))
        return FALSE;
    }
  return FALSE;
}

/* A template field, "Canal stenosis: none", "Fracture: no", "Modic
 * change: negative": the value after the colon at @colon. */
static void
cue_field_value (const Reader *r,
                 const Match  *finding,
                 guint         colon,
                 Cue          *best)
{
  guint        k = colon + 1;
  const Token *token;
  const Match *match;

  if (k >= r->tokens->len)
    return;
  token = token_at (r, k);
  match = match_of (r, token);
  if (token->sentence != token_at (r, colon)->sentence)
    return;

  if (match != NULL && match->first == k)
    {
      const Match *next;

      switch (match->phrase->kind)
        {
        case NEGATION_BEFORE:
          /* "Disc bulge: no stenosis" says nothing of the bulge. */
          next = next_finding_in_clause (r, match->last);
          if (next != NULL && !shares_code (next, finding))
            return;
          G_GNUC_FALLTHROUGH;
        case NEGATION_AFTER:
        case NEGATION_EITHER:
        case UNCERTAIN_BEFORE:
        case UNCERTAIN_AFTER:
        case UNCERTAIN_EITHER:
          cue_consider (best, match->phrase->kind, k - finding->last);
          return;
        default:
          return;
        }
    }

  if (match == NULL && token_has (r, token, WORD_NORMAL_VALUE))
    cue_consider (best, NEGATION_AFTER, k - finding->last);
}

/* Whether the clause of token @k ends after it with at most
 * @max_words plain words between ("…, probable chez ce patient."). */
static gboolean
ends_clause_after (const Reader *r,
                   guint         k,
                   guint         max_words)
{
  guint32 sentence = token_at (r, k)->sentence;

  for (guint j = k + 1, words = 0; j < r->tokens->len; j++)
    {
      const Token *token = token_at (r, j);

      if (token->sentence != sentence || ends_clause (token))
        return TRUE;
      if (token->match >= 0 || token->kind != TOKEN_WORD || ++words > max_words)
        return FALSE;
    }
  return TRUE;
}

/* An uncertainty cue at @k after which the clause ends (a few plain
 * words at most: "…, à discuter."). A cue that hedges what
 * follows it ("possibly demyelinating") must end the clause itself
 * (", probable."). */
static gboolean
hedge_closes_clause (const Reader *r,
                     guint         k)
{
  const Match *match = k < r->tokens->len ? match_of (r, token_at (r, k)) : NULL;

  if (match == NULL || match->first != k
      || (match->phrase->kind != UNCERTAIN_AFTER && match->phrase->kind != UNCERTAIN_EITHER
          && match->phrase->kind != UNCERTAIN_BEFORE))
    return FALSE;
  return ends_clause_after (r, match->last, match->phrase->kind == UNCERTAIN_BEFORE ? 0 : 4);
}

/* "Die Kaudafasern sind zusammengedrängt, jedoch nicht komprimiert",
 * "displaced but not compressed": a contrast at @k whose negation ends
 * the clause corrects the finding before it. Returns the negation's
 * first token, or 0. */
static guint
contrast_negates (const Reader *r,
                  guint         k)
{
  const Match *contrast = k < r->tokens->len ? match_of (r, token_at (r, k)) : NULL;
  const Match *negation;

  if (contrast == NULL || contrast->first != k || contrast->phrase->kind != TERMINATION
      || contrast->last + 1 >= r->tokens->len)
    return 0;
  negation = match_of (r, token_at (r, contrast->last + 1));
  if (negation == NULL || negation->first != contrast->last + 1 || negation->phrase->kind != NEGATION_AFTER)
    return 0;
  return ends_clause_after (r, negation->last, 4) ? negation->first : 0;
}

/* "Spondylodiscitis should be excluded", "Eine Instabilität sollte
 * mittels Funktionsaufnahmen ausgeschlossen werden": a negation after a
 * word of obligation that follows the finding (but for its levels)
 * asks for the finding to be ruled out; it has not been, so the finding
 * is in doubt, never absent. Further on, the word belongs to another
 * clause: "root compression that should explain the pain is not seen". */
static PhraseKind
unless_obliged (PhraseKind kind,
                gboolean   obliged)
{
  return obliged && (kind == NEGATION_AFTER || kind == NEGATION_EITHER) ? UNCERTAIN_AFTER : kind;
}

/* A cue after the finding, in the same clause: "is not seen", "cannot
 * be excluded". A comma ends it ("disc bulge, fracture excluded")
 * unless it separates the items of a list that a conjunction closes:
 * "Modic change, extrusion and stenosis are not seen" negates all
 * three. The window counts words from the last item of the list. */
static void
cue_after (const Reader *r,
           const Match  *finding,
           Cue          *best)
{
  guint32  sentence = token_at (r, finding->first)->sentence;
  guint    other = 0, steps = 0;
  gboolean listed = FALSE;  /* a comma was crossed into a list */
  gboolean closed = FALSE;  /* "and", "or" seen after the last comma */
  gboolean adjacent = TRUE; /* nothing but levels since the finding */
  gboolean obliged = FALSE; /* "should", "sollte" right after the finding */
  int      graded = -1;     /* the finding's own grade, when needed */
  guint    negation;

  for (guint k = finding->last + 1; k < r->tokens->len && steps++ < SCAN_LIMIT; k++)
    {
      const Token *token = token_at (r, k);
      const Match *match = match_of (r, token);

      if (token->sentence != sentence)
        return;
      if (token->kind == TOKEN_COLON)
        {
          if (adjacent)
            cue_field_value (r, finding, k, best);
          return;
        }
      if (ends_clause (token))
        return;

      if (token->kind == TOKEN_COMMA)
        {
          guint    next = k + 1;
          gboolean coordinated = FALSE;

          /* "Disc extrusion, likely.", "Hernie discale L4-L5, à discuter.":
           * a doubt after a comma that ends the clause is about what
           * comes before it. */
          if (!listed && hedge_closes_clause (r, next))
            {
              cue_consider (best, UNCERTAIN_AFTER, next - finding->last);
              return;
            }
          if (!listed && (negation = contrast_negates (r, next)) > 0)
            {
              cue_consider (best, NEGATION_AFTER, negation - finding->last);
              return;
            }

          /* Only into another finding ("Modic change, a disc extrusion
           * and ..."); a graded finding is an item of its own
           * ("moderate stenosis, cord compression and cord signal
           * change are not seen"). */
          while (next < r->tokens->len && next <= k + 3 && token_at (r, next)->kind == TOKEN_WORD
                 && token_at (r, next)->match < 0
                 && (token_has (r, token_at (r, next), WORD_COORDINATOR)
                     || token_has (r, token_at (r, next), WORD_SKIPPABLE)))
            coordinated |= token_has (r, token_at (r, next++), WORD_COORDINATOR);
          if (next >= r->tokens->len || !is_finding (match_of (r, token_at (r, next)))
              || match_of (r, token_at (r, next))->first != next)
            return;
          if (graded < 0)
            graded = report_finding_grade (r, finding);
          if (graded != SPINECDS_GRADE_NONE)
            return;
          listed = TRUE;
          closed = coordinated;
          adjacent = FALSE;
          other = 0;
          continue;
        }

      if (match != NULL)
        {
          switch (match->phrase->kind)
            {
            case FINDING:
            case FINDING_NEGATED:
              /* The last item of a list that a conjunction or a slash
               * closes is next to the list's field value: "A, B or C:
               * not seen", "Hernias / protrusiones: no se observan". */
              adjacent = closed || joined_by_slash (r, token_at (r, k - 1), token);
              k = match->last;
              if (listed)
                other = 0;
              continue;
            case NEGATION_EITHER:
              /* "Hernia L4-L5 y no se observa estenosis": a negation
               * that can look both ways negates what follows it, when
               * something does. */
              if (next_finding_in_clause (r, match->last) != NULL)
                return;
              G_GNUC_FALLTHROUGH;
            case UNCERTAIN_EITHER:
              /* "sténose modérée et probable conflit radiculaire": a
               * hedge that stands right before a finding is that
               * finding's, not the one before it. */
              if (finding_right_after (r, match->last))
                return;
              G_GNUC_FALLTHROUGH;
            case NEGATION_AFTER:
            case UNCERTAIN_AFTER:
            case UNASSESSED_AFTER:
              if (listed && !closed)
                return;
              cue_consider (best, unless_obliged (match->phrase->kind, obliged), match->first - finding->last);
              return;
            case NEGATION_BEFORE:
              /* "Fracture — no." */
              if (adjacent && ends_clause_after (r, match->last, 0))
                cue_consider (best, NEGATION_AFTER, match->first - finding->last);
              return;
            case NOT_A_FINDING:
            case ATTRIBUTE:
            /* "Eine Myelonkompression ist bei guter Bildqualität nicht
             * nachweisbar": what only looks like a negation is words like
             * any other here, not the end of the clause. */
            case PSEUDO_NEGATION:
              k = match->last;
              adjacent = FALSE;
              if (++other > AFTER_WINDOW)
                return;
              continue;
            case TERMINATION:
              if (!listed && (negation = contrast_negates (r, k)) > 0)
                cue_consider (best, NEGATION_AFTER, negation - finding->last);
              return;
            default:
              return;
            }
        }

      obliged |= adjacent && token_has (r, token, WORD_OBLIGATION);
      if (!is_level_word (r, token))
        adjacent = FALSE;
      if (token_has (r, token, WORD_COORDINATOR))
        closed = TRUE;
      if (++other > AFTER_WINDOW)
        return;
    }
}

/* "La hernie discale L5-S1 visible sur l'examen antérieur a disparu.",
 * "The extrusion at L4-L5 described on the prior study has resolved.":
 * the finding is the sentence's subject, and its predicate, a cue that
 * ends the sentence, lies past the usual window. Only with nothing
 * between them but plain words: no other finding, comma or clause end. */
static void
cue_closing_sentence (const Reader *r,
                      const Match  *finding,
                      Cue          *best)
{
  guint32  sentence = token_at (r, finding->first)->sentence;
  guint    steps = 0;
  gboolean adjacent = TRUE, obliged = FALSE;

  for (guint k = finding->first; k-- > 0 && token_at (r, k)->sentence == sentence;)
    if (is_finding (match_of (r, token_at (r, k))))
      return;

  for (guint k = finding->last + 1; k < r->tokens->len && steps++ < SCAN_LIMIT; k++)
    {
      const Token *token = token_at (r, k);
      const Match *match = match_of (r, token);
      const Token *after;

      if (token->sentence != sentence || ends_clause (token) || token->kind == TOKEN_COMMA)
        return;
      if (match == NULL)
        {
          obliged |= adjacent && token_has (r, token, WORD_OBLIGATION);
          adjacent &= is_level_word (r, token);
          continue;
        }
      if (match->phrase->kind != NEGATION_AFTER && match->phrase->kind != UNCERTAIN_AFTER)
        return;
      after = match->last + 1 < r->tokens->len ? token_at (r, match->last + 1) : NULL;
      if (after == NULL || after->sentence != sentence || after->kind == TOKEN_STOP)
        cue_consider (best, unless_obliged (match->phrase->kind, obliged), match->first - finding->last);
      return;
    }
}

/* Whether the clause ends after token @k with no finding in it, but for
 * a few words and levels: "cannot be excluded given motion artefact at
 * C6-7", "nicht auszuschließen bei Bewegungsartefakten in Höhe LWK 1". */
static gboolean
ends_clause_but_for_levels (const Reader *r,
                            guint         k)
{
  guint32 sentence = token_at (r, k)->sentence;

  for (guint j = k + 1, words = 0; j < r->tokens->len; j++)
    {
      const Token *token = token_at (r, j);
      const Match *match = match_of (r, token);

      if (token->sentence != sentence || ends_clause (token) || token->kind == TOKEN_COMMA)
        return TRUE;
      if (is_finding (match) || ++words > 8)
        return FALSE;
      if (match != NULL)
        j = match->last;
    }
  return TRUE;
}

/* Whether the negation @match negates something of its own: a finding
 * or a cue right after it ("keine suspekten Läsionen"), unlike "ohne
 * Kontrastmittel" or "sans injection". */
static gboolean
negates_next (const Reader *r,
              const Match  *match)
{
  const Match *next = match->last + 1 < r->tokens->len ? match_of (r, token_at (r, match->last + 1)) : NULL;

  return next != NULL && next->phrase->kind != TERMINATION;
}

/* A doubt that takes back the negation of @finding: "X is unlikely, but
 * cannot be excluded (at C6-7)", "X unlikely, cannot be excluded", "No
 * definite X, but this cannot be excluded", "X is unlikely; however, it
 * cannot be excluded", "unwahrscheinlich, aber nicht auszuschließen".
 * The report could not rule X out: X is doubtful, never absent
 * (sixteenth and seventeenth rounds). The doubt follows the finding in
 * its sentence past a comma, a semicolon or a contrast, with only the
 * negation and a few plain words between, and ends its clause; another
 * finding between owns the doubt ("unlikely, but there is a bulge"). */
static gboolean
doubted_after_negation (const Reader *r,
                        const Match  *finding)
{
  guint32  sentence = token_at (r, finding->first)->sentence;
  gboolean turned = FALSE;   /* past a comma, a semicolon or a contrast */
  gboolean contrast = FALSE; /* past a termination: "but", "aber", "mais" */
  gboolean negated = FALSE;  /* the negation stands after the finding */
  guint    words = 0;        /* plain words: a few before the turn, fewer after ("eine solche") */

  for (guint k = finding->last + 1; k < r->tokens->len; k++)
    {
      const Token *token = token_at (r, k);
      const Match *match = match_of (r, token);
      PhraseKind   kind = match != NULL ? match->phrase->kind : N_PHRASE_KINDS;

      if (token->sentence != sentence || token->kind == TOKEN_STOP || token->kind == TOKEN_COLON)
        return FALSE;
      if (token->kind == TOKEN_COMMA || token->kind == TOKEN_SEMICOLON || kind == TERMINATION)
        {
          /* "but", "however", "although", "si bien" */
          turned = TRUE;
          contrast |= kind == TERMINATION;
          words = 0;
        }
      else if (match == NULL || kind == NOT_A_FINDING || kind == ATTRIBUTE)
        {
          /* "a small lesion in L2", "une petite lésion de L2" */
          if (token->kind == TOKEN_WORD && ++words > (turned ? 4u : 6u))
            return FALSE;
        }
      /* A negation before the finding needs no turn before a doubt of a
       * few words: "Without contrast, discitis can neither be confirmed
       * nor excluded", but "pas de lésion osseuse suspecte". */
      else if (kind == UNCERTAIN_AFTER || kind == UNCERTAIN_EITHER)
        {
          /* A one-word doubt qualifies the noun before it unless it
           * follows the turn at once: "unlikely, but possible", not
           * "; l'anomalie suspectée au scanner n'est pas confirmée". */
          gboolean phrase = match->last > match->first;

          /* After a negation before the finding, a doubt that follows a
           * bare comma advises ("pas de sténose canalaire, à confronter
           * à la clinique"); one set against it by a contrast or with a
           * subject of its own doubts ("no definite X, but this cannot
           * be excluded", "kein Hinweis auf X, obwohl diese … nicht
           * sicher auszuschließen ist"). */
          if (turned && !negated && !contrast && words == 0)
            return FALSE;
          return (turned ? phrase || words == 0 : phrase && !negated) && ends_clause_but_for_levels (r, match->last);
        }
      /* The negation itself ("is unlikely") before the turn; after it, a
       * negation of something else begins another item ("keine Fraktur,
       * keine suspekten Läsionen"). */
      else if ((kind == NEGATION_AFTER || kind == NEGATION_EITHER || kind == NEGATION_BEFORE)
               && !(turned && negates_next (r, match)))
        negated |= !turned;
      else
        return FALSE;
      if (match != NULL)
        k = match->last;
    }
  return FALSE;
}

/* "Cord compression?": the sentence of @finding ends in a question. */
static gboolean
is_question (const Reader *r,
             const Match  *finding)
{
  guint32 sentence = token_at (r, finding->last)->sentence;
  guint   steps = 0;

  for (guint k = finding->last + 1; k < r->tokens->len && steps++ < SCAN_LIMIT; k++)
    {
      const Token *token = token_at (r, k);

      if (token->sentence != sentence)
        return FALSE;
      if (token->kind == TOKEN_STOP)
        return r->text[token->start] == '?';
    }
  return FALSE;
}

SpineCdsMentionStatus
report_finding_status (const Reader *r,
                       const Match  *finding)
{
  Cue best = { FALSE, SPINECDS_MENTION_POSITIVE, 0 };

  if (finding->phrase->kind == FINDING_NEGATED)
    return SPINECDS_MENTION_NEGATED;

  cue_before (r, finding, &best);
  cue_after (r, finding, &best);
  if (!best.found)
    cue_closing_sentence (r, finding, &best);
  if (best.found && best.status == SPINECDS_MENTION_NEGATED && doubted_after_negation (r, finding))
    return SPINECDS_MENTION_UNCERTAIN;
  if (best.found)
    return best.status;
  /* A finding asked about is not a finding seen. */
  return is_question (r, finding) ? SPINECDS_MENTION_UNCERTAIN : SPINECDS_MENTION_POSITIVE;
}
