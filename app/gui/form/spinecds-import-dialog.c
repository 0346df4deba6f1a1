/* spinecds-import-dialog.c: proposes findings from a radiology report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The physician pastes or opens the report; the reader's mentions are
 * highlighted in the text and each finding is proposed as a row with a
 * check button: affirmed findings ticked, negated and uncertain ones
 * apart and unticked. The case is not touched until Import, which
 * assigns an edited copy so that the window sees one ::changed.
 */
#define G_LOG_DOMAIN "spinecds-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "spinecds-accessible.h"
#include "spinecds-bounded-file.h"
#include "spinecds-case-file.h"
#include "spinecds-codes.h"
#include "spinecds-file-chooser.h"
#include "spinecds-grade-label.h"
#include "spinecds-import-dialog.h"
#include "spinecds-report-language.h"

/* Long enough not to re-read on every key stroke, short enough to feel live. */
#define REREAD_DELAY_MS 300

/* Below this width the text and the proposals are stacked. */
#define NARROW_WIDTH 720

#define N_STATUSES 3

/* Alpha backgrounds over the text's own colours read in light and dark
 * styles alike; strike-through and a wavy underline tell the three
 * apart without colour. */
static const struct
{
  const char *colour;
  double      alpha;
  gboolean    strikethrough;
  const char *underline_colour;
} tag_styles[N_STATUSES] = {
  [SPINECDS_MENTION_POSITIVE] = { "#3584e4", 0.30, FALSE, NULL },
  [SPINECDS_MENTION_NEGATED] = { "#9a9996", 0.35, TRUE, NULL },
  [SPINECDS_MENTION_UNCERTAIN] = { "#f5c211", 0.35, FALSE, "#e66100" },
};

typedef struct
{
  SpineCdsMention *mention;
  GPtrArray       *at_levels; /* SpineCdsFinding: what importing adds, one per level */
  AdwActionRow    *row;       /* owned by its group */
  GtkCheckButton  *check;
} Proposal;

struct _SpineCdsImportDialog
{
  AdwWindow             parent_instance;

  SpineCdsCase         *kase;
  GPtrArray            *proposals; /* Proposal */
  /* What the physician ticked or unticked, by "status:code", so that
   * typing in the text does not undo a choice. */
  GHashTable           *choices;
  GtkTextTag           *tags[N_STATUSES];
  guint                 reread_id;
  GtkFileChooserNative *chooser;
  GCancellable         *loading; /* non-NULL while a file is read */

  /* Template children */
  GtkPaned             *paned;
  GtkTextView          *text_view;
  GtkLabel             *placeholder;
  GtkLabel             *legend_positive;
  GtkLabel             *legend_negated;
  GtkLabel             *legend_uncertain;
  AdwPreferencesGroup  *findings_group;
  AdwPreferencesGroup  *negated_group;
  AdwPreferencesGroup  *uncertain_group;
  GtkDropDown          *language_dropdown;
  GtkLabel             *language_label;
  GtkRevealer          *unread_revealer;
  GtkLabel             *unread_label;
  GtkRevealer          *warning_revealer;
  GtkLabel             *warning_label;

  /* The text is there but nothing could be read from it: Import would
   * only change the case from what was not understood. */
  gboolean              read_nothing;
  /* Longer than a case keeps: Import would make a case no save accepts. */
  gboolean              too_long;
};

/* The items of the language drop-down: recognised, then each language. */
static const char * const dropdown_languages[] = { "auto", "en", "de", "es", "fr" };

G_DEFINE_FINAL_TYPE (SpineCdsImportDialog, spinecds_import_dialog, ADW_TYPE_WINDOW)

static void
proposal_free (Proposal *proposal)
{
  spinecds_mention_free (proposal->mention);
  g_clear_pointer (&proposal->at_levels, g_ptr_array_unref);
  g_free (proposal);
}

static GtkTextBuffer *
get_buffer (SpineCdsImportDialog *self)
{
  return gtk_text_view_get_buffer (self->text_view);
}

/* A slice, not gtk_text_buffer_get_text(): it keeps a character for
 * anything pasted that is not text, so the reader's offsets stay the
 * buffer's. */
static char *
dup_text (SpineCdsImportDialog *self)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (get_buffer (self), &start, &end);
  return gtk_text_buffer_get_slice (get_buffer (self), &start, &end, TRUE);
}

