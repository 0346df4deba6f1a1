/* spinecds-case-form.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Layout lives in spinecds-case-form.ui; here every control is bound
 * to its case property. Bindings are bidirectional with the case as
 * source, so loading a file or restoring a draft updates the form and
 * editing the form updates the case; the form keeps nothing itself.
 *
 * Only the first screenful (patient, presentation) is in the template.
 * The groups below it, spinecds-case-form-details.ui, are built once
 * the window has painted its first frame, or as soon as anything asks
 * for one of their controls: a new window appears sooner, and the
 * details follow in the next frame, bound like the rest.
 */
#define G_LOG_DOMAIN "spinecds-case-form"

#include "config.h"

#include <glib/gi18n.h>

#include "spinecds-accessible.h"
#include "spinecds-case-file.h"
#include "spinecds-case-form.h"
#include "spinecds-catalog.h"
#include "spinecds-codes-group.h"
#include "spinecds-enum-binding.h"
#include "spinecds-findings-editor.h"
#include "spinecds-form-row.h"
#include "spinecds-number-row.h"

struct _SpineCdsCaseForm
{
  AdwBin                  parent_instance;

  SpineCdsCase           *kase;
  GPtrArray              *bindings;
  GHashTable             *controls; /* property name -> widget (borrowed) */

  /* GtkEntry in action rows: see spinecds-finding-row.c on AdwEntryRow */
  GtkEntry               *name_entry;
  GtkEntry               *identifier_entry;
  GtkEntry               *birth_date_entry;
  GtkEntry               *visit_date_entry;
  SpineCdsNumberRow      *age_row;
  AdwComboRow            *sex_row;
  AdwComboRow            *language_row;
  GStrv                   languages; /* of language_row: "" (the interface's), then codes */
  AdwComboRow            *region_row;
  SpineCdsNumberRow      *duration_row;
  SpineCdsNumberRow      *care_weeks_row;
  AdwComboRow            *response_row;
  GtkSwitch              *candidate_switch;

  /* From spinecds-case-form-details.ui; NULL until built */
  SpineCdsCodesGroup     *symptoms_group;
  SpineCdsCodesGroup     *signs_group;
  SpineCdsCodesGroup     *history_group;
  SpineCdsNumberRow      *crp_row;
  SpineCdsNumberRow      *temperature_row;
  SpineCdsNumberRow      *mjoa_row;
  GtkSwitch              *surgery_switch;
  SpineCdsNumberRow      *surgery_weeks_row;
  SpineCdsFormRow        *surgery_procedure_row;
  GtkEntry               *surgery_procedure_entry; /* see spinecds-finding-row.c on AdwEntryRow */
  GtkSwitch              *mscc_switch;
  SpineCdsNumberRow      *mscc_areas_row;
  SpineCdsNumberRow      *mscc_deficit_row;
  SpineCdsNumberRow      *mscc_paraplegic_row;
  SpineCdsNumberRow      *mscc_survival_row;
  AdwComboRow            *mscc_radiosensitive_row;
  GtkSwitch              *mri_switch;
  SpineCdsFindingsEditor *findings_editor;
  GtkTextView            *report_view;
  GtkTextView            *notes_view;

  GdkFrameClock          *clock; /* waiting for the first paint */
  gulong                  after_paint_id;
  guint                   details_idle_id;
  gboolean                complete; /* the details are built */
};

