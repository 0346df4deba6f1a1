/* spinecds-codes-group.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Code sets have no property per code, so the switches are kept in
 * step by hand: a switch writes through spinecds_case_set_code(), and
 * every ::changed of the case re-reads all of them.
 */
#define G_LOG_DOMAIN "spinecds-codes-group"

#include "config.h"

#include <glib/gi18n.h>

#include "spinecds-codes.h"
#include "spinecds-codes-group.h"
#include "spinecds-enums.h"
#include "spinecds-form-row.h"

struct _SpineCdsCodesGroup
{
  AdwPreferencesGroup parent_instance;

  SpineCdsCase       *kase;
  SpineCdsCodeKind    kind;
  GHashTable         *switches; /* code -> GtkSwitch (borrowed) */
  gulong              changed_id;
  gboolean            syncing;
};

G_DEFINE_FINAL_TYPE (SpineCdsCodesGroup, spinecds_codes_group, ADW_TYPE_PREFERENCES_GROUP)

enum
{
  PROP_0,
  PROP_CASE,
  PROP_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sync_from_case (SpineCdsCodesGroup *self)
{
  GHashTableIter iter;
  gpointer       key, value;

  self->syncing = TRUE;
  g_hash_table_iter_init (&iter, self->switches);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      gboolean present = self->kase != NULL
                         && spinecds_case_has_code (self->kase, self->kind, key);
      gtk_switch_set_active (GTK_SWITCH (value), present);
    }
  self->syncing = FALSE;
}

static void
on_switch_active (GtkSwitch          *widget,
                  GParamSpec         *pspec,
                  SpineCdsCodesGroup *self)
{
  const char *code = g_object_get_data (G_OBJECT (widget), "spinecds-code");

  if (self->syncing || self->kase == NULL)
    return;

  spinecds_case_set_code (self->kase, self->kind, code, gtk_switch_get_active (widget));
}

static void
build_rows (SpineCdsCodesGroup *self)
{
  const SpineCdsCodeInfo *codes;
  guint                   n_codes = 0;

  codes = spinecds_codes_list (self->kind, &n_codes);
  for (guint i = 0; i < n_codes; i++)
    {
      GtkWidget *toggle = gtk_switch_new ();

      g_object_set_data (G_OBJECT (toggle), "spinecds-code", (gpointer) codes[i].code);
      g_signal_connect (toggle, "notify::active", G_CALLBACK (on_switch_active), self);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self),
                                 spinecds_form_row_new (_ (codes[i].label), toggle));
      g_hash_table_insert (self->switches, (gpointer) codes[i].code, toggle);
    }
}

SpineCdsCase *
spinecds_codes_group_get_case (SpineCdsCodesGroup *self)
{
  g_return_val_if_fail (SPINECDS_IS_CODES_GROUP (self), NULL);

  return self->kase;
}

void
spinecds_codes_group_set_case (SpineCdsCodesGroup *self,
                               SpineCdsCase       *kase)
{
  g_return_if_fail (SPINECDS_IS_CODES_GROUP (self));
  g_return_if_fail (kase == NULL || SPINECDS_IS_CASE (kase));

  if (self->kase == kase)
    return;

  if (self->kase != NULL)
    g_clear_signal_handler (&self->changed_id, self->kase);
  g_set_object (&self->kase, kase);
  if (self->kase != NULL)
    self->changed_id = g_signal_connect_object (self->kase, "changed",
                                                G_CALLBACK (sync_from_case), self,
                                                G_CONNECT_SWAPPED);
  sync_from_case (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE]);
}

GtkSwitch *
spinecds_codes_group_get_switch (SpineCdsCodesGroup *self,
                                 const char         *code)
{
  g_return_val_if_fail (SPINECDS_IS_CODES_GROUP (self), NULL);

  return g_hash_table_lookup (self->switches, code);
}

static void
spinecds_codes_group_constructed (GObject *object)
{
  SpineCdsCodesGroup *self = SPINECDS_CODES_GROUP (object);

  G_OBJECT_CLASS (spinecds_codes_group_parent_class)->constructed (object);

  build_rows (self);
  sync_from_case (self);
}

static void
spinecds_codes_group_dispose (GObject *object)
{
  SpineCdsCodesGroup *self = SPINECDS_CODES_GROUP (object);

  if (self->kase != NULL)
    g_clear_signal_handler (&self->changed_id, self->kase);
  g_clear_object (&self->kase);

  G_OBJECT_CLASS (spinecds_codes_group_parent_class)->dispose (object);
}

static void
spinecds_codes_group_finalize (GObject *object)
{
  SpineCdsCodesGroup *self = SPINECDS_CODES_GROUP (object);

  g_hash_table_unref (self->switches);

  G_OBJECT_CLASS (spinecds_codes_group_parent_class)->finalize (object);
}

static void
spinecds_codes_group_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  SpineCdsCodesGroup *self = SPINECDS_CODES_GROUP (object);

  switch (prop_id)
    {
    case PROP_CASE:
      g_value_set_object (value, self->kase);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
spinecds_codes_group_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  SpineCdsCodesGroup *self = SPINECDS_CODES_GROUP (object);

  switch (prop_id)
    {
    case PROP_CASE:
      spinecds_codes_group_set_case (self, g_value_get_object (value));
      break;
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
spinecds_codes_group_class_init (SpineCdsCodesGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = spinecds_codes_group_constructed;
  object_class->dispose = spinecds_codes_group_dispose;
  object_class->finalize = spinecds_codes_group_finalize;
  object_class->get_property = spinecds_codes_group_get_property;
  object_class->set_property = spinecds_codes_group_set_property;

  properties[PROP_CASE] =
    g_param_spec_object ("case", NULL, NULL, SPINECDS_TYPE_CASE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, SPINECDS_TYPE_CODE_KIND, SPINECDS_CODE_KIND_SYMPTOM,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
spinecds_codes_group_init (SpineCdsCodesGroup *self)
{
  self->switches = g_hash_table_new (g_str_hash, g_str_equal);
}
