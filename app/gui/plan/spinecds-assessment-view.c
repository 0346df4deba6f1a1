/* spinecds-assessment-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rebuilt from the assessment on every change: the assessment is
 * immutable and small, so a rebuild is simpler and as fast as a diff.
 * Which recommendations the physician opened is kept across rebuilds.
 *
 * The banner and the red flags follow at once. The recommendations
 * (dozens of wrapping labels) are only built while the view is on
 * screen, and after it was mapped, once a frame has been painted: a
 * new window shows the triage and the red flags in its first frame and
 * the rest of the plan a frame later.
 */
#define G_LOG_DOMAIN "spinecds-assessment-view"

#include "config.h"

#include <glib/gi18n.h>

#include "spinecds-assessment-view.h"
#include "spinecds-decision-panel.h"
#include "spinecds-document.h"
#include "spinecds-triage-style.h"
#include "spinecds-recommendation-row.h"

struct _SpineCdsAssessmentView
{
  AdwBin                 parent_instance;

  SpineCdsAssessment    *assessment;
  SpineCdsCatalog       *catalog;
  GHashTable            *expanded; /* recommendation ids the user opened */
  char                  *triage_text;

  GdkFrameClock         *clock; /* waiting for the first paint after map */
  gulong                 after_paint_id;
  guint                  build_idle_id;
  guint                  content_dirty : 1;

  GtkWidget             *banner;
  GtkImage              *triage_icon;
  GtkLabel              *triage_label;
  GtkLabel              *follow_up_label;
  GtkLabel              *stale_label;
  GtkLabel              *incomplete_label;
  SpineCdsDecisionPanel *decision_panel;
  GtkLabel              *timeframe_label;
  GtkBox                *red_flags_box;
  GtkBox                *content_box;
  GtkLabel              *footer_label;
};

G_DEFINE_FINAL_TYPE (SpineCdsAssessmentView, spinecds_assessment_view, ADW_TYPE_BIN)

static const struct
{
  const char *id;
  const char *title;
} categories[] = {
  /* Translators: headings of recommendation categories */
  { "triage", N_ ("Triage") },
  { "imaging", N_ ("Imaging") },
  { "treatment", N_ ("Treatment") },
  { "medication", N_ ("Medication") },
  { "referral", N_ ("Referral") },
  { "advice", N_ ("Advice") },
  { "pitfall", N_ ("Pitfalls to Avoid") },
};

#define ADVICE_INDEX 5

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static void
on_row_activated (GtkListBox             *list,
                  GtkListBoxRow          *row,
                  SpineCdsAssessmentView *self)
{
  SpineCdsRecommendationRow *rec = SPINECDS_RECOMMENDATION_ROW (row);
  gboolean                   expanded = !spinecds_recommendation_row_get_expanded (rec);

  spinecds_recommendation_row_set_expanded (rec, expanded);
  if (expanded)
    g_hash_table_add (self->expanded, g_strdup (spinecds_recommendation_row_get_id (rec)));
  else
    g_hash_table_remove (self->expanded, spinecds_recommendation_row_get_id (rec));
}

static char *
describe_facts (GPtrArray       *facts,
                SpineCdsCatalog *catalog)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; facts != NULL && i < facts->len; i++)
    {
      g_autofree char *fact = spinecds_fact_describe (g_ptr_array_index (facts, i), catalog);
      g_string_append_printf (out, "%s%s", i > 0 ? " · " : "", fact);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
add_red_flags (SpineCdsAssessmentView *self,
               SpineCdsCatalog        *catalog)
{
  GPtrArray *flags;
  GtkWidget *group;

  clear_box (self->red_flags_box);
  gtk_widget_set_visible (GTK_WIDGET (self->red_flags_box), FALSE);
  if (self->assessment == NULL)
    return;

  flags = spinecds_assessment_get_red_flags (self->assessment);
  if (flags == NULL || flags->len == 0)
    return;

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _ ("Red Flags"));
  gtk_widget_add_css_class (group, "red-flags");

  for (guint i = 0; i < flags->len; i++)
    {
      const SpineCdsRedFlag *flag = g_ptr_array_index (flags, i);
      GtkWidget             *row = adw_action_row_new ();
      GtkWidget             *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
      g_autofree char       *because = describe_facts (flag->because, catalog);

      gtk_widget_add_css_class (icon, "error");
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Red flag"),
                                      -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), g_dpgettext2 (NULL, "kb", flag->label));
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), because);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  gtk_box_append (self->red_flags_box, group);
  gtk_widget_set_visible (GTK_WIDGET (self->red_flags_box), TRUE);
}