G_DEFINE_FINAL_TYPE (SpineCdsCaseForm, spinecds_case_form, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_CASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef enum
{
  BIND_PLAIN, /* types convert by themselves (bool, string, int <-> double) */
  BIND_ENUM,  /* enum <-> AdwComboRow:selected, positions follow the enum */
  BIND_DATE,  /* "YYYY-MM-DD" <-> GtkEntry:text; a half-typed date stays in the entry */
} BindKind;

/* Only a whole date, or nothing, reaches the case. */
static gboolean
entry_to_date (GBinding     *binding,
               const GValue *from,
               GValue       *to,
               gpointer      user_data)
{
  g_autofree char *text = g_strstrip (g_strdup (g_value_get_string (from) != NULL ? g_value_get_string (from) : ""));

  if (*text != '\0' && !spinecds_case_date_is_valid (text))
    return FALSE;
  g_value_set_string (to, text);
  return TRUE;
}

static gboolean
language_to_position (GBinding     *binding,
                      const GValue *from,
                      GValue       *to,
                      gpointer      user_data)
{
  SpineCdsCaseForm *self = user_data;
  const char       *code = g_value_get_string (from);

  for (guint i = 0; self->languages[i] != NULL; i++)
    if (g_strcmp0 (self->languages[i], code) == 0)
      {
        g_value_set_uint (to, i);
        return TRUE;
      }
  return FALSE;
}

static gboolean
position_to_language (GBinding     *binding,
                      const GValue *from,
                      GValue       *to,
                      gpointer      user_data)
{
  SpineCdsCaseForm *self = user_data;
  guint             position = g_value_get_uint (from);

  if (position >= g_strv_length (self->languages))
    return FALSE;
  g_value_set_string (to, self->languages[position]);
  return TRUE;
}

static void
bind (SpineCdsCaseForm *self,
      const char       *case_property,
      gpointer          target,
      const char       *target_property,
      BindKind          kind)
{
  GBinding           *binding;
  const GBindingFlags flags = G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE;

  if (kind == BIND_ENUM)
    binding = spinecds_enum_binding_new (self->kase, case_property, target, target_property);
  else if (kind == BIND_DATE)
    binding = g_object_bind_property_full (self->kase, case_property, target, target_property,
                                           flags, NULL, entry_to_date, NULL, NULL);
  else
    binding = g_object_bind_property (self->kase, case_property, target, target_property, flags);

  g_ptr_array_add (self->bindings, g_object_ref (binding));
}

static void
register_control (SpineCdsCaseForm *self,
                  const char       *case_property,
                  gpointer          widget)
{
  g_hash_table_insert (self->controls, (gpointer) case_property, widget);
}

static void
unbind_all (SpineCdsCaseForm *self)
{
  for (guint i = 0; i < self->bindings->len; i++)
    g_binding_unbind (g_ptr_array_index (self->bindings, i));
  g_ptr_array_set_size (self->bindings, 0);
}

/* A date that is not one yet is marked, never guessed. */
static void
mark_date_entry (GtkEntry *entry)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  if (*text == '\0' || spinecds_case_date_is_valid (text))
    gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
}

/* A visit before the birth is a slip in one of the dates: marked, as a
 * date that is not one is, and the age is not taken from them. */
static gboolean
visit_before_birth (SpineCdsCaseForm *self)
{
  GDate born, visit;

  return spinecds_case_get_date (self->kase, SPINECDS_CASE_TEXT_BIRTH_DATE, &born)
         && spinecds_case_get_date (self->kase, SPINECDS_CASE_TEXT_VISIT_DATE, &visit)
         && g_date_compare (&visit, &born) < 0;
}

/* With both dates, the age is the age on the visit date, not typed. */
static void
update_age_from_dates (SpineCdsCaseForm *self)
{
  int age = spinecds_case_age_on_visit (self->kase);

  if (visit_before_birth (self))
    gtk_widget_add_css_class (GTK_WIDGET (self->visit_date_entry), "error");
  else
    mark_date_entry (self->visit_date_entry);
  if (age >= 0)
    spinecds_case_set_age_years (self->kase, age);
  gtk_widget_set_sensitive (GTK_WIDGET (self->age_row), age < 0);
  spinecds_form_row_set_subtitle (SPINECDS_FORM_ROW (self->age_row), age >= 0 ? _ ("From the birth and visit dates") : NULL);
}