static AdwPreferencesGroup *
group_for_status (SpineCdsImportDialog *self,
                  SpineCdsMentionStatus status)
{
  switch (status)
    {
    case SPINECDS_MENTION_POSITIVE: return self->findings_group;
    case SPINECDS_MENTION_NEGATED: return self->negated_group;
    case SPINECDS_MENTION_UNCERTAIN: return self->uncertain_group;
    default: g_assert_not_reached ();
    }
}

static void
update_actions (SpineCdsImportDialog *self)
{
  gboolean has_text = gtk_text_buffer_get_char_count (get_buffer (self)) > 0;

  /* Nothing to import from an empty or unread text, nor while a file
   * replaces it. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.import",
                                 has_text && !self->read_nothing && !self->too_long && self->loading == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.open-file",
                                 self->loading == NULL);
}

/* Highlighting ---------------------------------------------------------- */

typedef struct
{
  const char *text;
  gsize       byte;
  int         chars;
} Cursor;

/* Mentions come in text order, so counting characters from the
 * previous one keeps highlighting linear in the length of the text. */
static void
cursor_get_iter (Cursor        *cursor,
                 GtkTextBuffer *buffer,
                 gsize          byte,
                 GtkTextIter   *iter)
{
  if (byte < cursor->byte)
    {
      cursor->byte = 0;
      cursor->chars = 0;
    }
  cursor->chars += g_utf8_strlen (cursor->text + cursor->byte, byte - cursor->byte);
  cursor->byte = byte;
  gtk_text_buffer_get_iter_at_offset (buffer, iter, cursor->chars);
}

static void
highlight (SpineCdsImportDialog *self,
           const char           *text,
           GPtrArray            *mentions)
{
  GtkTextBuffer *buffer = get_buffer (self);
  GtkTextIter    start, end;
  Cursor         cursor = { text, 0, 0 };
  gsize          length = strlen (text);

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  for (guint i = 0; i < N_STATUSES; i++)
    gtk_text_buffer_remove_tag (buffer, self->tags[i], &start, &end);

  for (guint i = 0; i < mentions->len; i++)
    {
      const SpineCdsMention *mention = g_ptr_array_index (mentions, i);

      /* History and indication are not results of this study: the
       * reader proposes nothing from them, so nothing is marked. */
      if (mention->section != SPINECDS_REPORT_SECTION_BODY)
        continue;

      g_assert (mention->start <= mention->end && mention->end <= length);
      g_assert ((guint) mention->status < N_STATUSES);
      cursor_get_iter (&cursor, buffer, mention->start, &start);
      cursor_get_iter (&cursor, buffer, mention->end, &end);
      gtk_text_buffer_apply_tag (buffer, self->tags[mention->status], &start, &end);
    }
}

/* Proposals ------------------------------------------------------------- */

static char *
choice_key (const SpineCdsMention *mention)
{
  return g_strdup_printf ("%s:%s", spinecds_mention_status_to_string (mention->status),
                          mention->code);
}

static void
on_check_toggled (GtkCheckButton       *check,
                  SpineCdsImportDialog *self)
{
  const char *key = g_object_get_data (G_OBJECT (check), "spinecds-choice");

  g_hash_table_insert (self->choices, g_strdup (key),
                       GINT_TO_POINTER (gtk_check_button_get_active (check)));
}

static char *
proposal_subtitle (const SpineCdsMention *mention)
{
  GString         *subtitle = g_string_new (NULL);
  g_autofree char *quoted = NULL;

  /* A grade the report did not state is left out, not "Not graded". */
  if (mention->grade != SPINECDS_GRADE_NONE)
    g_string_append (subtitle, spinecds_grade_label (mention->grade));
  if (mention->level != NULL)
    g_string_append_printf (subtitle, "%s%s", subtitle->len > 0 ? " · " : "", mention->level);
  /* Translators: the phrase of the report that proposes a finding */
  quoted = g_strdup_printf (_ ("“%s”"), mention->text);
  g_string_append_printf (subtitle, "%s%s", subtitle->len > 0 ? " · " : "", quoted);
  return g_string_free (subtitle, FALSE);
}

static void
add_proposal (SpineCdsImportDialog  *self,
              const SpineCdsMention *mention)
{
  const SpineCdsCodeInfo *info = spinecds_codes_lookup (SPINECDS_CODE_KIND_FINDING, mention->code);
  Proposal               *proposal = g_new0 (Proposal, 1);
  g_autofree char        *subtitle = proposal_subtitle (mention);
  char                   *key = choice_key (mention);
  gpointer                choice;
  gboolean                active;

  g_assert (info != NULL);

  proposal->mention = spinecds_mention_copy (mention);
  proposal->row = ADW_ACTION_ROW (adw_action_row_new ());
  /* The subtitle quotes the report: never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (proposal->row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (proposal->row), _ (info->label));
  adw_action_row_set_subtitle (proposal->row, subtitle);

  proposal->check = GTK_CHECK_BUTTON (gtk_check_button_new ());
  gtk_widget_set_valign (GTK_WIDGET (proposal->check), GTK_ALIGN_CENTER);
  /* Named by the row's title (activatable widget); the quote describes it. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (proposal->check),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle,
                                  -1);
  adw_action_row_add_prefix (proposal->row, GTK_WIDGET (proposal->check));
  adw_action_row_set_activatable_widget (proposal->row, GTK_WIDGET (proposal->check));

  if (spinecds_case_lookup_finding (self->kase, mention->code) != NULL)
    {
      GtkWidget *in_case;

      /* Translators: the case already lists the finding this row proposes */
      in_case = gtk_label_new (_ ("In the case"));
      gtk_widget_add_css_class (in_case, "dim-label");
      gtk_widget_add_css_class (in_case, "caption");
      gtk_widget_set_tooltip_text (in_case,
                                   _ ("The case already lists this finding; importing it replaces its grade and level"));
      adw_action_row_add_suffix (proposal->row, in_case);
    }

  /* Only what the report affirms is proposed for import by default. */
  if (g_hash_table_lookup_extended (self->choices, key, NULL, &choice))
    active = GPOINTER_TO_INT (choice);
  else
    active = mention->status == SPINECDS_MENTION_POSITIVE;
  gtk_check_button_set_active (proposal->check, active);
  g_object_set_data_full (G_OBJECT (proposal->check), "spinecds-choice", key, g_free);
  g_signal_connect_object (proposal->check, "toggled", G_CALLBACK (on_check_toggled), self, 0);

  adw_preferences_group_add (group_for_status (self, mention->status), GTK_WIDGET (proposal->row));
  g_ptr_array_add (self->proposals, proposal);
}

