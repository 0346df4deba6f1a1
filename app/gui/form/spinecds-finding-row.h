/* spinecds-finding-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "spinecds-finding.h"

G_BEGIN_DECLS

#define SPINECDS_TYPE_FINDING_ROW (spinecds_finding_row_get_type ())

/* One finding, expanded to edit its grade, level and note. */
G_DECLARE_FINAL_TYPE (SpineCdsFindingRow, spinecds_finding_row, SPINECDS, FINDING_ROW, AdwExpanderRow)

GtkWidget       *spinecds_finding_row_new (SpineCdsFinding *finding);
SpineCdsFinding *spinecds_finding_row_get_finding (SpineCdsFindingRow *self);

G_END_DECLS
