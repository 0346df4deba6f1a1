/* spinecds-form-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Why not AdwActionRow: it puts its wrapping title in a horizontal box,
 * and a box allocates by asking each child's width for its height,
 * which a wrapping label answers by laying its text out again and again
 * over a range of widths. With the case form's ~70 rows that search was
 * the largest cost between the window's first and complete frames
 * (docs/performance.md). A grid measures its columns without a height.
 * What the row keeps from AdwActionRow: the look, activation (a click or
 * Enter on the row activates its control) and the control's accessible
 * name and description (labelled by the title, described by the
 * subtitle).
 */
#define G_LOG_DOMAIN "spinecds-form-row"

#include "config.h"

#include "spinecds-form-row.h"

typedef struct
{
  /* Template children */
  GtkGrid    *grid;
  GtkLabel   *title_label;
  GtkLabel   *subtitle_label;
  GtkBox     *control_box;

  GtkWidget  *control;
  GtkWidget  *activatable; /* weak: the control, or a widget inside it */
  GtkListBox *list;        /* weak: the list whose activations are ours */
} SpineCdsFormRowPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (SpineCdsFormRow, spinecds_form_row, ADW_TYPE_PREFERENCES_ROW)

enum
{
  PROP_0,
  PROP_SUBTITLE,
  PROP_CONTROL,
  PROP_ACTIVATABLE_WIDGET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
on_row_activated (GtkListBox      *list,
                  GtkListBoxRow   *row,
                  SpineCdsFormRow *self)
{
  SpineCdsFormRowPrivate *priv = spinecds_form_row_get_instance_private (self);

  if (row == GTK_LIST_BOX_ROW (self) && priv->activatable != NULL)
    gtk_widget_mnemonic_activate (priv->activatable, FALSE);
}

/* GtkListBox reports a click or Enter on a row to the list, not the row. */
static void
follow_list (SpineCdsFormRow *self)
{
  SpineCdsFormRowPrivate *priv = spinecds_form_row_get_instance_private (self);
  GtkWidget              *parent = gtk_widget_get_parent (GTK_WIDGET (self));

  if (priv->list != NULL)
    {
      g_signal_handlers_disconnect_by_func (priv->list, on_row_activated, self);
      g_clear_weak_pointer (&priv->list);
    }
  if (GTK_IS_LIST_BOX (parent))
    {
      g_set_weak_pointer (&priv->list, GTK_LIST_BOX (parent));
      g_signal_connect_object (parent, "row-activated", G_CALLBACK (on_row_activated), self, 0);
    }
}

/* The row takes the focus before its control: a screen reader names it
 * by its title, and reads the subtitle as its description. */
static void
update_accessible_name (SpineCdsFormRow *self)
{
  SpineCdsFormRowPrivate *priv = spinecds_form_row_get_instance_private (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, gtk_label_get_text (priv->title_label),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, gtk_label_get_text (priv->subtitle_label),
                                  -1);
}

static void
update_accessible_relations (SpineCdsFormRow *self)
{
  SpineCdsFormRowPrivate *priv = spinecds_form_row_get_instance_private (self);
  GtkAccessible          *target = GTK_ACCESSIBLE (priv->activatable);

  if (target == NULL)
    return;
  gtk_accessible_update_relation (target,
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, priv->title_label, NULL,
                                  -1);
  if (gtk_widget_get_visible (GTK_WIDGET (priv->subtitle_label)))
    gtk_accessible_update_relation (target,
                                    GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, priv->subtitle_label, NULL,
                                    -1);
  else
    gtk_accessible_reset_relation (target, GTK_ACCESSIBLE_RELATION_DESCRIBED_BY);
}

/* What a click on the row activates and what its title labels: the
 * control itself unless told otherwise (a spin button in a box). */
static void
set_activatable_widget (SpineCdsFormRow *self,
                        GtkWidget       *widget)
{
  SpineCdsFormRowPrivate *priv = spinecds_form_row_get_instance_private (self);

  g_set_weak_pointer (&priv->activatable, widget);
  update_accessible_relations (self);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), widget != NULL);
}

/* The control's box spans the subtitle's row only when there is a
 * subtitle: an empty row would take its share of the control's height
 * and lift the title off the control's centre. */
static void
update_control_span (SpineCdsFormRow *self)
{
  SpineCdsFormRowPrivate *priv = spinecds_form_row_get_instance_private (self);
  GtkLayoutManager       *layout = gtk_widget_get_layout_manager (GTK_WIDGET (priv->grid));

  gtk_grid_layout_child_set_row_span (GTK_GRID_LAYOUT_CHILD (gtk_layout_manager_get_layout_child (layout, GTK_WIDGET (priv->control_box))),
                                      gtk_widget_get_visible (GTK_WIDGET (priv->subtitle_label)) ? 2 : 1);
}

GtkWidget *
spinecds_form_row_new (const char *title,
                       GtkWidget  *control)
{
  return g_object_new (SPINECDS_TYPE_FORM_ROW, "title", title, "control", control, NULL);
}

const char *
spinecds_form_row_get_subtitle (SpineCdsFormRow *self)
{
  SpineCdsFormRowPrivate *priv = spinecds_form_row_get_instance_private (self);

  g_return_val_if_fail (SPINECDS_IS_FORM_ROW (self), NULL);

  return gtk_label_get_text (priv->subtitle_label);
}