static guint
category_index (const char *category)
{
  for (guint c = 0; c < G_N_ELEMENTS (categories); c++)
    if (g_strcmp0 (category, categories[c].id) == 0)
      return c;
  /* A category this version does not know goes with advice rather than vanish. */
  return ADVICE_INDEX;
}

static void
add_recommendations (SpineCdsAssessmentView *self,
                     SpineCdsCatalog        *catalog)
{
  GPtrArray *recommendations = spinecds_assessment_get_recommendations (self->assessment);

  for (guint c = 0; c < G_N_ELEMENTS (categories); c++)
    {
      GtkWidget *group = NULL;
      GtkWidget *list = NULL;

      for (guint i = 0; i < recommendations->len; i++)
        {
          const SpineCdsRecommendation *rec = g_ptr_array_index (recommendations, i);
          GtkWidget                    *row;

          if (category_index (rec->category) != c)
            continue;

          if (group == NULL)
            {
              group = adw_preferences_group_new ();
              adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _ (categories[c].title));
              list = gtk_list_box_new ();
              gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
              gtk_widget_add_css_class (list, "boxed-list");
              gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                              GTK_ACCESSIBLE_PROPERTY_LABEL, _ (categories[c].title),
                                              -1);
              g_signal_connect (list, "row-activated", G_CALLBACK (on_row_activated), self);
              adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);
            }

          row = spinecds_recommendation_row_new (self->assessment, rec, catalog);
          if (g_hash_table_contains (self->expanded, rec->id))
            spinecds_recommendation_row_set_expanded (SPINECDS_RECOMMENDATION_ROW (row), TRUE);
          gtk_list_box_append (GTK_LIST_BOX (list), row);
        }

      if (group != NULL)
        gtk_box_append (self->content_box, group);
    }
}

/* A criterion is met or not; a verdict is yes or no: "Not met" beside
 * "Surgery favoured" would read as one more failed criterion. */
static const char *
tristate_label (SpineCdsTristate value,
                gboolean         verdict)
{
  switch (value)
    {
    case SPINECDS_TRISTATE_YES:
      /* Translators: an MSCC surgery verdict ("Surgery favoured: Yes") */
      return verdict ? _ ("Yes")
                     /* Translators: state of an MSCC surgery criterion */
                     : _ ("Met");
    case SPINECDS_TRISTATE_NO:
      /* Translators: an MSCC surgery verdict ("Surgery favoured: No") */
      return verdict ? _ ("No")
                     /* Translators: state of an MSCC surgery criterion */
                     : _ ("Not met");
    case SPINECDS_TRISTATE_UNKNOWN:
    default:
      /* Translators: state of an MSCC surgery criterion */
      return _ ("Not known");
    }
}

static GtkWidget *
tristate_row (const char      *title,
              SpineCdsTristate value,
              gboolean         verdict)
{
  GtkWidget  *row = adw_action_row_new ();
  GtkWidget  *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget  *icon;
  GtkWidget  *label = gtk_label_new (tristate_label (value, verdict));
  const char *icon_name;
  const char *css;

  switch (value)
    {
    case SPINECDS_TRISTATE_YES:
      icon_name = "object-select-symbolic";
      css = "success";
      break;
    case SPINECDS_TRISTATE_NO:
      icon_name = "window-close-symbolic";
      css = "error";
      break;
    case SPINECDS_TRISTATE_UNKNOWN:
    default:
      icon_name = "dialog-question-symbolic";
      css = "dim-label";
      break;
    }

  /* The word beside it says it: the icon is decoration for a screen reader. */
  icon = g_object_new (GTK_TYPE_IMAGE, "icon-name", icon_name,
                       "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);
  gtk_widget_add_css_class (box, css);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
  /* Read with the criterion, not only when browsing to the suffix. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  tristate_label (value, verdict), -1);
  return row;
}

/* §8.9: a value exactly at a criterion's threshold is said out loud. */
static void
mark_at_limit (GtkWidget *row,
               gboolean   at_limit)
{
  if (at_limit)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _ ("Borderline: exactly at the limit"));
}

/* The age is no criterion of the trial, only a modifier of its benefit
 * (GUIDELINE-LOGIC §6): its row says so. */
static GtkWidget *
age_modifier_row (const SpineCdsMsccSurgery *mscc)
{
  GtkWidget *row = tristate_row (g_dpgettext2 (NULL, "kb", mscc->age_modifier_label), mscc->age_modifier_met, FALSE);

  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _ ("A modifier, not a trial criterion"));
  mark_at_limit (row, mscc->age_modifier_at_limit);
  return row;
}

