/* spinecds-document.c: the clinician summary or the patient handout of one case
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "spinecds-render"

#include "config.h"

#include <stdio.h>

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "spinecds-document.h"
#include "spinecds-safe-file.h"
#include "spinecds-handout-writer.h"
#include "spinecds-page-layout.h"
#include "spinecds-summary-writer.h"

/* Body sizes: the handout is for reading without glasses. */
#define SUMMARY_FONT_SIZE 8.5
/* The smallest a routine summary may shrink to keep to one page. */
#define SUMMARY_MIN_FONT_SIZE 7.5
#define HANDOUT_FONT_SIZE 11.5

struct _SpineCdsDocument
{
  GObject              parent_instance;

  SpineCdsDocumentKind kind;
  SpineCdsPageLayout  *layout;
  gboolean             one_page; /* shrinks a little rather than turn the page */
  char                *title;
  PangoContext        *context;
};

G_DEFINE_FINAL_TYPE (SpineCdsDocument, spinecds_document, G_TYPE_OBJECT)

/* The quark's name is dashed, which clang-format would space out. */
/* clang-format off */
G_DEFINE_QUARK (spinecds-document-error-quark, spinecds_document_error)
/* clang-format on */

static void
spinecds_document_finalize (GObject *object)
{
  SpineCdsDocument *self = SPINECDS_DOCUMENT (object);

  g_clear_object (&self->layout);
  g_clear_object (&self->context);
  g_free (self->title);

  G_OBJECT_CLASS (spinecds_document_parent_class)->finalize (object);
}

static void
spinecds_document_class_init (SpineCdsDocumentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = spinecds_document_finalize;
}

static void
spinecds_document_init (SpineCdsDocument *self)
{
}

static const char *G_GNUC_FORMAT (2)
tr (SpineCdsCatalog *catalog,
    const char      *msgid)
{
  return spinecds_catalog_pgettext (catalog, NULL, msgid);
}

static void
set_margins (SpineCdsDocument              *self,
             SpineCdsCase                  *kase,
             SpineCdsAssessment            *assessment,
             SpineCdsCatalog               *catalog,
             const SpineCdsDocumentOptions *options,
             GDateTime                     *date)
{
  SpineCdsKnowledgeBase *kb = spinecds_assessment_get_knowledge_base (assessment);
  g_autoptr(GString) end = g_string_new (NULL);
  g_autofree char *day = spinecds_catalog_format_date (catalog, date);
  g_autofree char *reviewed = spinecds_catalog_format_iso_date (catalog, spinecds_knowledge_base_get_reviewed (kb));
  g_autofree char *patient = spinecds_case_dup_patient_label (kase);
  g_autofree char *start = NULL;
  g_autofree char *footer = NULL;
  g_autofree char *note = NULL;

  if (options != NULL && options->institution != NULL && *options->institution != '\0')
    g_string_append_printf (end, "%s  ·  ", options->institution);
  if (options != NULL && options->clinician != NULL && *options->clinician != '\0')
    g_string_append_printf (end, "%s  ·  ", options->clinician);
  g_string_append (end, day);

  /* Translators: the running header: "SpineCDS · Clinician summary" */
  start = spinecds_catalog_printf (catalog, N_ ("SpineCDS  ·  %s"), self->title);
  spinecds_page_layout_set_header (self->layout, start, end->str);
  /* Every page says whose it is: a page that comes loose is filed. */
  spinecds_page_layout_set_header_detail (self->layout, patient);

  /* Translators: footer; knowledge base id, version, review date */
  footer = spinecds_catalog_printf (catalog, N_ ("Knowledge base %s %s, reviewed %s"),
                                    spinecds_knowledge_base_get_id (kb),
                                    spinecds_knowledge_base_get_version (kb), reviewed);
  /* The patient is not the clinician the disclaimer speaks to. */
  if (self->kind == SPINECDS_DOCUMENT_HANDOUT)
    /* Translators: handout footer; %s is the knowledge base's SHA-256 checksum */
    note = spinecds_catalog_printf (catalog, N_ ("SHA-256 %s. Prepared by your care team. If anything on this sheet "
                                                 "is unclear, ask your doctor or nurse."),
                                    spinecds_knowledge_base_get_checksum (kb));
  else
    /* Translators: footer; %s is the knowledge base's SHA-256 checksum, then the disclaimer */
    note = spinecds_catalog_printf (catalog, N_ ("SHA-256 %s. Decision support for clinicians; not a diagnosis. "
                                                 "Use clinical judgement."),
                                    spinecds_knowledge_base_get_checksum (kb));
  spinecds_page_layout_set_footer (self->layout, footer, note);
}