static void
bind_top (SpineCdsCaseForm *self)
{
  GBinding *language;

  bind (self, "patient-name", self->name_entry, "text", BIND_PLAIN);
  bind (self, "patient-identifier", self->identifier_entry, "text", BIND_PLAIN);
  bind (self, "birth-date", self->birth_date_entry, "text", BIND_DATE);
  bind (self, "visit-date", self->visit_date_entry, "text", BIND_DATE);
  language = g_object_bind_property_full (self->kase, "patient-language", self->language_row, "selected",
                                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                          language_to_position, position_to_language, self, NULL);
  g_ptr_array_add (self->bindings, g_object_ref (language));
  g_signal_connect_object (self->kase, "notify::birth-date", G_CALLBACK (update_age_from_dates), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->kase, "notify::visit-date", G_CALLBACK (update_age_from_dates), self,
                           G_CONNECT_SWAPPED);
  update_age_from_dates (self);
  bind (self, "age-years", self->age_row, "value", BIND_PLAIN);
  bind (self, "sex", self->sex_row, "selected", BIND_ENUM);
  bind (self, "region", self->region_row, "selected", BIND_ENUM);
  bind (self, "symptom-duration-weeks", self->duration_row, "value", BIND_PLAIN);
  bind (self, "conservative-care-weeks", self->care_weeks_row, "value", BIND_PLAIN);
  bind (self, "conservative-care-response", self->response_row, "selected", BIND_ENUM);
  bind (self, "intervention-candidate", self->candidate_switch, "active", BIND_PLAIN);
}

/* Text past what a case file holds is not added, and the group says so
 * in place of its description while the text is at the limit. */
static void
on_text_insert (GtkTextBuffer       *buffer,
                GtkTextIter         *location,
                const char          *text,
                int                  length,
                AdwPreferencesGroup *group)
{
  int         room = SPINECDS_CASE_FILE_MAX_TEXT_CHARS - gtk_text_buffer_get_char_count (buffer);
  glong       n_chars = g_utf8_strlen (text, length);
  const char *cut;

  if (n_chars <= room)
    return;

  g_signal_stop_emission_by_name (buffer, "insert-text");
  adw_preferences_group_set_description (group, _ ("Holds at most 100,000 characters: the rest was not added"));
  if (room <= 0)
    return;
  cut = g_utf8_offset_to_pointer (text, room);
  gtk_text_buffer_insert (buffer, location, text, (int) (cut - text));
}

static void
on_text_changed (GtkTextBuffer       *buffer,
                 AdwPreferencesGroup *group)
{
  const char *usual = g_object_get_data (G_OBJECT (group), "usual-description");

  if (gtk_text_buffer_get_char_count (buffer) < SPINECDS_CASE_FILE_MAX_TEXT_CHARS)
    adw_preferences_group_set_description (group, usual);
}

static void
limit_text (GtkTextView *view)
{
  GtkTextBuffer       *buffer = gtk_text_view_get_buffer (view);
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (gtk_widget_get_ancestor (GTK_WIDGET (view),
                                                                               ADW_TYPE_PREFERENCES_GROUP));

  g_object_set_data_full (G_OBJECT (group), "usual-description",
                          g_strdup (adw_preferences_group_get_description (group)), g_free);
  g_signal_connect_object (buffer, "insert-text", G_CALLBACK (on_text_insert), group, 0);
  g_signal_connect_object (buffer, "changed", G_CALLBACK (on_text_changed), group, 0);
}

static void
bind_details (SpineCdsCaseForm *self)
{
  bind (self, "crp-mg-l", self->crp_row, "value", BIND_PLAIN);
  bind (self, "temperature-c", self->temperature_row, "value", BIND_PLAIN);
  bind (self, "mjoa", self->mjoa_row, "value", BIND_PLAIN);
  bind (self, "has-surgery", self->surgery_switch, "active", BIND_PLAIN);
  bind (self, "surgery-weeks-ago", self->surgery_weeks_row, "value", BIND_PLAIN);
  bind (self, "surgery-procedure", self->surgery_procedure_entry, "text", BIND_PLAIN);
  bind (self, "has-mscc", self->mscc_switch, "active", BIND_PLAIN);
  bind (self, "mscc-separate-areas", self->mscc_areas_row, "value", BIND_PLAIN);
  bind (self, "mscc-deficit-hours", self->mscc_deficit_row, "value", BIND_PLAIN);
  bind (self, "mscc-paraplegic-hours", self->mscc_paraplegic_row, "value", BIND_PLAIN);
  bind (self, "mscc-predicted-survival-months", self->mscc_survival_row, "value", BIND_PLAIN);
  bind (self, "mscc-radiosensitive", self->mscc_radiosensitive_row, "selected", BIND_ENUM);
  bind (self, "mri-done", self->mri_switch, "active", BIND_PLAIN);
  bind (self, "report-text", gtk_text_view_get_buffer (self->report_view), "text", BIND_PLAIN);
  bind (self, "notes", gtk_text_view_get_buffer (self->notes_view), "text", BIND_PLAIN);
  limit_text (self->report_view);
  limit_text (self->notes_view);

  spinecds_codes_group_set_case (self->symptoms_group, self->kase);
  spinecds_codes_group_set_case (self->signs_group, self->kase);
  spinecds_codes_group_set_case (self->history_group, self->kase);
  spinecds_findings_editor_set_case (self->findings_editor, self->kase);
}