static void
add_mscc (SpineCdsAssessmentView *self)
{
  const SpineCdsMsccSurgery *mscc = spinecds_assessment_get_mscc_surgery (self->assessment);
  GtkWidget                 *group;
  GtkWidget                 *verdict;

  if (mscc == NULL)
    return;

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group),
                                   _ ("Surgery Before Radiotherapy"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _ ("Criteria for metastatic spinal cord compression"));

  for (guint i = 0; mscc->criteria != NULL && i < mscc->criteria->len; i++)
    {
      const SpineCdsMsccCriterion *criterion = g_ptr_array_index (mscc->criteria, i);
      GtkWidget                   *row = tristate_row (g_dpgettext2 (NULL, "kb", criterion->label), criterion->met, FALSE);

      mark_at_limit (row, criterion->at_limit);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             tristate_row (_ ("All criteria met"), mscc->eligible, TRUE));
  if (mscc->age_modifier_label != NULL)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), age_modifier_row (mscc));
  verdict = tristate_row (_ ("Surgery favoured"), mscc->surgery_favoured, TRUE);
  if (spinecds_mscc_surgery_is_borderline (mscc))
    adw_action_row_set_subtitle (ADW_ACTION_ROW (verdict),
                                 _ ("A borderline verdict: weigh it with the MSCC or spine team"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), verdict);
  gtk_box_append (self->content_box, group);
}

/* The decision panel and the footer follow the plan's rows: shown
 * before them, they would be pushed down the pane once the rows come. */
static void
show_plan_end (SpineCdsAssessmentView *self,
               gboolean                shown)
{
  gtk_widget_set_visible (GTK_WIDGET (self->decision_panel), shown);
  gtk_widget_set_visible (GTK_WIDGET (self->footer_label), shown);
}

static void
build_content (SpineCdsAssessmentView *self)
{
  self->content_dirty = FALSE;
  clear_box (self->content_box);
  show_plan_end (self, TRUE);
  if (self->assessment == NULL)
    return;

  add_recommendations (self, self->catalog);
  add_mscc (self);
}

static void
cancel_deferred_build (SpineCdsAssessmentView *self)
{
  if (self->clock != NULL)
    {
      g_clear_signal_handler (&self->after_paint_id, self->clock);
      g_clear_object (&self->clock);
    }
  g_clear_handle_id (&self->build_idle_id, g_source_remove);
}

static gboolean
build_idle_cb (gpointer user_data)
{
  SpineCdsAssessmentView *self = user_data;

  self->build_idle_id = 0;
  if (self->content_dirty)
    build_content (self);
  return G_SOURCE_REMOVE;
}

static void
on_after_paint (GdkFrameClock          *clock,
                SpineCdsAssessmentView *self)
{
  cancel_deferred_build (self);
  /* From an idle, so that the frame just painted is on screen before
   * the rows are made; they are laid out in the next one. */
  self->build_idle_id = g_idle_add_full (G_PRIORITY_DEFAULT, build_idle_cb, self, NULL);
}

static void
spinecds_assessment_view_map (GtkWidget *widget)
{
  SpineCdsAssessmentView *self = SPINECDS_ASSESSMENT_VIEW (widget);

  GTK_WIDGET_CLASS (spinecds_assessment_view_parent_class)->map (widget);

  if (self->content_dirty && self->clock == NULL && self->build_idle_id == 0)
    {
      self->clock = g_object_ref (gtk_widget_get_frame_clock (widget));
      self->after_paint_id = g_signal_connect (self->clock, "after-paint",
                                               G_CALLBACK (on_after_paint), self);
    }
}

