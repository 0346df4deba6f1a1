/* spinecds-recommendation-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Recommendation texts are long sentences; AdwExpanderRow 1.2 cannot
 * wrap its title, so this is a list row of our own with the same
 * behaviour: activate (click, Enter, Space) to reveal the "because".
 *
 * A closed revealer still measures its child, and wrapping labels are
 * shaped again at every width, so the "because" and the citations are
 * only put into their labels when the row is first opened.
 */
#define G_LOG_DOMAIN "spinecds-recommendation-row"

#include "config.h"

#include <glib/gi18n.h>

#include "spinecds-recommendation-row.h"

struct _SpineCdsRecommendationRow
{
  GtkListBoxRow parent_instance;

  char         *id;
  char         *because; /* kept until the row is first opened */
  char         *citations;

  GtkLabel     *text_label;
  GtkLabel     *refs_label;
  GtkRevealer  *revealer;
  GtkLabel     *because_label;
  GtkLabel     *citations_label;
};

G_DEFINE_FINAL_TYPE (SpineCdsRecommendationRow, spinecds_recommendation_row, GTK_TYPE_LIST_BOX_ROW)

const char *
spinecds_recommendation_row_get_id (SpineCdsRecommendationRow *self)
{
  g_return_val_if_fail (SPINECDS_IS_RECOMMENDATION_ROW (self), NULL);

  return self->id;
}

gboolean
spinecds_recommendation_row_get_expanded (SpineCdsRecommendationRow *self)
{
  g_return_val_if_fail (SPINECDS_IS_RECOMMENDATION_ROW (self), FALSE);

  return gtk_revealer_get_reveal_child (self->revealer);
}

void
spinecds_recommendation_row_set_expanded (SpineCdsRecommendationRow *self,
                                          gboolean                   expanded)
{
  g_return_if_fail (SPINECDS_IS_RECOMMENDATION_ROW (self));

  if (expanded && self->because != NULL)
    {
      gtk_label_set_text (self->because_label, self->because);
      gtk_label_set_text (self->citations_label, self->citations);
      g_clear_pointer (&self->because, g_free);
      g_clear_pointer (&self->citations, g_free);
      gtk_widget_set_visible (gtk_revealer_get_child (self->revealer), TRUE);
    }
  gtk_revealer_set_reveal_child (self->revealer, expanded);
  if (expanded)
    gtk_widget_set_state_flags (GTK_WIDGET (self), GTK_STATE_FLAG_CHECKED, FALSE);
  else
    gtk_widget_unset_state_flags (GTK_WIDGET (self), GTK_STATE_FLAG_CHECKED);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self),
                               GTK_ACCESSIBLE_STATE_EXPANDED, expanded,
                               -1);
}

GtkWidget *
spinecds_recommendation_row_new (SpineCdsAssessment           *assessment,
                                 const SpineCdsRecommendation *recommendation,
                                 SpineCdsCatalog              *catalog)
{
  SpineCdsRecommendationRow *self;
  SpineCdsKnowledgeBase     *kb;
  g_autoptr(GString) because = g_string_new (NULL);
  g_autoptr(GString) numbers = g_string_new (NULL);
  g_autoptr(GString) citations = g_string_new (NULL);
  const char *text;

  g_return_val_if_fail (SPINECDS_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (recommendation != NULL, NULL);

  self = g_object_new (SPINECDS_TYPE_RECOMMENDATION_ROW, NULL);
  self->id = g_strdup (recommendation->id);
  kb = spinecds_assessment_get_knowledge_base (assessment);

  text = g_dpgettext2 (NULL, "kb", recommendation->text);
  gtk_label_set_text (self->text_label, text);

  for (guint i = 0; i < recommendation->because->len; i++)
    {
      g_autofree char *fact = spinecds_fact_describe (g_ptr_array_index (recommendation->because, i),
                                                      catalog);
      g_string_append_printf (because, "%s• %s", i > 0 ? "\n" : "", fact);
    }
  self->because = g_strdup (because->str);

  for (guint i = 0; recommendation->references != NULL && recommendation->references[i]; i++)
    {
      const char              *ref_id = recommendation->references[i];
      guint                    number = spinecds_assessment_get_reference_number (assessment, ref_id);
      const SpineCdsReference *ref = spinecds_knowledge_base_lookup_reference (kb, ref_id);

      g_string_append_printf (numbers, "%s%u", i > 0 ? ", " : "", number);
      g_string_append_printf (citations, "%s[%u] %s", i > 0 ? "\n" : "", number,
                              ref != NULL ? ref->citation : ref_id);
    }
  if (numbers->len > 0)
    {
      g_autofree char *refs = g_strdup_printf ("[%s]", numbers->str);
      gtk_label_set_text (self->refs_label, refs);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->refs_label), _ ("References"));
    }
  self->citations = g_string_free (g_steal_pointer (&citations), FALSE);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->because,
                                  -1);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self),
                               GTK_ACCESSIBLE_STATE_EXPANDED, FALSE,
                               -1);

  return GTK_WIDGET (self);
}

static void
spinecds_recommendation_row_finalize (GObject *object)
{
  SpineCdsRecommendationRow *self = SPINECDS_RECOMMENDATION_ROW (object);

  g_free (self->id);
  g_free (self->because);
  g_free (self->citations);

  G_OBJECT_CLASS (spinecds_recommendation_row_parent_class)->finalize (object);
}

static void
spinecds_recommendation_row_class_init (SpineCdsRecommendationRowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = spinecds_recommendation_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/SpineCDS/ui/spinecds-recommendation-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SpineCdsRecommendationRow, text_label);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsRecommendationRow, refs_label);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsRecommendationRow, revealer);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsRecommendationRow, because_label);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsRecommendationRow, citations_label);
}

static void
spinecds_recommendation_row_init (SpineCdsRecommendationRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
