/* spinecds-catalog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A reader for GNU .mo files (the format gettext's msgfmt writes): a
 * header, then two tables of (length, offset) pairs for the original
 * and the translated strings. Contexts are stored as "CONTEXT\004MSGID".
 */
#define G_LOG_DOMAIN "spinecds-catalog"

#include "config.h"

#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "spinecds-bounded-file.h"
#include "spinecds-build-tree.h"
#include "spinecds-catalog.h"

/* A catalog of every SpineCDS string is a few hundred kilobytes. */
#define MAX_MO_SIZE (16 * 1024 * 1024)
#define MO_MAGIC 0x950412deU
#define MO_MAGIC_SWAPPED 0xde120495U

struct _SpineCdsCatalog
{
  gatomicrefcount ref_count;
  char           *language;
  GHashTable     *messages; /* msgid (with context) -> translation */
};

static SpineCdsCatalog *
catalog_new (const char *language)
{
  SpineCdsCatalog *self = g_new0 (SpineCdsCatalog, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->language = g_strdup (language);
  self->messages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  return self;
}

static gboolean
read_word (const guint8 *data,
           gsize         length,
           gsize         offset,
           gboolean      swapped,
           guint32      *value)
{
  guint32 word;

  if (offset > length || length - offset < 4)
    return FALSE;

  memcpy (&word, data + offset, 4);
  *value = swapped ? GUINT32_SWAP_LE_BE (word) : word;
  return TRUE;
}

/* Reads entry @index of the table at @table: a string that must lie
 * inside the file and be NUL-terminated. */
static const char *
read_entry (const guint8 *data,
            gsize         length,
            guint32       table,
            guint32       index,
            gboolean      swapped)
{
  guint32 entry_length, entry_offset;
  gsize   position = (gsize) table + (gsize) index * 8;

  if (!read_word (data, length, position, swapped, &entry_length)
      || !read_word (data, length, position + 4, swapped, &entry_offset)
      || entry_offset > length || length - entry_offset <= entry_length
      || data[entry_offset + entry_length] != '\0')
    return NULL;

  return (const char *) data + entry_offset;
}

static gboolean
parse_mo (SpineCdsCatalog *self,
          const guint8    *data,
          gsize            length)
{
  guint32  magic, n_strings, originals, translations;
  gboolean swapped;

  if (!read_word (data, length, 0, FALSE, &magic) || (magic != MO_MAGIC && magic != MO_MAGIC_SWAPPED))
    return FALSE;
  swapped = magic == MO_MAGIC_SWAPPED;

  if (!read_word (data, length, 8, swapped, &n_strings)
      || !read_word (data, length, 12, swapped, &originals)
      || !read_word (data, length, 16, swapped, &translations))
    return FALSE;

  for (guint32 i = 0; i < n_strings; i++)
    {
      const char *original = read_entry (data, length, originals, i, swapped);
      const char *translation = read_entry (data, length, translations, i, swapped);

      if (original == NULL || translation == NULL)
        return FALSE;

      /* The header (empty msgid) and untranslated entries are skipped;
       * for plurals, the singular forms are the first segments. */
      if (*original != '\0' && *translation != '\0')
        g_hash_table_insert (self->messages, g_strdup (original), g_strdup (translation));
    }

  return TRUE;
}

SpineCdsCatalog *
spinecds_catalog_new_from_data (const guint8 *data,
                                gsize         length,
                                const char   *source,
                                const char   *language,
                                GError      **error)
{
  g_autoptr(SpineCdsCatalog) self = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (language != NULL, NULL);

  self = catalog_new (language);
  if (!parse_mo (self, data, length))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, "%s: not a valid message catalog", source);
      return NULL;
    }
  return g_steal_pointer (&self);
}

SpineCdsCatalog *
spinecds_catalog_new_from_file (const char *mo_path,
                                const char *language,
                                GError    **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (mo_path != NULL, NULL);
  g_return_val_if_fail (language != NULL, NULL);

  file = g_file_new_for_path (mo_path);
  bytes = spinecds_bounded_file_read (file, MAX_MO_SIZE, NULL, &local_error);
  if (bytes == NULL)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, "%s: %s", mo_path, local_error->message);
      return NULL;
    }
  return spinecds_catalog_new_from_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), mo_path,
                                         language, error);
}

const char *
spinecds_catalog_get_localedir (void)
{
  static char *built;
  static gsize done;
  const char  *override = g_getenv ("SPINECDS_LOCALEDIR");

  if (override != NULL && *override != '\0')
    return override;
  /* Uninstalled: the catalogs compiled in the build tree's po/. */
  if (g_once_init_enter (&done))
    {
      if (spinecds_build_tree_get_root () != NULL)
        built = g_build_filename (spinecds_build_tree_get_root (), "po", NULL);
      g_once_init_leave (&done, 1);
    }
  return built != NULL ? built : LOCALEDIR;
}

