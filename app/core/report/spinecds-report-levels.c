/* spinecds-report-levels.c: vertebral levels as written and as printed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "spinecds-report"

#include "config.h"

#include <string.h>

#include "spinecds-report-reader-private.h"

/* Bytes of a non-ASCII separator at @p: no-break space, guillemets,
 * middle dot, the Spanish opening marks "¿" and "¡", the General
 * Punctuation block (dashes, quotes, bullets, ellipsis), minus sign. */
gsize
report_separator_length (const guchar *p,
                         gsize         left)
{
  if (left >= 2 && p[0] == 0xC2 && (p[1] == 0xA0 || p[1] == 0xA1 || p[1] == 0xAB || p[1] == 0xB7 || p[1] == 0xBB || p[1] == 0xBF))
    return 2;
  if (left >= 3 && p[0] == 0xE2 && p[1] == 0x80 && p[2] >= 0x80 && p[2] <= 0xBF)
    return 3;
  if (left >= 3 && p[0] == 0xE2 && p[1] == 0x88 && p[2] == 0x92)
    return 3;
  return 0;
}

/* Vertebrae as ordinals down the spine, C1 = 1 … S5 = 29, so that
 * "C4-C5 and C5-C6" can be seen to touch; the occiput is C0 = 0. */
static int
vertebra_ordinal (char  region,
                  guint number)
{
  switch (g_ascii_toupper (region))
    {
    case 'C': return number <= 7 ? (int) number : -1;
    case 'T':
    case 'D': return number >= 1 && number <= 12 ? 7 + (int) number : -1;
    case 'L': return number >= 1 && number <= 5 ? 19 + (int) number : -1;
    case 'S': return number >= 1 && number <= 5 ? 24 + (int) number : -1;
    default: return -1;
    }
}

static void
append_vertebra (GString *out,
                 int      ordinal)
{
  if (ordinal <= 7)
    g_string_append_printf (out, "C%d", ordinal);
  else if (ordinal <= 19)
    g_string_append_printf (out, "T%d", ordinal - 7);
  else if (ordinal <= 24)
    g_string_append_printf (out, "L%d", ordinal - 19);
  else
    g_string_append_printf (out, "S%d", ordinal - 24);
}

static gboolean
is_region_letter (char c)
{
  return strchr ("CTDLSctdls", c) != NULL && c != '\0';
}

/* A letter, a digit or a non-ASCII character that is no separator. */
static gboolean
word_goes_on (const char *p,
              gsize       left)
{
  return g_ascii_isalnum (*p)
         || ((guchar) *p >= 0x80 && report_separator_length ((const guchar *) p, left) == 0);
}

/* Reads "C5", "5" (region given) or "L5" at @p; returns the bytes used
 * or 0. The vertebra must not run on into more letters or digits. */
static gsize
parse_vertebra (const char *p,
                gsize       left,
                char        default_region,
                int        *ordinal)
{
  gsize i = 0;
  char  region = default_region;
  guint number = 0;
  guint digits = 0;

  if (i < left && is_region_letter (p[i]))
    region = p[i++];
  while (i < left && g_ascii_isdigit (p[i]) && digits < 3)
    number = number * 10 + (p[i++] - '0'), digits++;

  if (digits == 0 || digits > 2 || region == '\0')
    return 0;
  /* "C0" is the occiput; "T0", "C00" are nothing. */
  if (number == 0 && (digits != 1 || g_ascii_toupper (region) != 'C'))
    return 0;
  if (i < left && word_goes_on (p + i, left - i))
    return 0;

  *ordinal = vertebra_ordinal (region, number);
  return *ordinal >= 0 ? i : 0;
}

/* A dash between levels: ASCII hyphen or slash, en or em dash, minus. */
static gsize
level_dash_length (const char *p,
                   gsize       left)
{
  const guchar *u = (const guchar *) p;

  if (left >= 1 && (p[0] == '-' || p[0] == '/'))
    return 1;
  if (left >= 3 && u[0] == 0xE2 && u[1] == 0x80 && u[2] >= 0x90 && u[2] <= 0x95)
    return 3;
  if (left >= 3 && u[0] == 0xE2 && u[1] == 0x88 && u[2] == 0x92)
    return 3;
  return 0;
}

