/* spinecds-report-attachment.c: the grade and the level of a finding
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "spinecds-report"

#include "config.h"

#include <string.h>

#include "spinecds-report-reader-private.h"

/* Size is the grade of a herniation (small, moderate, large; Fardon
 * 2014), of a bulge or a disc-osteophyte complex (physicians read "a
 * small bulge" as mild) and of a collection; not of a stenosis or a
 * tumour, whose size says nothing of their severity. */
static const char * const size_graded_codes[] = {
  "disc_protrusion", "disc_extrusion", "disc_bulge", "disc_osteophyte_complex", "epidural_collection"
};
/* ------------------------------------------------------------------ */
/* Grade                                                               */
/* ------------------------------------------------------------------ */

#define GRADE_WINDOW 5

/* Widens the grade at @k over "mild to moderate", "moderate-severe"
 * ("-" is not a token) in direction @step; returns the highest. */
static SpineCdsGrade
grade_range (const Reader *r,
             guint         k,
             int           step,
             gboolean      size,
             guint        *end)
{
  SpineCdsGrade grade = token_grade_for (r, token_at (r, k), size);
  int           n = r->tokens->len;
  int           i = k;

  for (;;)
    {
      int next = i + step, after = i + 2 * step;

      if (next >= 0 && next < n && token_grade_for (r, token_at (r, next), size) != SPINECDS_GRADE_NONE)
        i = next;
      else if (after >= 0 && after < n && token_has (r, token_at (r, next), WORD_GRADE_CONNECTOR)
               && token_grade_for (r, token_at (r, after), size) != SPINECDS_GRADE_NONE)
        i = after;
      else
        break;
      grade = MAX (grade, token_grade_for (r, token_at (r, i), size));
    }

  if (end != NULL)
    *end = i;
  return grade;
}

/* Words that may stand between a finding and a grade that follows it:
 * "sténose foraminale droite sévère", "estenosis es severa", "C5-C6". */
static gboolean
may_precede_grade (const Reader *r,
                   const Token  *token)
{
  return token->kind == TOKEN_LEVEL
         || (token->match < 0 && token_has (r, token, WORD_SKIPPABLE | WORD_GRADE_FILLER));
}

/* Where grades follow their nouns, the finding a grade at @k directly
 * follows: "rétrécissement canalaire sévère avec compression" grades
 * the stenosis, not the compression. NULL when none. */
static const Match *
graded_by_position (const Reader *r,
                    guint         k)
{
  guint32 sentence = token_at (r, k)->sentence;

  if (!r->vocab->grades_follow_findings)
    return NULL;
  for (guint steps = 0; k-- > 0 && steps++ < GRADE_WINDOW;)
    {
      const Token *token = token_at (r, k);

      if (token->sentence != sentence)
        return NULL;
      if (is_finding (match_of (r, token)))
        return match_of (r, token);
      if (!may_precede_grade (r, token) && token_grade_for (r, token, TRUE) == SPINECDS_GRADE_NONE
          && !token_has (r, token, WORD_GRADE_CONNECTOR))
        return NULL;
    }
  return NULL;
}

/* "moderate to severe left foraminal stenosis": words before the
 * phrase, not across punctuation or another phrase, nor a grade that
 * belongs to the finding before it (graded_by_position). */
static SpineCdsGrade
grade_before (const Reader *r,
              const Match  *finding,
              gboolean      size)
{
  guint steps = 0;

  for (guint k = finding->first; k-- > 0 && steps++ < GRADE_WINDOW;)
    {
      const Token *token = token_at (r, k);

      if ((token->kind != TOKEN_WORD && token->kind != TOKEN_LEVEL) || token->match >= 0
          || token->sentence != token_at (r, finding->first)->sentence)
        return SPINECDS_GRADE_NONE;
      if (token_grade_for (r, token, size) != SPINECDS_GRADE_NONE)
        return graded_by_position (r, k) == NULL ? grade_range (r, k, -1, size, NULL) : SPINECDS_GRADE_NONE;
    }
  return SPINECDS_GRADE_NONE;
}

/* "foraminal stenosis is severe", "stenosis, moderate on the left" —
 * unless the grade belongs to a phrase just after it ("disc bulge,
 * severe foraminal stenosis"). */