static gboolean
is_english (const char *language)
{
  return g_str_equal (language, "C") || g_str_equal (language, "POSIX")
         || g_str_has_prefix (language, "C.") || g_str_equal (language, "en")
         || g_str_has_prefix (language, "en_") || g_str_has_prefix (language, "en.");
}

/* "de", "pt_BR", "sr@latin", "de_DE.UTF-8": what a language may be
 * called. Anything else (a path, "de/../../x") names no catalog. */
static gboolean
is_language_tag (const char *language)
{
  const char *p = language;
  gsize       n = 0;

  while (g_ascii_isalpha (*p) && n < 8)
    p++, n++;
  if (n < 2 || n > 3)
    return FALSE;
  if (*p == '_')
    {
      for (n = 0, p++; g_ascii_isalnum (*p) && n < 8; p++)
        n++;
      if (n < 2 || n > 3)
        return FALSE;
    }
  if (*p == '.')
    for (p++; g_ascii_isalnum (*p) || *p == '-'; p++)
      ;
  if (*p == '@')
    for (p++; g_ascii_isalnum (*p); p++)
      ;
  return *p == '\0';
}

SpineCdsCatalog *
spinecds_catalog_new_for_language (const char *language,
                                   GError    **error)
{
  g_auto(GStrv) variants = NULL;

  g_return_val_if_fail (language != NULL, NULL);

  if (is_english (language))
    return catalog_new ("en");
  if (!is_language_tag (language))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, "not a language name: \"%s\"", language);
      return NULL;
    }

  /* "pt_BR.UTF-8" tries pt_BR.UTF-8, pt_BR, pt.UTF-8, pt, like gettext. */
  variants = g_get_locale_variants (language);
  for (guint i = 0; variants[i] != NULL; i++)
    {
      g_autofree char *path = g_build_filename (spinecds_catalog_get_localedir (), variants[i],
                                                "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);

      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        return spinecds_catalog_new_from_file (path, language, error);
    }

  g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT,
               "no translation for the language \"%s\" is installed", language);
  return NULL;
}

SpineCdsCatalog *
spinecds_catalog_new_for_environment (void)
{
  const char * const *languages = g_get_language_names ();

  for (guint i = 0; languages[i] != NULL; i++)
    {
      SpineCdsCatalog *catalog = spinecds_catalog_new_for_language (languages[i], NULL);

      if (catalog != NULL)
        return catalog;
    }
  return catalog_new ("en");
}

void
spinecds_catalog_set_locale (void)
{
  const char *locale = setlocale (LC_ALL, "");
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) languages = NULL;
  g_autofree char *language = NULL;

  if (locale != NULL && !g_str_equal (locale, "C") && !g_str_equal (locale, "POSIX"))
    return;

  /* What GLib (and so the catalogs) read from LANG and LC_*, before
   * the locale changes. */
  builder = g_strv_builder_new ();
  for (const char * const *name = g_get_language_names (); *name != NULL; name++)
    if (!g_str_equal (*name, "C") && !g_str_equal (*name, "POSIX"))
      g_strv_builder_add (builder, *name);
  languages = g_strv_builder_end (builder);
  language = g_strjoinv (":", languages);

  if (setlocale (LC_ALL, "C.UTF-8") == NULL)
    return;
  if (*language != '\0')
    g_setenv ("LANGUAGE", language, TRUE);
}

/* Boxed, so that a widget can take a catalog as a property. */
G_DEFINE_BOXED_TYPE (SpineCdsCatalog, spinecds_catalog, spinecds_catalog_ref, spinecds_catalog_unref)

SpineCdsCatalog *
spinecds_catalog_ref (SpineCdsCatalog *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
spinecds_catalog_unref (SpineCdsCatalog *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_hash_table_unref (self->messages);
      g_free (self->language);
      g_free (self);
    }
}

const char *
spinecds_catalog_get_language (SpineCdsCatalog *self)
{
  return self != NULL ? self->language : "en";
}

gboolean
spinecds_catalog_is_rtl (SpineCdsCatalog *self)
{
  static const char * const rtl[] = { "ar", "he", "fa", "ur", "yi", NULL };
  g_autofree char          *base = NULL;

  if (self == NULL)
    return FALSE;

  base = g_strndup (self->language, strcspn (self->language, "_.@"));
  return g_strv_contains (rtl, base);
}

