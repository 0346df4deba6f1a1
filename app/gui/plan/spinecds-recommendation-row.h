/* spinecds-recommendation-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "spinecds-assessment.h"

G_BEGIN_DECLS

#define SPINECDS_TYPE_RECOMMENDATION_ROW (spinecds_recommendation_row_get_type ())

/* One recommendation; activating it reveals why it fired and its references. */
G_DECLARE_FINAL_TYPE (SpineCdsRecommendationRow, spinecds_recommendation_row, SPINECDS, RECOMMENDATION_ROW, GtkListBoxRow)

GtkWidget  *spinecds_recommendation_row_new (SpineCdsAssessment           *assessment,
                                             const SpineCdsRecommendation *recommendation,
                                             SpineCdsCatalog              *catalog);
const char *spinecds_recommendation_row_get_id (SpineCdsRecommendationRow *self);
gboolean    spinecds_recommendation_row_get_expanded (SpineCdsRecommendationRow *self);
void        spinecds_recommendation_row_set_expanded (SpineCdsRecommendationRow *self,
                                                      gboolean                   expanded);

G_END_DECLS
