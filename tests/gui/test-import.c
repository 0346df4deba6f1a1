/* test-import.c: "Import Report" proposes, the physician confirms
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dialog is driven as test-window drives the window: through the
 * text buffer, the check buttons and the actions its buttons activate.
 */
#define G_LOG_DOMAIN "test-import"

#include "config.h"

#include <locale.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "spinecds-application.h"
#include "spinecds-drafts.h"
#include "spinecds-import-dialog.h"
#include "spinecds-window-private.h"
#include "test-scratch.h"

/* A history section mentioning a fracture (context: proposes nothing),
 * then a positive, a graded positive, a negated and an uncertain
 * finding, with multi-byte characters ahead of every span so that byte
 * and character offsets differ. */
static const char report[] =
  "Clinical history: back pain — “rule out” fracture.\n"
  "FINDINGS:\n"
  "L4–L5: Severe central canal stenosis with disc extrusion. No vertebral fracture. "
  "Possible cord compression at C5-C6.\n"
  "Moderate foraminal stenosis at L5-S1.\n";

static SpineCdsApplication *app;

static gboolean
set_true (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
iterate_for (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, set_true, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static void
count_changed (guint *count)
{
  (*count)++;
}

static GtkCheckButton *
get_check (SpineCdsImportDialog *dialog,
           const char           *code)
{
  AdwActionRow *row = spinecds_import_dialog_get_row (dialog, code);

  g_assert_nonnull (row);
  return GTK_CHECK_BUTTON (adw_action_row_get_activatable_widget (row));
}

static void
assert_row (SpineCdsImportDialog *dialog,
            const char           *code,
            SpineCdsMentionStatus status,
            gboolean              ticked)
{
  AdwActionRow *row = spinecds_import_dialog_get_row (dialog, code);
  GtkWidget    *group;

  g_assert_nonnull (row);
  group = gtk_widget_get_ancestor (GTK_WIDGET (row), ADW_TYPE_PREFERENCES_GROUP);
  g_assert_true (group == GTK_WIDGET (spinecds_import_dialog_get_group (dialog, status)));
  g_assert_true (gtk_widget_get_visible (group));
  g_assert_cmpint (gtk_check_button_get_active (get_check (dialog, code)), ==, ticked);
}

/* @phrase, the @nth (from 0) time it occurs, is exactly one run of @tag. */
static void
assert_tagged (SpineCdsImportDialog *dialog,
               const char           *tag_name,
               const char           *phrase,
               guint                 nth)
{
  GtkTextBuffer *buffer = spinecds_import_dialog_get_buffer (dialog);
  GtkTextTag    *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), tag_name);
  const char    *at = report;
  GtkTextIter    start, end, inside;
  int            offset;

  g_assert_nonnull (tag);
  for (guint i = 0; i <= nth; i++)
    {
      at = strstr (i == 0 ? at : at + 1, phrase);
      g_assert_nonnull (at);
    }
  offset = (int) g_utf8_pointer_to_offset (report, at);
  gtk_text_buffer_get_iter_at_offset (buffer, &start, offset);
  gtk_text_buffer_get_iter_at_offset (buffer, &end, offset + (int) g_utf8_strlen (phrase, -1));

  g_assert_true (gtk_text_iter_starts_tag (&start, tag));
  g_assert_true (gtk_text_iter_ends_tag (&end, tag));
  inside = start;
  g_assert_true (gtk_text_iter_forward_to_tag_toggle (&inside, tag));
  g_assert_true (gtk_text_iter_equal (&inside, &end));
}

static void
assert_untagged (SpineCdsImportDialog *dialog,
                 const char           *phrase)
{
  GtkTextBuffer *buffer = spinecds_import_dialog_get_buffer (dialog);
  const char    *at = strstr (report, phrase);
  GtkTextIter    iter;

  g_assert_nonnull (at);
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, (int) g_utf8_pointer_to_offset (report, at));
  for (int i = 0; i < (int) g_utf8_strlen (phrase, -1); i++, gtk_text_iter_forward_char (&iter))
    {
      g_autoptr(GSList) tags = gtk_text_iter_get_tags (&iter);
      g_assert_null (tags);
    }
}

/* The button that activates @action_name. */
static GtkWidget *
find_button (GtkWidget  *widget,
             const char *action_name)
{
  if (GTK_IS_BUTTON (widget)
      && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action_name) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, action_name);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
