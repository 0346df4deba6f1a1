/* spinecds-report-error.h: what can go wrong reading a report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Apart from the reader so that the language guess, which the reader
 * uses, can report in the same domain without depending on the reader.
 * The quark is defined in spinecds-report-reader.c.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SPINECDS_REPORT_ERROR (spinecds_report_error_quark ())

typedef enum
{
  /* The report is in none of the languages SpineCDS reads. */
  SPINECDS_REPORT_ERROR_LANGUAGE,
} SpineCdsReportError;

GQuark spinecds_report_error_quark (void);

G_END_DECLS
