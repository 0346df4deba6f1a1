/* spinecds-triage-style.h: how a triage looks, wherever it is shown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plan's banner and the narrow window's triage bar show a triage
 * with the same colour (a CSS class of style.css) and the same icon,
 * so a clinician learns one signal.
 */
#pragma once

#include "spinecds-assessment.h"

static inline const char *
spinecds_triage_css_class (SpineCdsTriage triage)
{
  static const char * const classes[] = {
    "triage-routine", "triage-expedited", "triage-urgent", "triage-emergency"
  };

  return classes[triage];
}

static inline const char *
spinecds_triage_icon_name (SpineCdsTriage triage)
{
  static const char * const icons[] = {
    "emblem-ok-symbolic", "alarm-symbolic", "dialog-warning-symbolic", "dialog-error-symbolic"
  };

  return icons[triage];
}

/* The plan's look: its triage's, or a neutral one while the case has
 * no plan yet (spinecds_assessment_is_unplanned): a green tick over
 * "No plan yet" would read as an all-clear. */
static inline const char *
spinecds_plan_css_class (SpineCdsAssessment *assessment)
{
  return spinecds_assessment_is_unplanned (assessment)
           ? "triage-unplanned"
           : spinecds_triage_css_class (spinecds_assessment_get_triage (assessment));
}

static inline const char *
spinecds_plan_icon_name (SpineCdsAssessment *assessment)
{
  return spinecds_assessment_is_unplanned (assessment)
           ? "document-edit-symbolic"
           : spinecds_triage_icon_name (spinecds_assessment_get_triage (assessment));
}

/* Every class a plan's banner may carry, to take the old one off. */
static inline void
spinecds_plan_remove_css_classes (GtkWidget *widget)
{
  for (SpineCdsTriage t = SPINECDS_TRIAGE_ROUTINE; t <= SPINECDS_TRIAGE_EMERGENCY; t++)
    gtk_widget_remove_css_class (widget, spinecds_triage_css_class (t));
  gtk_widget_remove_css_class (widget, "triage-unplanned");
}
