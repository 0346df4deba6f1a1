/* spinecds-json-checker.h: a strict, non-recursive JSON syntax check
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * json-glib 1.6 is lenient (comments, single quotes, duplicate keys,
 * trailing values, integers that wrap) and recursive (deep nesting
 * overflows the stack). Every file SpineCDS reads passes this check
 * first: RFC 8259 exactly, with a nesting limit, duplicate keys refused
 * and integers that fit in 64 bits. It runs in one linear pass.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Returns TRUE when @data is one valid JSON value. Otherwise returns
 * FALSE and a message "expected valid JSON (…), found … at line L,
 * column C", or about the nesting limit. */
gboolean spinecds_json_check (const char *data,
                              gsize       length,
                              guint       max_depth,
                              char      **message);

G_END_DECLS
