/* spinecds-preferences-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "spinecds-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "spinecds-catalog.h"
#include "spinecds-accessible.h"
#include "spinecds-preferences-window.h"

struct _SpineCdsPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  GSettings           *settings;
  GPtrArray           *language_codes;

  AdwComboRow         *region_row;
  AdwComboRow         *language_row;
  /* Entries in action rows: libadwaita 1.2's AdwEntryRow keeps its
   * focus out of the accessibility tree, so a screen reader is silent. */
  GtkEntry            *clinician_entry;
  GtkEntry            *institution_entry;
};

G_DEFINE_FINAL_TYPE (SpineCdsPreferencesWindow, spinecds_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static const char * const region_nicks[] = { "cervical", "thoracic", "lumbar", "none" };

static gboolean
region_get_mapping (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  const char *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (region_nicks); i++)
    if (g_str_equal (nick, region_nicks[i]))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  return FALSE;
}

static GVariant *
region_set_mapping (const GValue       *value,
                    const GVariantType *expected_type,
                    gpointer            user_data)
{
  guint i = g_value_get_uint (value);

  if (i >= G_N_ELEMENTS (region_nicks))
    return NULL;
  return g_variant_new_string (region_nicks[i]);
}

static gboolean
language_get_mapping (GValue   *value,
                      GVariant *variant,
                      gpointer  user_data)
{
  SpineCdsPreferencesWindow *self = user_data;
  const char                *code = g_variant_get_string (variant, NULL);
  guint                      position;

  if (!g_ptr_array_find_with_equal_func (self->language_codes, code, g_str_equal, &position))
    return FALSE;
  g_value_set_uint (value, position);
  return TRUE;
}

static GVariant *
language_set_mapping (const GValue       *value,
                      const GVariantType *expected_type,
                      gpointer            user_data)
{
  SpineCdsPreferencesWindow *self = user_data;
  guint                      i = g_value_get_uint (value);

  if (i >= self->language_codes->len)
    return NULL;
  return g_variant_new_string (g_ptr_array_index (self->language_codes, i));
}

/* Handout languages are offered only when their catalog is installed. */
static void
fill_languages (SpineCdsPreferencesWindow *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_auto(GStrv) languages = spinecds_catalog_list_languages ();
  g_autofree char *current = g_settings_get_string (self->settings, "handout-language");

  for (guint i = 0; languages[i] != NULL; i++)
    {
      g_ptr_array_add (self->language_codes, g_strdup (languages[i]));
      gtk_string_list_append (names, spinecds_catalog_language_name (languages[i]));
    }
  /* A setting for a language no longer installed stays visible. */
  if (!g_strv_contains ((const char * const *) languages, current))
    {
      g_ptr_array_add (self->language_codes, g_strdup (current));
      gtk_string_list_append (names, spinecds_catalog_language_name (current));
    }
  adw_combo_row_set_model (self->language_row, G_LIST_MODEL (names));
}

GtkWidget *
spinecds_preferences_window_new (GtkWindow *parent,
                                 GSettings *settings)
{
  SpineCdsPreferencesWindow *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (SPINECDS_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       NULL);
  self->settings = g_object_ref (settings);

  fill_languages (self);
  spinecds_accessible_describe_combo_value (self->region_row);
  spinecds_accessible_describe_combo_value (self->language_row);
  g_settings_bind_with_mapping (settings, "default-region", self->region_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                region_get_mapping, region_set_mapping, NULL, NULL);
  g_settings_bind_with_mapping (settings, "handout-language", self->language_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                language_get_mapping, language_set_mapping, self, NULL);
  g_settings_bind (settings, "clinician-name", self->clinician_entry, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "institution-name", self->institution_entry, "text", G_SETTINGS_BIND_DEFAULT);

  return GTK_WIDGET (self);
}

static void
spinecds_preferences_window_dispose (GObject *object)
{
  SpineCdsPreferencesWindow *self = SPINECDS_PREFERENCES_WINDOW (object);

  if (self->settings != NULL)
    {
      g_settings_unbind (self->region_row, "selected");
      g_settings_unbind (self->language_row, "selected");
      g_settings_unbind (self->clinician_entry, "text");
      g_settings_unbind (self->institution_entry, "text");
    }
  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (self), SPINECDS_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (spinecds_preferences_window_parent_class)->dispose (object);
}

static void
spinecds_preferences_window_finalize (GObject *object)
{
  SpineCdsPreferencesWindow *self = SPINECDS_PREFERENCES_WINDOW (object);

  g_ptr_array_unref (self->language_codes);

  G_OBJECT_CLASS (spinecds_preferences_window_parent_class)->finalize (object);
}

static void
spinecds_preferences_window_class_init (SpineCdsPreferencesWindowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = spinecds_preferences_window_dispose;
  object_class->finalize = spinecds_preferences_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/SpineCDS/ui/spinecds-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SpineCdsPreferencesWindow, region_row);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsPreferencesWindow, language_row);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsPreferencesWindow, clinician_entry);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsPreferencesWindow, institution_entry);
}

static void
spinecds_preferences_window_init (SpineCdsPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->language_codes = g_ptr_array_new_with_free_func (g_free);
}