void
spinecds_form_row_set_subtitle (SpineCdsFormRow *self,
                                const char      *subtitle)
{
  SpineCdsFormRowPrivate *priv = spinecds_form_row_get_instance_private (self);

  g_return_if_fail (SPINECDS_IS_FORM_ROW (self));

  if (subtitle == NULL)
    subtitle = "";
  if (g_strcmp0 (subtitle, gtk_label_get_text (priv->subtitle_label)) == 0)
    return;
  gtk_label_set_text (priv->subtitle_label, subtitle);
  gtk_widget_set_visible (GTK_WIDGET (priv->subtitle_label), *subtitle != '\0');
  update_control_span (self);
  update_accessible_name (self);
  update_accessible_relations (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBTITLE]);
}

GtkWidget *
spinecds_form_row_get_control (SpineCdsFormRow *self)
{
  SpineCdsFormRowPrivate *priv = spinecds_form_row_get_instance_private (self);

  g_return_val_if_fail (SPINECDS_IS_FORM_ROW (self), NULL);

  return priv->control;
}

GtkWidget *
spinecds_form_row_get_activatable_widget (SpineCdsFormRow *self)
{
  SpineCdsFormRowPrivate *priv = spinecds_form_row_get_instance_private (self);

  g_return_val_if_fail (SPINECDS_IS_FORM_ROW (self), NULL);

  return priv->activatable;
}

/* Beside the title and subtitle, centred in its box; it is also what
 * the row activates, until told otherwise. */
void
spinecds_form_row_set_control (SpineCdsFormRow *self,
                               GtkWidget       *control)
{
  SpineCdsFormRowPrivate *priv = spinecds_form_row_get_instance_private (self);

  g_return_if_fail (SPINECDS_IS_FORM_ROW (self));
  g_return_if_fail (control == NULL || GTK_IS_WIDGET (control));

  if (priv->control == control)
    return;
  if (priv->control != NULL)
    gtk_box_remove (priv->control_box, priv->control);
  if (priv->activatable == NULL || priv->activatable == priv->control)
    set_activatable_widget (self, control);
  priv->control = control;
  if (control != NULL)
    gtk_box_append (priv->control_box, control);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTROL]);
}

/* Inside the control, the one widget that takes the row's activation
 * and its title: a spin button beside its buttons. */
void
spinecds_form_row_set_activatable_widget (SpineCdsFormRow *self,
                                          GtkWidget       *widget)
{
  SpineCdsFormRowPrivate *priv = spinecds_form_row_get_instance_private (self);

  g_return_if_fail (SPINECDS_IS_FORM_ROW (self));
  g_return_if_fail (widget == NULL || GTK_IS_WIDGET (widget));

  if (priv->activatable == widget)
    return;
  set_activatable_widget (self, widget);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVATABLE_WIDGET]);
}

static void
spinecds_form_row_dispose (GObject *object)
{
  SpineCdsFormRow        *self = SPINECDS_FORM_ROW (object);
  SpineCdsFormRowPrivate *priv = spinecds_form_row_get_instance_private (self);

  /* The grid is the list box row's child, which GtkListBoxRow unparents
   * itself: disposing the template as well would unparent it twice. */
  g_clear_weak_pointer (&priv->list);
  g_clear_weak_pointer (&priv->activatable);
  priv->control = NULL;

  G_OBJECT_CLASS (spinecds_form_row_parent_class)->dispose (object);
}

static void
spinecds_form_row_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  SpineCdsFormRow *self = SPINECDS_FORM_ROW (object);

  switch (prop_id)
    {
    case PROP_SUBTITLE:
      g_value_set_string (value, spinecds_form_row_get_subtitle (self));
      break;
    case PROP_CONTROL:
      g_value_set_object (value, spinecds_form_row_get_control (self));
      break;
    case PROP_ACTIVATABLE_WIDGET:
      g_value_set_object (value, spinecds_form_row_get_activatable_widget (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
spinecds_form_row_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  SpineCdsFormRow *self = SPINECDS_FORM_ROW (object);

  switch (prop_id)
    {
    case PROP_SUBTITLE:
      spinecds_form_row_set_subtitle (self, g_value_get_string (value));
      break;
    case PROP_CONTROL:
      spinecds_form_row_set_control (self, g_value_get_object (value));
      break;
    case PROP_ACTIVATABLE_WIDGET:
      spinecds_form_row_set_activatable_widget (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
spinecds_form_row_class_init (SpineCdsFormRowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = spinecds_form_row_dispose;
  object_class->get_property = spinecds_form_row_get_property;
  object_class->set_property = spinecds_form_row_set_property;

  properties[PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CONTROL] =
    g_param_spec_object ("control", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACTIVATABLE_WIDGET] =
    g_param_spec_object ("activatable-widget", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/SpineCDS/ui/spinecds-form-row.ui");
  gtk_widget_class_bind_template_child_private (widget_class, SpineCdsFormRow, grid);
  gtk_widget_class_bind_template_child_private (widget_class, SpineCdsFormRow, title_label);
  gtk_widget_class_bind_template_child_private (widget_class, SpineCdsFormRow, subtitle_label);
  gtk_widget_class_bind_template_child_private (widget_class, SpineCdsFormRow, control_box);
}

static void
spinecds_form_row_init (SpineCdsFormRow *self)
{
  SpineCdsFormRowPrivate *priv = spinecds_form_row_get_instance_private (self);

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Plain text, as the form's titles are (AdwPreferencesRow reads them as
   * markup by default). */
  g_object_bind_property (self, "title", priv->title_label, "label", G_BINDING_SYNC_CREATE);
  g_signal_connect (self, "notify::title", G_CALLBACK (update_accessible_name), NULL);
  g_signal_connect (self, "notify::parent", G_CALLBACK (follow_list), NULL);
}
