/* spinecds-json-checker.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "spinecds-json"

#include "config.h"

#include <string.h>

#include "spinecds-json-checker.h"

typedef enum
{
  EXPECT_VALUE,        /* a value must come */
  EXPECT_VALUE_OR_END, /* just after '[' */
  EXPECT_KEY,          /* after ',' in an object */
  EXPECT_KEY_OR_END,   /* just after '{' */
  EXPECT_COLON,
  EXPECT_NEXT, /* after a value: ',' or the closing bracket */
  DONE,        /* the top-level value is complete */
} Expect;

typedef struct
{
  const char *data;
  gsize       length;
  gsize       pos;
  const char *expected; /* set on failure */
  const char *found;
  gsize       where;
} Checker;

typedef struct
{
  char        bracket; /* '{' or '[' */
  GHashTable *keys;    /* objects only: raw keys seen */
} Level;

static gboolean
fail (Checker    *checker,
      gsize       where,
      const char *expected,
      const char *found)
{
  checker->where = where;
  checker->expected = expected;
  checker->found = found;
  return FALSE;
}

static gboolean
is_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static void
skip_space (Checker *checker)
{
  while (checker->pos < checker->length && is_space (checker->data[checker->pos]))
    checker->pos++;
}

static int
peek (Checker *checker)
{
  return checker->pos < checker->length ? (guchar) checker->data[checker->pos] : -1;
}

static const char *
describe (int c)
{
  if (c < 0)
    return "the end of the text";
  if (c == '\'')
    return "a single quote";
  if (c == '/')
    return "a comment or '/'";
  if (c < 0x20)
    return "a control character";
  return "an unexpected character";
}

static gboolean
scan_escape (Checker *checker)
{
  int c = peek (checker);

  if (c < 0 || strchr ("\"\\/bfnrtu", c) == NULL)
    return fail (checker, checker->pos, "a valid escape", describe (c));

  checker->pos++;
  if (c != 'u')
    return TRUE;

  if (checker->length - checker->pos < 4)
    return fail (checker, checker->pos, "four hex digits", "the end of the text");
  for (guint i = 0; i < 4; i++)
    if (!g_ascii_isxdigit (checker->data[checker->pos + i]))
      return fail (checker, checker->pos + i, "four hex digits", "an unexpected character");
  /* A NUL in a string would silently cut it short in C. */
  if (strncmp (checker->data + checker->pos, "0000", 4) == 0)
    return fail (checker, checker->pos - 2, "text without NUL characters", "\\u0000");

  checker->pos += 4;
  return TRUE;
}

/* At the opening quote; leaves pos after the closing one. */
static gboolean
scan_string (Checker *checker)
{
  checker->pos++;

  for (;;)
    {
      int c = peek (checker);

      if (c < 0)
        return fail (checker, checker->pos, "a closing quote", "the end of the text");
      if (c < 0x20)
        return fail (checker, checker->pos, "a string without raw control characters", "a control character");

      checker->pos++;
      if (c == '"')
        return TRUE;
      if (c == '\\' && !scan_escape (checker))
        return FALSE;
    }
}

static guint
scan_digits (Checker *checker)
{
  guint n = 0;

  while (peek (checker) >= '0' && peek (checker) <= '9')
    {
      checker->pos++;
      n++;
    }

  return n;
}

static gboolean
scan_number (Checker *checker)
{
  gsize    start = checker->pos;
  gboolean integer = TRUE;
  guint    digits;

  if (peek (checker) == '-')
    checker->pos++;

  if (peek (checker) == '0')
    {
      checker->pos++;
      digits = 1;
    }
  else if ((digits = scan_digits (checker)) == 0)
    return fail (checker, checker->pos, "a digit", describe (peek (checker)));

  if (peek (checker) == '.')
    {
      checker->pos++;
      integer = FALSE;
      if (scan_digits (checker) == 0)
        return fail (checker, checker->pos, "a digit after the decimal point", describe (peek (checker)));
    }

  if (peek (checker) == 'e' || peek (checker) == 'E')
    {
      checker->pos++;
      integer = FALSE;
      if (peek (checker) == '+' || peek (checker) == '-')
        checker->pos++;
      if (scan_digits (checker) == 0)
        return fail (checker, checker->pos, "a digit in the exponent", describe (peek (checker)));
    }

  /* 18 digits always fit in 64 bits; json-glib wraps larger integers. */
  if (integer && digits > 18)
    return fail (checker, start, "an integer of at most 18 digits", "a larger integer");

  return TRUE;
}