static SpineCdsGrade
grade_after (const Reader *r,
             const Match  *finding,
             gboolean      size)
{
  guint steps = 0;

  for (guint k = finding->last + 1; k < r->tokens->len && steps++ < GRADE_WINDOW; k++)
    {
      const Token  *token = token_at (r, k);
      SpineCdsGrade grade;
      guint         end;

      if (token->sentence != token_at (r, finding->first)->sentence || token->match >= 0)
        return SPINECDS_GRADE_NONE;
      /* "stenosis, moderate"; "Canal stenosis: moderate" */
      if ((token->kind == TOKEN_COMMA || token->kind == TOKEN_COLON) && k == finding->last + 1)
        continue;
      if (token_grade_for (r, token, size) == SPINECDS_GRADE_NONE)
        {
          if (token->kind == TOKEN_LEVEL || token_has (r, token, WORD_GRADE_FILLER)
              || (r->vocab->grades_follow_findings && may_precede_grade (r, token)))
            continue;
          return SPINECDS_GRADE_NONE;
        }

      grade = grade_range (r, k, +1, size, &end);
      if (graded_by_position (r, k) == finding)
        return grade;
      for (guint j = end + 1; j < r->tokens->len && j <= end + 4; j++)
        {
          const Token *later = token_at (r, j);

          if (later->kind != TOKEN_WORD && later->kind != TOKEN_LEVEL)
            break;
          if (is_finding (match_of (r, later)))
            return SPINECDS_GRADE_NONE;
          if (later->match >= 0)
            break;
        }
      return grade;
    }
  return SPINECDS_GRADE_NONE;
}

static gboolean
is_size_graded (const Match *finding)
{
  for (guint c = 0; c < G_N_ELEMENTS (finding->phrase->codes); c++)
    for (guint i = 0; finding->phrase->codes[c] != NULL && i < G_N_ELEMENTS (size_graded_codes); i++)
      if (g_str_equal (finding->phrase->codes[c], size_graded_codes[i]))
        return TRUE;
  return FALSE;
}

SpineCdsGrade
report_finding_grade (const Reader *r,
                      const Match  *finding)
{
  SpineCdsGrade grade = SPINECDS_GRADE_NONE;
  gboolean      size = is_size_graded (finding);

  /* Inside: "the foramina are severely narrowed". */
  for (guint k = finding->first; k <= finding->last; k++)
    grade = MAX (grade, token_grade_for (r, token_at (r, k), size));
  if (grade == SPINECDS_GRADE_NONE)
    grade = grade_before (r, finding, size);
  if (grade == SPINECDS_GRADE_NONE)
    grade = grade_after (r, finding, size);
  return grade;
}

/* ------------------------------------------------------------------ */
/* Level                                                               */
/* ------------------------------------------------------------------ */

#define LEVEL_NEAR 10
#define LEVEL_FAR 20
/* A list of levels may name every vertebra: a level and a link each. */
#define LEVEL_GROUP (2 * MAX_RANGES)

static gboolean
is_level_link (const Reader *r,
               const Token  *token)
{
  return token->kind == TOKEN_LEVEL || token->kind == TOKEN_COMMA
         || (token->match < 0 && token_has (r, token, WORD_LEVEL_CONNECTOR));
}

/* The levels of the group around the level token at @k: "C4-C5 and
 * C5-C6", "C3 to C6", "L3-4, L4-5 and L5-S1". */
static void
collect_level_group (const Reader *r,
                     guint         k,
                     Levels       *levels)
{
  guint    first = k, last = k;
  gboolean range = FALSE;
  guint32  sentence = token_at (r, k)->sentence;

  while (first > 0 && k - first < LEVEL_GROUP && token_at (r, first - 1)->sentence == sentence
         && is_level_link (r, token_at (r, first - 1)))
    first--;
  while (last + 1 < r->tokens->len && last - k < LEVEL_GROUP && token_at (r, last + 1)->sentence == sentence
         && is_level_link (r, token_at (r, last + 1)))
    last++;

  for (guint i = first; i <= last; i++)
    {
      const Token *token = token_at (r, i);

      if (token->kind == TOKEN_LEVEL)
        {
          if (range && levels->n > 0 && token->last > levels->last[levels->n - 1])
            levels->last[levels->n - 1] = token->last;
          else
            report_levels_add (levels, token->first, token->last);
          range = FALSE;
        }
      else if (token_has (r, token, WORD_RANGE) && levels->n > 0)
        range = TRUE;
    }
}

/* "protrusion at L5-S1 contacting the S1 nerve root", "… la racine S1":
 * the S1 there names the root, which is the level only of the root's
 * own compression. */
static gboolean
names_another_root (const Reader *r,
                    const Match  *finding,
                    guint         k)
{
  gboolean root = (k + 1 < r->tokens->len && token_has (r, token_at (r, k + 1), WORD_ROOT_NOUN))
                  || (k > 0 && token_has (r, token_at (r, k - 1), WORD_ROOT_NOUN));

  return root && g_strcmp0 (finding->phrase->codes[0], "nerve_root_compression") != 0;
}

/* Words back from a level to a word of extension: "migrating inferiorly
 * behind L5", "caudal migration to the level of the L5 pedicle". */
#define EXTENSION_WINDOW 6

/* Whether the level at @k is one the finding reaches, not where it
 * sits: "extending to L5-S1", "migrating inferiorly behind L5". */
static gboolean
is_reached_level (const Reader *r,
                  const Match  *finding,
                  guint         k)
{
  for (guint j = k; j-- > finding->last + 1 && j + EXTENSION_WINDOW >= k;)
    {
      const Token *token = token_at (r, j);

      if (token->kind != TOKEN_WORD)
        return FALSE;
      if (token_has (r, token, WORD_EXTENSION))
        return TRUE;
    }
  return FALSE;
}