has_label (GtkWidget  *widget,
           const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_label (child, text))
      return TRUE;
  return FALSE;
}

static SpineCdsImportDialog *
new_dialog (SpineCdsCase *kase)
{
  SpineCdsImportDialog *dialog = spinecds_import_dialog_new (NULL, kase);

  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

/* Types the report the way a paste does, and waits out the delay. */
static void
paste_report (SpineCdsImportDialog *dialog)
{
  GtkTextBuffer *buffer = spinecds_import_dialog_get_buffer (dialog);

  gtk_text_buffer_set_text (buffer, report, -1);
  /* Not read on every key stroke... */
  g_assert_null (spinecds_import_dialog_get_row (dialog, "canal_stenosis"));
  /* ...but soon after. */
  iterate_for (600);
  g_assert_nonnull (spinecds_import_dialog_get_row (dialog, "canal_stenosis"));
}

static void
set_report (SpineCdsImportDialog *dialog,
            const char           *text)
{
  gtk_text_buffer_set_text (spinecds_import_dialog_get_buffer (dialog), text, -1);
  iterate_for (600);
}

static void
assert_case_untouched (SpineCdsCase *kase)
{
  g_assert_cmpstr (spinecds_case_get_report_text (kase), ==, "");
  g_assert_false (spinecds_case_get_mri_done (kase));
  g_assert_cmpuint (g_list_model_get_n_items (spinecds_case_get_findings (kase)), ==, 0);
}

/* A German report is recognised, said to be German, and read. */
static void
test_german (void)
{
  g_autoptr(SpineCdsCase) kase = spinecds_case_new ();
  SpineCdsImportDialog *dialog = new_dialog (kase);
  GtkDropDown          *language = spinecds_import_dialog_get_language_dropdown (dialog);
  const char           *subtitle;

  set_report (dialog,
              "MRT der Halswirbelsäule\n\n"
              "Befund:\n"
              "In Höhe HWK 5/6 hochgradige Spinalkanalstenose mit Kompression des Myelons "
              "und Myelopathiesignal. Keine Fraktur.\n");

  g_assert_cmpstr (spinecds_import_dialog_get_language_text (dialog), ==, "Read as German");
  g_assert_null (spinecds_import_dialog_get_unread_message (dialog));
  assert_row (dialog, "cord_compression", SPINECDS_MENTION_POSITIVE, TRUE);
  assert_row (dialog, "canal_stenosis", SPINECDS_MENTION_POSITIVE, TRUE);
  assert_row (dialog, "fracture", SPINECDS_MENTION_NEGATED, FALSE);
  /* The grade and level read, then the words quoted from the report. */
  subtitle = adw_action_row_get_subtitle (spinecds_import_dialog_get_row (dialog, "canal_stenosis"));
  g_assert_true (g_str_has_prefix (subtitle, "Severe · C5-C6 · “"));
  g_assert_nonnull (strstr (subtitle, "Spinalkanalstenose”"));

  /* The physician may say which language it is: read as English, the
   * same text yields nothing, and says so. */
  gtk_drop_down_set_selected (language, 1);
  g_assert_cmpstr (spinecds_import_dialog_get_language_text (dialog), ==, "");
  g_assert_nonnull (spinecds_import_dialog_get_unread_message (dialog));
  g_assert_null (spinecds_import_dialog_get_row (dialog, "cord_compression"));
  gtk_drop_down_set_selected (language, 2);
  assert_row (dialog, "cord_compression", SPINECDS_MENTION_POSITIVE, TRUE);

  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.import", NULL);
  g_assert_nonnull (spinecds_case_lookup_finding (kase, "cord_compression"));
  g_assert_true (spinecds_case_get_mri_done (kase));
}

/* An Italian report is refused out loud, offers entry by hand, and
 * changes nothing in the case: not even "MRI available". */
static void
test_unsupported_language (void)
{
  g_autoptr(SpineCdsCase) kase = spinecds_case_new ();
  SpineCdsImportDialog *dialog = new_dialog (kase);
  GtkWidget            *by_hand;

  set_report (dialog,
              "RM del rachide cervicale\n\n"
              "Reperti: a livello C5-C6 voluminosa ernia discale con compressione del midollo spinale "
              "e alterazione di segnale. Non si osservano fratture.\n");

  g_assert_nonnull (strstr (spinecds_import_dialog_get_unread_message (dialog), "not in English, German, Spanish or French"));
  g_assert_null (spinecds_import_dialog_get_row (dialog, "cord_compression"));
  g_assert_false (gtk_widget_get_sensitive (find_button (GTK_WIDGET (dialog), "import.import")));
  by_hand = find_button (GTK_WIDGET (dialog), "import.by-hand");
  g_assert_nonnull (by_hand);
  g_assert_true (gtk_widget_is_visible (by_hand));

  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.import", NULL);
  assert_case_untouched (kase);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.by-hand", NULL);
  iterate_for (50);
  assert_case_untouched (kase);
}

/* A text longer than a case keeps is not imported: the case would be
 * one no save accepts. */
static void
test_too_long (void)
{
  g_autoptr(SpineCdsCase) kase = spinecds_case_new ();
  SpineCdsImportDialog *dialog = new_dialog (kase);
  g_autoptr(GString) text = g_string_new ("FINDINGS: Severe canal stenosis at L4-L5. ");

  while (text->len <= 100000)
    g_string_append (text, "Normal marrow signal. ");
  set_report (dialog, text->str);
  g_assert_nonnull (strstr (spinecds_import_dialog_get_unread_message (dialog), "100,000"));
  g_assert_false (gtk_widget_get_sensitive (find_button (GTK_WIDGET (dialog), "import.import")));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.import", NULL);
  assert_case_untouched (kase);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Text from which nothing at all is read changes nothing either. */
static void
test_nothing_read (void)
{
  g_autoptr(SpineCdsCase) kase = spinecds_case_new ();
  SpineCdsImportDialog *dialog = new_dialog (kase);

  set_report (dialog, "The examination was performed on the 1.5 T scanner and was well tolerated by the patient.\n");
  g_assert_nonnull (spinecds_import_dialog_get_unread_message (dialog));
  g_assert_false (gtk_widget_get_sensitive (find_button (GTK_WIDGET (dialog), "import.import")));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.import", NULL);
  assert_case_untouched (kase);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* A finding with no code (a syrinx) is said beside the proposals, so
 * that they are not taken for the whole report; what has a code still
 * imports (sixth blind round: a syrinx vanished without a word). */
static void
test_uncoded (void)
{
  g_autoptr(SpineCdsCase) kase = spinecds_case_new ();
  SpineCdsImportDialog *dialog = new_dialog (kase);
  const char           *message;

  set_report (dialog, "C5-C6: small disc protrusion. No cord compression.\n");
  g_assert_null (spinecds_import_dialog_get_warning_message (dialog));

  set_report (dialog, "C5-C6: small disc protrusion. A syrinx extends from C6 to T2.\n");
  message = spinecds_import_dialog_get_warning_message (dialog);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "“syrinx”"));
  g_assert_nonnull (strstr (message, "no code for"));
  assert_row (dialog, "disc_protrusion", SPINECDS_MENTION_POSITIVE, TRUE);
  g_assert_null (spinecds_import_dialog_get_unread_message (dialog));

  /* A second language's findings are said too. */
  set_report (dialog, "Befund: Bandscheibenvorfall L4/5 mit Kompression der Cauda equina. Keine Fraktur. "
                      "Regelrechte Stellung der Wirbelkörper. "
                      "Impression: severe canal stenosis at L3-L4.\n");
  message = spinecds_import_dialog_get_warning_message (dialog);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "Part of this report may be in English"));
  g_assert_nonnull (strstr (message, "Spinal canal stenosis"));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_proposals (void)
{
  g_autoptr(SpineCdsCase) kase = spinecds_case_new ();
  SpineCdsImportDialog *dialog = new_dialog (kase);

  /* An empty case: nothing to read, nothing to import. */
  g_assert_cmpstr (spinecds_case_get_report_text (kase), ==, "");
  g_assert_false (gtk_widget_is_visible (GTK_WIDGET (spinecds_import_dialog_get_group (dialog, SPINECDS_MENTION_NEGATED))));
  g_assert_false (gtk_widget_is_visible (GTK_WIDGET (spinecds_import_dialog_get_group (dialog, SPINECDS_MENTION_UNCERTAIN))));

  paste_report (dialog);

  assert_row (dialog, "canal_stenosis", SPINECDS_MENTION_POSITIVE, TRUE);
  assert_row (dialog, "disc_extrusion", SPINECDS_MENTION_POSITIVE, TRUE);
  assert_row (dialog, "foraminal_stenosis", SPINECDS_MENTION_POSITIVE, TRUE);
  assert_row (dialog, "fracture", SPINECDS_MENTION_NEGATED, FALSE);
  assert_row (dialog, "cord_compression", SPINECDS_MENTION_UNCERTAIN, FALSE);

  /* Title: the label; subtitle: grade, level and the phrase. */
  {
    AdwActionRow *row = spinecds_import_dialog_get_row (dialog, "canal_stenosis");

    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Spinal canal stenosis");
    g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "Severe · L4-L5 · “central canal stenosis”");
    row = spinecds_import_dialog_get_row (dialog, "cord_compression");
    g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "C5-C6 · “cord compression”");
  }

  assert_tagged (dialog, "positive", "central canal stenosis", 0);
  assert_tagged (dialog, "positive", "disc extrusion", 0);
  assert_tagged (dialog, "positive", "foraminal stenosis", 0);
  assert_tagged (dialog, "negated", "vertebral fracture", 0);
  assert_tagged (dialog, "uncertain", "cord compression", 0);
  /* The history's fracture is not a result of this study. */
  assert_untagged (dialog, "rule out” fracture");
  assert_untagged (dialog, "Clinical history");

  /* A choice survives editing the text. */
  gtk_check_button_set_active (get_check (dialog, "disc_extrusion"), FALSE);
  {
    GtkTextBuffer *buffer = spinecds_import_dialog_get_buffer (dialog);
    GtkTextIter    end;

    gtk_text_buffer_get_end_iter (buffer, &end);
    gtk_text_buffer_insert (buffer, &end, "Mild disc bulge at L3-L4.\n", -1);
    iterate_for (600);
  }
  assert_row (dialog, "disc_bulge", SPINECDS_MENTION_POSITIVE, TRUE);
  assert_row (dialog, "disc_extrusion", SPINECDS_MENTION_POSITIVE, FALSE);
  assert_tagged (dialog, "positive", "central canal stenosis", 0);

  /* Emptied: no proposals, no import. */
  gtk_text_buffer_set_text (spinecds_import_dialog_get_buffer (dialog), "", -1);
  g_assert_false (gtk_widget_get_sensitive (find_button (GTK_WIDGET (dialog), "import.import")));
  iterate_for (600);
  g_assert_null (spinecds_import_dialog_get_row (dialog, "canal_stenosis"));
  gtk_text_buffer_set_text (spinecds_import_dialog_get_buffer (dialog), " ", -1);
  g_assert_true (gtk_widget_get_sensitive (find_button (GTK_WIDGET (dialog), "import.import")));

  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_confirm (void)
{
  g_autoptr(SpineCdsCase) kase = spinecds_case_new ();
  g_autoptr(SpineCdsFinding) prior = spinecds_finding_new ("canal_stenosis");
  g_autoptr(SpineCdsFinding) other = spinecds_finding_new ("modic_change");
  SpineCdsImportDialog *dialog;
  SpineCdsFinding      *finding;
  guint                 changed = 0;

  /* The case already has a milder stenosis with the physician's note,
   * and a finding the report does not mention. */
  spinecds_finding_set_grade (prior, SPINECDS_GRADE_MILD);
  spinecds_finding_set_note (prior, "Seen in 2021");
  spinecds_case_add_finding (kase, prior);
  spinecds_case_add_finding (kase, other);

  dialog = new_dialog (kase);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  paste_report (dialog);
  /* Rows say which findings the case already lists. */
  g_assert_true (has_label (GTK_WIDGET (spinecds_import_dialog_get_row (dialog, "canal_stenosis")), "In the case"));
  g_assert_false (has_label (GTK_WIDGET (spinecds_import_dialog_get_row (dialog, "disc_extrusion")), "In the case"));
  gtk_check_button_set_active (get_check (dialog, "disc_extrusion"), FALSE);
  g_signal_connect_swapped (kase, "changed", G_CALLBACK (count_changed), &changed);

  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.import", NULL);

  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpstr (spinecds_case_get_report_text (kase), ==, report);
  g_assert_true (spinecds_case_get_mri_done (kase));
  /* Exactly the ticked ones, plus what the case had. */
  g_assert_cmpuint (g_list_model_get_n_items (spinecds_case_get_findings (kase)), ==, 3);
  finding = spinecds_case_lookup_finding (kase, "canal_stenosis");
  g_assert_nonnull (finding);
  g_assert_cmpint (spinecds_finding_get_grade (finding), ==, SPINECDS_GRADE_SEVERE);
  g_assert_cmpstr (spinecds_finding_get_level (finding), ==, "L4-L5");
  g_assert_cmpstr (spinecds_finding_get_note (finding), ==, "Seen in 2021");
  finding = spinecds_case_lookup_finding (kase, "foraminal_stenosis");
  g_assert_nonnull (finding);
  g_assert_cmpint (spinecds_finding_get_grade (finding), ==, SPINECDS_GRADE_MODERATE);
  g_assert_cmpstr (spinecds_finding_get_level (finding), ==, "L5-S1");
  g_assert_nonnull (spinecds_case_lookup_finding (kase, "modic_change"));
  g_assert_null (spinecds_case_lookup_finding (kase, "disc_extrusion"));
  g_assert_null (spinecds_case_lookup_finding (kase, "fracture"));
  g_assert_null (spinecds_case_lookup_finding (kase, "cord_compression"));

  /* Import closes the dialog. */
  iterate_for (50);
  g_assert_null (dialog);
  g_signal_handlers_disconnect_by_func (kase, count_changed, &changed);
}