/* Details ---------------------------------------------------------------- */

/* In the order of the page. */
static const char * const details_groups[] = {
  "symptoms_group", "signs_group", "history_group", "labs_group", "surgery_group",
  "mscc_group", "imaging_group", "findings_editor", "report_group", "notes_group"
};

static void
build_details (SpineCdsCaseForm *self)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new ();
  g_autoptr(GError) error = NULL;
  AdwPreferencesPage *page;

  g_assert (!self->complete);
  self->complete = TRUE;

  if (!gtk_builder_add_from_resource (builder, "/com/example/SpineCDS/ui/spinecds-case-form-details.ui",
                                      &error))
    g_error ("The case form's details are broken: %s", error->message);

/* clang-format off */
#define DETAIL(name) G_STMT_START { \
    self->name = (gpointer) gtk_builder_get_object (builder, #name); \
    g_assert (self->name != NULL); \
  } G_STMT_END
  /* clang-format on */
  DETAIL (symptoms_group);
  DETAIL (signs_group);
  DETAIL (history_group);
  DETAIL (crp_row);
  DETAIL (temperature_row);
  DETAIL (mjoa_row);
  DETAIL (surgery_switch);
  DETAIL (surgery_weeks_row);
  DETAIL (surgery_procedure_row);
  DETAIL (surgery_procedure_entry);
  DETAIL (mscc_switch);
  DETAIL (mscc_areas_row);
  DETAIL (mscc_deficit_row);
  DETAIL (mscc_paraplegic_row);
  DETAIL (mscc_survival_row);
  DETAIL (mscc_radiosensitive_row);
  DETAIL (mri_switch);
  DETAIL (findings_editor);
  DETAIL (report_view);
  DETAIL (notes_view);
#undef DETAIL

  /* The page is the bin's child (not a bound template child: disposing
   * the template would unparent it behind the bin's back). */
  page = ADW_PREFERENCES_PAGE (adw_bin_get_child (ADW_BIN (self)));
  for (guint i = 0; i < G_N_ELEMENTS (details_groups); i++)
    adw_preferences_page_add (page,
                              ADW_PREFERENCES_GROUP (gtk_builder_get_object (builder, details_groups[i])));

  spinecds_accessible_describe_combo_value (self->mscc_radiosensitive_row);

  register_control (self, "crp-mg-l", self->crp_row);
  register_control (self, "temperature-c", self->temperature_row);
  register_control (self, "mjoa", self->mjoa_row);
  register_control (self, "has-surgery", self->surgery_switch);
  register_control (self, "surgery-weeks-ago", self->surgery_weeks_row);
  register_control (self, "surgery-procedure", self->surgery_procedure_entry);
  register_control (self, "has-mscc", self->mscc_switch);
  register_control (self, "mscc-separate-areas", self->mscc_areas_row);
  register_control (self, "mscc-deficit-hours", self->mscc_deficit_row);
  register_control (self, "mscc-paraplegic-hours", self->mscc_paraplegic_row);
  register_control (self, "mscc-predicted-survival-months", self->mscc_survival_row);
  register_control (self, "mscc-radiosensitive", self->mscc_radiosensitive_row);
  register_control (self, "mri-done", self->mri_switch);
  register_control (self, "findings", self->findings_editor);
  register_control (self, "report-text", self->report_view);
  register_control (self, "notes", self->notes_view);

  if (self->kase != NULL)
    bind_details (self);
}

SpineCdsCase *
spinecds_case_form_get_case (SpineCdsCaseForm *self)
{
  g_return_val_if_fail (SPINECDS_IS_CASE_FORM (self), NULL);

  return self->kase;
}

