/* spinecds-drafts-private.h: the two halves of writing a draft, for tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A write first puts the draft's files beside their places as
 * temporary files (slow: the disk), then, under the drafts lock, puts
 * them in place if the draft was not removed meanwhile (fast). The
 * tests call the halves apart to put a remove between them.
 */
#pragma once

#include "spinecds-drafts.h"

typedef struct _SpineCdsDraftWrite SpineCdsDraftWrite;

G_BEGIN_DECLS

/* The generation of @draft_id now: a write started with it lands only
 * if no remove comes before its finish. */
guint               _spinecds_drafts_get_generation (const char *draft_id);
SpineCdsDraftWrite *_spinecds_drafts_write_begin (const char *draft_id,
                                                  guint       generation,
                                                  const char *data,
                                                  gsize       length,
                                                  const char *origin_uri,
                                                  GError    **error);
/* Frees @write. */
gboolean            _spinecds_drafts_write_finish (SpineCdsDraftWrite *write,
                                                   GError            **error);

G_END_DECLS
