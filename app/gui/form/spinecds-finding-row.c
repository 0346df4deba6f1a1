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

  /* Template children */
  GtkButton       *remove_button;
  AdwComboRow     *grade_row;
  GtkEntry        *level_entry;
  GtkEntry        *note_entry;
};

G_DEFINE_FINAL_TYPE (SpineCdsFindingRow, spinecds_finding_row, ADW_TYPE_EXPANDER_ROW)

static void
update_subtitle (SpineCdsFindingRow *self)
{
  const char   *level = spinecds_finding_get_level (self->finding);
  SpineCdsGrade grade = spinecds_finding_get_grade (self->finding);
  g_autoptr(GString) subtitle = g_string_new (spinecds_grade_label (grade));

  if (level != NULL && *level != '\0')
    g_string_append_printf (subtitle, " · %s", level);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle->str);
  /* The row itself takes the focus: a screen reader names it as it
   * reads (AdwExpanderRow 1.2 names only its inner header). */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self)),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle->str,
                                  -1);
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

/* This row's finding, whatever its level: a code may be listed at
 * several levels (case format 2), so the code does not name it. */
static void
on_remove_clicked (SpineCdsFindingRow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "findings.remove", "u",
                              (guint32) gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (self)));
}

static void
bind_text (SpineCdsFinding *finding,
           const char      *property,
           GtkEntry        *entry)
{
  g_object_bind_property_full (finding, property, entry, "text",
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                               nullable_to_text, text_to_nullable, NULL, NULL);
}

GtkWidget *
spinecds_finding_row_new (SpineCdsFinding *finding)
{
  SpineCdsFindingRow     *self;
  const SpineCdsCodeInfo *info;
  g_autoptr(GtkStringList) grades = gtk_string_list_new (NULL);
  g_autofree char *remove_label = NULL;
  const char      *title;

  g_return_val_if_fail (SPINECDS_IS_FINDING (finding), NULL);

  self = g_object_new (SPINECDS_TYPE_FINDING_ROW, NULL);
  self->finding = g_object_ref (finding);

  info = spinecds_codes_lookup (SPINECDS_CODE_KIND_FINDING, spinecds_finding_get_code (finding));
  title = info != NULL ? _ (info->label) : spinecds_finding_get_code (finding);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);

  for (SpineCdsGrade g = SPINECDS_GRADE_NONE; g <= SPINECDS_GRADE_SEVERE; g++)
    gtk_string_list_append (grades, spinecds_grade_label (g));
  adw_combo_row_set_model (self->grade_row, G_LIST_MODEL (grades));
  spinecds_enum_binding_new (finding, "grade", self->grade_row, "selected");

  bind_text (finding, "level", self->level_entry);
  bind_text (finding, "note", self->note_entry);

  /* Translators: accessible label; %s is a finding, e.g. "Disc bulge" */
  remove_label = g_strdup_printf (_ ("Remove %s"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->remove_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label,
                                  -1);

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

  gtk_widget_dispose_template (GTK_WIDGET (self), SPINECDS_TYPE_FINDING_ROW);
  g_clear_object (&self->finding);

  G_OBJECT_CLASS (spinecds_finding_row_parent_class)->dispose (object);
}

static void
spinecds_finding_row_class_init (SpineCdsFindingRowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = spinecds_finding_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/SpineCDS/ui/spinecds-finding-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SpineCdsFindingRow, remove_button);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsFindingRow, grade_row);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsFindingRow, level_entry);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsFindingRow, note_entry);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_clicked);
}

static void
spinecds_finding_row_init (SpineCdsFindingRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* What a case file allows: typing stops there, the save never fails. */
  gtk_entry_set_max_length (self->level_entry, SPINECDS_CASE_FILE_MAX_LEVEL_CHARS);
  spinecds_accessible_describe_combo_value (self->grade_row);
}
