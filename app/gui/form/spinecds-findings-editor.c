/* spinecds-findings-editor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list box shows the case's own findings model, so rows appear and
 * disappear with the case (loading a file, restoring a draft, the
 * findings switches) without any state here.
 */
#define G_LOG_DOMAIN "spinecds-findings-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "spinecds-codes.h"
#include "spinecds-finding-row.h"
#include "spinecds-findings-editor.h"

struct _SpineCdsFindingsEditor
{
  AdwPreferencesGroup parent_instance;

  SpineCdsCase       *kase;

  /* Template children */
  GtkListBox         *list;
  GtkMenuButton      *add_button;
};

G_DEFINE_FINAL_TYPE (SpineCdsFindingsEditor, spinecds_findings_editor, ADW_TYPE_PREFERENCES_GROUP)

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  return spinecds_finding_row_new (SPINECDS_FINDING (item));
}

static void
add_finding_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SpineCdsFindingsEditor *self = SPINECDS_FINDINGS_EDITOR (widget);
  const char             *code = g_variant_get_string (parameter, NULL);
  GListModel             *findings;

  if (self->kase == NULL || !spinecds_codes_is_valid (SPINECDS_CODE_KIND_FINDING, code))
    return;

  /* One more of the code, at a level still to enter (a code may repeat
   * at other levels); an unlocated one already listed is opened instead. */
  findings = spinecds_case_get_findings (self->kase);
  if (!spinecds_case_has_finding_at (self->kase, code, NULL))
    {
      g_autoptr(SpineCdsFinding) finding = spinecds_finding_new (code);
      spinecds_case_add_finding (self->kase, finding);
    }

  /* Open it so grade and level come next. */
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(SpineCdsFinding) finding = g_list_model_get_item (findings, i);
      GtkListBoxRow *row;

      if (g_strcmp0 (spinecds_finding_get_code (finding), code) != 0 || spinecds_finding_get_level (finding) != NULL)
        continue;
      row = gtk_list_box_get_row_at_index (self->list, i);
      if (row != NULL)
        {
          adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
          gtk_widget_grab_focus (GTK_WIDGET (row));
        }
      break;
    }
}

static void
remove_finding_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  SpineCdsFindingsEditor *self = SPINECDS_FINDINGS_EDITOR (widget);
  guint                   position = g_variant_get_uint32 (parameter);

  if (self->kase == NULL || position >= g_list_model_get_n_items (spinecds_case_get_findings (self->kase)))
    return;
  spinecds_case_remove_finding (self->kase, position);
  gtk_widget_grab_focus (GTK_WIDGET (self->add_button));
}

void
spinecds_findings_editor_set_case (SpineCdsFindingsEditor *self,
                                   SpineCdsCase           *kase)
{
  g_return_if_fail (SPINECDS_IS_FINDINGS_EDITOR (self));
  g_return_if_fail (kase == NULL || SPINECDS_IS_CASE (kase));

  if (!g_set_object (&self->kase, kase))
    return;

  gtk_list_box_bind_model (self->list,
                           kase != NULL ? spinecds_case_get_findings (kase) : NULL,
                           create_row, NULL, NULL);
}

static void
spinecds_findings_editor_dispose (GObject *object)
{
  SpineCdsFindingsEditor *self = SPINECDS_FINDINGS_EDITOR (object);

  if (self->list != NULL)
    gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SPINECDS_TYPE_FINDINGS_EDITOR);
  g_clear_object (&self->kase);

  G_OBJECT_CLASS (spinecds_findings_editor_parent_class)->dispose (object);
}

static void
spinecds_findings_editor_class_init (SpineCdsFindingsEditorClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = spinecds_findings_editor_dispose;

  gtk_widget_class_install_action (widget_class, "findings.add", "s", add_finding_action);
  gtk_widget_class_install_action (widget_class, "findings.remove", "u", remove_finding_action);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/SpineCDS/ui/spinecds-findings-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, SpineCdsFindingsEditor, list);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsFindingsEditor, add_button);
}

/* The menu of findings is built when first opened: its few dozen
 * items would otherwise be widgets in every window before they are
 * ever seen (docs/performance.md). */
static void
create_add_menu (GtkMenuButton *button,
                 gpointer       user_data)
{
  g_autoptr(GMenu) menu = NULL;
  const SpineCdsCodeInfo *codes;
  guint                   n_codes = 0;

  if (gtk_menu_button_get_menu_model (button) != NULL)
    return;

  menu = g_menu_new ();
  codes = spinecds_codes_list (SPINECDS_CODE_KIND_FINDING, &n_codes);
  for (guint i = 0; i < n_codes; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_ (codes[i].label), NULL);
      g_menu_item_set_action_and_target (item, "findings.add", "s", codes[i].code);
      g_menu_append_item (menu, item);
    }
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
}

static void
spinecds_findings_editor_init (SpineCdsFindingsEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* A template cannot name a create-popup function. */
  gtk_menu_button_set_create_popup_func (self->add_button, create_add_menu, NULL, NULL);
}