static void
show_proposals (SpineCdsImportDialog        *self,
                const SpineCdsReportSummary *summary)
{
  for (guint i = 0; i < self->proposals->len; i++)
    {
      Proposal *proposal = g_ptr_array_index (self->proposals, i);

      adw_preferences_group_remove (group_for_status (self, proposal->mention->status),
                                    GTK_WIDGET (proposal->row));
    }
  g_ptr_array_set_size (self->proposals, 0);

  for (guint i = 0; i < summary->findings->len; i++)
    {
      const SpineCdsMention *mention = g_ptr_array_index (summary->findings, i);

      add_proposal (self, mention);
      /* The row shows the code once; importing adds it at each level. */
      ((Proposal *) g_ptr_array_index (self->proposals, self->proposals->len - 1))->at_levels =
        spinecds_report_summary_dup_code_findings (summary, mention->code);
    }
  for (guint i = 0; i < summary->negated->len; i++)
    add_proposal (self, g_ptr_array_index (summary->negated, i));
  for (guint i = 0; i < summary->uncertain->len; i++)
    add_proposal (self, g_ptr_array_index (summary->uncertain, i));

  if (gtk_text_buffer_get_char_count (get_buffer (self)) == 0)
    adw_preferences_group_set_description (self->findings_group,
                                           _ ("The findings of the report appear here"));
  else if (summary->findings->len == 0)
    adw_preferences_group_set_description (self->findings_group,
                                           _ ("The report affirms no finding that SpineCDS recognises"));
  else
    adw_preferences_group_set_description (self->findings_group,
                                           _ ("Ticked findings are added to the case"));
  gtk_widget_set_visible (GTK_WIDGET (self->negated_group), summary->negated->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->uncertain_group), summary->uncertain->len > 0);
}

