/* spinecds-grade-label.h: a finding's grade as the form shows it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "spinecds-types.h"

G_BEGIN_DECLS

/* The translated, capitalised label of @grade, "Not graded" for
 * SPINECDS_GRADE_NONE, in the enum's order so that it can fill a list
 * whose position is the grade. */
const char *spinecds_grade_label (SpineCdsGrade grade);

G_END_DECLS
