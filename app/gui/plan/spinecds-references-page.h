/* spinecds-references-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "spinecds-assessment.h"

G_BEGIN_DECLS

#define SPINECDS_TYPE_REFERENCES_PAGE (spinecds_references_page_get_type ())

/* Every cited reference, and where the knowledge base corrects the seed. */
G_DECLARE_FINAL_TYPE (SpineCdsReferencesPage, spinecds_references_page, SPINECDS, REFERENCES_PAGE, AdwBin)

void spinecds_references_page_set_assessment (SpineCdsReferencesPage *self,
                                              SpineCdsAssessment     *assessment);

G_END_DECLS
