/* spinecds-triage-bar.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8 has no way to announce a change to a screen reader
 * (gtk_accessible_announce() came in 4.14). The bar does what 4.8
 * allows: its button's accessible label is the whole sentence, so it is
 * read when focused, and the label is updated in place, which Orca
 * reports for the focused widget.
 */
#define G_LOG_DOMAIN "spinecds-triage-bar"

#include "config.h"

#include <glib/gi18n.h>

#include "spinecds-triage-bar.h"
#include "spinecds-triage-style.h"

struct _SpineCdsTriageBar
{
  GtkWidget  parent_instance;

  GtkButton *button;
  GtkImage  *icon;
  GtkLabel  *triage_label;
  GtkLabel  *timeframe_label;
  char      *text;
};

G_DEFINE_FINAL_TYPE (SpineCdsTriageBar, spinecds_triage_bar, GTK_TYPE_WIDGET)

static void
spinecds_triage_bar_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SPINECDS_TYPE_TRIAGE_BAR);
  G_OBJECT_CLASS (spinecds_triage_bar_parent_class)->dispose (object);
}

static void
spinecds_triage_bar_finalize (GObject *object)
{
  g_free (SPINECDS_TRIAGE_BAR (object)->text);
  G_OBJECT_CLASS (spinecds_triage_bar_parent_class)->finalize (object);
}

static void
spinecds_triage_bar_class_init (SpineCdsTriageBarClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = spinecds_triage_bar_dispose;
  object_class->finalize = spinecds_triage_bar_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/SpineCDS/ui/spinecds-triage-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, SpineCdsTriageBar, button);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsTriageBar, icon);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsTriageBar, triage_label);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsTriageBar, timeframe_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "triagebar");
}

static void
spinecds_triage_bar_init (SpineCdsTriageBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
spinecds_triage_bar_set_assessment (SpineCdsTriageBar  *self,
                                    SpineCdsAssessment *assessment)
{
  const char *headline;
  const char *timeframe;

  g_return_if_fail (SPINECDS_IS_TRIAGE_BAR (self));

  spinecds_plan_remove_css_classes (GTK_WIDGET (self->button));
  g_clear_pointer (&self->text, g_free);
  gtk_widget_set_visible (GTK_WIDGET (self->button), assessment != NULL);
  if (assessment == NULL)
    return;

  headline = _ (spinecds_assessment_get_headline (assessment));
  timeframe = g_dpgettext2 (NULL, "kb", spinecds_assessment_get_timeframe (assessment));
  gtk_widget_add_css_class (GTK_WIDGET (self->button), spinecds_plan_css_class (assessment));
  gtk_image_set_from_icon_name (self->icon, spinecds_plan_icon_name (assessment));
  gtk_label_set_text (self->triage_label, headline);
  gtk_label_set_text (self->timeframe_label, timeframe);
  /* Translators: what a screen reader says of the narrow window's triage
   * bar; %1$s is the triage ("Emergency"), %2$s its time line */
  self->text = g_strdup_printf (_ ("Triage: %1$s. %2$s. Show the plan."), headline, timeframe);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button), GTK_ACCESSIBLE_PROPERTY_LABEL, self->text, -1);
}

const char *
spinecds_triage_bar_get_text (SpineCdsTriageBar *self)
{
  g_return_val_if_fail (SPINECDS_IS_TRIAGE_BAR (self), NULL);

  return self->text;
}