void
spinecds_case_form_set_case (SpineCdsCaseForm *self,
                             SpineCdsCase     *kase)
{
  g_return_if_fail (SPINECDS_IS_CASE_FORM (self));
  g_return_if_fail (kase == NULL || SPINECDS_IS_CASE (kase));

  if (self->kase == kase)
    return;

  unbind_all (self);
  if (self->kase != NULL)
    g_signal_handlers_disconnect_by_func (self->kase, update_age_from_dates, self);
  g_set_object (&self->kase, kase);
  if (self->kase != NULL)
    bind_top (self);
  if (self->complete)
    {
      if (self->kase != NULL)
        bind_details (self);
      else
        {
          spinecds_codes_group_set_case (self->symptoms_group, NULL);
          spinecds_codes_group_set_case (self->signs_group, NULL);
          spinecds_codes_group_set_case (self->history_group, NULL);
          spinecds_findings_editor_set_case (self->findings_editor, NULL);
        }
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE]);
}

GtkWidget *
spinecds_case_form_get_control (SpineCdsCaseForm *self,
                                const char       *property)
{
  g_return_val_if_fail (SPINECDS_IS_CASE_FORM (self), NULL);

  spinecds_case_form_ensure_complete (self);
  return g_hash_table_lookup (self->controls, property);
}

SpineCdsCodesGroup *
spinecds_case_form_get_codes_group (SpineCdsCaseForm *self,
                                    SpineCdsCodeKind  kind)
{
  g_return_val_if_fail (SPINECDS_IS_CASE_FORM (self), NULL);

  spinecds_case_form_ensure_complete (self);
  switch (kind)
    {
    case SPINECDS_CODE_KIND_SYMPTOM: return self->symptoms_group;
    case SPINECDS_CODE_KIND_SIGN: return self->signs_group;
    case SPINECDS_CODE_KIND_HISTORY: return self->history_group;
    case SPINECDS_CODE_KIND_FINDING:
    default: return NULL;
    }
}

static void
cancel_deferred_details (SpineCdsCaseForm *self)
{
  if (self->clock != NULL)
    {
      g_clear_signal_handler (&self->after_paint_id, self->clock);
      g_clear_object (&self->clock);
    }
  g_clear_handle_id (&self->details_idle_id, g_source_remove);
}

void
spinecds_case_form_ensure_complete (SpineCdsCaseForm *self)
{
  g_return_if_fail (SPINECDS_IS_CASE_FORM (self));

  if (self->complete)
    return;

  cancel_deferred_details (self);
  build_details (self);
}

static gboolean
details_idle_cb (gpointer user_data)
{
  SpineCdsCaseForm *self = user_data;

  self->details_idle_id = 0;
  spinecds_case_form_ensure_complete (self);
  return G_SOURCE_REMOVE;
}

static void
on_after_paint (GdkFrameClock    *clock,
                SpineCdsCaseForm *self)
{
  cancel_deferred_details (self);
  /* The first frame is out; the rest comes in the next one. */
  self->details_idle_id = g_idle_add_full (G_PRIORITY_DEFAULT, details_idle_cb, self, NULL);
}

static void
spinecds_case_form_map (GtkWidget *widget)
{
  SpineCdsCaseForm *self = SPINECDS_CASE_FORM (widget);

  GTK_WIDGET_CLASS (spinecds_case_form_parent_class)->map (widget);

  if (!self->complete && self->clock == NULL && self->details_idle_id == 0)
    {
      self->clock = g_object_ref (gtk_widget_get_frame_clock (widget));
      self->after_paint_id = g_signal_connect (self->clock, "after-paint",
                                               G_CALLBACK (on_after_paint), self);
    }
}

static void
spinecds_case_form_unmap (GtkWidget *widget)
{
  SpineCdsCaseForm *self = SPINECDS_CASE_FORM (widget);

  cancel_deferred_details (self);
  GTK_WIDGET_CLASS (spinecds_case_form_parent_class)->unmap (widget);
}

static void
spinecds_case_form_dispose (GObject *object)
{
  SpineCdsCaseForm *self = SPINECDS_CASE_FORM (object);

  cancel_deferred_details (self);
  unbind_all (self);
  g_clear_object (&self->kase);
  gtk_widget_dispose_template (GTK_WIDGET (self), SPINECDS_TYPE_CASE_FORM);

  G_OBJECT_CLASS (spinecds_case_form_parent_class)->dispose (object);
}

