/* test-json.c: the strict JSON check and the canonical number writer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "spinecds-json.h"
#include "spinecds-json-checker.h"

static gboolean
accepts (const char *text)
{
  g_autofree char *message = NULL;

  return spinecds_json_check (text, strlen (text), 8, &message);
}

static void
test_accepts_valid_json (void)
{
  static const char * const valid[] = {
    "{}", "[]", "0", "-0.5e+3", "\"\\u00e9\\n\"", "true", "null", " {\"a\": [1, 2, {\"b\": null}]} \n",
    "123456789012345678", "[[[[[[[[]]]]]]]]"
  };

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    if (!accepts (valid[i]))
      g_error ("refused valid JSON: %s", valid[i]);
}

static void
test_refuses_what_json_glib_lets_through (void)
{
  static const struct
  {
    const char *text, *found;
  } invalid[] = {
    { "{\"a\": 1, \"a\": 2}", "a duplicate key" },
    { "{'a': 1}", "a single quote" },
    { "{\"a\": 1 /* c */}", "a comment" },
    { "{\"a\": 1,}", "an unexpected character" },
    { "{\"a\": 1} {}", "more text" },
    { "[1] x", "more text" },
    { "1234567890123456789", "a larger integer" },
    { "\"a\\u0000b\"", "\\u0000" },
    { "[01]", "',' or ']'" },
    { "[1.]", "an unexpected character" },
    { "\"tab\there\"", "a control character" },
    { "[[[[[[[[[]]]]]]]]]", "more" },
    { "", "the end of the text" },
    { "{\"a\"}", "':' after the key" },
    { "[\"\\x\"]", "a valid escape" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autofree char *message = NULL;

      if (spinecds_json_check (invalid[i].text, strlen (invalid[i].text), 8, &message))
        g_error ("accepted invalid JSON: %s", invalid[i].text);
      if (strstr (message, invalid[i].found) == NULL || strstr (message, "line 1, column") == NULL)
        g_error ("%s: message “%s” does not say “%s” and where", invalid[i].text, message, invalid[i].found);
    }
}

/* Deep nesting is refused without recursion, whatever hides it. */
static void
test_deep_nesting (void)
{
  g_autoptr(GString) text = g_string_new ("['\"', ");
  g_autofree char *message = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append_c (text, '[');
  g_assert_false (spinecds_json_check (text->str, text->len, 32, &message));
}

static void
test_position (void)
{
  g_autofree char *message = NULL;

  g_assert_false (spinecds_json_check ("{\n  \"é\": tru\n}", strlen ("{\n  \"é\": tru\n}"), 8, &message));
  g_assert_nonnull (strstr (message, "line 2, column 8"));
}

static void
test_number_writer (void)
{
  static const struct
  {
    double      value;
    const char *text;
  } numbers[] = {
    { 0, "0" },
    { -0.0, "0" },
    { 95, "95" },
    { 0.5, "0.5" },
    { 38.6, "38.6" },
    { 1e-7, "1e-07" },
    { 37.9, "37.9" },
    { 0.1 + 0.2, "0.30000000000000004" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      g_autoptr(GString) out = g_string_new (NULL);

      spinecds_json_append_number (out, numbers[i].value);
      g_assert_cmpstr (out->str, ==, numbers[i].text);
    }
}

static void
test_string_writer (void)
{
  g_autoptr(GString) out = g_string_new (NULL);

  spinecds_json_append_string (out, "a\"b\\c\n\t\001é");
  g_assert_cmpstr (out->str, ==, "\"a\\\"b\\\\c\\n\\t\\u0001é\"");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/spinecds/json/accepts-valid", test_accepts_valid_json);
  g_test_add_func ("/spinecds/json/refuses-lenient", test_refuses_what_json_glib_lets_through);
  g_test_add_func ("/spinecds/json/deep-nesting", test_deep_nesting);
  g_test_add_func ("/spinecds/json/position", test_position);
  g_test_add_func ("/spinecds/json/number-writer", test_number_writer);
  g_test_add_func ("/spinecds/json/string-writer", test_string_writer);

  return g_test_run ();
}
