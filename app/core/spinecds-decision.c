/* spinecds-decision.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "spinecds-decision.h"

G_DEFINE_BOXED_TYPE (SpineCdsDecision, spinecds_decision, spinecds_decision_ref, spinecds_decision_unref)

SpineCdsDecision *
spinecds_decision_new (SpineCdsDecisionStatus status,
                       const char            *note,
                       const char            *clinician,
                       const char            *decided_at,
                       SpineCdsTriage         triage,
                       const char            *kb_id,
                       const char            *kb_version,
                       const char            *kb_checksum)
{
  SpineCdsDecision *self = g_new0 (SpineCdsDecision, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->status = status;
  self->note = g_strdup (note != NULL ? note : "");
  self->clinician = g_strdup (clinician != NULL ? clinician : "");
  self->decided_at = g_strdup (decided_at != NULL ? decided_at : "");
  self->triage = triage;
  self->kb_id = g_strdup (kb_id != NULL ? kb_id : "");
  self->kb_version = g_strdup (kb_version != NULL ? kb_version : "");
  self->kb_checksum = g_strdup (kb_checksum != NULL ? kb_checksum : "");
  return self;
}

SpineCdsDecision *
spinecds_decision_ref (SpineCdsDecision *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
spinecds_decision_unref (SpineCdsDecision *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_free (self->note);
  g_free (self->clinician);
  g_free (self->decided_at);
  g_free (self->kb_id);
  g_free (self->kb_version);
  g_free (self->kb_checksum);
  g_free (self);
}

gboolean
spinecds_decision_equal (const SpineCdsDecision *a,
                         const SpineCdsDecision *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return a->status == b->status && a->triage == b->triage
         && g_str_equal (a->note, b->note) && g_str_equal (a->clinician, b->clinician)
         && g_str_equal (a->decided_at, b->decided_at) && g_str_equal (a->kb_id, b->kb_id)
         && g_str_equal (a->kb_version, b->kb_version) && g_str_equal (a->kb_checksum, b->kb_checksum);
}

gboolean
spinecds_decision_status_needs_note (SpineCdsDecisionStatus status)
{
  return status != SPINECDS_DECISION_ACCEPTED;
}

const char *
spinecds_decision_status_label (SpineCdsDecisionStatus status)
{
  static const char * const labels[] = { N_ ("accepted"), N_ ("modified"), N_ ("declined") };

  g_return_val_if_fail (status <= SPINECDS_DECISION_DECLINED, NULL);

  return labels[status];
}

char *
spinecds_decision_describe (const SpineCdsDecision *self,
                            gboolean                stale,
                            SpineCdsCatalog        *catalog)
{
  g_autofree char *line = NULL;
  GString         *out;

  g_return_val_if_fail (self != NULL, NULL);

  /* Translators: %1$s is accepted, modified or declined; %2$s who; %3$s when */
  line = spinecds_catalog_printf (catalog, N_ ("Decision: plan %1$s by %2$s, %3$s"),
                                  spinecds_catalog_pgettext (catalog, NULL, spinecds_decision_status_label (self->status)),
                                  self->clinician, self->decided_at);
  out = g_string_new (line);
  if (*self->note != '\0')
    g_string_append_printf (out, "\n  %s", self->note);
  if (stale)
    g_string_append_printf (out, "\n  %s",
                            spinecds_catalog_pgettext (catalog, NULL,
                                                       N_ ("The plan has changed since this decision: decide again.")));
  return g_string_free (out, FALSE);
}