/* What the physician sees and would confirm, in one string. */
static char *
dup_proposals_state (SpineCdsImportDialog *self)
{
  GString *state = g_string_new (NULL);

  for (guint i = 0; i < self->proposals->len; i++)
    {
      const Proposal        *proposal = g_ptr_array_index (self->proposals, i);
      const SpineCdsMention *mention = proposal->mention;

      g_string_append_printf (state, "%d:%s:%d:%s:%d\n", mention->status, mention->code,
                              mention->grade, mention->level != NULL ? mention->level : "",
                              gtk_check_button_get_active (proposal->check));
    }
  return g_string_free (state, FALSE);
}

static const char *
selected_language (SpineCdsImportDialog *self)
{
  guint selected = gtk_drop_down_get_selected (self->language_dropdown);

  return selected < G_N_ELEMENTS (dropdown_languages) ? dropdown_languages[selected] : "auto";
}

/* Says in which language the report was read, or why nothing was read
 * from it: never a silent "no findings" for a text not understood. */
static void
show_reading (SpineCdsImportDialog        *self,
              gboolean                     empty,
              const char                  *language,
              const GError                *error,
              const SpineCdsReportSummary *summary)
{
  g_autofree char *recognised = NULL;

  if (!empty && error == NULL && g_str_equal (selected_language (self), "auto"))
    /* Translators: %s is the language the report was recognised to be in, “German” */
    recognised = g_strdup_printf (_ ("Read as %s"), spinecds_report_language_get_name (language));
  gtk_label_set_label (self->language_label, recognised != NULL ? recognised : "");

  self->read_nothing = !empty && (error != NULL || spinecds_report_summary_read_nothing (summary));
  self->too_long = gtk_text_buffer_get_char_count (get_buffer (self)) > SPINECDS_CASE_FILE_MAX_TEXT_CHARS;
  if (self->too_long)
    gtk_label_set_label (self->unread_label,
                         _ ("This text is longer than a case keeps (100,000 characters): import the report "
                            "alone, without what surrounds it."));
  else if (g_error_matches (error, SPINECDS_REPORT_ERROR, SPINECDS_REPORT_ERROR_LANGUAGE))
    gtk_label_set_label (self->unread_label,
                         _ ("SpineCDS cannot read this report: it is not in English, German, Spanish or "
                            "French. Nothing from it will be added to the case."));
  else if (error != NULL)
    {
      /* Translators: %s says why the report vocabulary did not load */
      g_autofree char *message = g_strdup_printf (_ ("SpineCDS cannot read reports: %s"), error->message);

      gtk_label_set_label (self->unread_label, message);
    }
  else
    gtk_label_set_label (self->unread_label,
                         _ ("SpineCDS recognises no finding in this report, present or absent. Nothing "
                            "from it will be added to the case."));
  gtk_revealer_set_reveal_child (self->unread_revealer, self->read_nothing || self->too_long);
  if (self->read_nothing)
    adw_preferences_group_set_description (self->findings_group, _ ("Nothing was read from the report"));
  update_actions (self);
}

/* What the report names that no code holds (a syrinx, an intramedullary
 * tumour), and findings only a second language of the report reads, are
 * said beside the proposals: the case and its plan will not know of
 * them, and the proposals must not pass for the whole report. */
static void
show_warnings (SpineCdsImportDialog  *self,
               const char            *text,
               const char            *language,
               SpineCdsReportSummary *summary)
{
  g_autoptr(SpineCdsReportVocabulary) vocab = language != NULL ? spinecds_report_vocabulary_get (language, NULL) : NULL;
  g_autoptr(GPtrArray) uncoded = vocab != NULL ? spinecds_report_read_uncoded_with (vocab, text, -1) : NULL;
  g_autoptr(GString) names = g_string_new (NULL);
  g_autoptr(GString) message = g_string_new (NULL);

  for (guint i = 0; uncoded != NULL && i < uncoded->len; i++)
    {
      const SpineCdsMention *mention = g_ptr_array_index (uncoded, i);

      /* Translators: a phrase of the report in a list of them */
      g_string_append_printf (names, i == 0 ? _ ("“%s”") : _ (", “%s”"), mention->text);
    }
  if (names->len > 0)
    /* Translators: %s is a list of phrases of the report, “syrinx”, “ependymoma” */
    g_string_append_printf (message,
                            _ ("The report also names %s, which SpineCDS has no code for. Read the report for "
                               "them: they will not be in the case, and the plan cannot weigh them."),
                            names->str);
  if (summary->also_reads_as != NULL)
    {
      g_autofree char *other = spinecds_report_summary_dup_other_language_message (summary);

      g_string_append_printf (message, "%s%s", message->len > 0 ? "\n\n" : "", other);
    }
  gtk_label_set_label (self->warning_label, message->str);
  gtk_revealer_set_reveal_child (self->warning_revealer, message->len > 0);
}

