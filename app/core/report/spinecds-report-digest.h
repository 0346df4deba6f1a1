/* spinecds-report-digest.h: what a pasted report names, read once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plan must not be drawn from the findings entered alone when the
 * report pasted beside them names more: a routine plan that says "no
 * further imaging" beside an abscess it was never told of (fifteenth
 * round). Reading a report loads vocabularies, which the main loop must
 * not wait for, so a case keeps the digest of its report and the thread
 * that loads the case makes it (spinecds_case_read_report).
 *
 * A digest is immutable and reference-counted, so it may be made in one
 * thread and read in another.
 */
#pragma once

#include "spinecds-types.h"

G_BEGIN_DECLS

typedef struct _SpineCdsReportDigest SpineCdsReportDigest;

/* Reads @text (any of the four languages, recognised). Blocking. */
SpineCdsReportDigest                *spinecds_report_digest_read (const char *text);
SpineCdsReportDigest                *spinecds_report_digest_ref (SpineCdsReportDigest *self);
void                                 spinecds_report_digest_unref (SpineCdsReportDigest *self);

/* FALSE for a report SpineCDS cannot read (another language, a broken
 * vocabulary): such a report may name anything. */
gboolean                             spinecds_report_digest_is_readable (SpineCdsReportDigest *self);
/* Whether the findings or impression mention any finding, even absent. */
gboolean                             spinecds_report_digest_mentions_any (SpineCdsReportDigest *self);
/* Whether they name @code present or doubtful (in either part of a
 * report in two languages); then its highest grade and its levels
 * (NONE and NULL when not stated). */
gboolean                             spinecds_report_digest_names (SpineCdsReportDigest *self,
                                                                   const char           *code,
                                                                   SpineCdsGrade        *grade,
                                                                   const char          **level);
/* Whether they name @code only as possible ("cannot be excluded"). */
gboolean                             spinecds_report_digest_doubts (SpineCdsReportDigest *self,
                                                                    const char           *code);
/* Whether they name any finding present or doubtful. */
gboolean                             spinecds_report_digest_names_any (SpineCdsReportDigest *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SpineCdsReportDigest, spinecds_report_digest_unref)

G_END_DECLS
