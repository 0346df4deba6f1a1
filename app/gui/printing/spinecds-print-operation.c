/* spinecds-print-operation.c: print and export the summary or the handout
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "spinecds-print"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "spinecds-print-operation.h"

struct _SpineCdsPrintRequest
{
  SpineCdsCase        *kase;
  SpineCdsAssessment  *assessment;
  SpineCdsDocumentKind kind;
  char                *language;  /* of the handout */
  GStrv                languages; /* that have a catalog, "en" first */
  char                *clinician;
  char                *institution;
  SpineCdsDocument    *document;        /* what begin-print lays out */
  gboolean             both;            /* printing: the summary, then the handout */
  SpineCdsDocument    *handout;         /* the second document when both */
  int                  first_pages;     /* pages of @document when both */
  GSettings           *settings;        /* the application's, to remember the language; or NULL */
  GtkDropDown         *document_choice; /* of the print dialog's tab, while it is open */
  GtkDropDown         *language_choice;
  SpineCdsPrintedFunc  printed; /* told when the job is handed over */
  gpointer             printed_data;
  GtkWindow           *parent;   /* weak */
  SpineCdsExportedFunc exported; /* told where an export went */
  gpointer             exported_data;
};

void
spinecds_print_request_free (SpineCdsPrintRequest *data)
{
  g_clear_object (&data->kase);
  g_clear_object (&data->assessment);
  g_clear_object (&data->document);
  g_clear_object (&data->handout);
  g_clear_object (&data->settings);
  g_clear_weak_pointer (&data->parent);
  g_free (data->language);
  g_strfreev (data->languages);
  g_free (data->clinician);
  g_free (data->institution);
  g_free (data);
}

static SpineCdsCatalog *
catalog_for_language (const char *language)
{
  g_autoptr(GError) error = NULL;
  SpineCdsCatalog *catalog = spinecds_catalog_new_for_language (language != NULL ? language : "en", &error);

  if (catalog == NULL)
    g_warning ("No catalog for %s, printing in English: %s", language, error->message);
  return catalog;
}

SpineCdsPrintRequest *
spinecds_print_request_new (GtkWindow          *parent,
                            GSettings          *settings,
                            SpineCdsCase       *kase,
                            SpineCdsAssessment *assessment)
{
  SpineCdsPrintRequest *data = g_new0 (SpineCdsPrintRequest, 1);
  const char           *patient_language = spinecds_case_get_text (kase, SPINECDS_CASE_TEXT_PATIENT_LANGUAGE);

  /* A copy: the user may edit the case while the dialog is open. */
  data->kase = spinecds_case_copy (kase);
  data->assessment = g_object_ref (assessment);
  data->kind = SPINECDS_DOCUMENT_SUMMARY;
  data->languages = spinecds_catalog_list_languages ();
  g_set_weak_pointer (&data->parent, parent);

  /* The application's settings: found in the build tree too. */
  if (settings != NULL)
    {
      data->settings = g_object_ref (settings);
      data->clinician = g_settings_get_string (settings, "clinician-name");
      data->institution = g_settings_get_string (settings, "institution-name");
      data->language = g_settings_get_string (settings, "handout-language");
    }
  /* The handout speaks the patient's language when the case says it. */
  if (*patient_language != '\0' && g_strv_contains ((const char * const *) data->languages, patient_language))
    {
      g_free (data->language);
      data->language = g_strdup (patient_language);
    }
  if (data->language == NULL || !g_strv_contains ((const char * const *) data->languages, data->language))
    {
      g_free (data->language);
      data->language = g_strdup ("en");
    }
  return data;
}

SpineCdsDocument *
spinecds_print_request_build_document (SpineCdsPrintRequest *data)
{
  g_autoptr(SpineCdsCatalog) catalog = NULL;
  SpineCdsDocumentOptions options = { data->clinician, data->institution, NULL };

  /* The handout speaks its chosen language; the summary, the interface's. */
  if (data->kind == SPINECDS_DOCUMENT_HANDOUT)
    catalog = catalog_for_language (data->language);
  else
    catalog = spinecds_catalog_new_for_environment ();
  return spinecds_document_new (data->kind, data->kase, data->assessment, catalog, &options);
}