static void
test_tick_uncertain (void)
{
  g_autoptr(SpineCdsCase) kase = spinecds_case_new ();
  SpineCdsImportDialog *dialog = new_dialog (kase);

  paste_report (dialog);
  gtk_check_button_set_active (get_check (dialog, "cord_compression"), TRUE);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.import", NULL);

  /* The physician's judgement wins over the report's hedging. */
  g_assert_nonnull (spinecds_case_lookup_finding (kase, "cord_compression"));
  g_assert_cmpstr (spinecds_finding_get_level (spinecds_case_lookup_finding (kase, "cord_compression")), ==, "C5-C6");
  g_assert_null (spinecds_case_lookup_finding (kase, "fracture"));
}

static void
test_cancel (void)
{
  g_autoptr(SpineCdsCase) kase = spinecds_case_new ();
  g_autoptr(SpineCdsCase) before = NULL;
  SpineCdsImportDialog *dialog;
  guint                 changed = 0;

  spinecds_case_set_report_text (kase, "Mild disc bulge at L4-L5.");
  spinecds_case_set_age_years (kase, 58);
  before = spinecds_case_copy (kase);

  dialog = new_dialog (kase);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  /* Pre-filled from the case, and read at once. */
  {
    GtkTextBuffer   *buffer = spinecds_import_dialog_get_buffer (dialog);
    GtkTextIter      start, end;
    g_autofree char *text = NULL;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    text = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
    g_assert_cmpstr (text, ==, "Mild disc bulge at L4-L5.");
    assert_row (dialog, "disc_bulge", SPINECDS_MENTION_POSITIVE, TRUE);
  }

  g_signal_connect_swapped (kase, "changed", G_CALLBACK (count_changed), &changed);
  paste_report (dialog);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL);
  iterate_for (50);

  g_assert_null (dialog);
  g_assert_cmpuint (changed, ==, 0);
  g_assert_true (spinecds_case_equal (kase, before));
  g_signal_handlers_disconnect_by_func (kase, count_changed, &changed);
}

