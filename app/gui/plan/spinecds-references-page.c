/* spinecds-references-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Citations are long wrapping labels, and a hidden page of a
 * homogeneous view stack is still measured: the page's content is only
 * filled, and only visible, while the page is on screen.
 */
#define G_LOG_DOMAIN "spinecds-references-page"

#include "config.h"

#include <glib/gi18n.h>

#include "spinecds-references-page.h"

struct _SpineCdsReferencesPage
{
  AdwBin                 parent_instance;

  GtkListBox            *cited_list;
  GtkListBox            *corrections_list;
  AdwActionRow          *kb_row;

  SpineCdsKnowledgeBase *kb; /* corrections only change with the knowledge base */
  SpineCdsAssessment    *assessment;
  gboolean               dirty;
};

G_DEFINE_FINAL_TYPE (SpineCdsReferencesPage, spinecds_references_page, ADW_TYPE_BIN)

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static GtkWidget *
text_row (const char *title,
          const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  if (subtitle != NULL)
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
    }
  return row;
}

static void
fill_corrections (SpineCdsReferencesPage *self)
{
  GPtrArray       *corrections = spinecds_knowledge_base_get_corrections (self->kb);
  g_autofree char *kb_text = NULL;

  clear_list (self->corrections_list);
  for (guint i = 0; corrections != NULL && i < corrections->len; i++)
    {
      const SpineCdsCorrection *correction = g_ptr_array_index (corrections, i);
      g_autoptr(GString) refs = g_string_new (NULL);

      for (guint j = 0; correction->references != NULL && correction->references[j]; j++)
        {
          const SpineCdsReference *ref =
            spinecds_knowledge_base_lookup_reference (self->kb, correction->references[j]);
          g_string_append_printf (refs, "%s%s", j > 0 ? "\n" : "",
                                  ref != NULL ? ref->citation : correction->references[j]);
        }
      gtk_list_box_append (self->corrections_list,
                           text_row (g_dpgettext2 (NULL, "kb", correction->text),
                                     refs->len > 0 ? refs->str : NULL));
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->kb_row),
                                 g_dpgettext2 (NULL, "kb", spinecds_knowledge_base_get_title (self->kb)));
  /* Translators: knowledge base details: id, version, review date, SHA-256 checksum */
  kb_text = g_strdup_printf (_ ("%s, version %s, reviewed %s\nSHA-256 %s"),
                             spinecds_knowledge_base_get_id (self->kb),
                             spinecds_knowledge_base_get_version (self->kb),
                             spinecds_knowledge_base_get_reviewed (self->kb),
                             spinecds_knowledge_base_get_checksum (self->kb));
  adw_action_row_set_subtitle (self->kb_row, kb_text);
}

static void
fill (SpineCdsReferencesPage *self)
{
  SpineCdsAssessment *assessment = self->assessment;
  GPtrArray          *references;

  self->dirty = FALSE;
  clear_list (self->cited_list);
  if (assessment == NULL)
    return;

  if (g_set_object (&self->kb, spinecds_assessment_get_knowledge_base (assessment)))
    fill_corrections (self);

  references = spinecds_assessment_get_references (assessment);
  for (guint i = 0; references != NULL && i < references->len; i++)
    {
      const SpineCdsReference *ref = g_ptr_array_index (references, i);
      g_autofree char         *title = g_strdup_printf ("[%u] %s", i + 1, ref->citation);
      g_autofree char         *subtitle = NULL;

      if (ref->url != NULL)
        subtitle = g_strdup_printf ("%d · %s", ref->year, ref->url);
      else
        subtitle = g_strdup_printf ("%d", ref->year);
      gtk_list_box_append (self->cited_list, text_row (title, subtitle));
    }
}

void
spinecds_references_page_set_assessment (SpineCdsReferencesPage *self,
                                         SpineCdsAssessment     *assessment)
{
  g_return_if_fail (SPINECDS_IS_REFERENCES_PAGE (self));
  g_return_if_fail (assessment == NULL || SPINECDS_IS_ASSESSMENT (assessment));

  g_set_object (&self->assessment, assessment);
  self->dirty = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    fill (self);
  else
    /* No numbering of an older plan may show when the page comes back. */
    clear_list (self->cited_list);
}

static void
spinecds_references_page_map (GtkWidget *widget)
{
  SpineCdsReferencesPage *self = SPINECDS_REFERENCES_PAGE (widget);

  if (self->dirty)
    fill (self);
  gtk_widget_set_visible (adw_bin_get_child (ADW_BIN (self)), TRUE);
  GTK_WIDGET_CLASS (spinecds_references_page_parent_class)->map (widget);
}

static void
spinecds_references_page_unmap (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (spinecds_references_page_parent_class)->unmap (widget);
  gtk_widget_set_visible (adw_bin_get_child (ADW_BIN (widget)), FALSE);
}

static void
spinecds_references_page_dispose (GObject *object)
{
  SpineCdsReferencesPage *self = SPINECDS_REFERENCES_PAGE (object);

  g_clear_object (&self->assessment);
  g_clear_object (&self->kb);
  gtk_widget_dispose_template (GTK_WIDGET (self), SPINECDS_TYPE_REFERENCES_PAGE);

  G_OBJECT_CLASS (spinecds_references_page_parent_class)->dispose (object);
}

static void
spinecds_references_page_class_init (SpineCdsReferencesPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = spinecds_references_page_dispose;
  widget_class->map = spinecds_references_page_map;
  widget_class->unmap = spinecds_references_page_unmap;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/SpineCDS/ui/spinecds-references-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SpineCdsReferencesPage, cited_list);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsReferencesPage, corrections_list);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsReferencesPage, kb_row);
}

static void
spinecds_references_page_init (SpineCdsReferencesPage *self)
{
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_visible (adw_bin_get_child (ADW_BIN (self)), FALSE);

  placeholder = gtk_label_new (_ ("The plan cites no references."));
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_list_box_set_placeholder (self->cited_list, placeholder);
}