static gboolean
scan_literal (Checker *checker)
{
  static const char * const literals[] = { "true", "false", "null" };

  for (guint i = 0; i < G_N_ELEMENTS (literals); i++)
    {
      gsize n = strlen (literals[i]);

      if (checker->length - checker->pos >= n && strncmp (checker->data + checker->pos, literals[i], n) == 0)
        {
          checker->pos += n;
          return TRUE;
        }
    }

  return fail (checker, checker->pos, "a JSON value", describe (peek (checker)));
}

static void
level_clear (Level *level)
{
  g_clear_pointer (&level->keys, g_hash_table_unref);
}

/* Records the key that starts at @start (its opening quote). */
static gboolean
add_key (Checker *checker,
         Level   *level,
         gsize    start)
{
  char *key = g_strndup (checker->data + start + 1, checker->pos - start - 2);

  if (!g_hash_table_add (level->keys, key))
    return fail (checker, start, "each key once in an object", "a duplicate key");

  return TRUE;
}

static gboolean
check (Checker *checker,
       GArray  *stack,
       guint    max_depth)
{
  Expect expect = EXPECT_VALUE;

  for (;;)
    {
      Level   *top = stack->len > 0 ? &g_array_index (stack, Level, stack->len - 1) : NULL;
      int      c;
      gsize    start;
      gboolean scanned;

      skip_space (checker);
      c = peek (checker);
      start = checker->pos;

      switch (expect)
        {
        case DONE:
          return c < 0 || fail (checker, start, "the end of the text after the value", "more text");

        case EXPECT_KEY_OR_END:
        case EXPECT_VALUE_OR_END:
          if (c == (expect == EXPECT_KEY_OR_END ? '}' : ']'))
            goto close;
          expect = expect == EXPECT_KEY_OR_END ? EXPECT_KEY : EXPECT_VALUE;
          continue;

        case EXPECT_KEY:
          if (c != '"')
            return fail (checker, start, "a key in double quotes", describe (c));
          if (!scan_string (checker) || !add_key (checker, top, start))
            return FALSE;
          expect = EXPECT_COLON;
          continue;

        case EXPECT_COLON:
          if (c != ':')
            return fail (checker, start, "':' after the key", describe (c));
          checker->pos++;
          expect = EXPECT_VALUE;
          continue;

        case EXPECT_NEXT:
          if (c == ',')
            {
              checker->pos++;
              expect = top->bracket == '{' ? EXPECT_KEY : EXPECT_VALUE;
              continue;
            }
          if (c == (top->bracket == '{' ? '}' : ']'))
            goto close;
          return fail (checker, start, top->bracket == '{' ? "',' or '}'" : "',' or ']'", describe (c));

        case EXPECT_VALUE:
        default:
          break;
        }

      /* A value starts here. */
      if (c == '{' || c == '[')
        {
          Level level = { (char) c, NULL };

          if (stack->len >= max_depth)
            return fail (checker, start, NULL, "more");
          if (c == '{')
            level.keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
          g_array_append_val (stack, level);
          checker->pos++;
          expect = c == '{' ? EXPECT_KEY_OR_END : EXPECT_VALUE_OR_END;
          continue;
        }

      if (c == '"')
        scanned = scan_string (checker);
      else if (c == '-' || (c >= '0' && c <= '9'))
        scanned = scan_number (checker);
      else
        scanned = scan_literal (checker);
      if (!scanned)
        return FALSE;

      expect = stack->len > 0 ? EXPECT_NEXT : DONE;
      continue;

    close:
      checker->pos++;
      g_array_set_size (stack, stack->len - 1);
      expect = stack->len > 0 ? EXPECT_NEXT : DONE;
    }
}

static void
position_of (const char *data,
             gsize       offset,
             guint      *line,
             guint      *column)
{
  *line = 1;
  *column = 1;
  for (gsize i = 0; i < offset; i++)
    {
      if (data[i] == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else if (((guchar) data[i] & 0xC0) != 0x80)
        (*column)++;
    }
}

gboolean
spinecds_json_check (const char *data,
                     gsize       length,
                     guint       max_depth,
                     char      **message)
{
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (Level));
  Checker checker = { data, length, 0, NULL, NULL, 0 };
  guint   line, column;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  g_array_set_clear_func (stack, (GDestroyNotify) level_clear);
  if (check (&checker, stack, max_depth))
    return TRUE;

  position_of (data, checker.where, &line, &column);
  if (message == NULL)
    return FALSE;

  /* NULL stands for the one message that needs a number. */
  if (checker.expected == NULL)
    *message = g_strdup_printf ("expected at most %u levels of nesting, found more at line %u, column %u",
                                max_depth, line, column);
  else
    *message = g_strdup_printf ("expected valid JSON (%s), found %s at line %u, column %u",
                                checker.expected, checker.found, line, column);
  return FALSE;
}
