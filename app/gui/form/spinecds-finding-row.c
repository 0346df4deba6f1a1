/* spinecds-finding-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "spinecds-finding-row"

#include "config.h"

#include <glib/gi18n.h>

#include "spinecds-codes.h"
#include "spinecds-enums.h"
#include "spinecds-accessible.h"
#include "spinecds-case-file.h"
#include "spinecds-enum-binding.h"
#include "spinecds-finding-row.h"
#include "spinecds-grade-label.h"

struct _SpineCdsFindingRow
{
  AdwExpanderRow   parent_instance;

  SpineCdsFinding *finding;
  AdwComboRow     *grade_row;
  GtkEntry        *level_entry;
  GtkEntry        *note_entry;
};

G_DEFINE_FINAL_TYPE (SpineCdsFindingRow, spinecds_finding_row, ADW_TYPE_EXPANDER_ROW)

static void
update_subtitle (SpineCdsFindingRow *self)
{
  const char *level = spinecds_finding_get_level (self->finding);
  SpineCdsGrade grade = spinecds_finding_get_grade (self->finding);
  g_autoptr(GString) subtitle = g_string_new (spinecds_grade_label (grade));

  if (level != NULL && *level != '\0')
    g_string_append_printf (subtitle, " · %s", level);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle->str);
}

static gboolean
nullable_to_text (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  const char *s = g_value_get_string (from);

  g_value_set_string (to, s != NULL ? s : "");
  return TRUE;
}

static gboolean
text_to_nullable (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  const char *s = g_value_get_string (from);

  /* An empty field means "absent", never a level of "". */
  g_value_set_string (to, s != NULL && *s != '\0' ? s : NULL);
  return TRUE;
}

/* A text field in a row: an AdwActionRow with a GtkEntry, not an
 * AdwEntryRow, whose focus libadwaita 1.2 keeps out of the accessibility
 * tree (a screen reader says nothing on entering it). Adds the row to
 * @expander and returns the entry, named by the row's title. */
static GtkEntry *
add_text_row (AdwExpanderRow *expander,
              const char     *title)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *entry = gtk_entry_new ();

  gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (entry, TRUE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), entry);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), entry);
  adw_expander_row_add_row (expander, row);
  return GTK_ENTRY (entry);
}

static void
on_remove_clicked (SpineCdsFindingRow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "findings.remove", "u",
                              (guint32) gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (self)));
}

GtkWidget *
spinecds_finding_row_new (SpineCdsFinding *finding)
{
  SpineCdsFindingRow *self;
  const SpineCdsCodeInfo *info;
  g_autoptr(GtkStringList) grades = gtk_string_list_new (NULL);
  GtkWidget *remove_button;
  g_autofree char *remove_label = NULL;
  const char *title;

  g_return_val_if_fail (SPINECDS_IS_FINDING (finding), NULL);

  self = g_object_new (SPINECDS_TYPE_FINDING_ROW, NULL);
  self->finding = g_object_ref (finding);

  info = spinecds_codes_lookup (SPINECDS_CODE_KIND_FINDING, spinecds_finding_get_code (finding));
  title = info != NULL ? _(info->label) : spinecds_finding_get_code (finding);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);

  for (SpineCdsGrade g = SPINECDS_GRADE_NONE; g <= SPINECDS_GRADE_SEVERE; g++)
    gtk_string_list_append (grades, spinecds_grade_label (g));

  self->grade_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->grade_row), _("Grade"));
  adw_combo_row_set_model (self->grade_row, G_LIST_MODEL (grades));
  spinecds_accessible_describe_combo_value (self->grade_row);
  spinecds_enum_binding_new (finding, "grade", self->grade_row, "selected");

  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), GTK_WIDGET (self->grade_row));

  /* Translators: spinal level of an MRI finding, e.g. "C5-C6" */
  self->level_entry = add_text_row (ADW_EXPANDER_ROW (self), _("Level"));
  /* What a case file allows: typing stops there, the save never fails. */
  gtk_entry_set_max_length (self->level_entry, SPINECDS_CASE_FILE_MAX_LEVEL_CHARS);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (gtk_widget_get_ancestor (GTK_WIDGET (self->level_entry),
                                                                          ADW_TYPE_ACTION_ROW)),
                               /* Translators: under the level of a finding */
                               _("At most 32 characters, e.g. C5-C6"));
  g_object_bind_property_full (finding, "level", self->level_entry, "text",
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                               nullable_to_text, text_to_nullable, NULL, NULL);

  self->note_entry = add_text_row (ADW_EXPANDER_ROW (self), _("Note"));
  g_object_bind_property_full (finding, "note", self->note_entry, "text",
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                               nullable_to_text, text_to_nullable, NULL, NULL);

  remove_button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_add_css_class (remove_button, "flat");
  gtk_widget_set_valign (remove_button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (remove_button, _("Remove Finding"));
  /* Translators: accessible label; %s is a finding, e.g. "Disc bulge" */
  remove_label = g_strdup_printf (_("Remove %s"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label,
                                  -1);
  /* This row's finding, whatever its level: a code may be listed at
   * several levels (case format 2), so the code does not name it. */
  g_signal_connect_object (remove_button, "clicked", G_CALLBACK (on_remove_clicked), self, G_CONNECT_SWAPPED);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (self), remove_button);

  g_signal_connect_object (finding, "notify::grade", G_CALLBACK (update_subtitle), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (finding, "notify::level", G_CALLBACK (update_subtitle), self,
                           G_CONNECT_SWAPPED);
  update_subtitle (self);

  return GTK_WIDGET (self);
}

SpineCdsFinding *
spinecds_finding_row_get_finding (SpineCdsFindingRow *self)
{
  g_return_val_if_fail (SPINECDS_IS_FINDING_ROW (self), NULL);

  return self->finding;
}

static void
spinecds_finding_row_dispose (GObject *object)
{
  SpineCdsFindingRow *self = SPINECDS_FINDING_ROW (object);

  g_clear_object (&self->finding);

  G_OBJECT_CLASS (spinecds_finding_row_parent_class)->dispose (object);
}

static void
spinecds_finding_row_class_init (SpineCdsFindingRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = spinecds_finding_row_dispose;
}

static void
spinecds_finding_row_init (SpineCdsFindingRow *self)
{
}