static void
test_import_while_typing (void)
{
  g_autoptr(SpineCdsCase) kase = spinecds_case_new ();
  g_autoptr(SpineCdsCase) before = spinecds_case_copy (kase);
  SpineCdsImportDialog *dialog = new_dialog (kase);

  /* Import right after a paste: the proposals were never shown, so
   * they are shown first and nothing is imported yet. */
  gtk_text_buffer_set_text (spinecds_import_dialog_get_buffer (dialog), report, -1);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.import", NULL);
  g_assert_true (spinecds_case_equal (kase, before));
  assert_row (dialog, "canal_stenosis", SPINECDS_MENTION_POSITIVE, TRUE);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  /* A second Import confirms what is now shown. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.import", NULL);
  g_assert_nonnull (spinecds_case_lookup_finding (kase, "canal_stenosis"));
}

static char *
write_temp (const char *contents,
            gssize      length)
{
  g_autoptr(GError) error = NULL;
  char *path = NULL;
  int   fd = g_file_open_tmp ("report-XXXXXX.txt", &path, &error);

  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  return path;
}

static AdwMessageDialog *
take_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);
      if (ADW_IS_MESSAGE_DIALOG (w))
        return g_object_ref (ADW_MESSAGE_DIALOG (w));
    }
  return NULL;
}

/* Loads @path and waits for the text or for an error message. */
static AdwMessageDialog *
load_and_wait (SpineCdsImportDialog *dialog,
               const char           *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkTextBuffer    *buffer = spinecds_import_dialog_get_buffer (dialog);
  AdwMessageDialog *message = NULL;

  gtk_text_buffer_set_text (buffer, "", -1);
  spinecds_import_dialog_load_file (dialog, file);
  /* While the file is read, it cannot be imported or replaced. */
  g_assert_false (gtk_widget_get_sensitive (find_button (GTK_WIDGET (dialog), "import.import")));
  g_assert_false (gtk_widget_get_sensitive (find_button (GTK_WIDGET (dialog), "import.open-file")));
  for (guint waited = 0; waited < 5000; waited += 20)
    {
      iterate_for (20);
      message = take_message_dialog ();
      if (message != NULL || gtk_text_buffer_get_char_count (buffer) > 0)
        break;
    }
  return message;
}

static void
test_open_file (void)
{
  g_autoptr(SpineCdsCase) kase = spinecds_case_new ();
  SpineCdsImportDialog *dialog = new_dialog (kase);
  g_autofree char      *bom = g_strconcat ("\xef\xbb\xbf", report, NULL);
  g_autofree char      *good = write_temp (bom, -1);
  g_autofree char      *latin1 = write_temp ("Disc bulge at L4\xe9L5.\n", -1);
  g_autofree char      *huge_text = g_strnfill (SPINECDS_REPORT_MAX_LENGTH + 1, 'a');
  g_autofree char      *huge = write_temp (huge_text, -1);
  g_autofree char      *missing = g_build_filename (g_get_tmp_dir (), "no-such-report.txt", NULL);
  AdwMessageDialog     *message;

  /* A good file: read without its byte-order mark, then proposed. */
  message = load_and_wait (dialog, good);
  g_assert_null (message);
  {
    GtkTextBuffer   *buffer = spinecds_import_dialog_get_buffer (dialog);
    GtkTextIter      start, end;
    g_autofree char *text = NULL;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    text = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
    g_assert_cmpstr (text, ==, report);
  }
  assert_row (dialog, "canal_stenosis", SPINECDS_MENTION_POSITIVE, TRUE);
  assert_tagged (dialog, "uncertain", "cord compression", 0);

  /* Refused, with a message that names the file, and the text kept empty. */
  {
    const char *bad[] = { latin1, huge, missing };
    const char *reason[] = { "not plain text in UTF-8", "larger than 4.0", "could not be read" };

    for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
      {
        g_autofree char *name = g_path_get_basename (bad[i]);

        message = load_and_wait (dialog, bad[i]);
        g_assert_nonnull (message);
        g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (message)) == GTK_WINDOW (dialog));
        g_test_message ("%s", adw_message_dialog_get_body (message));
        g_assert_nonnull (strstr (adw_message_dialog_get_body (message), name));
        g_assert_nonnull (strstr (adw_message_dialog_get_body (message), reason[i]));
        g_assert_cmpint (gtk_text_buffer_get_char_count (spinecds_import_dialog_get_buffer (dialog)), ==, 0);
        gtk_window_destroy (GTK_WINDOW (message));
        g_object_unref (message);
      }
  }

  /* Closing while a file is read cancels the read. */
  {
    g_autoptr(GFile) file = g_file_new_for_path (good);

    spinecds_import_dialog_load_file (dialog, file);
    gtk_window_destroy (GTK_WINDOW (dialog));
    iterate_for (200);
  }

  g_unlink (good);
  g_unlink (latin1);
  g_unlink (huge);
}

