/* spinecds-decision-panel.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "spinecds-decision-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "spinecds-decision-panel.h"

struct _SpineCdsDecisionPanel
{
  AdwBin               parent_instance;

  AdwPreferencesGroup *group;
  GtkToggleButton     *accepted_button;
  GtkToggleButton     *modified_button;
  GtkToggleButton     *declined_button;
  GtkEntry            *note_entry;
  GtkEntry            *clinician_entry;
  GtkButton           *record_button;

  SpineCdsCase        *kase;
  SpineCdsAssessment  *assessment;
};

G_DEFINE_FINAL_TYPE (SpineCdsDecisionPanel, spinecds_decision_panel, ADW_TYPE_BIN)

static gboolean
is_blank (const char *text)
{
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));

  return *copy == '\0';
}

/* -1 while no status is chosen. */
static int
chosen_status (SpineCdsDecisionPanel *self)
{
  if (gtk_toggle_button_get_active (self->accepted_button))
    return SPINECDS_DECISION_ACCEPTED;
  if (gtk_toggle_button_get_active (self->modified_button))
    return SPINECDS_DECISION_MODIFIED;
  if (gtk_toggle_button_get_active (self->declined_button))
    return SPINECDS_DECISION_DECLINED;
  return -1;
}

/* A modified or declined plan needs the note that says what instead. */
static void
update_record_button (SpineCdsDecisionPanel *self)
{
  int      status = chosen_status (self);
  gboolean ready = self->kase != NULL && self->assessment != NULL && status >= 0
                   && (!spinecds_decision_status_needs_note (status)
                       || !is_blank (gtk_editable_get_text (GTK_EDITABLE (self->note_entry))));

  gtk_widget_set_sensitive (GTK_WIDGET (self->record_button), ready);
}

static void
show_state (SpineCdsDecisionPanel *self)
{
  gboolean          stale = FALSE;
  SpineCdsDecision *decision = self->assessment != NULL ? spinecds_assessment_get_decision (self->assessment, &stale)
                                                        : NULL;
  g_autofree char  *text = NULL;

  if (decision == NULL)
    {
      adw_preferences_group_set_description (self->group, _ ("No decision recorded for this plan yet."));
      return;
    }
  if (stale)
    /* Translators: %1$s is accepted, modified or declined, %2$s a date and time */
    text = g_strdup_printf (_ ("The plan has changed since it was %1$s on %2$s: decide again."),
                            _ (spinecds_decision_status_label (decision->status)), decision->decided_at);
  else
    /* Translators: %1$s is accepted, modified or declined, %2$s who, %3$s a date and time */
    text = g_strdup_printf (_ ("Plan %1$s by %2$s on %3$s."), _ (spinecds_decision_status_label (decision->status)),
                            *decision->clinician != '\0' ? decision->clinician : _ ("an unnamed clinician"),
                            decision->decided_at);
  adw_preferences_group_set_description (self->group, text);
}

/* Stamps the plan on screen, now, into the case: the case changes, the
 * plan is evaluated again and the state line follows. */
static void
on_record_clicked (SpineCdsDecisionPanel *self)
{
  SpineCdsKnowledgeBase *kb;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *decided_at = g_date_time_format_iso8601 (now);
  g_autoptr(SpineCdsDecision) decision = NULL;
  g_autofree char *note = NULL;
  g_autofree char *clinician = NULL;

  if (!gtk_widget_get_sensitive (GTK_WIDGET (self->record_button)))
    return;
  kb = spinecds_assessment_get_knowledge_base (self->assessment);
  note = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->note_entry))));
  clinician = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->clinician_entry))));
  decision = spinecds_decision_new (chosen_status (self), note, clinician, decided_at,
                                    spinecds_assessment_get_triage (self->assessment),
                                    spinecds_knowledge_base_get_id (kb), spinecds_knowledge_base_get_version (kb),
                                    spinecds_knowledge_base_get_checksum (kb));
  spinecds_case_set_decision (self->kase, decision);
}

/* The fields show the case's decision, so reopening shows what was
 * recorded. */
static void
show_decision_fields (SpineCdsDecisionPanel *self)
{
  SpineCdsDecision *decision = self->kase != NULL ? spinecds_case_get_decision (self->kase) : NULL;
  GtkToggleButton  *buttons[] = { self->accepted_button, self->modified_button, self->declined_button };

  if (decision == NULL)
    return;
  gtk_toggle_button_set_active (buttons[decision->status], TRUE);
  gtk_editable_set_text (GTK_EDITABLE (self->note_entry), decision->note);
  gtk_editable_set_text (GTK_EDITABLE (self->clinician_entry), decision->clinician);
}

static void
spinecds_decision_panel_dispose (GObject *object)
{
  SpineCdsDecisionPanel *self = SPINECDS_DECISION_PANEL (object);

  g_clear_object (&self->kase);
  g_clear_object (&self->assessment);
  G_OBJECT_CLASS (spinecds_decision_panel_parent_class)->dispose (object);
}

static void
spinecds_decision_panel_class_init (SpineCdsDecisionPanelClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = spinecds_decision_panel_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/SpineCDS/ui/spinecds-decision-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, SpineCdsDecisionPanel, group);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsDecisionPanel, accepted_button);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsDecisionPanel, modified_button);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsDecisionPanel, declined_button);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsDecisionPanel, note_entry);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsDecisionPanel, clinician_entry);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsDecisionPanel, record_button);
  gtk_widget_class_bind_template_callback (widget_class, update_record_button);
  gtk_widget_class_bind_template_callback (widget_class, on_record_clicked);
}

static void
spinecds_decision_panel_init (SpineCdsDecisionPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_record_button (self);
  show_state (self);
}

void
spinecds_decision_panel_set_case (SpineCdsDecisionPanel *self,
                                  SpineCdsCase          *kase)
{
  g_return_if_fail (SPINECDS_IS_DECISION_PANEL (self));

  if (self->kase != NULL)
    g_signal_handlers_disconnect_by_func (self->kase, show_decision_fields, self);
  if (!g_set_object (&self->kase, kase))
    return;
  if (kase != NULL)
    g_signal_connect_object (kase, "notify::decision", G_CALLBACK (show_decision_fields), self,
                             G_CONNECT_SWAPPED);
  show_decision_fields (self);
  update_record_button (self);
}

void
spinecds_decision_panel_set_assessment (SpineCdsDecisionPanel *self,
                                        SpineCdsAssessment    *assessment)
{
  g_return_if_fail (SPINECDS_IS_DECISION_PANEL (self));

  g_set_object (&self->assessment, assessment);
  show_state (self);
  update_record_button (self);
}

void
spinecds_decision_panel_set_clinician (SpineCdsDecisionPanel *self,
                                       const char            *clinician)
{
  g_return_if_fail (SPINECDS_IS_DECISION_PANEL (self));

  if (is_blank (gtk_editable_get_text (GTK_EDITABLE (self->clinician_entry))))
    gtk_editable_set_text (GTK_EDITABLE (self->clinician_entry), clinician != NULL ? clinician : "");
}

const char *
spinecds_decision_panel_get_state (SpineCdsDecisionPanel *self)
{
  g_return_val_if_fail (SPINECDS_IS_DECISION_PANEL (self), NULL);

  return adw_preferences_group_get_description (self->group);
}
