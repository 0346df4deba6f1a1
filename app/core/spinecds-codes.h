/* spinecds-codes.h: the closed vocabularies of CASE-FORMAT §1
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "spinecds-types.h"

G_BEGIN_DECLS

typedef struct
{
  const char *code;  /* stable spelling used in files, never translated */
  const char *label; /* short English label, marked N_(); translate with _() */
} SpineCdsCodeInfo;

const SpineCdsCodeInfo *spinecds_codes_list (SpineCdsCodeKind kind,
                                             guint           *n_codes);
const SpineCdsCodeInfo *spinecds_codes_lookup (SpineCdsCodeKind kind,
                                               const char      *code);
gboolean                spinecds_codes_is_valid (SpineCdsCodeKind kind,
                                                 const char      *code);
const char             *spinecds_code_kind_to_string (SpineCdsCodeKind kind);

/* Enum <-> nick helpers for the enumerations of spinecds-types.h. */
const char             *spinecds_enum_to_nick (GType enum_type,
                                               int   value);
gboolean                spinecds_enum_from_nick (GType       enum_type,
                                                 const char *nick,
                                                 int        *value);

G_END_DECLS