/* A colon at @k before a list of levels that ends its sentence: "lésions
 * secondaires en hyposignal T1 : C3, D5 et L2." */
static gboolean
colon_before_level_list (const Reader *r,
                         guint         k)
{
  guint j = k + 1;

  if (j >= r->tokens->len || token_at (r, j)->kind != TOKEN_LEVEL)
    return FALSE;
  while (j < r->tokens->len
         && (token_at (r, j)->kind == TOKEN_LEVEL || token_at (r, j)->kind == TOKEN_COMMA
             || (token_at (r, j)->kind == TOKEN_WORD && token_has (r, token_at (r, j), WORD_LEVEL_CONNECTOR))))
    j++;
  return j >= r->tokens->len || token_at (r, j)->kind == TOKEN_STOP
         || token_at (r, j)->sentence != token_at (r, k)->sentence;
}

/* The first level after the phrase, within @limit tokens of its
 * clause; with @stop_at_findings, only up to the next finding. @at is
 * set to the level's token when one is found. */
static gboolean
level_after (const Reader *r,
             const Match  *finding,
             guint         limit,
             gboolean      stop_at_findings,
             Levels       *levels,
             guint        *at)
{
  guint32 sentence = token_at (r, finding->first)->sentence;

  for (guint k = finding->last + 1; k < r->tokens->len && k <= finding->last + limit; k++)
    {
      const Token *token = token_at (r, k);
      const Match *match = match_of (r, token);

      /* "Foraminal stenosis: moderate at C5-C6"; a list of levels after a
       * colon that ends the sentence. */
      if (token->kind == TOKEN_COLON && (k == finding->last + 1 || colon_before_level_list (r, k)))
        continue;
      if (token->sentence != sentence || ends_clause (token))
        return FALSE;
      if (match != NULL && match->phrase->kind == TERMINATION)
        return FALSE;
      if (stop_at_findings && is_finding (match) && match->first == k)
        return FALSE;
      if (token->kind == TOKEN_LEVEL && !names_another_root (r, finding, k))
        {
          collect_level_group (r, k, levels);
          *at = k;
          return TRUE;
        }
    }
  return FALSE;
}

/* The nearest level before the phrase in its sentence: "At C5-C6, …". */
static gboolean
level_before (const Reader *r,
              const Match  *finding,
              Levels       *levels)
{
  guint32 sentence = token_at (r, finding->first)->sentence;
  guint   steps = 0;

  for (guint k = finding->first; k-- > 0 && steps++ < LEVEL_FAR;)
    {
      const Token *token = token_at (r, k);

      if (token->sentence != sentence || ends_clause (token))
        return FALSE;
      if (token->kind == TOKEN_LEVEL)
        {
          collect_level_group (r, k, levels);
          return TRUE;
        }
    }
  return FALSE;
}

/* "… which causes moderate canal stenosis and mild compression of the
 * cauda equina": the second of two coordinated findings is where the
 * first is, when the first has a level before it. */
static gboolean
level_of_coordinate (const Reader *r,
                     const Match  *finding,
                     Levels       *levels)
{
  gboolean coordinated = FALSE;
  guint    steps = 0;

  for (guint k = finding->first; k-- > 0 && steps++ < 3;)
    {
      const Token *token = token_at (r, k);
      const Match *match = match_of (r, token);

      if (token->sentence != token_at (r, finding->first)->sentence || token->kind != TOKEN_WORD)
        return FALSE;
      if (is_finding (match))
        return coordinated && level_before (r, match, levels);
      if (match != NULL)
        return FALSE;
      if (token_has (r, token, WORD_COORDINATOR))
        coordinated = TRUE;
      else if (token_grade_for (r, token, TRUE) == SPINECDS_GRADE_NONE && !token_has (r, token, WORD_SKIPPABLE))
        return FALSE;
    }
  return FALSE;
}

void
report_finding_levels (const Reader *r,
                       const Match  *finding,
                       Levels       *levels)
{
  const Token *start = token_at (r, finding->first);
  guint        after = G_MAXUINT;

  /* Inside: "narrowing of the left C5-C6 neural foramen". */
  for (guint k = finding->first; k <= finding->last; k++)
    if (token_at (r, k)->kind == TOKEN_LEVEL)
      report_levels_add (levels, token_at (r, k)->first, token_at (r, k)->last);

  if (levels->n > 0)
    return;
  if (level_after (r, finding, LEVEL_NEAR, TRUE, levels, &after)
      || (!level_before (r, finding, levels) && level_after (r, finding, LEVEL_FAR, FALSE, levels, &after)))
    {
      /* "L4-L5: abscess extending to L5-S1": from the heading's level on. */
      if (after != G_MAXUINT && start->heading_first >= 0 && is_reached_level (r, finding, after))
        report_levels_add (levels, start->heading_first, start->heading_last);
      return;
    }
  if (levels->n == 0 && !level_of_coordinate (r, finding, levels) && start->heading_first >= 0)
    report_levels_add (levels, start->heading_first, start->heading_last);
}