/* The decimal separator of a language: the locales that would say it
 * (de_DE, ar_EG…) are not installed on most machines, so it is kept
 * here for the languages SpineCDS ships, with a comma as the common
 * default of continental languages. */
static const char *
decimal_separator (const char *language)
{
  static const char * const point[] = { "en", "ja", "zh", "ko", "he", "th", NULL };
  g_autofree char          *base = g_strndup (language, strcspn (language, "_.@"));

  if (g_str_equal (base, "ar") || g_str_equal (base, "fa"))
    return "\u066b";
  if (g_strv_contains (point, base))
    return ".";
  return ",";
}

char *
spinecds_catalog_format_number (SpineCdsCatalog *self,
                                double           number)
{
  char        buffer[G_ASCII_DTOSTR_BUF_SIZE];
  const char *separator = decimal_separator (spinecds_catalog_get_language (self));
  char       *point;

  g_ascii_formatd (buffer, sizeof buffer, "%.4g", number);
  point = strchr (buffer, '.');
  if (point == NULL || g_str_equal (separator, "."))
    return g_strdup (buffer);

  *point = '\0';
  return g_strconcat (buffer, separator, point + 1, NULL);
}

/* Format strings ---------------------------------------------------------- */

#define MAX_CONVERSIONS 16

/* Skips the digits at *@p; FALSE when they make a width or precision
 * no translation needs (over 99). */
static gboolean
small_number (const char **p)
{
  guint digits = 0;

  while (g_ascii_isdigit (**p))
    {
      (*p)++;
      digits++;
    }
  return digits <= 2;
}

/* The conversions of a printf format, by argument: "%2$s … %1$d" and
 * "%d … %s" both give { d, s }. Each entry is the length modifier and
 * the conversion letter ("lu", "s", "d" for "i" too); "*" for a width
 * or precision taken from the arguments. FALSE for what printf would
 * not read safely: a lone "%", an unknown letter, a mix of numbered and
 * unnumbered arguments, too many. */
static gboolean
conversions (const char *format,
             char        out[MAX_CONVERSIONS][4],
             guint      *n_out)
{
  guint    n = 0, highest = 0;
  gboolean numbered = FALSE, unnumbered = FALSE;

  memset (out, 0, MAX_CONVERSIONS * 4);
  for (const char *p = strchr (format, '%'); p != NULL; p = strchr (p, '%'))
    {
      guint position = 0;
      char  length[3] = { 0 };
      gsize n_length = 0;

      p++;
      if (*p == '%')
        {
          p++;
          continue;
        }
      if (g_ascii_isdigit (*p))
        {
          const char *digits = p;

          while (g_ascii_isdigit (*p) && p - digits < 3)
            position = position * 10 + (guint) (*p++ - '0');
          if (*p != '$')
            {
              p = digits; /* a width, not a position */
              position = 0;
            }
          else if (position == 0 || position > MAX_CONVERSIONS)
            return FALSE; /* printf reads "%0$d" as text and "%4294967297$d" as it likes */
          else
            p++;
        }
      while (*p != '\0' && strchr ("-+ #0'", *p) != NULL)
        p++;
      if (*p == '*')
        return FALSE; /* no SpineCDS string takes its width from an argument */
      if (!small_number (&p))
        return FALSE; /* "%860322151u" would allocate most of a gigabyte */
      if (*p == '.')
        {
          p++;
          if (*p == '*' || !small_number (&p))
            return FALSE;
        }
      while (*p != '\0' && strchr ("hlLqjzt", *p) != NULL && n_length < 2)
        length[n_length++] = *p++;
      if (*p == '\0' || strchr ("diouxXeEfFgGaAcsp", *p) == NULL)
        return FALSE;

      /* Whether this one named its argument, not whether its position
       * happens to equal the count: "%2$s %s" mixes the two, which C
       * leaves undefined. */
      if (position > 0)
        numbered = TRUE;
      else
        {
          position = ++n;
          unnumbered = TRUE;
        }
      if (position > MAX_CONVERSIONS || out[position - 1][0] != '\0')
        return FALSE;
      g_snprintf (out[position - 1], 4, "%s%c", length, *p == 'i' ? 'd' : *p);
      highest = MAX (highest, position);
      p++;
    }
  if (numbered && unnumbered)
    return FALSE;
  *n_out = highest;
  return TRUE;
}

/* A translation may be used as the format @msgid is only when it takes
 * the same arguments: a catalog that turned "%u" into "%s" would crash
 * the program that trusted it. */
static gboolean
same_conversions (const char *msgid,
                  const char *translation)
{
  char  expected[MAX_CONVERSIONS][4], found[MAX_CONVERSIONS][4];
  guint n_expected, n_found;

  return conversions (msgid, expected, &n_expected) && conversions (translation, found, &n_found)
         && n_expected == n_found && memcmp (expected, found, sizeof expected) == 0;
}