SpineCdsDocument *
spinecds_document_new (SpineCdsDocumentKind           kind,
                       SpineCdsCase                  *kase,
                       SpineCdsAssessment            *assessment,
                       SpineCdsCatalog               *catalog,
                       const SpineCdsDocumentOptions *options)
{
  SpineCdsDocument *self;
  g_autoptr(GDateTime) date = NULL;

  g_return_val_if_fail (kind == SPINECDS_DOCUMENT_SUMMARY || kind == SPINECDS_DOCUMENT_HANDOUT, NULL);
  g_return_val_if_fail (SPINECDS_IS_CASE (kase), NULL);
  g_return_val_if_fail (SPINECDS_IS_ASSESSMENT (assessment), NULL);

  date = options != NULL && options->date != NULL ? g_date_time_ref (options->date) : g_date_time_new_now_local ();

  self = g_object_new (SPINECDS_TYPE_DOCUMENT, NULL);
  self->kind = kind;
  /* The writers copy every text into blocks now, so later edits of
   * the case do not change a document being printed. */
  if (kind == SPINECDS_DOCUMENT_SUMMARY)
    {
      self->title = g_strdup (tr (catalog, N_ ("Clinician summary")));
      self->layout = spinecds_page_layout_new (SUMMARY_FONT_SIZE, catalog);
      spinecds_page_layout_set_compact (self->layout, TRUE);
      /* A routine plan is read at a glance, on one page (GUIDELINE-LOGIC
       * §8.10): a decision, notes and a long report text beside it can
       * tip it over (twelfth round). */
      self->one_page = spinecds_assessment_get_triage (assessment) == SPINECDS_TRIAGE_ROUTINE;
      spinecds_summary_writer_write (self->layout, kase, assessment, catalog, date);
    }
  else
    {
      self->title = g_strdup (tr (catalog, N_ ("Patient information")));
      self->layout = spinecds_page_layout_new (HANDOUT_FONT_SIZE, catalog);
      spinecds_handout_writer_write (self->layout, kase, assessment, catalog, date);
    }
  set_margins (self, kase, assessment, catalog, options, date);

  return self;
}

SpineCdsDocumentKind
spinecds_document_get_kind (SpineCdsDocument *self)
{
  g_return_val_if_fail (SPINECDS_IS_DOCUMENT (self), SPINECDS_DOCUMENT_SUMMARY);

  return self->kind;
}

const char *
spinecds_document_get_title (SpineCdsDocument *self)
{
  g_return_val_if_fail (SPINECDS_IS_DOCUMENT (self), NULL);

  return self->title;
}

/* Half a point at a time, down to the smallest size still read with
 * ease; a summary that does not fit even then keeps its own size. */
static guint
paginate_to_fit (SpineCdsDocument *self,
                 double            width,
                 double            height)
{
  guint n_pages;

  if (!self->one_page)
    return spinecds_page_layout_paginate (self->layout, self->context, width, height);
  spinecds_page_layout_set_font_size (self->layout, SUMMARY_FONT_SIZE);
  n_pages = spinecds_page_layout_paginate (self->layout, self->context, width, height);
  for (double size = SUMMARY_FONT_SIZE - 0.5; n_pages > 1 && size >= SUMMARY_MIN_FONT_SIZE; size -= 0.5)
    {
      spinecds_page_layout_set_font_size (self->layout, size);
      n_pages = spinecds_page_layout_paginate (self->layout, self->context, width, height);
    }
  if (n_pages > 1)
    {
      spinecds_page_layout_set_font_size (self->layout, SUMMARY_FONT_SIZE);
      n_pages = spinecds_page_layout_paginate (self->layout, self->context, width, height);
    }
  return n_pages;
}

guint
spinecds_document_paginate (SpineCdsDocument *self,
                            cairo_t          *cr,
                            double            width,
                            double            height)
{
  cairo_font_options_t *font_options;

  g_return_val_if_fail (SPINECDS_IS_DOCUMENT (self), 0);
  g_return_val_if_fail (cr != NULL, 0);

  /* Points in, points out, and metrics that do not depend on the
   * device, so the PDF and the printer break lines alike. */
  g_clear_object (&self->context);
  self->context = pango_cairo_create_context (cr);
  pango_cairo_context_set_resolution (self->context, 72.0);
  font_options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (font_options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, font_options);
  cairo_font_options_destroy (font_options);

  return paginate_to_fit (self, width, height);
}

