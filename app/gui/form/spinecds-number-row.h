/* spinecds-number-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "spinecds-form-row.h"

G_BEGIN_DECLS

#define SPINECDS_TYPE_NUMBER_ROW (spinecds_number_row_get_type ())

/* A row for a number that may be "not known" (a negative value). */
G_DECLARE_FINAL_TYPE (SpineCdsNumberRow, spinecds_number_row, SPINECDS, NUMBER_ROW, SpineCdsFormRow)

double         spinecds_number_row_get_value (SpineCdsNumberRow *self);
void           spinecds_number_row_set_value (SpineCdsNumberRow *self,
                                              double             value);
GtkSpinButton *spinecds_number_row_get_spin_button (SpineCdsNumberRow *self);

G_END_DECLS
