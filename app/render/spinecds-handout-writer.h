/* spinecds-handout-writer.h: the blocks of the patient handout
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "spinecds-assessment.h"
#include "spinecds-case.h"
#include "spinecds-catalog.h"
#include "spinecds-page-layout.h"

G_BEGIN_DECLS

/* Adds the handout's blocks to @layout; the follow-up window is 4–6
 * weeks after @date. */
void spinecds_handout_writer_write (SpineCdsPageLayout *layout,
                                    SpineCdsCase       *kase,
                                    SpineCdsAssessment *assessment,
                                    SpineCdsCatalog    *catalog,
                                    GDateTime          *date);

G_END_DECLS