static void
reread (SpineCdsImportDialog *self)
{
  g_autofree char *text = dup_text (self);
  g_autoptr(GPtrArray) mentions = NULL;
  g_autoptr(SpineCdsReportSummary) summary = NULL;
  g_autoptr(GError) error = NULL;
  const char *language = NULL;
  gboolean    empty = *text == '\0';

  g_clear_handle_id (&self->reread_id, g_source_remove);

  if (!empty)
    mentions = spinecds_report_read_in (text, -1, selected_language (self), &language, &error);
  if (mentions == NULL)
    mentions = g_ptr_array_new_with_free_func ((GDestroyNotify) spinecds_mention_free);
  summary = spinecds_report_summarize (mentions);
  if (!empty && language != NULL)
    {
      summary->language = g_strdup (language);
      summary->also_reads_as = spinecds_report_other_language_finds (text, -1, language, mentions, summary->also_codes);
    }
  highlight (self, text, mentions);
  show_proposals (self, summary);
  show_reading (self, empty, language, error, summary);
  show_warnings (self, text, empty ? NULL : language, summary);
}

static gboolean
reread_timeout_cb (gpointer user_data)
{
  SpineCdsImportDialog *self = user_data;

  self->reread_id = 0;
  reread (self);
  return G_SOURCE_REMOVE;
}

static void
on_buffer_changed (SpineCdsImportDialog *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->placeholder),
                          gtk_text_buffer_get_char_count (get_buffer (self)) == 0);
  update_actions (self);

  g_clear_handle_id (&self->reread_id, g_source_remove);
  self->reread_id = g_timeout_add (REREAD_DELAY_MS, reread_timeout_cb, self);
}

static void
set_text (SpineCdsImportDialog *self,
          const char           *text)
{
  GtkTextIter start;

  gtk_text_buffer_set_text (get_buffer (self), text, -1);
  gtk_text_buffer_get_start_iter (get_buffer (self), &start);
  gtk_text_buffer_place_cursor (get_buffer (self), &start);
  reread (self);
}

/* Import ---------------------------------------------------------------- */

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SpineCdsImportDialog *self = SPINECDS_IMPORT_DIALOG (widget);
  g_autoptr(SpineCdsCase) edited = NULL;
  g_autofree char *text = NULL;

  if (gtk_text_buffer_get_char_count (get_buffer (self)) == 0 || self->loading != NULL)
    return;

  /* The physician confirms what the dialog shows. When the text was
   * edited a moment ago and the proposals it gives differ, show them
   * and wait for a second Import. */
  if (self->reread_id != 0)
    {
      g_autofree char *shown = dup_proposals_state (self);
      g_autofree char *current = NULL;

      reread (self);
      current = dup_proposals_state (self);
      if (!g_str_equal (shown, current))
        return;
    }

  /* A report from which nothing was read changes nothing in the case:
   * not even "MRI available", which would let the plan say the MRI
   * answers the question. */
  if (self->read_nothing || self->too_long)
    return;

  text = dup_text (self);
  edited = spinecds_case_copy (self->kase);
  for (guint i = 0; i < self->proposals->len; i++)
    {
      const Proposal        *proposal = g_ptr_array_index (self->proposals, i);
      const SpineCdsMention *mention = proposal->mention;
      g_autoptr(SpineCdsFinding) finding = NULL;

      if (!gtk_check_button_get_active (proposal->check))
        continue;

      if (proposal->at_levels != NULL && proposal->at_levels->len > 0)
        {
          for (guint j = 0; j < proposal->at_levels->len; j++)
            {
              g_autoptr(SpineCdsFinding) part = spinecds_finding_copy (g_ptr_array_index (proposal->at_levels, j));

              spinecds_case_merge_finding (edited, part);
            }
          continue;
        }
      finding = spinecds_finding_new (mention->code);
      spinecds_finding_set_grade (finding, mention->grade);
      spinecds_finding_set_level (finding, mention->level);
      spinecds_case_merge_finding (edited, finding);
    }
  spinecds_case_set_report_text (edited, text);
  spinecds_case_set_mri_done (edited, TRUE);

  /* One ::changed: one re-evaluation, one "modified" update, one draft. */
  spinecds_case_assign (self->kase, edited);
  gtk_window_close (GTK_WINDOW (self));
}