static GtkWidget *
find_type (GtkWidget *widget,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_narrow (void)
{
  g_autoptr(SpineCdsCase) kase = spinecds_case_new ();
  SpineCdsImportDialog *dialog = new_dialog (kase);
  GtkOrientable        *paned = GTK_ORIENTABLE (find_type (GTK_WIDGET (dialog), GTK_TYPE_PANED));

  /* Side by side when wide, the proposals under the text when narrow. */
  g_assert_cmpint (gtk_orientable_get_orientation (paned), ==, GTK_ORIENTATION_HORIZONTAL);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 400, 700);
  iterate_for (100);
  g_assert_cmpint (gtk_orientable_get_orientation (paned), ==, GTK_ORIENTATION_VERTICAL);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 1000, 700);
  iterate_for (100);
  g_assert_cmpint (gtk_orientable_get_orientation (paned), ==, GTK_ORIENTATION_HORIZONTAL);

  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_window_action (void)
{
  SpineCdsWindow       *window;
  SpineCdsImportDialog *dialog = NULL;
  GListModel           *toplevels;
  guint                 changed = 0;

  app = spinecds_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  window = spinecds_application_new_window (app);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_false (spinecds_window_get_modified (window));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.import-report", NULL);
  toplevels = gtk_window_get_toplevels ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);
      if (SPINECDS_IS_IMPORT_DIALOG (w))
        dialog = SPINECDS_IMPORT_DIALOG (w);
    }
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_assert_true (spinecds_import_dialog_get_case (dialog) == spinecds_window_get_case (window));

  paste_report (dialog);
  g_assert_false (spinecds_window_get_modified (window));
  g_signal_connect_swapped (spinecds_window_get_case (window), "changed",
                            G_CALLBACK (count_changed), &changed);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.import", NULL);

  /* One change: the window is modified and the plan follows. */
  g_assert_cmpuint (changed, ==, 1);
  g_assert_true (spinecds_window_get_modified (window));
  g_assert_nonnull (spinecds_case_lookup_finding (spinecds_window_get_case (window), "canal_stenosis"));
  g_signal_handlers_disconnect_by_func (spinecds_window_get_case (window), count_changed, &changed);

  spinecds_drafts_remove (spinecds_window_get_draft_id (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Issue 13, item 9: a code reported at two levels comes into the case
 * as two findings, each with its grade; no more one merged finding. */
static void
test_import_levels (void)
{
  g_autoptr(SpineCdsCase) kase = spinecds_case_new ();
  SpineCdsImportDialog *dialog = new_dialog (kase);

  gtk_text_buffer_set_text (spinecds_import_dialog_get_buffer (dialog),
                            "L4-L5: mild disc protrusion.\nL5-S1: large disc protrusion.\n", -1);
  iterate_for (600);
  g_assert_nonnull (spinecds_import_dialog_get_row (dialog, "disc_protrusion"));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.import", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (spinecds_case_get_findings (kase)), ==, 2);
  g_assert_true (spinecds_case_has_finding_at (kase, "disc_protrusion", "L4-L5"));
  g_assert_true (spinecds_case_has_finding_at (kase, "disc_protrusion", "L5-S1"));
  iterate_for (50);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = test_scratch_dir_new ("spinecds-test-XXXXXX");
  int              ret;

  /* Drafts go to a private folder, never to the tester's. */
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("LANGUAGE", "C", TRUE);
  setlocale (LC_ALL, "C.UTF-8");

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/spinecds/import/levels", test_import_levels);
  g_test_add_func ("/spinecds/import/proposals", test_proposals);
  g_test_add_func ("/spinecds/import/confirm", test_confirm);
  g_test_add_func ("/spinecds/import/tick-uncertain", test_tick_uncertain);
  g_test_add_func ("/spinecds/import/cancel", test_cancel);
  g_test_add_func ("/spinecds/import/import-while-typing", test_import_while_typing);
  g_test_add_func ("/spinecds/import/open-file", test_open_file);
  g_test_add_func ("/spinecds/import/narrow", test_narrow);
  g_test_add_func ("/spinecds/import/window-action", test_window_action);
  g_test_add_func ("/spinecds/import/german", test_german);
  g_test_add_func ("/spinecds/import/unsupported-language", test_unsupported_language);
  g_test_add_func ("/spinecds/import/nothing-read", test_nothing_read);
  g_test_add_func ("/spinecds/import/uncoded", test_uncoded);
  g_test_add_func ("/spinecds/import/too-long", test_too_long);

  ret = g_test_run ();
  g_clear_object (&app);
  return ret;
}
