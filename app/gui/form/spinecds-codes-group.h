/* spinecds-codes-group.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "spinecds-case.h"

G_BEGIN_DECLS

#define SPINECDS_TYPE_CODES_GROUP (spinecds_codes_group_get_type ())

/* One switch per code of a code kind, kept in step with the case. */
G_DECLARE_FINAL_TYPE (SpineCdsCodesGroup, spinecds_codes_group, SPINECDS, CODES_GROUP, AdwPreferencesGroup)

SpineCdsCase *spinecds_codes_group_get_case (SpineCdsCodesGroup *self);
void          spinecds_codes_group_set_case (SpineCdsCodesGroup *self,
                                             SpineCdsCase       *kase);
/* The switch of @code, for tests. */
GtkSwitch    *spinecds_codes_group_get_switch (SpineCdsCodesGroup *self,
                                               const char         *code);

G_END_DECLS