/* Closes the dialog for the findings of the form. */
static void
by_hand_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (widget));

  gtk_window_close (GTK_WINDOW (widget));
  if (parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), "win.show-form", NULL);
}

/* Files ----------------------------------------------------------------- */

static void
read_text_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  GFile *file = task_data;
  g_autoptr(GBytes) bytes = NULL;
  GError     *error = NULL;
  const char *text;
  gsize       length;

  /* The file may be anything at all: the shared reader refuses what is
   * no regular file and stops at the limit. */
  bytes = spinecds_bounded_file_read (file, SPINECDS_REPORT_MAX_LENGTH, cancellable, &error);
  if (bytes == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  text = g_bytes_get_data (bytes, &length);
  if (text == NULL)
    text = "";
  /* Editors on Windows start UTF-8 files with a byte-order mark. */
  if (length >= 3 && memcmp (text, "\xef\xbb\xbf", 3) == 0)
    {
      text += 3;
      length -= 3;
    }
  /* NUL bytes fail too: a text buffer cannot hold them. */
  if (!g_utf8_validate_len (text, length, NULL))
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "not UTF-8 text");
      return;
    }

  g_task_return_pointer (task, g_strndup (text, length), g_free);
}

static void
show_file_error (SpineCdsImportDialog *self,
                 GFile                *file,
                 const GError         *error)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *name = g_filename_display_name (basename != NULL ? basename : "");
  g_autofree char *body = NULL;
  GtkWidget       *dialog;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE))
    {
      g_autofree char *limit = g_format_size_full (SPINECDS_REPORT_MAX_LENGTH,
                                                   G_FORMAT_SIZE_IEC_UNITS);
      /* Translators: %1$s is a file name, %2$s a size such as "4.0 MiB" */
      body = g_strdup_printf (_ ("“%1$s” is larger than %2$s. A radiology report is a few kilobytes: choose the file of the report."),
                              name, limit);
    }
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA))
    {
      /* Translators: %s is a file name */
      body = g_strdup_printf (_ ("“%s” is not plain text in UTF-8. Save the report as plain text, or copy its text and paste it here."),
                              name);
    }
  else
    {
      /* Translators: %1$s is a file name, %2$s the system's reason */
      body = g_strdup_printf (_ ("“%1$s” could not be read: %2$s"), name, error->message);
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _ ("Could Not Open the Report"), body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_file_read (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  SpineCdsImportDialog *self = SPINECDS_IMPORT_DIALOG (source);
  GFile                *file = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_task_propagate_pointer (G_TASK (result), &error);

  /* Cancelled: the dialog closed, or another file replaced this one. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->loading);
  update_actions (self);

  if (text == NULL)
    {
      show_file_error (self, file, error);
      return;
    }

  set_text (self, text);
  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

void
spinecds_import_dialog_load_file (SpineCdsImportDialog *self,
                                  GFile                *file)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (SPINECDS_IS_IMPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  self->loading = g_cancellable_new ();

  task = g_task_new (self, self->loading, on_file_read, NULL);
  g_task_set_source_tag (task, spinecds_import_dialog_load_file);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, read_text_thread);
  update_actions (self);
}

static void
on_chooser_response (GtkNativeDialog      *chooser,
                     int                   response,
                     SpineCdsImportDialog *self)
{
  g_autoptr(GFile) file = spinecds_file_chooser_finish (chooser, response, &self->chooser);

  if (file != NULL)
    spinecds_import_dialog_load_file (self, file);
}

static void
open_file_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SpineCdsImportDialog *self = SPINECDS_IMPORT_DIALOG (widget);
  g_autoptr(GtkFileFilter) text = gtk_file_filter_new ();

  if (self->chooser != NULL)
    return;

  /* Translators: title of the file chooser that opens a radiology report */
  self->chooser = gtk_file_chooser_native_new (_ ("Open Report"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _ ("_Open"), _ ("_Cancel"));

  /* Translators: file type in the file chooser */
  gtk_file_filter_set_name (text, _ ("Plain Text"));
  gtk_file_filter_add_mime_type (text, "text/plain");
  spinecds_file_chooser_add_filters (GTK_FILE_CHOOSER (self->chooser), text);

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* Layout ---------------------------------------------------------------- */

static void
on_default_width_changed (SpineCdsImportDialog *self)
{
  int            width, height;
  GtkOrientation orientation;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  orientation = width > 0 && width < NARROW_WIDTH ? GTK_ORIENTATION_VERTICAL
                                                  : GTK_ORIENTATION_HORIZONTAL;
  if (gtk_orientable_get_orientation (GTK_ORIENTABLE (self->paned)) == orientation)
    return;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->paned), orientation);
  gtk_paned_set_position (self->paned,
                          orientation == GTK_ORIENTATION_VERTICAL ? height * 2 / 5 : width / 2);
}

static void
set_legend (GtkLabel             *label,
            SpineCdsMentionStatus status,
            const char           *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  g_autofree char *markup = NULL;
  g_autofree char *underline = NULL;

  if (tag_styles[status].underline_colour != NULL)
    underline = g_strdup_printf (" underline=\"error\" underline_color=\"%s\"",
                                 tag_styles[status].underline_colour);
  markup = g_strdup_printf ("<span bgcolor=\"%s\" bgalpha=\"%d\"%s%s> %s </span>",
                            tag_styles[status].colour,
                            (int) (tag_styles[status].alpha * 65535),
                            tag_styles[status].strikethrough ? " strikethrough=\"true\"" : "",
                            underline != NULL ? underline : "",
                            escaped);
  gtk_label_set_markup (label, markup);
}

/* Public ---------------------------------------------------------------- */

SpineCdsImportDialog *
spinecds_import_dialog_new (GtkWindow    *parent,
                            SpineCdsCase *kase)
{
  SpineCdsImportDialog *self;
  const char           *report;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SPINECDS_IS_CASE (kase), NULL);

  self = g_object_new (SPINECDS_TYPE_IMPORT_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->kase = g_object_ref (kase);

  /* Start from the report the case keeps, read at once. */
  report = spinecds_case_get_report_text (kase);
  set_text (self, report != NULL ? report : "");

  return self;
}

SpineCdsCase *
spinecds_import_dialog_get_case (SpineCdsImportDialog *self)
{
  g_return_val_if_fail (SPINECDS_IS_IMPORT_DIALOG (self), NULL);

  return self->kase;
}

GtkTextBuffer *
spinecds_import_dialog_get_buffer (SpineCdsImportDialog *self)
{
  g_return_val_if_fail (SPINECDS_IS_IMPORT_DIALOG (self), NULL);

  return get_buffer (self);
}

AdwPreferencesGroup *
spinecds_import_dialog_get_group (SpineCdsImportDialog *self,
                                  SpineCdsMentionStatus status)
{
  g_return_val_if_fail (SPINECDS_IS_IMPORT_DIALOG (self), NULL);
  g_return_val_if_fail ((guint) status < N_STATUSES, NULL);

  return group_for_status (self, status);
}

GtkDropDown *
spinecds_import_dialog_get_language_dropdown (SpineCdsImportDialog *self)
{
  g_return_val_if_fail (SPINECDS_IS_IMPORT_DIALOG (self), NULL);

  return self->language_dropdown;
}

const char *
spinecds_import_dialog_get_language_text (SpineCdsImportDialog *self)
{
  g_return_val_if_fail (SPINECDS_IS_IMPORT_DIALOG (self), NULL);

  return gtk_label_get_label (self->language_label);
}

const char *
spinecds_import_dialog_get_unread_message (SpineCdsImportDialog *self)
{
  g_return_val_if_fail (SPINECDS_IS_IMPORT_DIALOG (self), NULL);

  return self->read_nothing || self->too_long ? gtk_label_get_label (self->unread_label) : NULL;
}

const char *
spinecds_import_dialog_get_warning_message (SpineCdsImportDialog *self)
{
  g_return_val_if_fail (SPINECDS_IS_IMPORT_DIALOG (self), NULL);

  return gtk_revealer_get_reveal_child (self->warning_revealer) ? gtk_label_get_label (self->warning_label) : NULL;
}

AdwActionRow *
spinecds_import_dialog_get_row (SpineCdsImportDialog *self,
                                const char           *code)
{
  g_return_val_if_fail (SPINECDS_IS_IMPORT_DIALOG (self), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  for (guint i = 0; i < self->proposals->len; i++)
    {
      const Proposal *proposal = g_ptr_array_index (self->proposals, i);

      if (g_str_equal (proposal->mention->code, code))
        return proposal->row;
    }
  return NULL;
}

/* GObject --------------------------------------------------------------- */

static void
spinecds_import_dialog_dispose (GObject *object)
{
  SpineCdsImportDialog *self = SPINECDS_IMPORT_DIALOG (object);

  g_clear_handle_id (&self->reread_id, g_source_remove);
  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), SPINECDS_TYPE_IMPORT_DIALOG);

  g_clear_pointer (&self->proposals, g_ptr_array_unref);
  g_clear_object (&self->kase);

  G_OBJECT_CLASS (spinecds_import_dialog_parent_class)->dispose (object);
}