char *
spinecds_catalog_printf (SpineCdsCatalog *self,
                         const char      *format,
                         ...)
{
  const char *translation = spinecds_catalog_pgettext (self, NULL, format);
  va_list     args;
  char       *result;

  if (translation != format && !same_conversions (format, translation))
    {
      g_message ("The %s translation of “%s” takes other arguments; using the original",
                 spinecds_catalog_get_language (self), format);
      translation = format;
    }

  /* Not a literal, but checked above to take exactly the arguments of
   * @format, which the compiler checks at every call. */
  va_start (args, format);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  result = g_strdup_vprintf (translation, args);
#pragma GCC diagnostic pop
  va_end (args);
  return result;
}

const char *
spinecds_catalog_pgettext (SpineCdsCatalog *self,
                           const char      *context,
                           const char      *msgid)
{
  const char *translation;

  g_return_val_if_fail (msgid != NULL, NULL);

  if (self == NULL || g_hash_table_size (self->messages) == 0)
    return msgid;

  if (context != NULL)
    {
      g_autofree char *key = g_strconcat (context, "\004", msgid, NULL);

      translation = g_hash_table_lookup (self->messages, key);
    }
  else
    translation = g_hash_table_lookup (self->messages, msgid);

  return translation != NULL ? translation : msgid;
}

/* Languages {{{ */

const char *
spinecds_catalog_language_name (const char *code)
{
  /* Each language in its own name, as a language menu shows it, so it
   * is never translated. The one table of the program. */
  static const struct
  {
    const char *code, *name;
  } names[] = {
    { "en", "English" },
    { "de", "Deutsch" },
    { "fr", "Français" },
    { "es", "Español" },
    { "it", "Italiano" },
    { "pt", "Português" },
    { "nl", "Nederlands" },
    { "pl", "Polski" },
    { "tr", "Türkçe" },
    { "ar", "العربية" },
    { "he", "עברית" },
    { "fa", "فارسی" },
    { "ru", "Русский" },
    { "uk", "Українська" },
    { "zh_CN", "中文" },
    { "ja", "日本語" },
  };

  g_return_val_if_fail (code != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (code, names[i].code))
      return names[i].name;
  return code;
}

/* g_ptr_array_sort() passes pointers to the elements. */
static int
compare_codes (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

GStrv
spinecds_catalog_list_languages (void)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = g_dir_open (spinecds_catalog_get_localedir (), 0, NULL);
  const char *name;

  g_strv_builder_add (builder, "en");
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *mo = g_build_filename (spinecds_catalog_get_localedir (), name,
                                              "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);

      if (!g_str_equal (name, "en") && g_file_test (mo, G_FILE_TEST_IS_REGULAR))
        g_ptr_array_add (found, g_strdup (name));
    }
  g_ptr_array_sort (found, compare_codes);
  for (guint i = 0; i < found->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (found, i));
  return g_strv_builder_end (builder);
}

/* }}} */

/* Dates {{{ */

/* Month names of our own, so a date reads in the document's language
 * whatever locales the machine has. */
char *
spinecds_catalog_format_date (SpineCdsCatalog *catalog,
                              GDateTime       *date)
{
  static const char * const months[] = {
    N_ ("January"), N_ ("February"), N_ ("March"), N_ ("April"), N_ ("May"), N_ ("June"),
    N_ ("July"), N_ ("August"), N_ ("September"), N_ ("October"), N_ ("November"), N_ ("December")
  };

  g_return_val_if_fail (date != NULL, NULL);

  /* Translators: a date; %1$d is the day, %2$s the month's name, %3$d the
   * year. Reorder as your language writes dates, e.g. "%1$d. %2$s %3$d". */
  return spinecds_catalog_printf (catalog, N_ ("%2$s %1$d, %3$d"),
                                  g_date_time_get_day_of_month (date),
                                  spinecds_catalog_pgettext (catalog, NULL, months[g_date_time_get_month (date) - 1]),
                                  g_date_time_get_year (date));
}

char *
spinecds_catalog_format_iso_date (SpineCdsCatalog *catalog,
                                  const char      *iso)
{
  int  year, month, day;
  char end;
  g_autoptr(GDateTime) time = NULL;

  g_return_val_if_fail (iso != NULL, NULL);

  if (sscanf (iso, "%4d-%2d-%2d%c", &year, &month, &day, &end) != 3
      || (time = g_date_time_new_utc (year, month, day, 12, 0, 0)) == NULL)
    return g_strdup (iso);
  return spinecds_catalog_format_date (catalog, time);
}

/* }}} */