static void
spinecds_case_form_finalize (GObject *object)
{
  SpineCdsCaseForm *self = SPINECDS_CASE_FORM (object);

  g_ptr_array_unref (self->bindings);
  g_hash_table_unref (self->controls);
  g_strfreev (self->languages);

  G_OBJECT_CLASS (spinecds_case_form_parent_class)->finalize (object);
}

static void
spinecds_case_form_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SpineCdsCaseForm *self = SPINECDS_CASE_FORM (object);

  switch (prop_id)
    {
    case PROP_CASE:
      g_value_set_object (value, self->kase);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
spinecds_case_form_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  SpineCdsCaseForm *self = SPINECDS_CASE_FORM (object);

  switch (prop_id)
    {
    case PROP_CASE:
      spinecds_case_form_set_case (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
spinecds_case_form_class_init (SpineCdsCaseFormClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = spinecds_case_form_dispose;
  object_class->finalize = spinecds_case_form_finalize;
  object_class->get_property = spinecds_case_form_get_property;
  object_class->set_property = spinecds_case_form_set_property;
  widget_class->map = spinecds_case_form_map;
  widget_class->unmap = spinecds_case_form_unmap;

  properties[PROP_CASE] =
    g_param_spec_object ("case", NULL, NULL, SPINECDS_TYPE_CASE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SPINECDS_TYPE_FORM_ROW);
  g_type_ensure (SPINECDS_TYPE_NUMBER_ROW);
  g_type_ensure (SPINECDS_TYPE_CODES_GROUP);
  g_type_ensure (SPINECDS_TYPE_FINDINGS_EDITOR);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/SpineCDS/ui/spinecds-case-form.ui");
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, SpineCdsCaseForm, name)
  CHILD (name_entry);
  CHILD (identifier_entry);
  CHILD (birth_date_entry);
  CHILD (visit_date_entry);
  CHILD (language_row);
  CHILD (age_row);
  CHILD (sex_row);
  CHILD (region_row);
  CHILD (duration_row);
  CHILD (care_weeks_row);
  CHILD (response_row);
  CHILD (candidate_switch);
#undef CHILD
}

/* The interface's language first, then every installed handout language. */
static void
fill_languages (SpineCdsCaseForm *self)
{
  g_auto(GStrv) installed = spinecds_catalog_list_languages ();
  g_autoptr(GStrvBuilder) codes = g_strv_builder_new ();
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  g_strv_builder_add (codes, "");
  gtk_string_list_append (names, _ ("Same as the interface"));
  for (guint i = 0; installed[i] != NULL; i++)
    {
      g_strv_builder_add (codes, installed[i]);
      gtk_string_list_append (names, spinecds_catalog_language_name (installed[i]));
    }
  self->languages = g_strv_builder_end (codes);
  adw_combo_row_set_model (self->language_row, G_LIST_MODEL (names));
  spinecds_accessible_describe_combo_value (self->language_row);
}

static void
spinecds_case_form_init (SpineCdsCaseForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->bindings = g_ptr_array_new_with_free_func (g_object_unref);
  self->controls = g_hash_table_new (g_str_hash, g_str_equal);

  spinecds_accessible_describe_combo_value (self->sex_row);
  spinecds_accessible_describe_combo_value (self->region_row);
  spinecds_accessible_describe_combo_value (self->response_row);

  fill_languages (self);
  g_signal_connect (self->birth_date_entry, "changed", G_CALLBACK (mark_date_entry), NULL);
  g_signal_connect (self->visit_date_entry, "changed", G_CALLBACK (mark_date_entry), NULL);

  register_control (self, "patient-name", self->name_entry);
  register_control (self, "patient-identifier", self->identifier_entry);
  register_control (self, "birth-date", self->birth_date_entry);
  register_control (self, "visit-date", self->visit_date_entry);
  register_control (self, "patient-language", self->language_row);
  register_control (self, "age-years", self->age_row);
  register_control (self, "sex", self->sex_row);
  register_control (self, "region", self->region_row);
  register_control (self, "symptom-duration-weeks", self->duration_row);
  register_control (self, "conservative-care-weeks", self->care_weeks_row);
  register_control (self, "conservative-care-response", self->response_row);
  register_control (self, "intervention-candidate", self->candidate_switch);
}