/* The handout's languages by name, in the order of data->languages:
 * the export chooser and the print dialog offer the same list. */
static GStrv
request_language_names (SpineCdsPrintRequest *data)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();

  for (guint i = 0; data->languages[i] != NULL; i++)
    g_strv_builder_add (names, spinecds_catalog_language_name (data->languages[i]));
  return g_strv_builder_end (names);
}

/* "Clinician summary – Ana Example.pdf": the document and the patient,
 * so a folder of exports reads like the clinic's paper files. */
static char *
document_file_name (SpineCdsDocumentKind kind,
                    SpineCdsCase        *kase)
{
  const char      *document = kind == SPINECDS_DOCUMENT_HANDOUT ? _ ("Patient handout") : _ ("Clinician summary");
  g_autofree char *patient = g_strdup (spinecds_case_get_text (kase, SPINECDS_CASE_TEXT_PATIENT_NAME));

  /* A name may hold a slash; a file name may not. */
  g_strdelimit (patient, "/\\", '-');
  if (*g_strstrip (patient) == '\0')
    return g_strdup_printf ("%s.pdf", document);
  return g_strdup_printf ("%s – %s.pdf", document, patient);
}

SpineCdsPaper
spinecds_print_default_paper (void)
{
  const char *name = gtk_paper_size_get_default ();

  return g_strcmp0 (name, GTK_PAPER_NAME_LETTER) == 0 ? SPINECDS_PAPER_LETTER : SPINECDS_PAPER_A4;
}