/* Parses a level starting at @p: "C5", "C5-C6", "C5-6", "L5/S1",
 * "T12 - L1", "L5S1". Returns the bytes used, or 0. */
gsize
report_parse_level (const char *p,
                    gsize       left,
                    char        region,
                    int        *first,
                    int        *last)
{
  gsize used, i, dash, more;
  int   second;

  if (left == 0 || (region == '\0' && !is_region_letter (p[0])))
    return 0;
  if (region == '\0')
    region = g_ascii_toupper (p[0]);

  /* "L5S1" is written without a dash. */
  used = is_region_letter (p[0]) ? 1 : 0;
  while (used < left && used < 3 && g_ascii_isdigit (p[used]))
    used++;
  if (used > 1 && used < left && is_region_letter (p[0]) && is_region_letter (p[used]))
    {
      int   a, b;
      gsize n = parse_vertebra (p, used, '\0', &a);

      if (n == used && (more = parse_vertebra (p + used, left - used, '\0', &b)) > 0 && b > a)
        {
          *first = a;
          *last = b;
          return used + more;
        }
    }

  used = parse_vertebra (p, left, region, first);
  if (used == 0)
    return 0;
  *last = *first;

  i = used;
  while (i < left && i < used + 2 && p[i] == ' ')
    i++;
  dash = level_dash_length (p + i, left - i);
  if (dash == 0)
    return used;
  i += dash;
  while (i < left && p[i] == ' ')
    i++;
  more = parse_vertebra (p + i, left - i, region, &second);
  if (more == 0 || second <= *first)
    return used;

  *last = second;
  return i + more;
}

void
report_levels_add (Levels *levels,
                   int     first,
                   int     last)
{
  if (report_levels_has (levels, first, last))
    return;

  if (levels->n < MAX_RANGES)
    {
      levels->first[levels->n] = first;
      levels->last[levels->n] = last;
      levels->n++;
    }
}

gboolean
report_levels_has (const Levels *levels,
                   int           first,
                   int           last)
{
  for (guint i = 0; i < levels->n; i++)
    if (levels->first[i] == first && levels->last[i] == last)
      return TRUE;
  return FALSE;
}

/* Sorted, touching ranges merged ("C4-C5, C5-C6" is "C4-C6"), joined by
 * ", ". A finding put into a case takes one range at a time
 * (findings_at_levels), so no level is cut to fit a case's 32 bytes. */
char *
report_levels_format (const Levels *levels)
{
  gint8 first[MAX_RANGES], last[MAX_RANGES];
  guint n = 0;
  g_autoptr(GString) out = NULL;

  if (levels->n == 0)
    return NULL;

  for (guint i = 0; i < levels->n; i++)
    {
      guint j = n;

      while (j > 0 && first[j - 1] > levels->first[i])
        {
          first[j] = first[j - 1];
          last[j] = last[j - 1];
          j--;
        }
      first[j] = levels->first[i];
      last[j] = levels->last[i];
      n++;
    }

  out = g_string_new (NULL);
  for (guint i = 0; i < n;)
    {
      int   a = first[i], b = last[i];
      guint j = i + 1;

      /* Discs share a vertebra; two single vertebrae may be neighbours. */
      while (j < n && (first[j] <= b || (a == b && first[j] == last[j] && first[j] == b + 1)))
        {
          b = MAX (b, last[j]);
          j++;
        }

      if (out->len > 0)
        g_string_append (out, ", ");
      append_vertebra (out, a);
      if (b != a)
        {
          g_string_append_c (out, '-');
          append_vertebra (out, b);
        }
      i = j;
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Reads back what levels_format wrote, to merge summaries. */
void
report_levels_parse (Levels     *levels,
                     const char *text)
{
  gsize left = strlen (text);

  while (left > 0)
    {
      int   first, last;
      gsize used = report_parse_level (text, left, '\0', &first, &last);

      if (used == 0)
        {
          text++, left--;
          continue;
        }
      report_levels_add (levels, first, last);
      text += used, left -= used;
    }
}
