/* spinecds-number-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A nullable number must never turn into a silent 0. The spin button
 * gets one step below its lower bound that reads "Not known": spinning
 * down from the lowest value, clearing the text, or the clear button
 * all make the value unknown (negative), and the row says so.
 */
#define G_LOG_DOMAIN "spinecds-number-row"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "spinecds-number-row.h"

struct _SpineCdsNumberRow
{
  SpineCdsFormRow parent_instance;

  /* Template children */
  GtkSpinButton  *spin;
  GtkButton      *clear_button;
  GtkLabel       *unit_label;
  GtkAdjustment  *adjustment;

  double          value;
  double          lower;
  double          upper;
  double          step;
  guint           digits;
  guint           allow_unknown : 1;
  guint           updating : 1;
};

G_DEFINE_FINAL_TYPE (SpineCdsNumberRow, spinecds_number_row, SPINECDS_TYPE_FORM_ROW)

enum
{
  PROP_0,
  PROP_VALUE,
  PROP_LOWER,
  PROP_UPPER,
  PROP_STEP,
  PROP_DIGITS,
  PROP_ALLOW_UNKNOWN,
  PROP_UNIT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean    on_spin_output (GtkSpinButton     *spin,
                                   SpineCdsNumberRow *self);

static double
sentinel (SpineCdsNumberRow *self)
{
  return self->lower - self->step;
}

static gboolean
is_known (SpineCdsNumberRow *self)
{
  return !self->allow_unknown || self->value >= 0.0;
}

static void
sync_widgets (SpineCdsNumberRow *self)
{
  self->updating = TRUE;
  gtk_adjustment_configure (self->adjustment,
                            is_known (self) ? CLAMP (self->value, self->lower, self->upper)
                                            : sentinel (self),
                            self->allow_unknown ? sentinel (self) : self->lower,
                            self->upper,
                            self->step,
                            self->step * 10,
                            0);
  gtk_spin_button_set_digits (self->spin, self->digits);
  /* The output handler decides the text; run it even when the
   * adjustment value did not move. */
  on_spin_output (self->spin, self);
  self->updating = FALSE;

  gtk_widget_set_visible (GTK_WIDGET (self->clear_button), self->allow_unknown && is_known (self));
  if (is_known (self))
    gtk_widget_remove_css_class (GTK_WIDGET (self->spin), "unknown");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->spin), "unknown");
}

static gboolean
on_spin_output (GtkSpinButton     *spin,
                SpineCdsNumberRow *self)
{
  double value = gtk_adjustment_get_value (self->adjustment);

  if (self->allow_unknown && value < self->lower)
    {
      /* Translators: shown in a number field whose value is unknown */
      gtk_editable_set_text (GTK_EDITABLE (spin), _ ("Not known"));
      return TRUE;
    }
  /* "4 weeks", not "4.0 weeks": a whole number shows no decimals, in
   * the locale's digits and separator otherwise. */
  if (self->digits > 0 && value == floor (value))
    {
      g_autofree char *text = g_strdup_printf ("%.0f", value);

      gtk_editable_set_text (GTK_EDITABLE (spin), text);
      return TRUE;
    }
  return FALSE;
}

static int
on_spin_input (GtkSpinButton     *spin,
               double            *new_value,
               SpineCdsNumberRow *self)
{
  const char      *text = gtk_editable_get_text (GTK_EDITABLE (spin));
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  if (self->allow_unknown
      && (*stripped == '\0' || g_utf8_collate (stripped, _ ("Not known")) == 0))
    {
      *new_value = sentinel (self);
      return TRUE;
    }
  return FALSE;
}

static void
on_adjustment_value_changed (GtkAdjustment     *adjustment,
                             SpineCdsNumberRow *self)
{
  double value = gtk_adjustment_get_value (adjustment);

  if (self->updating)
    return;

  if (self->allow_unknown && value < self->lower)
    spinecds_number_row_set_value (self, -1.0);
  else
    spinecds_number_row_set_value (self, value);
}

static void
on_clear_clicked (GtkButton         *button,
                  SpineCdsNumberRow *self)
{
  spinecds_number_row_set_value (self, -1.0);
  gtk_widget_grab_focus (GTK_WIDGET (self->spin));
}

static void
update_accessible_label (SpineCdsNumberRow *self)
{
  const char      *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self));
  g_autofree char *clear_label = NULL;

  /* The spin button is the row's activatable widget, which the row
   * labels with its title already. */
  /* Translators: accessible label of the button that clears a number; %s is the field, e.g. "CRP" */
  clear_label = g_strdup_printf (_ ("Mark %s as not known"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->clear_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, clear_label,
                                  -1);
}

double
spinecds_number_row_get_value (SpineCdsNumberRow *self)
{
  g_return_val_if_fail (SPINECDS_IS_NUMBER_ROW (self), -1.0);

  return self->value;
}