static void
spinecds_assessment_view_unmap (GtkWidget *widget)
{
  SpineCdsAssessmentView *self = SPINECDS_ASSESSMENT_VIEW (widget);

  cancel_deferred_build (self);
  GTK_WIDGET_CLASS (spinecds_assessment_view_parent_class)->unmap (widget);
}

/* The review dates, counted from the visit: the same as the handout's
 * and the record note's (issue 13, item 6). */
static void
show_follow_up (SpineCdsAssessmentView *self,
                SpineCdsAssessment     *assessment)
{
  const char      *from, *to;
  g_autofree char *text = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->follow_up_label),
                          spinecds_assessment_get_follow_up (assessment, &from, &to));
  if (!gtk_widget_get_visible (GTK_WIDGET (self->follow_up_label)))
    return;
  first = spinecds_catalog_format_iso_date (self->catalog, from);
  last = spinecds_catalog_format_iso_date (self->catalog, to);
  /* Translators: in the plan's banner; %1$s and %2$s are dates */
  text = g_strdup_printf (_ ("See again between %1$s and %2$s"), first, last);
  gtk_label_set_text (self->follow_up_label, text);
}

/* A decision on an earlier plan is said where the triage is read; the
 * decision panel at the end asks again. */
static void
show_stale (SpineCdsAssessmentView *self,
            SpineCdsAssessment     *assessment)
{
  gboolean stale = FALSE;

  spinecds_assessment_get_decision (assessment, &stale);
  gtk_widget_set_visible (GTK_WIDGET (self->stale_label), stale);
}

/* A triage raised while an input is missing is the worst case, not a
 * finding: the banner says what is missing (sixteenth round). */
static void
show_incomplete (SpineCdsAssessmentView *self,
                 SpineCdsAssessment     *assessment)
{
  g_autofree char *sentence = spinecds_assessment_dup_incomplete_note (assessment, self->catalog);
  g_autofree char *markup = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->incomplete_label), sentence != NULL);
  if (sentence == NULL)
    return;
  markup = g_markup_printf_escaped ("<b>%s</b> — %s", _ ("Plan not complete"), sentence);
  gtk_label_set_markup (self->incomplete_label, markup);
}

void
spinecds_assessment_view_set_assessment (SpineCdsAssessmentView *self,
                                         SpineCdsAssessment     *assessment,
                                         SpineCdsCatalog        *catalog)
{
  SpineCdsTriage         triage;
  SpineCdsKnowledgeBase *kb;
  g_autofree char       *footer = NULL;

  g_return_if_fail (SPINECDS_IS_ASSESSMENT_VIEW (self));
  g_return_if_fail (assessment == NULL || SPINECDS_IS_ASSESSMENT (assessment));

  g_set_object (&self->assessment, assessment);
  spinecds_decision_panel_set_assessment (self->decision_panel, assessment);
  if (self->catalog != catalog)
    {
      g_clear_pointer (&self->catalog, spinecds_catalog_unref);
      self->catalog = catalog != NULL ? spinecds_catalog_ref (catalog) : NULL;
    }
  self->content_dirty = TRUE;
  /* On screen and settled: rebuild now, as the user edits. Otherwise
   * map (or the pending first paint) builds the rows; until then no row
   * of an older plan may remain under the new banner. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) && self->clock == NULL && self->build_idle_id == 0)
    build_content (self);
  else
    {
      clear_box (self->content_box);
      show_plan_end (self, FALSE);
    }
  add_red_flags (self, catalog);

  spinecds_plan_remove_css_classes (self->banner);

  if (assessment == NULL)
    {
      g_clear_pointer (&self->triage_text, g_free);
      gtk_label_set_text (self->triage_label, "");
      gtk_label_set_text (self->timeframe_label, "");
      gtk_label_set_text (self->footer_label, "");
      return;
    }

  triage = spinecds_assessment_get_triage (assessment);
  g_assert (triage <= SPINECDS_TRIAGE_EMERGENCY);
  g_free (self->triage_text);
  self->triage_text = g_strdup (_ (spinecds_assessment_get_headline (assessment)));

  gtk_widget_add_css_class (self->banner, spinecds_plan_css_class (assessment));
  gtk_image_set_from_icon_name (self->triage_icon, spinecds_plan_icon_name (assessment));
  gtk_label_set_text (self->triage_label, self->triage_text);
  gtk_label_set_text (self->timeframe_label,
                      g_dpgettext2 (NULL, "kb", spinecds_assessment_get_timeframe (assessment)));
  show_follow_up (self, assessment);
  show_stale (self, assessment);
  show_incomplete (self, assessment);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->banner),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->triage_text,
                                  -1);

  kb = spinecds_assessment_get_knowledge_base (assessment);
  /* Translators: footer of the plan; %s are the knowledge base title, version and review date */
  footer = g_strdup_printf (_ ("Decision support for clinicians; not a diagnosis. Use clinical judgement.\n"
                               "Knowledge base: %s, version %s, reviewed %s."),
                            g_dpgettext2 (NULL, "kb", spinecds_knowledge_base_get_title (kb)),
                            spinecds_knowledge_base_get_version (kb),
                            spinecds_knowledge_base_get_reviewed (kb));
  gtk_label_set_text (self->footer_label, footer);
}