static void
show_error (GtkWindow  *parent,
            const char *heading,
            const char *body)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading, body));

  adw_message_dialog_add_response (dialog, "close", _ ("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The operation's handlers: the same for the dialog and for export. */

static int
paginate (SpineCdsDocument *document,
          GtkPrintContext  *context)
{
  return spinecds_document_paginate (document, gtk_print_context_get_cairo_context (context),
                                     gtk_print_context_get_width (context), gtk_print_context_get_height (context));
}

/* One document, or both in one job: the summary's pages, then the
 * handout's, each with its own headers and page numbers. */
static void
begin_print_cb (GtkPrintOperation    *operation,
                GtkPrintContext      *context,
                SpineCdsPrintRequest *data)
{
  int n_pages;

  if (data->both)
    {
      data->kind = SPINECDS_DOCUMENT_SUMMARY;
      g_set_object (&data->document, NULL);
      data->document = spinecds_print_request_build_document (data);
      data->kind = SPINECDS_DOCUMENT_HANDOUT;
      g_set_object (&data->handout, NULL);
      data->handout = spinecds_print_request_build_document (data);
      data->first_pages = paginate (data->document, context);
      n_pages = data->first_pages + paginate (data->handout, context);
      gtk_print_operation_set_job_name (operation, _ ("Clinician summary and patient handout"));
    }
  else
    {
      if (data->document == NULL)
        data->document = spinecds_print_request_build_document (data);
      n_pages = paginate (data->document, context);
      gtk_print_operation_set_job_name (operation, spinecds_document_get_title (data->document));
    }
  gtk_print_operation_set_n_pages (operation, n_pages);
}

static void
draw_page_cb (GtkPrintOperation    *operation,
              GtkPrintContext      *context,
              int                   page,
              SpineCdsPrintRequest *data)
{
  g_assert (data->document != NULL);

  if (data->both && page >= data->first_pages)
    spinecds_document_draw_page (data->handout, gtk_print_context_get_cairo_context (context),
                                 page - data->first_pages);
  else
    spinecds_document_draw_page (data->document, gtk_print_context_get_cairo_context (context), page);
}

static GtkPrintOperation *
create_operation (SpineCdsPrintRequest *data,
                  SpineCdsPaper         paper)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  GtkPaperSize *paper_size;

  paper_size = gtk_paper_size_new (paper == SPINECDS_PAPER_LETTER ? GTK_PAPER_NAME_LETTER : GTK_PAPER_NAME_A4);
  gtk_page_setup_set_paper_size_and_default_margins (setup, paper_size);
  gtk_paper_size_free (paper_size);
  gtk_print_operation_set_default_page_setup (operation, setup);
  /* The document keeps its own margins within the full page, in points. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);

  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), data);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), data);
  return operation;
}

gboolean
spinecds_print_operation_export (GtkWindow        *parent,
                                 SpineCdsDocument *document,
                                 SpineCdsPaper     paper,
                                 const char       *path,
                                 GError          **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  SpineCdsPrintRequest    data = { 0 };
  GtkPrintOperationResult result;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), FALSE);
  g_return_val_if_fail (SPINECDS_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  data.document = document;
  operation = create_operation (&data, paper);
  gtk_print_operation_set_export_filename (operation, path);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, parent, error);
  return result != GTK_PRINT_OPERATION_RESULT_ERROR;
}

/* Export, with a file chooser */

static void
write_pdf_in_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  SpineCdsDocument *document = task_data;
  g_autofree char  *path = g_file_get_path (g_object_get_data (G_OBJECT (task), "file"));
  SpineCdsPaper     paper = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (task), "paper"));
  GError           *error = NULL;

  if (spinecds_document_write_pdf (document, path, paper, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_pdf_written (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(SpineCdsPrintRequest) data = user_data;
  GFile *file = g_object_get_data (G_OBJECT (result), "file");
  g_autoptr(GError) error = NULL;

  if (g_application_get_default () != NULL)
    g_application_release (g_application_get_default ());

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    show_error (data->parent, _ ("Could Not Export"), error->message);
  /* The window that asked may have closed meanwhile. */
  else if (data->exported != NULL && data->parent != NULL)
    data->exported (file, data->exported_data);
}

void
spinecds_print_request_export (SpineCdsPrintRequest *data,
                               GFile                *file,
                               SpineCdsExportedFunc  exported,
                               gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (data != NULL);
  g_return_if_fail (G_IS_FILE (file));

  data->exported = exported;
  data->exported_data = user_data;
  task = g_task_new (NULL, NULL, on_pdf_written, data);
  g_task_set_source_tag (task, spinecds_print_request_export);
  g_task_set_task_data (task, spinecds_print_request_build_document (data), g_object_unref);
  g_object_set_data_full (G_OBJECT (task), "file", g_object_ref (file), g_object_unref);
  /* GTK's paper default is read here, on the main thread. */
  g_object_set_data (G_OBJECT (task), "paper", GINT_TO_POINTER (spinecds_print_default_paper ()));
  /* Quitting waits for the file to be whole. */
  if (g_application_get_default () != NULL)
    g_application_hold (g_application_get_default ());
  g_task_run_in_thread (task, write_pdf_in_thread);
}

static void
export_response_cb (GtkNativeDialog      *chooser,
                    int                   response,
                    SpineCdsPrintRequest *data)
{
  g_autoptr(SpineCdsPrintRequest) owned = data;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  const char      *kind;
  const char      *language;

  if (response != GTK_RESPONSE_ACCEPT)
    goto out;

  kind = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "document");
  language = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "language");
  data->kind = g_strcmp0 (kind, "handout") == 0 ? SPINECDS_DOCUMENT_HANDOUT : SPINECDS_DOCUMENT_SUMMARY;
  if (language != NULL)
    {
      g_free (data->language);
      data->language = g_strdup (language);
    }

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  path = file != NULL ? g_file_get_path (file) : NULL;
  if (path == NULL)
    {
      show_error (data->parent, _ ("Could Not Export"), _ ("Choose a local file."));
      goto out;
    }

  /* The chooser's confirmation of a replacement stands. */
  spinecds_print_request_export (g_steal_pointer (&owned), file, data->exported, data->exported_data);

out:
  g_object_unref (chooser);
}

