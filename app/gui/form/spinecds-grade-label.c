/* spinecds-grade-label.c: a finding's grade as the form shows it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "spinecds-grade-label"

#include "config.h"

#include <glib/gi18n.h>

#include "spinecds-grade-label.h"

const char *
spinecds_grade_label (SpineCdsGrade grade)
{
  switch (grade)
    {
    /* Translators: grade of an MRI finding the report did not grade */
    case SPINECDS_GRADE_NONE: return _ ("Not graded");
    case SPINECDS_GRADE_MILD: return _ ("Mild");
    case SPINECDS_GRADE_MODERATE: return _ ("Moderate");
    case SPINECDS_GRADE_SEVERE: return _ ("Severe");
    default: g_assert_not_reached ();
    }
}
