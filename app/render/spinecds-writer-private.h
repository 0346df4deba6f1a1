/* spinecds-writer-private.h: what the two document writers share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The summary and the handout writers each add one document's blocks
 * to a layout, from the same case, assessment and catalog. Each keeps
 * this as the first member of its own state, next to what only that
 * document needs.
 */
#pragma once

#include "spinecds-assessment.h"
#include "spinecds-case.h"
#include "spinecds-catalog.h"
#include "spinecds-page-layout.h"

G_BEGIN_DECLS

typedef struct
{
  SpineCdsPageLayout *layout;
  SpineCdsCase       *kase;
  SpineCdsAssessment *assessment;
  SpineCdsCatalog    *catalog;
} SpineCdsWriterBase;

G_END_DECLS