/* Takes @data; its chooser carries @exported to the response. */
static void
run_export (GtkWindow            *parent,
            SpineCdsPrintRequest *data,
            SpineCdsExportedFunc  exported,
            gpointer              user_data)
{
  GtkFileChooserNative *chooser;
  const char           *kind_ids[] = { "summary", "handout", NULL };
  const char           *kind_labels[] = { _ ("Clinician summary"), _ ("Patient handout"), NULL };
  g_auto(GStrv) language_names = request_language_names (data);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  data->exported = exported;
  data->exported_data = user_data;
  chooser = gtk_file_chooser_native_new (_ ("Export PDF"), parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _ ("_Export"), _ ("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _ ("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "document", _ ("Document"), kind_ids, kind_labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "document", "summary");
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "language", _ ("Handout language"),
                               (const char **) data->languages, (const char **) language_names);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "language", data->language);
  {
    g_autofree char *name = document_file_name (SPINECDS_DOCUMENT_SUMMARY, data->kase);

    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  }

  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), data);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
spinecds_print_operation_run_export (GtkWindow           *parent,
                                     GSettings           *settings,
                                     SpineCdsCase        *kase,
                                     SpineCdsAssessment  *assessment,
                                     SpineCdsExportedFunc exported,
                                     gpointer             user_data)
{
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (SPINECDS_IS_CASE (kase));
  g_return_if_fail (SPINECDS_IS_ASSESSMENT (assessment));

  run_export (parent, spinecds_print_request_new (parent, settings, kase, assessment), exported, user_data);
}

/* The request's choices, for the print dialog */

const char * const *
spinecds_print_request_get_languages (SpineCdsPrintRequest *data)
{
  return (const char * const *) data->languages;
}

const char *
spinecds_print_request_get_language (SpineCdsPrintRequest *data)
{
  return data->language;
}

void
spinecds_print_request_set_language (SpineCdsPrintRequest *data,
                                     const char           *language)
{
  g_return_if_fail (g_strv_contains ((const char * const *) data->languages, language));

  g_free (data->language);
  data->language = g_strdup (language);
}

void
spinecds_print_request_set_kind (SpineCdsPrintRequest *data,
                                 SpineCdsDocumentKind  kind)
{
  data->kind = kind;
}

/* Printing: GTK's print dialog, with SpineCDS's own choices in a tab */

static GtkPrintSettings *last_settings; /* the session's last printer, copies, duplex… */

static GtkWidget *
choice_row (GtkGrid     *grid,
            int          row,
            const char  *label,
            GtkDropDown *choice)
{
  GtkWidget *title = gtk_label_new_with_mnemonic (label);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (title), GTK_WIDGET (choice));
  gtk_grid_attach (grid, title, 0, row, 1, 1);
  gtk_grid_attach (grid, GTK_WIDGET (choice), 1, row, 1, 1);
  return GTK_WIDGET (choice);
}

static GObject *
create_custom_widget_cb (GtkPrintOperation    *operation,
                         SpineCdsPrintRequest *data)
{
  const char *documents[] = { _ ("Clinician summary"), _ ("Patient handout"), _ ("Both"), NULL };
  g_auto(GStrv) language_names = request_language_names (data);
  GtkWidget *grid = gtk_grid_new ();
  guint      position = 0;

  gtk_grid_set_row_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  g_object_set (grid, "margin-top", 18, "margin-bottom", 18, "margin-start", 18, "margin-end", 18, NULL);

  data->document_choice = GTK_DROP_DOWN (gtk_drop_down_new_from_strings (documents));
  if (data->both)
    gtk_drop_down_set_selected (data->document_choice, 2);
  else
    gtk_drop_down_set_selected (data->document_choice, data->kind == SPINECDS_DOCUMENT_HANDOUT ? 1 : 0);
  choice_row (GTK_GRID (grid), 0, _ ("_Document"), data->document_choice);

  for (guint i = 0; data->languages[i] != NULL; i++)
    if (g_strcmp0 (data->languages[i], data->language) == 0)
      position = i;
  data->language_choice = GTK_DROP_DOWN (gtk_drop_down_new_from_strings ((const char * const *) language_names));
  gtk_drop_down_set_selected (data->language_choice, position);
  choice_row (GTK_GRID (grid), 1, _ ("Handout _language"), data->language_choice);
  return G_OBJECT (grid);
}