SpineCdsAssessment *
spinecds_assessment_view_get_assessment (SpineCdsAssessmentView *self)
{
  g_return_val_if_fail (SPINECDS_IS_ASSESSMENT_VIEW (self), NULL);

  return self->assessment;
}

const char *
spinecds_assessment_view_get_triage_text (SpineCdsAssessmentView *self)
{
  g_return_val_if_fail (SPINECDS_IS_ASSESSMENT_VIEW (self), NULL);

  return self->triage_text;
}

const char *
spinecds_assessment_view_get_timeframe_text (SpineCdsAssessmentView *self)
{
  g_return_val_if_fail (SPINECDS_IS_ASSESSMENT_VIEW (self), NULL);

  return gtk_label_get_text (self->timeframe_label);
}

static void
spinecds_assessment_view_dispose (GObject *object)
{
  SpineCdsAssessmentView *self = SPINECDS_ASSESSMENT_VIEW (object);

  cancel_deferred_build (self);
  g_clear_object (&self->assessment);
  g_clear_pointer (&self->catalog, spinecds_catalog_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), SPINECDS_TYPE_ASSESSMENT_VIEW);

  G_OBJECT_CLASS (spinecds_assessment_view_parent_class)->dispose (object);
}

static void
spinecds_assessment_view_finalize (GObject *object)
{
  SpineCdsAssessmentView *self = SPINECDS_ASSESSMENT_VIEW (object);

  g_hash_table_unref (self->expanded);
  g_free (self->triage_text);

  G_OBJECT_CLASS (spinecds_assessment_view_parent_class)->finalize (object);
}

static void
spinecds_assessment_view_class_init (SpineCdsAssessmentViewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = spinecds_assessment_view_dispose;
  object_class->finalize = spinecds_assessment_view_finalize;
  widget_class->map = spinecds_assessment_view_map;
  widget_class->unmap = spinecds_assessment_view_unmap;

  g_type_ensure (SPINECDS_TYPE_DECISION_PANEL);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/SpineCDS/ui/spinecds-assessment-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SpineCdsAssessmentView, banner);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsAssessmentView, triage_icon);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsAssessmentView, triage_label);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsAssessmentView, timeframe_label);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsAssessmentView, follow_up_label);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsAssessmentView, stale_label);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsAssessmentView, incomplete_label);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsAssessmentView, decision_panel);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsAssessmentView, red_flags_box);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsAssessmentView, content_box);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsAssessmentView, footer_label);
}

static void
spinecds_assessment_view_init (SpineCdsAssessmentView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->expanded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

const char *
spinecds_assessment_view_get_follow_up (SpineCdsAssessmentView *self)
{
  g_return_val_if_fail (SPINECDS_IS_ASSESSMENT_VIEW (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self->follow_up_label)) ? gtk_label_get_text (self->follow_up_label)
                                                                     : NULL;
}

SpineCdsDecisionPanel *
spinecds_assessment_view_get_decision_panel (SpineCdsAssessmentView *self)
{
  g_return_val_if_fail (SPINECDS_IS_ASSESSMENT_VIEW (self), NULL);

  return self->decision_panel;
}
