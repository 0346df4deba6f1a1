/* spinecds-report-digest.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "spinecds-report"

#include "config.h"

#include "spinecds-report-digest.h"
#include "spinecds-report-reader.h"

struct _SpineCdsReportDigest
{
  gboolean    readable;
  gboolean    mentions_any;
  /* Codes named present or doubtful (static strings) -> their mention
   * (highest grade, levels joined), or NULL when only a second
   * language's reading names them. */
  GHashTable *named;
};

static void
add_codes (GHashTable *named,
           GPtrArray  *mentions)
{
  for (guint i = 0; i < mentions->len; i++)
    {
      const SpineCdsMention *mention = g_ptr_array_index (mentions, i);

      if (mention->code != NULL && !g_hash_table_contains (named, mention->code))
        g_hash_table_insert (named, (gpointer) mention->code, spinecds_mention_copy (mention));
    }
}

SpineCdsReportDigest *
spinecds_report_digest_read (const char *text)
{
  SpineCdsReportDigest *self = g_atomic_rc_box_new0 (SpineCdsReportDigest);
  g_autoptr(SpineCdsReportSummary) summary = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  self->named = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) spinecds_mention_free);
  summary = spinecds_report_summary_read (text, -1, "auto", NULL);
  self->readable = summary != NULL;
  if (summary == NULL)
    return self;

  add_codes (self->named, summary->findings);
  add_codes (self->named, summary->uncertain);
  /* A second language's part may name what the first reading missed. */
  for (guint i = 0; i < summary->also_codes->len; i++)
    if (!g_hash_table_contains (self->named, g_ptr_array_index (summary->also_codes, i)))
      g_hash_table_insert (self->named, g_ptr_array_index (summary->also_codes, i), NULL);
  self->mentions_any = g_hash_table_size (self->named) > 0 || summary->negated->len > 0;
  return self;
}

SpineCdsReportDigest *
spinecds_report_digest_ref (SpineCdsReportDigest *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

static void
digest_clear (SpineCdsReportDigest *self)
{
  g_hash_table_unref (self->named);
}

void
spinecds_report_digest_unref (SpineCdsReportDigest *self)
{
  g_return_if_fail (self != NULL);

  g_atomic_rc_box_release_full (self, (GDestroyNotify) digest_clear);
}

gboolean
spinecds_report_digest_is_readable (SpineCdsReportDigest *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->readable;
}

gboolean
spinecds_report_digest_mentions_any (SpineCdsReportDigest *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->mentions_any;
}

gboolean
spinecds_report_digest_names (SpineCdsReportDigest *self,
                              const char           *code,
                              SpineCdsGrade        *grade,
                              const char          **level)
{
  const SpineCdsMention *mention = NULL;

  g_return_val_if_fail (self != NULL, FALSE);

  if (code == NULL || !g_hash_table_lookup_extended (self->named, code, NULL, (gpointer *) &mention))
    return FALSE;
  if (grade != NULL)
    *grade = mention != NULL ? mention->grade : SPINECDS_GRADE_NONE;
  if (level != NULL)
    *level = mention != NULL ? mention->level : NULL;
  return TRUE;
}

gboolean
spinecds_report_digest_doubts (SpineCdsReportDigest *self,
                               const char           *code)
{
  const SpineCdsMention *mention;

  g_return_val_if_fail (self != NULL, FALSE);

  mention = code != NULL ? g_hash_table_lookup (self->named, code) : NULL;
  return mention != NULL && mention->status == SPINECDS_MENTION_UNCERTAIN;
}

gboolean
spinecds_report_digest_names_any (SpineCdsReportDigest *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return g_hash_table_size (self->named) > 0;
}