static void
spinecds_import_dialog_finalize (GObject *object)
{
  SpineCdsImportDialog *self = SPINECDS_IMPORT_DIALOG (object);

  g_hash_table_unref (self->choices);

  G_OBJECT_CLASS (spinecds_import_dialog_parent_class)->finalize (object);
}

static void
spinecds_import_dialog_class_init (SpineCdsImportDialogClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = spinecds_import_dialog_dispose;
  object_class->finalize = spinecds_import_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/SpineCDS/ui/spinecds-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SpineCdsImportDialog, paned);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsImportDialog, text_view);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsImportDialog, placeholder);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsImportDialog, legend_positive);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsImportDialog, legend_negated);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsImportDialog, legend_uncertain);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsImportDialog, findings_group);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsImportDialog, negated_group);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsImportDialog, uncertain_group);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsImportDialog, language_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsImportDialog, language_label);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsImportDialog, unread_revealer);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsImportDialog, unread_label);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsImportDialog, warning_revealer);
  gtk_widget_class_bind_template_child (widget_class, SpineCdsImportDialog, warning_label);

  gtk_widget_class_install_action (widget_class, "import.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "import.open-file", NULL, open_file_action);
  gtk_widget_class_install_action (widget_class, "import.by-hand", NULL, by_hand_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
spinecds_import_dialog_init (SpineCdsImportDialog *self)
{
  GtkTextBuffer      *buffer;
  GtkEventController *shortcuts;

  gtk_widget_init_template (GTK_WIDGET (self));
  spinecds_accessible_fix_mnemonic_buttons (GTK_WIDGET (self));

  self->proposals = g_ptr_array_new_with_free_func ((GDestroyNotify) proposal_free);
  self->choices = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  buffer = get_buffer (self);
  for (guint i = 0; i < N_STATUSES; i++)
    {
      GdkRGBA background, underline;

      gdk_rgba_parse (&background, tag_styles[i].colour);
      background.alpha = tag_styles[i].alpha;
      self->tags[i] = gtk_text_buffer_create_tag (buffer, spinecds_mention_status_to_string (i),
                                                  "background-rgba", &background,
                                                  "strikethrough", tag_styles[i].strikethrough,
                                                  NULL);
      if (tag_styles[i].underline_colour != NULL)
        {
          gdk_rgba_parse (&underline, tag_styles[i].underline_colour);
          g_object_set (self->tags[i],
                        "underline", PANGO_UNDERLINE_ERROR,
                        "underline-rgba", &underline,
                        NULL);
        }
    }
  g_signal_connect_object (buffer, "changed", G_CALLBACK (on_buffer_changed), self,
                           G_CONNECT_SWAPPED);

  /* Translators: legend of the highlights; a phrase the report affirms */
  set_legend (self->legend_positive, SPINECDS_MENTION_POSITIVE, _ ("Finding"));
  /* Translators: legend of the highlights; a finding the report says is absent */
  set_legend (self->legend_negated, SPINECDS_MENTION_NEGATED, _ ("Negated"));
  /* Translators: legend of the highlights; a finding the report only suspects */
  set_legend (self->legend_uncertain, SPINECDS_MENTION_UNCERTAIN, _ ("Uncertain"));

  /* Capture phase: the text view would otherwise take Ctrl+Enter as a new line. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control>Return|<Control>KP_Enter"),
                                                          gtk_named_action_new ("import.import")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  g_signal_connect_swapped (self, "notify::default-width", G_CALLBACK (on_default_width_changed), self);
  g_signal_connect_swapped (self->language_dropdown, "notify::selected", G_CALLBACK (reread), self);
  update_actions (self);

  /* Ready for Ctrl+V. (The template's focus-widget is set before the
   * view is inside the window, so it would not take.) */
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->text_view));
}