void
spinecds_number_row_set_value (SpineCdsNumberRow *self,
                               double             value)
{
  g_return_if_fail (SPINECDS_IS_NUMBER_ROW (self));

  if (value < 0.0 && self->allow_unknown)
    value = -1.0;
  else if (value >= 0.0 || !self->allow_unknown)
    value = CLAMP (value, self->lower, self->upper);

  if (self->value == value)
    return;

  self->value = value;
  sync_widgets (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

GtkSpinButton *
spinecds_number_row_get_spin_button (SpineCdsNumberRow *self)
{
  g_return_val_if_fail (SPINECDS_IS_NUMBER_ROW (self), NULL);

  return self->spin;
}

static void
spinecds_number_row_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  SpineCdsNumberRow *self = SPINECDS_NUMBER_ROW (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      g_value_set_double (value, self->value);
      break;
    case PROP_LOWER:
      g_value_set_double (value, self->lower);
      break;
    case PROP_UPPER:
      g_value_set_double (value, self->upper);
      break;
    case PROP_STEP:
      g_value_set_double (value, self->step);
      break;
    case PROP_DIGITS:
      g_value_set_uint (value, self->digits);
      break;
    case PROP_ALLOW_UNKNOWN:
      g_value_set_boolean (value, self->allow_unknown);
      break;
    case PROP_UNIT:
      g_value_set_string (value, gtk_label_get_label (self->unit_label));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
change_double (double *slot,
               double  value)
{
  if (*slot == value)
    return FALSE;
  *slot = value;
  return TRUE;
}

static void
spinecds_number_row_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  SpineCdsNumberRow *self = SPINECDS_NUMBER_ROW (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      spinecds_number_row_set_value (self, g_value_get_double (value));
      return;
    /* Explicit notification: only a real change is one. */
    case PROP_LOWER:
      if (!change_double (&self->lower, g_value_get_double (value)))
        return;
      break;
    case PROP_UPPER:
      if (!change_double (&self->upper, g_value_get_double (value)))
        return;
      break;
    case PROP_STEP:
      if (!change_double (&self->step, g_value_get_double (value)))
        return;
      break;
    case PROP_DIGITS:
      if (self->digits == g_value_get_uint (value))
        return;
      self->digits = g_value_get_uint (value);
      break;
    case PROP_ALLOW_UNKNOWN:
      if (self->allow_unknown == (guint) g_value_get_boolean (value))
        return;
      self->allow_unknown = g_value_get_boolean (value);
      break;
    case PROP_UNIT:
      if (g_strcmp0 (gtk_label_get_label (self->unit_label), g_value_get_string (value)) == 0)
        return;
      gtk_label_set_label (self->unit_label, g_value_get_string (value));
      gtk_widget_set_visible (GTK_WIDGET (self->unit_label),
                              g_value_get_string (value) != NULL && *g_value_get_string (value));
      g_object_notify_by_pspec (object, pspec);
      return;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  sync_widgets (self);
  g_object_notify_by_pspec (object, pspec);
}

static void
spinecds_number_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SPINECDS_TYPE_NUMBER_ROW);

  G_OBJECT_CLASS (spinecds_number_row_parent_class)->dispose (object);
}

static void
spinecds_number_row_class_init (SpineCdsNumberRowClass *klass)
{
  GObjectClass     *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass   *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;

  object_class->dispose = spinecds_number_row_dispose;
  object_class->get_property = spinecds_number_row_get_property;
  object_class->set_property = spinecds_number_row_set_property;

  properties[PROP_VALUE] =
    g_param_spec_double ("value", NULL, NULL, -1.0, G_MAXDOUBLE, 0.0,
                         flags | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_LOWER] =
    g_param_spec_double ("lower", NULL, NULL, 0.0, G_MAXDOUBLE, 0.0, flags | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_UPPER] =
    g_param_spec_double ("upper", NULL, NULL, 0.0, G_MAXDOUBLE, 100.0, flags | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_STEP] =
    g_param_spec_double ("step", NULL, NULL, 0.001, G_MAXDOUBLE, 1.0, flags | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_DIGITS] =
    g_param_spec_uint ("digits", NULL, NULL, 0, 6, 0, flags | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ALLOW_UNKNOWN] =
    g_param_spec_boolean ("allow-unknown", NULL, NULL, TRUE, flags | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_UNIT] =
    g_param_spec_string ("unit", NULL, NULL, NULL, flags | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/SpineCDS/ui/spinecds-number-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SpineCdsNumberRow, spin);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsNumberRow, clear_button);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsNumberRow, unit_label);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsNumberRow, adjustment);
  gtk_widget_class_bind_template_callback (widget_class, on_spin_output);
  gtk_widget_class_bind_template_callback (widget_class, on_spin_input);
  gtk_widget_class_bind_template_callback (widget_class, on_adjustment_value_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_clear_clicked);
  gtk_widget_class_bind_template_callback (widget_class, update_accessible_label);
}

static void
spinecds_number_row_init (SpineCdsNumberRow *self)
{
  self->value = -1.0;
  self->lower = 0.0;
  self->upper = 100.0;
  self->step = 1.0;
  self->allow_unknown = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));
  sync_widgets (self);
}
