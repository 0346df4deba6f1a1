/* spinecds-triage-style.h: how a triage looks, wherever it is shown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plan's banner and the narrow window's triage bar show a triage
 * with the same colour (a CSS class of style.css) and the same icon,
 * so a clinician learns one signal.
 */
#pragma once

#include "spinecds-types.h"

static inline const char *
spinecds_triage_css_class (SpineCdsTriage triage)
{
  static const char * const classes[] = {
    "triage-routine", "triage-expedited", "triage-urgent", "triage-emergency",
  };

  return classes[triage];
}

static inline const char *
spinecds_triage_icon_name (SpineCdsTriage triage)
{
  static const char * const icons[] = {
    "emblem-ok-symbolic", "alarm-symbolic", "dialog-warning-symbolic", "dialog-error-symbolic",
  };

  return icons[triage];
}