guint
spinecds_document_get_n_pages (SpineCdsDocument *self)
{
  g_return_val_if_fail (SPINECDS_IS_DOCUMENT (self), 0);

  return spinecds_page_layout_get_n_pages (self->layout);
}

void
spinecds_document_draw_page (SpineCdsDocument *self,
                             cairo_t          *cr,
                             guint             page)
{
  g_return_if_fail (SPINECDS_IS_DOCUMENT (self));
  g_return_if_fail (cr != NULL);

  spinecds_page_layout_draw_page (self->layout, cr, page);
}

void
spinecds_paper_get_size (SpineCdsPaper paper,
                         double       *width,
                         double       *height)
{
  /* ISO 216 A4 is 210 × 297 mm; US Letter 8.5 × 11 in. */
  if (paper == SPINECDS_PAPER_LETTER)
    {
      *width = 612.0;
      *height = 792.0;
    }
  else
    {
      *width = 210.0 / 25.4 * 72.0;
      *height = 297.0 / 25.4 * 72.0;
    }
}

gboolean
spinecds_paper_from_string (const char    *name,
                            SpineCdsPaper *paper)
{
  g_return_val_if_fail (paper != NULL, FALSE);

  if (name == NULL)
    return FALSE;
  if (g_ascii_strcasecmp (name, "a4") == 0)
    *paper = SPINECDS_PAPER_A4;
  else if (g_ascii_strcasecmp (name, "letter") == 0)
    *paper = SPINECDS_PAPER_LETTER;
  else
    return FALSE;
  return TRUE;
}

/* Every write cairo makes, checked: cairo 1.16 does not report a
 * failed write of its own file (a full disk gave exit 0 and a
 * truncated PDF). */
static cairo_status_t
write_to_safe_file (void                *closure,
                    const unsigned char *data,
                    unsigned int         length)
{
  return spinecds_safe_file_write (closure, data, length) ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

static void
draw_pdf (SpineCdsDocument *self,
          cairo_surface_t  *surface,
          double            width,
          double            height)
{
  cairo_t *cr;
  guint    n_pages;

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "SpineCDS " PACKAGE_VERSION);
  cr = cairo_create (surface);
  n_pages = spinecds_document_paginate (self, cr, width, height);
  for (guint page = 0; page < n_pages; page++)
    {
      spinecds_document_draw_page (self, cr, page);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
}

gboolean
spinecds_document_write_pdf (SpineCdsDocument *self,
                             const char       *path,
                             SpineCdsPaper     paper,
                             GError          **error)
{
  g_autoptr(GError) local_error = NULL;
  SpineCdsSafeFile *file;
  cairo_surface_t  *surface;
  cairo_status_t    status;
  double            width, height;

  g_return_val_if_fail (SPINECDS_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Written as a case is: private, whole or not at all, never through
   * a link someone planted at the target. */
  file = spinecds_safe_file_begin (path, SPINECDS_SAFE_FILE_NONE, &local_error);
  if (file != NULL)
    {
      spinecds_paper_get_size (paper, &width, &height);
      surface = cairo_pdf_surface_create_for_stream (write_to_safe_file, file, width, height);
      draw_pdf (self, surface, width, height);
      status = cairo_surface_status (surface);
      cairo_surface_destroy (surface);

      if (status != CAIRO_STATUS_SUCCESS && status != CAIRO_STATUS_WRITE_ERROR)
        {
          spinecds_safe_file_abort (file);
          g_set_error_literal (&local_error, G_IO_ERROR, G_IO_ERROR_FAILED, cairo_status_to_string (status));
        }
      else
        spinecds_safe_file_finish (file, NULL, &local_error);
    }

  if (local_error != NULL)
    {
      g_set_error (error, SPINECDS_DOCUMENT_ERROR, SPINECDS_DOCUMENT_ERROR_WRITE,
                   /* Translators: %s is a file name, then the reason */
                   _ ("Could not write “%s”: %s"), path, local_error->message);
      return FALSE;
    }
  return TRUE;
}

char *
spinecds_document_dup_text (SpineCdsDocument *self)
{
  g_return_val_if_fail (SPINECDS_IS_DOCUMENT (self), NULL);

  return spinecds_page_layout_dup_text (self->layout);
}