static const char *
job_name (SpineCdsPrintRequest *data)
{
  if (data->both)
    return _ ("Clinician summary and patient handout");
  return data->kind == SPINECDS_DOCUMENT_HANDOUT ? _ ("Patient handout") : _ ("Clinician summary");
}

/* The tab's choices, when the user prints; the language is remembered
 * for the next case without a language of its own. */
static void
custom_widget_apply_cb (GtkPrintOperation    *operation,
                        GtkWidget            *widget,
                        SpineCdsPrintRequest *data)
{
  guint document = gtk_drop_down_get_selected (data->document_choice);
  guint language = gtk_drop_down_get_selected (data->language_choice);

  data->both = document == 2;
  data->kind = document == 1 ? SPINECDS_DOCUMENT_HANDOUT : SPINECDS_DOCUMENT_SUMMARY;
  g_clear_object (&data->document);
  /* The job takes its name before begin-print runs. */
  gtk_print_operation_set_job_name (operation, job_name (data));
  if (language < g_strv_length (data->languages))
    {
      spinecds_print_request_set_language (data, data->languages[language]);
      if (data->settings != NULL)
        g_settings_set_string (data->settings, "handout-language", data->languages[language]);
    }
  data->document_choice = NULL;
  data->language_choice = NULL;
}

static void
print_done_cb (GtkPrintOperation      *operation,
               GtkPrintOperationResult result,
               SpineCdsPrintRequest   *data)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    {
      g_set_object (&last_settings, gtk_print_operation_get_print_settings (operation));
      /* The window that asked may have closed meanwhile. */
      if (data->printed != NULL && data->parent != NULL)
        data->printed (gtk_print_settings_get_printer (last_settings), data->printed_data);
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      show_error (data->parent, _ ("Could Not Print"), error != NULL ? error->message : "");
    }
  spinecds_print_request_free (data);
  g_object_unref (operation);
}

void
spinecds_print_operation_run_print (GtkWindow          *parent,
                                    GSettings          *settings,
                                    SpineCdsCase       *kase,
                                    SpineCdsAssessment *assessment,
                                    SpineCdsPrintedFunc printed,
                                    gpointer            user_data)
{
  SpineCdsPrintRequest *data;
  GtkPrintOperation    *operation;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (SPINECDS_IS_CASE (kase));
  g_return_if_fail (SPINECDS_IS_ASSESSMENT (assessment));

  data = spinecds_print_request_new (parent, settings, kase, assessment);
  data->printed = printed;
  data->printed_data = user_data;
  operation = create_operation (data, spinecds_print_default_paper ());
  if (last_settings != NULL)
    gtk_print_operation_set_print_settings (operation, last_settings);
  gtk_print_operation_set_custom_tab_label (operation, _ ("Documents"));
  gtk_print_operation_set_job_name (operation, job_name (data));
  g_signal_connect (operation, "create-custom-widget", G_CALLBACK (create_custom_widget_cb), data);
  g_signal_connect (operation, "custom-widget-apply", G_CALLBACK (custom_widget_apply_cb), data);
  g_signal_connect (operation, "done", G_CALLBACK (print_done_cb), data);
  gtk_print_operation_set_allow_async (operation, TRUE);
  /* "done" follows every outcome but an immediate error, which is
   * reported here. */
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, &error)
      == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_error (parent, _ ("Could Not Print"), error->message);
}
