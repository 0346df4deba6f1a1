/* spinecds-summary-writer.h: the blocks of the clinician summary
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "spinecds-assessment.h"
#include "spinecds-case.h"
#include "spinecds-catalog.h"
#include "spinecds-page-layout.h"

G_BEGIN_DECLS

/* Adds the summary's blocks to @layout; @date is the document's date. */
void spinecds_summary_writer_write (SpineCdsPageLayout *layout,
                                    SpineCdsCase       *kase,
                                    SpineCdsAssessment *assessment,
                                    SpineCdsCatalog    *catalog,
                                    GDateTime          *date);

G_END_DECLS
