/* spinecds-form-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SPINECDS_TYPE_FORM_ROW (spinecds_form_row_get_type ())

/* A row of the case form: a title (AdwPreferencesRow's, so that a
 * preferences group lists the row), an optional subtitle and the
 * control that edits the value (a switch, an entry, a spin button…).
 * Derivable: a row with a richer control builds it in its template. */
G_DECLARE_DERIVABLE_TYPE (SpineCdsFormRow, spinecds_form_row, SPINECDS, FORM_ROW, AdwPreferencesRow)

struct _SpineCdsFormRowClass
{
  AdwPreferencesRowClass parent_class;

  gpointer               padding[4];
};

GtkWidget  *spinecds_form_row_new (const char *title,
                                   GtkWidget  *control);
const char *spinecds_form_row_get_subtitle (SpineCdsFormRow *self);
void        spinecds_form_row_set_subtitle (SpineCdsFormRow *self,
                                            const char      *subtitle);
GtkWidget  *spinecds_form_row_get_control (SpineCdsFormRow *self);
void        spinecds_form_row_set_control (SpineCdsFormRow *self,
                                           GtkWidget       *control);
GtkWidget  *spinecds_form_row_get_activatable_widget (SpineCdsFormRow *self);
void        spinecds_form_row_set_activatable_widget (SpineCdsFormRow *self,
                                                      GtkWidget       *widget);

G_END_DECLS
